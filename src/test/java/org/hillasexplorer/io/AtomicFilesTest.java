package org.hillasexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private static long entries(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        }
    }

    @Test
    void writesAndReplacesWholeFiles() throws Exception {
        Path f = dir.resolve("x.txt");
        AtomicFiles.writeString(f, "first");
        AtomicFiles.writeString(f, "second");
        assertThat(Files.readString(f)).isEqualTo("second");
        assertThat(entries(dir)).as("no temp file left").isEqualTo(1);
    }

    @Test
    void failingWriteKeepsTheOldFileAndLeavesNoTemporary() throws Exception {
        Path f = dir.resolve("keep.csv");
        Files.writeString(f, "precious");
        assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
            out.write("half a fi".getBytes());
            throw new IOException("No space left on device");
        })).isInstanceOf(WriteException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("disk full");
        assertThat(Files.readString(f)).isEqualTo("precious");
        assertThat(entries(dir)).isEqualTo(1);
    }

    @Test
    void readOnlyDirectoryIsReportedAsNotWritable() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root ignores permissions, so the check is meaningful only for ordinary users
            assumeFalse(Files.isWritable(ro), "running with privileges that ignore directory permissions");
            Path f = ro.resolve("fig.svg");
            assertThatThrownBy(() -> AtomicFiles.writeString(f, "<svg/>"))
                    .isInstanceOf(WriteException.class)
                    .hasMessageContaining(f.toString())
                    .hasMessageContaining("not writable");
            assertThat(entries(ro)).isZero();
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aDirectoryIsNotOverwritten() throws Exception {
        Path d = Files.createDirectory(dir.resolve("out.png"));
        assertThatThrownBy(() -> AtomicFiles.writeString(d, "x")).isInstanceOf(WriteException.class)
                .hasMessageContaining("is a directory");
        assertThat(d).isDirectory();
    }

    @Test
    void reasonsAreHuman() {
        Path d = Path.of("/data");
        assertThat(AtomicFiles.reason(new java.nio.file.AccessDeniedException("/data/x"), d)).startsWith("not writable");
        assertThat(AtomicFiles.reason(new java.nio.file.FileSystemException("/data/x", null, "No space left on device"), d))
                .startsWith("disk full");
        assertThat(AtomicFiles.reason(new java.nio.file.FileSystemException("/data/x", null, "Read-only file system"), d))
                .startsWith("not writable");
    }
}
