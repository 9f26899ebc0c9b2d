package org.hillasexplorer.catalog;

/**
 * A closed interval [min, max] of a positive quantity, in the unit its holder's name states.
 *
 * @param min lower end, finite and &gt; 0
 * @param max upper end, finite and ≥ {@code min}
 */
public record Range(double min, double max) {
    public Range {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min > 0) || !(min <= max)) {
            throw new IllegalArgumentException("range [" + min + ", " + max + "] must be finite, positive and ordered (min ≤ max)");
        }
    }

    /** log10 of the lower end. */
    public double log10Min() {
        return Math.log10(min);
    }

    /** log10 of the upper end. */
    public double log10Max() {
        return Math.log10(max);
    }

    /** This range with both ends multiplied by {@code factor} (&gt; 0), e.g. for a unit conversion. */
    public Range scaled(double factor) {
        return new Range(min * factor, max * factor);
    }
}
