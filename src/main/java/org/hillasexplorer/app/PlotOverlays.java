package org.hillasexplorer.app;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hillasexplorer.figure.CandidateLayer;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.Band;
import org.hillasexplorer.physics.BandGeometry;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Polygon;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.teaching.Highlight;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * What the window draws over a figure and no export does: the hovered box, the ghost of an earlier scenario and a
 * tour step's highlighted regions. Each goes on a chart the builder has just drawn.
 */
final class PlotOverlays {
    private final PlotsViewModel plots;

    PlotOverlays(PlotsViewModel plots) {
        this.plots = plots;
    }

    private boolean presentation() {
        return plots.appearance().presentationProperty().get();
    }

    private boolean dark() {
        return plots.appearance().darkProperty().get();
    }

    /** Outlines the hovered box {@code h} (null for none) on plane {@code p}, if it is drawn. */
    void hovered(JFreeChart chart, Plane p, CandidateLayer h) {
        if (h == null || !plots.options(p, null).showsCandidate(h.id())) {
            return;
        }
        var b = h.box();
        double[] poly = {b.minShortAxisAu(), b.minValue(), b.maxShortAxisAu(), b.minValue(), b.maxShortAxisAu(), b.maxValue(),
            b.minShortAxisAu(), b.maxValue()};
        chart.getXYPlot().addAnnotation(new XYPolygonAnnotation(poly, new BasicStroke(3f), new Color(0x1A1A1A),
                new Color(255, 230, 0, 70)));
    }

    /** The faint dashed outline of each visible band of plane {@code p} as it was in the ghost scenario. */
    void ghost(JFreeChart chart, Plane p) {
        Scenario g = plots.ghostProperty().get();
        if (!plots.ghostShownProperty().get() || g == null || g.equals(plots.model().scenario())) {
            return;
        }
        FigureOptions o = plots.options(p, null);
        Color ink = dark() ? new Color(255, 255, 255, 150) : new Color(60, 60, 60, 150);
        BasicStroke dashed = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 4f}, 0f);
        for (Band b : BandGeometry.bands(g, p)) {
            if (b.outline().isEmpty() || !o.showsEnergyClass(b.energyClass().label())) {
                continue;
            }
            Polygon poly = b.outline().get();
            double[] xy = new double[2 * poly.size()];
            for (int i = 0; i < poly.size(); i++) {
                xy[2 * i] = Math.pow(10, poly.x(i));
                xy[2 * i + 1] = Math.pow(10, poly.y(i));
            }
            chart.getXYPlot().addAnnotation(new XYPolygonAnnotation(xy, dashed, ink, null), false);
        }
        chart.fireChartChanged();
    }

    /**
     * The tour's regions, each on the chart {@code chartOf} gives for its plane (null: the rigidity view): a dashed
     * outline and a numbered badge just outside its top-left corner, kept inside the visible ranges; the note itself is on the tour
     * card beside the badge's number, where it can neither be cut at the plot's edge nor cover a band label.
     */
    void highlights(Function<Plane, JFreeChart> chartOf) {
        Set<JFreeChart> touched = new HashSet<>();
        List<Highlight> all = plots.highlightsProperty().get();
        for (int i = 0; i < all.size(); i++) {
            Highlight h = all.get(i);
            JFreeChart chart = chartOf.apply(h.plane());
            touched.add(chart);
            ViewRange r = h.region();
            double x0 = Math.pow(10, r.log10XMin());
            double x1 = Math.pow(10, r.log10XMax());
            double y0 = Math.pow(10, r.log10YMin());
            double y1 = Math.pow(10, r.log10YMax());
            float w = presentation() ? 5f : 3f;
            Color ink = ink();
            chart.getXYPlot().addAnnotation(new XYPolygonAnnotation(new double[] {x0, y0, x1, y0, x1, y1, x0, y1},
                    new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {10f, 7f}, 0f),
                    ink, null), false);
            double[] at = badgeAnchor(r, chart.getXYPlot().getDomainAxis().getRange(), chart.getXYPlot().getRangeAxis().getRange());
            XYTextAnnotation badge = new XYTextAnnotation(" " + badge(i) + " ", at[0], at[1]);
            badge.setFont(new Font(Font.SANS_SERIF, Font.BOLD, presentation() ? 22 : 14));
            badge.setPaint(dark() ? Color.BLACK : Color.WHITE);
            badge.setBackgroundPaint(ink);
            badge.setOutlineVisible(false);
            badge.setTextAnchor(TextAnchor.BOTTOM_RIGHT); // just outside the outline's corner: clear of what it outlines
            badge.setToolTipText(h.caption());
            chart.getXYPlot().addAnnotation(badge, false);
        }
        touched.forEach(JFreeChart::fireChartChanged); // the builders fired before these were added
    }

    /** The badge of the {@code i}-th highlight (0-based): ①, ②, … as the tour card lists the notes. */
    static String badge(int i) {
        return Character.toString(0x2460 + i);
    }

    /** The badge's colour: the tour's orange, or amber on dark. */
    Color ink() {
        return dark() ? new Color(0xFFD54F) : new Color(0xD55E00);
    }

    /**
     * Where the badge of region {@code r} (log10 units) goes in data units (the badge's bottom-right corner): the
     * region's top-left corner, moved inside the visible ranges {@code x} and {@code y} (linear units) so that the badge
     * (about 4 % of the width and 6 % of the height) is never cut at the frame.
     */
    static double[] badgeAnchor(ViewRange r, Range x, Range y) {
        double lx0 = Math.log10(x.getLowerBound());
        double lx1 = Math.log10(x.getUpperBound());
        double ly0 = Math.log10(y.getLowerBound());
        double ly1 = Math.log10(y.getUpperBound());
        double mx = 0.04 * (lx1 - lx0);
        double my = 0.06 * (ly1 - ly0);
        double bx = Math.max(lx0 + mx, Math.min(lx1, r.log10XMin()));
        double by = Math.max(ly0, Math.min(ly1 - my, r.log10YMax()));
        return new double[] {Math.pow(10, bx), Math.pow(10, by)};
    }
}
