package org.hillasexplorer.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bands of Figs. 2–3 at the paper's defaults, and how they move with the parameters. */
class BandGeometryTest {
    private final Scenario paper = Scenario.defaults();

    private static Polygon outline(Scenario s, Plane plane, String label) {
        return BandGeometry.bands(s, plane).stream().filter(b -> b.energyClass().label().equals(label))
                .findFirst().orElseThrow().outline().orElseThrow();
    }

    @Test
    void gevBandCornersSitAtGyroradiusAndMeanFreePathOfItsEnergyLimits() {
        Polygon p = outline(paper, Plane.NUMBER_DENSITY, "GeV");
        DerivedQuantities lo = paper.at(1);
        DerivedQuantities hi = paper.at(10);
        assertThat(p.minX()).isCloseTo(Math.log10(lo.gyroradiusAu()), within(1e-9));
        assertThat(p.maxX()).isCloseTo(Math.log10(Units.pcToAu(hi.meanFreePathPc())), within(1e-9));
        // highest n_s: smallest structures of the lowest energy, n_s = 1/(ℓ_mfp r_g²)
        double top = -Math.log10(lo.meanFreePathPc()) - 2 * Math.log10(Units.auToPc(lo.gyroradiusAu()));
        assertThat(p.maxY()).isCloseTo(top, within(1e-9));
    }

    @Test
    void bandsAreWhereTheReferenceReproductionPutsThem() {
        // read off fig2-reproduction.png: MeV band from log ℓ_S ≈ -2.5 to 0.5, n_s up to ≈ 10^15 pc⁻³
        Polygon mev = outline(paper, Plane.NUMBER_DENSITY, "MeV");
        assertThat(mev.minX()).isBetween(-2.7, -2.3);
        assertThat(mev.maxY()).isBetween(14.8, 15.6);
        Polygon tev = outline(paper, Plane.NUMBER_DENSITY, "TeV");
        assertThat(tev.maxX()).isBetween(8.0, 8.6);
        assertThat(tev.minY()).isBetween(-9.5, -8.5);
        // f_V plane: every band reaches f_V = 1 at its right end
        for (String c : List.of("MeV", "GeV", "TeV")) {
            assertThat(outline(paper, Plane.FILLING_FACTOR, c).maxY()).isCloseTo(0, within(1e-9));
        }
    }

    @Test
    void segmentsHaveSlopeMinusTwoOnTheNumberDensityPlaneAndPlusOneOnTheFillingPlane() {
        double ns1 = BandGeometry.requiredLog10Value(paper, Plane.NUMBER_DENSITY, 1, 10);
        double ns2 = BandGeometry.requiredLog10Value(paper, Plane.NUMBER_DENSITY, 1, 1000);
        assertThat((ns2 - ns1) / 2).isCloseTo(-2, within(1e-12));
        double fv1 = BandGeometry.requiredLog10Value(paper, Plane.FILLING_FACTOR, 1, 10);
        double fv2 = BandGeometry.requiredLog10Value(paper, Plane.FILLING_FACTOR, 1, 1000);
        assertThat((fv2 - fv1) / 2).isCloseTo(1, within(1e-12));
    }

    @Test
    void requiredNumberDensityFallsAsAspectToTheMinusD() {
        Scenario sheets = paper.with(Parameters.DIMENSIONALITY, 2).with(Parameters.ASPECT, 100);
        Scenario filaments = paper.with(Parameters.DIMENSIONALITY, 1).with(Parameters.ASPECT, 100);
        double sphere = BandGeometry.requiredLog10Value(paper, Plane.NUMBER_DENSITY, 1, 10);
        assertThat(BandGeometry.requiredLog10Value(filaments, Plane.NUMBER_DENSITY, 1, 10)).isCloseTo(sphere - 2, within(1e-12));
        assertThat(BandGeometry.requiredLog10Value(sheets, Plane.NUMBER_DENSITY, 1, 10)).isCloseTo(sphere - 4, within(1e-12));
        assertThat(Geometry.requiredNumberDensityPerPc3(10, paper.at(1).meanFreePathPc(), 2, 100))
                .isCloseTo(Math.pow(10, sphere - 4), within(1e-9 * Math.pow(10, sphere - 4)));
    }

    @Test
    void fillingFactorBandsDoNotDependOnDimensionalityOrAspect() {
        Scenario sheets = paper.with(Parameters.DIMENSIONALITY, 2).with(Parameters.ASPECT, 1000);
        assertThat(BandGeometry.bands(sheets, Plane.FILLING_FACTOR)).isEqualTo(BandGeometry.bands(paper, Plane.FILLING_FACTOR));
    }

    @Test
    void fillingFactorIsNumberDensityTimesVolume() {
        double lsAu = 30;
        double mfpPc = 12.65;
        double ns = Geometry.requiredNumberDensityPerPc3(lsAu, mfpPc, 1, 7);
        assertThat(ns * Geometry.volumePc3(Units.auToPc(lsAu), 1, 7))
                .isCloseTo(Geometry.requiredFillingFactor(lsAu, mfpPc), within(1e-15));
    }

    @Test
    void strongerFieldMovesBandsToSmallerSizes() {
        Scenario strong = paper.with(Parameters.B_MICROGAUSS, 30);
        assertThat(outline(strong, Plane.NUMBER_DENSITY, "GeV").minX())
                .isCloseTo(outline(paper, Plane.NUMBER_DENSITY, "GeV").minX() - 1, within(1e-9));
    }

    @Test
    void bandIsClippedWhereTheGyroradiusExceedsTheMeanFreePath() {
        // ν̄₀ = 1e-5 s⁻¹ makes c/ν̄₀ ≈ 200 au; at B = 0.01 μG r_g(1 TeV) ≈ 2e4 au exceeds ℓ_mfp ≈ 6e3 au
        Scenario s = paper.with(Parameters.NU0_PER_S, 1e-5).with(Parameters.B_MICROGAUSS, 0.01);
        Band tev = BandGeometry.band(s, EnergyClass.TEV, Plane.NUMBER_DENSITY);
        assertThat(tev.isEmpty()).isTrue();
        assertThat(tev.note()).contains("r_g < ℓ_mfp");
        Band mev = BandGeometry.band(s, EnergyClass.MEV, Plane.NUMBER_DENSITY);
        assertThat(mev.isEmpty()).isFalse();
    }

    @Test
    void partiallyAdmissibleClassIsClippedAndSaysSo() {
        // ν̄₀ = 1e-5 s⁻¹, B = 0.01 μG: r_g = 22.3 au R_GV equals ℓ_mfp = 200 au R_GV^½ at R* ≈ 80 GV
        Scenario s = paper.with(Parameters.NU0_PER_S, 1e-5).with(Parameters.B_MICROGAUSS, 0.01);
        double k = Particle.GYRORADIUS_AU_PER_GV_PER_MICROGAUSS / 0.01;
        double rStar = Math.pow(Units.pcToAu(s.meanFreePathAtOneGVPc()) / k, 1 / (1 - 0.5));
        double tStar = Particle.ofRigidity(Species.PROTON, rStar).kineticEnergyGeV();
        Band b = BandGeometry.band(s, new EnergyClass("wide", 10, 1000), Plane.FILLING_FACTOR);
        assertThat(tStar).isBetween(70.0, 90.0);
        assertThat(b.allowedMaxKineticEnergyGeV()).isCloseTo(tStar, within(1e-6 * tStar));
        assertThat(b.note()).startsWith("clipped to 10 GeV–" + Units.formatEnergy(tStar));
        assertThat(b.outline().orElseThrow().isSimple()).isTrue();
    }

    @Test
    void deltaZeroCollapsesEachBandOntoALineThatIsStillDrawnAndJudged() {
        Scenario flat = paper.with(Parameters.DELTA_S, 0);
        for (Plane plane : Plane.values()) {
            Band gev = BandGeometry.band(flat, EnergyClass.GEV, plane);
            assertThat(gev.isEmpty()).isTrue();
            assertThat(gev.isDrawable()).isTrue();
            assertThat(gev.note()).contains("collapses onto one line");
            Curve line = gev.collapsedLine().orElseThrow();
            double slope = (line.y(1) - line.y(0)) / (line.x(1) - line.x(0));
            assertThat(slope).isCloseTo(plane == Plane.NUMBER_DENSITY ? -2 : 1, within(1e-9));
            // from r_g(1 GeV) to ℓ_mfp = c/ν̄₀
            assertThat(line.x(0)).isCloseTo(Math.log10(flat.at(1).gyroradiusAu()), within(1e-9));
            assertThat(line.x(1)).isCloseTo(Math.log10(Units.pcToAu(flat.meanFreePathAtOneGVPc())), within(1e-9));
            double y = BandGeometry.requiredLog10Value(flat, plane, 3, 100);
            CandidateBox onLine = new CandidateBox(plane, 100, 200, Math.pow(10, y - 0.1),
                    Math.pow(10, plane == Plane.FILLING_FACTOR ? Math.min(0, y + 0.1) : y + 0.1));
            assertThat(CandidateEvaluation.evaluate(onLine, gev).status()).isEqualTo(ClassVerdict.Status.OVERLAPS);
        }
    }

    @Test
    void everyDefaultBandIsASimpleClosedPolygon() {
        for (Plane plane : Plane.values()) {
            for (Band b : BandGeometry.bands(paper, plane)) {
                assertThat(b.outline()).isPresent();
                assertThat(b.outline().get().isSimple()).as(b.energyClass().label() + " on " + plane).isTrue();
                assertThat(b.note()).isEmpty();
            }
        }
    }
}
