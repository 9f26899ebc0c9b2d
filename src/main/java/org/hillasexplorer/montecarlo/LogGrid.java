package org.hillasexplorer.montecarlo;

import org.hillasexplorer.physics.Units;

/**
 * A logarithmically spaced grid of {@code n} values from {@code lo} to {@code hi} (both included), written
 * {@code LO..HI:N}, e.g. {@code 0.1..100:7}: one axis of the {@link RegimeMap}.
 *
 * @param lo the first value, &gt; 0 and finite
 * @param hi the last value, &gt; lo and finite
 * @param n  the number of values, {@value #MIN_POINTS} … {@value #MAX_POINTS}
 */
public record LogGrid(double lo, double hi, int n) {
    /** Fewest values of a grid. */
    public static final int MIN_POINTS = 2;
    /** Most values of a grid. */
    public static final int MAX_POINTS = 30;

    public LogGrid {
        if (!(lo > 0 && hi > lo && Double.isFinite(hi) && n >= MIN_POINTS && n <= MAX_POINTS)) {
            throw new IllegalArgumentException("a grid LO..HI:N needs 0 < LO < HI and " + MIN_POINTS + " ≤ N ≤ " + MAX_POINTS
                    + ", not " + Units.formatNumber(lo) + ".." + Units.formatNumber(hi) + ":" + n);
        }
    }

    /** The values, lo = 10^a, …, hi = 10^b in equal steps of log₁₀. */
    public double[] values() {
        double a = Math.log10(lo);
        double b = Math.log10(hi);
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = Math.pow(10, a + i * (b - a) / (n - 1));
        }
        return g;
    }

    /**
     * Reads {@code LO..HI:N} (spaces allowed around the numbers).
     *
     * @throws IllegalArgumentException if the text is not of that form or the grid is not allowed
     */
    public static LogGrid parse(String text) {
        String[] a = text.split(":", -1);
        String[] b = a[0].split("\\.\\.", -1);
        if (a.length != 2 || b.length != 2) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not of the form LO..HI:N");
        }
        double lo = Double.parseDouble(b[0].strip());
        double hi = Double.parseDouble(b[1].strip());
        return new LogGrid(lo, hi, Integer.parseInt(a[1].strip()));
    }

    /** The grid as {@code LO..HI:N}, e.g. {@code 0.1..100:7}, which {@link #parse} reads back exactly. */
    @Override
    public String toString() {
        return exact(lo) + ".." + exact(hi) + ":" + n;
    }

    /** The short form where it reads back as the same double, else the full one. */
    private static String exact(double v) {
        String shortForm = Units.formatNumber(v);
        return Double.parseDouble(shortForm) == v ? shortForm : Double.toString(v);
    }
}
