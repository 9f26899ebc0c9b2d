package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results that standard output did not take (issue 14, item 4): {@code bands > /dev/full} and the like must not exit
 * 0; the reason goes to stderr as one line.
 */
class LostOutputCliTest {
    @TempDir
    Path dir;

    /** Standard output on a full disk: every write fails as the kernel's ENOSPC does. */
    static final class FullDisk extends OutputStream {
        int attempts;

        @Override
        public void write(int b) throws IOException {
            attempts++;
            throw new IOException("No space left on device");
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            attempts++;
            throw new IOException("No space left on device");
        }
    }

    record Result(int code, String err, int attempts) {
    }

    static Result runIntoFullDisk(String... args) {
        FullDisk full = new FullDisk();
        StringWriter err = new StringWriter();
        int code = Cli.run(full, new PrintWriter(err, true), args);
        return new Result(code, err.toString(), full.attempts);
    }

    @Test
    void everyCommandThatPrintsResultsFailsWhenStandardOutputIsFull() {
        List<String[]> commands = List.of(
                new String[] {"bands", "--plane", "ns"},
                new String[] {"bands", "--plane", "fv"},
                new String[] {"quantities"},
                new String[] {"quantities", "--format", "json", "--energy", "1MeV,1GeV"},
                new String[] {"evaluate"},
                new String[] {"evaluate", "--format", "csv"},
                new String[] {"evaluate", "--format", "json"},
                new String[] {"--help"},
                new String[] {"bands", "--help"},
                new String[] {"--version"});
        for (String[] args : commands) {
            Result r = runIntoFullDisk(args);
            String what = String.join(" ", args);
            assertThat(r.attempts()).as(what + " wrote something").isPositive();
            assertThat(r.code()).as(what).isEqualTo(1);
            assertThat(r.err()).as(what).contains(
                    "could not write the output to standard output: No space left on device (disk full or closed pipe?)");
            assertThat(r.err().lines().filter(l -> l.contains("could not write"))).as(what).hasSize(1);
        }
        assertThat(runIntoFullDisk("bands", "--plane", "ns").err()).startsWith("bands: could not write");
        assertThat(runIntoFullDisk("evaluate").err()).contains("evaluate: could not write");
    }

    @Test
    void aPrintWriterThatFailsIsNoticedToo() {
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(new FullDisk(), true), new PrintWriter(err, true), "quantities");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("quantities: could not write the output to standard output");
    }

    @Test
    void commandsWritingToAFileDoNotNeedStandardOutput() throws Exception {
        Path csv = dir.resolve("bands.csv");
        Result r = runIntoFullDisk("bands", "--plane", "ns", "--out", csv.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).doesNotContain("could not write");
        assertThat(Files.readString(csv)).startsWith("band,vertex,");
    }

    @Test
    void aUsageErrorKeepsItsExitCode() {
        Result r = runIntoFullDisk("bands", "--plane", "xy");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--plane");
    }

    @Test
    void realDevFullInASubprocess() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists() && !full.isFile(), "no /dev/full here");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        for (List<String> args : List.of(List.of("bands", "--plane", "ns"), List.of("quantities"), List.of("evaluate"))) {
            List<String> cmd = new ArrayList<>(List.of(java, "-cp", cp, "org.hillasexplorer.Launcher"));
            cmd.addAll(args);
            Process p = new ProcessBuilder(cmd).redirectOutput(full).redirectErrorStream(false).start();
            boolean done = p.waitFor(120, TimeUnit.SECONDS);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!done) {
                p.destroyForcibly();
            }
            assertThat(done).as(args + " finished").isTrue();
            assertThat(p.exitValue()).as(args + ": " + err).isEqualTo(1);
            assertThat(err).as(String.valueOf(args)).contains(args.get(0) + ": could not write the output to standard output: ",
                    "(disk full or closed pipe?)");
        }
    }
}
