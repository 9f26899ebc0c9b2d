package org.hillasexplorer.physics;

import java.util.Objects;

/**
 * A self-describing physical knob: one definition from which sliders, tooltips, CLI options,
 * scenario-file keys and validation messages are all derived.
 *
 * @param key          stable machine name, used as the scenario-file key and the CLI option {@code --key}
 * @param symbol       the symbol as printed in the paper, e.g. {@code δ_s}
 * @param name         a short human name
 * @param unit         the unit the value is given in (empty for dimensionless)
 * @param min          the smallest allowed value (inclusive)
 * @param max          the largest allowed value (inclusive)
 * @param defaultValue the default (the paper's value)
 * @param scale        whether a slider for it should be linear or logarithmic
 * @param integer      whether only whole numbers are allowed
 * @param equation     where it enters the paper, e.g. {@code eqs. (1)–(2)}
 * @param description  one sentence saying what it means
 */
public record Parameter(String key, String symbol, String name, String unit, double min, double max,
                        double defaultValue, Scale scale, boolean integer, String equation, String description) {

    /** How a value is best explored: linearly or in decades. */
    public enum Scale { LINEAR, LOG }

    public Parameter {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(equation, "equation");
        Objects.requireNonNull(description, "description");
        if (!(min <= defaultValue && defaultValue <= max)) {
            throw new IllegalArgumentException("default of " + key + " outside its range");
        }
        if (scale == Scale.LOG && min <= 0) {
            throw new IllegalArgumentException("log-scaled " + key + " needs a positive minimum");
        }
    }

    /**
     * The physical dimension of this parameter, derived from its {@link #unit()} (μG → magnetic field, s⁻¹ → rate,
     * cm⁻³ → number density, GeV → energy, empty → a pure number).
     *
     * @throws IllegalStateException if the unit is not one {@link UnitParser} can read as a named {@link Dimension}
     */
    public Dimension dimension() {
        try {
            return UnitParser.dimensionOf(unit);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("parameter " + key + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a typed value with an optional unit ({@code "0.3 nT"}, {@code "3 uG"}, or a bare {@code "3"} in
     * {@link #unit()}), converts it to {@link #unit()} and {@link #validate validates} it.
     *
     * @throws IllegalArgumentException with a one-line message: a unit error from {@link UnitParser}
     *                                  (e.g. {@code nT is a magnetic field; this field is an energy}), a
     *                                  not-a-number message naming the symbol and range, or the range error of
     *                                  {@link #rejection} (e.g. {@code B = 5000 μG is outside [0.01, 1000] μG})
     */
    public double parse(String text) {
        Dimension d = dimension();
        String hint = d == Dimension.DIMENSIONLESS ? "" : ", e.g. " + d.examples();
        return validate(UnitParser.parse(text, d, unit, symbol, "must be in " + rangeText() + hint));
    }

    /** The CLI option that sets this parameter, e.g. {@code --delta}. */
    public String cliOption() {
        return "--" + key;
    }

    /** Whether {@code value} is allowed (finite, within [min, max], whole if integer). */
    public boolean accepts(double value) {
        return Double.isFinite(value) && value >= min && value <= max && (!integer || value == Math.rint(value));
    }

    /**
     * Returns {@code value} if allowed, else throws an exception whose message names the symbol,
     * the value and the allowed range, e.g. {@code δ_s = -1 is outside [0, 1.5]}.
     */
    public double validate(double value) {
        if (!accepts(value)) {
            throw new IllegalArgumentException(rejection(value));
        }
        return value;
    }

    /** The message explaining why {@code value} is not allowed (also usable for inline UI feedback). */
    public String rejection(double value) {
        String shown = Double.isNaN(value) ? "NaN" : Units.formatNumber(value);
        if (integer && Double.isFinite(value) && value >= min && value <= max) {
            return symbol + " = " + shown + " must be a whole number in " + rangeText();
        }
        return symbol + " = " + shown + (unit.isEmpty() ? "" : " " + unit) + " is outside " + rangeText();
    }

    /** The allowed range as text, e.g. {@code [0, 1.5]} or {@code [0.01, 1000] μG}. */
    public String rangeText() {
        String r = "[" + Units.formatNumber(min) + ", " + Units.formatNumber(max) + "]";
        return unit.isEmpty() ? r : r + " " + unit;
    }

    /** A multi-line tooltip: symbol and name, meaning, unit, allowed range, default and the paper's equation. */
    public String tooltip() {
        return symbol + " — " + name + "\n" + description + "\n"
                + "Unit: " + (unit.isEmpty() ? "dimensionless" : unit) + "\n"
                + "Allowed: " + rangeText() + (scale == Scale.LOG ? " (logarithmic)" : "") + "\n"
                + "Default: " + Units.formatNumber(defaultValue) + "\n"
                + "Enters: " + equation + " of Butsky et al. (2024)";
    }
}
