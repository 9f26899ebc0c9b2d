package org.hillasexplorer.session;

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
 * A scenario file is read as the catalogues are ({@code io.BoundedFiles}): a FIFO or a device is refused from its
 * attributes, before it is opened, instead of blocking the reader (or reading {@code /dev/zero} up to the limit).
 */
class ScenarioFileSpecialFileTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void aFifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = SpecialFiles.fifo(dir, "saved.json");
        assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(() -> ScenarioFile.read(fifo))
                .isExactlyInstanceOf(ScenarioFileException.class)
                .hasMessage(fifo + ": is not a regular file (a FIFO, device or socket?), so not a scenario file; "
                        + "it was not opened"));
    }

    @Test
    void aDeviceIsRefusedWithoutReadingIt() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero) && !Files.isRegularFile(zero), "no /dev/zero here");
        assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(() -> ScenarioFile.read(zero))
                .isExactlyInstanceOf(ScenarioFileException.class)
                .hasMessage("/dev/zero: is not a regular file (a FIFO, device or socket?), so not a scenario file; "
                        + "it was not opened"));
    }
}
