package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.hillasexplorer.montecarlo.SimulationKnob;
import org.hillasexplorer.montecarlo.SimulationKnobs;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code simulate} end to end: measured against expected, the regime map, one-line errors. */
class SimulateCliTest {
    @TempDir
    Path dir;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void jsonReportsFourMeasurementsWithRatiosAndErrors() throws Exception {
        String[] r = run("simulate", "--particles", "400", "--fv", "0.01", "--tau-s", "30", "--seed", "7", "--threads", "2",
                "--format", "json");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        JsonNode j = new ObjectMapper().readTree(r[1]);
        assertThat(j.get("measurements")).hasSize(4);
        for (JsonNode m : j.get("measurements")) {
            assertThat(m.get("ratio").asDouble()).as(m.get("name").asText()).isPositive();
            assertThat(m.get("error").asDouble()).isGreaterThanOrEqualTo(0);
        }
        assertThat(j.get("scattering_events").asLong()).isPositive();
        assertThat(j.get("optical_depth").asDouble()).isCloseTo(30, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void sameSeedSameTableAndARegimeMapFigure() throws Exception {
        String[] a = run("simulate", "--particles", "200", "--seed", "3", "--threads", "1", "--format", "json");
        String[] b = run("simulate", "--particles", "200", "--seed", "3", "--threads", "2", "--format", "json");
        JsonNode ja = new ObjectMapper().readTree(a[1]);
        JsonNode jb = new ObjectMapper().readTree(b[1]);
        assertThat(ja.get("measurements")).isEqualTo(jb.get("measurements"));
        Path png = dir.resolve("map.png");
        String[] m = run("simulate", "--particles", "100", "--regime-map", png.toString(), "--tau-range", "0.3..30:3",
                "--fv-range", "0.01..0.1:2", "--cell-particles", "60");
        assertThat(m[0]).as(m[2]).isEqualTo("0");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(2000);
        assertThat(m[1]).contains("ℓ_mfp", "κ_∥", "Δt_s");
    }

    @Test
    void badValuesAreOneLineUsageErrors() {
        String[] r = run("simulate", "--fv", "2");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2].lines().findFirst().orElseThrow()).contains("f_V");
        assertThat(run("simulate", "--ls", "3 TeV")[2]).contains("--ls", "TeV is an energy");
        assertThat(run("simulate", "--tau-range", "10..1:3", "--regime-map", "x.png")[2]).contains("--tau-range");
    }

    @Test
    void everyKnobIsAnOptionWithItsLabelAndHelp() {
        CommandLine.Model.CommandSpec spec = Cli.commandLine().getSubcommands().get("simulate").getCommandSpec();
        String help = run("simulate", "--help")[1].replaceAll("\\s+", " ");
        for (SimulationKnob k : SimulationKnobs.ALL) {
            CommandLine.Model.OptionSpec o = spec.findOption(k.cliOption());
            assertThat(o).as(k.key()).isNotNull();
            assertThat(o.paramLabel()).isEqualTo(k.paramLabel());
            assertThat(o.description()).containsExactly(k.help());
            assertThat(o.defaultValue()).as("the default is the knob's, applied by SimulationKnobs").isNull();
            assertThat(help).contains(k.cliOption() + "=" + k.paramLabel() + " " + k.help().replaceAll("\\s+", " "));
        }
    }

    @Test
    void theMessagesNameTheOptionAndItsRange() {
        assertThat(run("simulate", "--fv", "2")[2]).startsWith("simulate: --fv: f_V = 2 is outside (0, 1)");
        assertThat(run("simulate", "--particles", "0")[2]).startsWith("simulate: --particles: particles = 0 is outside [1, 1e7]");
        assertThat(run("simulate", "--tau-s", "3", "--nu-s", "1e-6")[2]).startsWith("simulate: --tau-s and --nu-s: give one of them");
        assertThat(run("simulate", "--max-events", "-1")[2]).startsWith("simulate: --max-events: max events = -1 must be positive");
        assertThat(run("simulate", "--fv-range", "0.1..2:3", "--regime-map", "x.png")[2])
                .startsWith("simulate: --fv-range: '0.1..2:3' must be LO..HI:N with 0 < LO < HI < 1 and 2 ≤ N ≤ 30");
        // a grid is read only for a regime map, as before
        assertThat(run("simulate", "--fv-range", "junk", "--particles", "50", "--threads", "1")[0]).isEqualTo("0");
    }

    // ---- bounded runs (issue 14, item 6) ----

    private static String[] runGuarded(String... args) {
        // a hang guard, not a benchmark: a refused run answers at once, a run that starts takes minutes
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(args));
    }

    @Test
    void aRunAboveTheLimitIsRefusedAtOnceWithTheEstimate() {
        String[] r = runGuarded("simulate", "--tau-s", "1e4", "--particles", "10", "--threads", "2");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).isEmpty();
        String message = r[2].lines().findFirst().orElseThrow();
        // 10 particles × τ_s 1e4 × (150 τ_s) mean-free-path times, about 40 min at 6e7 events/s
        assertThat(message).startsWith("simulate: ").contains("≈ 1.5e11 events", "min on 2 threads", "limit of 1e10",
                "--particles", "--tau-s", "--duration", "--max-events 1.6e11");
    }

    @Test
    void absurdInputsAreRefusedQuicklyNeverRun() {
        for (String[] args : new String[][] {{"--tau-s", "1e12"}, {"--duration", "1e30yr"}, {"--tau-s", "1e12", "--particles", "1"},
                {"--duration", "1e30yr", "--tau-s", "0.001", "--fv", "0.5"}}) {
            String[] cmd = new String[args.length + 1];
            cmd[0] = "simulate";
            System.arraycopy(args, 0, cmd, 1, args.length);
            String[] r = runGuarded(cmd);
            assertThat(r[0]).as(String.join(" ", args)).isEqualTo("2");
            assertThat(r[2]).as(String.join(" ", args)).contains("events", "years", "would not finish").doesNotContain("Exception");
        }
        for (String[] args : new String[][] {{"--tau-s", "1e400"}, {"--tau-s", "NaN"}, {"--duration", "1e400yr"},
                {"--max-events", "NaN"}, {"--max-events", "-1"}}) {
            String[] cmd = new String[args.length + 1];
            cmd[0] = "simulate";
            System.arraycopy(args, 0, cmd, 1, args.length);
            String[] r = runGuarded(cmd);
            assertThat(r[0]).as(String.join(" ", args)).isEqualTo("2");
            assertThat(r[2]).doesNotContain("Exception");
        }
    }

    @Test
    void aRegimeMapAboveTheLimitIsRefusedBeforeAnythingRunsOrIsWritten() {
        Path png = dir.resolve("map.png");
        String[] r = runGuarded("simulate", "--particles", "10", "--regime-map", png.toString(), "--tau-range", "1..1e6:5");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).isEmpty();
        assertThat(r[2]).contains("simulation and regime map", "events", "--cell-particles", "--tau-range", "--max-events");
        assertThat(png).doesNotExist();
    }

    @Test
    void maxEventsLowersOrRaisesTheLimit() {
        // 20 particles × 30 × 4500 ≈ 2.7e6 re-draws (+ crossings)
        String[] refused = runGuarded("simulate", "--particles", "20", "--max-events", "1e6");
        assertThat(refused[0]).isEqualTo("2");
        assertThat(refused[2]).contains("≈ 2.8e6 events", "limit of 1e6", "--max-events 2.8e6");
        String[] allowed = runGuarded("simulate", "--particles", "20", "--max-events", "2.8e6");
        assertThat(allowed[0]).as(allowed[2]).isEqualTo("0");
        assertThat(allowed[1]).contains("ℓ_mfp");
    }

    @Test
    void progressOffATerminalIsTheTenthsAsBefore() {
        String[] r = runGuarded("simulate", "--particles", "300", "--threads", "2");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[2]).doesNotContain("\r");
        assertThat(r[2].lines()).isNotEmpty().allMatch(l -> l.matches("simulate: \\d+ %"));
        assertThat(r[2].lines()).contains("simulate: 100 %");
    }

    @Test
    void onATerminalProgressIsOneUpdatingLineWipedBeforeTheResults() {
        java.util.function.BooleanSupplier before = SimulateCommand.terminal;
        SimulateCommand.terminal = () -> true;
        try {
            String[] r = runGuarded("simulate", "--particles", "300", "--threads", "2");
            assertThat(r[0]).isEqualTo("0");
            assertThat(r[2]).contains("\rsimulate: ").contains(" events · ").doesNotContain("\n");
            assertThat(r[2]).endsWith("\r");
            assertThat(r[2].substring(r[2].lastIndexOf("events"))).matches("(?s)events · [^\r]*\r *\r");
            assertThat(r[1]).contains("ℓ_mfp");
        } finally {
            SimulateCommand.terminal = before;
        }
    }

    @Test
    void anInterruptedRunPrintsInterruptedAndExits130WithoutWritingTheFigure() throws Exception {
        Path png = dir.resolve("map.png");
        // ≈ 1.4e9 events: tens of seconds if it were not stopped
        AtomicReference<String[]> result = new AtomicReference<>();
        StringWriter err = new StringWriter();
        Thread cli = new Thread(() -> {
            StringWriter out = new StringWriter();
            int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "simulate", "--particles", "100",
                    "--tau-s", "300", "--threads", "2", "--regime-map", png.toString());
            result.set(new String[] {String.valueOf(code), out.toString(), err.toString()});
        });
        cli.start();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            while (!err.toString().contains("simulate: ") && cli.isAlive()) {
                Thread.sleep(20);
            }
            cli.interrupt(); // what the Ctrl+C hook does, besides setting the cancel flag
            cli.join();
        });
        String[] r = result.get();
        assertThat(r[0]).as(r[2]).isEqualTo("130");
        assertThat(r[2]).endsWith("simulate: interrupted" + System.lineSeparator()).doesNotContain("Exception");
        assertThat(r[1]).isEmpty();
        assertThat(png).doesNotExist();
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void ctrlCInARealProcessExits130WithoutAStackTraceOrPartialFiles() throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux"),
                "sends SIGINT with kill(1) and reads /proc");
        String classpath = System.getProperty("java.class.path", "");
        Assumptions.assumeTrue(classpath.contains("classes"), "needs the test classpath with target/classes: " + classpath);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path png = dir.resolve("map.png");
        Path errFile = dir.resolve("..").resolve(dir.getFileName() + "-err.txt").normalize();
        Process child = new ProcessBuilder(java.toString(), "-cp", classpath, "org.hillasexplorer.Launcher", "simulate",
                "--particles", "100", "--tau-s", "300", "--threads", "2", "--regime-map", png.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errFile.toFile()).start();
        try {
            String err = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                while (child.isAlive() && !Files.readString(errFile).contains("simulate: ")) {
                    Thread.sleep(50);
                }
                return Files.readString(errFile);
            });
            Assumptions.assumeTrue(child.isAlive(), "the child ended before it could be interrupted: " + err);
            // a process started with SIGINT ignored (e.g. a background job of a non-interactive shell) cannot get Ctrl+C
            String status = Files.readString(Path.of("/proc", String.valueOf(child.pid()), "status"));
            long ignored = status.lines().filter(l -> l.startsWith("SigIgn:")).map(l -> Long.parseUnsignedLong(l.substring(7).strip(), 16))
                    .findFirst().orElse(0L);
            Assumptions.assumeTrue((ignored & 2) == 0, "SIGINT is ignored in this environment");
            Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(child.pid())).start();
            assertThat(kill.waitFor()).isZero();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("exits after SIGINT").isTrue();
            String after = Files.readString(errFile);
            assertThat(child.exitValue()).as(after).isEqualTo(130);
            assertThat(after).contains("simulate: interrupted").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(dir.toFile().list()).as("no figure, no temporary file").isEmpty();
        } finally {
            child.destroyForcibly();
            Files.deleteIfExists(errFile);
        }
    }
}
