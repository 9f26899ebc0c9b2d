package org.hillasexplorer.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Verdicts on constructed boxes with known answers. */
class CandidateEvaluationTest {
    private final Scenario paper = Scenario.defaults();

    private ClassVerdict gev(CandidateBox box) {
        return CandidateEvaluation.evaluate(box, paper).get(1);
    }

    @Test
    void boxAroundARequiredPointOverlaps() {
        double y = BandGeometry.requiredLog10Value(paper, Plane.NUMBER_DENSITY, 3, 100);
        CandidateBox box = new CandidateBox(Plane.NUMBER_DENSITY, 100, 200, Math.pow(10, y - 0.1), Math.pow(10, y + 0.1));
        ClassVerdict v = gev(box);
        assertThat(v.status()).isEqualTo(ClassVerdict.Status.OVERLAPS);
        assertThat(v.gapDex()).isZero();
        assertThat(v.describe()).isEqualTo("GeV: reaches the band");
    }

    @Test
    void numberDensityBoxTouchingTheBandOnlyAtItsLargeSizeEndIsStillTooRare() {
        // the upper-right corner sits on the 3 GeV segment, but at its smallest size the box is ≈1.7 dex below
        double yAt1e3 = BandGeometry.requiredLog10Value(paper, Plane.NUMBER_DENSITY, 3, 1e3);
        CandidateBox box = new CandidateBox(Plane.NUMBER_DENSITY, 1e2, 1e3, Math.pow(10, yAt1e3 - 1), Math.pow(10, yAt1e3));
        ClassVerdict v = gev(box);
        assertThat(v.status()).isEqualTo(ClassVerdict.Status.TOO_RARE);
        double bottomAt1e2 = BandGeometry.requiredLog10Value(paper, Plane.NUMBER_DENSITY, 10, 1e2);
        assertThat(v.gapDex()).isCloseTo(bottomAt1e2 - yAt1e3, within(1e-6));
        // on the f_V plane the same geometry counts as reaching the band
        double fv = BandGeometry.requiredLog10Value(paper, Plane.FILLING_FACTOR, 3, 1e3);
        CandidateBox fvBox = new CandidateBox(Plane.FILLING_FACTOR, 1e2, 1e3, Math.pow(10, fv - 3), Math.pow(10, fv));
        assertThat(CandidateEvaluation.evaluate(fvBox, paper).get(1).status()).isEqualTo(ClassVerdict.Status.OVERLAPS);
    }

    @Test
    void boxThreeDexBelowTheBandAtItsSmallestSizeIsTooRareByThree() {
        // at ℓ_S = 1e4 au the GeV band spans the segments of 1 GeV (top) down to 10 GeV (bottom)
        double bottom = BandGeometry.requiredLog10Value(paper, Plane.NUMBER_DENSITY, 10, 1e4);
        CandidateBox box = new CandidateBox(Plane.NUMBER_DENSITY, 1e4, 1e5, Math.pow(10, bottom - 5), Math.pow(10, bottom - 3));
        ClassVerdict v = gev(box);
        assertThat(v.status()).isEqualTo(ClassVerdict.Status.TOO_RARE);
        assertThat(v.gapDex()).isCloseTo(3, within(1e-6));
        assertThat(v.log10LsAtGapAu()).isCloseTo(4, within(1e-12));
        // the band's lower edge falls 2 dex from 1e4 to 1e5 au (slope −2), so the worst corner is (1e4 au, bottom − 5)
        assertThat(v.worstCornerGapDex()).isCloseTo(5, within(1e-6));
        assertThat(v.describe()).startsWith("GeV: n_s −3.0 dex, too rare at ℓ_S = 10000 au (worst corner 5.0 dex away)");
    }

    @Test
    void boxAboveTheBandIsTooAbundant() {
        double top = BandGeometry.requiredLog10Value(paper, Plane.FILLING_FACTOR, 1, 1e3);
        CandidateBox box = new CandidateBox(Plane.FILLING_FACTOR, 1e3, 2e3, Math.pow(10, top + 0.5), Math.pow(10, top + 1));
        ClassVerdict v = gev(box);
        assertThat(v.status()).isEqualTo(ClassVerdict.Status.TOO_ABUNDANT);
        assertThat(v.gapDex()).isCloseTo(0.5, within(1e-6));
    }

    @Test
    void structuresSmallerThanEveryGyroradiusAreTooSmall() {
        CandidateBox box = new CandidateBox(Plane.NUMBER_DENSITY, 1e-4, 1e-3, 1, 10);
        List<ClassVerdict> vs = CandidateEvaluation.evaluate(box, paper);
        assertThat(vs).extracting(ClassVerdict::status).containsOnly(ClassVerdict.Status.TOO_SMALL);
        // r_g(1 MeV, 3 μG) ≈ 3.2e-3 au → 0.5 dex above 1e-3 au
        assertThat(vs.get(0).gapDex()).isCloseTo(Math.log10(paper.at(1e-3).gyroradiusAu()) + 3, within(1e-9));
    }

    @Test
    void structuresLargerThanEveryMeanFreePathAreTooLarge() {
        CandidateBox box = new CandidateBox(Plane.FILLING_FACTOR, 1e10, 1e11, 0.1, 1);
        assertThat(CandidateEvaluation.evaluate(box, paper)).extracting(ClassVerdict::status)
                .containsOnly(ClassVerdict.Status.TOO_LARGE);
    }

    @Test
    void emptyBandGivesNoBand() {
        Scenario s = paper.with(Parameters.NU0_PER_S, 1e-5).with(Parameters.B_MICROGAUSS, 0.01);
        CandidateBox box = new CandidateBox(Plane.NUMBER_DENSITY, 1, 10, 1, 10);
        assertThat(CandidateEvaluation.evaluate(box, s).get(2).status()).isEqualTo(ClassVerdict.Status.NO_BAND);
    }

    @Test
    void hypotheticalModelPointsLieInsideTheBandsOfTheirEnergy() {
        // the model is the left edge (ℓ_S = r_g) of each band: a small box around it touches every class
        for (EnergyClass c : paper.energyClasses()) {
            double t = Math.sqrt(c.minKineticEnergyGeV() * c.maxKineticEnergyGeV());
            Particle p = paper.particle(t);
            double rg = paper.gyroradiusAu(p);
            double fv = rg / paper.meanFreePathAu(p);
            CandidateBox box = new CandidateBox(Plane.FILLING_FACTOR, rg, rg * 1.1, fv * 0.9, fv * 1.1);
            assertThat(CandidateEvaluation.evaluate(box, BandGeometry.band(paper, c, Plane.FILLING_FACTOR)).status())
                    .isEqualTo(ClassVerdict.Status.OVERLAPS);
        }
    }
}
