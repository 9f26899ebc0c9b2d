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
import java.nio.file.FileStore;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file all-or-nothing: the content goes to a hidden temporary file in the same directory, is forced to
 * disk, and then replaces the target with one atomic rename (a plain replace where the file system cannot rename
 * atomically). On any failure the temporary file is deleted and the target is left as it was.
 *
 * <p>What a write will not do:
 * <ul>
 *   <li>replace anything that is not a regular file: a directory, a device ({@code /dev/null}, {@code /dev/full}), a
 *       FIFO or a socket is refused with a message (renaming over it would turn the device into a plain file; writing
 *       into it would not be atomic and may block);</li>
 *   <li>create a file in the system's device directory: the target's (real) folder must not be {@code /dev} itself
 *       nor be on a device file system (devtmpfs, devfs, devpts); {@code /dev/shm}, a plain tmpfs, is
 *       allowed;</li>
 *   <li>replace a symbolic link: a link is followed (all the way) and the file it points to is replaced atomically,
 *       with the temporary file in that file's own folder, so the link stays a link; a dangling link is written
 *       through when the folder it points into exists, and refused otherwise.</li>
 * </ul>
 */
public final class AtomicFiles {

    /** Produces the file's content. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything to {@code out} (which the caller closes). */
        void writeTo(OutputStream out) throws IOException;
    }

    /** File-system types (as {@link FileStore#type()} names them) that hold devices, not files. */
    static final Set<String> DEVICE_FILE_SYSTEMS = Set.of("devtmpfs", "devfs", "devpts");

    /** Symbolic links followed before giving up (as Linux's ELOOP limit). */
    private static final int MAX_LINKS = 40;

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
     * Writes the content produced by {@code content} to {@code target} (to the file it links to, if it is a symbolic
     * link).
     *
     * @throws ExportException naming the path and the reason (directory does not exist, not writable, disk full, a
     *                         device or other special file, …)
     */
    public static void write(Path target, Content content) throws ExportException {
        Path file = target.toAbsolutePath().normalize();
        if (file.getParent() == null || file.getFileName() == null) {
            throw new ExportException(file, "not a file path", null);
        }
        Path real = replaceableTarget(file, file);
        Path dir = real.getParent();
        Path temp = null;
        try {
            temp = createTemp(dir, real.getFileName().toString());
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch))) {
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING);
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

    /**
     * The real path a write to {@code file} replaces (following symbolic links), after checking that it is a regular
     * file or does not exist yet and that its folder is one for files (see the class comment).
     *
     * @param reportAs the path the user gave, named in the message
     * @param file     absolute path of the file to replace
     * @throws ExportException when the target must not be replaced
     */
    static Path replaceableTarget(Path reportAs, Path file) throws ExportException {
        Path real = realTarget(reportAs, file);
        String subject = Files.isSymbolicLink(file) ? "its link target " + real : file.equals(reportAs) ? "it" : file.toString();
        checkReplaceable(reportAs, subject, real);
        checkFolder(reportAs, real.getParent());
        return real;
    }

    /**
     * The file a write to {@code file} must replace: {@code file} itself, or the end of the chain of symbolic links
     * starting at it; its folder is given as a real path (no links), which exists.
     */
    private static Path realTarget(Path reportAs, Path file) throws ExportException {
        try {
            if (Files.exists(file)) {
                return file.toRealPath();
            }
            Path p = file;
            for (int hops = 0; Files.isSymbolicLink(p); hops++) {
                if (hops == MAX_LINKS) {
                    throw new ExportException(reportAs, "too many levels of symbolic links (a loop?)", null);
                }
                Path parent = p.getParent().toRealPath();
                p = parent.resolve(Files.readSymbolicLink(p));
            }
            Path dir = p.getParent();
            if (dir == null || p.getFileName() == null) {
                throw new ExportException(reportAs, "is a symbolic link to " + p + ", which is not a file path", null);
            }
            if (!Files.isDirectory(dir)) {
                throw new ExportException(reportAs, p.equals(file) ? "directory does not exist: " + dir
                        : "is a symbolic link to " + p + ", whose directory does not exist; create " + dir
                        + " or choose another path", null);
            }
            return dir.toRealPath().resolve(p.getFileName());
        } catch (IOException e) {
            throw new ExportException(reportAs, reason(e, file.getParent()), e);
        }
    }

    /**
     * Refuses an existing {@code real} (the target, or what it links to) that is not a regular file.
     *
     * @param file    how the user named the target (for the message)
     * @param subject how the message calls {@code real}, e.g. {@code it}
     */
    private static void checkReplaceable(Path file, String subject, Path real) throws ExportException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new ExportException(file, reason(e, real.getParent()), e);
        }
        if (a.isRegularFile()) {
            return;
        }
        if (a.isDirectory()) {
            throw new ExportException(file, subject + " is a directory", null);
        }
        throw new ExportException(file, subject + " is a " + kind(real) + ", not a regular file; choose a file path", null);
    }

    /** What kind of special file {@code p} is, e.g. {@code device/special file (character device)}. */
    private static String kind(Path p) {
        try {
            int type = ((Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS)) & 0170000;
            switch (type) {
                case 0020000:
                    return "device/special file (character device)";
                case 0060000:
                    return "device/special file (block device)";
                case 0010000:
                    return "device/special file (FIFO, a named pipe)";
                case 0140000:
                    return "device/special file (socket)";
                default:
                    break;
            }
        } catch (IOException | RuntimeException e) {
            // no unix view (e.g. Windows): the generic wording
        }
        return "device/special file";
    }

    /**
     * Refuses to create files in {@code dir} (a real path) when it is the device directory {@code /dev} or lies on a
     * device file system.
     *
     * @param file the target, for the message
     */
    static void checkFolder(Path file, Path dir) throws ExportException {
        if ("/".equals(String.valueOf(dir.getRoot())) && dir.equals(dir.getRoot().resolve("dev"))) {
            throw new ExportException(file, dir + " is the system's device directory, not a folder for files; "
                    + "choose a file path in another folder", null);
        }
        String type;
        try {
            type = Files.getFileStore(dir).type();
        } catch (IOException | RuntimeException e) {
            return; // nothing known against the folder; the write itself reports real problems
        }
        if (type != null && DEVICE_FILE_SYSTEMS.contains(type.toLowerCase(Locale.ROOT))) {
            throw new ExportException(file, dir + " is on a device file system (" + type + "), not a folder for files; "
                    + "choose a file path in another folder", null);
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
