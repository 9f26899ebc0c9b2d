package org.hillasexplorer.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.hillasexplorer.export.CompositeExporter;
import org.hillasexplorer.export.FigureExporter;
import org.hillasexplorer.export.FigureMetadata;
import org.hillasexplorer.figure.FigureBuilder;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.TabulatedPopulation;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The provenance block of figures: written, read back, and refused clearly when damaged. */
class FigureStateTest {
    @TempDir
    Path dir;

    static ExplorerState richState() {
        return ExplorerState.defaults()
                .withScenario(Scenario.defaults().with(org.hillasexplorer.physics.Parameters.DELTA_S, 0.3))
                .withView(Plane.NUMBER_DENSITY, new ViewRange(-3.5, 9.5, -13.5, 17))
                .withHiddenEnergyClasses(Set.of("MeV"))
                .withHiddenCandidates(Set.of("gmc"))
                .withLayout(Layout.STACKED)
                .withPopulations(List.of(IntermittentModelPopulation.paper(),
                        new PowerLawPopulation("sheets", "my sheets", 1e3, 1, 2.5, 0.1, 1e3, 2, 10, OptionalDouble.of(1e-6)),
                        new TabulatedPopulation("sim", "simulation", Plane.FILLING_FACTOR, List.of(0.1, 1.0), List.of(1e-3, 1e-4),
                                0, 1, OptionalDouble.empty())))
                .withCatalogFiles(List.of("/home/me/sim.csv"));
    }

    private static JFreeChart chart(Plane p) {
        return FigureBuilder.build(Scenario.defaults(), List.of(), FigureOptions.defaults(p));
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "svg", "pdf"})
    void stateRoundTripsThroughEveryFormat(String ext) throws Exception {
        ExplorerState state = richState();
        FigureState.CatalogIdentity builtin = FigureState.CatalogIdentity.ofBuiltin();
        Map<String, String> md = FigureState.metadata(state, "ns", 500, 400, 2, "dark", List.of(builtin));
        Path f = dir.resolve("fig." + ext);
        FigureExporter.write(chart(Plane.NUMBER_DENSITY), f, 500, 400, 1, md);
        assertThat(ScenarioFile.fromFigure(f)).isEqualTo(state);
        FigureState fs = FigureState.read(f);
        assertThat(fs.view()).isEqualTo("ns");
        assertThat(fs.width()).isEqualTo(500);
        assertThat(fs.height()).isEqualTo(400);
        assertThat(fs.scale()).isEqualTo(2);
        assertThat(fs.style()).isEqualTo("dark");
        assertThat(fs.catalogs()).containsExactly(builtin);
        assertThat(fs.appVersion()).isEqualTo(FigureState.currentVersion());
        assertThat(builtin.builtin()).isTrue();
        assertThat(builtin.sha256()).hasSize(64);
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "svg", "pdf"})
    void compositeFiguresCarryTheStateToo(String ext) throws Exception {
        ExplorerState state = richState();
        Path f = dir.resolve("both." + ext);
        CompositeExporter.write(List.of(chart(Plane.NUMBER_DENSITY), chart(Plane.FILLING_FACTOR)),
                CompositeExporter.Arrangement.SIDE_BY_SIDE, f, 300, 200, 1,
                FigureState.metadata(state, "composite", 300, 200, 1, "paper", List.of()));
        assertThat(ScenarioFile.fromFigure(f)).isEqualTo(state);
        assertThat(FigureState.read(f).view()).isEqualTo("composite");
    }

    @Test
    void theFullBlockRoundTripsInMemory() {
        FigureState fs = new FigureState(richState(), "rigidity", 640, 480, 1.5, "presentation",
                Optional.of(new ViewRange(-3, 5, -4, 6)), List.of(new FigureState.CatalogIdentity("a.csv", false, "0".repeat(64))),
                "9.9");
        assertThat(FigureState.fromMetadata(fs.toMetadata(), "x")).isEqualTo(fs);
    }

    @Test
    void catalogueFilesAreIdentifiedByChecksum() throws Exception {
        Path c = dir.resolve("c.csv");
        Files.writeString(c, "abc");
        FigureState.CatalogIdentity id = FigureState.CatalogIdentity.ofFile(c);
        assertThat(id.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(id.name()).isEqualTo(c.toString());
        assertThatThrownBy(() -> FigureState.CatalogIdentity.ofFile(dir.resolve("nope.csv")))
                .isInstanceOf(ScenarioFileException.class).hasMessageContaining("nope.csv");
    }

    // ---------------------------------------------------------------------------------------- damaged blocks

    private Map<String, String> good() {
        return new LinkedHashMap<>(FigureState.metadata(richState(), "fv", 500, 400, 2, "paper", List.of()));
    }

    private Path png(Map<String, String> md) throws Exception {
        Path f = dir.resolve("fig-" + System.nanoTime() + ".png");
        FigureExporter.write(chart(Plane.FILLING_FACTOR), f, 200, 150, 1, md);
        return f;
    }

    @Test
    void handEditedBadValueNamesTheField() throws Exception {
        Map<String, String> md = good();
        md.put(FigureMetadata.STATE_KEY, md.get(FigureMetadata.STATE_KEY).replace("\"delta\": 0.3", "\"delta\": 7"));
        Path f = png(md);
        assertThatThrownBy(() -> ScenarioFile.fromFigure(f)).isInstanceOf(ScenarioFileException.class)
                .hasMessage(f + ": hillas-explorer-state: scenario.delta: δ_s = 7 is outside [0, 1.5]");
    }

    @Test
    void truncatedJsonIsNotJson() throws Exception {
        Map<String, String> md = good();
        String json = md.get(FigureMetadata.STATE_KEY);
        md.put(FigureMetadata.STATE_KEY, json.substring(0, json.length() / 2));
        Path f = png(md);
        assertThatThrownBy(() -> ScenarioFile.fromFigure(f)).isInstanceOf(ScenarioFileException.class)
                .hasMessageStartingWith(f + ": hillas-explorer-state: not JSON");
    }

    @Test
    void wrongFormatIsRefused() throws Exception {
        Map<String, String> md = good();
        md.put(FigureMetadata.STATE_KEY, "{\"format\": \"something-else\", \"version\": 1}");
        Path f = png(md);
        assertThatThrownBy(() -> ScenarioFile.fromFigure(f)).isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("\"format\" must be \"hillas-explorer-scenario\"");
    }

    @Test
    void damagedSideBlocksNameKeyAndField() {
        Map<String, String> md = good();
        md.put(FigureMetadata.VIEW_KEY, "sideways");
        assertThatThrownBy(() -> FigureState.fromMetadata(md, "f.png")).isInstanceOf(ScenarioFileException.class)
                .hasMessage("f.png: hillas-explorer-view: 'sideways' is not one of ns, fv, rigidity, composite");
        Map<String, String> md2 = good();
        md2.put(FigureMetadata.RENDER_KEY, md2.get(FigureMetadata.RENDER_KEY).replace("\"width\":500", "\"width\":5.5"));
        assertThatThrownBy(() -> FigureState.fromMetadata(md2, "f.png")).hasMessage(
                "f.png: hillas-explorer-render: width: 5.5 must be a whole number in [16, 20000]");
        Map<String, String> md3 = good();
        md3.put(FigureMetadata.CATALOGS_KEY, "[{\"name\": \"x.csv\", \"builtin\": false, \"sha256\": \"abc\"}]");
        assertThatThrownBy(() -> FigureState.fromMetadata(md3, "f.png")).hasMessage(
                "f.png: hillas-explorer-catalogs: [0].sha256: must be a SHA-256 checksum (64 lower-case hex digits)");
        Map<String, String> md4 = good();
        md4.put(FigureMetadata.RENDER_KEY, "{\"format\": \"hillas-explorer-render\", \"version\": 1, \"colour\": 3}");
        assertThatThrownBy(() -> FigureState.fromMetadata(md4, "f.png")).hasMessageContaining("unknown key \"colour\"");
        Map<String, String> md5 = good();
        md5.put(FigureMetadata.CATALOGS_KEY, "[{");
        assertThatThrownBy(() -> FigureState.fromMetadata(md5, "f.png")).hasMessageStartingWith("f.png: hillas-explorer-catalogs: not JSON");
    }

    @Test
    void aFigureWithoutStateOrNotAFigureSaysSo() throws Exception {
        Path plain = dir.resolve("plain.png");
        FigureExporter.write(chart(Plane.FILLING_FACTOR), plain, 200, 150, 1);
        assertThatThrownBy(() -> ScenarioFile.fromFigure(plain)).isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("no Hillas Explorer state in this figure");
        Path other = png(Map.of(FigureMetadata.VERSION_KEY, "1")); // our keys but no state
        assertThatThrownBy(() -> ScenarioFile.fromFigure(other)).isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("no Hillas Explorer state in this figure");
        Path text = dir.resolve("scenario.json");
        Files.writeString(text, ScenarioFile.toJson(richState()));
        assertThatThrownBy(() -> ScenarioFile.fromFigure(text)).isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("not a PNG, SVG or PDF figure");
        assertThatThrownBy(() -> ScenarioFile.fromFigure(dir.resolve("missing.svg"))).isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("no such file");
    }

    @Test
    void garbageNeverEscapesAsAnotherException() throws Exception {
        java.util.Random r = new java.util.Random(42);
        Path base = png(good());
        byte[] bytes = Files.readAllBytes(base);
        for (int i = 0; i < 60; i++) {
            byte[] b = bytes.clone();
            for (int k = 0; k < 1 + r.nextInt(20); k++) {
                b[8 + r.nextInt(b.length - 8)] ^= (byte) (1 + r.nextInt(255));
            }
            Path f = dir.resolve("flip-" + i + ".png");
            Files.write(f, b);
            try {
                ScenarioFile.fromFigure(f);
            } catch (ScenarioFileException expected) {
                assertThat(expected.getMessage()).contains(f.toString());
            }
        }
    }
}
