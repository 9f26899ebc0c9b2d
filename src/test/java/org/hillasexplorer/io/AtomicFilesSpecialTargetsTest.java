package org.hillasexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Targets that are not plain files (issue 14, item 3): devices, FIFOs and the device folder are refused and left as
 * they were; symbolic links are written through and stay links.
 */
class AtomicFilesSpecialTargetsTest {
    @TempDir
    Path dir;

    private static boolean isSpecial(Path p) throws IOException {
        return SpecialFiles.isSpecial(p);
    }

    private static List<String> names(Path d) throws IOException {
        return SpecialFiles.names(d);
    }

    private static boolean run(String... command) {
        return SpecialFiles.run(command);
    }

    /** A character device made in the temporary folder (the null device's numbers), if this user may make one. */
    private Path device(String name) {
        return SpecialFiles.nullDevice(dir, name);
    }

    @Test
    void aDeviceIsRefusedAndStaysADevice() throws Exception {
        Path dev = device("fig.svg");
        assertThatThrownBy(() -> AtomicFiles.writeString(dev, "<svg/>"))
                .isInstanceOf(WriteException.class)
                .hasMessageContaining(dev.toString())
                .hasMessageContaining("is a device/special file (character device), not a regular file; choose a file path");
        assertThat(isSpecial(dev)).as("still a device").isTrue();
        assertThat(names(dir)).as("no temporary file left").containsExactly("fig.svg");
    }

    @Test
    void devNullAndDevFullStayDevices() throws Exception {
        for (String name : List.of("/dev/null", "/dev/full")) {
            Path dev = Path.of(name);
            assumeTrue(Files.exists(dev) && !Files.isRegularFile(dev), name + " is not a device here");
            assertThatThrownBy(() -> AtomicFiles.writeString(dev, "band,vertex\n"))
                    .isInstanceOf(WriteException.class)
                    .hasMessageContaining("cannot write " + name)
                    .hasMessageContaining("not a regular file");
            assertThat(Files.isRegularFile(dev)).as(name + " must stay a device").isFalse();
            assertThat(isSpecial(dev)).isTrue();
        }
        try (Stream<Path> s = Files.list(Path.of("/dev"))) {
            assertThat(s.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(".null.") || n.startsWith(".full."));
        }
    }

    @Test
    void noFileIsCreatedInDev() throws Exception {
        Path dev = Path.of("/dev");
        assumeTrue(Files.isDirectory(dev), "no /dev here");
        Path f = dev.resolve("hillas-test-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".svg");
        try {
            assertThatThrownBy(() -> AtomicFiles.writeString(f, "<svg/>"))
                    .isInstanceOf(WriteException.class)
                    .hasMessageContaining("cannot write " + f)
                    .hasMessageContaining("/dev is the system's device directory, not a folder for files")
                    .hasMessageContaining("choose a file path in another folder");
            assertThat(f).doesNotExist();
        } finally {
            Files.deleteIfExists(f);
        }
    }

    @Test
    void aFolderOnADeviceFileSystemIsRefused() throws Exception {
        Path pts = Path.of("/dev/pts");
        assumeTrue(Files.isDirectory(pts) && "devpts".equals(Files.getFileStore(pts).type()), "no devpts at /dev/pts");
        Path f = pts.resolve("fig.png");
        assertThatThrownBy(() -> AtomicFiles.writeString(f, "x"))
                .isInstanceOf(WriteException.class)
                .hasMessageContaining("is on a device file system (devpts)");
        assertThat(f).doesNotExist();
    }

    @Test
    void aFifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("table.csv");
        assumeTrue(run("mkfifo", fifo.toString()), "mkfifo not available");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> AtomicFiles.writeString(fifo, "a,b\n"))
                        .isInstanceOf(WriteException.class)
                        .hasMessageContaining(fifo.toString())
                        .hasMessageContaining("FIFO")
                        .hasMessageContaining("not a regular file"));
        assertThat(isSpecial(fifo)).as("still a FIFO").isTrue();
        assertThat(names(dir)).containsExactly("table.csv");
    }

    @Test
    void aSymbolicLinkIsFollowedAndStaysALink() throws Exception {
        Path real = Files.createDirectory(dir.resolve("data")).resolve("fig.svg");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("fig.svg"), Path.of("data/fig.svg"));
        AtomicFiles.writeString(link, "new");
        assertThat(Files.isSymbolicLink(link)).as("the link stays a link").isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("data/fig.svg"));
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(names(dir)).containsExactly("data", "fig.svg");
        assertThat(names(dir.resolve("data"))).as("temporary file went next to the real file and is gone")
                .containsExactly("fig.svg");
    }

    @Test
    void aChainOfLinksIsFollowedToTheEnd() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path real = Files.writeString(sub.resolve("t.csv"), "old");
        Path second = Files.createSymbolicLink(sub.resolve("second.csv"), Path.of("t.csv"));
        Path first = Files.createSymbolicLink(dir.resolve("first.csv"), second);
        AtomicFiles.writeString(first, "new");
        assertThat(Files.isSymbolicLink(first)).isTrue();
        assertThat(Files.isSymbolicLink(second)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void aDanglingLinkIsWrittenThroughWhenItsFolderExists() throws Exception {
        Path other = Files.createDirectory(dir.resolve("other"));
        Path link = Files.createSymbolicLink(dir.resolve("out.csv"), other.resolve("new.csv"));
        AtomicFiles.writeString(link, "a,b\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(other.resolve("new.csv"))).isEqualTo("a,b\n");
        assertThat(names(other)).containsExactly("new.csv");
    }

    @Test
    void aDanglingLinkIntoAMissingFolderIsRefused() throws Exception {
        Path missing = dir.resolve("gone/new.csv");
        Path link = Files.createSymbolicLink(dir.resolve("out.csv"), missing);
        assertThatThrownBy(() -> AtomicFiles.writeString(link, "x"))
                .isInstanceOf(WriteException.class)
                .hasMessageContaining("cannot write " + link)
                .hasMessageContaining("is a symbolic link to " + missing + ", whose directory does not exist");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(dir.resolve("gone")).doesNotExist();
    }

    @Test
    void aLinkToADeviceIsRefusedAndBothStay() throws Exception {
        Path dev = device("sink");
        Path link = Files.createSymbolicLink(dir.resolve("fig.pdf"), dev);
        assertThatThrownBy(() -> AtomicFiles.writeBytes(link, new byte[] {1, 2, 3}))
                .isInstanceOf(WriteException.class)
                .hasMessageContaining("its link target " + dev + " is a device/special file")
                .hasMessageContaining("not a regular file");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(isSpecial(dev)).isTrue();
    }

    @Test
    void aLinkLoopIsRefused() throws Exception {
        Path a = dir.resolve("a.svg");
        Path b = dir.resolve("b.svg");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertThatThrownBy(() -> AtomicFiles.writeString(a, "x"))
                .isInstanceOf(WriteException.class)
                .hasMessageContaining("too many levels of symbolic links");
        assertThat(Files.isSymbolicLink(a)).isTrue();
        assertThat(Files.isSymbolicLink(b)).isTrue();
    }

    @Test
    void aLinkToADirectoryIsRefused() throws Exception {
        Path d = Files.createDirectory(dir.resolve("d"));
        Path link = Files.createSymbolicLink(dir.resolve("fig.png"), d);
        assertThatThrownBy(() -> AtomicFiles.writeString(link, "x"))
                .isInstanceOf(WriteException.class)
                .hasMessageContaining("its link target " + d.toRealPath() + " is a directory");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(names(d)).isEmpty();
    }

}
