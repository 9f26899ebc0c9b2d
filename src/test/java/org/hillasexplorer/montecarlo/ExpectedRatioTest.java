package org.hillasexplorer.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hillasexplorer.physics.Particle;
import org.hillasexplorer.physics.Species;
import org.hillasexplorer.physics.Units;
import org.junit.jupiter.api.Test;

/** The ratio a correct run gives, against the runs themselves. */
class ExpectedRatioTest {
    private static final double T_GEV = 1.0;
    private static final double V = Particle.proton(T_GEV).speedCmPerS();
    private static final double LS_AU = 10;
    private static final double LS_CM = LS_AU * Units.AU_CM;

    private static SimulationSetup patchy(double tau, double f, double nuBg, double mfps, int n, long seed) {
        PatchPopulation p = new PatchPopulation(LS_AU, f, tau * V / LS_CM, nuBg);
        return new SimulationSetup(p, T_GEV, Species.PROTON, n, mfps * LS_CM / f / V, seed, 2);
    }

    @Test
    void e3MatchesTabulatedValues() {
        // Abramowitz & Stegun Table 5.4 / scipy.special.expn(3, x)
        assertThat(Analytic.e3(0)).isEqualTo(0.5);
        assertThat(Analytic.e3(0.1)).isCloseTo(0.4162914579, within(1e-9));
        assertThat(Analytic.e3(1)).isCloseTo(0.1096919672, within(1e-9));
        assertThat(Analytic.e3(3)).isCloseTo(0.0089306466, within(1e-9));
    }

    @Test
    void theMeanFreePathRatioOfSemiTransparentPatchesIsPredictedNotOne() throws InterruptedException {
        for (double tau : new double[] {0.3, 1}) {
            SimulationResult r = Simulator.run(patchy(tau, 1e-2, 0, 100, 600, 21), Simulator.Progress.NONE);
            Measurement m = r.meanFreePath();
            ExpectedRatio e = r.expectedRatio(m);
            System.out.printf("τ=%g: mfp ratio %.4f ± %.4f, expected %s%n", tau, m.ratio(), m.ratioError(), e.describe());
            assertThat(e.value()).isCloseTo(1 / (1 - 2 * Analytic.e3(tau)), within(1e-12)).isGreaterThan(1.2);
            assertThat(Math.abs(m.ratio() - e.value())).as("τ_s = " + tau).isLessThan(4 * m.ratioError());
        }
    }

    @Test
    void aBackgroundChannelPullsTheRatioTowardsOne() throws InterruptedException {
        double tau = 0.3;
        double f = 1e-2;
        // background re-draws as often (per path) as patch deflections would be at τ_s ≫ 1
        double nuBg = f / LS_CM * V / (2 * (1 - f));
        SimulationResult r = Simulator.run(patchy(tau, f, nuBg, 100, 600, 5), Simulator.Progress.NONE);
        Measurement m = r.meanFreePath();
        ExpectedRatio e = r.expectedRatio(m);
        double p = 1 - 2 * Analytic.e3(tau);
        assertThat(e.value()).isCloseTo(2 / (1 + p), within(1e-9));
        assertThat(Math.abs(m.ratio() - e.value())).isLessThan(4 * m.ratioError());
    }

    @Test
    void thickPatchesTrapForHalfOfEquationFiveAndContinuousRunsAreExact() throws InterruptedException {
        SimulationResult thick = Simulator.run(patchy(30, 0.1, 0, 50, 800, 5), Simulator.Progress.NONE);
        ExpectedRatio e = thick.expectedRatio(thick.trappingTime());
        assertThat(e.value()).isEqualTo(0.5);
        assertThat(thick.trappingTime().ratio()).isCloseTo(e.value(), within(0.08));
        assertThat(thick.expectedRatio(thick.meanFreePath()).value()).isCloseTo(1, within(1e-6));
        assertThat(thick.expectedRatio(thick.fractionInside()).value()).isEqualTo(1);

        ExpectedRatio thin = Analytic.trappingTimeRatio(new PatchPopulation(LS_AU, 0.01, 0.01 * V / LS_CM, 0), V);
        assertThat(thin.value()).isEqualTo(2);
        assertThat(Analytic.trappingTimeRatio(new PatchPopulation(LS_AU, 0.01, V / LS_CM, 0), V).known())
                .as("no closed form at τ_s = 1").isFalse();
        PatchPopulation continuous = PatchPopulation.continuous(1e-9);
        assertThat(Analytic.kappaRatio(continuous, V).value()).isEqualTo(1);
        assertThat(Analytic.trappingTimeRatio(continuous, V).known()).isFalse();
    }
}
