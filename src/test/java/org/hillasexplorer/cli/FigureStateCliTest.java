package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import javax.imageio.ImageIO;
import org.hillasexplorer.export.CompositeExporter;
import org.hillasexplorer.figure.FigureBuilder;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.FigureOptions.Element;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Species;
import org.hillasexplorer.physics.TabulatedPopulation;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.FigureState;
import org.hillasexplorer.session.Layout;
import org.hillasexplorer.session.RenderCommandLine;
import org.hillasexplorer.session.ScenarioFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Figures that restore themselves (every render embeds its state; render --from) and "copy as command". */
class FigureStateCliTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Splits a POSIX shell command line: blanks, single and double quotes, backslashes and a trailing # comment. */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                if (w != null) {
                    words.add(w.toString());
                    w = null;
                }
            } else if (c == '#' && w == null) {
                break;
            } else {
                if (w == null) {
                    w = new StringBuilder();
                }
                if (c == '\'') {
                    int end = line.indexOf('\'', i + 1);
                    w.append(line, i + 1, end);
                    i = end;
                } else if (c == '"') {
                    for (i++; line.charAt(i) != '"'; i++) {
                        if (line.charAt(i) == '\\' && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                            i++;
                        }
                        w.append(line.charAt(i));
                    }
                } else if (c == '\\') {
                    w.append(line.charAt(++i));
                } else {
                    w.append(c);
                }
            }
        }
        if (w != null) {
            words.add(w.toString());
        }
        return words;
    }

    /** Runs a copied command: checks its prefix, drops it and runs the rest through the CLI. */
    private Result runCommand(String command) {
        List<String> words = split(command);
        assertThat(String.join(" ", words.subList(0, 4))).isEqualTo("java -jar hillas-explorer.jar render");
        return run(words.subList(3, words.size()).toArray(String[]::new));
    }

    private Path catalogCopy() throws Exception {
        Path c = dir.resolve("my sim's catalogue.csv"); // blanks and a quote: the command must quote it
        Files.copy(Path.of("examples/my-simulation.csv"), c);
        return c;
    }

    @Test
    void copiedCommandsReproduceTheirStateExactly() throws Exception {
        Path catalog = catalogCopy();
        ExplorerState ns = ExplorerState.defaults().withLayout(Layout.NUMBER_DENSITY_ONLY);
        ExplorerState fv = ExplorerState.defaults()
                .withScenario(Scenario.defaults().with(Parameters.DELTA_S, 0.7).with(Parameters.B_MICROGAUSS, 10)
                        .with(Parameters.NU0_PER_S, 3e-10).with(Parameters.DIMENSIONALITY, 2).with(Parameters.ASPECT, 10)
                        .with(Parameters.N_ISM_PER_CM3, 0.1)
                        .withEnergyClasses(List.of(new EnergyClass("low", 0.1, 1), new EnergyClass("high", 1e3, 1.234567e4)))
                        .withSpecies(Species.of(2, 4)))
                .withView(Plane.FILLING_FACTOR, new ViewRange(-2.3, 8.1, -9.7, -0.2))
                .withHiddenEnergyClasses(Set.of("low"))
                .withHiddenCandidates(Set.of("gmc", "hii_region"))
                .withShownElements(EnumSet.complementOf(EnumSet.of(Element.LEGEND, Element.TITLE, Element.BAND_LABELS,
                        Element.SECONDARY_AXIS)))
                .withPopulations(List.of(IntermittentModelPopulation.paper(),
                        new PowerLawPopulation("sheets", "my sheets, ℓ_S > r_g", 1e3, 1, 2.5, 0.1, 1e3, 2, 10, OptionalDouble.of(1e-6)),
                        new PowerLawPopulation("blobs", "it's \"quoted\"", 3.5e-2, 0.3, 1.7, 1e-3, 12.5, 0, 1, OptionalDouble.empty())))
                .withCatalogFiles(List.of(catalog.toString()))
                .withLayout(Layout.FILLING_FACTOR_ONLY);
        ExplorerState rigidity = ExplorerState.defaults()
                .withShownElements(EnumSet.complementOf(EnumSet.of(Element.VERDICT_MARKERS, Element.CANDIDATE_BOXES,
                        Element.CANDIDATE_LABELS, Element.HYPOTHETICAL_MODEL)))
                .withPopulations(List.of(new PowerLawPopulation("p", "power law n_s ∝ ℓ_S^−2.5", 1e3, 1, 2.5, 0.1, 1e3, 0, 1,
                        OptionalDouble.empty())));
        ExplorerState labelsOnly = ExplorerState.defaults().withLayout(Layout.NUMBER_DENSITY_ONLY)
                .withShownElements(EnumSet.complementOf(EnumSet.of(Element.CANDIDATE_BOXES, Element.POPULATIONS)))
                .withView(Plane.NUMBER_DENSITY, new ViewRange(-1.234, 7.891, -5.5, 11.25));

        record Case(ExplorerState state, String view, String style, String file) {
        }
        for (Case c : List.of(new Case(ns, "ns", "paper", "ns.png"), new Case(fv, "fv", "dark", "fv figure.png"),
                new Case(rigidity, "rigidity", "presentation", "r.png"), new Case(labelsOnly, "ns", "paper", "l.png"))) {
            Path out = dir.resolve(c.file());
            String command = RenderCommandLine.of(c.state(), c.view(), 320, 240, 1, c.style(), out.toString());
            assertThat(command).as(command).doesNotContain("#");
            Result r = runCommand(command);
            assertThat(r.code()).as(command + "\n" + r.err()).isZero();
            assertThat(ScenarioFile.fromFigure(out)).as(command).isEqualTo(c.state());
            FigureState fs = FigureState.read(out);
            assertThat(fs.view()).isEqualTo(c.view());
            assertThat(fs.style()).isEqualTo(c.style());
            assertThat(List.of(fs.width(), fs.height())).containsExactly(320, 240);
            assertThat(RenderCommandLine.of(fs, out.toString())).isEqualTo(command); // and back to the same command
        }
    }

    @Test
    void theRigidityRangeRoundTripsThroughTheCommand() {
        Path out = dir.resolve("r.png");
        FigureState fs = new FigureState(ExplorerState.defaults(), "rigidity", 300, 200, 1, "paper",
                Optional.of(new ViewRange(-2.5, 4.75, -3.1, 5.3)), List.of(), "x");
        String command = RenderCommandLine.of(fs, out.toString());
        assertThat(command).contains("--r-range").doesNotContain("--ls-range");
        assertThat(runCommand(command).code()).isZero();
        assertThat(FigureState.read(out).rigidityView()).isEqualTo(fs.rigidityView());
    }

    @Test
    void whatTheCommandCannotSayIsNamedInAComment() {
        ExplorerState s = ExplorerState.defaults().withPopulations(List.of(
                new PowerLawPopulation("odd", "a, b=c", 1, 1, 2, 0.1, 10, 0, 1, OptionalDouble.empty()),
                new TabulatedPopulation("sim", "simulation", Plane.FILLING_FACTOR, List.of(0.1, 1.0), List.of(1e-3, 1e-4), 0, 1,
                        OptionalDouble.empty())));
        String command = RenderCommandLine.of(s, "fv", 1000, 720, 2, "paper", "out.svg");
        assertThat(command).startsWith("java -jar hillas-explorer.jar render --plane fv ")
                .endsWith("--width 1000 --height 720 --out out.svg  # not in this command: power law 'odd' (its id or label "
                        + "cannot be written in --population); tabulated population 'sim' (save its points as CSV and add "
                        + "--curve FILE)")
                .doesNotContain("--scale");
        assertThat(RenderCommandLine.quote("it's")).isEqualTo("'it'\\''s'");
        assertThat(split(RenderCommandLine.quote("it's $HOME \"x\""))).containsExactly("it's $HOME \"x\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "svg", "pdf"})
    void everyRenderEmbedsWhatItDrew(String ext) throws Exception {
        Path catalog = catalogCopy();
        Path out = dir.resolve("fig." + ext);
        Result r = run("render", "--plane", "ns", "--delta", "0.8", "--hide", "TeV", "--hide-candidate", "x1", "--no-title",
                "--ls-range", "1e-3..1e9", "--model", "--population", "power:n0=1e3,l0=1au,alpha=2.5,min=0.1au,max=1e3au",
                "--catalog", catalog.toString(), "--style", "presentation", "--width", "500", "--height", "400", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        FigureState fs = FigureState.read(out);
        ExplorerState s = fs.state();
        assertThat(s.scenario().deltaS()).isEqualTo(0.8);
        assertThat(s.hiddenEnergyClasses()).containsExactly("TeV");
        assertThat(s.hiddenCandidates()).containsExactly("x1");
        assertThat(s.shows(Element.TITLE)).isFalse();
        assertThat(s.view(Plane.NUMBER_DENSITY)).get().extracting(ViewRange::log10XMin, ViewRange::log10XMax).containsExactly(-3.0, 9.0);
        assertThat(s.populations()).hasSize(2);
        assertThat(s.catalogFiles()).containsExactly(catalog.toString());
        assertThat(s.layout()).isEqualTo(Layout.NUMBER_DENSITY_ONLY);
        assertThat(fs.style()).isEqualTo("presentation");
        assertThat(fs.catalogs()).singleElement().satisfies(c -> {
            assertThat(c.builtin()).isFalse();
            assertThat(c.name()).isEqualTo(catalog.toString());
        });
        assertThat(fs.appVersion()).isEqualTo(FigureState.currentVersion());
    }

    @Test
    void renderFromRedrawsAFigureWithOverrides() throws Exception {
        Path first = dir.resolve("first.png");
        assertThat(run("render", "--plane", "fv", "--b-ug", "30", "--no-legend", "--width", "400", "--height", "300",
                "--scale", "1", "--out", first.toString()).code()).isZero();
        Path second = dir.resolve("second.svg");
        Result r = run("render", "--from", first.toString(), "--out", second.toString(), "--width", "600");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("wrote " + second);
        assertThat(ScenarioFile.fromFigure(second)).isEqualTo(ScenarioFile.fromFigure(first));
        FigureState fs = FigureState.read(second);
        assertThat(fs.view()).isEqualTo("fv");
        assertThat(List.of(fs.width(), fs.height())).containsExactly(600, 300);
        assertThat(fs.catalogs()).singleElement().satisfies(c -> assertThat(c.builtin()).isTrue());
        assertThat(Files.readString(second).contains("width='600.0'")).isTrue();

        // in place, on another plane
        Result again = run("render", "--from", first.toString(), "--plane", "rigidity");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(FigureState.read(first).view()).isEqualTo("rigidity");
        BufferedImage img = ImageIO.read(first.toFile());
        assertThat(img.getWidth()).isEqualTo(400);
    }

    @Test
    void renderFromRedrawsAComposite() throws Exception {
        Path both = dir.resolve("both.png");
        ExplorerState state = ExplorerState.defaults().withLayout(Layout.STACKED);
        CompositeExporter.write(List.of(FigureBuilder.build(Scenario.defaults(), List.of(), FigureOptions.defaults(Plane.NUMBER_DENSITY)),
                        FigureBuilder.build(Scenario.defaults(), List.of(), FigureOptions.defaults(Plane.FILLING_FACTOR))),
                CompositeExporter.Arrangement.STACKED, both, 300, 200, 1, FigureState.metadata(state, "composite", 300, 200, 1,
                        "paper", List.of(FigureState.CatalogIdentity.ofBuiltin())));
        Path out = dir.resolve("again.png");
        Result r = run("render", "--from", both.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(List.of(img.getWidth(), img.getHeight())).containsExactly(300, 400);
        assertThat(ScenarioFile.fromFigure(out)).isEqualTo(state);
    }

    @Test
    void aChangedCatalogueIsReported() throws Exception {
        Path catalog = catalogCopy();
        Path fig = dir.resolve("fig.png");
        assertThat(run("render", "--plane", "ns", "--catalog", catalog.toString(), "--builtin-catalog", "--width", "300",
                "--height", "200", "--out", fig.toString()).code()).isZero();
        assertThat(FigureState.read(fig).catalogs()).hasSize(2);
        Files.writeString(catalog, Files.readString(catalog) + "\n");
        // found beside the figure but changed: not the one the figure was made with, so it is not drawn
        Result r = run("render", "--from", fig.toString(), "--out", dir.resolve("new.png").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: catalogue '" + catalog + "' named by the figure differs from the one the "
                + "figure was made with", "not drawn — pass it with --catalog to use it");
        assertThat(r.err()).doesNotContain("built-in catalogue has changed");
        assertThat(FigureState.read(dir.resolve("new.png")).catalogs()).singleElement().satisfies(c -> assertThat(c.builtin()).isTrue());
        // given with --catalog, it is drawn as it is now, with a warning
        Result given = run("render", "--from", fig.toString(), "--catalog", catalog.toString(), "--out", dir.resolve("new.png").toString());
        assertThat(given.code()).as(given.err()).isZero();
        assertThat(given.err()).contains("warning: catalogue " + catalog + " has changed since the figure was made");
        assertThat(given.err()).doesNotContain("built-in catalogue has changed");
        assertThat(FigureState.read(dir.resolve("new.png")).catalogs()).hasSize(2);
    }

    @Test
    void badOrAbsentStateIsOneLineAndExitOne() throws Exception {
        Path plain = dir.resolve("plain.png");
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", plain.toFile());
        Result r = run("render", "--from", plain.toString(), "--out", dir.resolve("x.png").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("render: cannot read " + plain).contains("no Hillas Explorer state in this figure");
        assertThat(dir.resolve("x.png")).doesNotExist();

        Result missing = run("render", "--from", dir.resolve("nope.pdf").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().lines()).singleElement().asString().contains("no such file");

        Path text = dir.resolve("t.svg");
        Files.writeString(text, "not xml at all");
        assertThat(run("render", "--from", text.toString()).err()).contains("not a PNG, SVG or PDF figure");
    }

    @Test
    void fromTakesOnlyRenderingOverrides() throws Exception {
        Path fig = dir.resolve("fig.png");
        assertThat(run("render", "--plane", "ns", "--width", "300", "--height", "200", "--out", fig.toString()).code()).isZero();
        Result r = run("render", "--from", fig.toString(), "--delta", "0.3");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--delta: cannot be combined with --from");
        Result noPlane = run("render", "--out", dir.resolve("y.png").toString());
        assertThat(noPlane.code()).isEqualTo(2);
        assertThat(noPlane.err()).contains("Missing required option: '--plane=ns|fv|rigidity'");
        Result badElement = run("render", "--plane", "ns", "--hide-element", "sky", "--out", dir.resolve("z.png").toString());
        assertThat(badElement.code()).isEqualTo(2);
        assertThat(badElement.err()).contains("--hide-element: 'sky' is not one of candidate-boxes");
    }
}
