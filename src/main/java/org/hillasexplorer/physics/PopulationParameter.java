package org.hillasexplorer.physics;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A self-describing numeric knob of a population (n₀, ℓ₀, α_n, ℓ_min, ℓ_max, D, ℓ_L/ℓ_S, ν_s): one definition from
 * which the population dialog's rows, the {@code --population} spec and its help, the scenario-file keys, the
 * copy-as-command writer and every range message are derived (see {@link PopulationParameters}). It is the
 * population counterpart of the scalar scenario {@link Parameter}.
 *
 * @param key         the scenario-file key, also the canonical key of the {@code --population} spec, e.g. {@code alpha_n}
 * @param aliases     other spellings the spec accepts for compatibility, e.g. {@code alpha} (never written)
 * @param symbol      the symbol as printed in the paper, e.g. {@code α_n}
 * @param subject     how messages name the value, usually the symbol, e.g. {@code aspect ℓ_L/ℓ_S}
 * @param name        a short human name
 * @param quantity    what kind of value it is: its unit, the units accepted for it and whether it is a whole number
 * @param range       the allowed values (in the quantity's unit)
 * @param rangeNote   added in parentheses to an out-of-range message and the tooltip, e.g. {@code 0 spheres, 1 filaments,
 *                    2 sheets}; may be empty
 * @param exceeds     the key of the knob this one must exceed (ℓ_max &gt; ℓ_min), or empty
 * @param presence    whether the knob must be given, takes a default, or may be absent (unknown)
 * @param defaultValue the value taken when a {@link Presence#DEFAULTED} knob is not given; NaN otherwise
 * @param example     a typical value, shown in examples and as the dialog's starting value
 * @param description one sentence saying what it means (tooltips and help)
 */
public record PopulationParameter(String key, List<String> aliases, String symbol, String subject, String name,
                                  Quantity quantity, Interval range, String rangeNote, String exceeds, Presence presence, double defaultValue,
                                  double example, String description) {

    /** Whether a value must be given. */
    public enum Presence {
        /** Must be given. */
        REQUIRED,
        /** Takes {@link #defaultValue()} when not given. */
        DEFAULTED,
        /** May be absent, meaning "not known" (ν_s). */
        OPTIONAL
    }

    /**
     * What kind of value a knob holds: the unit it is kept in, the units its text may carry (a short, closed list,
     * matched without regard to case), how it is written in a scenario file and in a spec, and the words used in
     * messages and help.
     */
    public enum Quantity {
        /** A length, kept in au; text may say au, pc, kpc or cm. */
        LENGTH(Dimension.LENGTH, "length", "au", "SIZE", Map.of("au", 1.0, "pc", Units.pcToAu(1), "kpc", Units.pcToAu(1e3),
                "cm", 1 / Units.AU_CM), "au, pc, kpc or cm", "\"10 au\", \"2 pc\" or \"3e13 cm\"", "1au, 0.1pc, 2kpc or 1e13cm",
                "au", true, false),
        /** A number density, kept in pc⁻³; text may say pc^-3 or cm^-3 (also pc-3, pc⁻³, /pc3, /pc^3 and the cm forms). */
        NUMBER_DENSITY(Dimension.NUMBER_DENSITY, "number density", "pc⁻³", "DENSITY", densityUnits(), "pc^-3 or cm^-3",
                "\"1e3 pc^-3\" or \"1e-52 cm^-3\"", "1e3 or 1e-50cm^-3", "pc^-3", true, false),
        /** A rate, kept in s⁻¹; text may say s^-1 (also s-1, s⁻¹, /s). Written as a plain number. */
        RATE(Dimension.RATE, "rate", "s⁻¹", "RATE", Map.of("s^-1", 1.0, "s-1", 1.0, "s⁻¹", 1.0, "/s", 1.0), "s^-1",
                "\"1e-6 s^-1\"", "1e-6 or 1e-6s^-1", "s^-1", false, false),
        /** A pure number. */
        NUMBER(Dimension.DIMENSIONLESS, "number", "", "NUMBER", Map.of(), "", "", "2.5", "", false, false),
        /** A whole pure number. */
        WHOLE_NUMBER(Dimension.DIMENSIONLESS, "whole number", "", "N", Map.of(), "", "", "1", "", false, true);

        private final Dimension dimension;
        private final String noun;
        private final String unit;
        private final String metavar;
        private final Map<String, Double> units;
        private final String allowedUnits;
        private final String examples;
        private final String specExamples;
        private final String asciiUnit;
        private final boolean textInFile;
        private final boolean whole;

        Quantity(Dimension dimension, String noun, String unit, String metavar, Map<String, Double> units, String allowedUnits,
                 String examples, String specExamples, String asciiUnit, boolean textInFile, boolean whole) {
            this.dimension = dimension;
            this.noun = noun;
            this.unit = unit;
            this.metavar = metavar;
            this.units = units;
            this.allowedUnits = allowedUnits;
            this.examples = examples;
            this.specExamples = specExamples;
            this.asciiUnit = asciiUnit;
            this.textInFile = textInFile;
            this.whole = whole;
        }

        private static Map<String, Double> densityUnits() {
            double perCm3 = Units.PC_CM * Units.PC_CM * Units.PC_CM;
            return Map.ofEntries(Map.entry("pc^-3", 1.0), Map.entry("pc-3", 1.0), Map.entry("pc⁻³", 1.0),
                    Map.entry("/pc3", 1.0), Map.entry("/pc^3", 1.0), Map.entry("cm^-3", perCm3), Map.entry("cm-3", perCm3),
                    Map.entry("cm⁻³", perCm3), Map.entry("/cm3", perCm3), Map.entry("/cm^3", perCm3));
        }

        /** The physical dimension. */
        public Dimension dimension() {
            return dimension;
        }

        /** The noun used in messages, e.g. {@code length}. */
        public String noun() {
            return noun;
        }

        /** The unit values are kept (and shown) in, e.g. {@code au}, {@code pc⁻³}; empty for pure numbers. */
        public String unit() {
            return unit;
        }

        /** The placeholder in the spec form, e.g. {@code SIZE}. */
        public String metavar() {
            return metavar;
        }

        /** The accepted units as text, e.g. {@code au, pc, kpc or cm}; empty for pure numbers. */
        public String allowedUnits() {
            return allowedUnits;
        }

        /** Examples of text with a unit as they appear in a scenario file, e.g. {@code "10 au", "2 pc" or "3e13 cm"}. */
        public String examples() {
            return examples;
        }

        /** Examples as they are typed in a spec, e.g. {@code 1au, 0.1pc, 2kpc or 1e13cm}. */
        public String specExamples() {
            return specExamples;
        }

        /** The unit as written in files and commands, e.g. {@code pc^-3}; empty for pure numbers. */
        public String asciiUnit() {
            return asciiUnit;
        }

        /** Whether a scenario file writes (and may give) this quantity as text with a unit rather than a plain number. */
        public boolean textInFile() {
            return textInFile;
        }

        /** Whether only whole numbers make sense. */
        public boolean whole() {
            return whole;
        }

        /** The units accepted in text, each with its size in {@link #unit()}. */
        public Map<String, Double> units() {
            return units;
        }

        /**
         * Reads a number with an optional unit of this quantity ({@code "0.1 pc"}, {@code "1e3pc^-3"}, {@code "2.5"});
         * a bare number is in {@link #unit()}. The range is not checked here.
         *
         * @throws IllegalArgumentException naming the text and what is allowed, e.g.
         *                                  {@code length '1 km' has unknown unit 'km'; use au, pc, kpc or cm (or a plain number of au)}
         */
        public double parse(String text) {
            String t = text.strip();
            Matcher m = QUANTITY.matcher(t);
            if (!m.matches()) {
                throw new IllegalArgumentException(units.isEmpty() ? "'" + shorten(t) + "' is not a number"
                        : noun + " '" + shorten(t) + "' is not a number with a unit such as " + examples);
            }
            String u = m.group(2);
            Double factor = u.isEmpty() ? Double.valueOf(1) : unitFactor(u);
            if (factor == null) {
                throw new IllegalArgumentException(units.isEmpty() ? "'" + shorten(t) + "' is not a number"
                        : noun + " '" + shorten(t) + "' has unknown unit '" + shorten(u) + "'; use " + allowedUnits
                        + " (or a plain number of " + unit + ")");
            }
            return Double.parseDouble(m.group(1)) * factor;
        }

        private Double unitFactor(String u) {
            for (Map.Entry<String, Double> e : units.entrySet()) {
                if (e.getKey().equalsIgnoreCase(u)) {
                    return e.getValue();
                }
            }
            return null;
        }

        /** A value as spec text that reads back exactly, e.g. {@code 0.1au}, {@code 1e3}, {@code 2}. */
        public String specText(double value) {
            if (whole) {
                return Long.toString((long) value);
            }
            return Units.exactText(value) + (this == LENGTH ? asciiUnit : "");
        }
    }

    /** A decimal number, then an optional unit without spaces; possessive, so long junk fails in linear time. */
    private static final Pattern QUANTITY =
            Pattern.compile("([-+]?+(?:\\d++(?:\\.\\d*+)?+|\\.\\d++)(?:[eE][-+]?+\\d++)?+)\\s*+(\\S*+)");

    public PopulationParameter {
        Objects.requireNonNull(key, "key");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(rangeNote, "rangeNote");
        Objects.requireNonNull(exceeds, "exceeds");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(description, "description");
        if (!key.equals(key.toLowerCase(Locale.ROOT)) || key.isBlank()) {
            throw new IllegalArgumentException("key '" + key + "' must be lower case");
        }
        if ((presence == Presence.DEFAULTED) != !Double.isNaN(defaultValue)) {
            throw new IllegalArgumentException(key + ": a default is given exactly when the knob is DEFAULTED");
        }
        if (presence == Presence.DEFAULTED && !accepts(defaultValue, quantity, range)) {
            throw new IllegalArgumentException("default of " + key + " outside its range");
        }
        if (!accepts(example, quantity, range)) {
            throw new IllegalArgumentException("example of " + key + " outside its range");
        }
    }

    private static boolean accepts(double v, Quantity q, Interval r) {
        return r.contains(v) && (!q.whole() || v == Math.rint(v));
    }

    /** Every key the spec accepts for this knob: {@link #key()} first, then the {@link #aliases()}. */
    public List<String> specKeys() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(key), aliases.stream()).toList();
    }

    /** The unit values are kept in (empty for pure numbers). */
    public String unit() {
        return quantity.unit();
    }

    /** Whether {@code value} is allowed on its own (finite, in the range, whole if it must be); {@link #exceeds()} aside. */
    public boolean accepts(double value) {
        return accepts(value, quantity, range);
    }

    /**
     * Returns {@code value} if it is allowed, else throws with {@link #rejection}.
     *
     * @param values the other knobs' values by key, for {@link #exceeds()} (may lack it: then not checked)
     */
    public double validate(double value, Map<String, Double> values) {
        String problem = problem(value, values);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return value;
    }

    /** {@link #validate(double, Map)} without the other knobs. */
    public double validate(double value) {
        return validate(value, Map.of());
    }

    /** Why {@code value} is not allowed, or null if it is. */
    public String problem(double value, Map<String, Double> values) {
        if (!accepts(value)) {
            return rejection(value);
        }
        Double other = exceeds.isEmpty() ? null : values.get(exceeds);
        if (other != null && !(value > other)) {
            PopulationParameter o = PopulationParameters.byKey(exceeds);
            String u = unit().isEmpty() ? "" : " " + unit();
            return subject + " = " + Units.formatNumber(value) + u + " is outside (" + o.symbol() + ", ∞) = ("
                    + Units.formatNumber(other) + u + ", ∞)";
        }
        return null;
    }

    /**
     * The message saying why {@code value} is outside the range (also used for inline feedback), e.g.
     * {@code α_n = 11 is outside [−5, 10]}, {@code n₀ = -1 pc⁻³ is outside (0, ∞)} or
     * {@code D = 1.5 must be a whole number in [0, 2]}.
     */
    public String rejection(double value) {
        String shown = Units.formatNumber(value);
        if (quantity.whole() && range.contains(value)) {
            return subject + " = " + shown + " must be a whole number in " + rangeText();
        }
        return subject + " = " + shown + (unit().isEmpty() ? "" : " " + unit()) + " is outside " + rangeText()
                + (rangeNote.isEmpty() ? "" : " (" + rangeNote + ")");
    }

    /** The allowed range as text with the unit, e.g. {@code (0, ∞) au} or {@code [1, 1e6]}. */
    public String rangeText() {
        return range.text(Interval.Minus.TYPOGRAPHIC) + (unit().isEmpty() || !Double.isFinite(range.max()) ? "" : " " + unit());
    }

    /**
     * Reads typed text (units allowed, see {@link Quantity#parse}) and {@link #validate(double) validates} it.
     *
     * @throws IllegalArgumentException with a one-line message; an empty text says "no value given"
     */
    public double parse(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("no value given; " + symbol + " must be in " + rangeText());
        }
        return validate(quantity.parse(text));
    }

    /** Whole numbers in the range, when there are only a few (D: 0, 1, 2), else empty: a choice rather than a field. */
    public List<Integer> choices() {
        if (!quantity.whole() || !Double.isFinite(range.max()) || range.max() - range.min() > 10) {
            return List.of();
        }
        List<Integer> out = new java.util.ArrayList<>();
        for (int v = (int) Math.ceil(range.min()); v <= range.max(); v++) {
            if (range.contains(v)) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    /** The value as text for a field: exact for reading back ({@code 0.1}, {@code 1e-9}, {@code 2}). */
    public String fieldText(double value) {
        return quantity.whole() ? Long.toString((long) value) : Units.exactText(value);
    }

    /** A multi-line tooltip: symbol and name, meaning, unit, allowed range and default. */
    public String tooltip() {
        return symbol + " — " + name + "\n" + description + "\n"
                + "Unit: " + (unit().isEmpty() ? (quantity.whole() ? "a whole number" : "dimensionless")
                : unit() + " (a value may also be typed in " + quantity.allowedUnits() + ")") + "\n"
                + "Allowed: " + rangeText() + (exceeds.isEmpty() ? "" : ", above " + PopulationParameters.byKey(exceeds).symbol())
                + (rangeNote.isEmpty() ? "" : " (" + rangeNote + ")") + "\n"
                + switch (presence) {
                    case REQUIRED -> "Required";
                    case DEFAULTED -> "Default: " + Units.formatNumber(defaultValue) + (unit().isEmpty() ? "" : " " + unit());
                    case OPTIONAL -> "Optional: leave empty if unknown";
                };
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "…" : s;
    }
}
