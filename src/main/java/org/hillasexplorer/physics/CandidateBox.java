package org.hillasexplorer.physics;

import java.util.Objects;

/**
 * A candidate population as a rectangle on one plane: a range of sizes ℓ_S [au] × a range of n_s [pc⁻³]
 * (number-density plane) or of f_V (filling-factor plane).
 *
 * @param plane          which plane the value range refers to
 * @param minShortAxisAu smallest ℓ_S [au], &gt; 0
 * @param maxShortAxisAu largest ℓ_S [au], ≥ the smallest
 * @param minValue       smallest n_s [pc⁻³] or f_V, &gt; 0
 * @param maxValue       largest n_s [pc⁻³] or f_V, ≥ the smallest
 */
public record CandidateBox(Plane plane, double minShortAxisAu, double maxShortAxisAu, double minValue, double maxValue) {
    public CandidateBox {
        Objects.requireNonNull(plane, "plane");
        requireRange("ℓ_S [au]", minShortAxisAu, maxShortAxisAu);
        requireRange(plane.symbol() + (plane.unit().isEmpty() ? "" : " [" + plane.unit() + "]"), minValue, maxValue);
        if (plane == Plane.FILLING_FACTOR && maxValue > 1) {
            throw new IllegalArgumentException("f_V = " + Units.formatNumber(maxValue) + " is outside (0, 1]");
        }
    }

    private static void requireRange(String what, double lo, double hi) {
        if (!(lo > 0) || !Double.isFinite(lo) || !Double.isFinite(hi) || !(hi >= lo)) {
            throw new IllegalArgumentException(what + " range [" + Units.formatNumber(lo) + ", " + Units.formatNumber(hi)
                    + "] must be positive, finite and ordered (min ≤ max)");
        }
    }

    /** log10 of the smallest size [au]. */
    public double log10MinShortAxisAu() {
        return Math.log10(minShortAxisAu);
    }

    /** log10 of the largest size [au]. */
    public double log10MaxShortAxisAu() {
        return Math.log10(maxShortAxisAu);
    }

    /** log10 of the smallest value. */
    public double log10MinValue() {
        return Math.log10(minValue);
    }

    /** log10 of the largest value. */
    public double log10MaxValue() {
        return Math.log10(maxValue);
    }
}
