package org.hillasexplorer.montecarlo;

/**
 * One Monte-Carlo measurement with its 1σ statistical error and the analytic expectation.
 *
 * @param name     what was measured, e.g. {@code κ_∥}
 * @param unit     its unit, e.g. {@code cm² s⁻¹}
 * @param value    measured value (NaN when not measurable, e.g. no patch crossings)
 * @param error    1σ statistical error of {@code value}
 * @param expected analytic expectation
 */
public record Measurement(String name, String unit, double value, double error, double expected) {

    /** measured / expected. */
    public double ratio() {
        return value / expected;
    }

    /** 1σ error of {@link #ratio()} (the expectation is exact). */
    public double ratioError() {
        return error / Math.abs(expected);
    }
}
