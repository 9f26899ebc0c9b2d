package org.hillasexplorer.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;
import org.hillasexplorer.figure.FigureOptions.Element;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Species;
import org.hillasexplorer.physics.TabulatedPopulation;
import org.hillasexplorer.physics.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The scenario file: its shape, a round trip through disk, and every way reading it refuses bad input. */
class ScenarioFileTest {
    @TempDir
    Path dir;

    /** A minimal valid file with {@code extra} spliced in as further top-level members. */
    private static String file(String extra) {
        return "{\"format\": \"hillas-explorer-scenario\", \"version\": 1" + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    private static String scenario(String members) {
        return file("\"scenario\": {" + members + "}");
    }

    /** A minimal valid file whose {@code candidates.populations} holds {@code members}. */
    private static String populations(String members) {
        return file("\"candidates\": {\"populations\": [" + members + "]}");
    }

    /** A power law {@code s} with {@code extra} members added (or, when a key repeats, see {@link #powerLawWithout}). */
    private static String powerLaw(String extra) {
        return "{\"type\": \"power-law\", \"id\": \"s\", \"n0\": \"1e3 pc^-3\", \"alpha_n\": 2.5, \"min\": \"0.1 au\", "
                + "\"max\": \"1000 au\"" + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    /** A power law {@code s} without the member {@code key}, with {@code extra} added. */
    private static String powerLawWithout(String key, String extra) {
        String base = powerLaw(extra);
        return base.replaceFirst(", \"" + key + "\": (\"[^\"]*\"|[^,}]*)", "").replaceFirst("\"" + key + "\": (\"[^\"]*\"|[^,}]*), ", "");
    }

    /** A table {@code sim} on {@code plane} with these points and {@code extra} members. */
    private static String table(String plane, String points, String extra) {
        return "{\"type\": \"tabulated\", \"id\": \"sim\", \"plane\": \"" + plane + "\", \"points\": " + points
                + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    /** One population of each kind, a sheet power law with ν_s, a table on each plane and the paper's model. */
    static List<Population> everyKindOfPopulation() {
        return List.of(
                new PowerLawPopulation("my-sheets", "my sheets", 1e3, 1, 2.5, 0.1, 1000, 2, 10, OptionalDouble.of(1e-6)),
                new TabulatedPopulation("sim", "simulation", Plane.NUMBER_DENSITY, List.of(0.1, 1.0), List.of(1e12, 1e9), 0, 1,
                        OptionalDouble.empty()),
                new TabulatedPopulation("fv-table", "f_V table", Plane.FILLING_FACTOR, List.of(1e-3, 2.5e2, 7e5),
                        List.of(1e-9, 3.3e-4, 1.0), 1, 300, OptionalDouble.of(2.5e-11)),
                IntermittentModelPopulation.paper());
    }

    @Test
    void defaultsLookLikeTheDocumentedExample() {
        String json = ScenarioFile.toJson(ExplorerState.defaults());
        assertThat(json)
                .startsWith("{\n  \"format\": \"hillas-explorer-scenario\",\n  \"version\": 1,")
                .contains("\"delta\": 0.5", "\"b-ug\": 3.0", "\"nu0\": 1.0E-9", "\"dim\": 0", "\"aspect\": 1.0", "\"n-ism\": 1.0")
                .contains("\"label\": \"MeV\"", "\"min\": \"1 MeV\"", "\"max\": \"10 MeV\"", "\"max\": \"10 TeV\"")
                .contains("\"z\": 1", "\"a\": 1", "\"layout\": \"side-by-side\"")
                .contains("\"candidate-boxes\"", "\"secondary-axis\"")
                .doesNotContain("\r", "\"ns\"")
                .endsWith("}\n");
        assertThat(ScenarioFile.fromJson(json, "x.json")).isEqualTo(ExplorerState.defaults());
    }

    @Test
    void everyScenarioKeyComesFromTheParameterDefinitions() {
        String json = ScenarioFile.toJson(ExplorerState.defaults());
        Parameters.SCENARIO.forEach(p -> assertThat(json).contains("\"" + p.key() + "\":"));
    }

    @Test
    void aCustomisedStateSurvivesAWriteAndARead() {
        Scenario s = Scenario.defaults().with(Parameters.DELTA_S, 0.33).with(Parameters.DIMENSIONALITY, 1)
                .with(Parameters.ASPECT, 30)
                .withSpecies(Species.HELIUM)
                .withEnergyClasses(List.of(new EnergyClass("low", 2.5e-4, 1.234567e-2), new EnergyClass("PeV knee", 1e6, 1e7)));
        ExplorerState state = ExplorerState.defaults().withScenario(s)
                .withView(Plane.NUMBER_DENSITY, new ViewRange(-3.5, 9.5, -13.5, 17))
                .withView(Plane.FILLING_FACTOR, new ViewRange(-2, 8, -12, 0))
                .withHiddenEnergyClasses(Set.of("low"))
                .withHiddenCandidates(Set.of("gmc", "hii-regions"))
                .withShownElements(EnumSet.of(Element.LEGEND, Element.TITLE))
                .withLayout(Layout.STACKED);
        Path f = dir.resolve("saved.json");
        ScenarioFile.write(state, f);
        assertThat(ScenarioFile.read(f)).isEqualTo(state);
        assertThat(ScenarioFile.read(f).views()).containsKeys(Plane.NUMBER_DENSITY, Plane.FILLING_FACTOR);
    }

    @Test
    void populationsAndCatalogueFilesSurviveAWriteAndARead() {
        ExplorerState state = ExplorerState.defaults().withPopulations(everyKindOfPopulation())
                .withCatalogFiles(List.of("/home/me/sim.csv", "relative/ü b.ecsv", "/home/me/sim.csv"));
        String json = ScenarioFile.toJson(state);
        assertThat(json).contains("\"candidates\": {", "\"type\": \"power-law\"", "\"type\": \"tabulated\"",
                "\"type\": \"intermittent-model\"", "\"n0\": \"1000 pc^-3\"", "\"l0\": \"1 au\"", "\"min\": \"0.1 au\"",
                "\"max\": \"1000 au\"", "\"alpha_n\": 2.5", "\"dim\": 2", "\"nu_s\": 1.0E-6", "\"plane\": \"ns\"",
                "\"plane\": \"fv\"", "\"id\": \"intermittent_model\"", "\"catalog_files\": [");
        assertThat(json.indexOf("\"id\": \"my-sheets\"")).isLessThan(json.indexOf("\"id\": \"sim\""));
        Path f = dir.resolve("pops.json");
        ScenarioFile.write(state, f);
        ExplorerState read = ScenarioFile.read(f);
        assertThat(read).isEqualTo(state);
        assertThat(read.populations()).containsExactlyElementsOf(everyKindOfPopulation());
        assertThat(read.catalogFiles()).containsExactly("/home/me/sim.csv", "relative/ü b.ecsv", "/home/me/sim.csv");
    }

    @Test
    void withoutPopulationsOrCatalogueFilesNoCandidatesSectionIsWritten() {
        // so that such files stay readable by the version before populations existed
        assertThat(ScenarioFile.toJson(ExplorerState.defaults())).doesNotContain("\"candidates\"", "catalog_files");
        assertThat(ScenarioFile.toJson(ExplorerState.defaults().withCatalogFiles(List.of("a.csv"))))
                .contains("\"candidates\"", "\"populations\": [ ]", "\"catalog_files\": [ \"a.csv\" ]");
    }

    @Test
    void aFileOfTheFormatBeforePopulationsStillReads() {
        String old = """
                {
                  "format": "hillas-explorer-scenario",
                  "version": 1,
                  "scenario": {
                    "delta": 0.3, "b-ug": 5.0, "nu0": 1.0E-9, "dim": 1, "aspect": 10.0, "n-ism": 1.0,
                    "species": {"z": 1, "a": 1},
                    "classes": [{"label": "GeV", "min": "1 GeV", "max": "10 GeV"}]
                  },
                  "view": {"layout": "stacked", "ns": {"log10_ls_au": [-3.5, 9.5], "log10_value": [-13.5, 17]}},
                  "visible": {
                    "hidden_classes": ["GeV"],
                    "hidden_candidates": ["gmc"],
                    "elements": ["candidate-boxes", "candidate-labels", "band-labels", "hypothetical-model", "legend", "title",
                                 "secondary-axis"]
                  }
                }
                """;
        ExplorerState s = ScenarioFile.fromJson(old, "old.json");
        assertThat(s.scenario().deltaS()).isEqualTo(0.3);
        assertThat(s.layout()).isEqualTo(Layout.STACKED);
        assertThat(s.hiddenCandidates()).containsExactly("gmc");
        assertThat(s.shownElements()).doesNotContain(Element.VERDICT_MARKERS, Element.POPULATIONS).hasSize(7);
        assertThat(s.populations()).isEmpty();
        assertThat(s.catalogFiles()).isEmpty();
    }

    @Test
    void elementKeysComeFromTheEnumAndAllRoundTrip() {
        assertThat(ScenarioFile.elementKeys()).containsExactly("candidate-boxes", "candidate-labels", "band-labels",
                "hypothetical-model", "legend", "title", "secondary-axis", "verdict-markers", "populations", "citations");
        for (Element e : Element.values()) {
            ExplorerState s = ExplorerState.defaults().withShownElements(Set.of(e));
            assertThat(ScenarioFile.fromJson(ScenarioFile.toJson(s), "e.json")).isEqualTo(s);
        }
        assertThat(ScenarioFile.toJson(ExplorerState.defaults())).contains("\"verdict-markers\"", "\"populations\"");
    }

    @Test
    void populationSizesAndDensitiesAcceptUnitsOrPlainNumbers() {
        ExplorerState s = ScenarioFile.fromJson(populations(
                "{\"type\": \"power-law\", \"id\": \"a\", \"n0\": \"1e-52 cm^-3\", \"l0\": \"2 pc\", \"alpha_n\": 3,"
                        + " \"min\": \"3e13 cm\", \"max\": \"0.5kpc\"},"
                        + "{\"type\": \"power-law\", \"id\": \"b\", \"n0\": 1000, \"alpha_n\": -1, \"min\": 0.1, \"max\": \"10\"},"
                        + "{\"type\": \"power-law\", \"id\": \"c\", \"n0\": \"7 pc-3\", \"alpha_n\": 0, \"min\": \" 1 AU \", \"max\": \"2 au\"},"
                        + table("ns", "[[\"1 pc\", \"1e-60 cm-3\"], [1e6, 3]]", "") + ","
                        + "{\"type\": \"intermittent-model\"}"), "u.json");
        double pcCm3 = Units.PC_CM * Units.PC_CM * Units.PC_CM;
        PowerLawPopulation a = (PowerLawPopulation) s.populations().get(0);
        assertThat(a.n0PerPc3()).isEqualTo(1e-52 * pcCm3);
        assertThat(a.referenceSizeAu()).isEqualTo(Units.pcToAu(2));
        assertThat(a.minShortAxisAu()).isEqualTo(3e13 / Units.AU_CM);
        assertThat(a.maxShortAxisAu()).isEqualTo(0.5 * Units.pcToAu(1e3));
        // plain numbers are au and pc⁻³; l0, label, dim, aspect and ν_s take their defaults
        assertThat(s.populations().get(1)).isEqualTo(new PowerLawPopulation("b", "b", 1000, 1, -1, 0.1, 10, 0, 1, OptionalDouble.empty()));
        assertThat(s.populations().get(2)).isEqualTo(PowerLawPopulation.spheres("c", "c", 7, 1, 0, 1, 2));
        TabulatedPopulation t = (TabulatedPopulation) s.populations().get(3);
        assertThat(t.shortAxisAu()).containsExactly(Units.pcToAu(1), 1e6);
        assertThat(t.values()).containsExactly(1e-60 * pcCm3, 3.0);
        assertThat(t.label()).isEqualTo("sim");
        assertThat(s.populations().get(4)).isEqualTo(IntermittentModelPopulation.paper());
    }

    @Test
    void missingOptionalFieldsTakeTheirDefaults() {
        assertThat(ScenarioFile.fromJson(file(""), "min.json")).isEqualTo(ExplorerState.defaults());
        ExplorerState s = ScenarioFile.fromJson(scenario("\"delta\": 0.7"), "s.json");
        assertThat(s.scenario()).isEqualTo(Scenario.defaults().with(Parameters.DELTA_S, 0.7));
        assertThat(s.layout()).isEqualTo(Layout.SIDE_BY_SIDE);
        assertThat(s.shownElements()).isEqualTo(EnumSet.complementOf(EnumSet.of(Element.CITATIONS)));
    }

    @Test
    void energiesMayBePlainNumbersOfGeVAndAnyUnit() {
        ExplorerState s = ScenarioFile.fromJson(scenario(
                "\"classes\": [{\"label\": \"A\", \"min\": 1, \"max\": \"10GeV\"}, {\"label\": \"B\", \"min\": \"500 keV\", \"max\": 0.002}]"),
                "e.json");
        assertThat(s.scenario().energyClasses()).containsExactly(new EnergyClass("A", 1, 10), new EnergyClass("B", 5e-4, 2e-3));
    }

    @Test
    void oddEnergiesAreWrittenExactly() {
        for (double e : new double[] {1e-6, 1.0 / 3, 2.5e-4, 1.2345678901234e-2, 0.1 + 0.2, 9999999.999, 1e7}) {
            assertThat(org.hillasexplorer.physics.Units.parseEnergyGeV(ScenarioFile.energyText(e))).as("%s", e).isEqualTo(e);
        }
        assertThat(ScenarioFile.energyText(0.01)).isEqualTo("10 MeV");
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of(scenario("\"delta\": 2"), "saved.json: scenario.delta: δ_s = 2 is outside [0, 1.5]"),
                Arguments.of(scenario("\"b-ug\": 0"), "saved.json: scenario.b-ug: B = 0 μG is outside [0.01, 1000] μG"),
                Arguments.of(scenario("\"dim\": 1.5"), "saved.json: scenario.dim: D = 1.5 must be a whole number in [0, 2]"),
                Arguments.of(scenario("\"delta\": \"0.5\""), "saved.json: scenario.delta: must be a number, not a string (\"0.5\")"),
                Arguments.of(scenario("\"nu0\": null"), "saved.json: scenario.nu0: must be a number, not null"),
                Arguments.of(scenario("\"delta\": 1e400"), "saved.json: scenario.delta: must be a finite number; this one is too large for a double"),
                Arguments.of(scenario("\"delat\": 0.5"),
                        "saved.json: scenario: unknown key \"delat\"; allowed: delta, b-ug, nu0, dim, aspect, n-ism, species, classes"),
                Arguments.of(file("\"scenaro\": {}"),
                        "saved.json: unknown key \"scenaro\" at the top level; allowed: format, version, scenario, view, visible, candidates"),
                Arguments.of(file("\"scenario\": []"), "saved.json: scenario: must be an object {…}, not an array"),
                Arguments.of(scenario("\"species\": {\"z\": 2, \"a\": 1}"), "saved.json: scenario.species: A = 1 must be at least Z = 2"),
                Arguments.of(scenario("\"species\": {\"z\": 93}"), "saved.json: scenario.species.z: Z = 93 is outside [1, 92]"),
                // Z and A bind as JSON values (so that they are written as integers) and keep the messages of typed numbers
                Arguments.of(scenario("\"species\": {\"z\": \"2\"}"), "saved.json: scenario.species.z: must be a number, not a string (\"2\")"),
                Arguments.of(scenario("\"species\": {\"a\": true}"), "saved.json: scenario.species.a: must be a number, not true/false (true)"),
                Arguments.of(scenario("\"species\": {\"z\": null}"), "saved.json: scenario.species.z: must be a number, not null"),
                Arguments.of(scenario("\"species\": {\"a\": [4]}"), "saved.json: scenario.species.a: must be a number, not an array"),
                Arguments.of(scenario("\"species\": {\"z\": 1e400}"),
                        "saved.json: scenario.species.z: must be a finite number; this one is too large for a double"),
                Arguments.of(scenario("\"species\": {\"z\": 2.5}"), "saved.json: scenario.species.z: Z = 2.5 must be a whole number in [1, 92]"),
                Arguments.of(scenario("\"species\": {\"z\": 1, \"A\": 1}"),
                        "saved.json: scenario.species: unknown key \"A\"; allowed: z, a"),
                Arguments.of(scenario("\"classes\": []"), "saved.json: scenario.classes: 0 classes given, 1 to 8 allowed"),
                Arguments.of(scenario("\"classes\": \"GeV=1GeV..10GeV\""),
                        "saved.json: scenario.classes: must be an array […], not a string (\"GeV=1GeV..10GeV\")"),
                Arguments.of(scenario("\"classes\": [{\"label\": \"a\", \"min\": \"1 GeV\", \"max\": \"10 GeV\"},"
                                + " {\"label\": \"b\", \"min\": \"ten GeV\", \"max\": \"10 GeV\"}]"),
                        "saved.json: scenario.classes[1].min: energy 'ten GeV' is not a number with a unit (e.g. 1GeV, 10 MeV)"),
                Arguments.of(scenario("\"classes\": [{\"label\": \"a\", \"min\": \"1 GeV\", \"max\": \"10 GeeV\"}]"),
                        "saved.json: scenario.classes[0].max: energy '10 GeeV' has unknown unit 'GeeV'"),
                Arguments.of(scenario("\"classes\": [{\"label\": \"a\", \"min\": \"1 eV\", \"max\": \"10 GeV\"}]"),
                        "saved.json: scenario.classes[0].min: T = 1e-9 GeV is outside [1e-6, 1e7] GeV"),
                Arguments.of(scenario("\"classes\": [{\"label\": \"a\", \"min\": \"10 GeV\", \"max\": \"1 GeV\"}]"),
                        "saved.json: scenario.classes[0]: class a: T_lo = 10 GeV must be below T_hi = 1 GeV"),
                Arguments.of(scenario("\"classes\": [{\"label\": \"a\", \"min\": true, \"max\": \"1 GeV\"}]"),
                        "saved.json: scenario.classes[0].min: must be an energy with a unit such as \"10 MeV\" (or a number of GeV), not true/false (true)"),
                Arguments.of(scenario("\"classes\": [{\"label\": \"a/b\", \"min\": \"1 GeV\", \"max\": \"10 GeV\"}]"),
                        "saved.json: scenario.classes[0].label: energy-class label 'a/b' must be 1–32 letters, digits, spaces or _.+-"),
                Arguments.of(scenario("\"classes\": [{\"label\": \"a\", \"min\": \"1 GeV\", \"max\": \"10 GeV\"},"
                                + " {\"label\": \"a\", \"min\": \"1 TeV\", \"max\": \"10 TeV\"}]"),
                        "saved.json: scenario.classes[1].label: 'a' is used twice; class labels must be distinct"),
                Arguments.of(scenario("\"classes\": [{\"label\": \"a\", \"min\": \"1 GeV\"}]"),
                        "saved.json: scenario.classes[0]: \"max\" is missing; a class needs label, min and max"),
                Arguments.of(scenario("\"classes\": [{\"label\": \"a\", \"min\": \"1 GeV\", \"max\": \"10 GeV\", \"colour\": \"red\"}]"),
                        "saved.json: scenario.classes[0]: unknown key \"colour\"; allowed: label, min, max"),
                Arguments.of(file("\"view\": {\"layout\": \"sideways\"}"),
                        "saved.json: view.layout: 'sideways' is not one of side-by-side, stacked, ns-only, fv-only"),
                Arguments.of(file("\"view\": {\"ns\": {\"log10_ls_au\": [3, -3], \"log10_value\": [0, 1]}}"),
                        "saved.json: view.ns.log10_ls_au: min 3 must be below max -3"),
                Arguments.of(file("\"view\": {\"fv\": {\"log10_ls_au\": [1, 2], \"log10_value\": [-5, -5]}}"),
                        "saved.json: view.fv.log10_value: min -5 must be below max -5"),
                Arguments.of(file("\"view\": {\"fv\": {\"log10_ls_au\": [1, 2, 3], \"log10_value\": [-5, 0]}}"),
                        "saved.json: view.fv.log10_ls_au: must be [min, max] (two numbers, log10), not 3 values"),
                Arguments.of(file("\"view\": {\"fv\": {\"log10_ls_au\": [1, \"2\"], \"log10_value\": [-5, 0]}}"),
                        "saved.json: view.fv.log10_ls_au[1]: must be a number, not a string (\"2\")"),
                Arguments.of(file("\"view\": {\"fv\": {\"log10_ls_au\": [1, 2]}}"),
                        "saved.json: view.fv: \"log10_value\" is missing"),
                Arguments.of(file("\"view\": {\"ns\": {\"log10_ls_au\": [-200, 0], \"log10_value\": [0, 1]}}"),
                        "saved.json: view.ns: log10 x range [-200.0, 0.0] spans more than 120 dex"),
                Arguments.of(file("\"view\": {\"xy\": {}}"),
                        "saved.json: view: unknown key \"xy\"; allowed: layout, ns, fv"),
                Arguments.of(file("\"visible\": {\"elements\": [\"legend\", \"legnd\"]}"),
                        "saved.json: visible.elements[1]: 'legnd' is not one of candidate-boxes, candidate-labels, band-labels, "
                                + "hypothetical-model, legend, title, secondary-axis, verdict-markers, populations"),
                Arguments.of(file("\"visible\": {\"hidden_classes\": [\"GeV\", 3]}"),
                        "saved.json: visible.hidden_classes[1]: must be a string, not a number (3)"),
                Arguments.of(file("\"visible\": {\"hidden\": []}"),
                        "saved.json: visible: unknown key \"hidden\"; allowed: hidden_classes, hidden_candidates, elements"),
                // candidates
                Arguments.of(file("\"candidates\": []"), "saved.json: candidates: must be an object {…}, not an array"),
                Arguments.of(file("\"candidates\": {\"populations\": [], \"catalogs\": []}"),
                        "saved.json: candidates: unknown key \"catalogs\"; allowed: populations, catalog_files"),
                Arguments.of(file("\"candidates\": {\"populations\": {}}"),
                        "saved.json: candidates.populations: must be an array […], not an object"),
                Arguments.of(populations("1"), "saved.json: candidates.populations[0]: must be an object {…}, not a number (1)"),
                Arguments.of(populations("{\"id\": \"x\"}"),
                        "saved.json: candidates.populations[0]: \"type\" is missing; it must be one of power-law, tabulated, intermittent-model"),
                Arguments.of(populations("{\"type\": \"powerlaw\"}"),
                        "saved.json: candidates.populations[0].type: 'powerlaw' is not one of power-law, tabulated, intermittent-model"),
                Arguments.of(populations("{\"type\": 1}"), "saved.json: candidates.populations[0].type: must be a string, not a number (1)"),
                Arguments.of(populations(powerLaw("\"slope\": 2")),
                        "saved.json: candidates.populations[0]: unknown key \"slope\"; allowed: type, id, label, n0, l0, alpha_n, min, max, "
                                + "dim, aspect, nu_s"),
                Arguments.of(populations(powerLawWithout("n0", "")),
                        "saved.json: candidates.populations[0]: \"n0\" is missing; a power-law population needs id, n0, alpha_n, min and "
                                + "max, e.g. {\"type\": \"power-law\""),
                Arguments.of(populations(powerLawWithout("id", "")),
                        "saved.json: candidates.populations[0]: \"id\" is missing; a power-law population needs id, n0, alpha_n"),
                Arguments.of(populations(powerLawWithout("max", "")),
                        "saved.json: candidates.populations[0]: \"max\" is missing; a power-law population needs"),
                Arguments.of(populations(powerLawWithout("id", "\"id\": \" \"")),
                        "saved.json: candidates.populations[0].id: power law: id must not be blank"),
                Arguments.of(populations(powerLawWithout("id", "\"id\": null")),
                        "saved.json: candidates.populations[0].id: must be a string, not null"),
                Arguments.of(populations(powerLaw("\"label\": 3")), "saved.json: candidates.populations[0].label: must be a string, not a number (3)"),
                Arguments.of(populations(powerLawWithout("alpha_n", "\"alpha_n\": 11")),
                        "saved.json: candidates.populations[0].alpha_n: power law s: α_n = 11 is outside [−5, 10]"),
                Arguments.of(populations(powerLawWithout("alpha_n", "\"alpha_n\": \"2.5\"")),
                        "saved.json: candidates.populations[0].alpha_n: must be a number, not a string (\"2.5\")"),
                Arguments.of(populations(powerLawWithout("n0", "\"n0\": \"-1 pc^-3\"")),
                        "saved.json: candidates.populations[0].n0: power law s: n₀ = -1 pc⁻³ is outside (0, ∞)"),
                Arguments.of(populations(powerLawWithout("n0", "\"n0\": 0")),
                        "saved.json: candidates.populations[0].n0: power law s: n₀ = 0 pc⁻³ is outside (0, ∞)"),
                Arguments.of(populations(powerLawWithout("n0", "\"n0\": \"1e3 km^-3\"")),
                        "saved.json: candidates.populations[0].n0: number density '1e3 km^-3' has unknown unit 'km^-3'; use pc^-3 or "
                                + "cm^-3 (or a plain number of pc⁻³)"),
                Arguments.of(populations(powerLawWithout("n0", "\"n0\": [1]")),
                        "saved.json: candidates.populations[0].n0: must be a number density with a unit such as \"1e3 pc^-3\" or "
                                + "\"1e-52 cm^-3\" (or a number of pc⁻³), not an array"),
                Arguments.of(populations(powerLawWithout("min", "\"min\": \"ten au\"")),
                        "saved.json: candidates.populations[0].min: length 'ten au' is not a number with a unit such as \"10 au\", "
                                + "\"2 pc\" or \"3e13 cm\""),
                Arguments.of(populations(powerLawWithout("min", "\"min\": \"1 km\"")),
                        "saved.json: candidates.populations[0].min: length '1 km' has unknown unit 'km'; use au, pc, kpc or cm "
                                + "(or a plain number of au)"),
                Arguments.of(populations(powerLawWithout("min", "\"min\": \"1 a u\"")),
                        "saved.json: candidates.populations[0].min: length '1 a u' is not a number with a unit"),
                Arguments.of(populations(powerLawWithout("min", "\"min\": true")),
                        "saved.json: candidates.populations[0].min: must be a length with a unit such as \"10 au\", \"2 pc\" or "
                                + "\"3e13 cm\" (or a number of au), not true/false (true)"),
                Arguments.of(populations(powerLawWithout("min", "\"min\": \"1e400 au\"")),
                        "saved.json: candidates.populations[0].min: power law s: ℓ_min = ∞ au is outside (0, ∞)"),
                Arguments.of(populations(powerLawWithout("min", "\"min\": 1e400")),
                        "saved.json: candidates.populations[0].min: must be a finite number; this one is too large for a double"),
                Arguments.of(populations(powerLawWithout("max", "\"max\": \"0.01 au\"")),
                        "saved.json: candidates.populations[0].max: power law s: ℓ_max = 0.01 au is outside (ℓ_min, ∞) = (0.1 au, ∞)"),
                Arguments.of(populations(powerLawWithout("max", "\"max\": \"-3 au\"")),
                        "saved.json: candidates.populations[0].max: power law s: ℓ_max = -3 au is outside (0, ∞)"),
                Arguments.of(populations(powerLaw("\"l0\": 0")),
                        "saved.json: candidates.populations[0].l0: power law s: ℓ₀ = 0 au is outside (0, ∞)"),
                Arguments.of(populations(powerLaw("\"dim\": 3")),
                        "saved.json: candidates.populations[0].dim: power law s: D = 3 is outside [0, 2] (0 spheres, 1 filaments, 2 sheets)"),
                Arguments.of(populations(powerLaw("\"dim\": 1.5")),
                        "saved.json: candidates.populations[0].dim: power law s: D = 1.5 must be a whole number in [0, 2]"),
                Arguments.of(populations(powerLaw("\"aspect\": 0.5")),
                        "saved.json: candidates.populations[0].aspect: power law s: aspect ℓ_L/ℓ_S = 0.5 is outside [1, 1e6]"),
                Arguments.of(populations(powerLaw("\"nu_s\": -1")),
                        "saved.json: candidates.populations[0].nu_s: power law s: ν_s = -1 s⁻¹ is outside (0, ∞)"),
                Arguments.of(populations(powerLaw("\"nu_s\": null")), "saved.json: candidates.populations[0].nu_s: must be a number, not null"),
                Arguments.of(populations(powerLaw("") + ", " + powerLaw("")),
                        "saved.json: candidates.populations[1].id: 's' is used twice; population ids must be distinct"),
                Arguments.of(populations("{\"type\": \"intermittent-model\"}, {\"type\": \"intermittent-model\", \"label\": \"again\"}"),
                        "saved.json: candidates.populations[1].id: 'intermittent_model' is used twice; population ids must be distinct"),
                Arguments.of(populations("{\"type\": \"tabulated\", \"id\": \"sim\", \"plane\": \"ns\"}"),
                        "saved.json: candidates.populations[0]: \"points\" is missing; a tabulated population needs id, plane and points, "
                                + "e.g. {\"type\": \"tabulated\""),
                Arguments.of(populations(table("xy", "[[1, 1], [2, 1]]", "")),
                        "saved.json: candidates.populations[0].plane: 'xy' is not one of ns, fv"),
                Arguments.of(populations(table("NS", "[[1, 1], [2, 1]]", "")),
                        "saved.json: candidates.populations[0].plane: 'NS' is not one of ns, fv"),
                Arguments.of(populations(table("ns", "{}", "")),
                        "saved.json: candidates.populations[0].points: must be an array […], not an object"),
                Arguments.of(populations(table("ns", "[[1, 2, 3], [4, 5]]", "")),
                        "saved.json: candidates.populations[0].points[0]: must be [ℓ_S, n_s(>ℓ_S)] (two entries), not 3 values"),
                Arguments.of(populations(table("fv", "[[1, 0.1], 2]", "")),
                        "saved.json: candidates.populations[0].points[1]: must be an array […], not a number (2)"),
                Arguments.of(populations(table("fv", "[[1, \"0.1\"], [2, 0.2]]", "")),
                        "saved.json: candidates.populations[0].points[0][1]: must be a number, not a string (\"0.1\")"),
                Arguments.of(populations(table("ns", "[[1, 1], [\"2 lyr\", 1]]", "")),
                        "saved.json: candidates.populations[0].points[1][0]: length '2 lyr' has unknown unit 'lyr'"),
                Arguments.of(populations(table("ns", "[[1, 1], [0.5, 1]]", "")),
                        "saved.json: candidates.populations[0].points: table sim: point 2: ℓ_S = 0.5 au must exceed the previous "
                                + "ℓ_S = 1 au (sizes strictly increasing)"),
                Arguments.of(populations(table("fv", "[[1, 2], [3, 0.5]]", "")),
                        "saved.json: candidates.populations[0].points: table sim: point 1: f_V = 2 is outside (0, 1]"),
                Arguments.of(populations(table("ns", "[[1, 1], [3, -1]]", "")),
                        "saved.json: candidates.populations[0].points: table sim: point 2: n_s(>ℓ_S) [pc⁻³] = -1 is outside (0, ∞)"),
                Arguments.of(populations(table("ns", "[[1, 1]]", "")),
                        "saved.json: candidates.populations[0].points: table sim: 1 point(s) given, at least 2 needed to draw a curve"),
                Arguments.of(populations(table("ns", "[[1, 1], [2, 1]]", "\"n0\": 1")),
                        "saved.json: candidates.populations[0]: unknown key \"n0\"; allowed: type, id, label, plane, points, dim, aspect, nu_s"),
                Arguments.of(populations(table("ns", "[[1, 1], [2, 1]]", "\"aspect\": 1e7")),
                        "saved.json: candidates.populations[0].aspect: table sim: aspect ℓ_L/ℓ_S = 1e7 is outside [1, 1e6]"),
                Arguments.of(populations("{\"type\": \"intermittent-model\", \"dim\": 1}"),
                        "saved.json: candidates.populations[0]: unknown key \"dim\"; allowed: type, id, label"),
                Arguments.of(populations("{\"type\": \"intermittent-model\", \"id\": \"\"}"),
                        "saved.json: candidates.populations[0].id: intermittent model: id must not be blank"),
                Arguments.of(file("\"candidates\": {\"catalog_files\": \"x.csv\"}"),
                        "saved.json: candidates.catalog_files: must be an array […], not a string (\"x.csv\")"),
                Arguments.of(file("\"candidates\": {\"catalog_files\": [\"a.csv\", \" \"]}"),
                        "saved.json: candidates.catalog_files[1]: must be the path of a catalogue file, not blank"),
                Arguments.of(file("\"candidates\": {\"catalog_files\": [1]}"),
                        "saved.json: candidates.catalog_files[0]: must be a string, not a number (1)"),
                Arguments.of("{\"version\": 1}",
                        "saved.json: \"format\" must be \"hillas-explorer-scenario\" (it is missing; is this a Hillas Explorer scenario file?)"),
                Arguments.of("{\"format\": \"svg\", \"version\": 1}",
                        "saved.json: \"format\" must be \"hillas-explorer-scenario\" (it is a string (\"svg\")"),
                Arguments.of("{\"format\": \"hillas-explorer-scenario\"}",
                        "saved.json: \"version\" is missing; this program understands version 1"),
                Arguments.of("{\"format\": \"hillas-explorer-scenario\", \"version\": 7, \"future\": {}}",
                        "saved.json: version 7 is newer than this program understands (1)"),
                Arguments.of("{\"format\": \"hillas-explorer-scenario\", \"version\": 0}",
                        "saved.json: version 0 is not a valid version"),
                Arguments.of("{\"format\": \"hillas-explorer-scenario\", \"version\": \"1\"}",
                        "saved.json: version: must be a whole number (this program understands 1), not a string (\"1\")"),
                Arguments.of("{\"format\": \"hillas-explorer-scenario\", \"version\": 1, \"version\": 1}",
                        "saved.json: not JSON (line 1, column "),
                Arguments.of("[1, 2]", "saved.json: not a scenario file: the top level must be a JSON object {…}, not an array"),
                Arguments.of("\"hello\"", "saved.json: not a scenario file: the top level must be a JSON object {…}, not a string"),
                Arguments.of("{\n  \"format\": \"hillas-explorer-scenario\",\n    \"version\" 1\n}", "saved.json: not JSON (line 3, column "),
                Arguments.of(file("") + " trailing", "saved.json: not JSON ("),
                Arguments.of("", "saved.json: is empty (no scenario in it)"),
                Arguments.of(" \n\t ", "saved.json: is empty (no scenario in it)"),
                Arguments.of("{\u0000\u0001\u0002}", "saved.json: is binary data, not a scenario file (JSON text)"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void badInputIsRefusedWithTheSourceThePathAndWhatIsAllowed(String json, String expectedStart) {
        assertThatThrownBy(() -> ScenarioFile.fromJson(json, "saved.json"))
                .isExactlyInstanceOf(ScenarioFileException.class)
                .message().startsWith(expectedStart);
    }

    @Test
    void truncatedFilesAreNotJson() {
        String json = ScenarioFile.toJson(ExplorerState.defaults());
        for (int cut = 1; cut < json.length() - 2; cut += 7) {
            String part = json.substring(0, cut);
            assertThatThrownBy(() -> ScenarioFile.fromJson(part, "cut.json"))
                    .isExactlyInstanceOf(ScenarioFileException.class)
                    .hasMessageStartingWith("cut.json: not JSON (line ");
        }
    }

    @Test
    void aByteOrderMarkIsTolerated() {
        String json = "\uFEFF" + ScenarioFile.toJson(ExplorerState.defaults());
        assertThat(ScenarioFile.fromJson(json, "bom.json")).isEqualTo(ExplorerState.defaults());
    }

    @Test
    void hugeEmptyBinaryAndMissingFilesAreRefusedWithOneClearMessage() throws Exception {
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[(int) ScenarioFile.MAX_BYTES + 1]);
        assertThatThrownBy(() -> ScenarioFile.read(big)).isExactlyInstanceOf(ScenarioFileException.class)
                .hasMessage(big + ": is 1.0 MB; a scenario file is at most 1 MB (this is not one)");

        Path empty = Files.createFile(dir.resolve("empty.json"));
        assertThatThrownBy(() -> ScenarioFile.read(empty)).hasMessage(empty + ": is empty (no scenario in it)");

        Path png = dir.resolve("fig.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        assertThatThrownBy(() -> ScenarioFile.read(png)).hasMessage(png + ": is binary data, not a scenario file (JSON text)");

        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, file("\"visible\": {\"hidden_candidates\": [\"caf\u00e9\"]}").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ScenarioFile.read(latin1)).hasMessage(latin1 + ": is binary data, not a scenario file (JSON text)");

        Path missing = dir.resolve("missing.json");
        assertThatThrownBy(() -> ScenarioFile.read(missing)).isExactlyInstanceOf(ScenarioFileException.class)
                .hasMessage(missing + ": cannot read: no such file");

        assertThatThrownBy(() -> ScenarioFile.read(dir)).hasMessage(dir + ": is a directory, not a scenario file");
    }

    @Test
    void unicodeCandidateIdsSurviveInUtf8() throws Exception {
        ExplorerState s = ExplorerState.defaults().withHiddenCandidates(Set.of("café", "\"quoted\"\\", "ℓ_S–n_s"));
        Path f = dir.resolve("u.json");
        ScenarioFile.write(s, f);
        assertThat(ScenarioFile.read(f)).isEqualTo(s);
    }

    @Test
    void writingIntoAMissingDirectoryFailsCleanly() {
        Path f = dir.resolve("no/such/dir/saved.json");
        assertThatThrownBy(() -> ScenarioFile.write(ExplorerState.defaults(), f))
                .isExactlyInstanceOf(ScenarioFileException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("directory does not exist");
        assertThat(dir.resolve("no")).doesNotExist();
    }

    @Test
    void writingIntoAnUnwritableDirectoryFailsCleanlyAndKeepsTheOldFile() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Path f = ro.resolve("saved.json");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(ro), "permissions are not enforced for this user (root)");
            assertThatThrownBy(() -> ScenarioFile.write(ExplorerState.defaults(), f))
                    .isExactlyInstanceOf(ScenarioFileException.class)
                    .hasMessageContaining(f.toString())
                    .hasMessageContaining("not writable");
            assertThat(Files.readString(f)).isEqualTo("old");
            try (Stream<Path> entries = Files.list(ro)) {
                assertThat(entries).containsExactly(f);
            }
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void writingOverADirectoryFailsCleanly() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("taken"));
        assertThatThrownBy(() -> ScenarioFile.write(ExplorerState.defaults(), sub))
                .isExactlyInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("it is a directory");
    }
}
