package org.hillasexplorer.physics.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.hillasexplorer.physics.Units;
import org.junit.jupiter.api.Test;

/** The fit recovers known δ_s and ν̄₀ from noisy synthetic data, and its 1σ intervals cover the truth ~68 % of the time. */
class TransportFitTest {
    private static final double C_PC_PER_S = Units.C_CM_PER_S / Units.PC_CM;

    /** 15 log-spaced rigidities 1–1000 GV, ℓ_mfp = (c/ν̄₀) R^δ with Gaussian noise of 10 % (σ known). */
    static TransportData synthetic(double delta, double nu0, long seed, boolean broken) {
        Random rng = new Random(seed);
        List<TransportData.Point> pts = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            double r = Math.pow(10, 3.0 * i / 14);
            double truth = C_PC_PER_S / nu0 * Math.pow(r, delta);
            if (broken && r > 200) {
                truth = C_PC_PER_S / nu0 * Math.pow(200, delta) * Math.pow(r / 200, delta - 0.2);
            }
            double sigma = 0.1 * truth;
            pts.add(new TransportData.Point(r, truth + sigma * rng.nextGaussian(), sigma, i + 1));
        }
        return new TransportData("synthetic", "l_mfp", pts, OptionalDouble.empty());
    }

    @Test
    void recoversTheParametersWithinTheirErrors() {
        TransportFit.Result f = TransportFit.fit(synthetic(0.45, 2e-9, 7, false), false);
        assertThat(f.deltaS()).isCloseTo(0.45, within(3 * f.sigma(0)));
        assertThat(f.values()[1]).isCloseTo(Math.log10(2e-9), within(3 * f.sigma(1)));
        assertThat(f.sigma(0)).isBetween(0.005, 0.05);
        // all points at R ≥ 1 GV: a steeper slope must start lower at 1 GV, i.e. with a larger ν̄₀
        assertThat(f.correlation(0, 1)).isPositive();
        assertThat(f.dof()).isEqualTo(13);
        assertThat(f.pValue()).isBetween(0.0, 1.0);
        assertThat(f.describe()).contains("δ_s = ").contains("χ²/dof");
    }

    @Test
    void oneSigmaIntervalsCoverAbout68PercentOver400Seeds() {
        int coverDelta = 0;
        int coverNu = 0;
        int seeds = 400;
        double chi2 = 0;
        for (int s = 0; s < seeds; s++) {
            TransportFit.Result f = TransportFit.fit(synthetic(0.5, 1e-9, 1000 + s, false), false);
            if (Math.abs(f.deltaS() - 0.5) <= f.sigma(0)) {
                coverDelta++;
            }
            if (Math.abs(f.values()[1] + 9) <= f.sigma(1)) {
                coverNu++;
            }
            chi2 += f.chiSquare();
        }
        assertThat(coverDelta / (double) seeds).isBetween(0.63, 0.73);
        assertThat(coverNu / (double) seeds).isBetween(0.63, 0.73);
        assertThat(chi2 / seeds).as("mean χ² ≈ dof").isBetween(11.0, 15.0);
    }

    @Test
    void theBrokenPowerLawFindsTheBreakAndTheSecondIndex() {
        TransportFit.Result f = TransportFit.fit(synthetic(0.5, 1e-9, 3, true), true);
        assertThat(f.values()[0]).isCloseTo(0.5, within(4 * f.sigma(0)));
        assertThat(f.values()[3]).isCloseTo(0.3, within(4 * f.sigma(3)));
        assertThat(f.dof()).isEqualTo(11);
        TransportFit.Result single = TransportFit.fit(synthetic(0.5, 1e-9, 3, true), false);
        assertThat(f.chiSquare()).isLessThan(single.chiSquare());
        assertThatThrownBy(f::asDistribution).hasMessageContaining("two indices");
    }

    @Test
    void theFitBecomesTheScenarioDistribution() {
        TransportFit.Result f = TransportFit.fit(synthetic(0.4, 3e-9, 11, false), false);
        ParameterDistribution d = ParameterDistribution.fixed(org.hillasexplorer.physics.Scenario.defaults())
                .withCorrelated(f.asDistribution());
        assertThat(d.central().deltaS()).isEqualTo(f.deltaS());
        assertThat(d.central().nu0PerS()).isCloseTo(f.nu0PerS(), within(1e-20));
        assertThat(d.uncertainParameters()).hasSize(2);
    }

    @Test
    void tooFewOrDegeneratePointsAreRefused() {
        List<TransportData.Point> two = List.of(new TransportData.Point(1, 10, 1, 3), new TransportData.Point(10, 30, 3, 4));
        assertThatThrownBy(() -> TransportFit.fit(new TransportData("t.csv", "l_mfp", two, OptionalDouble.empty()), false))
                .hasMessageContaining("t.csv: 2 points");
        List<TransportData.Point> same = List.of(new TransportData.Point(5, 10, 1, 3), new TransportData.Point(5, 11, 1, 4),
                new TransportData.Point(5, 9, 1, 5));
        assertThatThrownBy(() -> TransportFit.fit(new TransportData("t.csv", "l_mfp", same, OptionalDouble.empty()), false))
                .hasMessageContaining("degenerate");
    }
}
