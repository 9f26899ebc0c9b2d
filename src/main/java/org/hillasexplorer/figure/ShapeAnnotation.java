package org.hillasexplorer.figure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * A polygon (filled and/or outlined) or a polyline given in log10 data coordinates, drawn clipped to the
 * data area inside a named group so vector exports can identify it (e.g. {@code band-GeV}). A polygon may have holes,
 * cut out of its fill by the even-odd rule and outlined with it.
 */
final class ShapeAnnotation extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;

    private final String groupId;
    private final double[] log10Xs;
    private final double[] log10Ys;
    private final boolean closed;
    private final List<double[][]> holes;
    private final transient Color fill;
    private final transient Color outline;
    private final transient Stroke stroke;

    /**
     * @param fill    fill colour, or null for none (ignored for open polylines)
     * @param outline outline colour, or null for none
     */
    ShapeAnnotation(String groupId, double[] log10Xs, double[] log10Ys, boolean closed, Color fill, Color outline,
                    Stroke stroke) {
        this(groupId, log10Xs, log10Ys, closed, fill, outline, stroke, List.of());
    }

    /**
     * @param holes each hole's log10 x and y, {@code {xs, ys}} (ignored for open polylines)
     */
    ShapeAnnotation(String groupId, double[] log10Xs, double[] log10Ys, boolean closed, Color fill, Color outline,
                    Stroke stroke, List<double[][]> holes) {
        this.holes = closed ? holes.stream().map(h -> new double[][] {h[0].clone(), h[1].clone()}).toList() : List.of();
        this.groupId = Objects.requireNonNull(groupId, "groupId");
        this.log10Xs = log10Xs.clone();
        this.log10Ys = log10Ys.clone();
        this.closed = closed;
        this.fill = fill;
        this.outline = outline;
        this.stroke = stroke;
    }

    /** A rectangle from log10 corners. */
    static ShapeAnnotation box(String groupId, double x0, double x1, double y0, double y1, Color fill, Color outline,
                               Stroke stroke) {
        return new ShapeAnnotation(groupId, new double[] {x0, x1, x1, x0}, new double[] {y0, y0, y1, y1}, true,
                fill, outline, stroke);
    }

    String groupId() {
        return groupId;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        Screen screen = new Screen(plot, dataArea, domainAxis, rangeAxis);
        Path2D path = screen.path(log10Xs, log10Ys, closed);
        if (!holes.isEmpty()) {
            path.setWindingRule(Path2D.WIND_EVEN_ODD);
            for (double[][] h : holes) {
                path.append(screen.path(h[0], h[1], true), false);
            }
        }
        Shape savedClip = g2.getClip();
        Screen.beginGroup(g2, groupId);
        g2.clip(dataArea);
        if (fill != null && closed) {
            g2.setPaint(fill);
            g2.fill(path);
        }
        if (outline != null && stroke != null) {
            g2.setPaint(outline);
            g2.setStroke(stroke);
            g2.draw(path);
        }
        g2.setClip(savedClip);
        Screen.endGroup(g2);
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
