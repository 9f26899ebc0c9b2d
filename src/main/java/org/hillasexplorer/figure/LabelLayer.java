package org.hillasexplorer.figure;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hillasexplorer.figure.FigureSpec.Polyline;
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
 *
 * <p>What to write and what it labels comes from a {@link FigureSpec} (its {@link FigureSpec.Label}s and the outlines of
 * its shapes as obstacles); only the pixel placement, which needs font metrics and the current axes, happens here.
 */
final class LabelLayer extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    /** Fractions along the visible length of a band tried in turn. */
    private static final double[] ALONG = {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.14, 0.86};
    /** Gap between a label and what it labels [px]. */
    private static final double PAD_PX = 3;

    private final transient List<FigureSpec.Along> alongLabels = new ArrayList<>();
    private final transient List<FigureSpec.AtBox> boxLabels = new ArrayList<>();
    private final transient List<FigureSpec.OnCurve> curveLabels = new ArrayList<>();
    private final transient List<FigureSpec.Pinned> pinnedLabels = new ArrayList<>();
    private final transient List<Polyline> hardObstacles;
    private final transient List<Polyline> softObstacles;
    private final transient List<Polyline> curveObstacles;
    private final Font font;
    private final Font boldFont;
    private final transient Title legend;
    private final transient Palette palette;
    /** The slots chosen in the last drawing, shared with the layer that replaces this one on the same chart. */
    private final transient Memory memory;
    /** Where the last drawing put each label. */
    private transient List<PlacedLabel> placements = List.of();
    /** Collects {@link #placements} and the chosen slots while drawing. */
    private transient List<PlacedLabel> drawing = new ArrayList<>();
    private transient java.util.Map<String, String> chosen = new java.util.HashMap<>();
    private transient boolean sameFrame;

    /**
     * The slot (candidate position) each label took in the last drawing of a chart, and the frame (data area and axis
     * ranges) it was drawn in. While the frame stays, a label keeps its slot as long as that does not put it on
     * another label, so labels do not reshuffle while a slider moves the bands; when the frame changes (zoom, refit,
     * resize) or {@link #forget} is called, every label is placed afresh.
     */
    static final class Memory {
        private String frame = "";
        private java.util.Map<String, String> slots = java.util.Map.of();

        /** Forgets every slot: the next drawing solves the placement afresh. */
        void forget() {
            frame = "";
            slots = java.util.Map.of();
        }
    }

    /**
     * @param labels         the labels of a {@link FigureSpec}: pinned labels are placed first, then those along
     *                       regions, along curves and at boxes, each kind in list order
     * @param hardObstacles  outlines labels must not cover if at all possible: bands, model
     * @param softObstacles  outlines labels avoid when there is room: candidate boxes
     * @param curveObstacles open polylines that labels must not cross, like hard obstacles
     * @param font           font of the labels
     * @param boldFont       font of the {@link FigureSpec.Along#bold bold} labels along regions
     * @param legend         legend to put in the emptiest corner, or null
     * @param palette        colours of the verdict markers
     */
    LabelLayer(List<FigureSpec.Label> labels, List<Polyline> hardObstacles, List<Polyline> softObstacles,
               List<Polyline> curveObstacles, Font font, Font boldFont, Title legend, Palette palette) {
        this(labels, hardObstacles, softObstacles, curveObstacles, font, boldFont, legend, palette, new Memory());
    }

    /** As the other constructor, keeping the slots of {@code memory} (from the layer this one replaces). */
    LabelLayer(List<FigureSpec.Label> labels, List<Polyline> hardObstacles, List<Polyline> softObstacles,
               List<Polyline> curveObstacles, Font font, Font boldFont, Title legend, Palette palette, Memory memory) {
        this.memory = Objects.requireNonNull(memory, "memory");
        for (FigureSpec.Label l : labels) {
            if (l instanceof FigureSpec.Along a) {
                alongLabels.add(a);
            } else if (l instanceof FigureSpec.AtBox b) {
                boxLabels.add(b);
            } else if (l instanceof FigureSpec.OnCurve c) {
                curveLabels.add(c);
            } else if (l instanceof FigureSpec.Pinned p) {
                pinnedLabels.add(p);
            }
        }
        this.palette = Objects.requireNonNull(palette, "palette");
        this.hardObstacles = List.copyOf(hardObstacles);
        this.softObstacles = List.copyOf(softObstacles);
        this.curveObstacles = List.copyOf(curveObstacles);
        this.font = Objects.requireNonNull(font);
        this.boldFont = Objects.requireNonNull(boldFont);
        this.legend = legend;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        Screen screen = new Screen(plot, dataArea, domainAxis, rangeAxis);
        Rectangle2D area = new Rectangle2D.Double(dataArea.getX() + 3, dataArea.getY() + 3,
                dataArea.getWidth() - 6, dataArea.getHeight() - 6);
        String frame = dataArea.getX() + "," + dataArea.getY() + "," + dataArea.getWidth() + "," + dataArea.getHeight()
                + "|" + domainAxis.getRange() + "|" + rangeAxis.getRange();
        sameFrame = frame.equals(memory.frame);
        drawing = new ArrayList<>();
        chosen = new java.util.HashMap<>();
        try {
            placeAll(g2, screen, area);
        } finally {
            placements = List.copyOf(drawing);
            memory.frame = frame;
            memory.slots = Map.copyOf(chosen);
        }
    }

    /** The legend under the plot when the plot has no room for it: then this layer leaves it out. */
    private transient LegendBelow legendBelow;

    void legendBelow(LegendBelow below) {
        legendBelow = below;
    }

    /** Where the last drawing put each label (empty before the first). */
    List<PlacedLabel> placements() {
        return placements;
    }

    /** The slots this layer keeps across redraws in the same frame. */
    Memory memory() {
        return memory;
    }

    /** The slot {@code key} took in the last drawing of the same frame, or null. */
    private String remembered(String key) {
        return sameFrame ? memory.slots.get(key) : null;
    }

    private void placeAll(Graphics2D g2, Screen screen, Rectangle2D area) {
        List<Shape> hard = new ArrayList<>();
        for (Polyline poly : hardObstacles) {
            hard.add(screen.path(poly, true));
        }
        List<Shape> curves = new ArrayList<>();
        for (Polyline line : curveObstacles) {
            curves.add(new Area(CURVE_CLEARANCE.createStrokedShape(screen.path(line, false))));
        }
        List<Shape> hardWithoutCurves = List.copyOf(hard);
        hard.addAll(curves);
        List<Shape> soft = new ArrayList<>();
        for (Polyline poly : softObstacles) {
            soft.add(screen.path(poly, true));
        }
        List<Shape> placed = new ArrayList<>();
        if (legend != null && (legendBelow == null || !legendBelow.isBelow())) {
            Rectangle2D r = placeLegend(g2, area, concat(concat(hard, soft), placed), curves);
            Screen.beginGroup(g2, "legend");
            legend.draw(g2, r);
            Screen.endGroup(g2);
            placed.add(r);
        }
        for (FigureSpec.Pinned p : pinnedLabels) {
            placePinned(g2, screen, area, p, placed);
        }
        // band labels first: no other label (the model's) may take their room
        for (boolean bands : new boolean[] {true, false}) {
            for (FigureSpec.Along l : alongLabels) {
                if ((l.kind() == FigureSpec.Kind.BAND) == bands) {
                    placeAlong(g2, screen, area, l, hard, soft, placed);
                }
            }
        }
        for (FigureSpec.OnCurve c : curveLabels) {
            // the curve's own clearance is no obstacle for its label (the offset keeps the text off it)
            List<Shape> otherCurves = new ArrayList<>();
            for (int i = 0; i < curves.size(); i++) {
                if (!curveObstacles.get(i).equals(c.curve())) {
                    otherCurves.add(curves.get(i));
                }
            }
            placeCurve(g2, screen, area, c, concat(hardWithoutCurves, otherCurves), otherCurves, soft, placed);
        }
        for (FigureSpec.AtBox b : boxLabels) {
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

    private void placePinned(Graphics2D g2, Screen screen, Rectangle2D area, FigureSpec.Pinned p, List<Shape> placed) {
        Rectangle2D b = p.text().bounds(font, g2.getFontRenderContext());
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
                commit(g2, p, p.text(), font, at, local, null, placed, "pinned:" + p.subject(), "row" + row, null,
                        null, false);
                return;
            }
        }
    }

    private void placeCurve(Graphics2D g2, Screen screen, Rectangle2D area, FigureSpec.OnCurve l, List<Shape> hard,
                            List<Shape> otherCurves, List<Shape> soft, List<Shape> placed) {
        double[] xs = l.curve().xs();
        double[] ys = l.curve().ys();
        int n = xs.length;
        if (n < 2) {
            return;
        }
        double[] px = new double[n];
        double[] py = new double[n];
        double[] arc = new double[n];
        double sIn = Double.NaN;
        double sOut = Double.NaN;
        for (int i = 0; i < n; i++) {
            px[i] = screen.x(xs[i]);
            py[i] = screen.y(ys[i]);
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
        VerdictMark mark = l.mark().orElse(null);
        double mw = markWidth(mark, font);
        for (RichText text : new RichText[] {l.text(), l.shortText()}) {
            Rectangle2D b = text.bounds(font, g2.getFontRenderContext());
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
                            commit(g2, l, text, font, t, local, mark, placed, "curve:" + l.subject(), "curve", null,
                                    null, false);
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

    private void placeAlong(Graphics2D g2, Screen screen, Rectangle2D area, FigureSpec.Along l, List<Shape> hard,
                            List<Shape> soft, List<Shape> placed) {
        Path2D region = screen.path(l.region(), true);
        Font alongFont = l.bold() ? boldFont : font;
        boolean band = l.kind() == FigureSpec.Kind.BAND;
        Area visible = new Area(region);
        visible.intersect(new Area(screen.dataArea()));
        if (visible.isEmpty()) {
            if (band) {
                placeOffView(g2, area, l, region.getBounds2D(), placed);
            }
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
        String key = "along:" + l.kind() + ":" + l.subject() + ":" + l.groupId();
        RichText[] texts = {l.text(), l.shortText()};
        Rectangle2D anchor = visible.getBounds2D();
        // the slot of the last drawing first, if it still keeps clear of the bands and of other labels
        String prev = remembered(key);
        if (prev != null && prev.matches("[01]:(true|false):\\d+")) {
            String[] k = prev.split(":");
            int ti = Integer.parseInt(k[0]);
            boolean below = Boolean.parseBoolean(k[1]);
            int fi = Integer.parseInt(k[2]);
            if (tryAlong(g2, area, l, texts[ti], alongFont, segs, tMin, tMax, ux, uy, nx, ny, angle, below, fi,
                    concat(hard, placed), placed, key, prev, anchor)) {
                return;
            }
        }
        // prefer the full text over keeping clear of candidate boxes, and both over the short text; a band's label
        // is never dropped: then over other bands, then over anything
        List<List<Shape>> levels = new ArrayList<>(List.of(concat(concat(hard, soft), placed), concat(hard, placed)));
        if (band) {
            levels.add(placed);
            levels.add(List.of());
        }
        // (level, text) in turn: the full text clear of boxes, then over boxes, then the short text likewise
        int[][] order = band ? new int[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}, {2, 0}, {2, 1}, {3, 1}, {3, 0}}
                : new int[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}};
        for (int[] lt : order) {
            for (boolean below : new boolean[] {l.preferBelow(), !l.preferBelow()}) {
                for (int fi = 0; fi < ALONG.length; fi++) {
                    String slot = lt[1] + ":" + below + ":" + fi;
                    if (tryAlong(g2, area, l, texts[lt[1]], alongFont, segs, tMin, tMax, ux, uy, nx, ny, angle, below,
                            fi, levels.get(lt[0]), placed, key, slot, anchor)) {
                        return;
                    }
                }
            }
        }
        if (band) {
            // the visible sliver is shorter than even the short text: a horizontal label on it, kept in the plot
            Rectangle2D b = l.shortText().bounds(alongFont, g2.getFontRenderContext());
            double w = b.getWidth();
            double x0 = Math.max(area.getMinX() + 2, Math.min(area.getMaxX() - w - 2, anchor.getCenterX() - w / 2));
            double top = Math.max(area.getMinY() + 2, Math.min(area.getMaxY() - b.getHeight() - 2,
                    anchor.getMinY() - b.getHeight() - PAD_PX));
            AffineTransform at = AffineTransform.getTranslateInstance(x0, top - b.getY());
            Rectangle2D local = new Rectangle2D.Double(0, b.getY(), w, b.getHeight());
            commit(g2, l, l.shortText(), alongFont, at, local, null, placed, key, "sliver", anchor, null, false);
        }
    }

    /** Tries one slot of a label along a region: text {@code text} on side {@code below} at fraction {@code ALONG[fi]}. */
    private boolean tryAlong(Graphics2D g2, Rectangle2D area, FigureSpec.Along l, RichText text, Font alongFont,
                             List<double[]> segs, double tMin, double tMax, double ux, double uy, double nx, double ny,
                             double angle, boolean below, int fi, List<Shape> avoid, List<Shape> placed, String key,
                             String slot, Rectangle2D anchor) {
        Rectangle2D b = text.bounds(alongFont, g2.getFontRenderContext());
        double w = b.getWidth();
        if (w > tMax - tMin) {
            return false;
        }
        double t = tMin + w / 2 + ALONG[fi] * (tMax - tMin - w);
        double[] extent = extentAlongNormal(segs, t, ux, uy, nx, ny);
        if (extent == null) {
            return false;
        }
        // foot of the perpendicular at parameter t, then step out past the region's edge
        double px = t * ux;
        double py = t * uy;
        // local y runs along −n: put the descent (above) or the ascent (below) PAD_PX off the edge
        double s = below ? extent[0] - PAD_PX + b.getY() : extent[1] + PAD_PX + (b.getHeight() + b.getY());
        AffineTransform at = AffineTransform.getTranslateInstance(px + s * nx, py + s * ny);
        at.rotate(angle);
        Rectangle2D local = new Rectangle2D.Double(-w / 2, b.getY(), w, b.getHeight());
        if (!fits(at, local, area, avoid)) {
            return false;
        }
        String ti = text == l.text() ? "0" : "1";
        commit(g2, l, text, alongFont, at, local, null, placed, key, ti + slot.substring(slot.indexOf(':')), anchor,
                null, false);
        return true;
    }

    /**
     * A note at the edge of the plot for a band outside the visible range: an arrow pointing towards it and its
     * short name, e.g. "↑ GeV band", where the band lies beyond the edge.
     */
    private void placeOffView(Graphics2D g2, Rectangle2D area, FigureSpec.Along l, Rectangle2D where, List<Shape> placed) {
        double cx = where.getCenterX();
        double cy = where.getCenterY();
        int dx = cx < area.getMinX() ? -1 : cx > area.getMaxX() ? 1 : 0;
        int dy = cy < area.getMinY() ? -1 : cy > area.getMaxY() ? 1 : 0;
        if (dx == 0 && dy == 0) {
            // the bounds' centre is in view but the band is not (a thin diagonal band past a corner)
            dx = where.getMaxX() < area.getMinX() ? -1 : where.getMinX() > area.getMaxX() ? 1 : 0;
            dy = where.getMaxY() < area.getMinY() ? -1 : 1;
        }
        String arrow = switch ((dy + 1) * 3 + dx + 1) {
            case 0 -> "\u2196";
            case 1 -> "\u2191";
            case 2 -> "\u2197";
            case 3 -> "\u2190";
            case 5 -> "\u2192";
            case 6 -> "\u2199";
            case 7 -> "\u2193";
            default -> "\u2198";
        };
        RichText text = RichText.plain(arrow + " " + l.shortText().plainText() + " band");
        Font f = l.bold() ? boldFont : font;
        Rectangle2D b = text.bounds(f, g2.getFontRenderContext());
        double w = b.getWidth();
        double h = b.getHeight();
        double x0 = Math.max(area.getMinX() + 2, Math.min(area.getMaxX() - w - 2, cx - w / 2));
        double top = Math.max(area.getMinY() + 2, Math.min(area.getMaxY() - h - 2, cy - h / 2));
        String key = "offview:" + l.subject();
        Rectangle2D local = new Rectangle2D.Double(0, b.getY(), w, h);
        // along the edge, away from other labels (the legend among them)
        for (int step = 0; step < 12; step++) {
            int k = (step + 1) / 2 * (step % 2 == 0 ? 1 : -1);
            double sx = dy != 0 ? x0 + k * (w / 2 + 4) : x0;
            double sy = dy == 0 ? top + k * (h + 3) : top;
            AffineTransform at = AffineTransform.getTranslateInstance(sx, sy - b.getY());
            if (fits(at, local, area, placed)) {
                commit(g2, l, text, f, at, local, null, placed, key, "edge", null, null, true);
                return;
            }
        }
        commit(g2, l, text, f, AffineTransform.getTranslateInstance(x0, top - b.getY()), local, null, placed, key,
                "edge", null, null, true);
    }

    /**
     * The candidate positions of a box's label, {x of the ink box's left edge, y of its bottom edge, 1 if away from the
     * box}: inside its top-left corner when it fits, then touching the box above, below, right and left, then away from
     * it at growing distances (drawn with a leader line).
     */
    private static List<double[]> boxSlots(Rectangle2D r, double w, double h) {
        List<double[]> slots = new ArrayList<>();
        double cx = r.getCenterX();
        double cy = r.getCenterY();
        boolean inside = w + 2 * PAD_PX <= r.getWidth() && h + 2 * PAD_PX <= r.getHeight();
        if (inside) {
            slots.add(new double[] {r.getMinX() + PAD_PX, r.getMinY() + PAD_PX + h, 0});
        }
        slots.add(new double[] {r.getMinX(), r.getMinY() - PAD_PX, 0});                 // above, left-aligned
        slots.add(new double[] {cx - w / 2, r.getMinY() - PAD_PX, 0});                  // above, centred
        slots.add(new double[] {r.getMaxX() - w, r.getMinY() - PAD_PX, 0});             // above, right-aligned
        slots.add(new double[] {r.getMinX(), r.getMaxY() + PAD_PX + h, 0});             // below, left-aligned
        slots.add(new double[] {cx - w / 2, r.getMaxY() + PAD_PX + h, 0});              // below, centred
        slots.add(new double[] {r.getMaxX() - w, r.getMaxY() + PAD_PX + h, 0});         // below, right-aligned
        slots.add(new double[] {r.getMaxX() + PAD_PX, cy + h / 2, 0});                  // right
        slots.add(new double[] {r.getMinX() - PAD_PX - w, cy + h / 2, 0});              // left
        slots.add(new double[] {r.getMaxX() + PAD_PX, r.getMinY() + h, 0});             // right, top
        slots.add(new double[] {r.getMinX() - PAD_PX - w, r.getMinY() + h, 0});         // left, top
        if (inside) {
            slots.add(new double[] {cx - w / 2, cy + h / 2, 0});                        // inside, centred
            slots.add(new double[] {r.getMinX() + PAD_PX, r.getMaxY() - PAD_PX, 0});    // inside, bottom-left
        }
        for (double k : new double[] {1.2, 2.4, 3.6, 5.5, 8}) {
            double d = k * (h + 2);
            slots.add(new double[] {cx - w / 2, r.getMinY() - PAD_PX - d, 1});
            slots.add(new double[] {cx - w / 2, r.getMaxY() + PAD_PX + h + d, 1});
            slots.add(new double[] {r.getMaxX() + PAD_PX + d, cy + h / 2, 1});
            slots.add(new double[] {r.getMinX() - PAD_PX - w - d, cy + h / 2, 1});
            slots.add(new double[] {r.getMaxX() + d / 2, r.getMinY() - PAD_PX - d, 1});
            slots.add(new double[] {r.getMinX() - w - d / 2, r.getMinY() - PAD_PX - d, 1});
            slots.add(new double[] {r.getMaxX() + d / 2, r.getMaxY() + PAD_PX + h + d, 1});
            slots.add(new double[] {r.getMinX() - w - d / 2, r.getMaxY() + PAD_PX + h + d, 1});
        }
        return slots;
    }

    private void placeBox(Graphics2D g2, Screen screen, Rectangle2D area, FigureSpec.AtBox l, List<Shape> hard,
                          List<Shape> soft, List<Shape> placed) {
        Rectangle2D full = screen.rect(l.x0(), l.x1(), l.y0(), l.y1());
        Rectangle2D r = full.createIntersection(screen.dataArea());
        if (r.getWidth() < 0 || r.getHeight() < 0 || r.isEmpty() && r.getWidth() + r.getHeight() <= 0) {
            return; // the box is out of view
        }
        Rectangle2D b = l.text().bounds(font, g2.getFontRenderContext());
        VerdictMark mark = l.mark().orElse(null);
        double w = b.getWidth() + markWidth(mark, font);
        double h = b.getHeight();
        List<double[]> slots = boxSlots(r, w, h);
        List<Shape> otherBoxes = new ArrayList<>(soft);
        otherBoxes.removeIf(s -> s.getBounds2D().equals(full)); // the label's own box is no obstacle
        // nor is a curve that is the thing labelled (a measured point's short segment)
        Rectangle2D near = new Rectangle2D.Double(full.getX() - 4, full.getY() - 4, full.getWidth() + 8, full.getHeight() + 8);
        hard = hard.stream().filter(s -> !near.contains(s.getBounds2D())).toList();
        Rectangle2D local = new Rectangle2D.Double(0, b.getY(), w, h);
        String key = "box:" + l.subject();
        String prev = remembered(key);
        if (prev != null && prev.matches("\\d+")) {
            int i = Integer.parseInt(prev);
            if (i < slots.size() && fits(boxAt(slots.get(i), b, h), local, area, placed)) {
                commitBox(g2, l, mark, slots.get(i), b, h, local, r, placed, key, i);
                return;
            }
        }
        // on or at the box clear of everything, then over other boxes; only then away from it with a leader line,
        // and over bands last; a label is never dropped
        List<List<Shape>> levels = List.of(concat(concat(hard, otherBoxes), placed), concat(hard, placed), placed);
        int[][] passes = {{0, 0}, {1, 0}, {0, 1}, {1, 1}, {2, 0}, {2, 1}};
        for (int[] pass : passes) {
            List<Shape> avoid = levels.get(pass[0]);
            for (int i = 0; i < slots.size(); i++) {
                if (slots.get(i)[2] == pass[1] && fits(boxAt(slots.get(i), b, h), local, area, avoid)) {
                    commitBox(g2, l, mark, slots.get(i), b, h, local, r, placed, key, i);
                    return;
                }
            }
        }
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i)[2] == 0 && fits(boxAt(slots.get(i), b, h), local, area, List.of())) {
                commitBox(g2, l, mark, slots.get(i), b, h, local, r, placed, key, i);
                return;
            }
        }
        // a box at the edge with a label wider than the room beside it: at the box, pushed into the plot
        double[] o = slots.get(0).clone();
        o[0] = Math.max(area.getMinX(), Math.min(area.getMaxX() - w, o[0]));
        o[1] = Math.max(area.getMinY() + h, Math.min(area.getMaxY(), o[1]));
        commitBox(g2, l, mark, o, b, h, local, r, placed, key, 0);
    }

    /** The transform that puts a box label's ink box with its bottom-left corner at the slot's origin. */
    private static AffineTransform boxAt(double[] o, Rectangle2D b, double h) {
        return AffineTransform.getTranslateInstance(o[0], o[1] - (h + b.getY()));
    }

    private void commitBox(Graphics2D g2, FigureSpec.AtBox l, VerdictMark mark, double[] o, Rectangle2D b, double h,
                           Rectangle2D local, Rectangle2D box, List<Shape> placed, String key, int slot) {
        AffineTransform at = boxAt(o, b, h);
        Line2D leader = null;
        if (o[2] != 0) {
            Rectangle2D ink = at.createTransformedShape(local).getBounds2D();
            double px = Math.max(box.getMinX(), Math.min(box.getMaxX(), ink.getCenterX()));
            double py = Math.max(box.getMinY(), Math.min(box.getMaxY(), ink.getCenterY()));
            double qx = Math.max(ink.getMinX(), Math.min(ink.getMaxX(), px));
            double qy = Math.max(ink.getMinY(), Math.min(ink.getMaxY(), py));
            leader = new Line2D.Double(qx, qy, px, py);
        }
        commit(g2, l, l.text(), font, at, local, mark, placed, key, Integer.toString(slot), box, leader, false);
    }

    /** Draws a label (and its leader line), marks its room as taken and records where it went. */
    private void commit(Graphics2D g2, FigureSpec.Label l, RichText text, Font f, AffineTransform at, Rectangle2D local,
                        VerdictMark mark, List<Shape> placed, String key, String slot, Rectangle2D anchor, Line2D leader,
                        boolean offView) {
        if (leader != null) {
            Screen.beginGroup(g2, l.groupId() + "-leader");
            g2.setPaint(l.colour());
            g2.setStroke(new java.awt.BasicStroke(0.8f, java.awt.BasicStroke.CAP_ROUND, java.awt.BasicStroke.JOIN_ROUND));
            g2.draw(leader);
            g2.fill(new java.awt.geom.Ellipse2D.Double(leader.getX2() - 1.6, leader.getY2() - 1.6, 3.2, 3.2));
            Screen.endGroup(g2);
        }
        drawAt(g2, text, f, l.colour(), at, local, l.groupId(), mark);
        Shape taken = at.createTransformedShape(local);
        placed.add(taken);
        chosen.put(key, slot);
        drawing.add(new PlacedLabel(l.kind(), l.subject(), text.plainText(), taken.getBounds2D(),
                Optional.ofNullable(anchor), Optional.ofNullable(leader), offView, slot));
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
            g2.setPaint(ChartDrawer.markOutline(mark, palette));
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
    private static double[] direction(Screen screen, FigureSpec.Along l) {
        double dx;
        double dy;
        if (l.axis().isPresent()) {
            FigureSpec.Segment axis = l.axis().get();
            Point2D a = screen.point(axis.x0(), axis.y0());
            Point2D b = screen.point(axis.x1(), axis.y1());
            dx = b.getX() - a.getX();
            dy = b.getY() - a.getY();
        } else {
            dx = 1;
            dy = 0;
            double best = -1;
            double[] xs = l.region().xs();
            double[] ys = l.region().ys();
            int n = xs.length;
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                double ex = screen.x(xs[j]) - screen.x(xs[i]);
                double ey = screen.y(ys[j]) - screen.y(ys[i]);
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
