package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.Layout;
import org.hillasexplorer.session.ScenarioFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real app, killed: {@code org.hillasexplorer.Launcher} runs in its own JVM (headless Monocle, as the window
 * tests), opens a changed scenario, autosaves it, and is killed with SIGKILL ({@link Process#destroyForcibly()}). The
 * next start finds the unclean exit and restores the work; the one after that, told not to, keeps it aside.
 */
class AutosaveKillTest {
    private static final Duration START_UP = Duration.ofMinutes(3); // a cold JVM and JavaFX on a busy 2-core machine

    @TempDir
    Path dir;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void killWhatIsLeft() throws InterruptedException {
        for (Process p : processes) {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Path config() {
        return dir.resolve("config");
    }

    private Path folder() {
        return config().resolve("autosave");
    }

    /** Starts the app as a user would (the launcher's main class), headless, with its config in the test folder. */
    private Process launch(String name, List<String> properties, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                // the same platform as the window tests' surefire configuration
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-Dheadless.geometry=1920x1200-32",
                // nothing of the user's: config folder, preferences and home all in the test's folder
                "-D" + ConfigFolder.PROPERTY + "=" + config(), "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"),
                "-Duser.home=" + dir.resolve("home")));
        cmd.addAll(properties);
        cmd.add("org.hillasexplorer.Launcher");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile());
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            // the launcher refuses to open a window without a display; headless Monocle never uses it
            pb.environment().put("DISPLAY", ":0");
        }
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    private String log(String name) throws IOException {
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        return (Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "")
                + (Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : "");
    }

    /** Waits for {@code condition} while {@code p} runs; fails with the process's output if it ended or time ran out. */
    private void await(Process p, String name, String what, Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + START_UP.toNanos();
        while (System.nanoTime() < end) {
            if (condition.call()) {
                return;
            }
            if (!p.isAlive()) {
                throw new AssertionError(name + " ended (exit " + p.exitValue() + ") before " + what + ":\n" + log(name));
            }
            Thread.sleep(100);
        }
        throw new AssertionError(name + ": no " + what + " within " + START_UP + ":\n" + log(name));
    }

    private static void kill(Process p) throws InterruptedException {
        p.destroyForcibly(); // SIGKILL: no shutdown hook, no JavaFX stop()
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.isAlive()).isFalse();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(folder())) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void workSurvivesAKillAndIsRestoredOnTheNextStart() throws Exception {
        assertThat(System.getProperty("java.class.path")).as("the test class path names the app and JavaFX")
                .contains("classes", "javafx-graphics", "monocle");
        ExplorerState changed = ExplorerState.defaults()
                .withScenario(Scenario.defaults().with(Parameters.B_MICROGAUSS, 30.0)).withLayout(Layout.STACKED);
        Path scenario = dir.resolve("changed.json");
        ScenarioFile.write(changed, scenario);

        // 1. the app opens the changed scenario and autosaves it; then it is killed
        Process first = launch("first", List.of(), scenario.toString());
        Path firstAutosave = folder().resolve("session-" + first.pid() + ".json");
        Path firstMarker = folder().resolve("session-" + first.pid() + ".running");
        await(first, "first", "autosave", () -> Files.exists(firstAutosave));
        assertThat(firstMarker).exists();
        assertThat(Files.readString(firstMarker)).contains("pid=" + first.pid());
        assertThat(ScenarioFile.read(firstAutosave)).isEqualTo(changed);
        kill(first);
        assertThat(firstMarker).as("a kill leaves the marker: the exit was not clean").exists();

        // 2. the next start sees the unclean exit; told to restore, its window holds the work and autosaves it anew
        Process second = launch("second", List.of("-D" + AutosaveSession.RESTORE_PROPERTY + "=yes"));
        Path secondAutosave = folder().resolve("session-" + second.pid() + ".json");
        await(second, "second", "autosave of the restored window", () -> Files.exists(secondAutosave));
        assertThat(ScenarioFile.read(secondAutosave)).as("written from the restored window's state").isEqualTo(changed);
        await(second, "second", "removal of the taken-over files", () -> !names().contains("recovered-" + second.pid() + ".json"));
        assertThat(log("second")).contains("Hillas Explorer did not close normally. Restore the work from ", "Restoring it");
        assertThat(names()).containsExactly("session-" + second.pid() + ".json", "session-" + second.pid() + ".running");
        assertThat(ScenarioFile.read(scenario)).as("the user's own file is not touched").isEqualTo(changed);
        kill(second);

        // 3. killed again; the start after that is told not to restore: the work is kept aside, not deleted
        Process third = launch("third", List.of("-D" + AutosaveSession.RESTORE_PROPERTY + "=no"));
        await(third, "third", "the decision", () -> log("third").contains("the autosaved work was not restored; it is kept as"));
        List<String> aside = names().stream().filter(n -> n.matches("autosave-\\d{8}-\\d{6}\\.json")).toList();
        assertThat(aside).hasSize(1);
        assertThat(ScenarioFile.read(folder().resolve(aside.get(0)))).isEqualTo(changed);
        assertThat(names()).containsExactlyInAnyOrder(aside.get(0), "session-" + third.pid() + ".running");
        kill(third);
    }
}
