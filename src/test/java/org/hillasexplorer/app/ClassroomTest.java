package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.hillasexplorer.figure.FigureStyle;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.teaching.TourStep;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Classroom mode as a teacher uses it: presentation mode, the tour, animation, snapshots, "why?". */
class ClassroomTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void f5EntersPresentationModeAndEscLeavesIt(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.appearance().presentationProperty().get()).isTrue();
        assertThat(window.appearance().style().name()).startsWith(FigureStyle.PRESENTATION.name());
        assertThat(robot.lookup("#essentials").query().isVisible()).isTrue();
        assertThat(robot.lookup("#slider-delta").tryQuery()).isEmpty(); // the full parameter panel is gone
        assertThat(robot.lookup("#present-slider-delta").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.appearance().presentationProperty().get()).isFalse();
        assertThat(robot.lookup("#slider-delta").tryQuery()).isPresent();
        assertThat(robot.lookup("#essentials").query().isVisible()).isFalse();
    }

    @Test
    void darkThemeSwitchesTheFigureStyle(FxRobot robot) {
        robot.clickOn("#dark-toggle");
        assertThat(window.appearance().style().name()).contains("dark");
        assertThat(window.plots().viewer(Plane.NUMBER_DENSITY).getChart().getBackgroundPaint())
                .isEqualTo(window.appearance().style().palette().background());
    }

    @Test
    void tourStepsApplyTheirParametersAndCanBeLeftAtAnyStep(FxRobot robot) {
        robot.clickOn("#tour-start");
        Classroom c = window.classroom();
        assertThat(c.tourStep()).isZero();
        for (int i = 0; i < c.tourSteps().size(); i++) {
            TourStep s = c.tourSteps().get(i);
            assertThat(c.tourStep()).isEqualTo(i);
            assertThat(model().scenario()).isEqualTo(s.state().scenario());
            assertThat(model().layoutProperty().get()).isEqualTo(s.state().layout());
            assertThat(window.plotsModel().rigidityViewProperty().get()).isEqualTo(s.showRigidityView());
            assertThat(window.plots().highlights()).isEqualTo(s.highlights());
            assertThat(robot.lookup("#tour-title").queryLabeled().getText()).isEqualTo(s.title());
            if (i < c.tourSteps().size() - 1) {
                robot.clickOn("#tour-next");
            }
        }
        robot.clickOn("#tour-back");
        assertThat(c.tourStep()).isEqualTo(c.tourSteps().size() - 2);
        robot.clickOn("#tour-leave");
        assertThat(c.tourStep()).isEqualTo(-1);
        assertThat(window.plots().highlights()).isEmpty();
        assertThat(robot.lookup("#tour-card").query().isVisible()).isFalse();
    }

    @Test
    void animationSweepsAndPauseLeavesTheValueWhereItIs() {
        fx(() -> window.animation().start(Parameters.DELTA_S));
        assertThat(window.animator().isPlaying()).isTrue();
        fx(() -> {
            for (int i = 0; i < 25; i++) {
                window.animator().step(0.04);
            }
        });
        double during = model().scenario().deltaS();
        assertThat(during).isBetween(0.3, 0.7).isNotEqualTo(0.5);
        fx(() -> window.animator().pause());
        double paused = model().scenario().deltaS();
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.animator().isPlaying()).isFalse();
        assertThat(model().scenario().deltaS()).isEqualTo(paused);
        fx(() -> model().undo());
        assertThat(model().scenario().deltaS()).isEqualTo(0.5); // a whole sweep is one undo step
    }

    @Test
    void playButtonBesideASliderTogglesItsSweep(FxRobot robot) {
        robot.clickOn("#play-b-ug");
        assertThat(window.animator().playingProperty().get()).isEqualTo(Parameters.B_MICROGAUSS);
        robot.clickOn("#play-b-ug");
        assertThat(window.animator().isPlaying()).isFalse();
    }

    @Test
    void snapshotsGetSortableNamesAndArePictures() throws Exception {
        Path[] files = new Path[2];
        fx(() -> {
            files[0] = window.classroom().snapshotTo(dir).orElseThrow();
            files[1] = window.classroom().snapshotTo(dir).orElseThrow();
        });
        assertThat(files[0].getFileName().toString()).matches("hillas-\\d{8}-\\d{6}-\\d{2}\\.png");
        assertThat(files[0].getFileName().toString()).isLessThan(files[1].getFileName().toString());
        assertThat(ImageIO.read(files[0].toFile()).getWidth()).isGreaterThan(1000);
        assertThat(Files.list(dir).count()).isEqualTo(2);
    }

    @Test
    void whyButtonsOpenAnExplanation(FxRobot robot) {
        robot.clickOn("#why-b-ug");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#why-popover").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#why-bands");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#why-popover").tryQuery()).isPresent();
    }
}
