package org.hillasexplorer.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hillasexplorer.physics.ClassVerdict;
import org.hillasexplorer.physics.Units;
import org.hillasexplorer.physics.uncertainty.Sensitivity;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/**
 * The tornado of one candidate and energy class (issue 12, item 4) as a horizontal bar chart: one row per uncertain
 * parameter, largest swing on top, with two bars from the miss at the central values to the miss at the parameter's
 * low end and at its high end, the others central. Built from a plain {@link Spec} ({@link #of}), drawn by {@link #chart}.
 */
public final class TornadoCharts {
    /** The series of the low-end and high-end bars. */
    public static final String LOW_END = "at the low end";
    public static final String HIGH_END = "at the high end";

    private TornadoCharts() {
    }

    /**
     * One row.
     *
     * @param category      the row's label, e.g. {@code δ_s 0.3–0.7}
     * @param missAtLowDex  the miss [dex] with the parameter at its low end (NaN: no band there)
     * @param missAtHighDex the miss [dex] at its high end
     * @param swingDex      |high − low| [dex]
     */
    public record Bar(String category, double missAtLowDex, double missAtHighDex, double swingDex) {
        public Bar {
            Objects.requireNonNull(category, "category");
        }
    }

    /**
     * Everything the chart shows.
     *
     * @param title          e.g. {@code Sensitivity: Molecular clouds, GeV}
     * @param subtitle       the central verdict in words
     * @param centralMissDex the miss at the central values [dex] (0: reaches the band; NaN: no band)
     * @param bars           one per uncertain parameter, top to bottom
     * @param style          fonts and palette
     */
    public record Spec(String title, String subtitle, double centralMissDex, List<Bar> bars, FigureStyle style) {
        public Spec {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(subtitle, "subtitle");
            bars = List.copyOf(bars);
            Objects.requireNonNull(style, "style");
        }
    }

    /** The spec of a tornado, in {@code style}. */
    public static Spec of(Sensitivity.Tornado t, FigureStyle style) {
        List<Bar> bars = new ArrayList<>();
        for (Sensitivity.Bar b : t.bars()) {
            String unit = b.parameter().unit().isEmpty() ? "" : " " + b.parameter().unit();
            bars.add(new Bar(b.parameter().symbol() + " " + Units.formatNumber(b.lowValue()) + "–"
                    + Units.formatNumber(b.highValue()) + unit, b.missAtLowDex(), b.missAtHighDex(), b.swingDex()));
        }
        String central = t.centralStatus() == ClassVerdict.Status.OVERLAPS ? "reaches the band"
                : Double.isNaN(t.centralMissDex()) ? "no band"
                : String.format(Locale.ROOT, "misses by %.2f dex (%s)", t.centralMissDex(), t.centralStatus().words());
        return new Spec("Sensitivity: " + t.label() + ", " + t.energyClass().label() + " (" + t.plane().key() + " plane)",
                "At the central values it " + central + "; each row moves one parameter to its low and high end",
                t.centralMissDex(), bars, style);
    }

    /** A chart of {@code spec}. */
    public static JFreeChart chart(Spec spec) {
        int n = spec.bars().size();
        String[] categories = new String[n];
        Number[][] starts = new Number[2][n];
        Number[][] ends = new Number[2][n];
        double base = Double.isFinite(spec.centralMissDex()) ? spec.centralMissDex() : 0;
        for (int i = 0; i < n; i++) {
            Bar b = spec.bars().get(i);
            categories[i] = b.category();
            starts[0][i] = base;
            starts[1][i] = base;
            ends[0][i] = Double.isFinite(b.missAtLowDex()) ? b.missAtLowDex() : base;
            ends[1][i] = Double.isFinite(b.missAtHighDex()) ? b.missAtHighDex() : base;
        }
        DefaultIntervalCategoryDataset data = new DefaultIntervalCategoryDataset(new String[] {LOW_END, HIGH_END},
                categories, starts, ends);
        FigureStyle style = spec.style();
        Palette palette = style.palette();
        IntervalBarRenderer renderer = new IntervalBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        renderer.setSeriesPaint(0, new Color(0x0072B2)); // Okabe–Ito blue
        renderer.setSeriesPaint(1, new Color(0xD55E00)); // Okabe–Ito vermillion
        CategoryAxis categoryAxis = new ScreenSafeCategoryAxis("uncertain parameter (range)");
        NumberAxis valueAxis = new NumberAxis("miss [dex] (0: reaches the band)");
        valueAxis.setAutoRangeIncludesZero(true);
        for (var a : new org.jfree.chart.axis.Axis[] {categoryAxis, valueAxis}) {
            a.setLabelFont(style.font(style.axisLabelSizePt()));
            a.setTickLabelFont(style.font(style.tickLabelSizePt()));
            a.setLabelPaint(palette.foreground());
            a.setTickLabelPaint(palette.foreground());
            a.setAxisLinePaint(palette.foreground());
        }
        CategoryPlot plot = new CategoryPlot(data, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(palette.background());
        plot.setRangeGridlinePaint(palette.grid());
        plot.setOutlinePaint(palette.foreground());
        if (Double.isFinite(spec.centralMissDex())) {
            ValueMarker central = new ValueMarker(spec.centralMissDex(), palette.foreground(), new BasicStroke(1.2f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f));
            central.setLabel("central");
            central.setLabelFont(style.font(style.annotationSizePt()));
            central.setLabelPaint(palette.foreground());
            central.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            central.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addRangeMarker(central);
        }
        JFreeChart chart = new JFreeChart(spec.title(), style.font(style.titleSizePt()), plot, true);
        chart.setBackgroundPaint(palette.background());
        chart.getTitle().setPaint(palette.foreground());
        TextTitle sub = new TextTitle(spec.subtitle(), style.font(style.annotationSizePt()));
        sub.setPaint(palette.foreground());
        chart.addSubtitle(sub);
        chart.getLegend().setItemFont(style.font(style.legendSizePt()));
        chart.getLegend().setBackgroundPaint(palette.background());
        chart.getLegend().setItemPaint(palette.foreground());
        return chart;
    }

    /**
     * A category axis whose labels (parameter symbols such as ν̄₀) are drawn without combining marks on a canvas that
     * asks for it ({@link RichText#KEY_NO_COMBINING_MARKS}); the categories themselves keep the real symbols.
     */
    private static final class ScreenSafeCategoryAxis extends CategoryAxis {
        private static final long serialVersionUID = 1L;

        ScreenSafeCategoryAxis(String label) {
            super(label);
        }

        @Override
        @SuppressWarnings("rawtypes")
        protected org.jfree.chart.text.TextBlock createLabel(Comparable category, float width,
                                                             org.jfree.chart.ui.RectangleEdge edge, java.awt.Graphics2D g2) {
            String text = category.toString();
            if (Boolean.TRUE.equals(g2.getRenderingHint(RichText.KEY_NO_COMBINING_MARKS))) {
                text = RichText.withoutCombiningMarks(text);
            }
            return org.jfree.chart.text.TextUtils.createTextBlock(text, getTickLabelFont(category), getTickLabelPaint(category),
                    width, getMaximumCategoryLabelLines(), new org.jfree.chart.text.G2TextMeasurer(g2));
        }
    }
}
