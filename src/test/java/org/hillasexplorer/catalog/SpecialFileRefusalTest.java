package org.hillasexplorer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.hillasexplorer.io.SpecialFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only regular files are opened: a FIFO would block the reader until someone writes to it, and a device such as
 * {@code /dev/zero} never ends, so both are refused from their attributes before they are opened.
 */
class SpecialFileRefusalTest {
    /** Far longer than a refusal takes; only reached when the reader blocks. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    /** A FIFO made with {@code mkfifo}, or the test is skipped where there is none (Windows). */
    static Path fifo(Path where) throws Exception {
        return SpecialFiles.fifo(where, "fifo.csv");
    }

    @Test
    void aFifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = fifo(dir);
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            assertThatThrownBy(() -> CatalogReader.read(fifo)).isExactlyInstanceOf(CatalogException.class)
                    .hasMessage(fifo + ": is not a regular file (a FIFO, device or socket?), so not a catalogue file; "
                            + "it was not opened");
            assertThatThrownBy(() -> CurveReader.read(fifo)).isExactlyInstanceOf(CatalogException.class)
                    .hasMessageContaining("is not a regular file");
        });
    }

    @Test
    void aDeviceIsRefusedWithoutReadingIt() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero) && !Files.isRegularFile(zero), "no /dev/zero here");
        assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(() -> CatalogReader.read(zero))
                .isExactlyInstanceOf(CatalogException.class)
                .hasMessage("/dev/zero: is not a regular file (a FIFO, device or socket?), so not a catalogue file; "
                        + "it was not opened"));
    }

    @Test
    void aSymbolicLinkToARegularFileIsStillRead() throws Exception {
        Path real = Files.copy(Path.of("examples/my-simulation.csv"), dir.resolve("real.csv"));
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            assumeTrue(false, "no symbolic links here");
            return;
        }
        assertThat(CatalogReader.read(link).entries()).isNotEmpty();
    }
}
