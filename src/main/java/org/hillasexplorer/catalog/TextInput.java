package org.hillasexplorer.catalog;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hillasexplorer.io.BoundedFiles;
import org.hillasexplorer.io.ReadException;

/**
 * Turns a file, stream or reader into checked text: at most 10 MB, UTF-8, no binary characters. The reading itself is
 * {@code io.BoundedFiles}'s; this words its refusals as the catalogue's ({@link CatalogException}).
 */
final class TextInput {
    /** Largest input accepted [bytes or characters]. */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final int MAX_SHOWN_VALUE = 40;

    private TextInput() {
    }

    /**
     * The file's text; {@code what} ("catalogue", "curve file") words the refusals. Only a regular file is opened: a
     * FIFO, device or socket is refused from its attributes, so reading never blocks on one or reads a device forever
     * ({@link BoundedFiles}).
     */
    static String read(Path file, String source, String what) {
        if (file == null) {
            throw new CatalogException(source, "no " + fileWord(what) + " was given");
        }
        try {
            return BoundedFiles.readUtf8(file, MAX_BYTES);
        } catch (ReadException e) {
            throw refusal(e, source, what, "bytes");
        }
    }

    /** The stream's UTF-8 text (the stream is not closed). */
    static String read(InputStream in, String source, String what) {
        try {
            return BoundedFiles.readUtf8(in, MAX_BYTES);
        } catch (ReadException e) {
            throw refusal(e, source, what, "bytes");
        }
    }

    /** The reader's characters (the reader is not closed). */
    static String read(Reader r, String source, String what) {
        try {
            return BoundedFiles.readChars(r, MAX_BYTES);
        } catch (ReadException e) {
            throw refusal(e, source, what, "characters");
        }
    }

    /** The catalogue's wording of a refused read; {@code unit} ("bytes", "characters") of a size found by reading. */
    private static CatalogException refusal(ReadException e, String source, String what, String unit) {
        String reason = switch (e.problem()) {
            case MISSING -> "no such file";
            case DIRECTORY -> "is a directory, not a " + fileWord(what);
            case NOT_REGULAR, SYMBOLIC_LINK -> "is not a regular file (a FIFO, device or socket?), so not a "
                    + fileWord(what) + "; it was not opened";
            case TOO_LARGE -> tooLarge(e.size() >= 0 ? e.size() + " bytes" : "more than " + e.limit() + " " + unit, what);
            case NOT_UTF8 -> "is not UTF-8 text (a binary file?), so not a " + what;
            case ACCESS_DENIED, UNREADABLE -> "cannot be read (" + oneLine(e.detail()) + ")";
        };
        return new CatalogException(source, reason, e.getCause());
    }

    /** The lines of {@code text} without a leading byte-order mark. */
    static List<String> lines(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.lines().toList();
    }

    /**
     * Refuses text with control characters other than tab and form feed, DEL or U+FFFD (binary data pasted into text;
     * {@link BoundedFiles#firstBinaryCharacter}).
     */
    static void refuseBinary(List<String> lines, String source, String what) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int k = BoundedFiles.firstBinaryCharacter(line);
            if (k >= 0) {
                throw new CatalogException(source, String.format(Locale.ROOT,
                        "contains binary data (character U+%04X on line %d), not a %s", (int) line.charAt(k), i + 1, what));
            }
        }
    }

    /** The name messages use, never blank. */
    static String sourceName(String sourceName, String what) {
        return sourceName == null || sourceName.isBlank() ? "(unnamed " + what + ")" : sourceName;
    }

    /** First line of {@code message}, at most 160 characters, for one-line messages. */
    static String oneLine(String message) {
        if (message == null) {
            return "no detail";
        }
        String first = message.strip().lines().findFirst().orElse("no detail");
        return first.length() > 160 ? first.substring(0, 157) + "..." : first;
    }

    /** A value as quoted in a message: control characters shown as {@code ?}, at most 40 characters. */
    static String shorten(String s) {
        String t = s.length() > 4 * MAX_SHOWN_VALUE ? s.substring(0, 4 * MAX_SHOWN_VALUE) : s;
        t = t.replaceAll("\\p{Cntrl}", "?");
        return t.length() > MAX_SHOWN_VALUE ? t.substring(0, MAX_SHOWN_VALUE - 3) + "..." : t;
    }

    private static String fileWord(String what) {
        return what.endsWith("file") ? what : what + " file";
    }

    private static String tooLarge(String size, String what) {
        return "is " + size + "; a " + what + " may be at most 10 MB";
    }
}
