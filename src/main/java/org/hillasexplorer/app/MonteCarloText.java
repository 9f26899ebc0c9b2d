package org.hillasexplorer.app;

import java.util.Locale;
import org.hillasexplorer.montecarlo.ExpectedRatio;
import org.hillasexplorer.montecarlo.Measurement;
import org.hillasexplorer.physics.Units;

/**
 * The Monte Carlo results in the units the rest of the window uses (lengths in pc with au beside them, times in yr,
 * κ in cm² s⁻¹ as in the quantities panel) and each ratio beside the value a correct run gives.
 */
final class MonteCarloText {
    private MonteCarloText() {
    }

    /** A measurement converted for display: value, error, expectation and the unit they are in. */
    record Shown(double value, double error, double expected, String unit) {
    }

    /** {@code m} in the window's units: cm → pc, s → yr; other units as they are. */
    static Shown shown(Measurement m) {
        double k = switch (m.unit()) {
            case "cm" -> 1 / Units.PC_CM;
            case "s" -> 1 / Units.YEAR_S;
            default -> 1;
        };
        String unit = switch (m.unit()) {
            case "cm" -> "pc";
            case "s" -> "yr";
            default -> m.unit();
        };
        return new Shown(m.value() * k, m.error() * k, m.expected() * k, unit);
    }

    /** The measured cell, e.g. {@code 0.004861 ± 3.6e-5 pc}. */
    static String measured(Measurement m) {
        Shown s = shown(m);
        return withUnit(Units.formatNumber(s.value()) + " ± " + error(s.error()), s.unit());
    }

    /** The expected cell, e.g. {@code 0.004848 pc = 1000 au} (a length also in au, as ℓ_S is given). */
    static String expected(Measurement m) {
        Shown s = shown(m);
        String text = withUnit(Units.formatNumber(s.expected()), s.unit());
        return m.unit().equals("cm") ? text + " = " + Units.formatNumber(m.expected() / Units.AU_CM) + " au" : text;
    }

    /** The ratio cell with what it should be, e.g. {@code 0.548 ± 0.001 (expected 0.5)}. */
    static String ratio(Measurement m, ExpectedRatio expected) {
        String r = String.format(Locale.ROOT, "%.3f ± %.3f", m.ratio(), m.ratioError());
        return r + (expected.known() ? " (expected " + Units.formatNumber(round3(expected.value())) + ")"
                : " (" + expected.basis() + ")");
    }

    private static String withUnit(String number, String unit) {
        return unit.isEmpty() ? number : number + " " + unit;
    }

    /** An error to two significant digits. */
    private static String error(double e) {
        return Double.isFinite(e) ? Units.formatNumber(Double.parseDouble(String.format(Locale.ROOT, "%.2g", e))) : "?";
    }

    private static double round3(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3g", v));
    }
}
