package org.hillasexplorer.physics;

import java.util.Objects;

/**
 * One constraint of Section 3.1.1 that (part of) a candidate population fails for one energy class.
 *
 * @param constraint  which of (3), (4), (5)–(6), (7)
 * @param energyClass the class whose CRs it concerns
 * @param shortAxisAu ℓ_S [au] at which {@code marginDex} is measured (the population's size closest to, or farthest from,
 *                    meeting the constraint, as {@code where} says)
 * @param marginDex   log10 of the ratio by which the constraint fails there (negative, as in {@link ConstraintCheck})
 * @param where       plain words: which structures and which CRs, e.g. {@code every structure (ℓ_S ≤ 0.001 au) is smaller
 *                    than r_g = 0.003209 au of 1 MeV CRs: none can scatter the MeV class}
 */
public record ConstraintViolation(Constraint constraint, EnergyClass energyClass, double shortAxisAu, double marginDex,
                                  String where) {
    public ConstraintViolation {
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(energyClass, "energyClass");
        Objects.requireNonNull(where, "where");
    }

    /** One line for people, e.g. {@code MeV, (3) ℓ_S ≳ r_g: every structure ... (misses by 0.5 dex)}. */
    public String describe() {
        return energyClass.label() + ", " + constraint.equation() + " " + constraint.formula() + ": " + where
                + (Double.isFinite(marginDex) ? String.format(java.util.Locale.ROOT, " (misses by %.1f dex)", Math.abs(marginDex)) : "");
    }
}
