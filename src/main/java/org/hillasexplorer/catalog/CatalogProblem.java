package org.hillasexplorer.catalog;

import java.util.Objects;

/**
 * One rejected value of a catalogue file; its row was left out and the other rows still loaded.
 *
 * @param source  the file's name as shown to the user
 * @param line    1-based line in the file, counting the header lines
 * @param field   the column (or {@code row} for the row as a whole)
 * @param message what is wrong and what is allowed
 */
public record CatalogProblem(String source, long line, String field, String message) {
    public CatalogProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        if (line < 1) {
            throw new IllegalArgumentException("line " + line + " must be ≥ 1");
        }
    }

    /** E.g. {@code candidates.ecsv:14: ns_max_pc3: '-3' must be a positive number}. */
    @Override
    public String toString() {
        return source + ":" + line + ": " + field + ": " + message;
    }
}
