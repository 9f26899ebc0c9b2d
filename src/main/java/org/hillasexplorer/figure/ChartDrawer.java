package org.hillasexplorer.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import org.hillasexplorer.figure.FigureSpec.Axes;
import org.hillasexplorer.figure.FigureSpec.LegendEntry;
import org.hillasexplorer.figure.FigureSpec.LineSample;
import org.hillasexplorer.figure.FigureSpec.Marker;
import org.hillasexplorer.figure.FigureSpec.Obstacle;
import org.hillasexplorer.figure.FigureSpec.Polyline;
import org.hillasexplorer.figure.FigureSpec.Rule;
import org.hillasexplorer.figure.FigureSpec.Shape;
import org.hillasexplorer.figure.FigureSpec.Swatch;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.LineBorder;
import org.jfree.chart.event.AxisChangeEvent;
import org.jfree.chart.event.AxisChangeListener;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.Range;

/**
 * {@link FigureSpec} → JFreeChart: drawing only, no physics. Every element of the spec becomes an annotation, marker,
 * legend item or title of an {@link XYPlot} with four {@link DecadeLogAxis} axes (the top one follows the bottom one
 * through a listener, the right one mirrors the left one); fonts, tick lengths, insets and legend glyphs come from the
 * spec's {@link FigureStyle}. Labels and the legend are placed at draw time by one {@link LabelLayer}.
 */
final class ChartDrawer {
    /** Most labelled decades on one axis. */
    static final int MAX_TICK_LABELS = 12;

    private ChartDrawer() {
    }

    /**
     * The bottom axis of a drawn figure: remembers whether the chart is a rigidity view (so a plane spec is not drawn
     * into it, nor the other way round) and the factor to the top axis, which changes with B on the rigidity view.
     */
    static final class BottomAxis extends DecadeLogAxis {
        private static final long serialVersionUID = 1L;
        private final boolean rigidity;
        private double topPerX;

        BottomAxis(boolean rigidity, double topPerX) {
            super(null, MAX_TICK_LABELS);
            this.rigidity = rigidity;
            this.topPerX = topPerX;
        }
    }

    /** The four axes of a chart made by {@link #chart}. */
    private record Frame(XYPlot plot, BottomAxis x, DecadeLogAxis y, DecadeLogAxis top, DecadeLogAxis right) {
    }

    /** A new chart drawing {@code spec}. */
    static JFreeChart chart(FigureSpec spec) {
        BottomAxis x = new BottomAxis(isRigidity(spec), spec.axes().topPerX());
        XYPlot plot = fourAxisPlot(x);
        AxisSync sync = new AxisSync(x, plot.getRangeAxis(), plot.getDomainAxis(1), plot.getRangeAxis(1), () -> x.topPerX);
        x.addChangeListener(sync);
        plot.getRangeAxis().addChangeListener(sync);
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        update(chart, spec);
        return chart;
    }

    /**
     * Redraws {@code chart} (made by {@link #chart} for the same kind of view) to show {@code spec}, firing exactly one
     * chart change event.
     *
     * @throws IllegalArgumentException if the chart was not made for this kind of view
     */
    static void update(JFreeChart chart, FigureSpec spec) {
        Objects.requireNonNull(spec, "spec");
        Frame f = frame(chart, isRigidity(spec));
        boolean chartNotify = chart.isNotify();
        chart.setNotify(false);
        f.plot().setNotify(false);
        try {
            drawAxes(chart, f, spec.style(), spec.axes());
            XYPlot plot = f.plot();
            LabelLayer.Memory memory = labelLayer(chart).map(LabelLayer::memory).orElseGet(LabelLayer.Memory::new);
            plot.clearAnnotations();
            plot.clearRangeMarkers();
            plot.clearDomainMarkers();
            for (Shape s : spec.shapes()) {
                plot.addAnnotation(new ShapeAnnotation(s.groupId(), s.path().xs(), s.path().ys(), s.closed(),
                        s.fill().orElse(null), s.pen().map(FigureSpec.Pen::colour).orElse(null),
                        s.pen().map(FigureSpec.Pen::stroke).orElse(null),
                        s.holes().stream().map(h -> new double[][] {h.xs(), h.ys()}).toList()), false);
            }
            for (Rule r : spec.rules()) {
                plot.addRangeMarker(0, new ValueMarker(Math.pow(10, r.log10Y()), r.pen().colour(), r.pen().stroke()),
                        Layer.BACKGROUND, false);
            }
            plot.setFixedLegendItems(legendItems(spec));
            LegendTitle legend = spec.legendShown() ? legendTitle(plot, spec.style()) : null;
            LegendBelow below = null;
            if (legend != null) {
                LegendTitle rows = legendTitle(plot, spec.style(), new org.jfree.chart.block.FlowArrangement(
                        org.jfree.chart.ui.HorizontalAlignment.CENTER, VerticalAlignment.CENTER, 6, 2));
                rows.setMargin(new RectangleInsets(4, 0, 2, 0));
                rows.setPosition(RectangleEdge.BOTTOM); // a legend at the bottom lays its entries out in rows
                FigureStyle st = spec.style();
                below = new LegendBelow(legend, rows, 2.2 * (st.tickLabelSizePt() + st.axisLabelSizePt()) + 20);
            }
            drawLabels(plot, spec, legend, memory, below);
            drawTitles(chart, spec);
            if (below != null) {
                chart.addSubtitle(below);
            }
        } finally {
            f.plot().setNotify(true);
            chart.setNotify(chartNotify);
        }
    }

    private static boolean isRigidity(FigureSpec spec) {
        return spec.view() == FigureOptions.View.RIGIDITY;
    }

    private static Frame frame(JFreeChart chart, boolean rigidity) {
        if (chart.getPlot() instanceof XYPlot plot && plot.getDomainAxis() instanceof BottomAxis x && x.rigidity == rigidity
                && plot.getRangeAxis() instanceof DecadeLogAxis y && plot.getDomainAxis(1) instanceof DecadeLogAxis top
                && plot.getRangeAxis(1) instanceof DecadeLogAxis right) {
            return new Frame(plot, x, y, top, right);
        }
        throw new IllegalArgumentException(rigidity
                ? "chart was not made by RigidityChartBuilder.build (or Figures.chart of a rigidity view)"
                : "chart was not made by FigureBuilder.build (or Figures.chart of a plane)");
    }

    /** Styles the frame and axes, sets the titles and the ranges (the top axis follows at the spec's factor). */
    private static void drawAxes(JFreeChart chart, Frame f, FigureStyle style, Axes axes) {
        styleChart(chart, f.plot(), style);
        for (DecadeLogAxis a : List.of(f.x(), f.y(), f.top(), f.right())) {
            styleAxis(a, style);
        }
        f.right().setTickLabelsVisible(false);
        f.top().setVisible(axes.topShown());
        Font axisFont = style.font(style.axisLabelSizePt());
        f.x().setRichLabel(axes.xTitle(), axisFont);
        f.top().setRichLabel(axes.topTitle(), axisFont);
        f.y().setRichLabel(axes.yTitle(), axisFont);
        f.x().topPerX = axes.topPerX();
        ViewRange view = axes.range();
        f.x().setRange(new Range(Math.pow(10, view.log10XMin()), Math.pow(10, view.log10XMax())), true, true);
        f.y().setRange(new Range(Math.pow(10, view.log10YMin()), Math.pow(10, view.log10YMax())), true, true);
        // the sync has set it already unless the x range stayed while the factor changed
        f.top().setRange(new Range(f.x().getLowerBound() * f.x().topPerX, f.x().getUpperBound() * f.x().topPerX), true, true);
    }

    /**
     * A legend row's text as JFreeChart draws it, plain: without combining marks (ν̄₀ → ν₀), which the window's canvas
     * must not be given (see {@link RichText#KEY_NO_COMBINING_MARKS}); the legend's rows name no such symbol but the
     * shading's description of an uncertain ν̄₀.
     */
    private static String legendText(String text) {
        return RichText.withoutCombiningMarks(text);
    }

    private static LegendItemCollection legendItems(FigureSpec spec) {
        FigureStyle style = spec.style();
        Font font = style.font(style.legendSizePt());
        LegendItemCollection items = new LegendItemCollection();
        for (LegendEntry e : spec.legend()) {
            LegendItem item;
            if (e instanceof Swatch s) {
                item = new LegendItem(legendText(s.text()), null, null, null, legendSwatch(style), s.fill(), s.outline().stroke(),
                        s.outline().colour());
            } else if (e instanceof LineSample l) {
                item = new LegendItem(legendText(l.text()), null, null, null, legendLine(style), l.pen().stroke(), l.pen().colour());
            } else {
                item = markerLegendItem(((Marker) e).mark(), style);
            }
            item.setLabelFont(font);
            item.setLabelPaint(style.palette().foreground());
            items.add(item);
        }
        return items;
    }

    /** The legend box (one item per row) of the plot's fixed legend items; {@link LabelLayer} puts it in a corner. */
    private static LegendTitle legendTitle(XYPlot plot, FigureStyle style) {
        return legendTitle(plot, style, new org.jfree.chart.block.ColumnArrangement());
    }

    /** The legend box with its entries arranged by {@code items}. */
    private static LegendTitle legendTitle(XYPlot plot, FigureStyle style, org.jfree.chart.block.Arrangement items) {
        LegendTitle lt = new LegendTitle(plot, items, new org.jfree.chart.block.ColumnArrangement());
        lt.setItemFont(style.font(style.legendSizePt()));
        lt.setItemPaint(style.palette().foreground());
        styleLegend(lt, style);
        lt.setPadding(new RectangleInsets(4, 6, 4, 8));
        lt.setItemLabelPadding(new RectangleInsets(2, 4, 2, 2));
        lt.setPosition(RectangleEdge.RIGHT);
        return lt;
    }

    private static void drawLabels(XYPlot plot, FigureSpec spec, LegendTitle legend, LabelLayer.Memory memory,
                                   LegendBelow below) {
        FigureStyle style = spec.style();
        Font labelFont = style.font(style.annotationSizePt());
        LabelLayer layer = new LabelLayer(spec.labels(), obstacles(spec, Obstacle.HARD), obstacles(spec, Obstacle.SOFT),
                obstacles(spec, Obstacle.CURVE), labelFont, labelFont.deriveFont(Font.BOLD), legend, style.palette(),
                memory);
        layer.legendBelow(below);
        plot.addAnnotation(layer, false);
    }

    /** The label layer of a chart made by {@link #chart}, if it has one. */
    static java.util.Optional<LabelLayer> labelLayer(JFreeChart chart) {
        if (chart.getPlot() instanceof XYPlot plot) {
            for (Object a : plot.getAnnotations()) {
                if (a instanceof LabelLayer l) {
                    return java.util.Optional.of(l);
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static List<Polyline> obstacles(FigureSpec spec, Obstacle kind) {
        return spec.shapes().stream().filter(s -> s.obstacle() == kind).map(Shape::path).toList();
    }

    private static void drawTitles(JFreeChart chart, FigureSpec spec) {
        FigureStyle style = spec.style();
        Color ink = style.palette().foreground();
        chart.clearSubtitles();
        spec.title().ifPresent(t -> chart.addSubtitle(new RichTitle(t, style.font(style.titleSizePt()), ink)));
        spec.caption().ifPresent(c -> {
            TextTitle t = new TextTitle(c, style.font(style.legendSizePt() * 0.9f), ink, RectangleEdge.BOTTOM,
                    HorizontalAlignment.LEFT, VerticalAlignment.BOTTOM, new RectangleInsets(4, 8, 2, 8));
            t.setMaximumLinesToDisplay(4);
            chart.addSubtitle(t);
        });
    }

    /**
     * A plot with {@code x} at the bottom, a log y axis on the left and mirror log axes on top and right (indices 1),
     * as both the planes and the rigidity view draw; the caller links the mirrors to the main axes.
     */
    static XYPlot fourAxisPlot(DecadeLogAxis x) {
        XYPlot plot = new XYPlot(null, x, new DecadeLogAxis(null, MAX_TICK_LABELS), null);
        plot.setDomainAxis(1, new DecadeLogAxis(null, MAX_TICK_LABELS));
        plot.setDomainAxisLocation(1, AxisLocation.TOP_OR_LEFT);
        plot.setRangeAxis(1, new DecadeLogAxis(null, MAX_TICK_LABELS));
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        return plot;
    }

    /** Chart and plot background, frame, padding and grid in the style's colours and widths. */
    static void styleChart(JFreeChart chart, XYPlot plot, FigureStyle style) {
        Palette pal = style.palette();
        chart.setBackgroundPaint(pal.background());
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 14));
        plot.setBackgroundPaint(pal.background());
        plot.setOutlineVisible(true);
        plot.setOutlinePaint(pal.foreground());
        plot.setOutlineStroke(new BasicStroke(style.frameWidthPx()));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(4, 4, 4, 4));
        boolean grid = style.gridWidthPx() > 0;
        plot.setDomainGridlinesVisible(grid);
        plot.setRangeGridlinesVisible(grid);
        plot.setDomainMinorGridlinesVisible(false);
        plot.setRangeMinorGridlinesVisible(false);
        BasicStroke gridStroke = new BasicStroke(Math.max(style.gridWidthPx(), 0.1f));
        plot.setDomainGridlineStroke(gridStroke);
        plot.setRangeGridlineStroke(gridStroke);
        plot.setDomainGridlinePaint(pal.grid());
        plot.setRangeGridlinePaint(pal.grid());
        plot.setDomainPannable(true);
        plot.setRangePannable(true);
    }

    /** Fonts, colours and inward ticks of an axis in the style. */
    static void styleAxis(ValueAxis a, FigureStyle style) {
        Palette pal = style.palette();
        a.setAxisLineVisible(false); // the plot outline is the frame
        a.setTickLabelFont(style.font(style.tickLabelSizePt()));
        a.setTickLabelPaint(pal.foreground());
        a.setLabelFont(style.font(style.axisLabelSizePt()));
        a.setLabelPaint(pal.foreground());
        a.setTickMarkPaint(pal.foreground());
        a.setTickMarkStroke(new BasicStroke(style.frameWidthPx()));
        // inward ticks on all four sides, as is usual in astronomy journals
        // tick lengths grow with the tick labels: 6 px at the paper's 12 pt
        float tick = Math.max(6f, style.tickLabelSizePt() / 2);
        a.setTickMarkInsideLength(tick);
        a.setTickMarkOutsideLength(0f);
        a.setMinorTickMarkInsideLength(tick / 2);
        a.setMinorTickMarkOutsideLength(0f);
        a.setTickLabelInsets(new RectangleInsets(4, 4, 4, 4));
        a.setLabelInsets(new RectangleInsets(3, 3, 3, 3));
    }

    /** The legend entry of a verdict marker in the colours and size of {@code style}. */
    static LegendItem markerLegendItem(VerdictMark m, FigureStyle style) {
        Palette pal = style.palette();
        return new LegendItem(m.words(), null, null, null, m.shape(0, 0, 8 * legendScale(style)), m.colour(pal),
                new BasicStroke(0.5f), markOutline(m, pal));
    }

    /** Legend glyphs grow and shrink with the legend font: 1 at the paper's 10.5 pt, at least 0.5. */
    static double legendScale(FigureStyle style) {
        return Math.max(0.5, style.legendSizePt() / 10.5);
    }

    /** The legend swatch of a filled region: 14 × 9 px at the paper's legend size. */
    static Rectangle2D legendSwatch(FigureStyle style) {
        double k = legendScale(style);
        return new Rectangle2D.Double(-7 * k, -4.5 * k, 14 * k, 9 * k);
    }

    /** The legend swatch of a line: 16 px long at the paper's legend size. */
    static Line2D legendLine(FigureStyle style) {
        double k = legendScale(style);
        return new Line2D.Double(-8 * k, 0, 8 * k, 0);
    }

    /** The outline of a verdict marker: a darker shade of its fill, which frames it on light and dark backgrounds. */
    static Color markOutline(VerdictMark m, Palette pal) {
        return Palette.textShade(m.colour(pal));
    }

    /** Legend box in the style's colours: the palette's legend background at 90 % and its frame colour. */
    static void styleLegend(LegendTitle lt, FigureStyle style) {
        Palette pal = style.palette();
        lt.setBackgroundPaint(Palette.withAlpha(pal.legendBackground(), 0.9));
        lt.setFrame(new LineBorder(pal.legendBorder(), new BasicStroke(Math.max(0.6f, 0.6f * style.frameWidthPx())),
                new RectangleInsets(1, 1, 1, 1)));
    }

    /**
     * Keeps the top axis at {@code topPerX} times the bottom one (au → pc on the planes, GV → r_g in au on the
     * rigidity view) and the mirrored right axis equal to the left one.
     */
    static final class AxisSync implements AxisChangeListener {
        private final ValueAxis x;
        private final ValueAxis y;
        private final ValueAxis top;
        private final ValueAxis right;
        private final DoubleSupplier topPerX;

        AxisSync(ValueAxis x, ValueAxis y, ValueAxis top, ValueAxis right, DoubleSupplier topPerX) {
            this.x = x;
            this.y = y;
            this.top = top;
            this.right = right;
            this.topPerX = topPerX;
        }

        @Override
        public void axisChanged(AxisChangeEvent event) {
            if (event.getAxis() == x) {
                double k = topPerX.getAsDouble();
                Range r = new Range(x.getLowerBound() * k, x.getUpperBound() * k);
                if (!r.equals(top.getRange())) {
                    top.setRange(r, true, true);
                }
            } else if (event.getAxis() == y && !y.getRange().equals(right.getRange())) {
                right.setRange(y.getRange(), true, true);
            }
        }
    }
}
