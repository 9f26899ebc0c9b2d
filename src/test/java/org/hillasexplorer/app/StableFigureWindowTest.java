package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.hillasexplorer.figure.FigureSpec;
import org.hillasexplorer.figure.Figures;
import org.hillasexplorer.figure.PlacedLabel;
import org.hillasexplorer.physics.Plane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13, items 2 and 3 in the window: the axes hold still while δ_s is dragged (and after, with View → Lock axes),
 * and every visible box and band keeps a label on or at it, in the same place for a small slider step.
 */
class StableFigureWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
        stage.setWidth(1500);
        stage.setHeight(900);
    }

    private JFreeChart chart(Plane p) {
        return window.plots().viewer(p).getChart();
    }

    /** The x and y ranges of both planes, as drawn. */
    private List<Range> ranges() {
        List<Range> out = new ArrayList<>();
        for (Plane p : Plane.values()) {
            XYPlot plot = chart(p).getXYPlot();
            out.add(plot.getDomainAxis().getRange());
            out.add(plot.getRangeAxis().getRange());
        }
        return out;
    }

    /** Drags δ_s from 0.5 to 1.25 as the slider does (valueChanging around the moves), checking the axes at each step. */
    private void dragDelta(Slider slider, List<Range> frame) {
        fx(() -> slider.setValueChanging(true));
        for (double d = 0.6; d <= 1.25 + 1e-9; d += 0.15) {
            double v = Math.min(d, 1.25);
            fx(() -> slider.setValue(v));
            assertThat(ranges()).as("axes while dragging, δ_s = %s", v).isEqualTo(frame);
        }
        fx(() -> slider.setValue(1.25));
        assertThat(ranges()).isEqualTo(frame);
        fx(() -> slider.setValueChanging(false));
        assertThat(model().scenario().deltaS()).isCloseTo(1.25, within(1e-9));
    }

    @Test
    void withTheAxesLockedDraggingDeltaKeepsEveryAxisRange(FxRobot robot) {
        fx(() -> window.plotsModel().lockAxesProperty().set(true));
        Slider slider = robot.lookup("#slider-delta").queryAs(Slider.class);
        List<Range> before = ranges();
        dragDelta(slider, before);
        assertThat(ranges()).as("after release, locked").isEqualTo(before);
        // Reset view refits to the new bands, and stays locked there
        fx(() -> window.plots().resetView());
        assertThat(ranges()).isNotEqualTo(before);
        assertThat(window.plotsModel().lockAxesProperty().get()).isTrue();
        // the setting is remembered for the next run
        assertThat(prefs().lockAxes(false)).isTrue();
    }

    @Test
    void unlockedTheAxesHoldDuringTheDragAndRefitOnRelease(FxRobot robot) {
        assertThat(window.plotsModel().lockAxesProperty().get()).as("off by default in the window").isFalse();
        Slider slider = robot.lookup("#slider-delta").queryAs(Slider.class);
        List<Range> before = ranges();
        dragDelta(slider, before);
        List<Range> after = ranges();
        assertThat(after).as("refitted on release").isNotEqualTo(before);
        // the x axis widens to the steeper bands, as the automatic view of δ_s = 1.25 does
        assertThat(after.get(0).getUpperBound()).isGreaterThan(before.get(0).getUpperBound());
    }

    @Test
    void theViewMenuHasLockAxesOnByDefaultInPresentationMode(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu view = bar.getMenus().stream().filter(m -> m.getText().equals("_View")).findFirst().orElseThrow();
        CheckMenuItem lock = (CheckMenuItem) view.getItems().stream().filter(i -> "menu-lock-axes".equals(i.getId()))
                .findFirst().orElseThrow();
        assertThat(lock.isSelected()).isFalse();
        fx(() -> window.appearance().presentationProperty().set(true));
        assertThat(lock.isSelected()).as("presentation mode locks the axes").isTrue();
        fx(() -> lock.setSelected(false));
        assertThat(prefs().lockAxes(true)).as("remembered for presentation mode").isFalse();
        fx(() -> window.appearance().presentationProperty().set(false));
        assertThat(lock.isSelected()).isFalse();
        assertThat(view.getItems().stream().map(MenuItem::getText)).contains("_Lock axes (refit only on Reset view)");
    }

    @Test
    void everyVisibleBoxAndBandHasALabelThatStaysPutForASmallStep(FxRobot robot) {
        fx(() -> window.plotsModel().lockAxesProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        Slider slider = robot.lookup("#slider-delta").queryAs(Slider.class);
        List<PlacedLabel> first = Figures.placements(chart(Plane.NUMBER_DENSITY));
        assertEveryItemLabelled(Plane.NUMBER_DENSITY, first);
        assertEveryItemLabelled(Plane.FILLING_FACTOR, Figures.placements(chart(Plane.FILLING_FACTOR)));
        fx(() -> slider.setValueChanging(true));
        fx(() -> slider.setValue(0.52));
        List<PlacedLabel> moved = Figures.placements(chart(Plane.NUMBER_DENSITY));
        assertEveryItemLabelled(Plane.NUMBER_DENSITY, moved);
        assertThat(slots(moved, FigureSpec.Kind.CANDIDATE)).isEqualTo(slots(first, FigureSpec.Kind.CANDIDATE));
        assertThat(slots(moved, FigureSpec.Kind.BAND)).isEqualTo(slots(first, FigureSpec.Kind.BAND));
        fx(() -> slider.setValueChanging(false));
    }

    private static Map<String, String> slots(List<PlacedLabel> ps, FigureSpec.Kind kind) {
        return ps.stream().filter(p -> p.kind() == kind).collect(Collectors.toMap(PlacedLabel::subject, PlacedLabel::slot));
    }

    private void assertEveryItemLabelled(Plane p, List<PlacedLabel> placed) {
        FigureSpec spec = FigureSpec.of(model().scenario(), model().layers(p), model().populations(),
                window.plots().optionsAsShown(p));
        assertThat(placed).as("labels drawn on %s", p).isNotEmpty();
        var view = spec.axes().range();
        for (FigureSpec.Shape s : spec.shapes(FigureSpec.Kind.CANDIDATE)) {
            double[] xs = s.path().xs();
            double[] ys = s.path().ys();
            boolean visible = xs[1] > view.log10XMin() && xs[0] < view.log10XMax() && ys[2] > view.log10YMin()
                    && ys[0] < view.log10YMax();
            if (visible) {
                assertThat(placed).as("label of box %s on %s", s.subject(), p)
                        .anySatisfy(l -> {
                            assertThat(l.kind()).isEqualTo(FigureSpec.Kind.CANDIDATE);
                            assertThat(l.subject()).isEqualTo(s.subject());
                            assertThat(l.onOrLinkedToAnchor(4)).isTrue();
                        });
            }
        }
        for (FigureSpec.Label band : spec.labels(FigureSpec.Kind.BAND)) {
            assertThat(placed).as("label of band %s on %s", band.subject(), p)
                    .anySatisfy(l -> assertThat(l.kind() + ":" + l.subject()).isEqualTo("BAND:" + band.subject()));
        }
    }
}
