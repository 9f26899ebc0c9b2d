package org.hillasexplorer.physics.uncertainty;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.physics.UnitParser;
import org.hillasexplorer.physics.Units;

/**
 * One scalar scenario parameter given as a value or as a distribution, in the parameter's own unit ({@link
 * Parameter#unit()}: μG for B, s⁻¹ for ν̄₀, dimensionless for δ_s).
 *
 * <p>Text forms ({@link #parse}), each end or centre with an optional unit read by {@link Parameter#parse}:
 * <ul>
 *   <li>{@code 0.5} — a fixed value;</li>
 *   <li>{@code 0.3..0.7} — uniform on [0.3, 0.7];</li>
 *   <li>{@code 1..10 log} — log-uniform on [1, 10] (uniform in log10);</li>
 *   <li>{@code 0.5+-0.1} (or {@code 0.5±0.1}) — normal with mean 0.5 and standard deviation 0.1;</li>
 *   <li><code>1e-9*&#47;3</code> — log-normal with median 1e-9 and factor 3 (ln-space standard deviation ln 3: 68 % of it
 *   lies within ×/÷ 3).</li>
 * </ul>
 *
 * <p>Support: a uniform or log-uniform range must lie inside the parameter's allowed range. A normal or log-normal is
 * <em>truncated</em> to the allowed range (its quantiles are taken over the part inside it, renormalised), and refused
 * when more than {@link #MAX_TRUNCATED_MASS} of its probability would be cut off — then the user means something the
 * physics does not allow and should give a range instead. Whole-number parameters (D) cannot be uncertain.
 *
 * @param parameter the parameter
 * @param shape     the kind of distribution
 * @param first     fixed value, lower end, mean or median, in {@link Parameter#unit()}
 * @param second    NaN for a fixed value; upper end, standard deviation (in the unit) or factor (&gt; 1, a pure number)
 */
public record Uncertain(Parameter parameter, Shape shape, double first, double second) {

    /** The largest probability a normal or log-normal may lose to truncation at the allowed range (1 %). */
    public static final double MAX_TRUNCATED_MASS = 0.01;

    /** The kinds of distribution. */
    public enum Shape {
        /** One value. */
        FIXED("fixed"),
        /** Uniform between two ends. */
        UNIFORM("uniform"),
        /** Uniform in the logarithm between two positive ends. */
        LOG_UNIFORM("log-uniform"),
        /** Normal with a mean and a standard deviation, truncated to the allowed range. */
        NORMAL("normal"),
        /** Log-normal with a median and a factor, truncated to the allowed range. */
        LOG_NORMAL("log-normal");

        private final String words;

        Shape(String words) {
            this.words = words;
        }

        /** E.g. {@code log-uniform}. */
        public String words() {
            return words;
        }
    }

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    public Uncertain {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(shape, "shape");
        switch (shape) {
            case FIXED -> parameter.validate(first);
            case UNIFORM, LOG_UNIFORM -> {
                parameter.validate(first);
                parameter.validate(second);
                if (!(first < second)) {
                    throw new IllegalArgumentException(parameter.symbol() + " range " + num(first) + ".." + num(second)
                            + " is empty: give the lower end first");
                }
                if (shape == Shape.LOG_UNIFORM && !(first > 0)) {
                    throw new IllegalArgumentException(parameter.symbol() + " log-uniform range needs a positive lower end, not "
                            + num(first));
                }
            }
            case NORMAL -> {
                parameter.validate(first);
                if (!(second > 0) || !Double.isFinite(second)) {
                    throw new IllegalArgumentException(parameter.symbol() + " width ±" + num(second) + " must be positive");
                }
            }
            case LOG_NORMAL -> {
                parameter.validate(first);
                if (!(first > 0)) {
                    throw new IllegalArgumentException(parameter.symbol() + " log-normal needs a positive median, not " + num(first));
                }
                if (!(second > 1) || !Double.isFinite(second)) {
                    throw new IllegalArgumentException(parameter.symbol() + " factor */" + num(second) + " must be a number > 1");
                }
            }
        }
        if (shape != Shape.FIXED && parameter.integer()) {
            throw new IllegalArgumentException(parameter.symbol() + " is a whole number; give one value, not a "
                    + shape.words() + " distribution");
        }
        if (shape == Shape.NORMAL || shape == Shape.LOG_NORMAL) {
            double lost = truncatedMass(shape, first, second, parameter.min(), parameter.max());
            if (lost > MAX_TRUNCATED_MASS) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s = %s: %.1f %% of this %s lies outside the allowed %s (at most %.0f %% may be cut off); "
                                + "narrow it or give a range A..B", parameter.symbol(), spec(shape, first, second), 100 * lost,
                        shape.words(), parameter.rangeText(), 100 * MAX_TRUNCATED_MASS));
            }
        }
    }

    /** A fixed value (validated). */
    public static Uncertain fixed(Parameter p, double value) {
        return new Uncertain(p, Shape.FIXED, value, Double.NaN);
    }

    /**
     * Reads a value or distribution (forms in the class comment). Units apply as in {@link Parameter#parse}; in a range
     * a unit on the upper end only applies to both ({@code 1..10 uG}); a ± width takes the mean's unit unless it has
     * its own.
     *
     * @throws IllegalArgumentException one line naming the symbol, the value and what is allowed
     */
    public static Uncertain parse(Parameter p, String text) {
        String t = Objects.requireNonNull(text, "text").strip();
        int range = t.indexOf("..");
        if (range >= 0) {
            String lo = t.substring(0, range).strip();
            String hi = t.substring(range + 2).strip();
            boolean log = false;
            String lower = hi.toLowerCase(Locale.ROOT);
            if (lower.endsWith(" log") || lower.equals("log") || lower.endsWith(":log")) {
                log = true;
                hi = hi.substring(0, hi.length() - 3).strip();
                if (hi.endsWith(":")) {
                    hi = hi.substring(0, hi.length() - 1).strip();
                }
            }
            if (lo.isEmpty() || hi.isEmpty()) {
                throw new IllegalArgumentException("'" + t + "' is not a range; write A..B (uniform) or A..B log (log-uniform), "
                        + p.symbol() + " in " + p.rangeText());
            }
            double b = p.parse(hi);
            double a = p.parse(withUnitOf(lo, hi));
            return new Uncertain(p, log ? Shape.LOG_UNIFORM : Shape.UNIFORM, a, b);
        }
        int pm = indexOfAny(t, "+-", "±", "+/-");
        if (pm > 0) {
            int len = t.startsWith("+/-", pm) ? 3 : t.startsWith("+-", pm) ? 2 : 1;
            String centre = t.substring(0, pm).strip();
            String width = t.substring(pm + len).strip();
            double m = p.parse(centre);
            double s = width(p, withUnitOf(width, centre));
            return new Uncertain(p, Shape.NORMAL, m, s);
        }
        int times = t.indexOf("*/");
        if (times > 0) {
            double m = p.parse(t.substring(0, times).strip());
            String f = t.substring(times + 2).strip();
            double factor;
            try {
                factor = Double.parseDouble(f);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + f + "' is not a factor; write " + p.symbol()
                        + " as MEDIAN*/FACTOR with a pure number FACTOR > 1, e.g. 1e-9*/3");
            }
            return new Uncertain(p, Shape.LOG_NORMAL, m, factor);
        }
        return fixed(p, p.parse(t));
    }

    /** Whether this is a single value. */
    public boolean isFixed() {
        return shape == Shape.FIXED;
    }

    /**
     * The central value [unit of the parameter]: the value itself, the midpoint of a uniform, the geometric mean of a
     * log-uniform, the mean of a normal, the median of a log-normal (truncation ignored).
     */
    public double central() {
        return switch (shape) {
            case FIXED, NORMAL, LOG_NORMAL -> first;
            case UNIFORM -> 0.5 * (first + second);
            case LOG_UNIFORM -> Math.sqrt(first * second);
        };
    }

    /**
     * The value [unit of the parameter] below which a fraction {@code u} ∈ (0, 1) of the distribution lies (the
     * inverse CDF, of the truncated distribution for normal and log-normal); the fixed value for any u.
     */
    public double quantile(double u) {
        if (!(u > 0 && u < 1)) {
            throw new IllegalArgumentException("quantile needs 0 < u < 1, not " + u);
        }
        return switch (shape) {
            case FIXED -> first;
            case UNIFORM -> first + u * (second - first);
            case LOG_UNIFORM -> Math.exp(Math.log(first) + u * (Math.log(second) - Math.log(first)));
            case NORMAL -> clamp(truncatedQuantile(new NormalDistribution(first, second), first, u, false));
            case LOG_NORMAL -> clamp(Math.exp(truncatedQuantile(new NormalDistribution(Math.log(first), Math.log(second)),
                    Math.log(first), u, true)));
        };
    }

    /**
     * The low end [unit of the parameter] a sensitivity study moves it to: the lower end of a range, the 2.5 %
     * quantile of a normal or log-normal (central 95 %), the value itself when fixed.
     */
    public double lowEnd() {
        return switch (shape) {
            case FIXED -> first;
            case UNIFORM, LOG_UNIFORM -> first;
            case NORMAL, LOG_NORMAL -> quantile(0.025);
        };
    }

    /** The high end [unit of the parameter]: upper end of a range, the 97.5 % quantile of a normal or log-normal. */
    public double highEnd() {
        return switch (shape) {
            case FIXED -> first;
            case UNIFORM, LOG_UNIFORM -> second;
            case NORMAL, LOG_NORMAL -> quantile(0.975);
        };
    }

    /** The text {@link #parse} reads back to this, in the parameter's unit, e.g. {@code 1..10 log}, <code>1e-9*&#47;3</code>. */
    public String toSpec() {
        return spec(shape, first, second);
    }

    /** In words with the symbol and unit, e.g. {@code B 1–10 μG (log-uniform)}, {@code δ_s = 0.5 ± 0.1 (normal)}. */
    public String describe() {
        String u = parameter.unit().isEmpty() ? "" : " " + parameter.unit();
        return switch (shape) {
            case FIXED -> parameter.symbol() + " = " + num(first) + u;
            case UNIFORM -> parameter.symbol() + " " + num(first) + "–" + num(second) + u;
            case LOG_UNIFORM -> parameter.symbol() + " " + num(first) + "–" + num(second) + u + " (log-uniform)";
            case NORMAL -> parameter.symbol() + " = " + num(first) + " ± " + num(second) + u + " (normal)";
            case LOG_NORMAL -> parameter.symbol() + " = " + num(first) + u + " ×/÷ " + num(second) + " (log-normal)";
        };
    }

    private double clamp(double v) {
        return Math.min(Math.max(v, parameter.min()), parameter.max());
    }

    /** Inverse CDF of {@code d} truncated to the allowed range (in ln space when {@code log}). */
    private double truncatedQuantile(NormalDistribution d, double centre, double u, boolean log) {
        double lo = log ? (parameter.min() > 0 ? Math.log(parameter.min()) : Double.NEGATIVE_INFINITY) : parameter.min();
        double hi = log ? Math.log(parameter.max()) : parameter.max();
        double flo = Double.isInfinite(lo) ? 0 : d.cumulativeProbability(lo);
        double fhi = d.cumulativeProbability(hi);
        double v = d.inverseCumulativeProbability(flo + u * (fhi - flo));
        return Double.isFinite(v) ? v : centre;
    }

    /** The probability of a normal (ln-normal) that lies outside [min, max]. */
    private static double truncatedMass(Shape shape, double first, double second, double min, double max) {
        if (shape == Shape.NORMAL) {
            NormalDistribution d = new NormalDistribution(first, second);
            return d.cumulativeProbability(min) + (1 - d.cumulativeProbability(max));
        }
        NormalDistribution d = new NormalDistribution(Math.log(first), Math.log(second));
        double below = min > 0 ? d.cumulativeProbability(Math.log(min)) : 0;
        return below + (1 - d.cumulativeProbability(Math.log(max)));
    }

    private static String spec(Shape shape, double first, double second) {
        return switch (shape) {
            case FIXED -> Units.exactText(first);
            case UNIFORM -> Units.exactText(first) + ".." + Units.exactText(second);
            case LOG_UNIFORM -> Units.exactText(first) + ".." + Units.exactText(second) + " log";
            case NORMAL -> Units.exactText(first) + "+-" + Units.exactText(second);
            case LOG_NORMAL -> Units.exactText(first) + "*/" + Units.exactText(second);
        };
    }

    /** For messages (4 significant digits). */
    private static String num(double v) {
        return Units.formatNumber(v);
    }

    /** {@code bare} with the unit suffix of {@code other} appended when {@code bare} is only a number and other has one. */
    private static String withUnitOf(String bare, String other) {
        Matcher mb = LEADING_NUMBER.matcher(bare);
        if (!mb.find() || mb.end() != bare.length()) {
            return bare;
        }
        Matcher mo = LEADING_NUMBER.matcher(other);
        if (!mo.find()) {
            return bare;
        }
        String unit = other.substring(mo.end()).strip();
        return unit.isEmpty() ? bare : bare + " " + unit;
    }

    /** A width in the parameter's unit: unit conversion as for a value, but no range check; must be positive. */
    private static double width(Parameter p, String text) {
        double s = UnitParser.parse(text, p.dimension(), p.unit());
        if (!(s > 0)) {
            throw new IllegalArgumentException(p.symbol() + " width ±" + text + " must be positive");
        }
        return s;
    }

    private static int indexOfAny(String t, String... needles) {
        int best = -1;
        for (String n : needles) {
            int i = t.indexOf(n, 1); // not a leading sign
            while (i > 0 && n.equals("+-") && isExponent(t, i)) {
                i = t.indexOf(n, i + 1);
            }
            if (i > 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** Whether "+-" at i follows an exponent marker (as in 1e+-3, which is not a number anyway): never treat as ±. */
    private static boolean isExponent(String t, int i) {
        char c = t.charAt(i - 1);
        return c == 'e' || c == 'E';
    }
}
