package org.hillasexplorer.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hillasexplorer.physics.Plane;

/**
 * Reads catalogues of candidate structures from ECSV 1.0 files (the format astropy writes): a {@code # %ECSV 1.0}
 * line, {@code # ---}, a YAML header whose {@code datatype} list names the columns with their units, then CSV.
 *
 * <p>Required columns: {@code id}, {@code name}, {@code category}, {@code size_min}/{@code size_max} (with a unit in
 * the header or a suffix such as {@code size_min_au}). Optional: {@code label}, {@code planes}, {@code ns_min}/
 * {@code ns_max} (e.g. {@code ns_min_pc3}), {@code fv_min}/{@code fv_max}, {@code dimensionality},
 * {@code derivation}, {@code reference}; other columns are ignored. Sizes in au, pc, kpc or cm become au; number
 * densities in pc⁻³ or cm⁻³ become pc⁻³.
 *
 * <p>A bad row becomes a {@link CatalogProblem} naming the line and column, and the other rows still load. A file
 * that is not a catalogue at all raises {@link CatalogException}; no other exception leaves these methods.
 */
public final class CatalogReader {
    /** Largest file accepted [bytes]; a catalogue of candidate populations is tiny, so more means a wrong file. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** Class-path location of the built-in catalogue (the build copies the top-level {@code catalog/} there). */
    public static final String BUILTIN_RESOURCE = "/org/hillasexplorer/catalog/builtin/candidates.ecsv";
    /** The name the built-in catalogue goes by in messages. */
    public static final String BUILTIN_SOURCE = "candidates.ecsv";

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final int MAX_SHOWN_VALUE = 40;

    private CatalogReader() {
    }

    /**
     * Reads the built-in catalogue shipped in the jar.
     *
     * @throws CatalogException if the resource is missing or unreadable (a packaging error)
     */
    public static Catalog readBuiltin() {
        try (InputStream in = CatalogReader.class.getResourceAsStream(BUILTIN_RESOURCE)) {
            if (in == null) {
                throw new CatalogException(BUILTIN_SOURCE, "the built-in catalogue is missing from the class path (" + BUILTIN_RESOURCE + ")");
            }
            return read(in, BUILTIN_SOURCE);
        } catch (IOException e) {
            throw new CatalogException(BUILTIN_SOURCE, "the built-in catalogue cannot be read (" + oneLine(e.getMessage()) + ")", e);
        }
    }

    /**
     * Reads a catalogue file; messages name it as given.
     *
     * @throws CatalogException if the file is missing, unreadable, larger than {@link #MAX_BYTES}, not UTF-8 text or
     *                          not an ECSV catalogue
     */
    public static Catalog read(Path file) {
        String source = file == null ? "(no file)" : file.toString();
        if (file == null) {
            throw new CatalogException(source, "no catalogue file was given");
        }
        try {
            if (!Files.exists(file)) {
                throw new CatalogException(source, "no such file");
            }
            if (Files.isDirectory(file)) {
                throw new CatalogException(source, "is a directory, not a catalogue file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new CatalogException(source, tooLarge(size + " bytes"));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, source);
            }
        } catch (IOException | SecurityException | InvalidPathException | UncheckedIOException e) {
            throw new CatalogException(source, "cannot be read (" + oneLine(e.getMessage()) + ")", e);
        }
    }

    /**
     * Reads a catalogue from UTF-8 bytes (at most {@link #MAX_BYTES}); the stream is not closed.
     *
     * @throws CatalogException if it is too large, not UTF-8 text or not an ECSV catalogue
     */
    public static Catalog read(InputStream in, String sourceName) {
        String source = sourceName(sourceName);
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException | RuntimeException e) {
            throw new CatalogException(source, "cannot be read (" + oneLine(e.getMessage()) + ")", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new CatalogException(source, tooLarge("more than " + MAX_BYTES + " bytes"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CatalogException(source, "is not UTF-8 text (a binary file?), so not an ECSV catalogue", e);
        }
        return parseGuarded(text, source);
    }

    /**
     * Reads a catalogue from characters (at most {@link #MAX_BYTES} of them); the reader is not closed.
     *
     * @param sourceName the name messages use for this input, e.g. a file name
     * @throws CatalogException if it is too large, binary or not an ECSV catalogue
     */
    public static Catalog read(Reader r, String sourceName) {
        String source = sourceName(sourceName);
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            int n;
            while ((n = r.read(buf)) != -1) {
                sb.append(buf, 0, n);
                if (sb.length() > MAX_BYTES) {
                    throw new CatalogException(source, tooLarge("more than " + MAX_BYTES + " characters"));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CatalogException(source, "cannot be read (" + oneLine(e.getMessage()) + ")", e);
        }
        return parseGuarded(sb.toString(), source);
    }

    /** First line of {@code message}, at most 160 characters, for one-line messages. */
    static String oneLine(String message) {
        if (message == null) {
            return "no detail";
        }
        String first = message.strip().lines().findFirst().orElse("no detail");
        return first.length() > 160 ? first.substring(0, 157) + "..." : first;
    }

    private static String tooLarge(String size) {
        return "is " + size + "; a catalogue may be at most 10 MB";
    }

    private static String sourceName(String sourceName) {
        return sourceName == null || sourceName.isBlank() ? "(unnamed catalogue)" : sourceName;
    }

    private static Catalog parseGuarded(String text, String source) {
        try {
            return new Parse(text, source).run();
        } catch (CatalogException e) {
            throw e;
        } catch (RuntimeException e) {
            // the contract is "CatalogException or a catalogue", so an unforeseen failure still reaches the user as one line
            throw new CatalogException(source, "could not be read (" + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()) + ")", e);
        }
    }

    /** The reading of one text: header, column roles, then the rows. */
    private static final class Parse {
        private final String source;
        private final List<String> lines;
        private final List<CatalogProblem> problems = new ArrayList<>();
        private EcsvHeader header;
        private Map<String, Integer> index;
        private NumericPair size;
        private Optional<NumericPair> ns;
        private Optional<NumericPair> fv;

        Parse(String text, String source) {
            this.source = source;
            String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
            this.lines = t.lines().toList();
        }

        Catalog run() {
            if (lines.stream().allMatch(String::isBlank)) {
                throw new CatalogException(source, "is empty, not an ECSV catalogue");
            }
            refuseBinary();
            int headerLines = readHeader();
            int headerRow = readHeaderRow(headerLines);
            resolveColumns();
            List<CatalogEntry> entries = new ArrayList<>();
            Map<String, Integer> idLines = new HashMap<>();
            for (int i = headerRow + 1; i < lines.size(); i++) {
                String line = lines.get(i);
                if (!line.isBlank()) {
                    readRow(line, i + 1, idLines).ifPresent(entries::add);
                }
            }
            return new Catalog(source, entries, problems);
        }

        private void refuseBinary() {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                for (int k = 0; k < line.length(); k++) {
                    char c = line.charAt(k);
                    if ((c < 0x20 && c != '\t' && c != '\f') || c == 0x7F || c == '\uFFFD') {
                        throw new CatalogException(source, String.format(Locale.ROOT,
                                "contains binary data (character U+%04X on line %d), not an ECSV catalogue", (int) c, i + 1));
                    }
                }
            }
        }

        /** Parses the {@code #} lines; returns how many there are. */
        private int readHeader() {
            String first = lines.get(0).strip();
            if (!first.startsWith("# %ECSV")) {
                throw new CatalogException(source, "is not an ECSV catalogue: the first line must be '# %ECSV 1.0'");
            }
            String version = first.substring("# %ECSV".length()).strip();
            if (!version.matches("0\\.9|1\\.0")) {
                throw new CatalogException(source, "ECSV version '" + oneLine(version) + "' is not supported; expected 1.0");
            }
            int h = 0;
            while (h < lines.size() && lines.get(h).startsWith("#")) {
                h++;
            }
            if (h < 2 || !lines.get(1).strip().equals("# ---")) {
                throw new CatalogException(source, "line 2 of an ECSV header must be '# ---'");
            }
            StringBuilder yaml = new StringBuilder();
            for (int i = 2; i < h; i++) {
                String l = lines.get(i);
                yaml.append(l.startsWith("# ") ? l.substring(2) : l.substring(1)).append('\n');
            }
            header = EcsvHeader.parse(yaml.toString(), source);
            return h;
        }

        /** Checks the CSV header row against the declared columns; returns its 0-based line index. */
        private int readHeaderRow(int headerLines) {
            int i = headerLines;
            while (i < lines.size() && lines.get(i).isBlank()) {
                i++;
            }
            if (i == lines.size()) {
                throw new CatalogException(source, "has an ECSV header but no column-name row");
            }
            List<String> names;
            try {
                names = cells(lines.get(i)).orElseThrow();
            } catch (RuntimeException e) {
                throw new CatalogException(source, "line " + (i + 1) + ": the column-name row is not valid CSV");
            }
            if (!names.equals(header.names())) {
                throw new CatalogException(source, "line " + (i + 1) + ": the column-name row " + shorten(String.join(",", names))
                        + " does not match the columns declared in the ECSV header " + shorten(String.join(",", header.names())));
            }
            index = new HashMap<>();
            for (int k = 0; k < names.size(); k++) {
                index.put(names.get(k), k);
            }
            return i;
        }

        private void resolveColumns() {
            for (String required : List.of("id", "name", "category")) {
                if (!index.containsKey(required)) {
                    throw new CatalogException(source, "missing required column '" + required + "'");
                }
            }
            size = pair("size_min", "size_max", ColumnUnit.LENGTH)
                    .orElseThrow(() -> new CatalogException(source, "missing required columns size_min_au and size_max_au "
                            + "(or size_min/size_max with a length unit)"));
            ns = pair("ns_min", "ns_max", ColumnUnit.NUMBER_DENSITY);
            fv = pair("fv_min", "fv_max", ColumnUnit.DIMENSIONLESS);
        }

        private Optional<NumericPair> pair(String minStem, String maxStem, ColumnUnit kind) {
            Optional<NumericColumn> lo = numeric(minStem, kind);
            Optional<NumericColumn> hi = numeric(maxStem, kind);
            if (lo.isPresent() != hi.isPresent()) {
                String missing = lo.isPresent() ? maxStem : minStem;
                throw new CatalogException(source, "column " + (lo.isPresent() ? lo.get().name : hi.get().name)
                        + " needs its partner column " + missing + (kind == ColumnUnit.DIMENSIONLESS ? "" : "_..."));
            }
            return lo.map(l -> new NumericPair(l, hi.get(), kind));
        }

        private Optional<NumericColumn> numeric(String stem, ColumnUnit kind) {
            List<EcsvHeader.Column> found = header.columns().stream()
                    .filter(c -> c.name().equals(stem) || c.name().startsWith(stem + "_")).toList();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            if (found.size() > 1) {
                throw new CatalogException(source, "columns " + found.stream().map(EcsvHeader.Column::name).toList()
                        + " all claim to be " + stem + "; keep one");
            }
            EcsvHeader.Column c = found.get(0);
            if (!c.isNumeric()) {
                throw new CatalogException(source, "column " + c.name() + " is declared '" + oneLine(c.datatype())
                        + "'; it must be a number type such as float64");
            }
            Optional<String> fromName = kind.unitFromSuffix(c.name(), stem);
            double factor;
            if (c.unit().isPresent()) {
                String u = c.unit().get();
                factor = kind.factor(u).orElseThrow(() -> new CatalogException(source, "column " + c.name() + " has unit '"
                        + oneLine(u) + "', which is not known here; use " + kind.allowed()));
                Optional<Double> named = fromName.flatMap(kind::factor);
                if (named.isPresent() && Math.abs(named.get() / factor - 1) > 1e-9) {
                    throw new CatalogException(source, "column " + c.name() + " is named for " + fromName.get()
                            + " but declares unit '" + u + "'; rename it or fix the unit");
                }
            } else if (fromName.isPresent()) {
                factor = kind.factor(fromName.get()).orElseThrow(() -> new CatalogException(source, "column " + c.name()
                        + " has no unit and its name does not state a known one; declare " + kind.allowed()));
            } else if (kind == ColumnUnit.DIMENSIONLESS) {
                factor = 1;
            } else {
                throw new CatalogException(source, "column " + c.name() + " has no unit; declare " + kind.allowed());
            }
            return Optional.of(new NumericColumn(c.name(), index.get(c.name()), factor));
        }

        private Optional<List<String>> cells(String line) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(header.delimiter()).setQuote('"')
                    .setIgnoreEmptyLines(false).setTrim(false).build();
            try (CSVParser p = CSVParser.parse(line, format)) {
                List<CSVRecord> records = p.getRecords();
                if (records.size() != 1) {
                    return Optional.empty();
                }
                return Optional.of(records.get(0).toList());
            } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        private Optional<CatalogEntry> readRow(String line, int lineNo, Map<String, Integer> idLines) {
            Optional<List<String>> parsed = cells(line);
            if (parsed.isEmpty()) {
                problem(lineNo, "row", "is not valid CSV (an unclosed quote?); the row was skipped");
                return Optional.empty();
            }
            List<String> row = parsed.get();
            if (row.size() != header.columns().size()) {
                problem(lineNo, "row", "has " + row.size() + " values but the header declares " + header.columns().size() + " columns");
                return Optional.empty();
            }
            Row r = new Row(row, lineNo);
            int before = problems.size();

            String id = r.required("id");
            if (id != null) {
                if (!CatalogEntry.ID_PATTERN.matcher(id).matches()) {
                    problem(lineNo, "id", "'" + shorten(id) + "' must be 1-64 letters, digits, _ . or -");
                } else if (idLines.containsKey(id)) {
                    problem(lineNo, "id", "'" + id + "' is already used on line " + idLines.get(id));
                }
            }
            String name = r.required("name");
            String categoryText = r.required("category");
            Category category = null;
            if (categoryText != null) {
                try {
                    category = Category.fromKey(categoryText);
                } catch (IllegalArgumentException e) {
                    problem(lineNo, "category", "'" + shorten(categoryText) + "' must be one of " + Category.allowedKeys());
                }
            }
            String label = r.optional("label").orElse(name == null ? "" : name);
            String dimensionality = r.optional("dimensionality").orElse("?");
            if (!CatalogEntry.DIMENSIONALITY_PATTERN.matcher(dimensionality).matches()) {
                problem(lineNo, "dimensionality", "'" + shorten(dimensionality) + "' must be 0, 1, 2, 0-1, 0-2, 1-2 or ?");
            }
            Optional<Range> sizeAu = r.range(size);
            Optional<Range> nsPerPc3 = ns.isPresent() ? r.range(ns.get()) : Optional.empty();
            Optional<Range> fillingFactor = fv.isPresent() ? r.range(fv.get()) : Optional.empty();
            Set<Plane> planes = r.planes(category, nsPerPc3, fillingFactor);

            if (problems.size() > before) {
                return Optional.empty();
            }
            // relations between valid fields: only checked once each field is fine on its own
            if (category != Category.THEORETICAL && sizeAu.isEmpty()) {
                problem(lineNo, size.lo.name, "a " + category.key() + " entry needs a size range; only theoretical entries may leave it empty");
            }
            for (Plane p : planes) {
                Optional<NumericPair> pair = p == Plane.NUMBER_DENSITY ? ns : fv;
                boolean hasValues = (p == Plane.NUMBER_DENSITY ? nsPerPc3 : fillingFactor).isPresent();
                if (category != Category.THEORETICAL && !hasValues) {
                    problem(lineNo, "planes", "the entry is drawn on " + p.key() + " but has no "
                            + pair.map(q -> q.lo.name + "/" + q.hi.name).orElse(p.key() + " columns") + " values");
                }
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            try {
                CatalogEntry e = new CatalogEntry(id, name, label, category, planes, sizeAu, nsPerPc3, fillingFactor,
                        dimensionality, r.optional("derivation").orElse(""), r.optional("reference").orElse(""));
                idLines.put(id, lineNo);
                return Optional.of(e);
            } catch (IllegalArgumentException e) {
                problem(lineNo, "row", e.getMessage());
                return Optional.empty();
            }
        }

        private void problem(long line, String field, String message) {
            problems.add(new CatalogProblem(source, line, field, message));
        }

        /** The cells of one data row, with per-field checks that record problems. */
        private final class Row {
            private final List<String> cells;
            private final int lineNo;

            Row(List<String> cells, int lineNo) {
                this.cells = cells;
                this.lineNo = lineNo;
            }

            private Optional<String> optional(String column) {
                Integer k = index.get(column);
                if (k == null) {
                    return Optional.empty();
                }
                String v = cells.get(k).strip();
                return v.isEmpty() ? Optional.empty() : Optional.of(v);
            }

            /** The value, or null after recording a problem. */
            private String required(String column) {
                Optional<String> v = optional(column);
                if (v.isEmpty()) {
                    problem(lineNo, column, "a value is required");
                    return null;
                }
                return v.get();
            }

            private Optional<Range> range(NumericPair pair) {
                String lo = cells.get(pair.lo.index).strip();
                String hi = cells.get(pair.hi.index).strip();
                if (lo.isEmpty() && hi.isEmpty()) {
                    return Optional.empty();
                }
                if (lo.isEmpty() || hi.isEmpty()) {
                    NumericColumn empty = lo.isEmpty() ? pair.lo : pair.hi;
                    NumericColumn given = lo.isEmpty() ? pair.hi : pair.lo;
                    problem(lineNo, empty.name, "is empty but " + given.name + " is given; give both or neither");
                    return Optional.empty();
                }
                Double a = number(pair.lo, lo);
                Double b = number(pair.hi, hi);
                if (a == null || b == null) {
                    return Optional.empty();
                }
                boolean ok = true;
                if (pair.kind == ColumnUnit.DIMENSIONLESS) {
                    for (NumericColumn c : List.of(pair.lo, pair.hi)) {
                        double v = c == pair.lo ? a : b;
                        if (v > 1) {
                            problem(lineNo, c.name, "'" + shorten(c == pair.lo ? lo : hi) + "' must be at most 1 (a volume-filling factor)");
                            ok = false;
                        }
                    }
                }
                if (ok && a > b) {
                    problem(lineNo, pair.hi.name, "'" + shorten(hi) + "' is below " + pair.lo.name + " = '" + shorten(lo)
                            + "'; the minimum must not exceed the maximum");
                    ok = false;
                }
                if (!ok) {
                    return Optional.empty();
                }
                double min = a * pair.lo.factor;
                double max = b * pair.hi.factor;
                if (!Double.isFinite(min) || !Double.isFinite(max) || !(min > 0)) {
                    problem(lineNo, pair.lo.name, "'" + shorten(lo) + "'..'" + shorten(hi) + "' is out of range after unit conversion");
                    return Optional.empty();
                }
                return Optional.of(new Range(min, Math.max(min, max)));
            }

            /** The positive number in {@code text}, or null after recording a problem. */
            private Double number(NumericColumn c, String text) {
                if (DECIMAL.matcher(text).matches()) {
                    double v = Double.parseDouble(text);
                    if (v > 0 && Double.isFinite(v)) {
                        return v;
                    }
                }
                problem(lineNo, c.name, "'" + shorten(text) + "' must be a positive number");
                return null;
            }

            private Set<Plane> planes(Category category, Optional<Range> nsRange, Optional<Range> fvRange) {
                Optional<String> text = optional("planes");
                Set<Plane> out = EnumSet.noneOf(Plane.class);
                if (text.isPresent()) {
                    String t = text.get().toLowerCase(Locale.ROOT).replace(" ", "");
                    switch (t) {
                        case "ns" -> out.add(Plane.NUMBER_DENSITY);
                        case "fv" -> out.add(Plane.FILLING_FACTOR);
                        case "ns+fv", "fv+ns" -> out.addAll(EnumSet.allOf(Plane.class));
                        default -> problem(lineNo, "planes", "'" + shorten(text.get()) + "' must be ns, fv or ns+fv");
                    }
                    return out;
                }
                // without a planes column, draw the entry wherever it has values; Sec. 4.4 mechanisms belong to Fig. 3
                nsRange.ifPresent(x -> out.add(Plane.NUMBER_DENSITY));
                fvRange.ifPresent(x -> out.add(Plane.FILLING_FACTOR));
                if (out.isEmpty()) {
                    out.add(Plane.FILLING_FACTOR);
                }
                return out;
            }
        }
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > MAX_SHOWN_VALUE ? t.substring(0, MAX_SHOWN_VALUE - 3) + "..." : t;
    }

    /** A numeric column with its position and the factor to the internal unit. */
    private record NumericColumn(String name, int index, double factor) {
    }

    /** A min/max pair of numeric columns of one kind. */
    private record NumericPair(NumericColumn lo, NumericColumn hi, ColumnUnit kind) {
    }
}
