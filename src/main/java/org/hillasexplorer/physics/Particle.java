package org.hillasexplorer.physics;

import java.util.Objects;

/**
 * Kinematics of one cosmic ray of a given species and kinetic energy T.
 *
 * @param species          the nucleus
 * @param kineticEnergyGeV kinetic energy per particle T [GeV], &gt; 0
 */
public record Particle(Species species, double kineticEnergyGeV) {

    /** Gyroradius coefficient: r_g [au] = this · R_GV / B_μG (exact, 90° pitch angle). */
    public static final double GYRORADIUS_AU_PER_GV_PER_MICROGAUSS =
            Units.ERG_PER_GEV / (Units.E_STATC * Units.MICROGAUSS_G) / Units.AU_CM;

    public Particle {
        Objects.requireNonNull(species, "species");
        if (!(kineticEnergyGeV > 0) || !Double.isFinite(kineticEnergyGeV)) {
            throw new IllegalArgumentException("T = " + kineticEnergyGeV + " GeV must be a positive, finite kinetic energy");
        }
    }

    /** A proton of kinetic energy T [GeV]. */
    public static Particle proton(double kineticEnergyGeV) {
        return new Particle(Species.PROTON, kineticEnergyGeV);
    }

    /** Returns the particle of {@code species} with rigidity R [GV] (inverse of {@link #rigidityGV()}). */
    public static Particle ofRigidity(Species species, double rigidityGV) {
        double pc = rigidityGV * species.chargeNumber();
        double m = species.restEnergyGeV();
        // T = sqrt(p² + m²) − m, written to avoid cancellation at low momentum
        double t = pc * pc / (Math.sqrt(pc * pc + m * m) + m);
        return new Particle(species, t);
    }

    /** Momentum times c, p c = sqrt(T² + 2 T m c²) [GeV]. */
    public double momentumGeV() {
        double t = kineticEnergyGeV;
        return Math.sqrt(t * t + 2 * t * species.restEnergyGeV());
    }

    /** Rigidity R = p c/(Z e) [GV]. */
    public double rigidityGV() {
        return momentumGeV() / species.chargeNumber();
    }

    /** β = v/c = p c/(T + m c²) (dimensionless). */
    public double beta() {
        return momentumGeV() / (kineticEnergyGeV + species.restEnergyGeV());
    }

    /** Speed v = β c [cm s⁻¹]. */
    public double speedCmPerS() {
        return beta() * Units.C_CM_PER_S;
    }

    /** Gyroradius at 90° pitch angle, r_g = p c/(Z e B) [au], in a field of {@code bMicroGauss} μG (paper eq. 3). */
    public double gyroradiusAu(double bMicroGauss) {
        return GYRORADIUS_AU_PER_GV_PER_MICROGAUSS * rigidityGV() / bMicroGauss;
    }
}
