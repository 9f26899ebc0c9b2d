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

    /** A label next to a box given by log10 corners, with an optional verdict marker before the text. */
    record BoxLabel(RichText text, double x0, double x1, double y0, double y1, Color colour, String groupId,
                    VerdictMark mark) {
        BoxLabel(RichText text, double x0, double x1, double y0, double y1, Color colour, String groupId) {
            this(text, x0, x1, y0, y1, colour, groupId, null);
        }
    }

    /**
     * A label running along an open curve (log10 vertices), rotated to the curve's local direction and set just off
     * it, with an optional verdict marker before the text.
     */
    record CurveLabel(RichText text, RichText shortText, double[] log10Xs, double[] log10Ys, Color colour,
                      String groupId, VerdictMark mark) {
    }

    /** A label pinned to the top edge of the data area, centred on log10 x (e.g. an energy class's span). */
    record PinnedLabel(RichText text, double log10X, Color colour, String groupId) {
    }

    private final transient List<AlongLabel> alongLabels;
    private final transient List<BoxLabel> boxLabels;
    private final transient List<double[][]> hardObstacles;
    private final transient List<double[][]> softObstacles;
    private final Font alongFont;
    private final Font boxFont;
    private final transient Title legend;
    private final transient List<CurveLabel> curveLabels;
    private final transient List<PinnedLabel> pinnedLabels;
    private final transient List<double[][]> curveObstacles;
    private final transient Palette palette;

    /**
     * @param hardObstacles outlines ({xs, ys} in log10) labels must not cover if at all possible: bands, model
     * @param softObstacles outlines labels avoid when there is room: candidate boxes
     * @param legend        legend to put in the emptiest corner, or null
     */
    LabelLayer(List<AlongLabel> alongLabels, List<BoxLabel> boxLabels, List<double[][]> hardObstacles,
               List<double[][]> softObstacles, Font alongFont, Font boxFont, Title legend) {
        this(alongLabels, boxLabels, List.of(), List.of(), hardObstacles, softObstacles, List.of(), alongFont, boxFont, legend,
                Palette.OKABE_ITO);
    }

    /**
     * @param curveLabels    labels along open curves (placed after the along labels, before the box labels)
     * @param pinnedLabels   labels at the top of the data area (placed first)
     * @param curveObstacles open polylines ({xs, ys} in log10) that labels must not cross, like hard obstacles
     * @param palette        colours of the verdict markers
     */
    LabelLayer(List<AlongLabel> alongLabels, List<BoxLabel> boxLabels, List<CurveLabel> curveLabels,
               List<PinnedLabel> pinnedLabels, List<double[][]> hardObstacles, List<double[][]> softObstacles,
               List<double[][]> curveObstacles, Font alongFont, Font boxFont, Title legend, Palette palette) {
        this.palette = Objects.requireNonNull(palette, "palette");
        this.curveLabels = List.copyOf(curveLabels);
        this.pinnedLabels = List.copyOf(pinnedLabels);
        this.curveObstacles = List.copyOf(curveObstacles);
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
        List<Shape> curves = new ArrayList<>();
        for (double[][] line : curveObstacles) {
            curves.add(new Area(CURVE_CLEARANCE.createStrokedShape(screen.path(line[0], line[1], false))));
        }
        List<Shape> hardWithoutCurves = List.copyOf(hard);
        hard.addAll(curves);
        List<Shape> soft = new ArrayList<>();
        for (double[][] poly : softObstacles) {
            soft.add(screen.path(poly[0], poly[1], true));
        }
        List<Shape> placed = new ArrayList<>();
        if (legend != null) {
            Rectangle2D r = placeLegend(g2, area, concat(concat(hard, soft), placed), curves);
            Screen.beginGroup(g2, "legend");
            legend.draw(g2, r);
            Screen.endGroup(g2);
            placed.add(r);
        }
        for (PinnedLabel p : pinnedLabels) {
            placePinned(g2, screen, area, p, placed);
        }
        for (AlongLabel l : alongLabels) {
            placeAlong(g2, screen, area, l, hard, soft, placed);
        }
        for (CurveLabel c : curveLabels) {
            // the curve's own clearance is no obstacle for its label (the offset keeps the text off it)
            List<Shape> otherCurves = new ArrayList<>();
            for (int i = 0; i < curves.size(); i++) {
                if (curveObstacles.get(i)[0] != c.log10Xs()) {
                    otherCurves.add(curves.get(i));
                }
            }
            placeCurve(g2, screen, area, c, concat(hardWithoutCurves, otherCurves), otherCurves, soft, placed);
        }
        for (BoxLabel b : boxLabels) {
            placeBox(g2, screen, area, b, hard, soft, placed);
        }
    }

    /** How far labels keep from drawn curves: a stroke this wide around each curve is an obstacle. */
    private static final java.awt.BasicStroke CURVE_CLEARANCE = new java.awt.BasicStroke(5f);

    /** Marker size relative to the font size, and the gap between marker and text [px]. */
    private static final double MARK_SCALE = 0.62;
    private static final double MARK_GAP_PX = 3;

    private double markWidth(VerdictMark mark, Font font) {
        return mark == null ? 0 : MARK_SCALE * font.getSize2D() + MARK_GAP_PX;
    }

    private void placePinned(Graphics2D g2, Screen screen, Rectangle2D area, PinnedLabel p, List<Shape> placed) {
        Rectangle2D b = p.text().bounds(boxFont, g2.getFontRenderContext());
        double w = b.getWidth();
        double cx = screen.x(p.log10X());
        if (cx < area.getMinX() || cx > area.getMaxX()) {
            return;
        }
        double x0 = Math.max(area.getMinX() + 2, Math.min(area.getMaxX() - w - 2, cx - w / 2));
        for (int row = 0; row < 6; row++) {
            // three rows under the top edge, then three above the bottom edge
            double top = row < 3 ? area.getMinY() + 4 + row * (b.getHeight() + 2)
                    : area.getMaxY() - 4 - (row - 2) * (b.getHeight() + 2);
            AffineTransform at = AffineTransform.getTranslateInstance(x0, top - b.getY());
            Rectangle2D local = new Rectangle2D.Double(0, b.getY(), w, b.getHeight());
            if (fits(at, local, area, placed)) {
                drawAt(g2, p.text(), boxFont, p.colour(), at, local, p.groupId(), null);
                placed.add(at.createTransformedShape(local));
                return;
            }
        }
    }

    private void placeCurve(Graphics2D g2, Screen screen, Rectangle2D area, CurveLabel l, List<Shape> hard,
                            List<Shape> otherCurves, List<Shape> soft, List<Shape> placed) {
        int n = l.log10Xs().length;
        if (n < 2) {
            return;
        }
        double[] px = new double[n];
        double[] py = new double[n];
        double[] arc = new double[n];
        double sIn = Double.NaN;
        double sOut = Double.NaN;
        for (int i = 0; i < n; i++) {
            px[i] = screen.x(l.log10Xs()[i]);
            py[i] = screen.y(l.log10Ys()[i]);
            arc[i] = i == 0 ? 0 : arc[i - 1] + Math.hypot(px[i] - px[i - 1], py[i] - py[i - 1]);
            if (area.contains(px[i], py[i])) {
                sIn = Double.isNaN(sIn) ? arc[i] : sIn;
                sOut = arc[i];
            }
        }
        if (Double.isNaN(sIn)) {
            return;
        }
        // last resort: over translucent bands and regions, but never over another curve or label
        List<List<Shape>> levels = List.of(concat(concat(hard, soft), placed), concat(hard, placed),
                concat(otherCurves, placed));
        double mw = markWidth(l.mark(), boxFont);
        for (RichText text : new RichText[] {l.text(), l.shortText()}) {
            Rectangle2D b = text.bounds(boxFont, g2.getFontRenderContext());
            double w = b.getWidth() + mw;
            if (w > sOut - sIn) {
                continue;
            }
            for (List<Shape> avoid : levels) {
                for (boolean below : new boolean[] {false, true}) {
                    for (double f : ALONG) {
                        double sMid = sIn + w / 2 + f * (sOut - sIn - w);
                        double[] a = at(px, py, arc, sMid - w / 2);
                        double[] c = at(px, py, arc, sMid + w / 2);
                        double dx = c[0] - a[0];
                        double dy = c[1] - a[1];
                        double len = Math.hypot(dx, dy);
                        if (len < 1e-6) {
                            continue;
                        }
                        double ux = dx / len;
                        double uy = dy / len;
                        if (ux < 0) {
                            ux = -ux;
                            uy = -uy;
                        }
                        double nx = uy;   // screen-up normal
                        double ny = -ux;
                        double mx = (a[0] + c[0]) / 2;
                        double my = (a[1] + c[1]) / 2;
                        // how far the curve bulges either way from the chord under the label
                        double up = 0;
                        double down = 0;
                        for (int i = 0; i < n; i++) {
                            if (arc[i] >= sMid - w / 2 && arc[i] <= sMid + w / 2) {
                                double d = (px[i] - mx) * nx + (py[i] - my) * ny;
                                up = Math.max(up, d);
                                down = Math.min(down, d);
                            }
                        }
                        double clear = 2.5 + PAD_PX;
                        double s = below ? down - clear + b.getY() : up + clear + (b.getHeight() + b.getY());
                        AffineTransform t = AffineTransform.getTranslateInstance(mx + s * nx, my + s * ny);
                        t.rotate(Math.atan2(uy, ux));
                        Rectangle2D local = new Rectangle2D.Double(-w / 2, b.getY(), w, b.getHeight());
                        if (fits(t, local, area, avoid)) {
                            drawAt(g2, text, boxFont, l.colour(), t, local, l.groupId(), l.mark());
                            placed.add(t.createTransformedShape(local));
                            return;
                        }
                    }
                }
            }
        }
    }

    /** The point at arc length s along the polyline (clamped to its ends). */
    private static double[] at(double[] px, double[] py, double[] arc, double s) {
        int n = px.length;
        if (s <= 0) {
            return new double[] {px[0], py[0]};
        }
        for (int i = 1; i < n; i++) {
            if (arc[i] >= s) {
                double seg = arc[i] - arc[i - 1];
                double k = seg == 0 ? 0 : (s - arc[i - 1]) / seg;
                return new double[] {px[i - 1] + k * (px[i] - px[i - 1]), py[i - 1] + k * (py[i] - py[i - 1])};
            }
        }
        return new double[] {px[n - 1], py[n - 1]};
    }

    /** The corner (TR, BR, BL, TL) where the legend covers the fewest obstacles. */
    private Rectangle2D placeLegend(Graphics2D g2, Rectangle2D area, List<Shape> obstacles, List<Shape> curves) {
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
            for (Shape o : curves) {
                // a legend over a drawn curve hides what the figure is about: far worse than over a box
                if (o.intersects(c)) {
                    Area a = new Area(o);
                    a.intersect(new Area(c));
                    Rectangle2D b = a.getBounds2D();
                    cost += 1e4 + 1e3 * b.getWidth() * b.getHeight();
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
                            drawAt(g2, text, alongFont, l.colour(), at, local, l.groupId(), null);
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
        double w = b.getWidth() + markWidth(l.mark(), boxFont);
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
                    drawAt(g2, l.text(), boxFont, l.colour(), at, local, l.groupId(), l.mark());
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

    private void drawAt(Graphics2D g2, RichText text, Font font, Color colour, AffineTransform at,
                               Rectangle2D local, String groupId, VerdictMark mark) {
        AffineTransform saved = g2.getTransform();
        Screen.beginGroup(g2, groupId);
        g2.transform(at);
        double x = local.getMinX();
        if (mark != null) {
            double size = MARK_SCALE * font.getSize2D();
            // centred on the x-height, so it sits level with lower-case text
            double cy = -0.36 * font.getSize2D();
            Shape m = mark.shape(x + size / 2, cy, size);
            Screen.beginGroup(g2, groupId + "-verdict-" + mark.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            g2.setPaint(mark.colour(palette));
            g2.fill(m);
            g2.setPaint(FigureBuilder.markOutline(mark, palette));
            g2.setStroke(new java.awt.BasicStroke(0.5f));
            g2.draw(m);
            Screen.endGroup(g2);
            x += size + MARK_GAP_PX;
        }
        g2.setPaint(colour);
        text.draw(g2, font, (float) x, 0f);
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
