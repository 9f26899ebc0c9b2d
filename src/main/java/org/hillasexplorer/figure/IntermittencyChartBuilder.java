package org.hillasexplorer.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hillasexplorer.physics.Intermittency;
import org.hillasexplorer.physics.Units;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A small side-panel chart of intermittency (Butsky et al. 2024, Section 4.3): the contribution to CR scattering per
 * logarithmic bin of |δB|, (|δB|/|B|)^(2−α_P) ({@link Intermittency#contributionPerLogBin}), on log–log axes, over a
 * shaded "core" of many weak fluctuations (|δB|/|B| &lt; {@value #CORE_MAX}) and a shaded "tail" of rare strong ones
 * (|δB|/|B| &gt; {@value #TAIL_MIN}). The title says the regime in words, and the share of the scattering that comes
 * from the tail ({@link Intermittency#tailFraction} over the plotted range).
 *
 * <p>Made for about 420 × 300 px: its fonts are the style's, capped so they fit the panel (a presentation style still
 * gets the largest and its heavy lines). Colours come from the style's palette: the core in the first band colour
 * (volume-filling, like the energy-class bands), the tail in the first candidate colour (structures, like the boxes), the
 * curve in the palette's model colour.
 */
public final class IntermittencyChartBuilder {
    /** Plotted |δB|/|B| range, also the range the tail fraction counts. */
    public static final double X_MIN = 1e-3;
    public static final double X_MAX = 10;
    /** Plotted contribution range (fixed, so the slope visibly changes with α_P; steep curves leave the frame). */
    public static final double Y_MIN = 1e-3;
    public static final double Y_MAX = 1e3;
    /** The PDF's core, shaded: |δB|/|B| below this. */
    public static final double CORE_MAX = 0.1;
    /** The PDF's tail, shaded: |δB|/|B| above this; also where the tail fraction starts. */
    public static final double TAIL_MIN = 0.3;
    /** Curve samples. */
    static final int SAMPLES = 121;
    /** The series key of the curve. */
    public static final String SERIES_KEY = "contribution";

    /** Font caps [pt] for the side panel: title, axis titles, tick labels, region labels. */
    private static final float TITLE_CAP = 15f;
    private static final float AXIS_CAP = 14f;
    private static final float TICK_CAP = 13f;
    private static final float LABEL_CAP = 13f;

    private IntermittencyChartBuilder() {
    }

    /**
     * A new chart for tail index α_P ∈ [0, 5].
     *
     * @throws IllegalArgumentException if α_P is out of range
     */
    public static JFreeChart build(double alphaP, FigureStyle style) {
        DecadeLogAxis x = new DecadeLogAxis(null, 8);
        DecadeLogAxis y = new DecadeLogAxis(null, 8);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(), x, y, renderer);
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        update(chart, alphaP, style);
        return chart;
    }

    /**
     * Redraws {@code chart} (made by {@link #build}) for a new α_P and style, firing exactly one chart change event.
     *
     * @throws IllegalArgumentException if α_P is out of range or the chart was not made by {@link #build}
     */
    public static void update(JFreeChart chart, double alphaP, FigureStyle style) {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(style, "style");
        Intermittency.Regime regime = Intermittency.regime(alphaP); // validates α_P before anything changes
        if (!(chart.getPlot() instanceof XYPlot plot) || !(plot.getDomainAxis() instanceof DecadeLogAxis x)
                || !(plot.getRangeAxis() instanceof DecadeLogAxis y)
                || !(plot.getRenderer() instanceof XYLineAndShapeRenderer renderer)
                || plot.getDomainAxisCount() != 1) {
            throw new IllegalArgumentException("chart was not made by IntermittencyChartBuilder.build");
        }
        Palette pal = style.palette();
        boolean chartNotify = chart.isNotify();
        chart.setNotify(false);
        plot.setNotify(false);
        try {
            ChartDrawer.styleChart(chart, plot, style);
            chart.setPadding(new RectangleInsets(4, 4, 4, 10));
            plot.setDomainPannable(false);
            plot.setRangePannable(false);
            for (DecadeLogAxis a : List.of(x, y)) {
                ChartDrawer.styleAxis(a, style);
                a.setTickLabelFont(style.font(Math.min(style.tickLabelSizePt(), TICK_CAP)));
                a.setLabelInsets(new RectangleInsets(2, 2, 2, 2));
                a.setTickLabelInsets(new RectangleInsets(2, 2, 2, 2));
                a.setTickMarkInsideLength(5f);
                a.setMinorTickMarkInsideLength(2.5f);
            }
            Font axisFont = style.font(Math.min(style.axisLabelSizePt(), AXIS_CAP));
            x.setAttributedLabel(RichText.parse("|*δB*|/|*B*|").toAttributedString(axisFont));
            y.setAttributedLabel(RichText.parse("contribution per ln|*δB*| (normalised)").toAttributedString(axisFont));
            x.setRange(new Range(X_MIN, X_MAX), true, false);
            y.setRange(new Range(Y_MIN, Y_MAX), true, false);

            XYSeries series = new XYSeries(SERIES_KEY, false, false);
            double l0 = Math.log10(X_MIN);
            double l1 = Math.log10(X_MAX);
            for (int i = 0; i < SAMPLES; i++) {
                double v = Math.pow(10, l0 + i * (l1 - l0) / (SAMPLES - 1));
                series.add(v, Intermittency.contributionPerLogBin(alphaP, v), false);
            }
            plot.setDataset(new XYSeriesCollection(series));
            float width = PlaneSpecs.populationWidthPx(style);
            renderer.setSeriesPaint(0, pal.populationModel());
            renderer.setSeriesStroke(0, new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            renderer.setDrawSeriesLineAsPath(true);

            // back to front: the two regions, the flat α_P = 2 reference, the curve (renderer), the region labels
            plot.clearAnnotations();
            plot.clearRangeMarkers();
            Color core = pal.bandColour(0);
            Color tail = pal.candidateColour(0);
            double far = 50; // log10 beyond any view
            plot.addAnnotation(ShapeAnnotation.box("core-region", -far, Math.log10(CORE_MAX), -far, far,
                    Palette.withAlpha(core, style.bandFillAlpha() * 0.75), null, null), false);
            plot.addAnnotation(ShapeAnnotation.box("tail-region", Math.log10(TAIL_MIN), far, -far, far,
                    Palette.withAlpha(tail, style.boxFillAlpha()), null, null), false);
            ValueMarker flat = new ValueMarker(1.0, pal.reference(), new BasicStroke(Math.max(1f, style.gridWidthPx() * 1.5f),
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
            plot.addRangeMarker(0, flat, Layer.BACKGROUND, false);

            Font labelFont = style.font(Math.min(style.annotationSizePt(), LABEL_CAP));
            // each label goes where the curve is not: below it where the curve runs high over the region, else above
            boolean coreLabelLow = Intermittency.contributionPerLogBin(alphaP, Math.sqrt(X_MIN * CORE_MAX)) > 1.5;
            boolean tailLabelLow = Intermittency.contributionPerLogBin(alphaP, Math.sqrt(TAIL_MIN * X_MAX)) > 1.5;
            plot.addAnnotation(new RegionLabel("core-label", "core: many weak fluctuations → traditional",
                    Math.log10(X_MIN), Math.log10(CORE_MAX), coreLabelLow, pal.labelColour(core), labelFont), false);
            plot.addAnnotation(new FlatLabel(RichText.parse("*α*_P = 2: flat"), pal.labelColour(pal.reference()),
                    labelFont.deriveFont(labelFont.getSize2D() * 0.85f)), false);
            plot.addAnnotation(new RegionLabel("tail-label", "tail: rare strong patches → patchy",
                    Math.log10(TAIL_MIN), Math.log10(X_MAX), tailLabelLow, pal.labelColour(tail), labelFont), false);

            chart.clearSubtitles();
            float titleSize = Math.min(style.titleSizePt(), TITLE_CAP);
            chart.addSubtitle(new RichTitle(RichText.parse(titleMarkup(alphaP)), style.font(titleSize).deriveFont(Font.BOLD),
                    regimeColour(regime, pal)));
            RichTitle sub = new RichTitle(RichText.parse(subtitleMarkup(alphaP)), style.font(titleSize * 0.85f),
                    pal.foreground());
            sub.setPadding(new RectangleInsets(0, 4, 4, 4));
            chart.addSubtitle(sub);
        } finally {
            plot.setNotify(true);
            chart.setNotify(chartNotify);
        }
    }

    /** The first title line without markup: α_P and the regime, e.g. {@code αP = 1.5 < 2: patchy scattering}. */
    public static String titleText(double alphaP) {
        return RichText.parse(titleMarkup(alphaP)).plainText();
    }

    /**
     * The second title line without markup: what dominates and the share of the tail (|δB|/|B| &gt; {@value #TAIL_MIN}
     * within the plotted range), e.g. {@code the rare strong tail dominates: 84 % of the scattering}.
     */
    public static String subtitleText(double alphaP) {
        return RichText.parse(subtitleMarkup(alphaP)).plainText();
    }

    static String titleMarkup(double alphaP) {
        String a = "*α*_P = " + Units.formatNumber(alphaP);
        return switch (Intermittency.regime(alphaP)) {
            case PATCHY -> a + " < 2: patchy scattering";
            case TRADITIONAL -> a + " > 2: traditional scattering";
            case MARGINAL -> alphaP == 2 ? a + ": marginal" : a + " ≈ 2: marginal";
        };
    }

    static String subtitleMarkup(double alphaP) {
        String pct = percent(Intermittency.tailFraction(alphaP, X_MIN, TAIL_MIN, X_MAX));
        return switch (Intermittency.regime(alphaP)) {
            case PATCHY -> "the rare strong tail dominates: " + pct + " of the scattering";
            case TRADITIONAL -> "the weak volume-filling core dominates; the tail gives " + pct;
            case MARGINAL -> "every decade of |*δB*| counts equally; the tail gives " + pct;
        };
    }

    /** 0.8357 → {@code 84 %}, 0.0323 → {@code 3.2 %}, 0.00323 → {@code 0.32 %}, below 10⁻⁴ {@code < 0.01 %}. */
    static String percent(double f) {
        double p = 100 * f;
        String s;
        if (p >= 99.5 && p < 100) {
            s = "> 99";
        } else if (p >= 10 || p == 0) {
            s = String.format(Locale.ROOT, "%.0f", p);
        } else if (p >= 1) {
            s = String.format(Locale.ROOT, "%.1f", p);
        } else if (p >= 0.01) {
            s = String.format(Locale.ROOT, "%.2g", p);
        } else {
            s = "< 0.01";
        }
        return s + " %";
    }

    /** The title colour: the tail's colour when patchy, the core's when traditional, the foreground when marginal. */
    private static Color regimeColour(Intermittency.Regime r, Palette pal) {
        return switch (r) {
            case PATCHY -> pal.labelColour(pal.candidateColour(0));
            case TRADITIONAL -> pal.labelColour(pal.bandColour(0));
            case MARGINAL -> pal.foreground();
        };
    }

    /** The label of the dashed y = 1 line (α_P = 2), just above it at the left edge. */
    static final class FlatLabel extends AbstractXYAnnotation {
        private static final long serialVersionUID = 1L;
        private final transient RichText text;
        private final transient Color colour;
        private final Font font;

        FlatLabel(RichText text, Color colour, Font font) {
            this.text = text;
            this.colour = colour;
            this.font = font;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                         int rendererIndex, PlotRenderingInfo info) {
            Screen screen = new Screen(plot, dataArea, domainAxis, rangeAxis);
            Rectangle2D b = text.bounds(font, g2.getFontRenderContext());
            double y = screen.y(0) - 3 - (b.getHeight() + b.getY());
            Screen.beginGroup(g2, "flat-label");
            g2.setPaint(colour);
            text.draw(g2, font, (float) (dataArea.getMinX() + 6), (float) y);
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

    /**
     * Words wrapped into the pixel width of a region spanning log10 x ∈ [x0, x1], at its top or bottom; the font shrinks
     * (to 70 %) before a line would be wider than the region.
     */
    static final class RegionLabel extends AbstractXYAnnotation {
        private static final long serialVersionUID = 1L;
        private final String groupId;
        private final String text;
        private final double x0;
        private final double x1;
        private final boolean bottom;
        private final transient Color colour;
        private final Font font;

        RegionLabel(String groupId, String text, double x0, double x1, boolean bottom, Color colour, Font font) {
            this.groupId = groupId;
            this.text = text;
            this.x0 = x0;
            this.x1 = x1;
            this.bottom = bottom;
            this.colour = colour;
            this.font = font;
        }

        String text() {
            return text;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                         int rendererIndex, PlotRenderingInfo info) {
            Screen screen = new Screen(plot, dataArea, domainAxis, rangeAxis);
            double left = Math.max(dataArea.getMinX(), Math.min(screen.x(x0), screen.x(x1))) + 6;
            double right = Math.min(dataArea.getMaxX(), Math.max(screen.x(x0), screen.x(x1))) - 6;
            double width = right - left;
            if (width < 20) {
                return;
            }
            Font f = font;
            List<String> lines = wrap(g2, f, width);
            while (widest(g2, f, lines) > width && f.getSize2D() > 0.7 * font.getSize2D()) {
                f = f.deriveFont(f.getSize2D() * 0.92f);
                lines = wrap(g2, f, width);
            }
            var lm = f.getLineMetrics("Hg", g2.getFontRenderContext());
            double lineH = lm.getHeight();
            double top = bottom ? dataArea.getMaxY() - 6 - lines.size() * lineH : dataArea.getMinY() + 6;
            Shape savedClip = g2.getClip();
            Font savedFont = g2.getFont();
            Screen.beginGroup(g2, groupId);
            g2.clip(dataArea);
            g2.setFont(f);
            g2.setPaint(colour);
            for (int i = 0; i < lines.size(); i++) {
                g2.drawString(lines.get(i), (float) left, (float) (top + i * lineH + lm.getAscent()));
            }
            g2.setFont(savedFont);
            g2.setClip(savedClip);
            Screen.endGroup(g2);
        }

        private List<String> wrap(Graphics2D g2, Font f, double width) {
            List<String> lines = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            // "→" stays with the word after it
            for (String word : text.replace("→ ", "→\u00A0").split(" ")) {
                String trial = cur.length() == 0 ? word : cur + " " + word;
                if (cur.length() > 0 && f.getStringBounds(trial, g2.getFontRenderContext()).getWidth() > width) {
                    lines.add(cur.toString());
                    cur.setLength(0);
                    cur.append(word);
                } else {
                    cur.setLength(0);
                    cur.append(trial);
                }
            }
            if (cur.length() > 0) {
                lines.add(cur.toString());
            }
            return lines;
        }

        private static double widest(Graphics2D g2, Font f, List<String> lines) {
            double w = 0;
            for (String l : lines) {
                w = Math.max(w, f.getStringBounds(l, g2.getFontRenderContext()).getWidth());
            }
            return w;
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
}
