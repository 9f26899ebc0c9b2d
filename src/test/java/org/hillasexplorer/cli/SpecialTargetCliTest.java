package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --out} naming a device, /dev or a link, end to end (issue 14, item 3). */
class SpecialTargetCliTest {
    @TempDir
    Path dir;

    @Test
    void bandsOutDevFullIsRefusedAndTheDeviceStays() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full) && !Files.isRegularFile(full), "no /dev/full here");
        CliTest.Result r = CliTest.run("bands", "--plane", "ns", "--out", "/dev/full");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bands: cannot write /dev/full: it is a device/special file (character device), "
                + "not a regular file; choose a file path");
        assertThat(Files.isRegularFile(full, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void renderIntoDevIsRefused() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/dev")), "no /dev here");
        Path f = Path.of("/dev/hillas-cli-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".svg");
        try {
            CliTest.Result r = CliTest.run("render", "--plane", "ns", "--out", f.toString());
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("render: cannot write " + f + ": /dev is the system's device directory");
            assertThat(f).doesNotExist();
        } finally {
            Files.deleteIfExists(f);
        }
    }

    @Test
    void aLinkedOutputFileStaysALink() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        Path link = Files.createSymbolicLink(dir.resolve("bands.csv"), data.resolve("bands.csv"));
        CliTest.Result r = CliTest.run("bands", "--plane", "fv", "--out", link.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(data.resolve("bands.csv"))).startsWith("band,vertex,");
    }

    @Test
    void outDevStdoutOnAPipeIsRefusedAndStaysALink() throws Exception {
        Path stdout = Path.of("/dev/stdout");
        assumeTrue(Files.isSymbolicLink(stdout), "no /dev/stdout link here");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.hillasexplorer.Launcher", "bands", "--plane", "ns", "--out", "/dev/stdout")).start(); // stdout: a pipe
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        assertThat(done).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isEqualTo(1);
        assertThat(err).contains("cannot write /dev/stdout: it leads to a device/special file (FIFO or pipe), "
                + "not a regular file");
        assertThat(Files.isSymbolicLink(stdout)).isTrue();
    }
}
