package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hillasexplorer.figure.DecadeLogAxis;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.RichTitle;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.session.Layout;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13, item 1: at any window from 1280 × 720 up both planes are visible and landscape, with at least four decade
 * labels per axis, a title at its full size and a legend; the side panels collapse (F3, F4) or open as drawers.
 */
class AdaptiveLayoutWindowTest extends WindowTestBase {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
    }

    private void resize(double w, double h) {
        fx(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
        });
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> window.plots().refresh());
    }

    @Test
    void bothPlanesAreLandscapeAndLabelledFrom1280x720Up() {
        for (double[] size : List.of(new double[] {1280, 720}, new double[] {1500, 900}, new double[] {1920, 1080})) {
            resize(size[0], size[1]);
            String at = (int) size[0] + "×" + (int) size[1];
            assertThat(window.plots().visiblePlanes()).containsExactly(Plane.NUMBER_DENSITY, Plane.FILLING_FACTOR);
            for (Plane p : Plane.values()) {
                ChartViewer v = window.plots().viewer(p);
                assertThat(v.getScene()).as("%s: %s is in the window", at, p).isNotNull();
                assertThat(v.isVisible()).isTrue();
                Bounds b = v.localToScene(v.getBoundsInLocal());
                assertThat(b.getMinX()).as("%s: %s inside the window", at, p).isGreaterThanOrEqualTo(-1);
                assertThat(b.getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth() + 1);
                assertThat(b.getMaxY()).isLessThanOrEqualTo(stage.getScene().getHeight() + 1);
                assertThat(v.getWidth()).as("%s: %s is wider than tall (%s × %s)", at, p, v.getWidth(), v.getHeight())
                        .isGreaterThan(v.getHeight() * 1.25);
                assertThat(v.getHeight()).as("%s: %s height", at, p).isGreaterThanOrEqualTo(PlotArrangement.MIN_HEIGHT);
                int[] labels = majorTickLabels(v);
                assertThat(labels[0]).as("%s: decade labels on the ℓ_S axis of %s", at, p).isGreaterThanOrEqualTo(4);
                assertThat(labels[1]).as("%s: decade labels on the y axis of %s", at, p).isGreaterThanOrEqualTo(4);
                assertTitleFits(v, at);
                assertLegendShown(p, v, at);
            }
        }
    }

    /** {labels on the bottom axis, labels on the left axis} as the axes lay them out for the plot's data area. */
    private static int[] majorTickLabels(ChartViewer v) {
        int[] n = new int[2];
        WaitForAsyncUtils.asyncFx(() -> {
            JFreeChart chart = v.getChart();
            XYPlot plot = chart.getXYPlot();
            Rectangle2D area = v.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
            Graphics2D g2 = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB).createGraphics();
            n[0] = majors(((DecadeLogAxis) plot.getDomainAxis()).refreshTicks(g2, new AxisState(), area, RectangleEdge.BOTTOM));
            n[1] = majors(((DecadeLogAxis) plot.getRangeAxis()).refreshTicks(g2, new AxisState(), area, RectangleEdge.LEFT));
            g2.dispose();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return n;
    }

    private static int majors(List<?> ticks) {
        return (int) ticks.stream().filter(t -> t instanceof ValueTick v && v.getTickType() == TickType.MAJOR).count();
    }

    /** The title is drawn at its own size (not shrunk to fit), which is at least 10 pt. */
    private static void assertTitleFits(ChartViewer v, String at) {
        JFreeChart chart = v.getChart();
        RichTitle title = null;
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof RichTitle t) {
                title = t;
            }
        }
        assertThat(title).as("%s: a title", at).isNotNull();
        Graphics2D g2 = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB).createGraphics();
        double natural = title.arrange(g2, RectangleConstraint.NONE).getWidth();
        g2.dispose();
        assertThat(natural).as("%s: the title fits its plot unshrunk", at).isLessThanOrEqualTo(v.getWidth());
    }

    /** The legend is drawn, inside the plot or as a legend beside or below it. */
    private void assertLegendShown(Plane p, ChartViewer v, String at) {
        PlotsViewModel.LegendPlace place = window.plots().legendPlace(p);
        assertThat(place).as("%s: %s has a legend", at, p).isNotEqualTo(PlotsViewModel.LegendPlace.NONE);
        boolean outside = false;
        for (int i = 0; i < v.getChart().getSubtitleCount(); i++) {
            outside |= v.getChart().getSubtitle(i) instanceof LegendTitle;
        }
        if (place == PlotsViewModel.LegendPlace.INSIDE) {
            assertThat(window.plots().optionsAsShown(p).shows(FigureOptions.Element.LEGEND)).as(at).isTrue();
            assertThat(outside).isFalse();
        } else {
            assertThat(outside).as("%s: %s legend %s", at, p, place).isTrue();
        }
    }

    @Test
    void sideBySideTurnsIntoAColumnWhenThePlanesWouldBePortraitAndBackWhenWide() {
        resize(1500, 900);
        assertThat(model().layout()).isEqualTo(Layout.SIDE_BY_SIDE);
        assertThat(window.plots().arrangement()).isEqualTo(PlotArrangement.COLUMN);
        fx(() -> {
            window.sidePanels().shownProperty(SidePanels.Side.LEFT).set(false);
            window.sidePanels().shownProperty(SidePanels.Side.RIGHT).set(false);
        });
        resize(1920, 720);
        assertThat(window.plots().arrangement()).as("1920 × 720 without panels: room for two landscape planes")
                .isEqualTo(PlotArrangement.ROW);
        resize(1920, 1080);
        assertThat(window.plots().arrangement()).as("1920 × 1080: side by side they would be square").isEqualTo(PlotArrangement.COLUMN);
        fx(() -> window.plotsModel().rigidityViewProperty().set(true));
        resize(1280, 720);
        assertThat(window.plots().arrangement()).as("three plots in 1280 × 720: two above, one below")
                .isEqualTo(PlotArrangement.GRID);
        fx(() -> window.plotsModel().setLayout(Layout.STACKED));
        assertThat(window.plots().arrangement()).as("a column of three would be slivers").isEqualTo(PlotArrangement.TABS);
        assertThat(window.plots().node().lookup("#plot-tabs")).isNotNull();
        fx(() -> window.plotsModel().rigidityViewProperty().set(false));
        assertThat(window.plots().arrangement()).isEqualTo(PlotArrangement.COLUMN);
    }

    @Test
    void panelsCollapseWithTheirKeysAndOpenAsDrawersWhereTheyDoNotFit(FxRobot robot) {
        resize(1500, 900);
        SidePanels sides = window.sidePanels();
        assertThat(sides.place(SidePanels.Side.LEFT)).isEqualTo(SidePanels.Place.DOCKED);
        assertThat(sides.place(SidePanels.Side.RIGHT)).isEqualTo(SidePanels.Place.DOCKED);
        double before = window.plots().node().getWidth();
        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sides.place(SidePanels.Side.LEFT)).isEqualTo(SidePanels.Place.HIDDEN);
        assertThat(robot.lookup("#slider-delta").tryQuery()).isEmpty();
        assertThat(window.plots().node().getWidth()).as("the plots get the room").isGreaterThan(before + 300);
        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#slider-delta").tryQuery()).isPresent();

        resize(1280, 720);
        assertThat(sides.place(SidePanels.Side.RIGHT)).as("a narrow window hides the catalogue").isEqualTo(SidePanels.Place.HIDDEN);
        assertThat(window.plots().node().getWidth()).isGreaterThanOrEqualTo(SidePanels.MIN_PLOTS_WIDTH);
        robot.clickOn("#toggle-right-panel");
        assertThat(sides.place(SidePanels.Side.RIGHT)).as("no room beside: over the plots").isEqualTo(SidePanels.Place.DRAWER);
        assertThat(robot.lookup("#right-panel").query().isVisible()).isTrue();
        robot.clickOn(window.plots().viewer(Plane.FILLING_FACTOR));
        assertThat(sides.place(SidePanels.Side.RIGHT)).as("a click on the plots closes the drawer").isEqualTo(SidePanels.Place.HIDDEN);
        resize(1600, 900);
        assertThat(sides.place(SidePanels.Side.RIGHT)).as("closed by the user: stays closed").isEqualTo(SidePanels.Place.HIDDEN);
        robot.type(KeyCode.F4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sides.place(SidePanels.Side.RIGHT)).isEqualTo(SidePanels.Place.DOCKED);
    }
}
