package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.PopulationParameter;
import org.hillasexplorer.physics.PopulationParameters;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.PowerLawSpec;
import org.hillasexplorer.physics.TabulatedPopulation;
import org.hillasexplorer.physics.Units;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.RenderCommandLine;
import org.hillasexplorer.session.ScenarioFile;
import org.hillasexplorer.session.ScenarioFileException;
import org.junit.jupiter.api.Test;

/**
 * One vocabulary for populations: every knob of {@link PopulationParameters#POWER_LAW} (and the id and label) appears
 * under the same key in the {@code --population} form and help, the scenario file (written and allowed when read)
 * and the copied command, and what the current release wrote still reads. The dialog's rows are checked in
 * {@code app.CandidateWorkflowTest}.
 */
class PopulationVocabularyTest {

    /** A value of {@code k} that is allowed and is not its default (so that every writer has to name it). */
    static double offDefault(PopulationParameter k) {
        double[] candidates = {k.example(), k.choices().isEmpty() ? Double.NaN : k.choices().get(k.choices().size() - 1),
            k.range().max(), 10 * k.example(), k.example() + 1};
        for (double v : candidates) {
            if (k.accepts(v) && !(k.presence() == PopulationParameter.Presence.DEFAULTED && v == k.defaultValue())) {
                return v;
            }
        }
        throw new AssertionError("no value of " + k.key() + " away from its default");
    }

    /** A power law with every knob given and none at its default, built by knob. */
    static PowerLawPopulation everyKnobSet() {
        Map<String, Double> values = new HashMap<>();
        for (PopulationParameter k : PopulationParameters.POWER_LAW) {
            values.put(k.key(), offDefault(k));
        }
        return PowerLawPopulation.of("every-knob", "every knob", values);
    }

    @Test
    void everyKnobHasAValueAwayFromItsDefault() {
        PowerLawPopulation p = everyKnobSet();
        for (PopulationParameter k : PopulationParameters.POWER_LAW) {
            assertThat(p.get(k)).as(k.key()).hasValue(offDefault(k));
        }
    }

    @Test
    void everyKnobIsInTheSpecFormAndInTheHelpOfRenderAndEvaluate() {
        String renderHelp = CliTest.run("render", "--help").out();
        String evaluateHelp = CliTest.run("evaluate", "--help").out().replaceAll("\\s+", " ");
        for (PopulationParameter k : PopulationParameters.POWER_LAW) {
            assertThat(PopulationOptions.FORM).as(k.key()).contains(k.key() + "=" + PowerLawSpec.metavar(k));
            for (String alias : k.aliases()) {
                assertThat(PopulationOptions.FORM).as(alias).contains(alias + "= for " + k.key() + "=");
            }
            assertThat(renderHelp).as(k.key()).contains(k.key() + "=");
            assertThat(evaluateHelp).as(k.key()).contains(k.key() + "=" + PowerLawSpec.metavar(k) + ": " + k.symbol());
        }
        for (PopulationParameters.Text t : PopulationParameters.TEXTS) {
            assertThat(PopulationOptions.FORM).contains("[," + t.key() + "=" + t.metavar() + "]");
            assertThat(renderHelp).contains(t.key() + "=" + t.metavar());
        }
        assertThat(renderHelp).contains("power:n0=1000,alpha_n=2.5,min=0.1au,max=1000au");
    }

    @Test
    void everyKnobIsWrittenToTheFileUnderItsKeyAndAllowedWhenRead() {
        PowerLawPopulation p = everyKnobSet();
        ExplorerState state = ExplorerState.defaults().withPopulations(List.of(p));
        String json = ScenarioFile.toJson(state);
        for (PopulationParameter k : PopulationParameters.POWER_LAW) {
            assertThat(json).as(k.key()).contains("\"" + k.key() + "\": ");
        }
        for (PopulationParameters.Text t : PopulationParameters.TEXTS) {
            assertThat(json).contains("\"" + t.key() + "\": ");
        }
        assertThat(ScenarioFile.fromJson(json, "k.json")).isEqualTo(state);
        // the reader's list of allowed keys names every knob
        String bad = json.replace("\"type\": \"power-law\"", "\"type\": \"power-law\", \"bogus\": 1");
        assertThatThrownBy(() -> ScenarioFile.fromJson(bad, "k.json")).isInstanceOf(ScenarioFileException.class)
                .satisfies(e -> {
                    for (PopulationParameter k : PopulationParameters.POWER_LAW) {
                        assertThat(e.getMessage()).as(k.key()).contains(", " + k.key());
                    }
                });
    }

    @Test
    void everyKnobIsWrittenToTheCopiedCommandAndParsesBack() {
        PowerLawPopulation p = everyKnobSet();
        ExplorerState state = ExplorerState.defaults().withPopulations(List.of(p));
        RenderCommandLine.Words words = RenderCommandLine.arguments(state, "ns", 400, 300, 1, "paper", "o.svg", Optional.empty(), true);
        assertThat(words.notes()).isEmpty();
        String spec = words.arguments().get(words.arguments().indexOf("--population") + 1);
        assertThat(spec).startsWith("power:");
        String items = "," + spec.substring("power:".length());
        for (PopulationParameter k : PopulationParameters.POWER_LAW) {
            assertThat(items).as(k.key()).contains("," + k.key() + "=");
            for (String alias : k.aliases()) {
                assertThat(items).as(alias).doesNotContain("," + alias + "="); // aliases are read, never written
            }
        }
        assertThat(spec).endsWith(",id=every-knob,label=every knob");
        assertThat(PopulationOptions.parse(spec, 1, new HashSet<>())).isEqualTo(p);
    }

    @Test
    void knobsAtTheirDefaultsAreLeftOutOfTheCommandButNotOutOfTheFile() {
        PowerLawPopulation p = PowerLawPopulation.spheres("s", "spheres", 1e3, 1, 2.5, 0.1, 1000);
        String spec = PopulationVocabularyTest.specOf(p);
        assertThat(spec).isEqualTo("power:n0=1000,alpha_n=2.5,min=0.1au,max=1000au,id=s,label=spheres");
        assertThat(PopulationOptions.parse(spec, 1, new HashSet<>())).isEqualTo(p);
        assertThat(ScenarioFile.toJson(ExplorerState.defaults().withPopulations(List.of(p))))
                .contains("\"l0\": \"1 au\"", "\"dim\": 0", "\"aspect\": 1.0").doesNotContain("nu_s");
    }

    static String specOf(PowerLawPopulation p) {
        List<String> a = RenderCommandLine.arguments(ExplorerState.defaults().withPopulations(List.of(p)), "ns", 400, 300, 1, "paper",
                "o.svg", Optional.empty(), true).arguments();
        return a.get(a.indexOf("--population") + 1);
    }

    /** The state of {@code release-1-populations.json}, a file written by the release before the descriptors. */
    static ExplorerState releaseState() {
        List<Population> pops = List.of(
                new PowerLawPopulation("my-sheets", "my sheets", 1e3, 1, 2.5, 0.1, 1000, 2, 10, OptionalDouble.of(1e-6)),
                new PowerLawPopulation("clumps", "small clumps, dense", 3.5e-52 * Math.pow(Units.PC_CM, 3), Units.pcToAu(0.01), 3.2,
                        1e-3, Units.pcToAu(2), 0, 1, OptionalDouble.empty()),
                new PowerLawPopulation("fil", "filaments", 0.123456789, 7, -1.5, 2e-2, 3e5, 1, 300, OptionalDouble.of(2.5e-11)),
                new TabulatedPopulation("sim", "simulation", Plane.NUMBER_DENSITY, List.of(0.1, 1.0), List.of(1e12, 1e9), 0, 1,
                        OptionalDouble.empty()),
                IntermittentModelPopulation.paper());
        return ExplorerState.defaults().withPopulations(pops);
    }

    @Test
    void aFileWrittenByTheCurrentReleaseReadsBackAndIsWrittenTheSameWay() throws Exception {
        String saved;
        try (InputStream in = ScenarioFile.class.getResourceAsStream("release-1-populations.json")) {
            saved = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(saved).contains("\"alpha_n\": 2.5", "\"l0\": \"1 au\"");
        assertThat(ScenarioFile.fromJson(saved, "release.json")).isEqualTo(releaseState());
        assertThat(ScenarioFile.toJson(releaseState())).isEqualTo(saved); // the file format did not change
    }

    @Test
    void commandsCopiedFromTheCurrentReleaseStillParse() {
        // the three --population words of the current release's "copy as command" for releaseState(): l0 always, alpha=
        List<String> old = List.of(
                "power:n0=1000,l0=1au,alpha=2.5,min=0.1au,max=1000au,dim=2,aspect=10,nu_s=1e-6,id=my-sheets,label=my sheets",
                "power:n0=10282.996311337216,l0=2062.648062470964au,alpha=3.2,min=0.001au,max=412529.6124941927au,id=clumps,"
                        + "label=small clumps, dense",
                "power:n0=0.123456789,l0=7au,alpha=-1.5,min=0.02au,max=300000au,dim=1,aspect=300,nu_s=2.5e-11,id=fil,label=filaments");
        for (int i = 0; i < old.size(); i++) {
            PowerLawPopulation expected = (PowerLawPopulation) releaseState().populations().get(i);
            assertThat(PopulationOptions.parse(old.get(i), i + 1, new HashSet<>())).as(old.get(i)).isEqualTo(expected);
            // and today's command for the same population uses the file's key, alpha_n
            assertThat(specOf(expected)).contains(",alpha_n=").doesNotContain(",alpha=");
        }
        CliTest.Result r = CliTest.run("evaluate", "--no-catalog", "--population", old.get(0), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"id\" : \"my-sheets\"");
    }
}
