package org.hillasexplorer.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;

/** Turns a file, stream or reader into checked text: at most 10 MB, UTF-8, no binary characters. */
final class TextInput {
    /** Largest input accepted [bytes or characters]. */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final int MAX_SHOWN_VALUE = 40;

    private TextInput() {
    }

    /**
     * The file's text; {@code what} ("catalogue", "curve file") words the refusals. Only a regular file is opened: a
     * FIFO, device or socket is refused from its attributes, so reading never blocks on one or reads a device forever.
     */
    static String read(Path file, String source, String what) {
        if (file == null) {
            throw new CatalogException(source, "no " + fileWord(what) + " was given");
        }
        try {
            // the attributes, not the file: opening a FIFO blocks until someone writes to it, and a device never ends
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                throw new CatalogException(source, "no such file", e);
            }
            if (attributes.isDirectory()) {
                throw new CatalogException(source, "is a directory, not a " + fileWord(what));
            }
            if (!attributes.isRegularFile()) {
                throw new CatalogException(source, "is not a regular file (a FIFO, device or socket?), so not a "
                        + fileWord(what) + "; it was not opened");
            }
            long size = attributes.size();
            if (size > MAX_BYTES) {
                throw new CatalogException(source, tooLarge(size + " bytes", what));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, source, what);
            }
        } catch (IOException | SecurityException | InvalidPathException | UncheckedIOException e) {
            throw new CatalogException(source, "cannot be read (" + oneLine(e.getMessage()) + ")", e);
        }
    }

    /** The stream's UTF-8 text (the stream is not closed). */
    static String read(InputStream in, String source, String what) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException | RuntimeException e) {
            throw new CatalogException(source, "cannot be read (" + oneLine(e.getMessage()) + ")", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new CatalogException(source, tooLarge("more than " + MAX_BYTES + " bytes", what));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CatalogException(source, "is not UTF-8 text (a binary file?), so not a " + what, e);
        }
    }

    /** The reader's characters (the reader is not closed). */
    static String read(Reader r, String source, String what) {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            int n;
            while ((n = r.read(buf)) != -1) {
                sb.append(buf, 0, n);
                if (sb.length() > MAX_BYTES) {
                    throw new CatalogException(source, tooLarge("more than " + MAX_BYTES + " characters", what));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CatalogException(source, "cannot be read (" + oneLine(e.getMessage()) + ")", e);
        }
        return sb.toString();
    }

    /** The lines of {@code text} without a leading byte-order mark. */
    static List<String> lines(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.lines().toList();
    }

    /** Refuses text with control characters other than tab and form feed (binary data pasted into text). */
    static void refuseBinary(List<String> lines, String source, String what) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                if ((c < 0x20 && c != '\t' && c != '\f') || c == 0x7F || c == '\uFFFD') {
                    throw new CatalogException(source, String.format(Locale.ROOT,
                            "contains binary data (character U+%04X on line %d), not a %s", (int) c, i + 1, what));
                }
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
