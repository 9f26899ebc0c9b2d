package org.hillasexplorer.catalog;

import static org.hillasexplorer.catalog.TextInput.shorten;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hillasexplorer.catalog.RowReader.NumericPair;

/** The reading of a plain CSV catalogue with a header row naming columns and units (see {@link CatalogReader}). */
final class PlainCsvParser {
    private final String source;
    private final List<String> lines;

    PlainCsvParser(List<String> lines, String source) {
        this.source = source;
        this.lines = lines;
    }

    /** Whether a line carries no data: blank or a {@code #} comment. */
    static boolean skipped(String line) {
        return line.isBlank() || line.stripLeading().startsWith("#");
    }

    Catalog run() {
        int h = 0;
        while (h < lines.size() && skipped(lines.get(h))) {
            h++;
        }
        if (h == lines.size()) {
            throw new CatalogException(source, "has only comments, no header row, so it is not a catalogue (" + CatalogReader.EXPECTED + ")");
        }
        String headerLine = lines.get(h);
        CsvCells csv = new CsvCells(CsvCells.guessDelimiter(headerLine));
        int headerLineNo = h + 1;
        List<String> names = csv.cells(headerLine).orElseThrow(() -> new CatalogException(source, "line " + headerLineNo
                + ": the header row is not valid CSV, so this is not a catalogue (" + CatalogReader.EXPECTED + ")"));
        LenientLayout.Result result;
        try {
            result = LenientLayout.build(names, Map.of());
        } catch (LenientLayout.Refusal r) {
            String where = r.field().equals("row") ? "" : "column " + shorten(r.field()) + ": ";
            if (r.getMessage().startsWith("no recognisable size column")) {
                throw new CatalogException(source, "is not a catalogue: the header row (line " + headerLineNo + ": '"
                        + shorten(headerLine.strip()) + "') has " + r.getMessage());
            }
            throw new CatalogException(source, "line " + headerLineNo + ": " + (where.isEmpty() ? "the header row " : "")
                    + r.getMessage());
        }
        List<CatalogProblem> problems = new ArrayList<>();
        for (NumericPair p : result.defaulted()) {
            String unit = p.kind() == ColumnUnit.LENGTH ? LenientLayout.DEFAULT_SIZE_UNIT : LenientLayout.DEFAULT_NS_UNIT;
            problems.add(CatalogProblem.warningAt(source, headerLineNo, p.lo().name(),
                    (p.lo().equals(p.hi()) ? "states no unit; its values were read as " : "and " + p.hi().name()
                            + " state no unit; their values were read as ") + unit + " (write e.g. '"
                            + p.lo().name() + (p.kind() == ColumnUnit.LENGTH ? " [pc]" : " [cm^-3]") + "' to give one)",
                    p.lo().index() + 1));
        }
        RowReader rows = new RowReader(source, problems);
        int width = names.size();
        int ordinal = 0;
        List<CatalogEntry> entries = new ArrayList<>();
        for (int i = h + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (skipped(line)) {
                continue;
            }
            ordinal++;
            Optional<List<String>> parsed = csv.cells(line);
            if (parsed.isEmpty()) {
                rows.problem(i + 1, "row", "is not valid CSV (an unclosed quote?); the row was skipped", 0);
                continue;
            }
            List<String> cells = trimTrailingEmpty(parsed.get(), width);
            if (cells.size() != width) {
                rows.problem(i + 1, "row", "has " + cells.size() + " values but the header names " + width + " columns", 0);
                continue;
            }
            rows.read(result.layout(), cells, i + 1, ordinal).ifPresent(entries::add);
        }
        return new Catalog(source, entries, problems);
    }

    /** Drops empty cells beyond {@code width} (a trailing delimiter, as spreadsheets write). */
    private static List<String> trimTrailingEmpty(List<String> cells, int width) {
        int n = cells.size();
        while (n > width && cells.get(n - 1).isBlank()) {
            n--;
        }
        return n == cells.size() ? cells : cells.subList(0, n);
    }
}
