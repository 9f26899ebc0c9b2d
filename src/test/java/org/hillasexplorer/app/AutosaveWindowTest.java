package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.Layout;
import org.hillasexplorer.session.ScenarioFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Autosave in a real window (headless): what a drag writes, and the restore dialog after an unclean exit. */
class AutosaveWindowTest extends WindowTestBase {
    private Stage stage;
    private AutosaveSession session;
    private final List<String> problems = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
    }

    @AfterEach
    void closeSession() {
        if (session != null) {
            session.close();
        }
    }

    private Path folder() {
        return dir.resolve("autosave");
    }

    /** Starts autosave for the window; {@code question} answers the restore question (the real dialog or not). */
    private Future<Optional<AutosaveSession>> startAutosave(AutosaveSession.Question question) {
        Autosave core = Autosave.inFolder(folder(), problems::add);
        return WaitForAsyncUtils.asyncFx(() -> AutosaveSession.start(window, stage, core, question));
    }

    private AutosaveSession started(Future<Optional<AutosaveSession>> f) throws Exception {
        session = f.get(30, TimeUnit.SECONDS).orElseThrow();
        return session;
    }

    /** A process that autosaved {@code state} while editing {@code file} and was then killed. */
    private static void killedProcessLeft(Path folder, ExplorerState state, Path file) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue(); // a real process id, no longer running
        Autosave dead = new Autosave(folder, p.pid(), null, Autosave.daemonTimer(), Clock.systemDefaultZone(),
                AutosaveRecovery::processRunning, m -> { });
        dead.start();
        dead.changed(new Autosave.Snapshot(state, file));
        dead.flush();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    /** Clicks the restore dialog's button {@code text} once the dialog is on screen and laid out. */
    private void clickButton(FxRobot robot, String text) throws Exception {
        DialogPane pane = robot.lookup("#autosave-restore").queryAs(DialogPane.class);
        javafx.scene.control.ButtonType type = pane.getButtonTypes().stream().filter(b -> b.getText().equals(text))
                .findFirst().orElseThrow();
        javafx.scene.Node button = pane.lookupButton(type);
        waitFor(() -> pane.getScene() != null && pane.getScene().getWindow() != null && pane.getScene().getWindow().isShowing()
                && button.isVisible() && button.getLayoutBounds().getWidth() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(button);
    }

    private ExplorerState changedState(Path catalogue) {
        return ExplorerState.defaults().withScenario(Scenario.defaults().with(Parameters.B_MICROGAUSS, 30.0))
                .withLayout(Layout.STACKED).withCatalogFiles(List.of(catalogue.toString()));
    }

    private Path catalogue() throws Exception {
        Path csv = dir.resolve("sim.csv");
        Files.writeString(csv, "name,size_min [pc],size_max [pc],n_s_min [pc^-3],n_s_max [pc^-3]\nsheets,1e-5,1e-3,1e6,1e8\n",
                StandardCharsets.UTF_8);
        return csv;
    }

    @Test
    void aFreshWindowIsAtTheDefaultsSoAKillBeforeAnyChangeOffersNothing() {
        assertThat(ScenarioFile.toJson(window.model().state())).isEqualTo(ScenarioFile.toJson(ExplorerState.defaults()));
    }

    @Test
    void aSliderDragIsAutosavedOnceAfterItEndsAndEachLaterChangeToo(FxRobot robot) throws Exception {
        Autosave a = started(startAutosave((o, r, f) -> false)).autosave();
        assertThat(a.marker()).exists();
        Slider slider = robot.lookup("#slider-delta").queryAs(Slider.class);
        long t0 = System.nanoTime();
        robot.drag(slider.lookup(".thumb")).moveBy(10, 0).moveBy(10, 0).moveBy(10, 0).moveBy(10, 0).moveBy(10, 0)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        boolean quick = System.nanoTime() - t0 < Autosave.QUIET.toNanos(); // no pause in the drag as long as the debounce
        double delta = model().scenario().deltaS();
        assertThat(delta).isGreaterThan(0.5);
        waitFor(() -> Files.exists(a.file()));
        Thread.sleep(Autosave.QUIET.toMillis() + 500); // nothing more comes of the drag
        if (quick) {
            assertThat(a.writes()).as("one write for the whole drag").isEqualTo(1);
        } else { // a machine so busy that the drag itself paused: still nothing like one write per pulse
            assertThat(a.writes()).isBetween(1, 3);
        }
        assertThat(ScenarioFile.read(a.file()).scenario().deltaS()).isEqualTo(delta);

        fx(() -> window.plotsModel().setLayout(Layout.STACKED));
        int before = a.writes();
        waitFor(() -> a.writes() == before + 1);
        assertThat(ScenarioFile.read(a.file())).isEqualTo(window.model().state());
        assertThat(problems).isEmpty();
    }

    @Test
    void afterAnUncleanExitTheDialogOffersTheWorkAndRestoreGivesItBack(FxRobot robot) throws Exception {
        Path csv = catalogue();
        Path scenario = Files.writeString(dir.resolve("mine.json"), ScenarioFile.toJson(ExplorerState.defaults()));
        killedProcessLeft(folder(), changedState(csv), scenario);

        Future<Optional<AutosaveSession>> f = startAutosave(AutosaveSession::ask);
        waitFor(() -> robot.lookup("#autosave-restore").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#autosave-restore").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).matches("Hillas Explorer did not close normally\\. Restore the work from \\d\\d:\\d\\d\\?");
        assertThat(pane.getContentText() + ((javafx.scene.control.Label) pane.getContent()).getText())
                .contains("mine.json", "Discard keeps it aside", folder().toString());
        clickButton(robot, AutosaveSession.RESTORE);
        Autosave a = started(f).autosave();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model().scenario().bMicroGauss()).isEqualTo(30.0);
        assertThat(model().layoutProperty().get()).isEqualTo(Layout.STACKED);
        assertThat(window.userCatalogs().files()).containsExactly(csv.toAbsolutePath().normalize());
        assertThat(model().catalogs()).hasSize(2);
        assertThat(model().fileProperty().get()).isEqualTo(scenario);
        assertThat(model().dirtyProperty().get()).isTrue();
        assertThat(stage.getTitle()).startsWith("• mine.json");
        // the restored window writes its own autosave; the taken-over file then goes
        waitFor(() -> Files.exists(a.file()));
        assertThat(ScenarioFile.read(a.file())).isEqualTo(changedState(csv.toAbsolutePath().normalize()));
        waitFor(() -> {
            try (Stream<Path> s = Files.list(folder())) {
                return s.noneMatch(p -> p.getFileName().toString().startsWith("recovered-"));
            }
        });
    }

    @Test
    void discardKeepsTheWorkAsideAndTheWindowAtTheDefaults(FxRobot robot) throws Exception {
        killedProcessLeft(folder(), changedState(catalogue()), null);
        Future<Optional<AutosaveSession>> f = startAutosave(AutosaveSession::ask);
        waitFor(() -> robot.lookup("#autosave-restore").tryQuery().isPresent());
        clickButton(robot, AutosaveSession.DISCARD);
        Autosave a = started(f).autosave();
        assertThat(model().scenario()).isEqualTo(Scenario.defaults());
        assertThat(window.userCatalogs().files()).isEmpty();
        try (Stream<Path> s = Files.list(folder())) {
            List<Path> aside = s.filter(p -> p.getFileName().toString().matches("autosave-\\d{8}-\\d{6}\\.json")).toList();
            assertThat(aside).hasSize(1);
            assertThat(ScenarioFile.read(aside.get(0)).scenario().bMicroGauss()).isEqualTo(30.0);
        }
        assertThat(a.marker()).exists();
    }

    @Test
    void aDamagedAutosaveIsNamedInAWarningAndTheWindowStartsAsUsual(FxRobot robot) throws Exception {
        killedProcessLeft(folder(), changedState(catalogue()), null);
        Path damaged;
        try (Stream<Path> s = Files.list(folder())) {
            damaged = s.filter(p -> p.getFileName().toString().endsWith(".json")).findFirst().orElseThrow();
        }
        Files.writeString(damaged, "{\"format\": \"hillas-explorer-scenario\", \"version\": 1, \"scenario\": {\"delta\": 7}}");
        started(startAutosave((o, r, f) -> {
            throw new AssertionError("nothing to restore");
        }));
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String text = ((javafx.scene.control.Label) pane.getContent()).getText();
        assertThat(pane.getHeaderText()).isEqualTo("Autosaved work could not be read");
        assertThat(text).contains(damaged.getFileName().toString(), "delta", "set aside as", ".damaged.json");
        fx(() -> ((Stage) pane.getScene().getWindow()).close());
        assertThat(model().scenario()).isEqualTo(Scenario.defaults());
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void theQuestionSaysWhenTheWorkWasSaved() {
        ZoneId utc = ZoneId.of("UTC");
        var r = new Autosave.Recovery(ExplorerState.defaults(), java.time.Instant.parse("2024-02-03T14:05:00Z"), null, 0);
        assertThat(AutosaveSession.question(r, utc))
                .isEqualTo("Hillas Explorer did not close normally. Restore the work from 3 Feb 2024, 14:05?");
        var today = new Autosave.Recovery(ExplorerState.defaults(), java.time.Instant.now(), null, 2);
        assertThat(AutosaveSession.question(today, utc)).matches(".* from \\d\\d:\\d\\d\\?");
        assertThat(AutosaveSession.details(today, Path.of("/cfg/autosave"))).contains("not been saved", "/cfg/autosave",
                "2 older autosaves");
    }
}
