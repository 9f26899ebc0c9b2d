package org.hillasexplorer.catalog;

import static org.hillasexplorer.catalog.TextInput.shorten;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hillasexplorer.catalog.ColumnRoles.Role;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.TabulatedPopulation;

/**
 * Reads a tabulated population curve: a CSV file whose header row names a size column and an n_s or an f_V column,
 * then one point per line, sizes strictly increasing. Example ({@code examples/power-law-curve.csv}):
 * <pre>
 * # label: Power-law clumps
 * # dimensionality: 0
 * # aspect: 1
 * # nu_s: 1e-6
 * size [pc],n_s [pc^-3]
 * 0.001,1e6
 * 0.01,3.2e3
 * </pre>
 *
 * <ul>
 * <li>Size column: {@code size}, {@code ls}, {@code l_s}, {@code l}, {@code ℓ}, {@code ell}, {@code short_axis},
 *     {@code length}, with a unit as in {@link CatalogReader} (au, pc, kpc, km, cm; <b>default au</b>, reported as a
 *     note).</li>
 * <li>Value column: n_s ({@code ns}, {@code n_s}, {@code n}, {@code number_density}; pc⁻³ or cm⁻³ in any of the
 *     spellings {@link CatalogReader} accepts; <b>default pc⁻³</b>, reported as a note) — the curve is drawn on the
 *     ℓ_S–n_s plane — or f_V ({@code fv}, {@code f_V}, {@code filling}, {@code filling_factor}; ≤ 1) for the ℓ_S–f_V
 *     plane. Other columns are ignored; a header with both n_s and f_V is refused.</li>
 * <li>Comment lines {@code # key: value} set {@code label} (default: the file name without extension), {@code id}
 *     (default: made from the label), {@code dimensionality} D ∈ {0, 1, 2} (default 0), {@code aspect} ℓ_L/ℓ_S in
 *     [1, 10⁶] (default 1) and {@code nu_s} ν_s in s⁻¹ (optionally followed by {@code s^-1} or {@code /s}; default
 *     none). Other comments and blank lines are ignored. The delimiter is {@code ,}, or {@code ;} or a tab when the
 *     header has more of those.</li>
 * </ul>
 *
 * <p>A bad point (not a positive number, f_V &gt; 1, a size not larger than the previous valid one, a missing value) or
 * a bad {@code # key: value} becomes a {@link CatalogProblem} naming the line and column, and the rest still loads (a
 * bad key keeps its default). A file with fewer than two valid points, or that is empty, binary, over 10 MB or without
 * such a header row, raises one {@link CatalogException}; no other exception leaves these methods.
 */
public final class CurveReader {
    static final String WHAT = "curve file";
    private static final String EXPECTED = "expected a header row naming the size and n_s or f_V columns, e.g. "
            + "'size [pc],n_s [pc^-3]' or 'size [au],f_V'";

    private CurveReader() {
    }

    /**
     * Reads a curve file; messages name it as given.
     *
     * @throws CatalogException if the file is missing, unreadable, too large, binary or not a curve with ≥ 2 valid points
     */
    public static CurveFile read(Path file) {
        String source = file == null ? "(no file)" : file.toString();
        return parseGuarded(TextInput.read(file, source, WHAT), source);
    }

    /**
     * Reads a curve from UTF-8 bytes (at most 10 MB); the stream is not closed.
     *
     * @throws CatalogException if it is too large, not UTF-8 text or not a curve with ≥ 2 valid points
     */
    public static CurveFile read(InputStream in, String sourceName) {
        String source = TextInput.sourceName(sourceName, WHAT);
        return parseGuarded(TextInput.read(in, source, WHAT), source);
    }

    /**
     * Reads a curve from characters (at most 10 M of them); the reader is not closed.
     *
     * @throws CatalogException if it is too large, binary or not a curve with ≥ 2 valid points
     */
    public static CurveFile read(Reader r, String sourceName) {
        String source = TextInput.sourceName(sourceName, WHAT);
        return parseGuarded(TextInput.read(r, source, WHAT), source);
    }

    private static CurveFile parseGuarded(String text, String source) {
        try {
            return new Parse(text, source).run();
        } catch (CatalogException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new CatalogException(source, "could not be read (" + e.getClass().getSimpleName() + ": "
                    + TextInput.oneLine(e.getMessage()) + ")", e);
        }
    }

    /** The file name without folders and extension, e.g. {@code power-law-curve}. */
    static String stem(String source) {
        String s = source.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1);
        int dot = s.lastIndexOf('.');
        s = dot > 0 ? s.substring(0, dot) : s;
        return s.isBlank() ? "curve" : s.strip();
    }

    private static final class Parse {
        private final String source;
        private final List<String> lines;
        private final List<CatalogProblem> problems = new ArrayList<>();
        private final Map<String, Integer> metaLines = new HashMap<>();
        private String label;
        private String id;
        private int dimensionality;
        private double aspect = 1;
        private OptionalDouble nu = OptionalDouble.empty();

        Parse(String text, String source) {
            this.source = source;
            this.lines = TextInput.lines(text);
        }

        CurveFile run() {
            if (lines.stream().allMatch(String::isBlank)) {
                throw new CatalogException(source, "is empty, not a curve file (" + EXPECTED + ")");
            }
            TextInput.refuseBinary(lines, source, WHAT);
            int h = 0;
            for (; h < lines.size() && PlainCsvParser.skipped(lines.get(h)); h++) {
                meta(lines.get(h), h + 1);
            }
            if (h == lines.size()) {
                throw new CatalogException(source, "has only comments, no header row, so it is not a curve file (" + EXPECTED + ")");
            }
            int headerLineNo = h + 1;
            String headerLine = lines.get(h);
            CsvCells csv = new CsvCells(CsvCells.guessDelimiter(headerLine));
            List<String> names = csv.cells(headerLine).orElseThrow(() -> new CatalogException(source,
                    "line " + headerLineNo + ": the header row is not valid CSV, so this is not a curve file (" + EXPECTED + ")"));
            Column size = null;
            Column value = null;
            for (int k = 0; k < names.size(); k++) {
                ColumnRoles.Column c;
                try {
                    c = ColumnRoles.parse(names.get(k));
                } catch (IllegalArgumentException e) {
                    throw new CatalogException(source, "line " + headerLineNo + ": " + e.getMessage());
                }
                Role r = c.role() == null ? null : c.role().single();
                if (r == Role.SIZE && size == null && c.role() == Role.SIZE) {
                    size = column(c, k, headerLineNo);
                } else if ((r == Role.NS || r == Role.FV) && c.role() == r) {
                    if (value != null) {
                        throw new CatalogException(source, "line " + headerLineNo + ": columns " + value.name + " and " + c.display()
                                + " both give values; a curve has one column of n_s or of f_V");
                    }
                    value = column(c, k, headerLineNo);
                }
            }
            if (size == null || value == null) {
                throw new CatalogException(source, "is not a curve file: the header row (line " + headerLineNo + ": '"
                        + shorten(headerLine.strip()) + "') has no " + (size == null ? "size" : "n_s or f_V") + " column; " + EXPECTED);
            }
            Plane plane = value.kind == ColumnUnit.DIMENSIONLESS ? Plane.FILLING_FACTOR : Plane.NUMBER_DENSITY;
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            long previousLine = 0;
            String previousText = "";
            for (int i = h + 1; i < lines.size(); i++) {
                String line = lines.get(i);
                if (PlainCsvParser.skipped(line)) {
                    meta(line, i + 1);
                    continue;
                }
                long lineNo = i + 1;
                Optional<List<String>> parsed = csv.cells(line);
                if (parsed.isEmpty()) {
                    problem(lineNo, "row", "is not valid CSV (an unclosed quote?); the row was skipped", 0);
                    continue;
                }
                List<String> cells = parsed.get();
                int needed = Math.max(size.index, value.index) + 1;
                if (cells.size() < needed) {
                    problem(lineNo, "row", "has " + cells.size() + " value" + (cells.size() == 1 ? "" : "s") + " but needs "
                            + needed + " (" + size.name + " is column " + (size.index + 1) + ", " + value.name + " column "
                            + (value.index + 1) + ")", 0);
                    continue;
                }
                String sText = cells.get(size.index).strip();
                String vText = cells.get(value.index).strip();
                Double s = number(size, sText, lineNo);
                Double v = number(value, vText, lineNo);
                if (s == null || v == null) {
                    continue;
                }
                if (plane == Plane.FILLING_FACTOR && v > 1) {
                    problem(lineNo, value.name, "'" + shorten(vText) + "' must be at most 1 (a volume-filling factor)", value.index + 1);
                    continue;
                }
                if (!xs.isEmpty() && !(s > xs.get(xs.size() - 1))) {
                    problem(lineNo, size.name, "'" + shorten(sText) + "' is not larger than the previous size '" + shorten(previousText)
                            + "' on line " + previousLine + "; sizes must increase strictly", size.index + 1);
                    continue;
                }
                xs.add(s);
                ys.add(v);
                previousLine = lineNo;
                previousText = sText;
            }
            if (xs.size() < 2) {
                long skipped = problems.stream().filter(p -> !p.warning()).mapToLong(CatalogProblem::line).distinct().count();
                String first = problems.stream().filter(p -> !p.warning()).findFirst()
                        .map(p -> "; first: line " + p.line() + (p.field().equals("row") ? "" : ", column " + p.field()) + ": " + p.message())
                        .orElse("");
                throw new CatalogException(source, "has " + xs.size() + " valid point" + (xs.size() == 1 ? "" : "s")
                        + " but a curve needs at least 2" + (skipped > 0 ? " (" + skipped + " skipped" + first + ")" : ""));
            }
            String l = label != null ? label : stem(source);
            String i = id != null ? id : slug(l);
            try {
                TabulatedPopulation p = new TabulatedPopulation(i, l, plane, xs, ys, dimensionality, aspect, nu);
                return new CurveFile(p, problems);
            } catch (IllegalArgumentException e) {
                throw new CatalogException(source, TextInput.oneLine(e.getMessage()), e);
            }
        }

        private Column column(ColumnRoles.Column c, int k, int headerLineNo) {
            ColumnUnit kind = c.role().kind();
            String unit = c.unit().orElse(null);
            if (unit == null && kind != ColumnUnit.DIMENSIONLESS) {
                unit = kind == ColumnUnit.LENGTH ? LenientLayout.DEFAULT_SIZE_UNIT : LenientLayout.DEFAULT_NS_UNIT;
                problems.add(CatalogProblem.warningAt(source, headerLineNo, c.display(), "states no unit; its values were read as "
                        + unit + " (write e.g. '" + c.display() + (kind == ColumnUnit.LENGTH ? " [pc]" : " [cm^-3]") + "' to give one)", k + 1));
            }
            String u = unit == null ? "" : unit;
            double factor = ColumnRoles.factor(kind, u).orElseThrow(() -> new CatalogException(source, "line " + headerLineNo
                    + ": column " + c.display() + " has unit '" + shorten(u) + "', which is not known here; use " + kind.allowed()));
            return new Column(c.display(), k, factor, kind);
        }

        /** The value in the internal unit, or null after recording a problem. */
        private Double number(Column c, String text, long lineNo) {
            if (text.isEmpty()) {
                problem(lineNo, c.name, "a value is required", c.index + 1);
                return null;
            }
            Double v = RowReader.positiveNumber(text);
            if (v == null) {
                problem(lineNo, c.name, "'" + shorten(text) + "' must be a positive number", c.index + 1);
                return null;
            }
            double x = v * c.factor;
            if (!(x > 0) || !Double.isFinite(x)) {
                problem(lineNo, c.name, "'" + shorten(text) + "' is out of range after unit conversion", c.index + 1);
                return null;
            }
            return x;
        }

        /** Reads a {@code # key: value} comment, if it is one of ours. */
        private void meta(String line, int lineNo) {
            String t = line.strip();
            if (!t.startsWith("#")) {
                return;
            }
            t = t.substring(1).strip();
            int colon = t.indexOf(':');
            if (colon <= 0 || colon > 40) {
                return;
            }
            String key = ColumnRoles.key(t.substring(0, colon));
            String value = t.substring(colon + 1).strip();
            String field = switch (key) {
                case "label", "name" -> "label";
                case "id" -> "id";
                case "dimensionality", "dim", "d" -> "dimensionality";
                case "aspect", "aspectratio" -> "aspect";
                case "nus", "νs", "ν", "nu", "internalrate" -> "nu_s";
                default -> null;
            };
            if (field == null) {
                return;
            }
            if (metaLines.containsKey(field)) {
                problem(lineNo, field, "is given again (first on line " + metaLines.get(field) + "); the first one counts", 0);
                return;
            }
            metaLines.put(field, lineNo);
            switch (field) {
                case "label" -> {
                    if (value.isEmpty()) {
                        problem(lineNo, field, "must not be empty", 0);
                    } else {
                        label = value.length() > 200 ? value.substring(0, 200) : value;
                    }
                }
                case "id" -> {
                    if (CatalogEntry.ID_PATTERN.matcher(value).matches()) {
                        id = value;
                    } else {
                        problem(lineNo, field, "'" + shorten(value) + "' must be 1-64 letters, digits, _ . or -; the id is made from the label", 0);
                    }
                }
                case "dimensionality" -> {
                    Double d = value.matches("[0-9]") ? Double.valueOf(value) : null;
                    if (d != null && Parameters.DIMENSIONALITY.accepts(d)) {
                        dimensionality = d.intValue();
                    } else {
                        problem(lineNo, field, "'" + shorten(value) + "' must be 0, 1 or 2; D = 0 is used", 0);
                    }
                }
                case "aspect" -> {
                    Double a = RowReader.positiveNumber(value);
                    if (a != null && Parameters.ASPECT.accepts(a)) {
                        aspect = a;
                    } else {
                        problem(lineNo, field, "'" + shorten(value) + "' must be a number in " + Parameters.ASPECT.rangeText()
                                + "; 1 is used", 0);
                    }
                }
                default -> {
                    String[] parts = value.split("\\s+", 2);
                    Double n = RowReader.positiveNumber(parts[0]);
                    String unit = parts.length > 1 ? ColumnUnit.normalise(parts[1]).replace("⁻¹", "-1") : "";
                    boolean unitOk = unit.isEmpty() || List.of("s-1", "1/s", "/s", "hz").contains(unit);
                    if (n != null && unitOk) {
                        nu = OptionalDouble.of(n);
                    } else {
                        problem(lineNo, field, "'" + shorten(value) + "' must be a positive rate in s^-1, e.g. 1e-6; none is used", 0);
                    }
                }
            }
        }

        private void problem(long line, String field, String message, int column) {
            problems.add(new CatalogProblem(source, line, field, message, column));
        }

        private static String slug(String label) {
            String s = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.]+", "-").replaceAll("^-+|-+$", "");
            s = s.length() > 64 ? s.substring(0, 64) : s;
            return s.isEmpty() ? "curve" : s;
        }
    }

    /** A numeric column of the curve: name, 0-based index, factor to the internal unit, kind. */
    private record Column(String name, int index, double factor, ColumnUnit kind) {
    }
}
