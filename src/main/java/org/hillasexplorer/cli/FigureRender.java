package org.hillasexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hillasexplorer.catalog.Catalog;
import org.hillasexplorer.catalog.CatalogException;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.export.CompositeExporter;
import org.hillasexplorer.export.ExportException;
import org.hillasexplorer.export.FigureExporter;
import org.hillasexplorer.figure.CandidateLayer;
import org.hillasexplorer.figure.CatalogLayers;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.FigureSpec;
import org.hillasexplorer.figure.Figures;
import org.hillasexplorer.figure.Shading;
import org.hillasexplorer.figure.FigureStyle;
import org.hillasexplorer.figure.RenderOption;
import org.hillasexplorer.figure.RenderOptions;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Units;
import org.hillasexplorer.physics.uncertainty.UncertaintySpec;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.FigureState;
import org.hillasexplorer.session.FigureState.CatalogIdentity;
import org.hillasexplorer.session.Layout;
import org.hillasexplorer.session.NamedCatalogs;
import org.hillasexplorer.session.ScenarioFile;
import org.hillasexplorer.session.ScenarioFileException;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The provenance half of {@link RenderCommand}: the state a render embeds in its figure, {@code --hide-element},
 * {@code --builtin-catalog} and {@code render --from FIGURE}, kept apart so that command stays small.
 */
final class FigureRender {
    static final String FROM = "--from";
    /** The options that may accompany {@code --from} (they override the figure's). */
    static final List<String> WITH_FROM = List.of(FROM, RenderOptions.OUT.cliOption(), RenderOptions.PLANE.cliOption(),
            RenderOptions.WIDTH.cliOption(), RenderOptions.HEIGHT.cliOption(), RenderOptions.SCALE.cliOption(),
            RenderOptions.STYLE.cliOption(), "--catalog");

    private FigureRender() {
    }

    /** The catalogues to draw: the built-in one when {@code files} is empty or {@code builtinToo}, then each file. */
    static List<Catalog> catalogs(List<Path> files, boolean builtinToo, PrintWriter err) {
        List<Catalog> out = new ArrayList<>();
        if (builtinToo && !files.isEmpty()) {
            try {
                out.add(CatalogReader.readBuiltin());
            } catch (CatalogException e) {
                throw new Cli.CliFailure(e.getMessage());
            }
        }
        out.addAll(CatalogLoading.load(files, err));
        return out;
    }

    /** Identities of the catalogues {@link #catalogs} draws. */
    static List<CatalogIdentity> identities(List<Path> files, List<String> names, boolean builtinToo) {
        List<CatalogIdentity> out = new ArrayList<>();
        try {
            if (files.isEmpty() || builtinToo) {
                out.add(CatalogIdentity.ofBuiltin());
            }
            for (int i = 0; i < files.size(); i++) {
                out.add(CatalogIdentity.ofFile(names.get(i), files.get(i)));
            }
        } catch (ScenarioFileException e) {
            throw new Cli.CliFailure(e.getMessage());
        }
        return out;
    }

    /** {@code options} without the elements named by {@code --hide-element} (names as in scenario files). */
    static FigureOptions hideElements(CommandSpec spec, FigureOptions options, List<String> names) {
        FigureOptions o = options;
        for (String name : names) {
            o = o.with(RenderOptionsCli.element(spec, name).element(), false);
        }
        return o;
    }

    /**
     * The envelopes {@code uncertainty} gives around {@code s} on {@code planes} ({@link Shading#of}), with a note on
     * {@code err} saying what they are and how long they took.
     */
    static Shading shading(UncertaintySpec uncertainty, Scenario s, List<Plane> planes, PrintWriter err) {
        long t0 = System.nanoTime();
        Shading shading = Shading.of(uncertainty, s, planes);
        if (!shading.isNone()) {
            err.println(String.format(Locale.ROOT, "note: shading %s credible regions from %d Sobol samples of %s (%.1f s)",
                    String.join("/", uncertainty.levels().stream().map(l -> Units.formatNumber(100 * l) + " %").toList()),
                    shading.samples(), shading.description(), (System.nanoTime() - t0) * 1e-9));
        }
        return shading;
    }

    /** The figure state of a normal render, as metadata for the exporter. */
    static Map<String, String> metadata(Scenario s, UncertaintySpec uncertainty, FigureOptions.View view, FigureOptions options,
                                        List<Population> populations,
                                        List<Path> catalogFiles, boolean catalogsDrawn, boolean builtinToo, int width,
                                        int height, double scale) {
        Map<Plane, ViewRange> views = new EnumMap<>(Plane.class);
        Optional<ViewRange> rigidityView = Optional.empty();
        if (view == FigureOptions.View.RIGIDITY) {
            rigidityView = options.view();
        } else {
            options.view().ifPresent(r -> views.put(view.plane().orElseThrow(), r));
        }
        Layout layout = switch (view) {
            case NUMBER_DENSITY -> Layout.NUMBER_DENSITY_ONLY;
            case FILLING_FACTOR -> Layout.FILLING_FACTOR_ONLY;
            case RIGIDITY -> Layout.SIDE_BY_SIDE;
        };
        List<String> names = catalogFiles.stream().map(Path::toString).toList();
        ExplorerState state = new ExplorerState(s, views, options.hiddenEnergyClasses(), options.hiddenCandidates(),
                options.shown(), layout, populations, names, uncertainty);
        List<CatalogIdentity> ids = catalogsDrawn ? identities(catalogFiles, names, builtinToo) : List.of();
        return new FigureState(state, view.key(), width, height, scale, options.style().name(), rigidityView, ids,
                FigureState.currentVersion()).toMetadata();
    }

    /**
     * {@code render --from FIGURE}: draws the figure's embedded state again, with the view, size, scale and style
     * overridden where given, into {@code --out} (or over the figure itself).
     *
     * <p>The figure may come from anyone, so the catalogue paths in its state are never opened as written there
     * ({@link NamedCatalogs}): each is drawn from a {@code --catalog} file of the same file name when one is given (with
     * a warning when it differs from the one the figure was made with), else from the file of that name beside the
     * figure if its SHA-256 is the one the figure recorded; otherwise it is left out with a warning on stderr. Other
     * {@code --catalog} files are drawn after them.
     */
    static int renderFrom(CommandSpec spec, Path from, Path out, List<Path> given) {
        CommandLine cl = spec.commandLine();
        CommandLine.ParseResult pr = cl.getParseResult();
        for (OptionSpec o : pr.matchedOptions()) {
            if (!WITH_FROM.contains(o.longestName())) {
                throw new CommandLine.ParameterException(cl, o.longestName() + ": cannot be combined with " + FROM
                        + ", which draws the figure's own state; only " + String.join(", ", WITH_FROM.subList(1, WITH_FROM.size()))
                        + " can be");
            }
        }
        PrintWriter err = cl.getErr();
        FigureState fs;
        boolean scenarioFile = isScenarioFile(from);
        if (scenarioFile && out == null) {
            throw new CommandLine.ParameterException(cl, "--out: a scenario file is not drawn over; give --out FILE.png, "
                    + ".svg or .pdf");
        }
        try {
            fs = scenarioFile ? ofScenario(ScenarioFile.read(from)) : FigureState.read(from);
        } catch (ScenarioFileException e) {
            throw new Cli.CliFailure(e.getMessage());
        }
        // the figure's own view, size, scale and style, unless given; what is given is checked by its descriptor
        String view = fs.view();
        if (given(pr, RenderOptions.PLANE)) { // a composite figure may be drawn again as one
            String p = RenderOptionsCli.text(spec, RenderOptions.PLANE.cliOption()).strip().toLowerCase(Locale.ROOT);
            view = p.equals("composite") ? p : RenderOptionsCli.value(spec, RenderOptions.PLANE, RenderOptions.PLANE::choice);
        }
        int w = given(pr, RenderOptions.WIDTH) ? RenderOptionsCli.value(spec, RenderOptions.WIDTH, RenderOptions.WIDTH::whole)
                : fs.width();
        int h = given(pr, RenderOptions.HEIGHT) ? RenderOptionsCli.value(spec, RenderOptions.HEIGHT, RenderOptions.HEIGHT::whole)
                : fs.height();
        double sc = given(pr, RenderOptions.SCALE) ? RenderOptionsCli.value(spec, RenderOptions.SCALE, RenderOptions.SCALE::number)
                : fs.scale();
        FigureStyle st;
        try {
            st = FigureStyle.byName(given(pr, RenderOptions.STYLE)
                    ? RenderOptionsCli.value(spec, RenderOptions.STYLE, RenderOptions.STYLE::choice) : fs.style());
        } catch (IllegalArgumentException e) {
            throw new Cli.CliFailure(from + ": " + e.getMessage());
        }
        Path target = out != null ? out : from;
        ExplorerState state = fs.state();

        // the catalogues: the files given with --catalog, else the figure's own beside it, checked against their checksums
        boolean boxesShown = state.shows(FigureOptions.Element.CANDIDATE_BOXES) || state.shows(FigureOptions.Element.CANDIDATE_LABELS);
        List<Catalog> catalogs = new ArrayList<>();
        List<CatalogIdentity> ids = new ArrayList<>();
        if (boxesShown) {
            state = figureCatalogs(fs, from, given, catalogs, ids, err, scenarioFile ? NamedCatalogs.ofScenario(fs.state(), from)
                    : NamedCatalogs.ofFigure(fs, from));
        } else if (!given.isEmpty()) {
            err.println("warning: --catalog: the figure shows no candidate boxes or labels, so no catalogue is drawn");
        }

        FigureState next = new FigureState(state, view, w, h, sc, st.name(), fs.rigidityView(), ids, FigureState.currentVersion());
        Map<String, String> metadata = next.toMetadata();
        List<Plane> shaded = switch (view) {
            case "composite" -> List.of(Plane.values());
            case "rigidity" -> List.of();
            default -> List.of(Plane.fromKey(view));
        };
        Shading shading = shading(state.uncertainty(), state.scenario(), shaded, err);
        try {
            if (view.equals("composite")) {
                List<JFreeChart> charts = List.of(chart(state, FigureOptions.View.NUMBER_DENSITY, catalogs, st, fs.rigidityView(), shading),
                        chart(state, FigureOptions.View.FILLING_FACTOR, catalogs, st, fs.rigidityView(), shading));
                CompositeExporter.Arrangement arrangement = state.layout() == Layout.STACKED
                        ? CompositeExporter.Arrangement.STACKED : CompositeExporter.Arrangement.SIDE_BY_SIDE;
                CompositeExporter.write(charts, arrangement, target, w, h, sc, metadata);
            } else {
                FigureExporter.write(chart(state, FigureOptions.View.fromKey(view), catalogs, st, fs.rigidityView(), shading),
                        target, w, h, sc, metadata);
            }
        } catch (ExportException e) {
            throw new Cli.CliFailure(e.getMessage());
        }
        err.println("wrote " + target);
        return 0;
    }

    private static boolean given(CommandLine.ParseResult pr, RenderOption o) {
        return pr.hasMatchedOption(o.cliOption());
    }

    /**
     * Reads the catalogues {@code render --from} draws into {@code catalogs} and their identities into {@code ids}
     * (see {@link #renderFrom}); returns the state with the catalogue files drawn, as the new figure records them.
     */
    private static ExplorerState figureCatalogs(FigureState fs, Path from, List<Path> given, List<Catalog> catalogs,
                                                List<CatalogIdentity> ids, PrintWriter err, List<NamedCatalogs.Named> beside) {
        ExplorerState state = fs.state();
        if (fs.catalogs().isEmpty() || fs.catalogs().stream().anyMatch(CatalogIdentity::builtin)) {
            CatalogIdentity now;
            try {
                catalogs.add(CatalogReader.readBuiltin());
                now = CatalogIdentity.ofBuiltin();
            } catch (CatalogException | ScenarioFileException e) {
                throw new Cli.CliFailure(e.getMessage());
            }
            ids.add(now);
            fs.catalogs().stream().filter(CatalogIdentity::builtin).findFirst().filter(then -> !then.sha256().equals(now.sha256()))
                    .ifPresent(then -> err.println("warning: the built-in catalogue has changed since the figure was made "
                            + "(SHA-256 differs); drawing it as it is now"));
        }
        List<Path> unused = new ArrayList<>(given);
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < state.catalogFiles().size(); i++) {
            String recorded = state.catalogFiles().get(i);
            Optional<String> name = NamedCatalogs.fileName(recorded);
            Optional<Path> mine = unused.stream().filter(p -> p.getFileName() != null && name.isPresent()
                    && p.getFileName().toString().equals(name.get())).findFirst();
            if (mine.isPresent()) {
                // a file the user gave: read as any --catalog file, and compared with the one the figure was made with
                Path p = mine.get();
                unused.remove(p);
                CatalogIdentity now = userCatalog(p, catalogs, ids, drawn, err);
                fs.catalogs().stream().filter(c -> !c.builtin() && c.name().equals(recorded)).findFirst()
                        .filter(then -> !then.sha256().equals(now.sha256()))
                        .ifPresent(then -> err.println("warning: catalogue " + p + " has changed since the figure was made "
                                + "(SHA-256 differs); drawing it as it is now"));
                continue;
            }
            NamedCatalogs.Named n = beside.get(i);
            if (!n.usable()) {
                err.println("warning: " + n.describe() + "; not drawn — pass it with --catalog to use it");
                continue;
            }
            Catalog c;
            try {
                c = NamedCatalogs.read(n);
            } catch (CatalogException e) {
                err.println("warning: " + e.getMessage() + "; not drawn — pass it with --catalog to use it");
                continue;
            }
            catalogs.add(c);
            ids.add(new CatalogIdentity(recorded, false, n.expectedSha256()));
            drawn.add(recorded);
            long skipped = c.problems().stream().filter(p -> !p.warning()).mapToLong(p -> p.line()).distinct().count();
            long notes = c.problems().stream().filter(p -> p.warning()).count();
            if (skipped > 0 || notes > 0) {
                // the problems quote the file, which the user did not name: only how many there are
                err.println("warning: " + n.file() + ": " + skipped + (skipped == 1 ? " row was" : " rows were") + " skipped, "
                        + notes + (notes == 1 ? " note" : " notes") + " (not listed for a file the figure named; pass it "
                        + "with --catalog to see them)");
            }
        }
        for (Path p : unused) {
            userCatalog(p, catalogs, ids, drawn, err);
        }
        return state.withCatalogFiles(drawn);
    }

    /** Reads a {@code --catalog} file the user gave (refusing the render when it is not a catalogue). */
    private static CatalogIdentity userCatalog(Path p, List<Catalog> catalogs, List<CatalogIdentity> ids, List<String> drawn,
                                               PrintWriter err) {
        catalogs.addAll(CatalogLoading.load(List.of(p), err));
        List<CatalogIdentity> id = identities(List.of(p), List.of(p.toString()), false);
        ids.addAll(id);
        drawn.add(p.toString());
        return id.get(0);
    }

    private static JFreeChart chart(ExplorerState state, FigureOptions.View view, List<Catalog> catalogs, FigureStyle style,
                                    Optional<ViewRange> rigidityView, Shading shading) {
        Plane p = view.plane().orElse(Plane.NUMBER_DENSITY);
        Optional<ViewRange> range = view == FigureOptions.View.RIGIDITY ? rigidityView : state.view(p);
        FigureOptions options = new FigureOptions(p, range, state.hiddenEnergyClasses(), state.hiddenCandidates(),
                state.shownElements(), style);
        List<CandidateLayer> boxes = catalogs.isEmpty() ? List.of() : CatalogLayers.on(p, catalogs);
        List<Population> populations = state.populations();
        return Figures.chart(FigureSpec.of(view, state.scenario(), boxes, populations, options, shading));
    }

    /** Whether {@code --from} names a scenario file ({@code .json}) rather than a figure. */
    static boolean isScenarioFile(Path from) {
        Path name = from.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /**
     * A saved scenario as the figure the window would export of it: the plane its layout shows alone, else both
     * (composite), at the default size, scale and style, the built-in catalogue drawn besides the files it names (which
     * are looked for beside it by file name, {@link NamedCatalogs#ofScenario}).
     */
    private static FigureState ofScenario(ExplorerState state) {
        String view = switch (state.layout()) {
            case NUMBER_DENSITY_ONLY -> "ns";
            case FILLING_FACTOR_ONLY -> "fv";
            default -> "composite";
        };
        return new FigureState(state, view, 1000, 720, 2, "paper", Optional.empty(), List.of(), FigureState.currentVersion());
    }

    /** The names of the options {@code render} requires when {@code --from} is absent. */
    static void requireWithoutFrom(CommandSpec spec, String plane, Path out) {
        List<String> missing = new ArrayList<>();
        if (plane == null) {
            missing.add("'--plane=ns|fv|rigidity'");
        }
        if (out == null) {
            missing.add("'--out=FILE'");
        }
        if (!missing.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option" + (missing.size() > 1 ? "s" : "")
                    + ": " + String.join(", ", missing) + " (or --from FIGURE)");
        }
    }
}
