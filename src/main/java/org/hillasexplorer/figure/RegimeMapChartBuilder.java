package org.hillasexplorer.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * The Monte Carlo regime map: for each simulated (τ_s, f_V) cell at fixed ℓ_S, how the measured mean free path
 * compares with ℓ_S/f_V (paper eq. 12), with the analytic boundaries of constraints (4) (τ_s = 1, transparent
 * patches) and (5)–(6) (f_V = 1/τ_s, trapping dominates).
 *
 * <p>It draws plain {@link Cell} values, so it does not depend on the Monte Carlo that measures them: the window and
 * the command line hand over each simulated cell's τ_s, f_V and ratio.
 */
public final class RegimeMapChartBuilder {
    /**
     * One cell of the map.
     *
     * @param opticalDepth         τ_s = ν_s ℓ_S/v, &gt; 0
     * @param fillingFactor        f_V, in (0, 1]
     * @param measuredOverExpected measured ℓ_mfp / (ℓ_S/f_V); NaN (drawn grey, labelled "–") when not measured
     */
    public record Cell(double opticalDepth, double fillingFactor, double measuredOverExpected) {
    }

    private RegimeMapChartBuilder() {
    }

    /** A chart of {@code cells} (a log grid in τ_s × f_V) for patches of short axis ℓ_S [au]. */
    public static JFreeChart build(List<Cell> cells, double shortAxisAu, FigureStyle style) {
        DecadeLogAxis x = new DecadeLogAxis(null, FigureBuilder.MAX_TICK_LABELS);
        DecadeLogAxis y = new DecadeLogAxis(null, FigureBuilder.MAX_TICK_LABELS);
        XYPlot plot = new XYPlot(null, x, y, null);
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        FigureBuilder.styleChart(chart, plot, style);
        FigureBuilder.styleAxis(x, style);
        FigureBuilder.styleAxis(y, style);
        Font axisFont = style.font(style.axisLabelSizePt());
        x.setAttributedLabel(RichText.parse("optical depth *τ*_s = *ν*_s *ℓ*_S/*v*").toAttributedString(axisFont));
        y.setAttributedLabel(RichText.parse("volume-filling factor *f*_V").toAttributedString(axisFont));
        double tMin = cells.stream().mapToDouble(Cell::opticalDepth).min().orElse(0.1);
        double tMax = cells.stream().mapToDouble(Cell::opticalDepth).max().orElse(100);
        double fMin = cells.stream().mapToDouble(Cell::fillingFactor).min().orElse(1e-3);
        double fMax = cells.stream().mapToDouble(Cell::fillingFactor).max().orElse(0.3);
        double dt = cells.size() > 1 ? Math.sqrt(ratioStep(cells, true)) : 2;
        double df = cells.size() > 1 ? Math.sqrt(ratioStep(cells, false)) : 2;
        x.setRange(tMin / dt / 1.2, tMax * dt * 1.2);
        y.setRange(fMin / df / 1.2, Math.min(1, fMax * df * 1.2));
        for (Cell c : cells) {
            double t0 = c.opticalDepth() / dt;
            double t1 = c.opticalDepth() * dt;
            double f0 = c.fillingFactor() / df;
            double f1 = c.fillingFactor() * df;
            Color fill = colour(c.measuredOverExpected());
            plot.addAnnotation(new XYPolygonAnnotation(new double[] {t0, f0, t1, f0, t1, f1, t0, f1}, new BasicStroke(0.6f),
                    style.palette().background(), fill), false);
            XYTextAnnotation label = new XYTextAnnotation(Double.isFinite(c.measuredOverExpected())
                    ? String.format(Locale.ROOT, "%.2g", c.measuredOverExpected()) : "–", c.opticalDepth(), c.fillingFactor());
            label.setFont(style.font(style.annotationSizePt() * 0.85f));
            label.setPaint(Math.abs(Math.log10(Math.max(1e-9, c.measuredOverExpected()))) > 0.6 ? Color.WHITE : Color.BLACK);
            label.setTextAnchor(TextAnchor.CENTER);
            plot.addAnnotation(label, false);
        }
        BasicStroke boundary = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 5f}, 0f);
        Color ink = style.palette().foreground();
        double yLo = y.getLowerBound();
        double yHi = y.getUpperBound();
        double xLo = x.getLowerBound();
        double xHi = x.getUpperBound();
        plot.addAnnotation(new org.jfree.chart.annotations.XYLineAnnotation(1, yLo, 1, yHi, boundary, ink), false);
        plot.addAnnotation(new org.jfree.chart.annotations.XYLineAnnotation(Math.max(xLo, 1 / yHi), Math.min(yHi, 1 / xLo),
                Math.min(xHi, 1 / yLo), Math.max(yLo, 1 / xHi), boundary, ink), false);
        plot.addAnnotation(caption("transparent: τ_s < 1", Math.sqrt(xLo * Math.min(1, xHi)), yLo * 1.4, style, ink), false);
        XYTextAnnotation trap = caption("trapping: f_V > 1/τ_s ", xHi / 1.05, yHi / 1.15, style, ink);
        trap.setTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addAnnotation(trap, false);
        LegendItemCollection legend = new LegendItemCollection();
        for (double r : new double[] {0.1, 0.5, 1, 2, 10}) {
            legend.add(new LegendItem(String.format(Locale.ROOT, "ℓ_mfp measured / (ℓ_S/f_V) = %s", r < 1 ? String.valueOf(r) : String.valueOf((int) r)),
                    null, null, null, FigureBuilder.legendSwatch(style), colour(r), new BasicStroke(0.5f), colour(r)));
        }
        LegendTitle lt = new LegendTitle(() -> legend);
        lt.setItemFont(style.font(style.legendSizePt()));
        lt.setItemPaint(ink);
        lt.setBackgroundPaint(style.palette().background());
        lt.setPosition(RectangleEdge.RIGHT);
        chart.addSubtitle(lt);
        TextTitle title = new TextTitle(String.format(Locale.ROOT,
                "Monte Carlo: where does ℓ_mfp ≈ ℓ_S/f_V hold? (ℓ_S = %s au)", org.hillasexplorer.physics.Units.formatNumber(shortAxisAu)),
                style.font(style.titleSizePt()), ink, RectangleEdge.TOP, org.jfree.chart.ui.HorizontalAlignment.CENTER,
                org.jfree.chart.ui.VerticalAlignment.CENTER, new org.jfree.chart.ui.RectangleInsets(4, 4, 4, 4));
        chart.addSubtitle(0, title);
        TextTitle note = new TextTitle("Numbers: measured ℓ_mfp over ℓ_S/f_V (eq. 12). Left of τ_s = 1 patches are transparent and ℓ_mfp "
                + "grows; beyond the trapping line ℓ_mfp still follows ℓ_S/f_V, but particles stay longer inside a patch than "
                + "between patches (constraints 5–6): compare the measured Δt_s.", style.font(style.legendSizePt() * 0.9f), ink,
                RectangleEdge.BOTTOM, org.jfree.chart.ui.HorizontalAlignment.LEFT, org.jfree.chart.ui.VerticalAlignment.BOTTOM,
                new org.jfree.chart.ui.RectangleInsets(6, 8, 2, 8));
        note.setMaximumLinesToDisplay(3);
        chart.addSubtitle(note);
        return chart;
    }

    private static XYTextAnnotation caption(String text, double x, double y, FigureStyle style, Color ink) {
        XYTextAnnotation a = new XYTextAnnotation(text, x, y);
        a.setFont(style.font(style.annotationSizePt()).deriveFont(Font.BOLD));
        a.setPaint(ink);
        a.setTextAnchor(TextAnchor.CENTER);
        return a;
    }

    /** The ratio between neighbouring grid values along one axis (cells are on a log grid). */
    private static double ratioStep(List<Cell> cells, boolean tau) {
        double[] v = cells.stream().mapToDouble(c -> tau ? c.opticalDepth() : c.fillingFactor()).distinct().sorted().toArray();
        return v.length > 1 ? v[1] / v[0] : 4;
    }

    /** Diverging, colour-blind-safe scale (Paul Tol BuRd): blue below 1, white at 1, red above, in log10 ratio. */
    static Color colour(double ratio) {
        if (!Double.isFinite(ratio) || ratio <= 0) {
            return new Color(0xBBBBBB);
        }
        double t = Math.max(-1, Math.min(1, Math.log10(ratio))); // ±1 dex saturates
        Color mid = new Color(0xF7F7F7);
        Color end = t < 0 ? new Color(0x2166AC) : new Color(0xB2182B);
        double a = Math.abs(t);
        return new Color((int) (mid.getRed() + a * (end.getRed() - mid.getRed())),
                (int) (mid.getGreen() + a * (end.getGreen() - mid.getGreen())),
                (int) (mid.getBlue() + a * (end.getBlue() - mid.getBlue())));
    }
}
