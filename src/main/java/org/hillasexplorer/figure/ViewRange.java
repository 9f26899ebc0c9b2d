package org.hillasexplorer.figure;

/**
 * The visible part of a plane in log10 coordinates: x = log10(ℓ_S/au), y = log10(n_s/pc⁻³) or log10 f_V.
 * Working in log10 means a lower bound can never be ≤ 0 on the log axes (which would blank the chart).
 *
 * @param log10XMin left edge
 * @param log10XMax right edge, &gt; left
 * @param log10YMin bottom edge
 * @param log10YMax top edge, &gt; bottom
 */
public record ViewRange(double log10XMin, double log10XMax, double log10YMin, double log10YMax) {
    /** Largest span shown on one axis [dex]; beyond this tick labels and doubles stop being useful. */
    public static final double MAX_SPAN_DEX = 120;

    public ViewRange {
        check("x", log10XMin, log10XMax);
        check("y", log10YMin, log10YMax);
    }

    private static void check(String axis, double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(hi > lo)) {
            throw new IllegalArgumentException("log10 " + axis + " range [" + lo + ", " + hi + "] must be finite with min < max");
        }
        if (hi - lo > MAX_SPAN_DEX || Math.abs(lo) > 250 || Math.abs(hi) > 250) {
            throw new IllegalArgumentException("log10 " + axis + " range [" + lo + ", " + hi + "] spans more than "
                    + (int) MAX_SPAN_DEX + " dex or leaves ±250 dex");
        }
    }

    /** True if the log10 point lies inside (or on the edge of) this view. */
    public boolean contains(double log10X, double log10Y) {
        return log10X >= log10XMin && log10X <= log10XMax && log10Y >= log10YMin && log10Y <= log10YMax;
    }
}
