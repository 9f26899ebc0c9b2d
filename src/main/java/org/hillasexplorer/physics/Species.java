package org.hillasexplorer.physics;

import java.util.Objects;

/**
 * A cosmic-ray species: charge number Z and mass number A (rest energy A · m_p c²).
 *
 * @param name          display name, e.g. {@code proton}
 * @param chargeNumber  Z ≥ 1
 * @param massNumber    A ≥ Z
 */
public record Species(String name, int chargeNumber, int massNumber) {

    /** The default species. */
    public static final Species PROTON = new Species("proton", 1, 1);
    /** Helium-4 nuclei. */
    public static final Species HELIUM = new Species("helium", 2, 4);

    public Species {
        Objects.requireNonNull(name, "name");
        Parameters.CHARGE_Z.validate(chargeNumber);
        Parameters.MASS_NUMBER_A.validate(massNumber);
        if (massNumber < chargeNumber) {
            throw new IllegalArgumentException("A = " + massNumber + " must be at least Z = " + chargeNumber);
        }
    }

    /** Rest energy m c² = A · m_p c² [GeV]. */
    public double restEnergyGeV() {
        return massNumber * Units.PROTON_REST_ENERGY_GEV;
    }

    /** Returns a species from Z and A, naming the common ones. */
    public static Species of(int chargeNumber, int massNumber) {
        if (chargeNumber == 1 && massNumber == 1) {
            return PROTON;
        }
        if (chargeNumber == 2 && massNumber == 4) {
            return HELIUM;
        }
        return new Species("Z=" + chargeNumber + ",A=" + massNumber, chargeNumber, massNumber);
    }
}
