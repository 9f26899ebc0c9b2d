package org.hillasexplorer.export;

import java.nio.file.Path;
import java.util.Objects;

/** An export that could not be written; the message names the file and the reason. */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path path;

    /**
     * @param path   the file that was to be written
     * @param reason why not, e.g. {@code directory does not exist}
     * @param cause  underlying exception, or null
     */
    public ExportException(Path path, String reason, Throwable cause) {
        super("cannot write " + Objects.requireNonNull(path, "path") + ": " + reason, cause);
        this.path = path;
    }

    /** The file that was to be written. */
    public Path path() {
        return path;
    }
}
