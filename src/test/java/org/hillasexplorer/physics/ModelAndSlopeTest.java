package org.hillasexplorer.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The hypothetical intermittent model (Fig. 3), the size-distribution slope (Sec. 3.3) and constraints (3)–(7). */
class ModelAndSlopeTest {
    private final Scenario paper = Scenario.defaults();

    @Test
    void closedFormCoefficientIsTheExactOneAtDeltaOneHalf() {
        assertThat(HypotheticalModel.closedFormCoefficient(0.5)).isCloseTo(1.05e-7, within(0.01e-7));
    }

    @Test
    void locusAgreesWithTheClosedFormInTheRelativisticLimit() {
        Curve locus = HypotheticalModel.locus(paper).orElseThrow();
        int last = locus.size() - 1; // 10 TeV: fully relativistic
        double lsAu = Math.pow(10, locus.x(last));
        assertThat(Math.pow(10, locus.y(last))).isCloseTo(HypotheticalModel.closedFormFillingFactor(paper, lsAu), withinPercentage(0.1));
        // the paper's "~3e-7 ℓ_S,au^½ B^-½" at 1 au
        assertThat(HypotheticalModel.closedFormFillingFactor(paper.with(Parameters.B_MICROGAUSS, 1), 1)).isCloseTo(2.4e-7, within(0.1e-7));
    }

    @Test
    void locusSlopeIsOneMinusDelta() {
        Curve locus = HypotheticalModel.locus(paper).orElseThrow();
        int n = locus.size();
        double slope = (locus.y(n - 1) - locus.y(n - 10)) / (locus.x(n - 1) - locus.x(n - 10));
        assertThat(slope).isCloseTo(0.5, within(1e-3));
    }

    @Test
    void modelRegionIsASimplePolygonAroundTheLocus() {
        Polygon region = HypotheticalModel.region(paper).orElseThrow();
        assertThat(region.isSimple()).isTrue();
        Curve locus = HypotheticalModel.locus(paper).orElseThrow();
        assertThat(region.contains(locus.x(30), locus.y(30))).isTrue();
        assertThat(HypotheticalModel.region(paper.with(Parameters.DELTA_S, 0))).isEmpty();
    }

    @Test
    void sizeDistributionSlopeForFixedInternalRateIsTwoPlusDelta() {
        assertThat(SizeDistribution.cumulativeSlopeForFixedInternalRate(0.5)).isEqualTo(2.5);
        assertThat(SizeDistribution.cumulativeSlope(0.5, 1, 0.5)).isEqualTo(2.0);
        assertThat(SizeDistribution.cumulativeSlope(0.6, 0.5, 0.5)).isCloseTo(2.6, within(1e-12));
        assertThat(SizeDistribution.cumulativeSlopeAtFixedLongAxis(0.5, 0, 1, 2)).isEqualTo(0.5);
        assertThatThrownBy(() -> SizeDistribution.cumulativeSlope(0.5, 0, 0)).hasMessageContaining("α_R");
    }

    @Test
    void constraintsWithoutInternalRateCheckOnlySizeBounds() {
        var checks = ConstraintCheck.checkAll(paper, 1, 10, OptionalDouble.empty());
        assertThat(checks).extracting(ConstraintCheck::constraint).containsExactly(Constraint.values());
        assertThat(checks.get(0).satisfied()).isTrue();   // 10 au > r_g = 0.126 au
        assertThat(checks.get(0).marginDex()).isCloseTo(Math.log10(10 / 0.1261), within(1e-3));
        assertThat(checks.get(1).applicable()).isFalse();
        assertThat(checks.get(3).satisfied()).isTrue();   // 10 au < 12.65 pc
    }

    @Test
    void opticallyThinAndTrappingPatchesFail() {
        // v/ν_s = ℓ_S gives τ_s = 1 exactly; a ten times lower rate is transparent
        Particle p = paper.particle(1);
        double lsAu = 10;
        double nuCrit = p.speedCmPerS() / (lsAu * Units.AU_CM);
        var thin = ConstraintCheck.checkAll(paper, 1, lsAu, OptionalDouble.of(nuCrit / 10));
        assertThat(thin.get(1).satisfied()).isFalse();
        assertThat(thin.get(1).marginDex()).isCloseTo(-1, within(1e-9));
        // trapping: Δt_s = (ℓ_S/v)² ν_s exceeds ℓ_mfp/v for very large ν_s
        double mfpCm = paper.meanFreePathPc(p) * Units.PC_CM;
        double nuTrap = 10 * p.speedCmPerS() * mfpCm / Math.pow(lsAu * Units.AU_CM, 2);
        var trapped = ConstraintCheck.checkAll(paper, 1, lsAu, OptionalDouble.of(nuTrap));
        assertThat(trapped.get(1).satisfied()).isTrue();
        assertThat(trapped.get(2).satisfied()).isFalse();
        assertThat(trapped.get(2).marginDex()).isCloseTo(-1, within(1e-9));
    }

    @Test
    void massFractionAndSurfaceDensityFollowEquationsNineAndTen() {
        double fm = Geometry.massFraction(100, 10, 12.65);
        assertThat(fm).isCloseTo(100 * Units.auToPc(10) / 12.65, within(1e-15));
        assertThat(Geometry.surfaceDensityGPerCm2(1, paper.ismMassDensityGPerCm3(), 9.716)).isCloseTo(5.02e-5, within(0.01e-5));
    }
}
