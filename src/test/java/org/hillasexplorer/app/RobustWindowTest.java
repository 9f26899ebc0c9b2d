package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.hillasexplorer.catalog.CatalogEntry;
import org.hillasexplorer.figure.Shading;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.uncertainty.Envelope;
import org.hillasexplorer.physics.uncertainty.UncertaintySpec;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.category.IntervalCategoryDataset;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Uncertain parameters in the window, driven as a user would, headless (Monocle). */
class RobustWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** Waits until the background envelopes for the state now (at its full sample count) have arrived. */
    private void awaitFullEnvelopes() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            Shading s = window.plotsModel().shading();
            return !s.isNone() && s.samples() == model().uncertainty().samples()
                    && s.description().equals(model().uncertainty().describe());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void plusMinusMakesDeltaUncertainWithARangeSliderAndUndoRestoresIt(FxRobot robot) {
        ParameterControl c = window.control(Parameters.DELTA_S);
        assertThat(c.rangeShown()).isFalse();
        assertThat(c.range().isVisible()).isFalse();
        robot.clickOn("#uncertain-delta");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#uncertain-delta").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(c.rangeShown()).isTrue();
        assertThat(c.range().isVisible()).isTrue();
        assertThat(c.range().getLowValue()).isEqualTo(0.3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(c.range().getHighValue()).isEqualTo(0.7, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(model().uncertainty().describe()).isEqualTo("δ_s 0.3–0.7");
        assertThat(model().scenario().deltaS()).isEqualTo(0.5); // the exact band stays at the value

        TextField range = robot.lookup("#range-field-delta").queryAs(TextField.class);
        assertThat(range.getText()).isEqualTo("0.3..0.7");
        robot.doubleClickOn(range).press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
                .write("0.4..2").type(KeyCode.ENTER);
        assertThat(c.error().isVisible()).isTrue();
        assertThat(c.error().getText()).contains("δ_s", "[0, 1.5]", "kept 0.3..0.7");
        assertThat(model().uncertainty().describe()).isEqualTo("δ_s 0.3–0.7");
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL).write("0.45+-0.1").type(KeyCode.ENTER);
        assertThat(c.error().isVisible()).isFalse();
        assertThat(model().uncertainty().describe()).isEqualTo("δ_s = 0.45 ± 0.1 (normal)");
        // the handles show the central 95 %
        assertThat(c.range().getLowValue()).isLessThan(0.3).isGreaterThan(0.2);

        fx(() -> window.root().requestFocus()); // off the field: a text field takes Ctrl+Z for its own text
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().uncertainty().describe()).isEqualTo("δ_s 0.3–0.7");
        assertThat(range.getText()).isEqualTo("0.3..0.7");
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().uncertainty()).isEqualTo(UncertaintySpec.NONE);
        assertThat(c.rangeShown()).isFalse();
        assertThat(robot.lookup("#uncertain-delta").queryAs(ToggleButton.class).isSelected()).isFalse();
    }

    @Test
    void typingARangeInTheValueFieldMakesBUncertainAndDraggingAHandleIsOneStep(FxRobot robot) throws Exception {
        TextField field = robot.lookup("#field-b-ug").queryAs(TextField.class);
        robot.doubleClickOn(field).eraseText(5).write("1..10 log").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().scenario().bMicroGauss()).isEqualTo(3.0);
        assertThat(field.getText()).isEqualTo("3");
        assertThat(model().uncertainty().describe()).isEqualTo("B 1–10 μG (log-uniform)");
        ParameterControl c = window.control(Parameters.B_MICROGAUSS);
        assertThat(c.rangeShown()).isTrue();
        assertThat(c.range().getHighValue()).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        awaitFullEnvelopes();

        robot.drag(c.range().lookup(".high-thumb"), MouseButton.PRIMARY).moveBy(12, 0).moveBy(12, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        var u = model().uncertainty().of(Parameters.B_MICROGAUSS).orElseThrow();
        assertThat(u.second()).isGreaterThan(10);
        assertThat(u.first()).isEqualTo(1.0);
        // released: the envelopes come back at the full count for the new range
        awaitFullEnvelopes();
        assertThat(window.plotsModel().shading().description()).contains("B 1–" + org.hillasexplorer.physics.Units.formatNumber(u.second()));
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().uncertainty().describe()).isEqualTo("B 1–10 μG (log-uniform)");
    }

    @Test
    void theEnvelopesReachThePlotsAndTheExportsAndEachEntryShowsItsRobustness(FxRobot robot) throws Exception {
        robot.clickOn("#uncertain-delta");
        awaitFullEnvelopes();
        Shading shading = window.plotsModel().shading();
        int classes = model().scenario().energyClasses().size();
        assertThat(shading.envelopes()).hasSize(2 * classes);
        assertThat(shading.envelopes()).extracting(Envelope::plane).contains(Plane.NUMBER_DENSITY, Plane.FILLING_FACTOR);
        assertThat(shading.samples()).isEqualTo(512);
        // an export carries the same envelopes as the window
        assertThat(window.plotsModel().exactShading()).isEqualTo(shading);

        Label badge = robot.lookup("#robust-gmcs").queryAs(Label.class);
        assertThat(badge).isNotNull();
        assertThat(badge.getText()).startsWith("ruled out in all 512 samples · ≥").endsWith("dex in n_s");
        assertThat(badge.getTooltip().getText()).contains("ruled out", "δ_s 0.3–0.7", "512 Sobol samples");
        assertThat(window.catalogueModel().robustness(entry("gmcs")).orElseThrow().ruledOutEverywhere()).isTrue();

        // certain again: the badges and the shading go at once
        robot.clickOn("#uncertain-delta");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.plotsModel().shading().isNone()).isTrue();
        assertThat(robot.lookup("#robust-gmcs").tryQuery()).isEmpty();
    }

    @Test
    void theTornadoOpensFromTheEntrysContextMenuWithOneBarPerUncertainParameter(FxRobot robot) throws Exception {
        robot.clickOn("#uncertain-delta");
        robot.clickOn("#uncertain-b-ug");
        robot.clickOn("#uncertain-nu0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().uncertainty().parameters()).hasSize(3);
        awaitFullEnvelopes();
        Label name = robot.lookup("#robust-gmcs").queryAs(Label.class);
        // headless Monocle turns no right click into a context-menu request: send the one the desktop would
        fx(() -> {
            var b = name.localToScreen(name.getBoundsInLocal());
            javafx.event.Event.fireEvent(name, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, b.getMinX() + 5, b.getMinY() + 5, false, null));
        });
        robot.clickOn("Sensitivity to the uncertain parameters (tornado)…");
        WaitForAsyncUtils.waitForFxEvents();
        ChartViewer viewer = robot.lookup("#tornado-chart").queryAs(ChartViewer.class);
        assertThat(viewer).isNotNull();
        IntervalCategoryDataset data = (IntervalCategoryDataset) viewer.getChart().getCategoryPlot().getDataset();
        assertThat(data.getColumnCount()).isEqualTo(3);
        java.util.List<String> rows = ((java.util.List<?>) data.getColumnKeys()).stream().map(Object::toString).toList();
        assertThat(rows).anyMatch(k -> k.startsWith("δ_s")).anyMatch(k -> k.startsWith("B ")).anyMatch(k -> k.startsWith("ν̄₀"));
        assertThat(robot.lookup("#tornado-summary").queryAs(Label.class).getText()).contains("moves the miss most");
        assertThat(viewer.getChart().getTitle().getText()).contains(entry("gmcs").label());
        // the class first shown is the one GMCs come closest to in abundance (MeV is a size miss: too large)
        assertThat(robot.lookup("#tornado-class").queryAs(javafx.scene.control.ComboBox.class).getValue()).isEqualTo("TeV");

        // it follows the state: one parameter certain again, one bar fewer
        fx(() -> window.scenario().setUncertain(Parameters.NU0_PER_S, false));
        data = (IntervalCategoryDataset) robot.lookup("#tornado-chart").queryAs(ChartViewer.class).getChart().getCategoryPlot().getDataset();
        assertThat(data.getColumnCount()).isEqualTo(2);
        fx(() -> ((Stage) viewer.getScene().getWindow()).close());
    }

    @Test
    void theToolsMenuOpensTheTornadoOfTheSelectedEntry(FxRobot robot) {
        fx(() -> {
            window.scenario().setUncertain(Parameters.DELTA_S, true);
            TreeView<Object> tree = robot.lookup("#catalogue-tree").queryAs(TreeView.class);
            for (TreeItem<Object> g : tree.getRoot().getChildren()) {
                for (TreeItem<Object> i : g.getChildren()) {
                    if (i.getValue() instanceof CatalogEntry e && e.id().equals("hii_regions")) {
                        tree.getSelectionModel().select(i);
                    }
                }
            }
        });
        assertThat(window.catalogueModel().selectedProperty().get().id()).isEqualTo("hii_regions");
        robot.press(KeyCode.CONTROL).press(KeyCode.T).release(KeyCode.T).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ChartViewer viewer = robot.lookup("#tornado-chart").queryAs(ChartViewer.class);
        IntervalCategoryDataset data = (IntervalCategoryDataset) viewer.getChart().getCategoryPlot().getDataset();
        assertThat(data.getColumnCount()).isEqualTo(1);
        assertThat(viewer.getChart().getTitle().getText()).contains(entry("hii_regions").label());
        fx(() -> ((Stage) viewer.getScene().getWindow()).close());
    }

    @Test
    void withNothingUncertainTheSensitivityViewSaysWhatToDoAndDrawsOnceSomethingIs(FxRobot robot) {
        robot.press(KeyCode.CONTROL).press(KeyCode.T).release(KeyCode.T).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#tornado-message").queryAs(Label.class);
        assertThat(message.getText()).startsWith("Nothing is uncertain yet: press ±");
        javafx.scene.Scene dialog = message.getScene();
        assertThat(dialog).isNotNull().isNotSameAs(window.root().getScene());
        fx(() -> window.scenario().setUncertain(Parameters.DELTA_S, true));
        ChartViewer viewer = robot.lookup("#tornado-chart").queryAs(ChartViewer.class);
        assertThat(viewer.getScene()).isSameAs(dialog);
        assertThat(message.getParent()).isNull(); // the chart took its place
        assertThat(((IntervalCategoryDataset) viewer.getChart().getCategoryPlot().getDataset()).getColumnCount()).isEqualTo(1);
        fx(() -> ((Stage) viewer.getScene().getWindow()).close());
    }

    private CatalogEntry entry(String id) {
        return model().catalogs().get(0).byId(id).orElseThrow();
    }
}
