package org.hillasexplorer.export;

import java.nio.file.Path;
import java.util.Objects;
import org.hillasexplorer.io.WriteException;
import org.jspecify.annotations.Nullable;

/** An export that could not be written (or a figure that could not be read); the message names the file and the reason. */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path path;

    /**
     * @param path   the file that was to be written
     * @param reason why not, e.g. {@code directory does not exist}
     * @param cause  underlying exception, or null
     */
    public ExportException(Path path, String reason, @Nullable Throwable cause) {
        super("cannot write " + Objects.requireNonNull(path, "path") + ": " + reason, cause);
        this.path = path;
    }

    /**
     * A write {@link org.hillasexplorer.io.AtomicFiles} refused or that failed, with its message
     * ({@code cannot write PATH: reason}) and its low-level cause.
     */
    public ExportException(WriteException e) {
        this(e.path(), e.reason(), e.getCause());
    }

    private ExportException(Path path, String message, @Nullable Throwable cause, boolean fullMessage) {
        super(message, cause);
        this.path = path;
    }

    /**
     * A file that could not be read (e.g. a figure's metadata, {@link FigureMetadata#read}); the message is
     * {@code cannot read PATH: reason}.
     */
    public static ExportException unreadable(Path path, String reason, @Nullable Throwable cause) {
        return new ExportException(Objects.requireNonNull(path, "path"), "cannot read " + path + ": " + reason, cause, true);
    }

    /** The file that was to be written (or read, for {@link #unreadable}). */
    public Path path() {
        return path;
    }
}
