package org.hillasexplorer.physics;

/**
 * The allowed values of a knob: an interval whose ends may be open or infinite. One type for the population knobs
 * ({@link PopulationParameter}) and the Monte Carlo knobs ({@code montecarlo.SimulationKnob}); the messages built from
 * it stay with the knobs.
 *
 * @param min     lower end (may be −∞)
 * @param minOpen whether {@code min} itself is excluded
 * @param max     upper end (may be +∞)
 * @param maxOpen whether {@code max} itself is excluded
 */
public record Interval(double min, boolean minOpen, double max, boolean maxOpen) {

    public Interval {
        if (!(min < max)) {
            throw new IllegalArgumentException("empty range");
        }
    }

    /** (0, ∞): any positive finite value. */
    public static Interval positive() {
        return new Interval(0, true, Double.POSITIVE_INFINITY, true);
    }

    /** [0, ∞). */
    public static Interval nonNegative() {
        return new Interval(0, false, Double.POSITIVE_INFINITY, true);
    }

    /** (min, max). */
    public static Interval open(double min, double max) {
        return new Interval(min, true, max, true);
    }

    /** [min, max]. */
    public static Interval closed(double min, double max) {
        return new Interval(min, false, max, false);
    }

    /** Any value (−∞, ∞). */
    public static Interval any() {
        return new Interval(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);
    }

    /** Whether {@code v} is finite and inside. */
    public boolean contains(double v) {
        return Double.isFinite(v) && (minOpen ? v > min : v >= min) && (maxOpen ? v < max : v <= max);
    }

    /** Whether every finite value is inside. */
    public boolean isAny() {
        return min == Double.NEGATIVE_INFINITY && max == Double.POSITIVE_INFINITY;
    }

    /** How {@link #text(Minus)} writes a negative end. */
    public enum Minus {
        /** {@code −5}, the typographic minus (the population knobs' messages). */
        TYPOGRAPHIC,
        /** {@code -5}, as {@link Units#formatNumber} writes it (the Monte Carlo knobs' messages). */
        ASCII
    }

    /** The interval as text, e.g. {@code (0, ∞)}, {@code [1, 1e7]}, or {@code [−5, 10]} with {@link Minus#TYPOGRAPHIC}. */
    public String text(Minus minus) {
        return (minOpen ? "(" : "[") + end(min, minus) + ", " + end(max, minus) + (maxOpen ? ")" : "]");
    }

    private static String end(double v, Minus minus) {
        return minus == Minus.TYPOGRAPHIC && v < 0 ? "−" + Units.formatNumber(-v) : Units.formatNumber(v);
    }
}
