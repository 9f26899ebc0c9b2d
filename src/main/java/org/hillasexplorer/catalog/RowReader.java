package org.hillasexplorer.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hillasexplorer.catalog.ColumnRoles.Role;
import org.hillasexplorer.physics.Plane;

/**
 * Checks the cells of data rows against a {@link Layout} and turns each into a {@link CatalogEntry} or into
 * {@link CatalogProblem}s on its line; shared by the ECSV, plain-CSV and JSON readers.
 */
final class RowReader {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    /** Longer cells are not numbers (and the decimal pattern would backtrack on them). */
    private static final int MAX_NUMBER_LENGTH = 64;

    /** A numeric column with its position, name and the factor to the internal unit. */
    record NumericColumn(String name, int index, double factor) {
    }

    /** A min/max pair of numeric columns of one kind; both are the same column for a single-value column. */
    record NumericPair(NumericColumn lo, NumericColumn hi, ColumnUnit kind) {
        String names() {
            return lo.equals(hi) ? lo.name : lo.name + "/" + hi.name;
        }
    }

    /**
     * Where each field sits in a row.
     *
     * @param index  role → 0-based cell index of the text fields present
     * @param names  role → the column's name in the file, for messages
     * @param size   the size columns (required unless every row is theoretical)
     * @param ns     the n_s columns, if any
     * @param fv     the f_V columns, if any
     * @param strict ECSV rules: id, name and category are required; otherwise (plain CSV, JSON) the id is made from the
     *               name or {@code row-N}, the name from the label or id, and the category defaults to {@code user}
     */
    record Layout(Map<Role, Integer> index, Map<Role, String> names, Optional<NumericPair> size, Optional<NumericPair> ns,
                  Optional<NumericPair> fv, boolean strict) {
        Layout {
            index = index.isEmpty() ? Map.of() : new EnumMap<>(index);
            names = names.isEmpty() ? Map.of() : new EnumMap<>(names);
        }
    }

    private final String source;
    private final List<CatalogProblem> problems;
    private final Map<String, Long> idLines = new HashMap<>();

    RowReader(String source, List<CatalogProblem> problems) {
        this.source = source;
        this.problems = problems;
    }

    /** Records a problem of the whole row or of a column given by name. */
    void problem(long line, String field, String message, int column) {
        problems.add(new CatalogProblem(source, line, field, message, column));
    }

    /**
     * The entry of one row, or empty after recording its problems.
     *
     * @param cells   at least as many cells as the layout's columns
     * @param lineNo  1-based line of the row (of the entry's opening brace in JSON)
     * @param ordinal 1-based number of the data row, for generated ids
     */
    Optional<CatalogEntry> read(Layout layout, List<String> cells, long lineNo, int ordinal) {
        return new Row(layout, cells, lineNo).read(ordinal);
    }

    private final class Row {
        private final Layout layout;
        private final List<String> cells;
        private final long lineNo;

        Row(Layout layout, List<String> cells, long lineNo) {
            this.layout = layout;
            this.cells = cells;
            this.lineNo = lineNo;
        }

        Optional<CatalogEntry> read(int ordinal) {
            int before = problems.size();
            boolean strict = layout.strict();

            Optional<String> givenId = strict ? Optional.ofNullable(required(Role.ID)) : optional(Role.ID);
            if (givenId.isPresent()) {
                String id = givenId.get();
                if (!CatalogEntry.ID_PATTERN.matcher(id).matches()) {
                    problem(Role.ID, "'" + TextInput.shorten(id) + "' must be 1-64 letters, digits, _ . or -");
                } else if (idLines.containsKey(id)) {
                    problem(Role.ID, "'" + id + "' is already used on line " + idLines.get(id));
                }
            }
            Optional<String> name = strict ? Optional.ofNullable(required(Role.NAME)) : optional(Role.NAME);
            Category category = null;
            Optional<String> categoryText = strict ? Optional.ofNullable(required(Role.CATEGORY)) : optional(Role.CATEGORY);
            if (categoryText.isPresent()) {
                try {
                    category = Category.fromKey(categoryText.get());
                } catch (IllegalArgumentException e) {
                    problem(Role.CATEGORY, "'" + TextInput.shorten(categoryText.get()) + "' must be one of " + Category.allowedKeys());
                }
            } else if (!strict) {
                category = Category.USER;
            }
            Optional<String> label = optional(Role.LABEL);
            String dimensionality = optional(Role.DIMENSIONALITY).orElse("?");
            if (!CatalogEntry.DIMENSIONALITY_PATTERN.matcher(dimensionality).matches()) {
                problem(Role.DIMENSIONALITY, "'" + TextInput.shorten(dimensionality) + "' must be 0, 1, 2, 0-1, 0-2, 1-2 or ?");
            }
            Optional<Range> sizeAu = layout.size().flatMap(this::range);
            Optional<Range> nsPerPc3 = layout.ns().flatMap(this::range);
            Optional<Range> fillingFactor = layout.fv().flatMap(this::range);
            boolean planesGiven = optional(Role.PLANES).isPresent();
            Set<Plane> planes = planes(nsPerPc3, fillingFactor);

            if (problems.size() > before) {
                return Optional.empty();
            }
            // relations between valid fields: only checked once each field is fine on its own
            if (category != Category.THEORETICAL && sizeAu.isEmpty()) {
                String field = layout.size().map(p -> p.lo().name()).orElse("size_min");
                problem(field, "a " + category.key() + " entry needs a size range; only theoretical entries may leave it empty",
                        layout.size().map(p -> p.lo().index() + 1).orElse(0));
            }
            if (!strict && !planesGiven && category != Category.THEORETICAL && nsPerPc3.isEmpty() && fillingFactor.isEmpty()) {
                Optional<NumericPair> first = layout.ns().isPresent() ? layout.ns() : layout.fv();
                problem(first.map(p -> p.lo().name()).orElse("row"), "the row gives neither n_s nor f_V values, so there is nothing to draw",
                        first.map(p -> p.lo().index() + 1).orElse(0));
            } else {
                for (Plane p : planes) {
                    Optional<NumericPair> pair = p == Plane.NUMBER_DENSITY ? layout.ns() : layout.fv();
                    boolean hasValues = (p == Plane.NUMBER_DENSITY ? nsPerPc3 : fillingFactor).isPresent();
                    if (category != Category.THEORETICAL && !hasValues) {
                        problem(Role.PLANES, "the entry is drawn on " + p.key() + " but has no "
                                + pair.map(q -> q.lo().name() + "/" + q.hi().name()).orElse(p.key() + " columns") + " values");
                    }
                }
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            String id = givenId.orElseGet(() -> freshId(name.or(() -> label).orElse(""), ordinal));
            String n = name.or(() -> label).orElse(id);
            // a malformed DOI or bibcode only loses the link, not the candidate: a note, and the row still loads
            Optional<String> doi = identifier(Role.DOI, CatalogEntry::normaliseDoi,
                    "is not a DOI (expected 10.NNNN/suffix, e.g. 10.1093/mnras/stu2525); it was ignored");
            Optional<String> bibcode = identifier(Role.BIBCODE, CatalogEntry::normaliseBibcode,
                    "is not a 19-character ADS bibcode (e.g. 2014ApJS..212....1A); it was ignored");
            try {
                CatalogEntry e = new CatalogEntry(id, n, label.orElse(n), category, planes, sizeAu, nsPerPc3, fillingFactor,
                        dimensionality, optional(Role.DERIVATION).orElse(""), optional(Role.REFERENCE).orElse(""), doi, bibcode);
                idLines.put(id, lineNo);
                return Optional.of(e);
            } catch (IllegalArgumentException e) {
                problem("row", TextInput.oneLine(e.getMessage()), 0);
                return Optional.empty();
            }
        }

        /** The normalised identifier in {@code role}'s column, or empty (with a note when the cell is not one). */
        private Optional<String> identifier(Role role, java.util.function.Function<String, Optional<String>> normalise,
                                            String complaint) {
            Optional<String> text = optional(role);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> v = normalise.apply(text.get());
            if (v.isEmpty()) {
                Integer k = layout.index().get(role);
                problems.add(CatalogProblem.warningAt(source, lineNo, layout.names().getOrDefault(role, role.canonical()),
                        "'" + TextInput.shorten(text.get()) + "' " + complaint, k == null ? 0 : k + 1));
            }
            return v;
        }

        /** An id made from the name ({@code Cold clumps} → {@code cold-clumps}) or {@code row-N}, unused so far. */
        private String freshId(String name, int ordinal) {
            String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.]+", "-").replaceAll("^-+|-+$", "");
            if (slug.length() > 56) {
                slug = slug.substring(0, 56).replaceAll("-+$", "");
            }
            String base = slug.isEmpty() ? "row-" + ordinal : slug;
            String id = base;
            for (int k = 2; idLines.containsKey(id); k++) {
                id = base + "-" + k;
            }
            return id;
        }

        private void problem(Role role, String message) {
            Integer k = layout.index().get(role);
            problem(layout.names().getOrDefault(role, role.canonical()), message, k == null ? 0 : k + 1);
        }

        private void problem(String field, String message, int column) {
            RowReader.this.problem(lineNo, field, message, column);
        }

        private Optional<String> optional(Role role) {
            Integer k = layout.index().get(role);
            if (k == null || k >= cells.size()) {
                return Optional.empty();
            }
            String v = cells.get(k).strip();
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        }

        /** The value, or null after recording a problem. */
        private String required(Role role) {
            Optional<String> v = optional(role);
            if (v.isEmpty()) {
                problem(role, "a value is required");
                return null;
            }
            return v.get();
        }

        private String cell(NumericColumn c) {
            return c.index() < cells.size() ? cells.get(c.index()).strip() : "";
        }

        private Optional<Range> range(NumericPair pair) {
            String lo = cell(pair.lo());
            String hi = cell(pair.hi());
            if (lo.isEmpty() && hi.isEmpty()) {
                return Optional.empty();
            }
            if (lo.isEmpty() || hi.isEmpty()) {
                NumericColumn empty = lo.isEmpty() ? pair.lo() : pair.hi();
                NumericColumn given = lo.isEmpty() ? pair.hi() : pair.lo();
                problem(empty.name(), "is empty but " + given.name() + " is given; give both or neither", empty.index() + 1);
                return Optional.empty();
            }
            Double a = number(pair.lo(), lo);
            Double b = pair.hi().equals(pair.lo()) ? a : number(pair.hi(), hi);
            if (a == null || b == null) {
                return Optional.empty();
            }
            double min = a * pair.lo().factor();
            double max = b * pair.hi().factor();
            if (pair.kind() == ColumnUnit.DIMENSIONLESS) {
                boolean ok = true;
                for (NumericColumn c : pair.hi().equals(pair.lo()) ? List.of(pair.lo()) : List.of(pair.lo(), pair.hi())) {
                    double v = c == pair.lo() ? min : max;
                    if (v > 1) {
                        problem(c.name(), "'" + TextInput.shorten(c == pair.lo() ? lo : hi)
                                + "' must be at most 1 (a volume-filling factor)", c.index() + 1);
                        ok = false;
                    }
                }
                if (!ok) {
                    return Optional.empty();
                }
            }
            if (!Double.isFinite(min) || !Double.isFinite(max) || !(min > 0) || !(max > 0)) {
                problem(pair.lo().name(), "'" + TextInput.shorten(lo) + "'..'" + TextInput.shorten(hi)
                        + "' is out of range after unit conversion", pair.lo().index() + 1);
                return Optional.empty();
            }
            if (min > max * (1 + 1e-12)) {
                problem(pair.hi().name(), "'" + TextInput.shorten(hi) + "' is below " + pair.lo().name() + " = '"
                        + TextInput.shorten(lo) + "'; the minimum must not exceed the maximum", pair.hi().index() + 1);
                return Optional.empty();
            }
            return Optional.of(new Range(min, Math.max(min, max)));
        }

        /** The positive number in {@code text}, or null after recording a problem. */
        private Double number(NumericColumn c, String text) {
            Double v = positiveNumber(text);
            if (v == null) {
                problem(c.name(), "'" + TextInput.shorten(text) + "' must be a positive number", c.index() + 1);
            }
            return v;
        }

        private Set<Plane> planes(Optional<Range> nsRange, Optional<Range> fvRange) {
            Optional<String> text = optional(Role.PLANES);
            Set<Plane> out = EnumSet.noneOf(Plane.class);
            if (text.isPresent()) {
                String t = text.get().toLowerCase(Locale.ROOT).replace(" ", "");
                switch (t) {
                    case "ns" -> out.add(Plane.NUMBER_DENSITY);
                    case "fv" -> out.add(Plane.FILLING_FACTOR);
                    case "ns+fv", "fv+ns" -> out.addAll(EnumSet.allOf(Plane.class));
                    default -> problem(Role.PLANES, "'" + TextInput.shorten(text.get()) + "' must be ns, fv or ns+fv");
                }
                return out;
            }
            // without a planes value, draw the entry wherever it has values; Sec. 4.4 mechanisms belong to Fig. 3
            nsRange.ifPresent(x -> out.add(Plane.NUMBER_DENSITY));
            fvRange.ifPresent(x -> out.add(Plane.FILLING_FACTOR));
            if (out.isEmpty()) {
                out.add(Plane.FILLING_FACTOR);
            }
            return out;
        }
    }

    /** The positive finite decimal number in {@code text} (no hex, NaN or infinity), or null. */
    static Double positiveNumber(String text) {
        if (text.length() <= MAX_NUMBER_LENGTH && DECIMAL.matcher(text).matches()) {
            double v = Double.parseDouble(text);
            if (v > 0 && Double.isFinite(v)) {
                return v;
            }
        }
        return null;
    }

    /** A list of {@code n} empty cells, for padding. */
    static List<String> padded(List<String> cells, int n) {
        if (cells.size() >= n) {
            return cells;
        }
        List<String> out = new ArrayList<>(cells);
        while (out.size() < n) {
            out.add("");
        }
        return out;
    }
}
