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
import org.hillasexplorer.figure.RenderOptions;
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


    @CommandLine.Mixin
    PopulationOptions populationOptions = new PopulationOptions();



    @Option(names = "--out", paramLabel = "FILE",
            description = "Output file; the extension (.png, .svg, .pdf) chooses the format. Written atomically. "
                    + "Repeatable: the figure is computed once and written to each FILE (e.g. --out f.svg --out f.pdf). "
                    + "With --sweep (one --out only): NAME.gif, a directory (frames/) or a numbered name (frames/f-%%03d.png).")
    List<Path> outs = new ArrayList<>();

    @Option(names = "--sweep", paramLabel = "KEY=FROM..TO:FRAMES", description = "Render a movie instead: sweep one "
            + "scenario parameter, e.g. delta=0.3..0.7:40 (2–400 frames; log-spaced for b-ug, nu0, aspect, n-ism), "
            + "to an animated GIF or numbered PNG frames (see --out); --scale defaults to 1 for a GIF.")
    String sweep;




    @Option(names = "--catalog", paramLabel = "FILE", description = "Catalogue file(s) to draw instead of the built-in one (repeatable). With --from: the "
            + "file(s) to use for the figure's catalogues of the same file name (others are drawn too).")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--no-catalog", description = "Draw no candidate boxes.")
    boolean noCatalog;

    @Option(names = "--hide", paramLabel = "CLASS", description = "Hide the band of this energy class, e.g. MeV (repeatable).")
    List<String> hidden = new ArrayList<>();







    @Option(names = FigureRender.FROM, paramLabel = "FIGURE", description = "Draw a PNG/SVG/PDF figure's embedded state "
            + "again (every render embeds it): same view, size and style unless --plane, --width, --height, --scale or "
            + "--style is given; to --out, or over FIGURE itself. The catalogues it names are taken only from --catalog "
            + "or from beside FIGURE (same file name and the SHA-256 it recorded); others are skipped with a warning. "
            + "A saved scenario file (.json) is drawn too, to --out: the plane its layout shows alone, else both planes, "
            + "its catalogues from beside it by file name. A state with uncertain parameters is drawn shaded.")
    Path from;

    @Option(names = "--hide-candidate", paramLabel = "ID", description = "Hide the catalogue entry with this id (repeatable).")
    List<String> hiddenCandidates = new ArrayList<>();



    @Option(names = "--builtin-catalog", description = "With --catalog: draw the built-in catalogue too, as the window does.")
    boolean builtinCatalog;

    @CommandLine.Mixin
    ShadingOptions shadingOptions = new ShadingOptions();

    @Override
    public Integer call() {
        if (from != null) {
            if (outs.isEmpty()) {
                return FigureRender.renderFrom(spec, from, null, catalogs);
            }
            for (Path o : outs) {
                FigureRender.renderFrom(spec, from, o, catalogs);
            }
            return 0;
        }
        Path out = outs.isEmpty() ? null : outs.get(0);
        FigureRender.requireWithoutFrom(spec, RenderOptionsCli.text(spec, RenderOptions.PLANE.cliOption()), out);
        if (sweep != null && outs.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out: a sweep writes one movie or frame set; "
                    + "give --out once (got " + outs.size() + ")");
        }
        // every render option is read and checked by its descriptor (figure.RenderOptions)
        RenderOptions.Settings set = RenderOptionsCli.read(spec);
        UncertaintySpec uncertainty = ScenarioOptions.uncertainty(spec, shadingOptions.levels, shadingOptions.samples);
        // the exact band at the distribution's central values (the scenario itself when nothing is uncertain)
        Scenario s = ScenarioOptions.distribution(spec).central();
        if (sweep != null && !uncertainty.isNone()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sweep: cannot be combined with a range or "
                    + "distribution (" + uncertainty.describe() + "); give each parameter one value, or render the frames one by one");
        }
        var sweepSpec = sweep == null ? null : SweepRender.parse(spec.commandLine(), sweep, out);
        FigureOptions.View v = FigureOptions.View.fromKey(set.plane());
        boolean rigidity = v == FigureOptions.View.RIGIDITY;
        Plane p = v.plane().orElse(Plane.NUMBER_DENSITY);
        Set<String> labels = new HashSet<>(s.energyClasses().stream().map(EnergyClass::label).toList());
        for (String h : hidden) {
            if (!labels.contains(h)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--hide: no energy class '" + h + "'; classes are " + labels);
            }
        }
        FigureOptions options = new FigureOptions(p, java.util.Optional.empty(), Set.copyOf(hidden), Set.copyOf(hiddenCandidates),
                set.shown(), FigureStyle.byName(set.style()));
        List<Population> populations = populationOptions.populations(spec);
        List<CandidateLayer> boxes = noCatalog ? List.of() : CatalogLayers.on(p, FigureRender.catalogs(catalogs, builtinCatalog, spec.commandLine().getErr()));
        Shading shading = shading(uncertainty, s, v);
        if (set.x().isPresent() || set.y().isPresent()) {
            ViewRange auto = FigureSpec.autoRange(v, s, boxes, populations, options, shading);
            RenderOptions.Span x = set.x().orElse(new RenderOptions.Span(auto.log10XMin(), auto.log10XMax()));
            RenderOptions.Span y = set.y().orElse(new RenderOptions.Span(auto.log10YMin(), auto.log10YMax()));
            try {
                options = options.withView(new ViewRange(x.log10Lo(), x.log10Hi(), y.log10Lo(), y.log10Hi()));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), (rigidity ? "--r-range" : "--ls-range")
                        + "/--y-range: " + e.getMessage());
            }
        }
        if (sweepSpec != null) {
            boolean gifAtDefaultScale = out.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gif")
                    && !RenderOptionsCli.given(spec, RenderOptions.SCALE.cliOption());
            SweepRender.run(sweepSpec, s, rigidity, boxes, populations, options, out, set.width(), set.height(),
                    gifAtDefaultScale ? 1 : set.scale(), spec.commandLine().getErr());
            spec.commandLine().getErr().println("wrote " + out);
            return 0;
        }
        // computed once, written to every --out
        JFreeChart chart = Figures.chart(FigureSpec.of(v, s, boxes, populations, options, shading));
        var metadata = FigureRender.metadata(s, uncertainty, v, options, populations, catalogs, !noCatalog, builtinCatalog,
                set.width(), set.height(), set.scale());
        for (Path o : outs) {
            try {
                FigureExporter.write(chart, o, set.width(), set.height(), set.scale(), metadata);
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
}
