package org.hillasexplorer.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file {@link AtomicFiles} did not write; the message, {@code cannot write PATH: reason}, is meant for the user as
 * is (export and session hand it on in their own exception types unchanged).
 */
public final class WriteException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path path;
    private final String reason;

    /**
     * @param path   the file that was to be written, as the caller named it
     * @param reason why not, e.g. {@code directory does not exist: /data}
     * @param cause  the low-level exception, or null
     */
    public WriteException(Path path, String reason, Throwable cause) {
        super("cannot write " + Objects.requireNonNull(path, "path") + ": " + Objects.requireNonNull(reason, "reason"), cause);
        this.path = path;
        this.reason = reason;
    }

    /** The file that was to be written. */
    public Path path() {
        return path;
    }

    /** Why it was not, the message without {@code cannot write PATH: }. */
    public String reason() {
        return reason;
    }
}
