package org.hillasexplorer.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/** Check values from physics.md ("Observed scattering") and kinematic identities. */
class KinematicsTest {
    private final Scenario paper = Scenario.defaults();

    @Test
    void oneGeVProtonMatchesTheCheckValues() {
        DerivedQuantities q = paper.at(1.0);
        assertThat(q.rigidityGV()).isCloseTo(1.696, within(0.0005));
        assertThat(q.beta()).isCloseTo(0.8750, within(0.00005));
        assertThat(q.meanFreePathPc()).isCloseTo(12.65, within(0.005));
        assertThat(q.gyroradiusAu()).isCloseTo(0.1261, within(0.00005));
        assertThat(q.scatteringTimeYr()).isCloseTo(47.2, within(0.1));
    }

    @Test
    void meanFreePathAtOneGVIsCOverNu0() {
        assertThat(paper.meanFreePathAtOneGVPc()).isCloseTo(9.716, within(0.0005));
    }

    @Test
    void gyroradiusCoefficientIsTheExactOne() {
        assertThat(Particle.GYRORADIUS_AU_PER_GV_PER_MICROGAUSS).isCloseTo(0.22298, within(0.00001));
    }

    @Test
    void surfaceAndColumnLimitsMatchThePaperAtOneGV() {
        Particle oneGV = Particle.ofRigidity(Species.PROTON, 1.0);
        DerivedQuantities q = DerivedQuantities.of(paper, oneGV);
        assertThat(q.maxSurfaceDensityGPerCm2()).isCloseTo(5e-5, withinPercentage(1)); // eq. (9)–(10)
        assertThat(q.maxColumnDensityPerCm2()).isCloseTo(3e19, withinPercentage(3));
        assertThat(q.kappaIsotropicCm2PerS()).isCloseTo(q.kappaEffCm2PerS() / 3, withinPercentage(1e-9));
    }

    @Test
    void rigidityRoundTripsThroughKineticEnergy() {
        for (double t : new double[] {1e-6, 1e-3, 0.5, 1, 1e3, 1e7}) {
            Particle p = Particle.proton(t);
            assertThat(Particle.ofRigidity(Species.PROTON, p.rigidityGV()).kineticEnergyGeV())
                    .isCloseTo(t, withinPercentage(1e-9));
        }
    }

    @Test
    void heliumHasHalfTheRigidityPerMomentumOfAProtonAndFourTimesTheMass() {
        Particle he = new Particle(Species.HELIUM, 4.0);
        assertThat(he.rigidityGV()).isCloseTo(he.momentumGeV() / 2, within(1e-12));
        assertThat(Species.HELIUM.restEnergyGeV()).isCloseTo(4 * Units.PROTON_REST_ENERGY_GEV, within(1e-12));
    }

    @Test
    void nonRelativisticBetaFollowsTheClassicalLimit() {
        Particle p = Particle.proton(1e-6); // 1 keV
        assertThat(p.beta()).isCloseTo(Math.sqrt(2 * 1e-6 / Units.PROTON_REST_ENERGY_GEV), withinPercentage(0.01));
    }

    @Test
    void meanFreePathScalesAsRigidityToTheDelta() {
        Scenario s = paper.with(Parameters.DELTA_S, 0.7);
        double r1 = s.meanFreePathPc(Particle.proton(1e3));
        double r2 = s.meanFreePathPc(Particle.proton(1e5));
        double rig = Particle.proton(1e5).rigidityGV() / Particle.proton(1e3).rigidityGV();
        assertThat(r2 / r1).isCloseTo(Math.pow(rig, 0.7), withinPercentage(1e-9));
        // relativistic limit: R ∝ T, so ℓ_mfp ∝ T^δ_s
        assertThat(Math.log10(r2 / r1) / 2).isCloseTo(0.7, within(5e-4));
    }

    @Test
    void parsesEnergiesWithUnits() {
        assertThat(Units.parseEnergyGeV("1GeV")).isEqualTo(1.0);
        assertThat(Units.parseEnergyGeV("10 MeV")).isCloseTo(0.01, within(1e-15));
        assertThat(Units.parseEnergyGeV("5TeV")).isEqualTo(5000.0);
        assertThat(Units.parseEnergyGeV("2e3keV")).isCloseTo(0.002, within(1e-15));
        assertThat(Units.formatEnergy(0.01)).isEqualTo("10 MeV");
        assertThat(Units.formatEnergy(1e3)).isEqualTo("1 TeV");
    }
}
