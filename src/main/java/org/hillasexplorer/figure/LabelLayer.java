package org.hillasexplorer.figure;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Size2D;

/**
 * Places every text label of the figure in one pass, at draw time, so placement follows the real pixel
 * geometry (zoom, size, export scale): band labels run parallel to their band just outside it, box labels sit
 * above their box, and the legend goes into the emptiest corner. A label that would leave the data area or
 * overlap an already placed label is moved to the next candidate position, shortened, or skipped.
 */
final class LabelLayer extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    /** Fractions along the visible length of a band tried in turn. */
    private static final double[] ALONG = {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.14, 0.86};
    /** Gap between a label and what it labels [px]. */
    private static final double PAD_PX = 3;

    /**
     * A label running along an elongated region.
     *
     * @param text        full text
     * @param shortText   fallback when the full text does not fit
     * @param log10Xs     region outline x (log10)
     * @param log10Ys     region outline y (log10)
     * @param axis        optional direction {x0, y0, x1, y1} (log10); the longest outline edge otherwise
     * @param colour      text colour
     * @param preferBelow whether to try the lower side first
     * @param groupId     SVG group of the label
     */
    record AlongLabel(RichText text, RichText shortText, double[] log10Xs, double[] log10Ys, double[] axis,
                      Color colour, boolean preferBelow, String groupId) {
    }

    /** A label next to a box given by log10 corners. */
    record BoxLabel(RichText text, double x0, double x1, double y0, double y1, Color colour, String groupId) {
    }

    private final transient List<AlongLabel> alongLabels;
    private final transient List<BoxLabel> boxLabels;
    private final transient List<double[][]> hardObstacles;
    private final transient List<double[][]> softObstacles;
    private final Font alongFont;
    private final Font boxFont;
    private final transient Title legend;

    /**
     * @param hardObstacles outlines ({xs, ys} in log10) labels must not cover if at all possible: bands, model
     * @param softObstacles outlines labels avoid when there is room: candidate boxes
     * @param legend        legend to put in the emptiest corner, or null
     */
    LabelLayer(List<AlongLabel> alongLabels, List<BoxLabel> boxLabels, List<double[][]> hardObstacles,
               List<double[][]> softObstacles, Font alongFont, Font boxFont, Title legend) {
        this.alongLabels = List.copyOf(alongLabels);
        this.boxLabels = List.copyOf(boxLabels);
        this.hardObstacles = List.copyOf(hardObstacles);
        this.softObstacles = List.copyOf(softObstacles);
        this.alongFont = Objects.requireNonNull(alongFont);
        this.boxFont = Objects.requireNonNull(boxFont);
        this.legend = legend;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        Screen screen = new Screen(plot, dataArea, domainAxis, rangeAxis);
        Rectangle2D area = new Rectangle2D.Double(dataArea.getX() + 3, dataArea.getY() + 3,
                dataArea.getWidth() - 6, dataArea.getHeight() - 6);
        List<Shape> hard = new ArrayList<>();
        for (double[][] poly : hardObstacles) {
            hard.add(screen.path(poly[0], poly[1], true));
        }
        List<Shape> soft = new ArrayList<>();
        for (double[][] poly : softObstacles) {
            soft.add(screen.path(poly[0], poly[1], true));
        }
        List<Shape> placed = new ArrayList<>();
        if (legend != null) {
            Rectangle2D r = placeLegend(g2, area, concat(hard, soft));
            Screen.beginGroup(g2, "legend");
            legend.draw(g2, r);
            Screen.endGroup(g2);
            placed.add(r);
        }
        for (AlongLabel l : alongLabels) {
            placeAlong(g2, screen, area, l, hard, soft, placed);
        }
        for (BoxLabel b : boxLabels) {
            placeBox(g2, screen, area, b, hard, soft, placed);
        }
    }

    /** The corner (TR, BR, BL, TL) where the legend covers the fewest obstacles. */
    private Rectangle2D placeLegend(Graphics2D g2, Rectangle2D area, List<Shape> obstacles) {
        Size2D size = legend.arrange(g2, RectangleConstraint.NONE);
        double m = 6;
        double w = Math.min(size.getWidth(), area.getWidth());
        double h = Math.min(size.getHeight(), area.getHeight());
        Rectangle2D[] corners = {
            new Rectangle2D.Double(area.getMaxX() - w - m, area.getMinY() + m, w, h),
            new Rectangle2D.Double(area.getMaxX() - w - m, area.getMaxY() - h - m, w, h),
            new Rectangle2D.Double(area.getMinX() + m, area.getMaxY() - h - m, w, h),
            new Rectangle2D.Double(area.getMinX() + m, area.getMinY() + m, w, h)};
        Rectangle2D best = corners[0];
        double bestCost = Double.POSITIVE_INFINITY;
        for (Rectangle2D c : corners) {
            double cost = 0;
            for (Shape o : obstacles) {
                if (o.intersects(c)) {
                    Area a = new Area(o);
                    a.intersect(new Area(c));
                    Rectangle2D b = a.getBounds2D();
                    cost += 1 + b.getWidth() * b.getHeight();
                }
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        return best;
    }

    private void placeAlong(Graphics2D g2, Screen screen, Rectangle2D area, AlongLabel l, List<Shape> hard,
                            List<Shape> soft, List<Shape> placed) {
        Path2D region = screen.path(l.log10Xs(), l.log10Ys(), true);
        Area visible = new Area(region);
        visible.intersect(new Area(screen.dataArea()));
        if (visible.isEmpty()) {
            return;
        }
        double[] dir = direction(screen, l);
        double ux = dir[0];
        double uy = dir[1];
        double nx = uy;    // screen-up normal (ny < 0 because ux > 0)
        double ny = -ux;
        List<double[]> segs = segments(visible);
        double tMin = Double.POSITIVE_INFINITY;
        double tMax = Double.NEGATIVE_INFINITY;
        for (double[] s : segs) {
            tMin = Math.min(tMin, Math.min(s[0] * ux + s[1] * uy, s[2] * ux + s[3] * uy));
            tMax = Math.max(tMax, Math.max(s[0] * ux + s[1] * uy, s[2] * ux + s[3] * uy));
        }
        double angle = Math.atan2(uy, ux);
        // prefer the full text over keeping clear of candidate boxes, and both over the short text
        List<List<Shape>> levels = List.of(concat(concat(hard, soft), placed), concat(hard, placed));
        for (RichText text : new RichText[] {l.text(), l.shortText()}) {
            for (List<Shape> avoid : levels) {
                Rectangle2D b = text.bounds(alongFont, g2.getFontRenderContext());
                double w = b.getWidth();
                if (w > tMax - tMin) {
                    continue;
                }
                for (boolean below : new boolean[] {l.preferBelow(), !l.preferBelow()}) {
                    for (double f : ALONG) {
                        double t = tMin + w / 2 + f * (tMax - tMin - w);
                        double[] extent = extentAlongNormal(segs, t, ux, uy, nx, ny);
                        if (extent == null) {
                            continue;
                        }
                        // foot of the perpendicular at parameter t, then step out past the region's edge
                        double px = t * ux;
                        double py = t * uy;
                        // local y runs along −n: put the descent (above) or the ascent (below) PAD_PX off the edge
                        double s = below ? extent[0] - PAD_PX + b.getY() : extent[1] + PAD_PX + (b.getHeight() + b.getY());
                        double ox = px + s * nx;
                        double oy = py + s * ny;
                        AffineTransform at = AffineTransform.getTranslateInstance(ox, oy);
                        at.rotate(angle);
                        Rectangle2D local = new Rectangle2D.Double(-w / 2, b.getY(), w, b.getHeight());
                        if (fits(at, local, area, avoid)) {
                            drawAt(g2, text, alongFont, l.colour(), at, local, l.groupId());
                            placed.add(at.createTransformedShape(local));
                            return;
                        }
                    }
                }
            }
        }
    }

    private void placeBox(Graphics2D g2, Screen screen, Rectangle2D area, BoxLabel l, List<Shape> hard,
                          List<Shape> soft, List<Shape> placed) {
        Rectangle2D r = screen.rect(l.x0(), l.x1(), l.y0(), l.y1());
        Rectangle2D b = l.text().bounds(boxFont, g2.getFontRenderContext());
        double w = b.getWidth();
        double h = b.getHeight();
        double[][] origins = {
            {r.getCenterX() - w / 2, r.getMinY() - PAD_PX},                     // above, centred
            {r.getMinX(), r.getMinY() - PAD_PX},                                // above, left-aligned
            {r.getMaxX() - w, r.getMinY() - PAD_PX},                            // above, right-aligned
            {r.getCenterX() - w / 2, r.getMaxY() + PAD_PX + h},                 // below, centred
            {r.getMaxX() + PAD_PX, r.getCenterY() + h / 2},                     // right
            {r.getMinX() - PAD_PX - w, r.getCenterY() + h / 2},                 // left
            {r.getCenterX() - w / 2, r.getMinY() + PAD_PX + h}};                // inside, top
        List<Shape> otherBoxes = new ArrayList<>(soft);
        otherBoxes.removeIf(s -> s.getBounds2D().equals(r)); // the label's own box is no obstacle
        List<List<Shape>> levels = List.of(concat(concat(hard, otherBoxes), placed), concat(hard, placed), placed);
        for (List<Shape> avoid : levels) {
            for (double[] o : origins) {
                // origins give the bottom-left corner of the ink box; convert to the baseline
                AffineTransform at = AffineTransform.getTranslateInstance(o[0], o[1] - (h + b.getY()));
                Rectangle2D local = new Rectangle2D.Double(0, b.getY(), w, h);
                if (fits(at, local, area, avoid)) {
                    drawAt(g2, l.text(), boxFont, l.colour(), at, local, l.groupId());
                    placed.add(at.createTransformedShape(local));
                    return;
                }
            }
        }
    }

    private static List<Shape> concat(List<Shape> a, List<Shape> b) {
        List<Shape> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }

    /** True if the transformed box lies in {@code area} and touches none of {@code avoid}. */
    private static boolean fits(AffineTransform at, Rectangle2D local, Rectangle2D area, List<Shape> avoid) {
        Shape shape = at.createTransformedShape(local);
        if (!area.contains(shape.getBounds2D())) {
            // rotated boxes: their axis-aligned bounds may poke out while the corners do not
            double[] c = {local.getMinX(), local.getMinY(), local.getMaxX(), local.getMinY(),
                local.getMaxX(), local.getMaxY(), local.getMinX(), local.getMaxY()};
            at.transform(c, 0, c, 0, 4);
            for (int i = 0; i < 8; i += 2) {
                if (!area.contains(c[i], c[i + 1])) {
                    return false;
                }
            }
        }
        AffineTransform inverse;
        try {
            inverse = at.createInverse();
        } catch (NoninvertibleTransformException e) {
            return false;
        }
        Rectangle2D bounds = shape.getBounds2D();
        Rectangle2D padded = new Rectangle2D.Double(local.getX() - 1, local.getY() - 1, local.getWidth() + 2,
                local.getHeight() + 2);
        for (Shape s : avoid) {
            if (s.getBounds2D().intersects(bounds) && inverse.createTransformedShape(s).intersects(padded)) {
                return false;
            }
        }
        return true;
    }

    private static void drawAt(Graphics2D g2, RichText text, Font font, Color colour, AffineTransform at,
                               Rectangle2D local, String groupId) {
        AffineTransform saved = g2.getTransform();
        Screen.beginGroup(g2, groupId);
        g2.transform(at);
        g2.setPaint(colour);
        text.draw(g2, font, (float) local.getMinX(), 0f);
        g2.setTransform(saved);
        Screen.endGroup(g2);
    }

    /** Unit direction (ux &gt; 0) of the label's axis in screen space. */
    private static double[] direction(Screen screen, AlongLabel l) {
        double dx;
        double dy;
        if (l.axis() != null) {
            Point2D a = screen.point(l.axis()[0], l.axis()[1]);
            Point2D b = screen.point(l.axis()[2], l.axis()[3]);
            dx = b.getX() - a.getX();
            dy = b.getY() - a.getY();
        } else {
            dx = 1;
            dy = 0;
            double best = -1;
            int n = l.log10Xs().length;
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                double ex = screen.x(l.log10Xs()[j]) - screen.x(l.log10Xs()[i]);
                double ey = screen.y(l.log10Ys()[j]) - screen.y(l.log10Ys()[i]);
                double len = Math.hypot(ex, ey);
                if (len > best) {
                    best = len;
                    dx = ex;
                    dy = ey;
                }
            }
        }
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            return new double[] {1, 0};
        }
        dx /= len;
        dy /= len;
        return dx < 0 || (dx == 0 && dy > 0) ? new double[] {-dx, -dy} : new double[] {dx, dy};
    }

    /** The straight segments {x0, y0, x1, y1} of a flattened shape. */
    private static List<double[]> segments(Shape shape) {
        List<double[]> segs = new ArrayList<>();
        double[] c = new double[6];
        double sx = 0;
        double sy = 0;
        double lx = 0;
        double ly = 0;
        for (PathIterator it = shape.getPathIterator(null, 0.5); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                sx = lx = c[0];
                sy = ly = c[1];
            } else if (type == PathIterator.SEG_LINETO) {
                segs.add(new double[] {lx, ly, c[0], c[1]});
                lx = c[0];
                ly = c[1];
            } else if (type == PathIterator.SEG_CLOSE) {
                segs.add(new double[] {lx, ly, sx, sy});
                lx = sx;
                ly = sy;
            }
        }
        return segs;
    }

    /**
     * Where the line {t·u + s·n} crosses the region: {lowest s, highest s} (s along the screen-up normal),
     * or null if it misses.
     */
    private static double[] extentAlongNormal(List<double[]> segs, double t, double ux, double uy, double nx,
                                              double ny) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] s : segs) {
            double t0 = s[0] * ux + s[1] * uy;
            double t1 = s[2] * ux + s[3] * uy;
            if ((t0 - t) * (t1 - t) > 0 || t0 == t1) {
                continue;
            }
            double k = (t - t0) / (t1 - t0);
            double n0 = s[0] * nx + s[1] * ny;
            double n1 = s[2] * nx + s[3] * ny;
            double sv = n0 + k * (n1 - n0);
            lo = Math.min(lo, sv);
            hi = Math.max(hi, sv);
        }
        return lo <= hi ? new double[] {lo, hi} : null;
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
