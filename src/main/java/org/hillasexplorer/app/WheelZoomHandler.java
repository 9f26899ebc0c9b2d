package org.hillasexplorer.app;

import java.awt.geom.Point2D;
import javafx.scene.input.ScrollEvent;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.interaction.AbstractMouseHandlerFX;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.Zoomable;

/**
 * The mouse wheel zooms about the pointer the way maps and GeoGebra do: wheel up (away from the user, a positive
 * {@link ScrollEvent#getDeltaY()}) zooms in, wheel down zooms out. It replaces JFreeChart's {@code ScrollHandlerFX},
 * which zooms out on wheel up (and on a purely sideways scroll, whose deltaY is 0).
 */
final class WheelZoomHandler extends AbstractMouseHandlerFX {
    /** The id of JFreeChart's own scroll handler, which this one replaces. */
    static final String ID = "scroll";
    /** One wheel click changes each axis's extent by this fraction (JFreeChart's default too). */
    static final double STEP = 0.1;

    WheelZoomHandler() {
        super(ID, false, false, false, false);
    }

    /**
     * The factor a wheel event of {@code deltaY} scales each axis's extent by: below 1 (zoom in) for wheel up
     * (deltaY &gt; 0), above 1 (zoom out) for wheel down, exactly 1 for a sideways scroll.
     */
    static double factor(double deltaY) {
        if (deltaY > 0) {
            return 1 / (1 + STEP);
        }
        return deltaY < 0 ? 1 + STEP : 1;
    }

    @Override
    public void handleScroll(ChartCanvas canvas, ScrollEvent e) {
        double f = factor(e.getDeltaY());
        ChartRenderingInfo info = canvas.getRenderingInfo();
        if (f == 1 || canvas.getChart() == null || info == null || !(canvas.getChart().getPlot() instanceof Zoomable z)) {
            return;
        }
        PlotRenderingInfo plotInfo = info.getPlotInfo();
        Point2D at = new Point2D.Double(e.getX(), e.getY());
        if (!plotInfo.getDataArea().contains(at)) {
            return;
        }
        Plot plot = (Plot) z;
        boolean notify = plot.isNotify();
        plot.setNotify(false); // one redraw for both axes
        if (canvas.isDomainZoomable()) {
            z.zoomDomainAxes(f, plotInfo, at, true);
        }
        if (canvas.isRangeZoomable()) {
            z.zoomRangeAxes(f, plotInfo, at, true);
        }
        plot.setNotify(notify);
    }
}
