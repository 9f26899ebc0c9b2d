package org.hillasexplorer.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.hillasexplorer.physics.PointReadout.ClassReadout;
import org.junit.jupiter.api.Test;

/** The pointer readout: what a point on either plane implies for each energy class. */
class PointReadoutTest {
    private static final Scenario PAPER = Scenario.defaults();
    private static final int GEV = 1; // index of the GeV class in the defaults

    /** The plane's required value for CRs of energy T [GeV] and structures of size ℓ_S [au] (the band's T line). */
    private static double required(Scenario s, Plane plane, double tGeV, double lsAu) {
        return Math.pow(10, BandGeometry.requiredLog10Value(s, plane, tGeV, lsAu));
    }

    private static ClassReadout gev(Plane plane, double lsAu, double value) {
        return PointReadout.at(PAPER, plane, lsAu, value).classes().get(GEV);
    }

    @Test
    void aPointOnTheGevBandsLowEnergyLineImpliesItsMeanFreePath() {
        ClassReadout r = gev(Plane.NUMBER_DENSITY, 10, required(PAPER, Plane.NUMBER_DENSITY, 1, 10));
        assertThat(r.energyClass()).isEqualTo(EnergyClass.GEV);
        assertThat(r.impliedMeanFreePathPc()).isCloseTo(12.65, within(0.01));
        assertThat(r.requiredMinMeanFreePathPc()).isCloseTo(12.65, within(0.01));
        assertThat(r.requiredMaxMeanFreePathPc()).isCloseTo(PAPER.meanFreePathPc(PAPER.particle(10)), within(1e-9));
        assertThat(r.meanFreePathMatches()).isTrue();
        assertThat(r.meanFreePathMismatchDex()).isZero();
        assertThat(r.insideBand()).isTrue();
        assertThat(r.largerThanGyroradius()).isTrue();
        assertThat(r.smallerThanMeanFreePath()).isTrue();
        assertThat(r.describe()).startsWith("GeV: implied ℓ_mfp 12.65 pc vs required 12.65–32.07 pc (matches)")
                .endsWith("ℓ_S ≥ r_g ✓; ℓ_S < ℓ_mfp ✓; in band");
    }

    @Test
    void aPointInsideTheGevBandIsInsideItAndOnlyIt() {
        PointReadout p = PointReadout.at(PAPER, Plane.NUMBER_DENSITY, 10, required(PAPER, Plane.NUMBER_DENSITY, 3, 10));
        assertThat(p.classes()).extracting(c -> c.energyClass().label()).containsExactly("MeV", "GeV", "TeV");
        assertThat(p.classes()).extracting(ClassReadout::insideBand).containsExactly(false, true, false);
        assertThat(p.classes().get(0).meanFreePathMismatchDex()).as("too rare for MeV: ℓ_mfp too long").isPositive();
        assertThat(p.classes().get(2).meanFreePathMismatchDex()).as("too abundant for TeV: ℓ_mfp too short").isNegative();
    }

    @Test
    void aPointTwoDexBelowTheBandIsTwoDexTooLong() {
        double onHighLine = required(PAPER, Plane.NUMBER_DENSITY, 10, 10);
        ClassReadout r = gev(Plane.NUMBER_DENSITY, 10, onHighLine / 100);
        assertThat(r.meanFreePathMismatchDex()).isCloseTo(2, within(1e-9));
        assertThat(r.insideBand()).isFalse();
        assertThat(r.describe()).contains("(2.0 dex too long)").endsWith("outside band");
    }

    @Test
    void aPointOneDexAboveTheBandIsOneDexTooShort() {
        double onLowLine = required(PAPER, Plane.FILLING_FACTOR, 1, 10);
        ClassReadout r = gev(Plane.FILLING_FACTOR, 10, onLowLine * 10);
        assertThat(r.meanFreePathMismatchDex()).isCloseTo(-1, within(1e-9));
        assertThat(r.describe()).contains("(1.0 dex too short)");
    }

    @Test
    void theFillingFactorPlaneImpliesLsOverFv() {
        double lsAu = 100;
        double fv = 1e-6;
        ClassReadout r = gev(Plane.FILLING_FACTOR, lsAu, fv);
        assertThat(r.impliedMeanFreePathPc()).isCloseTo(Units.auToPc(lsAu) / fv, within(1e-6));
        assertThat(r.fillingFactor()).isEqualTo(fv);
    }

    @Test
    void bothPlanesAgreeForElongatedStructures() {
        Scenario filaments = PAPER.with(Parameters.DIMENSIONALITY, 1).with(Parameters.ASPECT, 30);
        double lsAu = 50;
        double ns = required(filaments, Plane.NUMBER_DENSITY, 2, lsAu);
        ClassReadout onNs = PointReadout.at(filaments, Plane.NUMBER_DENSITY, lsAu, ns).classes().get(GEV);
        ClassReadout onFv = PointReadout.at(filaments, Plane.FILLING_FACTOR, lsAu, onNs.fillingFactor()).classes().get(GEV);
        assertThat(onNs.impliedMeanFreePathPc()).isCloseTo(filaments.meanFreePathPc(filaments.particle(2)), within(1e-6));
        assertThat(onFv.impliedMeanFreePathPc()).isCloseTo(onNs.impliedMeanFreePathPc(), within(1e-6));
        assertThat(onNs.fillingFactor()).isCloseTo(Units.auToPc(lsAu) / onNs.impliedMeanFreePathPc(), within(1e-15));
        assertThat(onNs.insideBand()).isTrue();
        assertThat(onFv.insideBand()).isTrue();
    }

    @Test
    void structuresSmallerThanTheGyroradiusAreOutsideEvenAtTheRightAbundance() {
        double rgLo = PAPER.gyroradiusAu(PAPER.particle(1)); // 0.126 au
        ClassReadout r = gev(Plane.FILLING_FACTOR, rgLo / 10, required(PAPER, Plane.FILLING_FACTOR, 1, rgLo / 10));
        assertThat(r.gyroradiusMinAu()).isCloseTo(0.1261, within(1e-4));
        assertThat(r.gyroradiusMaxAu()).isGreaterThan(r.gyroradiusMinAu());
        assertThat(r.meanFreePathMatches()).isTrue();
        assertThat(r.largerThanGyroradius()).isFalse();
        assertThat(r.insideBand()).isFalse();
        assertThat(r.describe()).contains("ℓ_S ≥ r_g ✗");
    }

    @Test
    void structuresLargerThanTheMeanFreePathAreOutside() {
        double mfpHiAu = Units.pcToAu(PAPER.meanFreePathPc(PAPER.particle(10)));
        ClassReadout r = gev(Plane.NUMBER_DENSITY, mfpHiAu * 2, 1e-12);
        assertThat(r.smallerThanMeanFreePath()).isFalse();
        assertThat(r.insideBand()).isFalse();
        assertThat(r.fillingFactor()).as("n_s V_s may exceed 1 on the n_s plane").isGreaterThan(0);
        assertThat(r.describe()).contains("ℓ_S < ℓ_mfp ✗");
    }

    @Test
    void anEmptyBandContainsNothing() {
        Scenario weak = PAPER.with(Parameters.B_MICROGAUSS, 0.01).with(Parameters.NU0_PER_S, 1e-5);
        assertThat(BandGeometry.band(weak, EnergyClass.TEV, Plane.FILLING_FACTOR).isEmpty()).isTrue();
        ClassReadout tev = PointReadout.at(weak, Plane.FILLING_FACTOR, 1e4, 0.5).classes().get(2);
        assertThat(tev.insideBand()).isFalse();
        assertThat(tev.largerThanGyroradius()).isFalse();
    }

    @Test
    void describeNamesThePointAndEveryClass() {
        String line = PointReadout.at(PAPER, Plane.NUMBER_DENSITY, 10, 1e-3).describe();
        assertThat(line).startsWith("ℓ_S = 10 au, n_s(>ℓ_S) = 0.001 pc⁻³ | MeV: ").contains(" | GeV: ", " | TeV: ");
    }

    @Test
    void badPointsAreRefusedByName() {
        assertThatThrownBy(() -> PointReadout.at(PAPER, Plane.NUMBER_DENSITY, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ℓ_S = 0.0 au");
        assertThatThrownBy(() -> PointReadout.at(PAPER, Plane.NUMBER_DENSITY, Double.POSITIVE_INFINITY, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ℓ_S = Infinity au");
        assertThatThrownBy(() -> PointReadout.at(PAPER, Plane.NUMBER_DENSITY, 1, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n_s(>ℓ_S) [pc⁻³] = -1.0");
        assertThatThrownBy(() -> PointReadout.at(PAPER, Plane.FILLING_FACTOR, 1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("f_V = NaN");
        assertThatThrownBy(() -> PointReadout.at(PAPER, Plane.FILLING_FACTOR, 1, 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("f_V = 1.5 must be at most 1");
        assertThat(PointReadout.at(PAPER, Plane.FILLING_FACTOR, 1, 1).classes()).hasSize(3);
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        // δ_s ≥ 0.05: at δ_s = 0 every T gives the same line, so the band has no area and is drawn empty
        return Combinators.combine(Arbitraries.doubles().between(0.05, 1.5), Arbitraries.doubles().between(-1, 2),
                        Arbitraries.doubles().between(-11, -7), Arbitraries.integers().between(0, 2),
                        Arbitraries.doubles().between(0, 3), Arbitraries.doubles().between(-5, 5))
                .as((d, b, nu, dim, a, lo) -> new Scenario(d, Math.pow(10, b), Math.pow(10, nu), dim, Math.pow(10, a), 1,
                        List.of(new EnergyClass("X", Math.pow(10, lo), Math.pow(10, lo + 1))), Species.PROTON));
    }

    /**
     * A point on the segment of one energy T inside the class, between r_g(T) and ℓ_mfp(T) with a margin, is in the
     * band on both planes and implies exactly ℓ_mfp(T).
     */
    @Property(tries = 300)
    void pointsOnAnAllowedSegmentAreInTheBand(@ForAll("scenarios") Scenario s,
                                              @ForAll @DoubleRange(min = 0.05, max = 0.95) double tFraction,
                                              @ForAll @DoubleRange(min = 0.2, max = 0.8) double lsFraction) {
        EnergyClass c = s.energyClasses().get(0);
        double t = c.minKineticEnergyGeV() * Math.pow(10, tFraction);
        Particle p = s.particle(t);
        double log10Rg = Math.log10(s.gyroradiusAu(p));
        double log10Mfp = Math.log10(s.meanFreePathAu(p));
        Assume.that(log10Mfp - log10Rg > 1); // a segment long enough that the sampled band edges are far away
        double lsAu = Math.pow(10, log10Rg + lsFraction * (log10Mfp - log10Rg));
        for (Plane plane : Plane.values()) {
            ClassReadout r = PointReadout.at(s, plane, lsAu, required(s, plane, t, lsAu)).classes().get(0);
            assertThat(r.impliedMeanFreePathPc() / s.meanFreePathPc(p)).isCloseTo(1, within(1e-9));
            assertThat(r.meanFreePathMatches()).isTrue();
            assertThat(r.largerThanGyroradius()).isTrue();
            assertThat(r.smallerThanMeanFreePath()).isTrue();
            assertThat(r.insideBand()).as("%s at ℓ_S = %s au, T = %s GeV", plane, lsAu, t).isTrue();
        }
    }
}
