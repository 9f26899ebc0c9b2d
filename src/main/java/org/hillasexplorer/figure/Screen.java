package org.hillasexplorer.figure;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import org.jfree.chart.ChartHints;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/** Maps log10 data coordinates to Java2D for one draw pass, and tags groups for vector output. */
final class Screen {
    private final ValueAxis xAxis;
    private final ValueAxis yAxis;
    private final Rectangle2D dataArea;
    private final RectangleEdge xEdge;
    private final RectangleEdge yEdge;

    Screen(XYPlot plot, Rectangle2D dataArea, ValueAxis xAxis, ValueAxis yAxis) {
        this.xAxis = xAxis;
        this.yAxis = yAxis;
        this.dataArea = dataArea;
        this.xEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        this.yEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), plot.getOrientation());
    }

    double x(double log10X) {
        return xAxis.valueToJava2D(Math.pow(10, log10X), dataArea, xEdge);
    }

    double y(double log10Y) {
        return yAxis.valueToJava2D(Math.pow(10, log10Y), dataArea, yEdge);
    }

    Point2D point(double log10X, double log10Y) {
        return new Point2D.Double(x(log10X), y(log10Y));
    }

    /** A closed (or open) path through log10 vertices. */
    Path2D path(double[] log10Xs, double[] log10Ys, boolean closed) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < log10Xs.length; i++) {
            if (i == 0) {
                p.moveTo(x(log10Xs[i]), y(log10Ys[i]));
            } else {
                p.lineTo(x(log10Xs[i]), y(log10Ys[i]));
            }
        }
        if (closed) {
            p.closePath();
        }
        return p;
    }

    /** A closed (or open) path through the vertices of {@code line}. */
    Path2D path(FigureSpec.Polyline line, boolean closed) {
        return path(line.xs(), line.ys(), closed);
    }

    /** Screen rectangle of a log10 box. */
    Rectangle2D rect(double x0, double x1, double y0, double y1) {
        double sx0 = x(x0);
        double sx1 = x(x1);
        double sy0 = y(y0);
        double sy1 = y(y1);
        return new Rectangle2D.Double(Math.min(sx0, sx1), Math.min(sy0, sy1), Math.abs(sx1 - sx0), Math.abs(sy1 - sy0));
    }

    Rectangle2D dataArea() {
        return dataArea;
    }

    /** Opens a named group (an SVG {@code <g id=…>}; ignored by raster and PDF back-ends). */
    static void beginGroup(Graphics2D g2, String id) {
        g2.setRenderingHint(ChartHints.KEY_BEGIN_ELEMENT, Map.of("id", id));
    }

    static void endGroup(Graphics2D g2) {
        g2.setRenderingHint(ChartHints.KEY_END_ELEMENT, Boolean.TRUE);
    }

    /** An SVG-safe id fragment. */
    static String idOf(String prefix, String name) {
        return prefix + "-" + name.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
