package org.hillasexplorer.catalog;

/**
 * A file that is not a readable catalogue at all (no ECSV header, missing columns, binary, too large, unreadable).
 * The message is one line and names the file; bad rows of a good file are {@link CatalogProblem}s instead.
 */
public class CatalogException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;

    /** A refusal of {@code source} for {@code reason} (the message reads {@code source: reason}). */
    public CatalogException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
    }

    /** As {@link #CatalogException(String, String)}, keeping the low-level cause. */
    public CatalogException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
    }

    /** The file's name as shown to the user. */
    public String source() {
        return source;
    }
}
