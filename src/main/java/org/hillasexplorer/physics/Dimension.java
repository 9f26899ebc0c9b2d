package org.hillasexplorer.physics;

import org.jspecify.annotations.Nullable;

/**
 * The physical kind of a numeric field, which decides which units {@link UnitParser} accepts for it.
 * Each knows a human noun for messages ("nT is a magnetic field; this field is an energy"), its canonical unit
 * and a couple of examples of accepted input.
 */
public enum Dimension {
    /** A pure number (δ_s, D, ℓ_L/ℓ_S, Z, A). */
    DIMENSIONLESS("a pure number", "", "0.5", 0, 0, 0, 0, 0),
    /** A magnetic field strength, canonically μG. */
    MAGNETIC_FIELD("a magnetic field", "μG", "3 μG, 0.3 nT", 0, 0, 1, 0, 0),
    /** A rate (inverse time), canonically s⁻¹. */
    RATE("a rate", "s⁻¹", "1e-9 s⁻¹, 0.03 /yr", 0, -1, 0, 0, 0),
    /** A time, canonically s. */
    TIME("a time", "s", "3e7 s, 1 Myr", 0, 1, 0, 0, 0),
    /** A length, canonically pc. */
    LENGTH("a length", "pc", "2 pc, 1e4 au", 1, 0, 0, 0, 0),
    /** A number density, canonically cm⁻³. */
    NUMBER_DENSITY("a number density", "cm⁻³", "1 cm⁻³, 1e-3 pc⁻³", -3, 0, 0, 0, 0),
    /** A (kinetic) energy, canonically GeV. */
    ENERGY("an energy", "GeV", "10 MeV, 5 TeV", 0, 0, 0, 1, 0),
    /** A rigidity (momentum per charge), canonically GV. */
    RIGIDITY("a rigidity", "GV", "10 GV, 1 TV", 0, 0, 0, 0, 1);

    private final String noun;
    private final String canonicalUnit;
    private final String examples;
    private final int[] exponents;

    Dimension(String noun, String canonicalUnit, String examples, int length, int time, int field, int energy, int volt) {
        this.noun = noun;
        this.canonicalUnit = canonicalUnit;
        this.examples = examples;
        this.exponents = new int[] {length, time, field, energy, volt};
    }

    /** The noun with its article, e.g. {@code a magnetic field}, {@code an energy}, {@code a pure number}. */
    public String noun() {
        return noun;
    }

    /** The canonical unit, e.g. {@code μG}, {@code s⁻¹}, {@code cm⁻³}, {@code GeV}; empty for {@link #DIMENSIONLESS}. */
    public String canonicalUnit() {
        return canonicalUnit;
    }

    /** Examples of accepted input, e.g. {@code 3 μG, 0.3 nT}. */
    public String examples() {
        return examples;
    }

    /** The dimension of a unit expression such as {@code nT} or {@code pc^-3}; see {@link UnitParser#dimensionOf}. */
    public static Dimension of(String unit) {
        return UnitParser.dimensionOf(unit);
    }

    /** Exponents of the base dimensions (length, time, magnetic field, energy, voltage). */
    int exponent(int base) {
        return exponents[base];
    }

    /** The dimension with exactly these base exponents, or null. */
    static @Nullable Dimension withExponents(int[] e) {
        for (Dimension d : values()) {
            if (java.util.Arrays.equals(d.exponents, e)) {
                return d;
            }
        }
        return null;
    }
}
