package org.hillasexplorer.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hillasexplorer.physics.Intermittency.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Section 4.3: the contribution per ln|δB| ∝ |δB|^(2−α_P), its regimes and the tail's share. */
class IntermittencyTest {

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.5, 1.5, 2, 2.7, 3, 5})
    void contributionIsAPowerLawOfSlopeTwoMinusAlphaNormalisedAtOne(double alphaP) {
        assertThat(Intermittency.contributionPerLogBin(alphaP, 1)).isEqualTo(1.0);
        double a = Intermittency.contributionPerLogBin(alphaP, 1e-2);
        double b = Intermittency.contributionPerLogBin(alphaP, 3.0);
        double slope = (Math.log(b) - Math.log(a)) / (Math.log(3.0) - Math.log(1e-2));
        assertThat(slope).isCloseTo(2 - alphaP, within(1e-12));
        assertThat(Intermittency.logSlope(alphaP)).isEqualTo(2 - alphaP);
    }

    @Test
    void regimesSplitAtTwoWithAMarginalBand() {
        assertThat(Intermittency.regime(0)).isEqualTo(Regime.PATCHY);
        assertThat(Intermittency.regime(1.5)).isEqualTo(Regime.PATCHY);
        assertThat(Intermittency.regime(1.94)).isEqualTo(Regime.PATCHY);
        assertThat(Intermittency.regime(1.96)).isEqualTo(Regime.MARGINAL);
        assertThat(Intermittency.regime(2)).isEqualTo(Regime.MARGINAL);
        assertThat(Intermittency.regime(2.04)).isEqualTo(Regime.MARGINAL);
        assertThat(Intermittency.regime(2.06)).isEqualTo(Regime.TRADITIONAL);
        assertThat(Intermittency.regime(3)).isEqualTo(Regime.TRADITIONAL);
        assertThat(Intermittency.regime(5)).isEqualTo(Regime.TRADITIONAL);
        for (Regime r : Regime.values()) {
            assertThat(r.explanation()).endsWith(".").doesNotContain("\n");
            assertThat(r.explanation().split("\\. ")).hasSize(1);
        }
        assertThat(Regime.PATCHY.explanation()).contains("tail");
        assertThat(Regime.TRADITIONAL.explanation()).contains("core");
    }

    @Test
    void theTailDominatesBelowTwoAndTheCoreAboveTwo() {
        double patchy = Intermittency.tailFraction(1.5, 1e-3, 0.3, 10);
        double traditional = Intermittency.tailFraction(3, 1e-3, 0.3, 10);
        assertThat(patchy).isGreaterThan(0.5);
        assertThat(traditional).isLessThan(0.5);
        // analytic: (√10 − √0.3)/(√10 − √0.001) and (1/0.3 − 1/10)/(1/0.001 − 1/10)
        assertThat(patchy).isCloseTo((Math.sqrt(10) - Math.sqrt(0.3)) / (Math.sqrt(10) - Math.sqrt(1e-3)), within(1e-12));
        assertThat(traditional).isCloseTo((1 / 0.3 - 0.1) / (1000 - 0.1), within(1e-12));
    }

    @Test
    void atAlphaTwoEveryDecadeContributesEqually() {
        assertThat(Intermittency.contributionPerLogBin(2, 1e-3)).isEqualTo(1.0);
        assertThat(Intermittency.contributionPerLogBin(2, 7)).isEqualTo(1.0);
        // the share of the tail is its share of the decades
        assertThat(Intermittency.tailFraction(2, 1e-3, 1, 10)).isCloseTo(0.25, within(1e-12));
        assertThat(Intermittency.tailFraction(2, 1e-2, 1e-1, 1)).isCloseTo(0.5, within(1e-12));
        // and it is continuous through α_P = 2
        assertThat(Intermittency.tailFraction(2 + 1e-9, 1e-3, 1, 10)).isCloseTo(0.25, within(1e-6));
        assertThat(Intermittency.tailFraction(2 - 1e-9, 1e-3, 1, 10)).isCloseTo(0.25, within(1e-6));
    }

    @Test
    void tailFractionIsMonotoneInAlphaAndHandlesExtremeRanges() {
        double prev = 1;
        for (double a = 0; a <= 5; a += 0.25) {
            double f = Intermittency.tailFraction(a, 1e-3, 0.3, 10);
            assertThat(f).isBetween(0.0, 1.0).isLessThanOrEqualTo(prev + 1e-15);
            prev = f;
        }
        assertThat(Intermittency.tailFraction(5, 1e-200, 1e-100, 1e200)).isBetween(0.0, 1.0).isFinite();
        assertThat(Intermittency.tailFraction(0, 1e-200, 1e100, 1e200)).isCloseTo(1.0, within(1e-9));
        assertThat(Intermittency.tailFraction(3, 1e-3, 1e-3, 10)).isEqualTo(1.0);
        assertThat(Intermittency.tailFraction(3, 1e-3, 10, 10)).isEqualTo(0.0);
    }

    @Test
    void invalidInputsAreRefused() {
        for (double a : new double[] {-0.1, 5.01, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> Intermittency.regime(a)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("outside [0, 5]");
            assertThatThrownBy(() -> Intermittency.contributionPerLogBin(a, 1)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Intermittency.contributionPerLogBin(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Intermittency.contributionPerLogBin(1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Intermittency.tailFraction(1, 1, 0.5, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Intermittency.tailFraction(1, 10, 10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Intermittency.tailFraction(1, 0, 0.5, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void verdictSaysTheRegimeInWords() {
        assertThat(Intermittency.verdict(1.5)).isEqualTo("α_P = 1.5 < 2: the rare strong tail dominates scattering (patchy)");
        assertThat(Intermittency.verdict(3)).contains("> 2", "core", "traditional");
        assertThat(Intermittency.verdict(2)).contains("equally", "marginal");
    }
}
