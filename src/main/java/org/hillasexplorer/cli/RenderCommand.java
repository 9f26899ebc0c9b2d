package org.hillasexplorer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.hillasexplorer.export.ExportException;
import org.hillasexplorer.export.FigureExporter;
import org.hillasexplorer.figure.CandidateLayer;
import org.hillasexplorer.figure.CatalogLayers;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.FigureSpec;
import org.hillasexplorer.figure.Figures;
import org.hillasexplorer.figure.Shading;
import org.hillasexplorer.figure.FigureStyle;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.uncertainty.ParameterDistribution;
import org.hillasexplorer.physics.uncertainty.UncertaintySpec;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code render}: draw one plane to PNG, SVG or PDF with the same builder the window uses. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render the ℓ_S–n_s plane (Fig. 2), the ℓ_S–f_V plane (Fig. 3) or the rigidity view (ℓ_mfp that each "
                + "candidate gives against rigidity, beside the observed one) to FILE.png, FILE.svg or FILE.pdf.",
                "With a scenario parameter given as a range or distribution (e.g. --delta 0.3..0.7 --b-ug 1..10 log "
                        + "--nu0 1e-9*/3) each band of a plane is shaded by its credible regions over the parameter "
                        + "distribution (--levels, from --samples Sobol samples; darker: the lower level), the exact band "
                        + "at the central values drawn and outlined on top; the legend says what the shading means."})
final class RenderCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--plane", paramLabel = "ns|fv|rigidity",
            description = "ns: ℓ_S–n_s (Fig. 2); fv: ℓ_S–f_V (Fig. 3); rigidity: ℓ_mfp against rigidity R for the observed "
                    + "relation, each population and each n_s-plane catalogue box.")
    String plane;

    @CommandLine.Mixin
    PopulationOptions populationOptions = new PopulationOptions();

    @Option(names = "--no-verdicts", description = "Leave out the verdict marker next to each candidate's label "
            + "(circle: reaches a band; triangle: misses by < 1 dex; cross: misses by ≥ 1 dex).")
    boolean noVerdicts;

    @Option(names = "--r-range", paramLabel = "LO..HI", description = "Rigidity view: visible R range in GV, e.g. 1e-3..1e5 "
            + "(default: automatic).")
    String rRange;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Output file; the extension (.png, .svg, .pdf) chooses the format. Written atomically. "
                    + "Repeatable: the figure is computed once and written to each FILE (e.g. --out f.svg --out f.pdf). "
                    + "With --sweep (one --out only): NAME.gif, a directory (frames/) or a numbered name (frames/f-%%03d.png).")
    List<Path> outs = new ArrayList<>();

    @Option(names = "--sweep", paramLabel = "KEY=FROM..TO:FRAMES", description = "Render a movie instead: sweep one "
            + "scenario parameter, e.g. delta=0.3..0.7:40 (2–400 frames; log-spaced for b-ug, nu0, aspect, n-ism), "
            + "to an animated GIF or numbered PNG frames (see --out); --scale defaults to 1 for a GIF.")
    String sweep;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "1000", description = "Width in points/pixels (default ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", paramLabel = "PX", defaultValue = "720", description = "Height in points/pixels (default ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "2",
            description = "PNG only: pixels per point, e.g. 1 for screen, 2 for HiDPI/print (default ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--catalog", paramLabel = "FILE", description = "Catalogue file(s) to draw instead of the built-in one (repeatable). With --from: the "
            + "file(s) to use for the figure's catalogues of the same file name (others are drawn too).")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--no-catalog", description = "Draw no candidate boxes.")
    boolean noCatalog;

    @Option(names = "--hide", paramLabel = "CLASS", description = "Hide the band of this energy class, e.g. MeV (repeatable).")
    List<String> hidden = new ArrayList<>();

    @Option(names = "--no-model", description = "f_V plane: leave out the hypothetical intermittent model.")
    boolean noModel;

    @Option(names = "--no-legend", description = "Leave out the legend.")
    boolean noLegend;

    @Option(names = "--no-title", description = "Leave out the title (for a caption underneath instead).")
    boolean noTitle;

    @Option(names = "--ls-range", paramLabel = "LO..HI", description = "Visible ℓ_S range in au, e.g. 1e-3..1e9 (default: automatic).")
    String lsRange;

    @Option(names = "--y-range", paramLabel = "LO..HI", description = "Visible n_s [pc^-3], f_V or (rigidity view) ℓ_mfp [pc] "
            + "range, e.g. 1e-13..1e17 (default: automatic).")
    String yRange;

    @Option(names = "--style", paramLabel = "NAME", defaultValue = "paper", description = "paper, presentation (projector: "
            + "large type, heavy lines), dark (light on dark) or presentation-dark (default ${DEFAULT-VALUE}).")
    String style;

    @Option(names = FigureRender.FROM, paramLabel = "FIGURE", description = "Draw a PNG/SVG/PDF figure's embedded state "
            + "again (every render embeds it): same view, size and style unless --plane, --width, --height, --scale or "
            + "--style is given; to --out, or over FIGURE itself. The catalogues it names are taken only from --catalog "
            + "or from beside FIGURE (same file name and the SHA-256 it recorded); others are skipped with a warning. "
            + "A saved scenario file (.json) is drawn too, to --out: the plane its layout shows alone, else both planes, "
            + "its catalogues from beside it by file name. A state with uncertain parameters is drawn shaded.")
    Path from;

    @Option(names = "--hide-candidate", paramLabel = "ID", description = "Hide the catalogue entry with this id (repeatable).")
    List<String> hiddenCandidates = new ArrayList<>();

    @Option(names = "--citations", description = "Add a caption listing the short citation of every candidate box drawn.")
    boolean citations;

    @Option(names = "--hide-element", paramLabel = "NAME", description = "Leave out an optional element: band-labels, "
            + "secondary-axis, candidate-boxes, candidate-labels, populations, … (repeatable).")
    List<String> hiddenElements = new ArrayList<>();

    @Option(names = "--builtin-catalog", description = "With --catalog: draw the built-in catalogue too, as the window does.")
    boolean builtinCatalog;

    @Option(names = "--levels", paramLabel = "L[,L...]", split = ",",
            description = {"Credible levels of the shaded regions when a parameter is uncertain, each strictly between 0 and 1 "
                    + "(default 0.68,0.95): the region at level L is where the band lies in at least a fraction 1-L of the samples."})
    List<Double> levels;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "" + ParameterDistribution.DEFAULT_SAMPLES,
            description = {"Quasi-random (Sobol) samples of the parameter distribution for the shading "
                    + "(default ${DEFAULT-VALUE}; a power of two keeps the Sobol points balanced)."})
    int samples;

    @Override
    public Integer call() {
        if (from != null) {
            if (outs.isEmpty()) {
                return FigureRender.renderFrom(spec, from, null, plane, width, height, scale, style, catalogs);
            }
            for (Path o : outs) {
                FigureRender.renderFrom(spec, from, o, plane, width, height, scale, style, catalogs);
            }
            return 0;
        }
        Path out = outs.isEmpty() ? null : outs.get(0);
        FigureRender.requireWithoutFrom(spec, plane, out);
        if (sweep != null && outs.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out: a sweep writes one movie or frame set; "
                    + "give --out once (got " + outs.size() + ")");
        }
        UncertaintySpec uncertainty = ScenarioOptions.uncertainty(spec, levels, samples);
        // the exact band at the distribution's central values (the scenario itself when nothing is uncertain)
        Scenario s = ScenarioOptions.distribution(spec).central();
        if (sweep != null && !uncertainty.isNone()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sweep: cannot be combined with a range or "
                    + "distribution (" + uncertainty.describe() + "); give each parameter one value, or render the frames one by one");
        }
        var sweepSpec = sweep == null ? null : SweepRender.parse(spec.commandLine(), sweep, out);
        FigureOptions.View v;
        try {
            v = FigureOptions.View.fromKey(plane);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--plane: plane '" + plane + "' is not one of ns, fv, rigidity");
        }
        boolean rigidity = v == FigureOptions.View.RIGIDITY;
        Plane p = v.plane().orElse(Plane.NUMBER_DENSITY);
        if (rigidity && lsRange != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--ls-range: the rigidity view has no ℓ_S axis; use --r-range LO..HI (GV)");
        }
        if (!rigidity && rRange != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--r-range: only the rigidity view (--plane rigidity) has an R axis");
        }
        if (width < 100 || width > 10000 || height < 100 || height > 10000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--width/--height: " + width + "×" + height
                    + " is outside [100, 10000] per side");
        }
        if (!(scale >= 0.25 && scale <= 8)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scale: " + scale + " is outside [0.25, 8]");
        }
        Set<String> labels = new HashSet<>(s.energyClasses().stream().map(EnergyClass::label).toList());
        for (String h : hidden) {
            if (!labels.contains(h)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--hide: no energy class '" + h + "'; classes are " + labels);
            }
        }
        FigureOptions options = FigureOptions.defaults(p).withHiddenEnergyClasses(Set.copyOf(hidden)).withStyle(style(style))
                .with(FigureOptions.Element.HYPOTHETICAL_MODEL, !noModel)
                .with(FigureOptions.Element.LEGEND, !noLegend)
                .with(FigureOptions.Element.TITLE, !noTitle)
                .with(FigureOptions.Element.CANDIDATE_BOXES, !noCatalog)
                .with(FigureOptions.Element.CANDIDATE_LABELS, !noCatalog)
                .with(FigureOptions.Element.VERDICT_MARKERS, !noVerdicts)
                .withHiddenCandidates(Set.copyOf(hiddenCandidates));
        options = FigureRender.hideElements(spec, options, hiddenElements).with(FigureOptions.Element.CITATIONS, citations);
        List<Population> populations = populationOptions.populations(spec);
        List<CandidateLayer> boxes = noCatalog ? List.of() : CatalogLayers.on(p, FigureRender.catalogs(catalogs, builtinCatalog, spec.commandLine().getErr()));
        Shading shading = shading(uncertainty, s, v);
        String xRange = rigidity ? rRange : lsRange;
        if (xRange != null || yRange != null) {
            ViewRange auto = FigureSpec.autoRange(v, s, boxes, populations, options, shading);
            double[] x = xRange == null ? new double[] {auto.log10XMin(), auto.log10XMax()}
                    : logRange(rigidity ? "--r-range" : "--ls-range", xRange);
            double[] y = yRange == null ? new double[] {auto.log10YMin(), auto.log10YMax()} : logRange("--y-range", yRange);
            try {
                options = options.withView(new ViewRange(x[0], x[1], y[0], y[1]));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), (rigidity ? "--r-range" : "--ls-range")
                        + "/--y-range: " + e.getMessage());
            }
        }
        if (sweepSpec != null) {
            boolean gifAtDefaultScale = out.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gif")
                    && !spec.commandLine().getParseResult().hasMatchedOption("--scale");
            SweepRender.run(sweepSpec, s, rigidity, boxes, populations, options, out, width, height,
                    gifAtDefaultScale ? 1 : scale, spec.commandLine().getErr());
            spec.commandLine().getErr().println("wrote " + out);
            return 0;
        }
        // computed once, written to every --out
        JFreeChart chart = Figures.chart(FigureSpec.of(v, s, boxes, populations, options, shading));
        var metadata = FigureRender.metadata(s, uncertainty, v, options, populations, catalogs, !noCatalog, builtinCatalog,
                width, height, scale);
        for (Path o : outs) {
            try {
                FigureExporter.write(chart, o, width, height, scale, metadata);
            } catch (ExportException e) {
                throw new Cli.CliFailure(e.getMessage());
            }
            spec.commandLine().getErr().println("wrote " + o);
        }
        return 0;
    }

    /** The envelopes of {@code view}'s plane (none for the rigidity view, or when nothing is uncertain), with a note. */
    private Shading shading(UncertaintySpec uncertainty, Scenario s, FigureOptions.View view) {
        if (uncertainty.isNone()) {
            return Shading.NONE;
        }
        if (view.plane().isEmpty()) {
            spec.commandLine().getErr().println("note: the rigidity view has no bands to shade; " + uncertainty.describe()
                    + " is only recorded in the figure's state");
            return Shading.NONE;
        }
        return FigureRender.shading(uncertainty, s, List.of(view.plane().get()), spec.commandLine().getErr());
    }

    private FigureStyle style(String name) {
        try {
            return FigureStyle.byName(name);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--style: " + e.getMessage());
        }
    }

    private double[] logRange(String option, String text) {
        String[] parts = text.split("\\.\\.");
        try {
            if (parts.length == 2) {
                double lo = Double.parseDouble(parts[0].strip());
                double hi = Double.parseDouble(parts[1].strip());
                if (lo > 0 && hi > lo && Double.isFinite(hi)) {
                    return new double[] {Math.log10(lo), Math.log10(hi)};
                }
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new CommandLine.ParameterException(spec.commandLine(), option + ": '" + text
                + "' must be LO..HI with 0 < LO < HI, e.g. 1e-3..1e9");
    }
}
