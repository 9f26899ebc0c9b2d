package org.hillasexplorer.montecarlo;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hillasexplorer.physics.Dimension;
import org.hillasexplorer.physics.Interval;
import org.hillasexplorer.physics.UnitParser;
import org.hillasexplorer.physics.Units;

/**
 * A self-describing Monte Carlo knob (ℓ_S, f_V, τ_s, …, the regime map's grids, the event limit): one definition from
 * which {@code simulate}'s option and its help, the Monte Carlo window's field with its tooltip and inline message,
 * the reading of typed values (with units, through {@link UnitParser}) and every validation message are derived. The
 * knobs themselves, and how they make a {@link SimulationSetup}, are in {@link SimulationKnobs}; it is the Monte Carlo
 * counterpart of the scenario's {@code physics.Parameter}.
 *
 * @param key          stable machine name; the CLI option is {@code --key}, the window's field {@code mc-key}
 * @param label        the window's label and the subject of messages: the paper's symbol where there is one
 *                     ({@code ℓ_S}), else a word ({@code particles})
 * @param name         a short human name, e.g. {@code patch depth}
 * @param kind         what the text holds: a number (with a unit), a whole number or a grid
 * @param unit         the unit values are kept in, e.g. {@code au}; empty for pure numbers and grids
 * @param range        the allowed values (for a grid: of each of its values)
 * @param defaultText  the value taken when none is given, as text (e.g. {@code 10 au}); empty if the knob has none
 * @param absent       what giving no value means for a knob without a default, e.g. {@code all cores}; else empty
 * @param alternative  the key of the knob that may be given instead of this one (τ_s or ν_s), or empty
 * @param paramLabel   the CLI's parameter label, e.g. {@code LENGTH}
 * @param description  one sentence saying what it means (help and tooltip)
 */
public record SimulationKnob(String key, String label, String name, Kind kind, String unit, Interval range, String defaultText,
        String absent, String alternative, String paramLabel, String description) {

    /** What a knob's text holds. */
    public enum Kind {
        /** A real number, in {@link #unit()} or with any unit of its dimension. */
        NUMBER,
        /** A whole number (no unit). */
        WHOLE_NUMBER,
        /** A {@link LogGrid} {@code LO..HI:N} (no unit). */
        GRID
    }

    /**
     * A value a knob does not take: the knobs at fault (one, or the two of a conflict) and why ({@link #reason()}, which
     * need not name them); {@link #cliMessage()} puts the CLI's option names in front, {@link #getMessage()} the labels
     * where the reason does not name its knob.
     */
    public static final class Rejected extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient List<SimulationKnob> knobs;
        private final String reason;

        /** {@code knobs} may be empty for a problem of the whole setup (e.g. a rate that overflows). */
        public Rejected(List<SimulationKnob> knobs, String reason) {
            super(labelled(knobs, reason));
            this.knobs = List.copyOf(knobs);
            this.reason = reason;
        }

        /** The reason with the labels in front, unless it already names its one knob ("f_V = 2 is …", "…; f_V must …"). */
        private static String labelled(List<SimulationKnob> knobs, String reason) {
            if (knobs.isEmpty()) {
                return reason;
            }
            String label = knobs.get(0).label();
            boolean named = knobs.size() == 1 && (reason.startsWith(label + " ") || reason.contains("; " + label + " "));
            return named ? reason : join(knobs, SimulationKnob::label) + ": " + reason;
        }

        Rejected(SimulationKnob knob, String reason) {
            this(List.of(knob), reason);
        }

        /** The knobs at fault. */
        public List<SimulationKnob> knobs() {
            return knobs;
        }

        /** Why, e.g. {@code f_V = 2 is outside (0, 1)} or {@code give one of them}. */
        public String reason() {
            return reason;
        }

        /** The CLI's one-line message, e.g. {@code --fv: f_V = 2 is outside (0, 1)}, {@code --tau-s and --nu-s: give one of them}. */
        public String cliMessage() {
            return knobs.isEmpty() ? reason : join(knobs, SimulationKnob::cliOption) + ": " + reason;
        }

        private static String join(List<SimulationKnob> knobs, java.util.function.Function<SimulationKnob, String> name) {
            return knobs.stream().map(name).collect(Collectors.joining(" and "));
        }
    }

    public SimulationKnob {
        for (String s : new String[] {key, label, name, unit, defaultText, absent, alternative, paramLabel, description}) {
            Objects.requireNonNull(s, "a text of knob " + key);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(range, "range");
        if (defaultText.isEmpty() == absent.isEmpty()) {
            throw new IllegalArgumentException("knob " + key + " needs either a default or what its absence means");
        }
        if (kind != Kind.NUMBER && !unit.isEmpty()) {
            throw new IllegalArgumentException("knob " + key + ": only numbers have a unit");
        }
    }

    /** The CLI option, e.g. {@code --ls}. */
    public String cliOption() {
        return "--" + key;
    }

    /** Whether no value means {@link #defaultText()} (else it means {@link #absent()}). */
    public boolean hasDefault() {
        return !defaultText.isEmpty();
    }

    /** The physical dimension of a {@link Kind#NUMBER}, derived from its unit (pure number for the others). */
    public Dimension dimension() {
        return UnitParser.dimensionOf(unit);
    }

    /** What no value gives, e.g. {@code 10 au} or {@code all cores (at most 64)}. */
    public String defaultShown() {
        return hasDefault() ? defaultText : absent;
    }

    /** The allowed values as text, e.g. {@code (0, ∞) au}, {@code whole numbers in [1, 1e7]}, {@code 0 < LO < HI < 1 and 2 ≤ N ≤ 30}. */
    public String rangeText() {
        return switch (kind) {
            case NUMBER -> rangeShown() + unitSuffix();
            case WHOLE_NUMBER -> range.isAny() ? "any whole number" : "whole numbers in " + rangeShown();
            case GRID -> gridCondition() + " and " + LogGrid.MIN_POINTS + " ≤ N ≤ " + LogGrid.MAX_POINTS;
        };
    }

    /**
     * The CLI's help, e.g. {@code ℓ_S [au], patch depth: … Allowed (0, ∞) au, default 10 au. Units: e.g. 2 pc, 1e4 au;
     * a bare number is au.}
     */
    public String help() {
        String head = label + (unit.isEmpty() ? "" : " [" + unit + "]") + ", " + name + ": " + description;
        String allowed = " Allowed " + rangeText() + ", default " + (hasDefault() ? defaultText : "none: " + absent);
        String instead = alternative.isEmpty() ? "" : "; or give " + SimulationKnobs.byKey(alternative).cliOption() + " instead";
        return head + allowed + instead + "." + unitsHint();
    }

    /** A multi-line tooltip: label and name, meaning, unit or form, allowed values, default and the alternative. */
    public String tooltip() {
        String form = switch (kind) {
            case NUMBER -> "Unit: " + (unit.isEmpty() ? "dimensionless" : unit + " (or e.g. " + dimension().examples() + ")");
            case WHOLE_NUMBER -> "A whole number";
            case GRID -> "Form: LO..HI:N, N values log-spaced from LO to HI";
        };
        return label + " — " + name + "\n" + description + "\n" + form + "\n"
                + "Allowed: " + rangeText() + "\n"
                + "Default: " + (hasDefault() ? defaultText : "none — " + absent)
                + (alternative.isEmpty() ? "" : "\nOr give " + SimulationKnobs.byKey(alternative).label() + " instead (not both)");
    }

    /**
     * Reads a {@link Kind#NUMBER}: a value with an optional unit ({@code "2 pc"}, or a bare {@code "10"} in
     * {@link #unit()}), converted to {@link #unit()} and checked against the range.
     *
     * @throws Rejected with a one-line reason: a unit error from {@link UnitParser}, a not-a-number message naming the
     *                  label and range, or the range error of {@link #rejection}
     */
    public double number(String text) {
        requireKind(Kind.NUMBER);
        return read(text);
    }

    /**
     * Reads a {@link Kind#WHOLE_NUMBER}, exactly for plain integers ({@code 12345678901234567}) and also in forms such as
     * {@code 1e4}.
     *
     * @throws Rejected as {@link #number}, or if the value is not whole
     */
    public long whole(String text) {
        requireKind(Kind.WHOLE_NUMBER);
        try {
            long exact = Long.parseLong(text.strip());
            if (range.contains(exact)) {
                return exact;
            }
        } catch (NumberFormatException notPlain) {
            // read below, with the messages for every other form
        }
        double v = read(text);
        if (!(Math.abs(v) < 0x1p63)) {
            throw new Rejected(this, label + " = " + Units.formatNumber(v) + " is too large a whole number");
        }
        return (long) v;
    }

    /**
     * Reads a {@link Kind#GRID} {@code LO..HI:N} whose values all lie in the range.
     *
     * @throws Rejected naming the form, the condition and an example
     */
    public LogGrid grid(String text) {
        requireKind(Kind.GRID);
        LogGrid g = null;
        try {
            g = LogGrid.parse(text);
        } catch (IllegalArgumentException notAGrid) {
            // the message below says what is wanted
        }
        if (g == null || !range.contains(g.lo()) || !range.contains(g.hi())) {
            throw new Rejected(this, "'" + UnitParser.shown(text.strip()) + "' must be LO..HI:N with " + rangeText()
                    + (hasDefault() ? ", e.g. " + defaultText : ""));
        }
        return g;
    }

    /**
     * Checks a text of any kind (what the window does while one types).
     *
     * @throws Rejected as the reader of its kind
     */
    public void check(String text) {
        switch (kind) {
            case NUMBER -> number(text);
            case WHOLE_NUMBER -> whole(text);
            case GRID -> grid(text);
        }
    }

    /** Whether {@code value} is allowed (finite, in the range, whole for a whole number). */
    public boolean accepts(double value) {
        return range.contains(value) && (kind != Kind.WHOLE_NUMBER || value == Math.rint(value));
    }

    /** Why {@code value} is not allowed, e.g. {@code f_V = 2 is outside (0, 1)}, {@code ν_bg = -1 s⁻¹ must not be negative}. */
    public String rejection(double value) {
        String shown = label + " = " + Units.formatNumber(value);
        if (kind == Kind.WHOLE_NUMBER && range.contains(value)) {
            return shown + " must be a whole number" + (range.isAny() ? "" : " in " + rangeShown());
        }
        return shown + unitSuffix() + " " + violation();
    }

    private double read(String text) {
        Dimension d = dimension();
        String requirement = kind == Kind.WHOLE_NUMBER ? "must be a whole number" + (range.isAny() ? "" : " in " + rangeShown())
                : "must be in " + rangeText() + (d == Dimension.DIMENSIONLESS ? "" : ", e.g. " + d.examples());
        double v;
        try {
            v = UnitParser.parse(text, d, unit, label, requirement);
        } catch (IllegalArgumentException e) {
            throw new Rejected(this, e.getMessage());
        }
        if (!accepts(v)) {
            throw new Rejected(this, rejection(v));
        }
        return v;
    }

    private void requireKind(Kind k) {
        if (kind != k) {
            throw new IllegalStateException("knob " + key + " is a " + kind + ", not a " + k);
        }
    }

    /** The range as text, e.g. {@code (0, 1)}, {@code [1, 1e7]} (a negative end as {@link Units#formatNumber} writes it). */
    private String rangeShown() {
        return range.text(Interval.Minus.ASCII);
    }

    /** How a value outside the range breaks it, e.g. {@code must be positive}, {@code is outside (0, 1)}. */
    private String violation() {
        if (range.max() == Double.POSITIVE_INFINITY && range.min() == 0) {
            return range.minOpen() ? "must be positive" : "must not be negative";
        }
        return "is outside " + rangeShown() + unitSuffix();
    }

    /** The grid condition on LO and HI, e.g. {@code 0 < LO < HI < 1}. */
    private String gridCondition() {
        String lower = Units.formatNumber(range.min()) + (range.minOpen() ? " < " : " ≤ ");
        String upper = range.max() == Double.POSITIVE_INFINITY ? "" : (range.maxOpen() ? " < " : " ≤ ") + Units.formatNumber(range.max());
        return lower + "LO < HI" + upper;
    }

    private String unitSuffix() {
        return unit.isEmpty() ? "" : " " + unit;
    }

    private String unitsHint() {
        if (kind != Kind.NUMBER || unit.isEmpty()) {
            return "";
        }
        return " Units: e.g. " + dimension().examples() + "; a bare number is " + unit + ".";
    }
}
