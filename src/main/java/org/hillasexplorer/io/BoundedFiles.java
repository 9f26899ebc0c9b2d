package org.hillasexplorer.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.hillasexplorer.io.ReadException.Problem;

/**
 * The one way the project reads a file it is given: bounded and strict. Catalogues, scenario files, figures and the
 * files a figure names all come from other people, so a read
 * <ul>
 *   <li>looks at the file's attributes first and opens only a regular file: a directory, FIFO, device or socket is
 *       refused without being opened (opening a FIFO blocks until someone writes to it; {@code /dev/zero} never
 *       ends), and with {@link LinkOption#NOFOLLOW_LINKS} so is a symbolic link;</li>
 *   <li>refuses a file larger than the caller's limit from its size, before reading, and never reads more than the
 *       limit plus one byte even when the file grows meanwhile (or a stream has no size);</li>
 *   <li>for text, decodes strict UTF-8: malformed bytes are refused, never replaced; {@link #firstBinaryCharacter}
 *       finds control characters a text file does not contain.</li>
 * </ul>
 * Every refusal is a {@link ReadException} naming the kind of problem; the callers (catalog, session, export) word it
 * in their own exception types, so each keeps its messages while the mechanism is shared.
 */
public final class BoundedFiles {
    /** The largest limit a read may have (the content is returned as one array). */
    public static final long MAX_LIMIT = Integer.MAX_VALUE - 16;

    private BoundedFiles() {
    }

    /**
     * The attributes of {@code file}, after checking (without opening it) that it is a regular file of at most
     * {@code maxBytes}.
     *
     * @param options {@link LinkOption#NOFOLLOW_LINKS} to refuse a symbolic link ({@link Problem#SYMBOLIC_LINK}); by
     *                default a link is followed and what it points to is checked
     * @throws ReadException {@link Problem#MISSING}, {@link Problem#ACCESS_DENIED}, {@link Problem#UNREADABLE},
     *                       {@link Problem#DIRECTORY}, {@link Problem#SYMBOLIC_LINK}, {@link Problem#NOT_REGULAR} or
     *                       {@link Problem#TOO_LARGE} (with the size)
     */
    public static BasicFileAttributes checkRegularFile(Path file, long maxBytes, LinkOption... options) throws ReadException {
        checkLimit(maxBytes);
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class, options);
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        }
        if (a.isSymbolicLink()) {
            throw ReadException.of(Problem.SYMBOLIC_LINK, null);
        }
        if (a.isDirectory()) {
            throw ReadException.of(Problem.DIRECTORY, null);
        }
        if (!a.isRegularFile()) {
            throw ReadException.of(Problem.NOT_REGULAR, null);
        }
        if (a.size() > maxBytes) {
            throw ReadException.tooLarge(a.size(), maxBytes);
        }
        return a;
    }

    /**
     * The bytes of a regular file of at most {@code maxBytes}: checked as {@link #checkRegularFile} does, then read
     * (with the same {@code options}) to at most {@code maxBytes} bytes.
     *
     * @throws ReadException as {@link #checkRegularFile}; {@link Problem#TOO_LARGE} without a size when the file grew
     */
    public static byte[] readBytes(Path file, long maxBytes, LinkOption... options) throws ReadException {
        checkRegularFile(file, maxBytes, options);
        try (InputStream in = Files.newInputStream(file, options)) {
            return readBytes(in, maxBytes);
        } catch (ReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        }
    }

    /**
     * At most {@code maxBytes} bytes of a stream, all it has (the stream is not closed).
     *
     * @throws ReadException {@link Problem#TOO_LARGE} (without a size) when it has more, {@link Problem#UNREADABLE}
     *                       when reading fails
     */
    public static byte[] readBytes(InputStream in, long maxBytes) throws ReadException {
        checkLimit(maxBytes);
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) maxBytes + 1);
        } catch (IOException | RuntimeException e) {
            throw ReadException.of(Problem.UNREADABLE, e);
        }
        if (bytes.length > maxBytes) {
            throw ReadException.tooLarge(-1, maxBytes);
        }
        return bytes;
    }

    /**
     * The text of a regular UTF-8 file of at most {@code maxBytes}.
     *
     * @throws ReadException as {@link #readBytes(Path, long, LinkOption...)}, or {@link Problem#NOT_UTF8}
     */
    public static String readUtf8(Path file, long maxBytes, LinkOption... options) throws ReadException {
        return utf8(readBytes(file, maxBytes, options));
    }

    /**
     * The UTF-8 text of at most {@code maxBytes} bytes of a stream (the stream is not closed).
     *
     * @throws ReadException as {@link #readBytes(InputStream, long)}, or {@link Problem#NOT_UTF8}
     */
    public static String readUtf8(InputStream in, long maxBytes) throws ReadException {
        return utf8(readBytes(in, maxBytes));
    }

    /**
     * {@code bytes} decoded as strict UTF-8 (a byte-order mark is kept, as a character U+FEFF).
     *
     * @throws ReadException {@link Problem#NOT_UTF8} for malformed or unmappable input, which is never replaced
     */
    public static String utf8(byte[] bytes) throws ReadException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ReadException.of(Problem.NOT_UTF8, e);
        }
    }

    /**
     * All characters of a reader, at most {@code maxChars} (the reader is not closed).
     *
     * @throws ReadException {@link Problem#TOO_LARGE} (without a size; the limit in characters) when it has more,
     *                       {@link Problem#UNREADABLE} when reading fails with an I/O error
     */
    public static String readChars(Reader r, long maxChars) throws ReadException {
        checkLimit(maxChars);
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            int n;
            while ((n = r.read(buf)) != -1) {
                sb.append(buf, 0, n);
                if (sb.length() > maxChars) {
                    throw ReadException.tooLarge(-1, maxChars);
                }
            }
        } catch (ReadException e) {
            throw e;
        } catch (IOException | UncheckedIOException e) {
            throw ReadException.of(Problem.UNREADABLE, e);
        }
        return sb.toString();
    }

    /**
     * The index of the first character in {@code text} that a text file does not contain (binary data read as
     * text), or -1: a control character other than tab, line feed, carriage return and form feed, DEL, or U+FFFD
     * (what a lenient decoder made of a byte that is not text).
     */
    public static int firstBinaryCharacter(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F || c == '\uFFFD') {
                return i;
            }
        }
        return -1;
    }

    private static void checkLimit(long max) {
        if (max < 0 || max > MAX_LIMIT) {
            throw new IllegalArgumentException("a read limit must be 0.." + MAX_LIMIT + ", not " + max);
        }
    }

    private static ReadException failure(Exception e) {
        if (e instanceof NoSuchFileException) {
            return ReadException.of(Problem.MISSING, e);
        }
        if (e instanceof AccessDeniedException) {
            return ReadException.of(Problem.ACCESS_DENIED, e);
        }
        return ReadException.of(Problem.UNREADABLE, e);
    }
}
