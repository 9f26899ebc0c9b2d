package org.hillasexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
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
import org.hillasexplorer.figure.FigureBuilder;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.FigureStyle;
import org.hillasexplorer.figure.RigidityChartBuilder;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.FigureState;
import org.hillasexplorer.session.FigureState.CatalogIdentity;
import org.hillasexplorer.session.Layout;
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
    static final List<String> WITH_FROM = List.of(FROM, "--out", "--plane", "--width", "--height", "--scale", "--style");

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
            FigureOptions.Element e = null;
            for (FigureOptions.Element x : FigureOptions.Element.values()) {
                if (x.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(name.strip().toLowerCase(Locale.ROOT))) {
                    e = x;
                }
            }
            if (e == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--hide-element: '" + name + "' is not one of "
                        + String.join(", ", ScenarioFile.elementKeys()));
            }
            o = o.with(e, false);
        }
        return o;
    }

    /** The figure state of a normal render, as metadata for the exporter. */
    static Map<String, String> metadata(Scenario s, FigureOptions.View view, FigureOptions options, List<Population> populations,
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
                options.shown(), layout, populations, names);
        List<CatalogIdentity> ids = catalogsDrawn ? identities(catalogFiles, names, builtinToo) : List.of();
        return new FigureState(state, view.key(), width, height, scale, options.style().name(), rigidityView, ids,
                FigureState.currentVersion()).toMetadata();
    }

    /**
     * {@code render --from FIGURE}: draws the figure's embedded state again, with the view, size, scale and style
     * overridden where given, into {@code --out} (or over the figure itself). Prints a warning for every catalogue
     * that changed since the figure was made.
     */
    static int renderFrom(CommandSpec spec, Path from, Path out, String plane, int width, int height, double scale,
                          String style) {
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
        try {
            fs = FigureState.read(from);
        } catch (ScenarioFileException e) {
            throw new Cli.CliFailure(e.getMessage());
        }
        String view = pr.hasMatchedOption("--plane") ? plane.strip().toLowerCase(Locale.ROOT) : fs.view();
        if (!List.of("ns", "fv", "rigidity", "composite").contains(view)) {
            throw new CommandLine.ParameterException(cl, "--plane: plane '" + plane + "' is not one of ns, fv, rigidity");
        }
        int w = pr.hasMatchedOption("--width") ? width : fs.width();
        int h = pr.hasMatchedOption("--height") ? height : fs.height();
        if (pr.hasMatchedOption("--width") || pr.hasMatchedOption("--height")) {
            if (w < 100 || w > 10000 || h < 100 || h > 10000) {
                throw new CommandLine.ParameterException(cl, "--width/--height: " + w + "×" + h + " is outside [100, 10000] per side");
            }
        }
        double sc = pr.hasMatchedOption("--scale") ? scale : fs.scale();
        if (pr.hasMatchedOption("--scale") && !(sc >= 0.25 && sc <= 8)) {
            throw new CommandLine.ParameterException(cl, "--scale: " + sc + " is outside [0.25, 8]");
        }
        FigureStyle st;
        try {
            st = FigureStyle.byName(pr.hasMatchedOption("--style") ? style : fs.style());
        } catch (IllegalArgumentException e) {
            if (pr.hasMatchedOption("--style")) {
                throw new CommandLine.ParameterException(cl, "--style: " + e.getMessage());
            }
            throw new Cli.CliFailure(from + ": " + e.getMessage());
        }
        Path target = out != null ? out : from;
        ExplorerState state = fs.state();

        // the catalogues: the figure's own, checked against the checksums it recorded
        boolean boxesShown = state.shows(FigureOptions.Element.CANDIDATE_BOXES) || state.shows(FigureOptions.Element.CANDIDATE_LABELS);
        boolean builtin = fs.catalogs().isEmpty() || fs.catalogs().stream().anyMatch(CatalogIdentity::builtin);
        List<Path> files = new ArrayList<>();
        for (String name : state.catalogFiles()) {
            files.add(resolve(name, from));
        }
        List<Catalog> catalogs = boxesShown ? catalogs(files, builtin, err) : List.of();
        List<CatalogIdentity> ids = boxesShown ? identities(files, state.catalogFiles(), builtin) : List.of();
        for (CatalogIdentity now : ids) {
            fs.catalogs().stream().filter(c -> c.builtin() == now.builtin() && c.name().equals(now.name())).findFirst()
                    .filter(then -> !then.sha256().equals(now.sha256()))
                    .ifPresent(then -> err.println("warning: " + (now.builtin() ? "the built-in catalogue" : "catalogue " + now.name())
                            + " has changed since the figure was made (SHA-256 differs); drawing it as it is now"));
        }

        FigureState next = new FigureState(state, view, w, h, sc, st.name(), fs.rigidityView(), ids, FigureState.currentVersion());
        Map<String, String> metadata = next.toMetadata();
        try {
            if (view.equals("composite")) {
                List<JFreeChart> charts = List.of(chart(state, FigureOptions.View.NUMBER_DENSITY, catalogs, st, fs.rigidityView()),
                        chart(state, FigureOptions.View.FILLING_FACTOR, catalogs, st, fs.rigidityView()));
                CompositeExporter.Arrangement arrangement = state.layout() == Layout.STACKED
                        ? CompositeExporter.Arrangement.STACKED : CompositeExporter.Arrangement.SIDE_BY_SIDE;
                CompositeExporter.write(charts, arrangement, target, w, h, sc, metadata);
            } else {
                FigureExporter.write(chart(state, FigureOptions.View.fromKey(view), catalogs, st, fs.rigidityView()), target,
                        w, h, sc, metadata);
            }
        } catch (ExportException e) {
            throw new Cli.CliFailure(e.getMessage());
        }
        err.println("wrote " + target);
        return 0;
    }

    /** A catalogue path as recorded: as given, else next to the figure when only that exists. */
    private static Path resolve(String name, Path figure) {
        Path p = Path.of(name);
        Path dir = figure.toAbsolutePath().getParent();
        if (!p.isAbsolute() && !Files.exists(p) && dir != null && Files.exists(dir.resolve(p))) {
            return dir.resolve(p);
        }
        return p;
    }

    private static JFreeChart chart(ExplorerState state, FigureOptions.View view, List<Catalog> catalogs, FigureStyle style,
                                    Optional<ViewRange> rigidityView) {
        Plane p = view.plane().orElse(Plane.NUMBER_DENSITY);
        Optional<ViewRange> range = view == FigureOptions.View.RIGIDITY ? rigidityView : state.view(p);
        FigureOptions options = new FigureOptions(p, range, state.hiddenEnergyClasses(), state.hiddenCandidates(),
                state.shownElements(), style);
        List<CandidateLayer> boxes = catalogs.isEmpty() ? List.of() : CatalogLayers.on(p, catalogs);
        List<Population> populations = state.populations();
        return view == FigureOptions.View.RIGIDITY ? RigidityChartBuilder.build(state.scenario(), boxes, populations, options)
                : FigureBuilder.build(state.scenario(), boxes, populations, options);
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
