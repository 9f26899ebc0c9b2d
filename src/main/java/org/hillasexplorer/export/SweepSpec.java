package org.hillasexplorer.export;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Units;

/**
 * One scenario parameter swept from {@code from} to {@code to} in {@code frames} steps, both ends included; e.g.
 * {@code delta=0.3..0.7:40} for δ_s from 0.3 to 0.7 in 40 frames.
 *
 * <p>Frame {@code i} (0-based) has the value {@link #value(int)}: spaced evenly for linear parameters (δ_s), evenly in
 * log10 for {@link Parameter.Scale#LOG logarithmic} ones (B, ν̄₀, ℓ_L/ℓ_S, n_ISM), as the window's sliders are. The
 * ends are exact; {@code from > to} sweeps downwards. Whole-number parameters (D) cannot be swept.
 *
 * @param parameter one of {@link Parameters#SCENARIO}, not a whole-number one
 * @param from      the first frame's value, within the parameter's allowed range
 * @param to        the last frame's value, within the range and different from {@code from}
 * @param frames    number of frames, {@value #MIN_FRAMES} … {@value #MAX_FRAMES}
 */
public record SweepSpec(Parameter parameter, double from, double to, int frames) {
    /** Fewest frames of a sweep. */
    public static final int MIN_FRAMES = 2;
    /** Most frames of a sweep. */
    public static final int MAX_FRAMES = 400;
    /** The text form {@link #parse} accepts, for messages. */
    public static final String FORM = "KEY=FROM..TO:FRAMES, e.g. delta=0.3..0.7:40";

    private static final Pattern TEXT = Pattern.compile(
            "\\s*([A-Za-z][A-Za-z0-9-]*)\\s*=\\s*(\\S+?)\\s*\\.\\.\\s*(\\S+?)\\s*:\\s*([+-]?\\d+)\\s*");

    /**
     * @throws IllegalArgumentException with a one-line reason if the parameter cannot be swept, an end is outside its
     *                                  range, the ends coincide or {@code frames} is outside 2 … 400
     */
    public SweepSpec {
        Objects.requireNonNull(parameter, "parameter");
        if (!Parameters.SCENARIO.contains(parameter)) {
            throw new IllegalArgumentException("'" + parameter.key() + "' is not a scenario parameter; sweep one of "
                    + sweepableKeys());
        }
        if (parameter.integer()) {
            throw new IllegalArgumentException(parameter.symbol() + " ('" + parameter.key()
                    + "') takes whole numbers only and cannot be swept; sweep one of " + sweepableKeys());
        }
        parameter.validate(from);
        parameter.validate(to);
        if (from == to) {
            throw new IllegalArgumentException("the sweep of " + parameter.symbol() + " starts and ends at "
                    + Units.formatNumber(from) + "; FROM and TO must differ");
        }
        if (frames < MIN_FRAMES || frames > MAX_FRAMES) {
            throw new IllegalArgumentException(frames + " frames is outside " + MIN_FRAMES + " … " + MAX_FRAMES);
        }
    }

    /**
     * Parses {@code KEY=FROM..TO:FRAMES}: {@code KEY} is a {@link Parameter#key()} ({@code delta}, {@code b-ug},
     * {@code nu0}, {@code aspect}, {@code n-ism}; case-insensitive), {@code FROM} and {@code TO} are plain numbers in
     * the parameter's own unit (no unit suffix), {@code FRAMES} a whole number. Spaces around the parts are allowed.
     *
     * @throws IllegalArgumentException with a one-line reason (the caller adds the option name and {@link #FORM})
     */
    public static SweepSpec parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not of the form " + FORM);
        }
        String key = m.group(1).toLowerCase(Locale.ROOT);
        Parameter p = Parameters.SCENARIO.stream().filter(x -> x.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown parameter '" + m.group(1) + "'; sweep one of "
                        + sweepableKeys()));
        double from = number(m.group(2), "FROM");
        double to = number(m.group(3), "TO");
        int frames;
        try {
            frames = Integer.parseInt(m.group(4));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("FRAMES '" + m.group(4) + "' is not a whole number in " + MIN_FRAMES
                    + " … " + MAX_FRAMES);
        }
        return new SweepSpec(p, from, to, frames);
    }

    private static double number(String s, String what) {
        try {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v) && !s.endsWith("d") && !s.endsWith("D") && !s.endsWith("f") && !s.endsWith("F")) {
                return v;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException(what + " '" + s + "' is not a plain number");
    }

    /** The value of frame {@code i}, 0 ≤ i < frames; exactly {@code from} and {@code to} at the ends. */
    public double value(int i) {
        Objects.checkIndex(i, frames);
        if (i == 0) {
            return from;
        }
        if (i == frames - 1) {
            return to;
        }
        double t = (double) i / (frames - 1);
        double v = parameter.scale() == Parameter.Scale.LOG
                ? Math.pow(10, Math.log10(from) + t * (Math.log10(to) - Math.log10(from)))
                : from + t * (to - from);
        // guard against the last ulp leaving the allowed range
        return Math.max(parameter.min(), Math.min(parameter.max(), v));
    }

    /** Every frame's value, in order. */
    public double[] values() {
        double[] v = new double[frames];
        for (int i = 0; i < frames; i++) {
            v[i] = value(i);
        }
        return v;
    }

    /** The text form, e.g. {@code delta=0.3..0.7:40}; {@code parse(toText())} gives an equal spec. */
    public String toText() {
        return parameter.key() + "=" + Double.toString(from) + ".." + Double.toString(to) + ":" + frames;
    }

    /** The keys that can be swept, e.g. {@code delta, b-ug, nu0, aspect, n-ism}. */
    public static String sweepableKeys() {
        return String.join(", ", Parameters.SCENARIO.stream().filter(p -> !p.integer()).map(Parameter::key).toList());
    }
}
