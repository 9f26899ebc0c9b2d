package org.hillasexplorer.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hillasexplorer.physics.Particle;
import org.hillasexplorer.physics.Species;
import org.hillasexplorer.physics.Units;
import org.junit.jupiter.api.Test;

/** The Monte Carlo knobs: their definitions, the defaults, units, messages and the reading into a run. */
class SimulationKnobsTest {
    private static final int CORES = 2;

    @Test
    void everyKnobIsDefinedOnceAndCompletely() {
        Set<String> keys = new HashSet<>();
        for (SimulationKnob k : SimulationKnobs.ALL) {
            assertThat(keys.add(k.key())).as(k.key()).isTrue();
            assertThat(SimulationKnobs.byKey(k.key())).isSameAs(k);
            assertThat(k.cliOption()).isEqualTo("--" + k.key());
            if (k.hasDefault()) {
                k.check(k.defaultText());
            }
            assertThat(k.help()).contains(k.label(), k.name(), "Allowed " + k.rangeText(),
                    k.hasDefault() ? "default " + k.defaultText() : "default none: " + k.absent());
            assertThat(k.tooltip().lines()).first().isEqualTo(k.label() + " — " + k.name());
            assertThat(k.tooltip()).contains("Allowed: " + k.rangeText(), k.defaultShown());
            if (!k.alternative().isEmpty()) {
                assertThat(SimulationKnobs.byKey(k.alternative()).alternative()).isEqualTo(k.key());
            }
        }
        assertThat(SimulationKnobs.ALL).hasSize(SimulationKnobs.RUN.size() + SimulationKnobs.REGIME_MAP.size() + 1)
                .doesNotHaveDuplicates();
        assertThatThrownBy(() -> SimulationKnobs.byKey("alpha")).hasMessageContaining("no Monte Carlo knob 'alpha'");
    }

    @Test
    void theDefaultsAreTheRunSimulateAndTheWindowHaveAlwaysMade() {
        double v = Particle.proton(1).speedCmPerS();
        PatchPopulation p = new PatchPopulation(10, 0.01, 30 * v / (10 * Units.AU_CM), 0);
        SimulationSetup expected = new SimulationSetup(p, 1, Species.PROTON, 2000,
                SimulationSetup.recommendedDurationS(p, 1, Species.PROTON), 1, CORES);
        assertThat(SimulationKnobs.setup(KnobValues.none(), Species.PROTON, CORES)).isEqualTo(expected);
        assertThat(SimulationKnobs.regimeMap(KnobValues.none(), CORES)).isEqualTo(
                new RegimeMapSetup(10, new LogGrid(0.1, 100, 7), new LogGrid(0.001, 0.3, 5), 1, 300, 1, CORES));
        assertThat(SimulationKnobs.eventLimit(KnobValues.none())).isEqualTo(SimulationCost.DEFAULT_LIMIT);
        assertThat(SimulationKnobs.threads(KnobValues.none(), 128)).isEqualTo(SimulationSetup.MAX_THREADS);
    }

    @Test
    void valuesAreReadWithTheirUnits() {
        KnobValues in = KnobValues.none().with(SimulationKnobs.LS, "2 pc").with(SimulationKnobs.NU_S, "3e-2 /yr")
                .with(SimulationKnobs.NU_BG, "1e-12 s⁻¹").with(SimulationKnobs.ENERGY, "10 MeV")
                .with(SimulationKnobs.DURATION, "300 yr").with(SimulationKnobs.PARTICLES, "1e3")
                .with(SimulationKnobs.SEED, "9007199254740993").with(SimulationKnobs.THREADS, "1");
        SimulationSetup s = SimulationKnobs.setup(in, Species.HELIUM, CORES);
        assertThat(s.patches().shortAxisAu()).isCloseTo(2 * Units.pcToAu(1), within(1e-6));
        assertThat(s.patches().internalRatePerS()).isCloseTo(0.03 / Units.YEAR_S, within(1e-15));
        assertThat(s.patches().backgroundRatePerS()).isEqualTo(1e-12);
        assertThat(s.kineticEnergyGeV()).isCloseTo(0.01, within(1e-15));
        assertThat(s.durationS()).isCloseTo(300 * Units.YEAR_S, within(1e-3));
        assertThat(s.particles()).isEqualTo(1000);
        assertThat(s.seed()).isEqualTo(9007199254740993L); // exact, not rounded through a double
        assertThat(s.threads()).isEqualTo(1);
        assertThat(s.species()).isEqualTo(Species.HELIUM);
        // τ_s sets ν_s = τ_s v/ℓ_S with the species' speed
        SimulationSetup t = SimulationKnobs.setup(KnobValues.none().with(SimulationKnobs.TAU_S, "3"), Species.HELIUM, CORES);
        assertThat(t.patches().internalRatePerS() * 10 * Units.AU_CM / t.speedCmPerS()).isCloseTo(3, within(1e-12));
    }

    private static SimulationKnob.Rejected rejected(KnobValues in) {
        try {
            SimulationKnobs.setup(in, Species.PROTON, CORES);
            SimulationKnobs.regimeMap(in, CORES);
            SimulationKnobs.eventLimit(in);
        } catch (SimulationKnob.Rejected e) {
            return e;
        }
        throw new AssertionError("accepted " + in);
    }

    private static SimulationKnob.Rejected rejected(SimulationKnob k, String text) {
        return rejected(KnobValues.none().with(k, text));
    }

    @Test
    void aValueAKnobDoesNotTakeIsNamedWithItsRange() {
        SimulationKnob.Rejected fv = rejected(SimulationKnobs.FILLING_FACTOR, "2");
        assertThat(fv.knobs()).containsExactly(SimulationKnobs.FILLING_FACTOR);
        assertThat(fv.reason()).isEqualTo("f_V = 2 is outside (0, 1)");
        assertThat(fv.getMessage()).isEqualTo("f_V = 2 is outside (0, 1)");
        assertThat(fv.cliMessage()).isEqualTo("--fv: f_V = 2 is outside (0, 1)");

        SimulationKnob.Rejected ls = rejected(SimulationKnobs.LS, "3 TeV");
        assertThat(ls.cliMessage()).isEqualTo("--ls: TeV is an energy; this field is a length");
        assertThat(ls.getMessage()).isEqualTo("ℓ_S: TeV is an energy; this field is a length");

        assertThat(rejected(SimulationKnobs.LS, "-1 au").reason()).isEqualTo("ℓ_S = -1 au must be positive");
        assertThat(rejected(SimulationKnobs.NU_BG, "-1").reason()).isEqualTo("ν_bg = -1 s⁻¹ must not be negative");
        assertThat(rejected(SimulationKnobs.TAU_S, "NaN").getMessage()).isEqualTo("'NaN' is not a number; τ_s must be in (0, ∞)");
        assertThat(rejected(SimulationKnobs.ENERGY, "").reason()).startsWith("no value given; T must be in (0, ∞) GeV, e.g.");
        assertThat(rejected(SimulationKnobs.PARTICLES, "0").reason()).isEqualTo("particles = 0 is outside [1, 1e7]");
        assertThat(rejected(SimulationKnobs.PARTICLES, "2.5").reason()).isEqualTo("particles = 2.5 must be a whole number in [1, 1e7]");
        assertThat(rejected(SimulationKnobs.SEED, "1.5").reason()).isEqualTo("seed = 1.5 must be a whole number");
        assertThat(rejected(SimulationKnobs.SEED, "1e300").reason()).isEqualTo("seed = 1e300 is too large a whole number");
        assertThat(rejected(SimulationKnobs.THREADS, "65").cliMessage()).isEqualTo("--threads: threads = 65 is outside [1, 64]");
        assertThat(rejected(SimulationKnobs.MAX_EVENTS, "-1").cliMessage()).isEqualTo("--max-events: max events = -1 must be positive");
        assertThat(rejected(SimulationKnobs.TAU_RANGE, "10..1:3").cliMessage())
                .isEqualTo("--tau-range: '10..1:3' must be LO..HI:N with 0 < LO < HI and 2 ≤ N ≤ 30, e.g. 0.1..100:7");
        assertThat(rejected(SimulationKnobs.FV_RANGE, "0.1..2:3").getMessage())
                .isEqualTo("f_V grid: '0.1..2:3' must be LO..HI:N with 0 < LO < HI < 1 and 2 ≤ N ≤ 30, e.g. 0.001..0.3:5");
        assertThat(rejected(SimulationKnobs.CELL_PARTICLES, "0").cliMessage())
                .isEqualTo("--cell-particles: cell particles = 0 is outside [1, 1e7]");
    }

    @Test
    void tauAndNuAreAlternativesAndValuesThatOverflowTogetherAreRefused() {
        SimulationKnob.Rejected both = rejected(KnobValues.none().with(SimulationKnobs.TAU_S, "3").with(SimulationKnobs.NU_S, "1e-6"));
        assertThat(both.knobs()).containsExactly(SimulationKnobs.TAU_S, SimulationKnobs.NU_S);
        assertThat(both.cliMessage()).isEqualTo("--tau-s and --nu-s: give one of them");
        assertThat(both.getMessage()).isEqualTo("τ_s and ν_s: give one of them");

        SimulationKnob.Rejected overflow = rejected(KnobValues.none().with(SimulationKnobs.LS, "1e-300 au")
                .with(SimulationKnobs.TAU_S, "1e300"));
        assertThat(overflow.knobs()).isEmpty();
        assertThat(overflow.cliMessage()).isEqualTo(overflow.getMessage()).contains("ν_s = Infinity");
    }

    @Test
    void aGridReadsBackExactlyAndIsLogSpaced() {
        LogGrid g = LogGrid.parse(" 0.1 .. 100 : 4 ");
        double[] v = g.values();
        assertThat(v).hasSize(4);
        assertThat(v[0]).isEqualTo(0.1);
        assertThat(v[3]).isEqualTo(100);
        assertThat(v[1] / v[0]).isCloseTo(10, within(1e-12));
        assertThat(v[2] / v[1]).isCloseTo(10, within(1e-12));
        assertThat(g).hasToString("0.1..100:4");
        LogGrid odd = new LogGrid(Math.PI / 10, Math.E, 30);
        assertThat(LogGrid.parse(odd.toString())).isEqualTo(odd);
        assertThatThrownBy(() -> LogGrid.parse("1..2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogGrid(1, 2, 31)).hasMessageContaining("2 ≤ N ≤ 30");
    }

    @Provide
    Arbitrary<KnobArbitraries.Case> cases() {
        return KnobArbitraries.cases();
    }

    @Property(tries = 200)
    void aDefaultTypedOutIsTheSameAsNoneGiven(@ForAll("cases") KnobArbitraries.Case c) {
        KnobValues in = c.values();
        SimulationSetup setup = SimulationKnobs.setup(in, c.species(), CORES);
        RegimeMapSetup map = SimulationKnobs.regimeMap(in, CORES);
        for (SimulationKnob k : SimulationKnobs.ALL) {
            if (k.hasDefault() && !in.has(k) && !(k == SimulationKnobs.TAU_S && in.has(SimulationKnobs.NU_S))) {
                KnobValues typed = in.with(k, k.defaultText());
                assertThat(SimulationKnobs.setup(typed, c.species(), CORES)).as(k.key()).isEqualTo(setup);
                assertThat(SimulationKnobs.regimeMap(typed, CORES)).as(k.key()).isEqualTo(map);
            }
        }
        assertThat(List.of(setup.threads(), map.threads())).allMatch(t -> t >= 1 && t <= SimulationSetup.MAX_THREADS);
    }
}
