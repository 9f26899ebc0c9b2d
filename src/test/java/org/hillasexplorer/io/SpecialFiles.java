package org.hillasexplorer.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Special files for the tests that check they are refused (a FIFO made with {@code mkfifo}, a character device made
 * with {@code mknod}), and what a folder holds afterwards.
 */
public final class SpecialFiles {
    private SpecialFiles() {
    }

    /** A FIFO named {@code name} in {@code dir}, or the calling test is skipped where there is none (Windows). */
    public static Path fifo(Path dir, String name) throws IOException, InterruptedException {
        Path fifo = dir.resolve(name);
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException noMkfifo) {
            assumeTrue(false, "no mkfifo here: " + noMkfifo.getMessage());
            throw noMkfifo;
        }
        assumeTrue(p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        assumeTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "mkfifo made no FIFO");
        return fifo;
    }

    /**
     * A character device named {@code name} in {@code dir} with the null device's numbers, or the calling test is
     * skipped when this user may not make one.
     */
    public static Path nullDevice(Path dir, String name) {
        Path d = dir.resolve(name);
        assumeTrue(run("mknod", d.toString(), "c", "1", "3"), "mknod not available or not permitted");
        return d;
    }

    /** Runs a command; true when it exits 0 (false when it is missing or fails). */
    public static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether {@code p} itself (not what it links to) is a FIFO, device or socket. */
    public static boolean isSpecial(Path p) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return a.isOther();
    }

    /** The names in folder {@code d}, sorted. */
    public static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
