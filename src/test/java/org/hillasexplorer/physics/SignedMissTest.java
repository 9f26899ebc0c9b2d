package org.hillasexplorer.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One sign for a miss everywhere: negative below the band (too rare), positive above (too abundant). */
class SignedMissTest {
    private final Scenario paper = Scenario.defaults();

    private ClassVerdict gev(CandidateBox box) {
        return CandidateEvaluation.evaluate(box, paper).get(1);
    }

    @Test
    void belowTheBandIsNegativeAndTooRareAboveIsPositiveAndTooAbundant() {
        double bottom = BandGeometry.requiredLog10Value(paper, Plane.NUMBER_DENSITY, 10, 1e4);
        ClassVerdict rare = gev(new CandidateBox(Plane.NUMBER_DENSITY, 1e4, 1e5, Math.pow(10, bottom - 5), Math.pow(10, bottom - 3)));
        assertThat(rare.status()).isEqualTo(ClassVerdict.Status.TOO_RARE);
        assertThat(SignedMiss.of(rare)).isCloseTo(-3, within(1e-6));
        assertThat(SignedMiss.compact(rare)).isEqualTo("−3.0");
        assertThat(SignedMiss.text(Plane.NUMBER_DENSITY, SignedMiss.of(rare))).isEqualTo("n_s −3.0 dex, too rare");
        assertThat(rare.describe()).contains("n_s −3.0 dex, too rare");

        double top = BandGeometry.requiredLog10Value(paper, Plane.FILLING_FACTOR, 1, 1e3);
        ClassVerdict abundant = gev(new CandidateBox(Plane.FILLING_FACTOR, 1e3, 2e3, Math.pow(10, top + 0.5), Math.pow(10, top + 1)));
        assertThat(abundant.status()).isEqualTo(ClassVerdict.Status.TOO_ABUNDANT);
        assertThat(SignedMiss.of(abundant)).isCloseTo(0.5, within(1e-6));
        assertThat(SignedMiss.compact(abundant)).isEqualTo("+0.5");
        assertThat(abundant.describe()).as("an f_V box speaks of f_V").contains("f_V +0.5 dex, too abundant").doesNotContain("n_s");
    }

    @Test
    void sizeMissesAndHitsHaveNoSignedNumber() {
        ClassVerdict small = gev(new CandidateBox(Plane.NUMBER_DENSITY, 1e-4, 1e-3, 1, 10));
        assertThat(SignedMiss.of(small)).isNaN();
        assertThat(SignedMiss.compact(small)).isEqualTo("<r_g");
        assertThat(SignedMiss.number(0)).isEqualTo("0");
        assertThat(SignedMiss.text(Plane.FILLING_FACTOR, 0)).isEqualTo("reaches the band");
        assertThat(SignedMiss.number(-0.01)).as("a sliver is still a miss").isEqualTo("−<0.1");
        assertThat(SignedMiss.number(0.01)).isEqualTo("+<0.1");
    }

    @Test
    void thePointerReadoutSignsItsMissAsTheCatalogueDoes() {
        // far below every band on the n_s plane: ℓ_mfp too long, so too rare and negative, as in the catalogue
        List<PointReadout.ClassReadout> below = PointReadout.at(paper, Plane.NUMBER_DENSITY, 1e5, 1e-11).classes();
        for (PointReadout.ClassReadout c : below) {
            assertThat(c.meanFreePathMismatchDex()).isPositive();
            assertThat(SignedMiss.ofMeanFreePathMismatch(c.meanFreePathMismatchDex())).isNegative();
            assertThat(c.statusLine(Plane.NUMBER_DENSITY)).contains("n_s −", "dex, too rare").doesNotContain("+");
        }
        // far above on the f_V plane (f_V = 0.5 at 1e5 au): too abundant and positive, and it says f_V
        for (PointReadout.ClassReadout c : PointReadout.at(paper, Plane.FILLING_FACTOR, 1e5, 0.5).classes()) {
            assertThat(c.statusLine(Plane.FILLING_FACTOR)).contains("f_V +", "dex, too abundant").doesNotContain("n_s");
        }
        // at fixed ℓ_S, ℓ_mfp ∝ 1/n_s: the readout's miss equals the distance to the band along n_s
        PointReadout.ClassReadout gev = below.get(1);
        double required = Math.log10(gev.impliedMeanFreePathPc() / gev.requiredMaxMeanFreePathPc());
        assertThat(SignedMiss.ofMeanFreePathMismatch(gev.meanFreePathMismatchDex())).isCloseTo(-required, within(1e-12));
    }

    @Test
    void theStatusLineGivesEveryLengthItsUnit() {
        PointReadout.ClassReadout c = PointReadout.at(paper, Plane.NUMBER_DENSITY, 1e5, 1e-11).classes().get(1);
        String line = c.statusLine(Plane.NUMBER_DENSITY);
        assertThat(line).startsWith("GeV: ℓ_mfp ").matches("GeV: ℓ_mfp \\S+ pc, needs \\S+–\\S+ pc → .*");
    }

    @Test
    void numbersBetweenTenThousandAndAMillionAreWrittenOutNotAsPercentG() {
        assertThat(Units.formatNumber(21203.7)).isEqualTo("21200");
        assertThat(Units.formatNumber(Math.pow(10, Math.log10(20600)))).isEqualTo("20600");
        assertThat(Units.formatNumber(123456.7)).isEqualTo("123500");
        assertThat(Units.formatNumber(9999.95)).isEqualTo("10000");
        assertThat(Units.formatNumber(12.6512)).isEqualTo("12.65");
        assertThat(Units.formatNumber(2.06e6)).isEqualTo("2.06e6");
    }
}
