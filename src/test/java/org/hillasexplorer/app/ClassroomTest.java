package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Axis;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.FigureStyle;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.Layout;
import org.hillasexplorer.teaching.Highlight;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.teaching.TourStep;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Classroom mode as a teacher uses it: presentation mode, the tour, animation, snapshots, "why?". */
class ClassroomTest extends WindowTestBase {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
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

    // ---------------------------------------------------------------- issue 13, items 5 and 6

    @Test
    void leavingTheTourGivesTheWholeStateBackAtAnyStepAndAfterTheLast(FxRobot robot) {
        fx(() -> {
            model().change(model().scenario().with(Parameters.DELTA_S, 0.8));
            window.plotsModel().setLayout(Layout.STACKED);
            window.plotsModel().setShown(FigureOptions.Element.CANDIDATE_LABELS, false);
            window.plotsModel().rigidityViewProperty().set(true);
            window.plotsModel().moveView(Plane.NUMBER_DENSITY, new ViewRange(-2, 6, -8, 12));
        });
        ExplorerState before = model().state();
        boolean dirty = model().dirtyProperty().get();
        Classroom c = window.classroom();
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(c.tourStep()).isZero();
        robot.clickOn("#tour-next");
        robot.clickOn("#tour-next");
        assertThat(model().state()).isNotEqualTo(before);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(c.tourStep()).isEqualTo(-1);
        assertThat(model().state()).as("Esc during the tour").isEqualTo(before);
        assertThat(window.plotsModel().rigidityViewProperty().get()).isTrue();
        assertThat(model().dirtyProperty().get()).isEqualTo(dirty);
        assertThat(robot.lookup("#slider-delta").tryQuery()).as("the side panels are back").isPresent();

        robot.clickOn("#tour-start");
        for (int i = 1; i < c.tourSteps().size(); i++) {
            robot.clickOn("#tour-next");
        }
        robot.clickOn("#tour-next"); // Finish
        assertThat(c.tourStep()).isEqualTo(-1);
        assertThat(model().state()).as("after the last step").isEqualTo(before);
        assertThat(model().layoutProperty().get()).isEqualTo(Layout.STACKED);
        fx(() -> model().undo());
        assertThat(model().state()).as("undo goes back to the tour's last step").isEqualTo(
                c.tourSteps().get(c.tourSteps().size() - 1).state().withCatalogFiles(before.catalogFiles()));
    }

    @Test
    void escLeavesOneLevelAtATimeTheTourFirst(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.appearance().presentationProperty().get()).isTrue();
        assertThat(window.classroom().tourStep()).isZero();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.classroom().tourStep()).as("the first Esc leaves the tour").isEqualTo(-1);
        assertThat(window.appearance().presentationProperty().get()).as("and only the tour").isTrue();
        assertThat(stage.isFullScreen()).isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.appearance().presentationProperty().get()).isFalse();
        assertThat(stage.isFullScreen()).isFalse();
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    @Test
    void presentationModeIsFullScreenWithoutMenusAndWithLargeSliders(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(shown(robot.lookup(".menu-bar").query())).as("menus hidden").isFalse();
        assertThat(shown(robot.lookup("#tour-start").query())).as("toolbar hidden").isFalse();
        assertThat(shown(robot.lookup("#status").query())).as("status bar hidden").isFalse();
        for (String id : List.of("#present-slider-delta", "#present-slider-b-ug", "#present-slider-nu0")) {
            Slider s = robot.lookup(id).queryAs(Slider.class);
            assertThat(shown(s)).isTrue();
            assertThat(s.getWidth()).as("%s length", id).isGreaterThanOrEqualTo(300);
            assertThat(s.lookup(".thumb").getBoundsInLocal().getHeight()).as("%s thumb", id).isGreaterThanOrEqualTo(26);
            assertThat(((Axis<?>) s.lookup(".axis")).getTickLabelFont().getSize()).as("%s tick labels", id)
                    .isGreaterThanOrEqualTo(18);
        }
        Node toast = robot.lookup("#presentation-toast").query();
        assertThat(shown(toast)).isTrue();
        var b = toast.localToScene(toast.getBoundsInLocal());
        assertThat(b.getMaxX()).as("in the top right corner").isGreaterThan(stage.getScene().getWidth() - 60);
        assertThat(b.getMinY()).isLessThan(60);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot.lookup(".menu-bar").query())).as("menus back").isTrue();
        assertThat(shown(robot.lookup("#status").query())).isTrue();
    }

    private static List<Text> texts(Node root) {
        List<Text> out = new ArrayList<>();
        if (root instanceof Text t) {
            out.add(t);
        } else if (root instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(n -> out.addAll(texts(n)));
        }
        return out;
    }

    private static String joined(Node root) {
        StringBuilder b = new StringBuilder();
        texts(root).forEach(t -> b.append(t.getText()));
        return b.toString();
    }

    @Test
    void tourNotesSitOnTheCardTypesetAndTheirBadgesInsideThePlots(FxRobot robot) {
        robot.clickOn("#tour-start");
        Classroom c = window.classroom();
        for (int i = 0; i < c.tourSteps().size(); i++) {
            TourStep s = c.tourSteps().get(i);
            ScrollPane scroll = robot.lookup(".tour-scroll").queryAs(ScrollPane.class);
            TextFlow story = robot.lookup("#tour-text-flow").queryAs(TextFlow.class);
            assertThat(story.getWidth()).as("step %d text wraps inside the card", i + 1)
                    .isLessThanOrEqualTo(scroll.getViewportBounds().getWidth() + 0.5);
            assertThat(joined(story)).isEqualTo(Typeset.plain(s.text()));
            for (int n = 0; n < s.highlights().size(); n++) {
                Highlight h = s.highlights().get(n);
                Node note = robot.lookup("#tour-note-" + (n + 1)).query();
                assertThat(joined(note)).contains(Typeset.plain(h.caption()));
                JFreeChart chart = h.plane() == null ? window.plots().rigidityViewer().getChart()
                        : window.plots().viewer(h.plane()).getChart();
                String badge = PlotOverlays.badge(n);
                XYTextAnnotation a = chart.getXYPlot().getAnnotations().stream()
                        .filter(x -> x instanceof XYTextAnnotation t && t.getText().contains(badge))
                        .map(x -> (XYTextAnnotation) x).findFirst().orElseThrow();
                assertThat(chart.getXYPlot().getDomainAxis().getRange().contains(a.getX())).as("step %d badge %s x", i + 1, badge).isTrue();
                assertThat(chart.getXYPlot().getRangeAxis().getRange().contains(a.getY())).as("step %d badge %s y", i + 1, badge).isTrue();
            }
            for (Text t : texts(robot.lookup("#tour-card").query())) {
                assertThat(t.getText()).as("step %d", i + 1).doesNotContain("_").doesNotContain("^");
            }
            if (i < c.tourSteps().size() - 1) {
                robot.clickOn("#tour-next");
            }
        }
    }

    @Test
    void popoversReadoutsAndMenusShowSymbolsNotMarkup(FxRobot robot) {
        robot.clickOn("#why-delta");
        WaitForAsyncUtils.waitForFxEvents();
        Node pop = robot.lookup("#why-popover").query();
        List<Text> shown = texts(pop);
        assertThat(shown).isNotEmpty();
        for (Text t : shown) {
            assertThat(t.getText()).doesNotContain("_").doesNotContain("^");
        }
        assertThat(shown).anyMatch(t -> t.getStyleClass().contains("typeset-script"));
        robot.type(KeyCode.ESCAPE);
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<MenuItem> items = new ArrayList<>();
        bar.getMenus().forEach(m -> collect(m, items));
        MenuItem rigidity = items.stream().filter(m -> m.getText() != null && m.getText().startsWith("ℓ_mfp against")).findFirst().orElseThrow();
        assertThat(rigidity).isInstanceOf(CheckMenuItem.class);
        assertThat(rigidity.getText()).isEqualTo("ℓ_mfp against rigidity (third plot)");
        assertThat(rigidity.isMnemonicParsing()).isFalse();
        for (MenuItem m : items) {
            if (m.getText() != null && Typeset.hasScripts(m.getText())) {
                assertThat(m.isMnemonicParsing()).as(m.getText()).isFalse();
            }
        }
        // the readout of the derived quantities: ℓ_mfp with a real subscript
        assertThat(texts(robot.lookup("#quantities").tryQuery().orElse(window.root())))
                .anyMatch(t -> t.getText().equals("mfp") && t.getStyleClass().contains("typeset-script"));
    }

    private static void collect(MenuItem m, List<MenuItem> out) {
        out.add(m);
        if (m instanceof Menu menu) {
            menu.getItems().forEach(i -> collect(i, out));
        }
    }
}
