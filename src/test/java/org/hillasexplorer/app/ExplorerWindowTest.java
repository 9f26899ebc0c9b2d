package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.hillasexplorer.export.ExportException;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.session.Layout;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window driven as a user would, headless (Monocle). */
class ExplorerWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void showsBothPlanesAtThePaperDefaults(FxRobot robot) {
        assertThat(robot.lookup("#chart-ns").queryAs(ChartViewer.class).isVisible()).isTrue();
        assertThat(robot.lookup("#chart-fv").queryAs(ChartViewer.class).isVisible()).isTrue();
        assertThat(model().scenario()).isEqualTo(Scenario.defaults());
        // three bands + boxes + labels on the n_s plane
        assertThat(window.plots().viewer(Plane.NUMBER_DENSITY).getChart().getXYPlot().getAnnotations()).hasSizeGreaterThan(13);
    }

    @Test
    void draggingTheDeltaSliderMovesTheBandsLiveAndUndoesInOneStep(FxRobot robot) {
        Slider slider = robot.lookup("#slider-delta").queryAs(Slider.class);
        Object before = List.copyOf(window.plots().viewer(Plane.NUMBER_DENSITY).getChart().getXYPlot().getAnnotations());
        robot.drag(slider.lookup(".thumb")).moveBy(30, 0).moveBy(30, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double delta = model().scenario().deltaS();
        assertThat(delta).isGreaterThan(0.5).isLessThanOrEqualTo(1.5);
        assertThat(robot.lookup("#field-delta").queryAs(TextField.class).getText()).isEqualTo(org.hillasexplorer.physics.Units.formatNumber(delta));
        assertThat(window.plots().viewer(Plane.NUMBER_DENSITY).getChart().getXYPlot().getAnnotations()).isNotEqualTo(before);
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().scenario().deltaS()).isEqualTo(0.5);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().scenario().deltaS()).isEqualTo(delta);
    }

    @Test
    void typingAnOutOfRangeValueShowsAnInlineMessageAndKeepsTheLastValidValue(FxRobot robot) {
        TextField field = robot.lookup("#field-b-ug").queryAs(TextField.class);
        robot.doubleClickOn(field).eraseText(5).write("5000").type(KeyCode.ENTER);
        ParameterControl c = window.control(Parameters.B_MICROGAUSS);
        assertThat(c.error().isVisible()).isTrue();
        assertThat(c.error().getText()).contains("B = 5000 μG is outside [0.01, 1000] μG", "kept 3");
        assertThat(model().scenario().bMicroGauss()).isEqualTo(3.0);
        robot.doubleClickOn(field).eraseText(5).write("abc").type(KeyCode.ENTER);
        assertThat(c.error().getText()).contains("'abc' is not a number");
        robot.doubleClickOn(field).eraseText(5).write("30").type(KeyCode.ENTER);
        assertThat(model().scenario().bMicroGauss()).isEqualTo(30.0);
        assertThat(c.error().isVisible()).isFalse();
    }

    @Test
    void dimensionButtonsChangeDAndEnableTheAspectRatio(FxRobot robot) {
        assertThat(robot.lookup("#slider-aspect").queryAs(Slider.class).isDisabled()).isTrue();
        robot.clickOn("#dim-2");
        assertThat(model().scenario().dimensionality()).isEqualTo(2);
        assertThat(robot.lookup("#slider-aspect").queryAs(Slider.class).isDisabled()).isFalse();
    }

    @Test
    void editingAnEnergyClassChangesItsBandAndRejectsBadInput(FxRobot robot) {
        TextField lo = robot.lookup("#class-GeV-lo").queryAs(TextField.class);
        robot.doubleClickOn(lo).eraseText(10).write("2 GeV").type(KeyCode.ENTER);
        assertThat(model().scenario().energyClasses().get(1)).isEqualTo(new EnergyClass("GeV", 2, 10));
        robot.doubleClickOn(lo).eraseText(10).write("20 GeV").type(KeyCode.ENTER);
        assertThat(window.energyClasses().error().getText()).contains("T_lo = 20 GeV must be below T_hi = 10 GeV");
        assertThat(model().scenario().energyClasses().get(1)).isEqualTo(new EnergyClass("GeV", 2, 10));
        robot.clickOn("#show-class-TeV");
        assertThat(model().hiddenEnergyClasses()).containsExactly("TeV");
    }

    @Test
    void catalogueCheckBoxHidesABoxAndSearchFilters(FxRobot robot) {
        CheckBox gmcs = window.catalogue().checkBox("gmcs").orElseThrow();
        robot.clickOn(gmcs);
        assertThat(model().hiddenCandidates()).containsExactly("gmcs");
        assertThat(window.plotsModel().options(Plane.NUMBER_DENSITY, null).showsCandidate("gmcs")).isFalse();
        robot.clickOn("#catalogue-search").write("Heiles");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.catalogue().checkBox("tsas")).isPresent();
        assertThat(window.catalogue().checkBox("snrs")).isEmpty();
    }

    @Test
    void verdictsUpdateWithTheSliders(FxRobot robot) {
        String before = CatalogueViewModel.verdictText(model().catalogs().get(0).byId("gmcs").orElseThrow(), model().scenario());
        fx(() -> model().change(model().scenario().with(Parameters.NU0_PER_S, 1e-6)));
        String after = robot.lookup("#verdict-gmcs").queryLabeled().getText();
        assertThat(after).isNotEqualTo(before).contains("GeV");
    }

    @Test
    void pointerOverAPlaneGivesAReadoutAndHoveringABoxHighlightsIt(FxRobot robot) {
        ChartViewer ns = window.plots().viewer(Plane.NUMBER_DENSITY);
        var area = ns.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        robot.moveTo(ns.getCanvas(), javafx.geometry.Pos.TOP_LEFT,
                new javafx.geometry.Point2D(area.getCenterX(), area.getCenterY()), org.testfx.robot.Motion.DIRECT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("ℓ_S =", "au", "n_s =", "GeV");
        // hover the centre of the GC-cores box (4e4–2e6 au, 1e-12–1e-10 pc⁻³)
        var plot = ns.getChart().getXYPlot();
        double x = plot.getDomainAxis().valueToJava2D(Math.sqrt(4.13e4 * 2.06e6), area, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().valueToJava2D(1e-11, area, plot.getRangeAxisEdge());
        robot.moveTo(ns.getCanvas(), javafx.geometry.Pos.TOP_LEFT, new javafx.geometry.Point2D(x, y),
                org.testfx.robot.Motion.DIRECT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.plots().hoveredCandidateProperty().get()).isNotNull();
        assertThat(window.plots().hoveredCandidateProperty().get().id()).isEqualTo("gc_cores");
    }

    @Test
    void zoomingOnePlaneMovesTheOthersSizeAxis() {
        fx(() -> window.plots().viewer(Plane.NUMBER_DENSITY).getChart().getXYPlot().getDomainAxis().setRange(1, 1e4));
        var fvRange = window.plots().viewer(Plane.FILLING_FACTOR).getChart().getXYPlot().getDomainAxis().getRange();
        assertThat(fvRange.getLowerBound()).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(fvRange.getUpperBound()).isCloseTo(1e4, org.assertj.core.api.Assertions.within(1e-2));
        fx(() -> window.plots().resetView());
        assertThat(model().view(Plane.FILLING_FACTOR)).isNull();
        assertThat(window.plots().viewer(Plane.FILLING_FACTOR).getChart().getXYPlot().getDomainAxis().getRange().getLowerBound()).isLessThan(1e-2);
    }

    @Test
    void layoutAcceleratorsShowOnePlaneOrBoth(FxRobot robot) {
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT3).release(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().layoutProperty().get()).isEqualTo(Layout.NUMBER_DENSITY_ONLY);
        assertThat(window.plots().viewer(Plane.FILLING_FACTOR).getParent()).isNull();
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT2).release(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().layoutProperty().get()).isEqualTo(Layout.STACKED);
        assertThat(window.plots().viewer(Plane.FILLING_FACTOR).getParent()).isNotNull();
    }

    @Test
    void presetsAndDefaultsRestoreThePaper(FxRobot robot) {
        fx(() -> model().change(model().scenario().with(Parameters.DELTA_S, 1.0).with(Parameters.B_MICROGAUSS, 10)));
        robot.clickOn("#preset-fig3");
        assertThat(model().scenario()).isEqualTo(Scenario.defaults());
        assertThat(model().layoutProperty().get()).isEqualTo(Layout.FILLING_FACTOR_ONLY);
        fx(() -> model().change(model().scenario().with(Parameters.DELTA_S, 1.0)));
        robot.clickOn("#defaults");
        assertThat(model().scenario()).isEqualTo(Scenario.defaults());
    }

    @Test
    void savedScenarioOpensBackAndACorruptedOneChangesNothing() throws Exception {
        Path file = dir.resolve("mine.json");
        fx(() -> {
            model().change(model().scenario().with(Parameters.DELTA_S, 0.7).with(Parameters.DIMENSIONALITY, 1).with(Parameters.ASPECT, 30));
            model().setCandidateShown("snrs", false);
            window.plotsModel().setShown(FigureOptions.Element.LEGEND, false);
            assertThat(window.files().saveTo(file)).isTrue();
        });
        assertThat(Files.readString(file)).contains("\"delta\"", "0.7");
        var saved = model().state();
        fx(() -> window.scenario().resetToDefaults());
        assertThat(model().scenario()).isEqualTo(Scenario.defaults());
        fx(() -> assertThat(window.files().open(file)).isTrue());
        assertThat(model().state()).isEqualTo(saved);
        assertThat(model().dirtyProperty().get()).isFalse();

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(file).replace("0.7", "7"), StandardCharsets.UTF_8);
        fx(() -> assertThat(window.files().open(bad)).isFalse());
        assertThat(window.notices().lastError()).contains("bad.json", "delta", "[0, 1.5]");
        assertThat(model().state()).isEqualTo(saved);
        assertThat(prefs().recentFiles()).containsExactly(file.toAbsolutePath().normalize());
    }

    @Test
    void exportsWhatIsShownAndFailsCleanlyOnABadPath() throws Exception {
        Path png = dir.resolve("both.png");
        Path svg = dir.resolve("ns.svg");
        Path pdf = dir.resolve("fv.pdf");
        fx(() -> {
            try {
                window.exports().exportFigure(ShownFigures.Target.BOTH, png, 600, 400, 2);
                window.exports().exportFigure(ShownFigures.Target.NUMBER_DENSITY, svg, 600, 400, 1);
                window.exports().exportFigure(ShownFigures.Target.FILLING_FACTOR, pdf, 600, 400, 1);
                window.exports().exportBands(Plane.FILLING_FACTOR, dir.resolve("bands.csv"));
            } catch (ExportException e) {
                throw new AssertionError(e);
            }
        });
        var img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(2 * 600 * 2);
        assertThat(img.getHeight()).isEqualTo(400 * 2);
        assertThat(Files.readString(svg)).contains("band-GeV");
        assertThat(Files.size(pdf)).isPositive();
        assertThat(Files.readAllLines(dir.resolve("bands.csv")).get(0)).isEqualTo("band,vertex,log10_ls_au,log10_value");
        Path nowhere = dir.resolve("no-such-dir").resolve("x.png");
        assertThatThrownBy(() -> window.exports().exportFigure(ShownFigures.Target.NUMBER_DENSITY, nowhere, 600, 400, 1))
                .isInstanceOf(ExportException.class).hasMessageContaining("no-such-dir");
        assertThat(Files.exists(nowhere.getParent())).isFalse();
    }

    @Test
    void derivedQuantitiesFollowTheChosenEnergy(FxRobot robot) {
        TextField energy = window.quantities().energyField();
        robot.doubleClickOn(energy).eraseText(10).write("10 GeV").type(KeyCode.ENTER);
        String rigidity = ((javafx.scene.control.Label) window.quantities().table().lookup("#q-0")).getText();
        assertThat(Double.parseDouble(rigidity)).isBetween(10.9, 11.0);
    }

    @Test
    void tabMovesFocusThroughTheControlsWithoutAMouse(FxRobot robot) {
        TextField delta = robot.lookup("#field-delta").queryAs(TextField.class);
        robot.clickOn(delta);
        Node start = delta.getScene().getFocusOwner();
        robot.type(KeyCode.TAB);
        Node next = delta.getScene().getFocusOwner();
        assertThat(next).isNotSameAs(start);
        robot.type(KeyCode.TAB);
        assertThat(delta.getScene().getFocusOwner()).isNotSameAs(next);
    }

    @Test
    void ghostOutlinesThePreviousStateOrAPinnedOne() {
        var plot = window.plots().viewer(Plane.NUMBER_DENSITY).getChart().getXYPlot();
        int plain = plot.getAnnotations().size();
        fx(() -> {
            window.plotsModel().ghostShownProperty().set(true);
            model().change(model().scenario().with(Parameters.DELTA_S, 0.7));
        });
        assertThat(window.plotsModel().ghostProperty().get().deltaS()).isEqualTo(0.5);
        assertThat(plot.getAnnotations().size()).isEqualTo(plain + 3); // one dashed outline per visible band
        fx(() -> {
            window.plotsModel().pinGhost();
            model().change(model().scenario().with(Parameters.DELTA_S, 0.3));
        });
        assertThat(window.plotsModel().ghostProperty().get().deltaS()).isEqualTo(0.7); // pinned: not the previous state
        fx(() -> window.plotsModel().ghostShownProperty().set(false));
        assertThat(plot.getAnnotations().size()).isEqualTo(plain);
    }

    @Test
    void valueFieldsAcceptUnitsAndRejectIncompatibleOnes(FxRobot robot) {
        TextField field = robot.lookup("#field-b-ug").queryAs(TextField.class);
        robot.doubleClickOn(field).eraseText(8).write("0.3 nT").type(KeyCode.ENTER);
        assertThat(model().scenario().bMicroGauss()).isEqualTo(3.0);
        robot.doubleClickOn(field).eraseText(8).write("5 TeV").type(KeyCode.ENTER);
        assertThat(window.control(Parameters.B_MICROGAUSS).error().getText())
                .contains("TeV is an energy; this field is a magnetic field");
        assertThat(model().scenario().bMicroGauss()).isEqualTo(3.0);
    }

    @Test
    void undoCoversVisibilityLayoutAndViewsAndAPanOrAWheelZoomIsOneStep(FxRobot robot) {
        robot.clickOn("#show-class-TeV");
        assertThat(model().hiddenEnergyClasses()).containsExactly("TeV");
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT2).release(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().layoutProperty().get()).isEqualTo(Layout.STACKED);

        ChartViewer ns = window.plots().viewer(Plane.NUMBER_DENSITY);
        var area = ns.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        robot.moveTo(ns.getCanvas(), javafx.geometry.Pos.TOP_LEFT,
                new javafx.geometry.Point2D(area.getCenterX(), area.getCenterY()), org.testfx.robot.Motion.DIRECT);
        robot.press(javafx.scene.input.MouseButton.PRIMARY).moveBy(20, 0).moveBy(20, 10).moveBy(20, 10)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        var panned = model().view(Plane.NUMBER_DENSITY);
        assertThat(panned).as("the drag panned").isNotNull();
        assertThat(model().view(Plane.FILLING_FACTOR).log10XMin()).isEqualTo(panned.log10XMin());
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.sleep(1200, java.util.concurrent.TimeUnit.MILLISECONDS); // the wheel gesture ends when the wheel rests
        WaitForAsyncUtils.waitForFxEvents();
        var zoomed = model().view(Plane.NUMBER_DENSITY);
        assertThat(zoomed).as("the wheel zoomed").isNotEqualTo(panned);

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().view(Plane.NUMBER_DENSITY)).as("the wheel clicks, one step").isEqualTo(panned);
        fx(() -> model().undo());
        assertThat(model().view(Plane.NUMBER_DENSITY)).as("the pan, one step").isNull();
        double shownMin = window.plots().viewer(Plane.NUMBER_DENSITY).getChart().getXYPlot().getDomainAxis().getLowerBound();
        assertThat(Math.log10(shownMin)).as("the plot follows the undo")
                .isCloseTo(window.plotsModel().effectiveView(Plane.NUMBER_DENSITY).log10XMin(), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(Math.log10(shownMin)).isNotCloseTo(panned.log10XMin(), org.assertj.core.api.Assertions.within(1e-3));
        fx(() -> model().undo());
        assertThat(model().layoutProperty().get()).isEqualTo(Layout.SIDE_BY_SIDE);
        assertThat(window.plots().viewer(Plane.FILLING_FACTOR).getParent()).isNotNull();
        fx(() -> model().undo());
        assertThat(model().hiddenEnergyClasses()).isEmpty();
        assertThat(robot.lookup("#show-class-TeV").queryAs(CheckBox.class).isSelected()).isTrue();
        fx(() -> model().redo());
        assertThat(robot.lookup("#show-class-TeV").queryAs(CheckBox.class).isSelected()).isFalse();
    }
}
