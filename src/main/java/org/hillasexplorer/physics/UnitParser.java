package org.hillasexplorer.physics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a number with an optional unit — {@code 3 μG}, {@code 3uG}, {@code 0.3 nT}, {@code 10 GV}, {@code 5 TeV},
 * {@code 2 pc}, {@code 1e4 au}, {@code 3e-2 /yr}, {@code 1e55 pc^-3}, {@code 3×10⁻⁹ s⁻¹} — and converts it to the unit
 * of the field it was typed into, refusing units of another kind with a message such as
 * {@code nT is a magnetic field; this field is an energy}. A bare number is taken to be in the field's own unit.
 *
 * <p>Units are products of powers of atoms ({@code cm^-3}, {@code cm⁻³}, {@code cm-3}, {@code /cm3}, {@code 1/s},
 * {@code per yr}, {@code erg*s}); an atom is a unit symbol or name with an optional SI prefix
 * (f p n μ/µ/u m c k M G T P E Z, or femto…exa spelled out: {@code microgauss}, {@code kiloparsec}).
 * Symbols are case-sensitive (mG ≠ MG); spelled-out names are not. Lengths: m, au/AU, pc, ly (and word forms);
 * times: s, yr, d/day, h/hr, min; rates: Hz; fields: G/gauss, T/tesla; energies: eV, erg, J; rigidities: V.
 *
 * <p>Conversions that only shift the decimal point ({@code 0.3 nT → 3 μG}, {@code 10 MeV → 0.01 GeV}) are done in
 * decimal and are correctly rounded. Every error is an {@link IllegalArgumentException} (a {@link Failure}) with a
 * one-line message.
 */
public final class UnitParser {

    private static final int BASES = 5;
    private static final int L = 0;
    private static final int TIME = 1;
    private static final int FIELD = 2;
    private static final int ENERGY = 3;
    private static final int VOLT = 4;
    /** Longer input is refused outright (no value needs more). */
    private static final int MAX_LENGTH = 200;

    /** Why a text could not be read. */
    public static final class Failure extends IllegalArgumentException {
        /** The kind of problem. */
        public enum Kind { EMPTY, NOT_A_NUMBER, UNKNOWN_UNIT, INCOMPATIBLE, OUT_OF_RANGE }

        private final Kind kind;
        private final String input;
        private final String unit;

        Failure(Kind kind, String input, String unit, String message) {
            super(message);
            this.kind = kind;
            this.input = input;
            this.unit = unit;
        }

        /** What went wrong. */
        public Kind kind() {
            return kind;
        }

        /** The text that was being read (stripped). */
        public String input() {
            return input;
        }

        /** The unit at fault (for UNKNOWN_UNIT and INCOMPATIBLE), else empty. */
        public String unit() {
            return unit;
        }

        /**
         * This failure said of one named field: an empty or non-numeric input names {@code subject} and what it must
         * be, e.g. {@code 'x' is not a number; f_V must be in (0, 1)} for {@code about("f_V", "must be in (0, 1)")};
         * the other kinds already say what is wrong and are returned unchanged.
         */
        Failure about(String subject, String requirement) {
            return switch (kind) {
                case EMPTY -> new Failure(kind, input, "", "no value given; " + subject + " " + requirement);
                case NOT_A_NUMBER -> new Failure(kind, input, "", "'" + shown(input) + "' is not a number; " + subject + " "
                        + requirement);
                default -> this;
            };
        }
    }

    /** A unit: mantissa × 10^pow10 canonical base units (cm, s, G, eV, V) raised to {@code dims}. */
    private record Unit(double mantissa, int pow10, int[] dims) {
        static final Unit ONE = new Unit(1, 0, new int[BASES]);

        Unit times(Unit o, int power) {
            int[] d = dims.clone();
            for (int i = 0; i < BASES; i++) {
                d[i] += o.dims[i] * power;
            }
            return new Unit(mantissa * Math.pow(o.mantissa, power), pow10 + o.pow10 * power, d);
        }

        @Nullable Dimension dimension() {
            return Dimension.withExponents(dims);
        }
    }

    /** A unit atom that prefixes may precede. */
    private record Atom(Unit unit, String prefixes) {
    }

    private static final Map<String, Atom> SYMBOLS = new HashMap<>();
    private static final Map<String, Atom> WORDS = new HashMap<>();
    /** Prefix spellings, longest first, with the canonical symbol they stand for. */
    private static final List<String[]> PREFIXES = List.of(
            new String[] {"femto", "f"}, new String[] {"micro", "μ"}, new String[] {"milli", "m"},
            new String[] {"centi", "c"}, new String[] {"pico", "p"}, new String[] {"nano", "n"},
            new String[] {"kilo", "k"}, new String[] {"mega", "M"}, new String[] {"giga", "G"},
            new String[] {"tera", "T"}, new String[] {"peta", "P"}, new String[] {"exa", "E"},
            new String[] {"f", "f"}, new String[] {"p", "p"}, new String[] {"n", "n"}, new String[] {"μ", "μ"},
            new String[] {"u", "μ"}, new String[] {"m", "m"}, new String[] {"c", "c"}, new String[] {"k", "k"},
            new String[] {"M", "M"}, new String[] {"G", "G"}, new String[] {"T", "T"}, new String[] {"P", "P"},
            new String[] {"E", "E"}, new String[] {"Z", "Z"});
    private static final Map<String, Integer> PREFIX_POWER = Map.ofEntries(
            Map.entry("f", -15), Map.entry("p", -12), Map.entry("n", -9), Map.entry("μ", -6), Map.entry("m", -3),
            Map.entry("c", -2), Map.entry("k", 3), Map.entry("M", 6), Map.entry("G", 9), Map.entry("T", 12),
            Map.entry("P", 15), Map.entry("E", 18), Map.entry("Z", 21));

    static {
        define(unit(1, 2, L, 1), "fpnμmckMG", List.of("m"), List.of("meter", "meters", "metre", "metres"));
        define(unit(Units.AU_CM, 0, L, 1), "", List.of("au", "AU"), List.of());
        define(unit(Units.PC_CM, 0, L, 1), "μmkMG", List.of("pc"), List.of("parsec", "parsecs"));
        define(unit(Units.C_CM_PER_S * Units.YEAR_S, 0, L, 1), "kMG", List.of("ly"), List.of("lightyear", "lightyears"));
        define(unit(1, 0, TIME, 1), "fpnμmkMG", List.of("s"), List.of("sec", "second", "seconds"));
        define(unit(Units.YEAR_S, 0, TIME, 1), "kMG", List.of("yr"), List.of("year", "years", "yrs"));
        define(unit(86400, 0, TIME, 1), "", List.of("d"), List.of("day", "days"));
        define(unit(3600, 0, TIME, 1), "", List.of("h", "hr"), List.of("hour", "hours"));
        define(unit(60, 0, TIME, 1), "", List.of("min"), List.of("minute", "minutes"));
        define(unit(1, 0, TIME, -1), "fpnμmkMGT", List.of("Hz"), List.of("hertz"));
        define(unit(1, 0, FIELD, 1), "nμmkM", List.of("G"), List.of("gauss"));
        define(unit(1, 4, FIELD, 1), "pnμm", List.of("T"), List.of("tesla"));
        define(unit(1, 0, ENERGY, 1), "mkMGTPEZ", List.of("eV"), List.of("electronvolt", "electronvolts"));
        define(unit(1 / Units.ERG_PER_EV, 0, ENERGY, 1), "", List.of("erg"), List.of("ergs"));
        define(unit(1 / Units.ERG_PER_EV, 7, ENERGY, 1), "nμmkMGT", List.of("J"), List.of("joule", "joules"));
        define(unit(1, 0, VOLT, 1), "μmkMGTPE", List.of("V"), List.of("volt", "volts"));
    }

    private UnitParser() {
    }

    private static Unit unit(double mantissa, int pow10, int base, int power) {
        int[] d = new int[BASES];
        d[base] = power;
        return new Unit(mantissa, pow10, d);
    }

    private static void define(Unit u, String prefixes, List<String> symbols, List<String> words) {
        Atom a = new Atom(u, prefixes);
        symbols.forEach(s -> SYMBOLS.put(s, a));
        words.forEach(w -> WORDS.put(w, a));
    }

    /**
     * Reads {@code text} as a value of the given dimension and returns it in {@code targetUnit}.
     * {@code parse("0.3 nT", MAGNETIC_FIELD, "μG")} is 3, {@code parse("3", MAGNETIC_FIELD, "μG")} is 3 (a bare number
     * is in the target unit), {@code parse("1e4 au", LENGTH, "pc")} ≈ 0.0485.
     *
     * @param targetUnit a unit of dimension {@code expected} (empty for {@link Dimension#DIMENSIONLESS})
     * @throws IllegalArgumentException (a {@link Failure}) if the text is empty, not a number, has an unknown
     *                                  unit, a unit of another dimension, or is too large to represent
     */
    public static double parse(@Nullable String text, Dimension expected, String targetUnit) {
        Unit target = targetUnit(expected, targetUnit);
        String input = text == null ? "" : text.strip();
        if (input.isEmpty()) {
            throw new Failure(Failure.Kind.EMPTY, input, "", "empty value; this field takes " + takes(expected));
        }
        if (input.length() > MAX_LENGTH) {
            throw new Failure(Failure.Kind.NOT_A_NUMBER, input, "", "a value of " + input.length()
                    + " characters is not a number; this field takes " + takes(expected));
        }
        Normalized n = normalize(input);
        NumberPart num = number(n.text);
        if (num == null) {
            throw notANumber(input, expected);
        }
        int unitStart = skipSpaces(n.text, num.end);
        String typedUnit = unitStart < n.text.length() ? input.substring(n.origin[unitStart]).strip() : "";
        if (typedUnit.startsWith(",") && num.end < n.text.length() && n.text.charAt(num.end) == ',') {
            throw notANumber(input, expected); // a decimal comma, e.g. "0,3 nT"
        }
        Unit source;
        if (unitStart >= n.text.length()) {
            source = target;
        } else {
            try {
                source = unitExpression(n.text.substring(unitStart));
            } catch (UnknownAtom e) {
                String bad = e.atom == null ? typedUnit : e.atom;
                throw new Failure(Failure.Kind.UNKNOWN_UNIT, input, bad,
                        "'" + shown(input) + "': unknown unit '" + shown(bad) + "'; this field takes " + takes(expected));
            }
            Dimension got = source.dimension();
            if (got != expected) {
                String message = got != null
                        ? shown(typedUnit) + " is " + got.noun() + "; this field is " + expected.noun()
                        : shown(typedUnit) + " is not " + expected.noun() + " (e.g. " + expected.examples() + ")";
                throw new Failure(Failure.Kind.INCOMPATIBLE, input, typedUnit, message);
            }
        }
        double value;
        try {
            BigDecimal decimal = new BigDecimal(num.mantissa)
                    .scaleByPowerOfTen(Math.addExact(num.exponent, source.pow10 - target.pow10));
            value = decimal.doubleValue();
        } catch (NumberFormatException | ArithmeticException e) {
            value = Double.NaN;
        }
        double ratio = source.mantissa / target.mantissa;
        if (ratio != 1.0) {
            value *= ratio;
        }
        if (!Double.isFinite(value)) {
            throw new Failure(Failure.Kind.OUT_OF_RANGE, input, "", "'" + shown(input) + "' is too large or too small a number");
        }
        return value;
    }

    /**
     * {@link #parse(String, Dimension, String)} for a named field: an empty or non-numeric input is reported as
     * {@link Failure#about about} {@code subject}, e.g. {@code 'x' is not a number; f_V must be in (0, 1)}.
     *
     * @param subject     how messages name the field, e.g. {@code f_V}
     * @param requirement what the field takes, e.g. {@code must be in (0, 1)}
     * @throws IllegalArgumentException (a {@link Failure}) as the three-argument form
     */
    public static double parse(@Nullable String text, Dimension expected, String targetUnit, String subject, String requirement) {
        try {
            return parse(text, expected, targetUnit);
        } catch (Failure f) {
            throw f.about(subject, requirement);
        }
    }

    /**
     * The dimension of a unit expression, e.g. {@code nT} → MAGNETIC_FIELD, {@code pc^-3} → NUMBER_DENSITY,
     * empty → DIMENSIONLESS.
     *
     * @throws IllegalArgumentException if the unit cannot be read or is of no named dimension
     */
    public static Dimension dimensionOf(String unit) {
        Dimension d = unitOf(unit).dimension();
        if (d == null) {
            throw new IllegalArgumentException("unit '" + unit + "' is not one of: "
                    + String.join(", ", java.util.Arrays.stream(Dimension.values()).map(Dimension::noun).toList()));
        }
        return d;
    }

    /**
     * Converts {@code value} from one unit to another of the same dimension, e.g.
     * {@code convert(1, "pc", "au")} ≈ 206265.
     *
     * @throws IllegalArgumentException if a unit cannot be read or the two differ in dimension
     */
    public static double convert(double value, String fromUnit, String toUnit) {
        Unit from = unitOf(fromUnit);
        Unit to = unitOf(toUnit);
        if (!java.util.Arrays.equals(from.dims, to.dims)) {
            throw new IllegalArgumentException("cannot convert " + fromUnit + " to " + toUnit);
        }
        return value * (from.mantissa / to.mantissa) * Math.pow(10, from.pow10 - to.pow10);
    }

    /** A value with its unit for display, e.g. {@code 3 μG}, {@code 1e-9 s⁻¹}, {@code 0.5} (no unit). */
    public static String format(double value, @Nullable String unit) {
        String number = Units.formatNumber(value);
        return unit == null || unit.isEmpty() ? number : number + " " + unit;
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * Text as quoted in a message: control characters and line breaks shown as spaces (so messages stay one line),
     * and anything beyond 60 characters cut to "…".
     */
    public static String shown(String text) {
        StringBuilder b = new StringBuilder(Math.min(text.length(), 61));
        for (int i = 0; i < text.length(); i++) {
            if (i == 60) {
                return b.append('…').toString();
            }
            char c = text.charAt(i);
            b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085' ? ' ' : c);
        }
        return b.toString();
    }

    private static String takes(Dimension expected) {
        return expected.noun() + ", e.g. " + expected.examples();
    }

    private static Failure notANumber(String input, Dimension expected) {
        return new Failure(Failure.Kind.NOT_A_NUMBER, input, "", "'" + shown(input) + "' is not a number; this field takes "
                + takes(expected));
    }

    private static Unit unitOf(@Nullable String unit) {
        Normalized n = normalize(unit == null ? "" : unit.strip());
        if (n.text.isEmpty()) {
            return Unit.ONE;
        }
        try {
            return unitExpression(n.text);
        } catch (UnknownAtom e) {
            throw new IllegalArgumentException("unknown unit '" + (e.atom == null ? unit : e.atom) + "'");
        }
    }

    private static Unit targetUnit(Dimension expected, String targetUnit) {
        java.util.Objects.requireNonNull(expected, "expected");
        Unit u = unitOf(targetUnit);
        if (u.dimension() != expected) {
            throw new IllegalArgumentException("target unit '" + targetUnit + "' is not " + expected.noun());
        }
        return u;
    }

    /** The input with Unicode minus signs, superscripts, micro signs and spaces made plain, and where each char came from. */
    private record Normalized(String text, int[] origin) {
    }

    private static Normalized normalize(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        int[] origin = new int[2 * s.length() + 1];
        boolean inSuperscript = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char sup = superscript(c);
            if (sup != 0) {
                if (!inSuperscript && (b.length() == 0 || b.charAt(b.length() - 1) != '^')) {
                    origin[b.length()] = i;
                    b.append('^');
                }
                inSuperscript = true;
                origin[b.length()] = i;
                b.append(sup);
                continue;
            }
            inSuperscript = false;
            char out = switch (c) {
                case '\u2212', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\uFE63', '\uFF0D' -> '-';
                case '\u00D7', '\u00B7', '\u22C5', '\u2219' -> '*';
                case '\u00B5' -> 'μ';
                default -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c;
            };
            origin[b.length()] = i;
            b.append(out);
        }
        origin[b.length()] = s.length();
        return new Normalized(b.toString(), origin);
    }

    private static char superscript(char c) {
        return switch (c) {
            case '\u207B' -> '-';
            case '\u207A' -> '+';
            case '\u2070' -> '0';
            case '\u00B9' -> '1';
            case '\u00B2' -> '2';
            case '\u00B3' -> '3';
            case '\u2074', '\u2075', '\u2076', '\u2077', '\u2078', '\u2079' -> (char) ('4' + (c - '\u2074'));
            default -> 0;
        };
    }

    /** A decimal mantissa ({@code 3}, {@code -1.5e-9}), an extra power of ten ({@code ×10^k}) and where it ended. */
    private record NumberPart(String mantissa, int exponent, int end) {
    }

    private static @Nullable NumberPart number(String s) {
        int n = s.length();
        int p = skipSpaces(s, 0);
        int start = p;
        if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
            p++;
        }
        int digitsStart = p;
        int digits = 0;
        while (p < n && isAsciiDigit(s.charAt(p))) {
            p++;
            digits++;
        }
        boolean point = false;
        if (p < n && s.charAt(p) == '.') {
            point = true;
            p++;
            while (p < n && isAsciiDigit(s.charAt(p))) {
                p++;
                digits++;
            }
        }
        if (digits == 0) {
            return null;
        }
        boolean sciE = false;
        if (p < n && (s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
            int q = p + 1;
            if (q < n && (s.charAt(q) == '+' || s.charAt(q) == '-')) {
                q++;
            }
            if (q < n && isAsciiDigit(s.charAt(q))) {
                while (q < n && isAsciiDigit(s.charAt(q))) {
                    q++;
                }
                p = q;
                sciE = true;
            }
        }
        String mantissa = s.substring(start, p);
        // "10^-9", "10⁻⁹": a bare power of ten
        if (!point && !sciE && s.substring(digitsStart, p).equals("10")) {
            int[] power = power(s, p);
            if (power != null) {
                String sign = s.substring(start, digitsStart);
                return new NumberPart(sign + "1", power[0], power[1]);
            }
        }
        // "3×10^-9", "3 x 10**-9", "3*10⁻⁹"
        int q = skipSpaces(s, p);
        if (q < n && (s.charAt(q) == '*' || s.charAt(q) == 'x')) {
            int r = skipSpaces(s, q + 1);
            if (s.startsWith("10", r)) {
                int[] power = power(s, r + 2);
                if (power != null) {
                    return new NumberPart(mantissa, power[0], power[1]);
                }
            }
        }
        return new NumberPart(mantissa, 0, p);
    }

    /** Reads {@code ^k}, {@code ^(k)} or {@code **k} at {@code p}: {exponent, end}, or null. */
    private static int @Nullable [] power(String s, int p) {
        int n = s.length();
        int q;
        if (p < n && s.charAt(p) == '^') {
            q = p + 1;
        } else if (s.startsWith("**", p)) {
            q = p + 2;
        } else {
            return null;
        }
        return signedInteger(s, skipSpaces(s, q), true);
    }

    /** Reads an optionally parenthesised, optionally signed integer of 1–4 digits: {value, end}, or null. */
    private static int @Nullable [] signedInteger(String s, int p, boolean parenthesesAllowed) {
        int n = s.length();
        boolean paren = parenthesesAllowed && p < n && s.charAt(p) == '(';
        if (paren) {
            p = skipSpaces(s, p + 1);
        }
        int sign = 1;
        if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
            sign = s.charAt(p) == '-' ? -1 : 1;
            p++;
        }
        int value = 0;
        int digits = 0;
        while (p < n && isAsciiDigit(s.charAt(p))) {
            if (++digits > 4) {
                return null;
            }
            value = 10 * value + (s.charAt(p) - '0');
            p++;
        }
        if (digits == 0) {
            return null;
        }
        if (paren) {
            p = skipSpaces(s, p);
            if (p >= n || s.charAt(p) != ')') {
                return null;
            }
            p++;
        }
        return new int[] {sign * value, p};
    }

    /** Thrown inside the unit reader: an unknown atom, or (atom == null) text that is no unit expression. */
    private static final class UnknownAtom extends Exception {
        final @Nullable String atom;

        UnknownAtom(@Nullable String atom) {
            super(null, null, false, false);
            this.atom = atom;
        }
    }

    private static Unit unitExpression(String u) throws UnknownAtom {
        int n = u.length();
        int i = skipSpaces(u, 0);
        if (i < n && u.charAt(i) == '1' && skipSpaces(u, i + 1) < n && u.charAt(skipSpaces(u, i + 1)) == '/') {
            i = skipSpaces(u, i + 1); // "1/s"
        }
        Unit acc = Unit.ONE;
        boolean divide = false;
        int terms = 0;
        while (true) {
            i = skipSpaces(u, i);
            if (i >= n) {
                break;
            }
            char c = u.charAt(i);
            if (c == '/') {
                if (divide) {
                    throw new UnknownAtom(null);
                }
                divide = true;
                i++;
                continue;
            }
            if (c == '*') {
                if (terms == 0 || divide) {
                    throw new UnknownAtom(null);
                }
                i++;
                continue;
            }
            if (!Character.isLetter(c)) {
                throw new UnknownAtom(null);
            }
            int j = letters(u, i);
            String atom = u.substring(i, j);
            if (atom.equalsIgnoreCase("per")) {
                if (divide) {
                    throw new UnknownAtom(null);
                }
                divide = true;
                i = j;
                continue;
            }
            if (isPrefixWord(atom)) { // "micro gauss", "kilo-parsec"
                int k = j;
                while (k < n && (u.charAt(k) == ' ' || u.charAt(k) == '-')) {
                    k++;
                }
                if (k > j && k < n && Character.isLetter(u.charAt(k))) {
                    int m = letters(u, k);
                    atom = atom + u.substring(k, m);
                    j = m;
                }
            }
            int power = 1;
            int[] explicit = power(u, skipSpaces(u, j));
            if (explicit != null) {
                power = explicit[0];
                j = explicit[1];
            } else if (j < n && (isAsciiDigit(u.charAt(j)) || u.charAt(j) == '-' || u.charAt(j) == '+')) {
                int[] bare = signedInteger(u, j, false); // "cm-3", "pc3"
                if (bare == null) {
                    throw new UnknownAtom(null);
                }
                power = bare[0];
                j = bare[1];
            }
            Unit atomUnit = atom(atom);
            if (atomUnit == null) {
                throw new UnknownAtom(atom);
            }
            acc = acc.times(atomUnit, divide ? -power : power);
            divide = false;
            terms++;
            i = j;
        }
        if (divide || terms == 0) {
            throw new UnknownAtom(null);
        }
        return acc;
    }

    private static int letters(String s, int i) {
        int j = i;
        while (j < s.length() && Character.isLetter(s.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isPrefixWord(String atom) {
        for (String[] p : PREFIXES) {
            if (p[0].length() > 1 && p[0].equalsIgnoreCase(atom)) {
                return true;
            }
        }
        return false;
    }

    /** The unit an atom such as {@code nT}, {@code kpc}, {@code microgauss} or {@code AU} stands for, or null. */
    private static @Nullable Unit atom(String atom) {
        Atom a = base(atom);
        if (a != null) {
            return a.unit;
        }
        for (String[] p : PREFIXES) {
            String spelling = p[0];
            boolean word = spelling.length() > 1;
            boolean match = word ? atom.regionMatches(true, 0, spelling, 0, spelling.length()) : atom.startsWith(spelling);
            if (match && atom.length() > spelling.length()) {
                Atom b = base(atom.substring(spelling.length()));
                if (b != null && b.prefixes.contains(p[1])) {
                    return new Unit(b.unit.mantissa, b.unit.pow10 + PREFIX_POWER.get(p[1]), b.unit.dims);
                }
            }
        }
        return null;
    }

    private static @Nullable Atom base(String s) {
        Atom a = SYMBOLS.get(s);
        return a != null ? a : WORDS.get(s.toLowerCase(Locale.ROOT));
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
