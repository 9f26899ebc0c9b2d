package org.hillasexplorer.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
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
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

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
 *
 * <p>Temporary files are named {@code .NAME.<16 hex digits>.tmp}. One left behind by a writer that was killed
 * ({@code kill -9}, a power cut) is deleted by the next write into that folder, but only when all of these hold:
 * its name has exactly that form, it is a regular file (not a link) owned by the same user, it was last modified
 * more than {@link #STALE_AFTER} ago, and no process holds the lock a live writer keeps on it. A live writer modifies
 * its file continuously and holds the lock until the rename, so neither a write in progress nor a user's own file
 * (which would have to copy our exact naming and be idle) is plausibly touched. The target itself is never partial.
 * Other writers' work files and folders (the export's sweep frames) are cleaned by the same rules with
 * {@link #deleteStale}.
 *
 * <p>Every file the application writes goes through here (WritersUseAtomicFilesTest keeps it so): exports, tables,
 * BibTeX, scenario files, the autosave. A failure is a {@link WriteException} whose message names the file and the
 * reason; export and session hand it on as their own exception types with that message.
 */
public final class AtomicFiles {

    /** Produces the file's content. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything to {@code out} (which the caller closes). */
        void writeTo(OutputStream out) throws IOException;
    }

    /** A temporary file idle for longer than this, and unlocked, belongs to a writer that is gone. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(10);

    /** File-system types (as {@link FileStore#type()} names them) that hold devices, not files. */
    static final Set<String> DEVICE_FILE_SYSTEMS = Set.of("devtmpfs", "devfs", "devpts");

    /** Our temporary files: a dot, the target's name, a dot, 16 lower-case hex digits, {@code .tmp}. */
    static final Pattern TEMP_NAME = Pattern.compile("\\..+\\.[0-9a-f]{16}\\.tmp");

    /** Symbolic links followed before giving up (as Linux's ELOOP limit). */
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8. */
    public static void writeString(Path target, String text) throws WriteException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    /** Writes {@code bytes}. */
    public static void writeBytes(Path target, byte[] bytes) throws WriteException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Writes the content produced by {@code content} to {@code target} (to the file it links to, if it is a symbolic
     * link).
     *
     * @throws WriteException naming the path and the reason (directory does not exist, not writable, disk full, a
     *                        device or other special file, …)
     */
    public static void write(Path target, Content content) throws WriteException {
        Path file = target.toAbsolutePath().normalize();
        if (file.getParent() == null || file.getFileName() == null) {
            throw new WriteException(file, "not a file path", null);
        }
        Path real = replaceableTarget(file, file);
        Path dir = real.getParent();
        Path temp = null;
        try {
            temp = createTemp(dir, real.getFileName().toString());
            deleteStaleTemporaries(dir, temp);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch));
                 FileLock lock = lockQuietly(ch)) { // released (before the channel closes) once all is on disk
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            replace(temp, real);
            temp = null;
        } catch (IOException | RuntimeException e) {
            throw new WriteException(file, reason(e, dir), e);
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
     * Moves {@code from} over {@code to}, replacing it: one atomic rename where the file system can, else a plain
     * replace. For a writer's own finished work file (such as {@link #write}'s temporary file, or a sweep's frame)
     * onto a target {@link #replaceableTarget} returned.
     */
    public static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Renames {@code from} (a file or a folder) to {@code to}: one atomic rename where the file system can (which,
     * like POSIX {@code rename}, may replace an existing file or empty folder {@code to}), else a plain move, which
     * refuses an existing {@code to} ({@link java.nio.file.FileAlreadyExistsException}).
     */
    public static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * The real path a write to {@code file} replaces (following symbolic links), after checking that it is a regular
     * file or does not exist yet and that its folder is one for files (see the class comment).
     *
     * @param reportAs the path the user gave, named in the message
     * @param file     absolute path of the file to replace
     * @throws WriteException when the target must not be replaced
     */
    public static Path replaceableTarget(Path reportAs, Path file) throws WriteException {
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
    private static Path realTarget(Path reportAs, Path file) throws WriteException {
        try {
            if (Files.exists(file)) {
                try {
                    return file.toRealPath();
                } catch (IOException e) {
                    // a link the kernel follows that names no path: /proc/self/fd/N (or /dev/stdout) of a pipe or
                    // socket, or of a deleted file
                    throw new WriteException(reportAs, Files.isRegularFile(file)
                            ? "it leads to a file that no longer has a path (deleted?); choose a file path"
                            : "it leads to a " + kind(file, true) + ", not a regular file; choose a file path", e);
                }
            }
            Path p = file;
            for (int hops = 0; Files.isSymbolicLink(p); hops++) {
                if (hops == MAX_LINKS) {
                    throw new WriteException(reportAs, "too many levels of symbolic links (a loop?)", null);
                }
                Path parent = p.getParent().toRealPath();
                p = parent.resolve(Files.readSymbolicLink(p));
            }
            Path dir = p.getParent();
            if (dir == null || p.getFileName() == null) {
                throw new WriteException(reportAs, "is a symbolic link to " + p + ", which is not a file path", null);
            }
            if (!Files.isDirectory(dir)) {
                throw new WriteException(reportAs, p.equals(file) ? "directory does not exist: " + dir
                        : "is a symbolic link to " + p + ", whose directory does not exist; create " + dir
                        + " or choose another path", null);
            }
            return dir.toRealPath().resolve(p.getFileName());
        } catch (WriteException e) {
            throw e;
        } catch (IOException e) {
            throw new WriteException(reportAs, reason(e, file.getParent()), e);
        }
    }

    /**
     * Refuses an existing {@code real} (the target, or what it links to) that is not a regular file.
     *
     * @param file    how the user named the target (for the message)
     * @param subject how the message calls {@code real}, e.g. {@code it}
     */
    private static void checkReplaceable(Path file, String subject, Path real) throws WriteException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new WriteException(file, reason(e, real.getParent()), e);
        }
        if (a.isRegularFile()) {
            return;
        }
        if (a.isDirectory()) {
            throw new WriteException(file, subject + " is a directory", null);
        }
        throw new WriteException(file, subject + " is a " + kind(real, false) + ", not a regular file; choose a file path", null);
    }

    /** What kind of special file {@code p} (or what it links to) is, e.g. {@code device/special file (character device)}. */
    private static String kind(Path p, boolean followLinks) {
        try {
            LinkOption[] options = followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
            int type = ((Integer) Files.getAttribute(p, "unix:mode", options)) & 0170000;
            switch (type) {
                case 0020000:
                    return "device/special file (character device)";
                case 0060000:
                    return "device/special file (block device)";
                case 0010000:
                    return "device/special file (FIFO or pipe)";
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
     * @throws WriteException naming {@code file} when nothing may be created in {@code dir}
     */
    public static void checkFolder(Path file, Path dir) throws WriteException {
        if ("/".equals(String.valueOf(dir.getRoot())) && dir.equals(dir.getRoot().resolve("dev"))) {
            throw new WriteException(file, dir + " is the system's device directory, not a folder for files; "
                    + "choose a file path in another folder", null);
        }
        String type;
        try {
            type = Files.getFileStore(dir).type();
        } catch (IOException | RuntimeException e) {
            return; // nothing known against the folder; the write itself reports real problems
        }
        if (type != null && DEVICE_FILE_SYSTEMS.contains(type.toLowerCase(Locale.ROOT))) {
            throw new WriteException(file, dir + " is on a device file system (" + type + "), not a folder for files; "
                    + "choose a file path in another folder", null);
        }
    }

    /** A new, empty, hidden file next to the target, created with the default permissions (not 0600). */
    private static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = dir.resolve(tempName(name));
            try {
                return Files.createFile(p);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /** {@code .NAME.<16 hex digits>.tmp}, the name {@link #TEMP_NAME} matches. */
    static String tempName(String name) {
        return "." + name + "." + String.format(Locale.ROOT, "%016x", ThreadLocalRandom.current().nextLong()) + ".tmp";
    }

    /** An exclusive lock on a temporary file being written (released when the channel closes), or null. */
    private static FileLock lockQuietly(FileChannel ch) {
        try {
            return ch.tryLock();
        } catch (IOException | RuntimeException e) {
            return null; // a file system without locks: the age rule alone protects the write
        }
    }

    /** Deletes one stale entry {@link #deleteStale} found, or leaves it when it is not plausibly a dead writer's. */
    @FunctionalInterface
    public interface StaleEntry {
        /** Deletes {@code entry} (a failure leaves what is left; the caller goes on). */
        void delete(Path entry) throws IOException;
    }

    /**
     * Deletes, best effort, the temporary files of dead writers in {@code dir} (see the class comment); never
     * fails the write that triggered it.
     *
     * @param ours the temporary file just created for this write: kept, and the owner the others must share
     */
    static void deleteStaleTemporaries(Path dir, Path ours) {
        deleteStale(dir, ours, ".*.tmp", TEMP_NAME, false, AtomicFiles::deleteIfUnlocked);
    }

    /**
     * Hands to {@code delete}, best effort, the work files (or folders) of dead writers in {@code dir}: every entry
     * other than {@code ours} listed by {@code glob} whose name matches {@code name}, that is a real folder when
     * {@code folders} and else a regular file (never a link), owned by the owner of {@code ours} and modified more
     * than {@link #STALE_AFTER} ago. Never fails, so the write that triggered it goes on.
     *
     * @param ours the work file or folder just created by this writer: kept, and the owner the others must share
     */
    public static void deleteStale(Path dir, Path ours, String glob, Pattern name, boolean folders, StaleEntry delete) {
        UserPrincipal me;
        try {
            me = Files.getOwner(ours, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | RuntimeException e) {
            return;
        }
        Instant cutoff = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, glob)) {
            for (Path p : ds) {
                if (!p.equals(ours) && name.matcher(p.getFileName().toString()).matches()) {
                    deleteIfStale(p, me, cutoff, folders, delete);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable folder: nothing to clean
        }
    }

    private static void deleteIfStale(Path p, UserPrincipal me, Instant cutoff, boolean folder, StaleEntry delete) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if ((folder ? a.isDirectory() : a.isRegularFile()) && a.lastModifiedTime().toInstant().isBefore(cutoff)
                    && me.equals(Files.getOwner(p, LinkOption.NOFOLLOW_LINKS))) {
                delete.delete(p);
            }
        } catch (IOException | RuntimeException e) {
            // locked in this JVM (OverlappingFileLockException), gone already, not ours: leave it
        }
    }

    /** Deletes a temporary file unless a live writer holds its lock. */
    private static void deleteIfUnlocked(Path p) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
             FileLock lock = ch.tryLock()) {
            if (lock != null) {
                Files.delete(p);
            }
        }
    }

    /**
     * A short human reason for a failed write, e.g. {@code disk full (No space left on device)}.
     *
     * @param dir the folder written into, named by some reasons
     */
    public static String reason(Exception e, Path dir) {
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
