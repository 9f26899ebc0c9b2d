package org.hillasexplorer.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The liberal reading of plain-CSV column names and JSON keys: which catalogue field a name means and which unit it
 * states. Names are compared case-insensitively and without {@code _}, {@code -}, {@code .} or blanks, so
 * {@code n_s_min}, {@code ns_min}, {@code NS-min} and {@code nsMin} are the same; {@code ℓ} counts as {@code l}. A unit
 * is taken from brackets or parentheses at the end ({@code size_min [pc]}, {@code n_s_min (cm^-3)}) or from a suffix
 * ({@code size_min_pc}, {@code ns_min_cm3}).
 */
final class ColumnRoles {
    private static final List<String> MIN_WORDS = List.of("min", "minimum", "low", "lower");
    private static final List<String> MAX_WORDS = List.of("max", "maximum", "high", "upper");
    private static final List<String> SIZE_STEMS = List.of("size", "ls", "l", "ell", "shortaxis", "length");
    private static final List<String> NS_STEMS = List.of("ns", "n", "numberdensity");
    private static final List<String> FV_STEMS = List.of("fv", "filling", "fillingfactor", "volumefillingfactor");
    private static final int MAX_NAME_LENGTH = 120;

    /** The catalogue field a column can hold. */
    enum Role {
        ID(null, List.of("id", "key", "identifier")),
        NAME(null, List.of("name", "structure", "population")),
        LABEL(null, List.of("label", "shortname")),
        CATEGORY(null, List.of("category")),
        PLANES(null, List.of("planes", "plane")),
        SIZE_MIN(ColumnUnit.LENGTH, ranged(SIZE_STEMS, MIN_WORDS)),
        SIZE_MAX(ColumnUnit.LENGTH, ranged(SIZE_STEMS, MAX_WORDS)),
        SIZE(ColumnUnit.LENGTH, SIZE_STEMS),
        NS_MIN(ColumnUnit.NUMBER_DENSITY, ranged(NS_STEMS, MIN_WORDS)),
        NS_MAX(ColumnUnit.NUMBER_DENSITY, ranged(NS_STEMS, MAX_WORDS)),
        NS(ColumnUnit.NUMBER_DENSITY, NS_STEMS),
        FV_MIN(ColumnUnit.DIMENSIONLESS, ranged(FV_STEMS, MIN_WORDS)),
        FV_MAX(ColumnUnit.DIMENSIONLESS, ranged(FV_STEMS, MAX_WORDS)),
        FV(ColumnUnit.DIMENSIONLESS, FV_STEMS),
        DIMENSIONALITY(null, List.of("dimensionality", "dim", "d")),
        DERIVATION(null, List.of("derivation", "notes", "note", "comment", "comments", "method")),
        REFERENCE(null, List.of("reference", "references", "ref", "refs", "citation", "source")),
        DOI(null, List.of("doi", "refdoi", "referencedoi")),
        BIBCODE(null, List.of("bibcode", "adsbibcode", "refbibcode", "referencebibcode"));

        private final ColumnUnit kind;
        private final List<String> aliases;

        Role(ColumnUnit kind, List<String> aliases) {
            this.kind = kind;
            this.aliases = aliases;
        }

        /** The unit kind of a numeric role, or null for text. */
        ColumnUnit kind() {
            return kind;
        }

        /** Whether the role holds numbers with a unit kind. */
        boolean isNumeric() {
            return kind != null;
        }

        /** The canonical name, e.g. {@code size_min}. */
        String canonical() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The single-value role of a min/max role's kind ({@code SIZE_MIN} → {@code SIZE}); itself otherwise. */
        Role single() {
            return switch (this) {
                case SIZE_MIN, SIZE_MAX -> SIZE;
                case NS_MIN, NS_MAX -> NS;
                case FV_MIN, FV_MAX -> FV;
                default -> this;
            };
        }
    }

    /**
     * One column name as read.
     *
     * @param display the name as written, without a bracketed unit, for messages
     * @param role    the field it means, or null when it means none (the column is ignored)
     * @param unit    the unit it states, if any (from brackets or a suffix)
     */
    record Column(String display, Role role, Optional<String> unit) {
    }

    private ColumnRoles() {
    }

    private static List<String> ranged(List<String> stems, List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : stems) {
            for (String w : words) {
                out.add(s + w);
                out.add(w + s);
            }
        }
        return List.copyOf(out);
    }

    /** The comparison key of a name: lower case, {@code ℓ} as {@code l}, without {@code _ - .} and blanks. */
    static String key(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (char c : name.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == 'ℓ') {
                sb.append('l');
            } else if (c != '_' && c != '-' && c != '.' && c != '\u2212' && !Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Reads one column name.
     *
     * @throws IllegalArgumentException when the name states a unit in brackets and a different one as a suffix
     */
    static Column parse(String raw) {
        String s = raw.strip();
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1).strip();
        }
        if (s.length() > MAX_NAME_LENGTH) {
            return new Column(TextInput.shorten(s), null, Optional.empty());
        }
        Optional<String> bracketUnit = Optional.empty();
        String base = s;
        char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
        if (last == ']' || last == ')') {
            int open = s.lastIndexOf(last == ']' ? '[' : '(');
            if (open > 0) {
                bracketUnit = Optional.of(s.substring(open + 1, s.length() - 1).strip()).filter(u -> !u.isEmpty());
                base = s.substring(0, open).strip();
            }
        }
        String k = key(base);
        for (Role r : Role.values()) {
            if (r.aliases.contains(k)) {
                return new Column(base, r, bracketUnit);
            }
        }
        // a suffix unit: the longest numeric alias that leaves a unit this kind knows
        List<Candidate> candidates = new ArrayList<>();
        for (Role r : Role.values()) {
            if (r.isNumeric()) {
                for (String a : r.aliases) {
                    if (k.length() > a.length() && k.startsWith(a)) {
                        candidates.add(new Candidate(r, a));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.alias.length()).reversed());
        for (Candidate c : candidates) {
            String suffix = k.substring(c.alias.length());
            Optional<Double> f = c.role.kind().suffixFactor(suffix);
            if (f.isPresent()) {
                if (bracketUnit.isPresent()) {
                    Optional<Double> g = c.role.kind().factor(bracketUnit.get());
                    if (g.isEmpty() || Math.abs(g.get() / f.get() - 1) > 1e-9) {
                        throw new IllegalArgumentException("column " + base + " is named for " + suffix + " but states unit '"
                                + TextInput.shorten(bracketUnit.get()) + "'; rename it or fix the unit");
                    }
                }
                return new Column(base, c.role, Optional.of(suffix));
            }
        }
        return new Column(base, null, bracketUnit);
    }

    /** The factor of {@code unit} for {@code kind}, accepting both unit text and name suffixes ({@code cm3}). */
    static Optional<Double> factor(ColumnUnit kind, String unit) {
        Optional<Double> f = kind.factor(unit);
        return f.isPresent() ? f : kind.suffixFactor(unit);
    }

    private record Candidate(Role role, String alias) {
    }
}
