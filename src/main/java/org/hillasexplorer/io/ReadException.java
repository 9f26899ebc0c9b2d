package org.hillasexplorer.io;

import java.io.IOException;

/**
 * Why {@link BoundedFiles} did not return a file's (or a stream's) content: the kind of problem, the size where it is
 * known, and the low-level detail. Callers word it their own way, in their own exception type ("no such file",
 * "is a directory, not a catalogue file", "is 1.0 MB; a scenario file is at most 1 MB", …); the message of this
 * exception is a plain default for logs.
 */
public final class ReadException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The kinds of problem, each found before anything is decoded. */
    public enum Problem {
        /** The file does not exist. */
        MISSING,
        /** The file (or the folder it is in) may not be read by this user. */
        ACCESS_DENIED,
        /** Reading failed in another way ({@link #detail()} says how). */
        UNREADABLE,
        /** The path names a directory. */
        DIRECTORY,
        /** The path names a symbolic link, and links were not to be followed. */
        SYMBOLIC_LINK,
        /** A FIFO, device or socket: refused from its attributes, never opened (it could block or never end). */
        NOT_REGULAR,
        /** More bytes (or characters) than allowed: {@link #size()}, {@link #limit()}. */
        TOO_LARGE,
        /** The bytes are not well-formed UTF-8. */
        NOT_UTF8
    }

    private final Problem problem;
    private final long size;
    private final long limit;
    private final String detail;

    /**
     * @param problem the kind of problem
     * @param size    the size in bytes when it is known (from the file's attributes), else -1
     * @param limit   the most that was allowed, for {@link Problem#TOO_LARGE} (else -1)
     * @param detail  the low-level message (may be null)
     * @param cause   the low-level exception (may be null)
     */
    ReadException(Problem problem, long size, long limit, String detail, Throwable cause) {
        super(defaultMessage(problem, size, limit, detail), cause);
        this.problem = problem;
        this.size = size;
        this.limit = limit;
        this.detail = detail;
    }

    static ReadException of(Problem problem, Throwable cause) {
        return new ReadException(problem, -1, -1, cause == null ? null : cause.getMessage(), cause);
    }

    static ReadException tooLarge(long size, long limit) {
        return new ReadException(Problem.TOO_LARGE, size, limit, null, null);
    }

    /** The kind of problem. */
    public Problem problem() {
        return problem;
    }

    /**
     * The size in bytes, when the file's attributes told it ({@link Problem#TOO_LARGE} found before reading); -1 when
     * only the reading showed that there is more than {@link #limit()} (a stream, a reader, a file that grew).
     */
    public long size() {
        return size;
    }

    /** The most bytes (characters, for a reader) allowed, for {@link Problem#TOO_LARGE}; else -1. */
    public long limit() {
        return limit;
    }

    /** The low-level message (e.g. of the {@code IOException}), as it was; null when there is none. */
    public String detail() {
        return detail;
    }

    private static String defaultMessage(Problem problem, long size, long limit, String detail) {
        return switch (problem) {
            case MISSING -> "no such file";
            case ACCESS_DENIED -> "permission denied";
            case UNREADABLE -> "cannot be read (" + detail + ")";
            case DIRECTORY -> "is a directory";
            case SYMBOLIC_LINK -> "is a symbolic link";
            case NOT_REGULAR -> "is not a regular file (a FIFO, device or socket?)";
            case TOO_LARGE -> "is " + (size >= 0 ? size + " bytes" : "more than " + limit) + "; at most " + limit + " allowed";
            case NOT_UTF8 -> "is not UTF-8 text";
        };
    }
}
