package org.hillasexplorer.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Special files for the tests that check they are refused: a FIFO made with {@code mkfifo}. */
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
}
