package org.hillasexplorer.catalog;

import static org.hillasexplorer.catalog.TextInput.oneLine;
import static org.hillasexplorer.catalog.TextInput.shorten;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hillasexplorer.catalog.ColumnRoles.Role;
import org.hillasexplorer.catalog.RowReader.Layout;
import org.hillasexplorer.catalog.RowReader.NumericColumn;
import org.hillasexplorer.catalog.RowReader.NumericPair;

/** The reading of one ECSV text: header, column roles, then the rows (see {@link CatalogReader}). */
final class EcsvParser {
    private static final Map<Role, String> TEXT_COLUMNS = textColumns();

    private final String source;
    private final List<String> lines;
    private final List<CatalogProblem> problems = new ArrayList<>();
    private EcsvHeader header;
    private CsvCells csv;
    private Map<String, Integer> index;

    EcsvParser(List<String> lines, String source) {
        this.source = source;
        this.lines = lines;
    }

    private static Map<Role, String> textColumns() {
        Map<Role, String> m = new EnumMap<>(Role.class);
        for (Role r : List.of(Role.ID, Role.NAME, Role.LABEL, Role.CATEGORY, Role.PLANES, Role.DIMENSIONALITY,
                Role.DERIVATION, Role.REFERENCE, Role.DOI, Role.BIBCODE)) {
            m.put(r, r.canonical());
        }
        return m;
    }

    Catalog run() {
        int headerLines = readHeader();
        int headerRow = readHeaderRow(headerLines);
        Layout layout = resolveColumns();
        RowReader rows = new RowReader(source, problems);
        int width = header.columns().size();
        int ordinal = 0;
        List<CatalogEntry> entries = new ArrayList<>();
        for (int i = headerRow + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            ordinal++;
            Optional<List<String>> parsed = csv.cells(line);
            if (parsed.isEmpty()) {
                rows.problem(i + 1, "row", "is not valid CSV (an unclosed quote?); the row was skipped", 0);
            } else if (parsed.get().size() != width) {
                rows.problem(i + 1, "row", "has " + parsed.get().size() + " values but the header declares " + width + " columns", 0);
            } else {
                rows.read(layout, parsed.get(), i + 1, ordinal).ifPresent(entries::add);
            }
        }
        return new Catalog(source, entries, problems);
    }

    /** Parses the {@code #} lines; returns how many there are. */
    private int readHeader() {
        String first = lines.get(0).strip();
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
        csv = new CsvCells(header.delimiter());
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
        int rowLine = i + 1;
        List<String> names = csv.cells(lines.get(i)).orElseThrow(
                () -> new CatalogException(source, "line " + rowLine + ": the column-name row is not valid CSV"));
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

    private Layout resolveColumns() {
        for (String required : List.of("id", "name", "category")) {
            if (!index.containsKey(required)) {
                throw new CatalogException(source, "missing required column '" + required + "'");
            }
        }
        NumericPair size = pair("size_min", "size_max", ColumnUnit.LENGTH)
                .orElseThrow(() -> new CatalogException(source, "missing required columns size_min_au and size_max_au "
                        + "(or size_min/size_max with a length unit)"));
        Optional<NumericPair> ns = pair("ns_min", "ns_max", ColumnUnit.NUMBER_DENSITY);
        Optional<NumericPair> fv = pair("fv_min", "fv_max", ColumnUnit.DIMENSIONLESS);
        Map<Role, Integer> roles = new EnumMap<>(Role.class);
        Map<Role, String> names = new EnumMap<>(Role.class);
        TEXT_COLUMNS.forEach((role, column) -> {
            if (index.containsKey(column)) {
                roles.put(role, index.get(column));
                names.put(role, column);
            }
        });
        return new Layout(roles, names, Optional.of(size), ns, fv, true);
    }

    private Optional<NumericPair> pair(String minStem, String maxStem, ColumnUnit kind) {
        Optional<NumericColumn> lo = numeric(minStem, kind);
        Optional<NumericColumn> hi = numeric(maxStem, kind);
        if (lo.isPresent() != hi.isPresent()) {
            String missing = lo.isPresent() ? maxStem : minStem;
            throw new CatalogException(source, "column " + (lo.isPresent() ? lo.get().name() : hi.get().name())
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
}
