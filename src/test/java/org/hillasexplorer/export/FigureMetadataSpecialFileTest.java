package org.hillasexplorer.export;

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
 * A figure is read as catalogues and scenario files are ({@code io.BoundedFiles}): a FIFO or a device is refused from
 * its attributes, before it is opened, instead of blocking {@code render --from} or the window.
 */
class FigureMetadataSpecialFileTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void aFifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = SpecialFiles.fifo(dir, "fig.png");
        assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(() -> FigureMetadata.read(fifo))
                .isExactlyInstanceOf(ExportException.class)
                .hasMessage("cannot read " + fifo + ": is not a regular file (a FIFO, device or socket?), so not a "
                        + "figure; it was not opened"));
    }

    @Test
    void aDeviceIsRefusedWithoutReadingIt() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero) && !Files.isRegularFile(zero), "no /dev/zero here");
        assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(() -> FigureMetadata.read(zero))
                .isExactlyInstanceOf(ExportException.class)
                .hasMessage("cannot read /dev/zero: is not a regular file (a FIFO, device or socket?), so not a figure; "
                        + "it was not opened"));
    }

    @Test
    void aFigureLargerThanTheLimitIsRefusedFromItsSize() throws Exception {
        Path big = dir.resolve("big.png");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {0}), FigureMetadata.MAX_BYTES); // sparse: nothing is stored
        }
        assertThatThrownBy(() -> FigureMetadata.read(big)).isExactlyInstanceOf(ExportException.class)
                .hasMessage("cannot read " + big + ": is larger than 256 MB; not a Hillas Explorer figure");
    }
}
