package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.hillasexplorer.export.FigureMetadata;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Species;
import org.hillasexplorer.session.ScenarioFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One scenario, one JSON shape: the {@code scenario} object of {@code quantities}/{@code evaluate --format json} and of
 * a figure's embedded state is the scenario file's, and each reads back through {@link ScenarioFile} into the same
 * scenario.
 */
class OneScenarioShapeTest {
    @TempDir
    Path dir;

    private static final String[] OPTIONS = {"--delta", "0.3", "--b-ug", "30", "--dim", "1", "--aspect", "20",
            "--classes", "low=250keV..12.5MeV,GeV=1GeV..10GeV", "--z", "2", "--a", "4"};

    private static final Scenario EXPECTED = Scenario.defaults().with(Parameters.DELTA_S, 0.3).with(Parameters.B_MICROGAUSS, 30)
            .with(Parameters.DIMENSIONALITY, 1).with(Parameters.ASPECT, 20).withSpecies(Species.of(2, 4))
            .withEnergyClasses(List.of(new EnergyClass("low", 2.5e-4, 1.25e-2), new EnergyClass("GeV", 1, 10)));

    private static String[] with(String... first) {
        String[] all = new String[first.length + OPTIONS.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(OPTIONS, 0, all, first.length, OPTIONS.length);
        return all;
    }

    @Test
    void theScenarioOfQuantitiesJsonReadsBackThroughTheScenarioFile() throws Exception {
        CliTest.Result r = CliTest.run(with("quantities", "--energy", "1GeV", "--format", "json"));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode scenario = new ObjectMapper().readTree(r.out()).get("scenario");
        assertThat(ScenarioFile.scenarioFromJson(scenario.toString(), "quantities")).isEqualTo(EXPECTED);
        assertThat(scenario).isEqualTo(ScenarioFile.scenarioTree(EXPECTED));
        assertThat(scenario.get("species").get("z").asInt()).isEqualTo(2);
        assertThat(scenario.get("classes").get(0).get("min").asText()).isEqualTo("250 keV");
    }

    @Test
    void theScenarioOfEvaluateJsonReadsBackThroughTheScenarioFile() throws Exception {
        CliTest.Result r = CliTest.run(with("evaluate", "--format", "json"));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode scenario = new ObjectMapper().readTree(r.out()).get("scenario");
        assertThat(ScenarioFile.scenarioFromJson(scenario.toString(), "evaluate")).isEqualTo(EXPECTED);
    }

    @Test
    void aFiguresStateAndQuantitiesJsonHoldTheSameScenarioObject() throws Exception {
        Path png = dir.resolve("f.png");
        CliTest.Result r = CliTest.run(with("render", "--plane", "ns", "--width", "200", "--height", "150", "--out", png.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        String state = FigureMetadata.read(png).get(FigureMetadata.STATE_KEY);
        JsonNode inFigure = new ObjectMapper().readTree(state).get("scenario");
        JsonNode inQuantities = new ObjectMapper().readTree(CliTest.run(with("quantities", "--energy", "1GeV", "--format", "json"))
                .out()).get("scenario");
        assertThat(inFigure).isEqualTo(inQuantities);
        assertThat(ScenarioFile.scenarioFromJson(inFigure.toString(), "figure")).isEqualTo(EXPECTED);
        assertThat(ScenarioFile.fromFigure(png).scenario()).isEqualTo(EXPECTED);
    }

    @Test
    void aScenarioObjectIsReadAsStrictlyAsAFile() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScenarioFile.scenarioFromJson("{\"delta\": 2}", "q.json"))
                .hasMessage("q.json: scenario.delta: δ_s = 2 is outside [0, 1.5]");
    }
}
