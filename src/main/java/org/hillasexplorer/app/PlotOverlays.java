package org.hillasexplorer.app;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.HashSet;
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

    /** The tour's regions, each on the chart {@code chartOf} gives for its plane (null: the rigidity view). */
    void highlights(Function<Plane, JFreeChart> chartOf) {
        Set<JFreeChart> touched = new HashSet<>();
        for (Highlight h : plots.highlightsProperty().get()) {
            JFreeChart chart = chartOf.apply(h.plane());
            touched.add(chart);
            ViewRange r = h.region();
            double x0 = Math.pow(10, r.log10XMin());
            double x1 = Math.pow(10, r.log10XMax());
            double y0 = Math.pow(10, r.log10YMin());
            double y1 = Math.pow(10, r.log10YMax());
            float w = presentation() ? 5f : 3f;
            Color ink = dark() ? new Color(0xFFD54F) : new Color(0xD55E00);
            chart.getXYPlot().addAnnotation(new XYPolygonAnnotation(new double[] {x0, y0, x1, y0, x1, y1, x0, y1},
                    new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {10f, 7f}, 0f),
                    ink, null), false);
            // anchor the caption at the region's top-left corner, kept inside the visible range
            Range xr = chart.getXYPlot().getDomainAxis().getRange();
            double mid = Math.sqrt(xr.getLowerBound() * xr.getUpperBound());
            boolean rightHalf = Math.sqrt(x0 * x1) > mid; // grow the caption towards the free side of the plot
            double xAnchor = rightHalf ? Math.min(x1, xr.getUpperBound() / 1.05) : Math.max(x0, xr.getLowerBound() * 1.05);
            XYTextAnnotation caption = new XYTextAnnotation(" " + h.caption() + " ", xAnchor, y1);
            caption.setFont(new Font(Font.SANS_SERIF, Font.BOLD, presentation() ? 22 : 14));
            caption.setPaint(ink);
            caption.setTextAnchor(rightHalf ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
            chart.getXYPlot().addAnnotation(caption, false);
        }
        touched.forEach(JFreeChart::fireChartChanged); // the builders fired before these were added
    }
}
