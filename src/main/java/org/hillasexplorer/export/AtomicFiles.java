package org.hillasexplorer.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file all-or-nothing: the content goes to a hidden temporary file in the same directory, is forced to
 * disk, and then replaces the target with one atomic rename (a plain replace where the file system cannot rename
 * atomically). On any failure the temporary file is deleted and the target is left as it was.
 */
public final class AtomicFiles {

    /** Produces the file's content. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything to {@code out} (which the caller closes). */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8. */
    public static void writeString(Path target, String text) throws ExportException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    /** Writes {@code bytes}. */
    public static void writeBytes(Path target, byte[] bytes) throws ExportException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Writes the content produced by {@code content} to {@code target}.
     *
     * @throws ExportException naming the path and the reason (directory does not exist, not writable, disk full, …)
     */
    public static void write(Path target, Content content) throws ExportException {
        Path file = target.toAbsolutePath().normalize();
        Path dir = file.getParent();
        if (dir == null || file.getFileName() == null) {
            throw new ExportException(file, "not a file path", null);
        }
        if (!Files.isDirectory(dir)) {
            throw new ExportException(file, "directory does not exist: " + dir, null);
        }
        if (Files.isDirectory(file)) {
            throw new ExportException(file, "it is a directory", null);
        }
        Path temp = null;
        try {
            temp = createTemp(dir, file.getFileName().toString());
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch))) {
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException | RuntimeException e) {
            throw new ExportException(file, reason(e, dir), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the original failure is what the user needs to hear about
                }
            }
        }
    }

    /** A new, empty, hidden file next to the target, created with the default permissions (not 0600). */
    private static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return Files.createFile(p);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /** A short human reason for a failed write. */
    static String reason(Exception e, Path dir) {
        if (e instanceof AccessDeniedException) {
            return "not writable (permission denied in " + dir + ")";
        }
        if (e instanceof NoSuchFileException) {
            return "directory does not exist: " + dir;
        }
        String msg = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        if (msg != null) {
            String lower = msg.toLowerCase(Locale.ROOT);
            if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("quota")) {
                return "disk full (" + msg + ")";
            }
            if (lower.contains("read-only file system")) {
                return "not writable (read-only file system)";
            }
            if (lower.contains("permission denied")) {
                return "not writable (permission denied in " + dir + ")";
            }
        }
        return msg == null ? e.getClass().getSimpleName() : msg;
    }
}
