package org.hillasexplorer.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.uncertainty.Uncertain;
import org.hillasexplorer.physics.uncertainty.UncertaintySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code uncertainty} of a scenario file and of the state embedded in figures. */
class UncertaintyFileTest {
    private static final UncertaintySpec ROBUST = UncertaintySpec.NONE
            .with(Uncertain.parse(Parameters.DELTA_S, "0.3..0.7"))
            .with(Uncertain.parse(Parameters.B_MICROGAUSS, "1..10 log"))
            .with(Uncertain.parse(Parameters.NU0_PER_S, "1e-9*/3"))
            .with(Uncertain.parse(Parameters.ASPECT, "3+-0.5"))
            .withLevels(List.of(0.5, 0.9))
            .withSamples(1024);

    private static String file(String uncertainty) {
        return "{\"format\": \"hillas-explorer-scenario\", \"version\": 1, \"uncertainty\": " + uncertainty + "}";
    }

    @Test
    void anUncertainStateSurvivesAWriteAndAReadInTheDocumentedShape() throws Exception {
        ExplorerState state = ExplorerState.defaults().withUncertainty(ROBUST);
        String json = ScenarioFile.toJson(state);
        JsonNode u = ScenarioDocument.MAPPER.readTree(json).get("uncertainty");
        assertThat(u.toString()).isEqualTo("{\"parameters\":{\"delta\":\"0.3..0.7\",\"b-ug\":\"1..10 log\","
                + "\"nu0\":\"1e-9*/3\",\"aspect\":\"3+-0.5\"},\"levels\":[0.5,0.9],\"samples\":1024}");
        assertThat(ScenarioFile.fromJson(json, "x")).isEqualTo(state);
        // the state embedded in a figure is the same JSON
        FigureState fs = new FigureState(state, "ns", 400, 300, 1, "paper", Optional.empty(), List.of(), "test");
        assertThat(FigureState.fromMetadata(fs.toMetadata(), "fig.png").state().uncertainty()).isEqualTo(ROBUST);
    }

    @Test
    void withNothingUncertainNoUncertaintyIsWrittenAndAnAbsentOneIsNone() throws Exception {
        String json = ScenarioFile.toJson(ExplorerState.defaults());
        assertThat(ScenarioDocument.MAPPER.readTree(json).has("uncertainty")).isFalse();
        assertThat(ScenarioFile.fromJson(json, "x").uncertainty()).isEqualTo(UncertaintySpec.NONE);
        // only levels or samples changed: still written, so the state comes back exactly
        ExplorerState levels = ExplorerState.defaults().withUncertainty(UncertaintySpec.NONE.withLevels(List.of(0.9)));
        assertThat(ScenarioFile.fromJson(ScenarioFile.toJson(levels), "x")).isEqualTo(levels);
    }

    @Test
    void absentMembersTakeTheirDefaultsAndLevelsAreSorted() {
        UncertaintySpec u = ScenarioFile.fromJson(file("{\"parameters\": {\"delta\": \"0.4..0.6\"}}"), "x").uncertainty();
        assertThat(u.parameters()).containsExactly(Uncertain.parse(Parameters.DELTA_S, "0.4..0.6"));
        assertThat(u.levels()).isEqualTo(UncertaintySpec.NONE.levels());
        assertThat(u.samples()).isEqualTo(UncertaintySpec.NONE.samples());
        assertThat(ScenarioFile.fromJson(file("{\"levels\": [0.95, 0.68]}"), "x").uncertainty().levels()).containsExactly(0.68, 0.95);
        assertThat(ScenarioFile.fromJson(file("{}"), "x").uncertainty()).isEqualTo(UncertaintySpec.NONE);
        // units as on the command line
        assertThat(ScenarioFile.fromJson(file("{\"parameters\": {\"b-ug\": \"0.1..1 nT log\"}}"), "x").uncertainty()
                .of(Parameters.B_MICROGAUSS)).contains(Uncertain.parse(Parameters.B_MICROGAUSS, "1..10 log"));
    }

    static Stream<Arguments> badUncertainties() {
        return Stream.of(
                Arguments.of("[]", "saved.json: uncertainty: must be an object {…}, not an array"),
                Arguments.of("{\"level\": [0.5]}", "saved.json: uncertainty: unknown key \"level\"; allowed: parameters, levels, samples"),
                Arguments.of("{\"parameters\": [\"delta\"]}", "saved.json: uncertainty.parameters: must be an object {…} of scenario "
                        + "keys and distributions, e.g. {\"delta\": \"0.3..0.7\""),
                Arguments.of("{\"parameters\": {\"delat\": \"0.3..0.7\"}}",
                        "saved.json: uncertainty.parameters: unknown key \"delat\"; allowed: delta, b-ug, nu0, aspect, n-ism"),
                Arguments.of("{\"parameters\": {\"dim\": \"0..2\"}}",
                        "saved.json: uncertainty.parameters: \"dim\" is a whole number and cannot be uncertain; uncertain may be "
                                + "delta, b-ug, nu0, aspect, n-ism"),
                Arguments.of("{\"parameters\": {\"delta\": 0.5}}", "saved.json: uncertainty.parameters.delta: must be a range or "
                        + "distribution as text, e.g. \"0.3..0.7\""),
                Arguments.of("{\"parameters\": {\"delta\": null}}", "saved.json: uncertainty.parameters.delta: must be a range or "
                        + "distribution as text"),
                Arguments.of("{\"parameters\": {\"delta\": \"0.5\"}}", "saved.json: uncertainty.parameters.delta: '0.5' is a single "
                        + "value; give a range or distribution (A..B, A..B log, M+-S, M*/F) with δ_s in [0, 1.5], or leave delta out"),
                Arguments.of("{\"parameters\": {\"delta\": \"0.3..1.7\"}}", "saved.json: uncertainty.parameters.delta: δ_s = 1.7 is outside [0, 1.5]"),
                Arguments.of("{\"parameters\": {\"delta\": \"0.7..0.3\"}}", "saved.json: uncertainty.parameters.delta: δ_s range 0.7..0.3 is empty"),
                Arguments.of("{\"parameters\": {\"b-ug\": \"0..10 log\"}}", "saved.json: uncertainty.parameters.b-ug: B = 0 μG is outside"),
                Arguments.of("{\"parameters\": {\"nu0\": \"1e-9*/0.5\"}}", "saved.json: uncertainty.parameters.nu0: ν̄₀ factor */0.5 must be a number > 1"),
                Arguments.of("{\"levels\": []}", "saved.json: uncertainty.levels: must name at least one level, e.g. [0.68, 0.95]"),
                Arguments.of("{\"levels\": [0.68, 1]}", "saved.json: uncertainty.levels[1]: 1 is not a credible level; each must be "
                        + "strictly between 0 and 1"),
                Arguments.of("{\"levels\": [0.68, 0.68]}", "saved.json: uncertainty.levels[1]: 0.68 is given twice"),
                Arguments.of("{\"levels\": [\"0.68\"]}", "saved.json: uncertainty.levels[0]: must be a number, not a string (\"0.68\")"),
                Arguments.of("{\"levels\": 0.68}", "saved.json: uncertainty.levels: must be an array […], not a number (0.68)"),
                Arguments.of("{\"levels\": [null]}", "saved.json: uncertainty.levels[0]: must be a number, not null"),
                Arguments.of("{\"samples\": 0}", "saved.json: uncertainty.samples: 0 is not a sample count; it must be a whole number "
                        + "from 1 to 65536"),
                Arguments.of("{\"samples\": 100.5}", "saved.json: uncertainty.samples: 100.5 is not a sample count"),
                Arguments.of("{\"samples\": 1e6}", "saved.json: uncertainty.samples: 1e6 is not a sample count"),
                Arguments.of("{\"samples\": \"512\"}", "saved.json: uncertainty.samples: must be a number, not a string (\"512\")"));
    }

    @ParameterizedTest
    @MethodSource("badUncertainties")
    void badUncertaintiesAreRefusedNamingTheFieldTheValueAndWhatIsAllowed(String uncertainty, String expectedStart) {
        assertThatThrownBy(() -> ScenarioFile.fromJson(file(uncertainty), "saved.json"))
                .isExactlyInstanceOf(ScenarioFileException.class)
                .message().startsWith(expectedStart);
    }

    @Test
    void aFigureWithABadUncertaintyNamesTheFigureAndTheField() {
        Map<String, String> md = new FigureState(ExplorerState.defaults().withUncertainty(ROBUST), "ns", 400, 300, 1, "paper",
                Optional.empty(), List.of(), "test").toMetadata();
        String key = org.hillasexplorer.export.FigureMetadata.STATE_KEY;
        md.put(key, md.get(key).replace("\"0.3..0.7\"", "\"0.3..2\""));
        assertThatThrownBy(() -> FigureState.fromMetadata(md, "fig.png"))
                .isExactlyInstanceOf(ScenarioFileException.class)
                .hasMessageStartingWith("fig.png: " + key + ": uncertainty.parameters.delta: δ_s = 2 is outside [0, 1.5]");
    }
}
