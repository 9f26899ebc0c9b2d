package org.hillasexplorer.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One rejected value of a catalogue file; its row was left out and the other rows still loaded. A <em>warning</em>
 * ({@link #warning()}) rejects nothing: it says how something was read, e.g. that a column without a unit was read in
 * the default unit.
 *
 * @param source  the file's name as shown to the user
 * @param line    1-based line in the file, counting the header lines
 * @param field   the column as the file names it (or {@code row} for the row as a whole)
 * @param message what is wrong and what is allowed
 * @param column  1-based position of the column in its row, or 0 when there is none (the whole row, a JSON key)
 * @param warning whether this is only a note and the row still loaded
 */
public record CatalogProblem(String source, long line, String field, String message, int column, boolean warning) {
    /** How many problems of one file {@link #report(List)} lists before it summarises the rest. */
    public static final int MAX_REPORTED_PER_FILE = 100;

    public CatalogProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        if (line < 1) {
            throw new IllegalArgumentException("line " + line + " must be ≥ 1");
        }
        if (column < 0) {
            throw new IllegalArgumentException("column " + column + " must be ≥ 0");
        }
    }

    /** A problem that rejected its row, without a column position. */
    public CatalogProblem(String source, long line, String field, String message) {
        this(source, line, field, message, 0, false);
    }

    /** A problem that rejected its row, in the 1-based {@code column} (0: none). */
    public CatalogProblem(String source, long line, String field, String message, int column) {
        this(source, line, field, message, column, false);
    }

    /** A note that rejected nothing, e.g. a unit that was assumed. */
    public static CatalogProblem warningAt(String source, long line, String field, String message, int column) {
        return new CatalogProblem(source, line, field, message, column, true);
    }

    /** E.g. {@code candidates.ecsv:14: ns_max_pc3: '-3' must be a positive number}. */
    @Override
    public String toString() {
        return source + ":" + line + ": " + field + ": " + message;
    }

    /**
     * The problems as one readable block, one file after the other in order of first appearance, e.g.
     * <pre>
     * 2 rows of my.csv were skipped:
     *   line 4, column n_s_min: '-3' must be a positive number
     *   line 7: has 5 values but the header names 8 columns
     * 1 note on my.csv:
     *   line 1, column size_min: has no unit; its values were read as au
     * </pre>
     * At most {@link #MAX_REPORTED_PER_FILE} problems per file are listed, then how many more there are. An empty list
     * gives the empty string.
     */
    public static String report(List<CatalogProblem> problems) {
        Map<String, List<CatalogProblem>> bySource = new LinkedHashMap<>();
        for (CatalogProblem p : problems) {
            bySource.computeIfAbsent(p.source(), s -> new ArrayList<>()).add(p);
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<CatalogProblem>> e : bySource.entrySet()) {
            List<CatalogProblem> errors = e.getValue().stream().filter(p -> !p.warning()).toList();
            List<CatalogProblem> notes = e.getValue().stream().filter(CatalogProblem::warning).toList();
            if (!errors.isEmpty()) {
                long rows = errors.stream().mapToLong(CatalogProblem::line).distinct().count();
                sb.append(rows).append(rows == 1 ? " row of " : " rows of ").append(e.getKey())
                        .append(rows == 1 ? " was skipped:\n" : " were skipped:\n");
                list(sb, errors);
            }
            if (!notes.isEmpty()) {
                sb.append(notes.size()).append(notes.size() == 1 ? " note on " : " notes on ").append(e.getKey()).append(":\n");
                list(sb, notes);
            }
        }
        return sb.toString().stripTrailing();
    }

    private static void list(StringBuilder sb, List<CatalogProblem> ps) {
        int shown = Math.min(ps.size(), MAX_REPORTED_PER_FILE);
        for (int i = 0; i < shown; i++) {
            CatalogProblem p = ps.get(i);
            sb.append("  line ").append(p.line());
            if (!p.field().equals("row")) {
                sb.append(", column ").append(p.field());
            }
            sb.append(": ").append(p.message()).append('\n');
        }
        if (ps.size() > shown) {
            sb.append("  … and ").append(ps.size() - shown).append(" more\n");
        }
    }
}
