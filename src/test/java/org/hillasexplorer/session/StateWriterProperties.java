package org.hillasexplorer.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.uncertainty.ParameterDistribution;
import org.hillasexplorer.physics.uncertainty.Uncertain;
import org.hillasexplorer.physics.uncertainty.UncertaintySpec;

/**
 * The writer by data binding ({@link StateWriter}: the {@link ScenarioDocument} records, written by Jackson) writes
 * exactly the text the hand-written ObjectNode writer of the release wrote ({@link HandWrittenScenarioWriter}), for
 * any state, and what it writes reads back to the same state.
 */
class StateWriterProperties {
    private final ScenarioFileProperties generators = new ScenarioFileProperties();

    @Provide
    Arbitrary<ExplorerState> states() {
        return Combinators.combine(generators.states(), uncertainty().injectNull(0.3))
                .as((s, u) -> u == null ? s : s.withUncertainty(u));
    }

    /** Any subset of a pool of distributions of all four shapes, a random uniform δ, levels and sample counts. */
    private static Arbitrary<UncertaintySpec> uncertainty() {
        Arbitrary<Uncertain> delta = Combinators.combine(Arbitraries.doubles().between(0, 0.7).ofScale(4),
                Arbitraries.doubles().between(0.01, 0.8).ofScale(4))
                .as((lo, w) -> Uncertain.parse(Parameters.DELTA_S, lo + ".." + (lo + w)));
        Arbitrary<Uncertain> others = Arbitraries.of(
                Uncertain.parse(Parameters.B_MICROGAUSS, "1..10 log"),
                Uncertain.parse(Parameters.B_MICROGAUSS, "3+-0.5"),
                Uncertain.parse(Parameters.NU0_PER_S, "1e-9*/3"),
                Uncertain.parse(Parameters.ASPECT, "3+-0.5"));
        Arbitrary<List<Double>> levels = Arbitraries.doubles().between(0.01, 0.99).ofScale(3).list().ofMinSize(1).ofMaxSize(4)
                .uniqueElements();
        Arbitrary<Integer> samples = Arbitraries.integers().between(1, ParameterDistribution.MAX_SAMPLES);
        return Combinators.combine(delta.injectNull(0.3), others.list().ofMaxSize(3).uniqueElements(u -> u.parameter()),
                        levels, samples)
                .as((d, o, l, n) -> {
                    UncertaintySpec u = UncertaintySpec.NONE;
                    if (d != null) {
                        u = u.with(d);
                    }
                    for (Uncertain x : o) {
                        u = u.with(x);
                    }
                    return u.withLevels(l).withSamples(n);
                });
    }

    @Property(tries = 400)
    void theBoundWriterWritesWhatTheHandWrittenOneWroteAndItReadsBack(@ForAll("states") ExplorerState state) {
        String json = ScenarioFile.toJson(state);
        assertThat(json).isEqualTo(HandWrittenScenarioWriter.toJson(state));
        assertThat(ScenarioFile.fromJson(json, "w.json")).isEqualTo(state);
    }

    @Property(tries = 200)
    void theScenarioObjectOfJsonOutputsIsUnchangedToo(@ForAll("states") ExplorerState state) {
        assertThat(ScenarioFile.scenarioTree(state.scenario()).toString())
                .isEqualTo(HandWrittenScenarioWriter.scenarioTree(state.scenario()).toString());
    }

    @Example
    void theReleaseFixtureStateIsWrittenAsTheReleaseWroteIt() throws Exception {
        ExplorerState state = ReleaseFixturesTest.expectedState();
        assertThat(ScenarioFile.toJson(state)).isEqualTo(HandWrittenScenarioWriter.toJson(state));
        try (InputStream in = StateWriterProperties.class.getResourceAsStream("release-1-state.json")) {
            String fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(ScenarioFile.fromJson(ScenarioFile.toJson(state), "w.json"))
                    .isEqualTo(ScenarioFile.fromJson(fixture, "release-1-state.json"));
        }
    }

    @Example
    void theDefaultsAreWrittenAsBefore() {
        assertThat(ScenarioFile.toJson(ExplorerState.defaults())).isEqualTo(HandWrittenScenarioWriter.toJson(ExplorerState.defaults()));
    }
}
