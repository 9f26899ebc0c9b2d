package org.hillasexplorer.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hillasexplorer.physics.Band;
import org.hillasexplorer.physics.BandGeometry;
import org.hillasexplorer.physics.CandidateBox;
import org.hillasexplorer.physics.Curve;
import org.hillasexplorer.physics.CandidateVerdict;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.FigureOfMerit;
import org.hillasexplorer.physics.HypotheticalModel;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Polygon;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Units;
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
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;

/**
 * Builds the ℓ_S–n_s (paper Fig. 2) and ℓ_S–f_V (Fig. 3) figures as JFreeChart charts, and updates them in
 * place with a single change event (for slider-driven redraws).
 *
 * <p>Layers, back to front: hypothetical-model region, candidate boxes (dotted), energy-class bands
 * (translucent fill, solid outline), model locus, f_V = 1 line, then labels and legend placed together by
 * {@link LabelLayer}. Axes are {@link DecadeLogAxis} in linear data units (ℓ_S in au, n_s in pc⁻³ or f_V);
 * the top axis shows ℓ_S in pc and follows the bottom axis through a listener.
 */
public final class FigureBuilder {
    /** Most labelled decades on one axis. */
    public static final int MAX_TICK_LABELS = 12;
    /** Margin around the automatic view, as a fraction of the data span on each side. */
    static final double AUTO_MARGIN_FRACTION = 0.06;

    private FigureBuilder() {
    }

    /** A new chart of {@code options.plane()} for {@code scenario} with the candidate boxes of that plane. */
    public static JFreeChart build(Scenario scenario, List<CandidateLayer> candidates, FigureOptions options) {
        return build(scenario, candidates, List.of(), options);
    }

    /**
     * A new chart of {@code options.plane()} with the candidate boxes of that plane and, when
     * {@link FigureOptions.Element#POPULATIONS} is shown, each population not hidden (by id) as a bold curve.
     */
    public static JFreeChart build(Scenario scenario, List<CandidateLayer> candidates, List<Population> populations,
                                   FigureOptions options) {
        DecadeLogAxis x = new DecadeLogAxis(null, MAX_TICK_LABELS);
        XYPlot plot = fourAxisPlot(x);
        AxisSync sync = new AxisSync(x, plot.getRangeAxis(), plot.getDomainAxis(1), plot.getRangeAxis(1),
                () -> Units.AU_CM / Units.PC_CM);
        x.addChangeListener(sync);
        plot.getRangeAxis().addChangeListener(sync);
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        update(chart, scenario, candidates, populations, options);
        return chart;
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

    /**
     * Redraws {@code chart} (made by {@link #build}) for new inputs, firing exactly one chart change event.
     *
     * @throws IllegalArgumentException if the chart was not made by {@link #build}
     */
    public static void update(JFreeChart chart, Scenario scenario, List<CandidateLayer> candidates,
                              FigureOptions options) {
        update(chart, scenario, candidates, List.of(), options);
    }

    /**
     * Redraws {@code chart} (made by {@link #build}) for new inputs including populations, firing exactly one chart
     * change event.
     *
     * @throws IllegalArgumentException if the chart was not made by {@link #build}
     */
    public static void update(JFreeChart chart, Scenario scenario, List<CandidateLayer> candidates,
                              List<Population> populations, FigureOptions options) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(populations, "populations");
        Objects.requireNonNull(options, "options");
        if (!(chart.getPlot() instanceof XYPlot plot) || !(plot.getDomainAxis() instanceof DecadeLogAxis x)
                || !(plot.getRangeAxis() instanceof DecadeLogAxis y)
                || !(plot.getDomainAxis(1) instanceof DecadeLogAxis top)
                || !(plot.getRangeAxis(1) instanceof DecadeLogAxis right)
                || x instanceof RigidityChartBuilder.RigidityAxis) {
            throw new IllegalArgumentException("chart was not made by FigureBuilder.build");
        }
        Plane plane = options.plane();
        FigureStyle style = options.style();
        Palette pal = style.palette();
        boolean chartNotify = chart.isNotify();
        chart.setNotify(false);
        plot.setNotify(false);
        try {
            styleChart(chart, plot, style);
            for (DecadeLogAxis a : List.of(x, y, top, right)) {
                styleAxis(a, style);
            }
            right.setTickLabelsVisible(false);
            top.setVisible(options.shows(FigureOptions.Element.SECONDARY_AXIS));
            Font axisFont = style.font(style.axisLabelSizePt());
            x.setAttributedLabel(RichText.parse("*ℓ*_S [au]").toAttributedString(axisFont));
            top.setAttributedLabel(RichText.parse("*ℓ*_S [pc]").toAttributedString(axisFont));
            y.setAttributedLabel(yLabel(plane).toAttributedString(axisFont));

            List<Band> bands = visibleBands(scenario, options);
            List<CandidateLayer> boxes = options.shows(FigureOptions.Element.CANDIDATE_BOXES)
                    ? onPlane(candidates, plane) : List.of();
            boolean model = plane == Plane.FILLING_FACTOR && options.shows(FigureOptions.Element.HYPOTHETICAL_MODEL);
            List<Population> pops = visiblePopulations(populations, options);
            boolean markers = options.shows(FigureOptions.Element.VERDICT_MARKERS);
            ViewRange view = options.view().orElseGet(() -> autoRange(scenario, candidates, populations, options));
            x.setRange(new Range(Math.pow(10, view.log10XMin()), Math.pow(10, view.log10XMax())), true, true);
            y.setRange(new Range(Math.pow(10, view.log10YMin()), Math.pow(10, view.log10YMax())), true, true);

            plot.clearAnnotations();
            plot.clearRangeMarkers();
            List<double[][]> obstacles = new ArrayList<>();
            List<double[][]> boxObstacles = new ArrayList<>();
            List<LabelLayer.AlongLabel> alongLabels = new ArrayList<>();
            List<LabelLayer.BoxLabel> boxLabels = new ArrayList<>();
            List<LabelLayer.CurveLabel> curveLabels = new ArrayList<>();
            List<double[][]> curveObstacles = new ArrayList<>();
            boolean anyMarked = false;
            LegendItemCollection legend = new LegendItemCollection();
            Font legendFont = style.font(style.legendSizePt());

            Optional<Polygon> region = model ? HypotheticalModel.region(scenario) : Optional.empty();
            Optional<Curve> locus = model ? HypotheticalModel.locus(scenario) : Optional.empty();
            region.ifPresent(r -> {
                plot.addAnnotation(new ShapeAnnotation("model-region", r.xs(), r.ys(), true,
                        Palette.withAlpha(pal.modelFill(), style.modelFillAlpha()), null, null), false);
                obstacles.add(new double[][] {r.xs(), r.ys()});
            });

            Stroke boxStroke = new BasicStroke(style.boxOutlineWidthPx(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                    10f, new float[] {0.1f, 2.6f * style.boxOutlineWidthPx()}, 0f);
            Stroke theoryStroke = new BasicStroke(style.boxOutlineWidthPx(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                    10f, new float[] {6f, 2.5f, 1.5f, 2.5f}, 0f);
            Map<String, Stroke> categories = new LinkedHashMap<>();
            for (int i = 0; i < boxes.size(); i++) {
                CandidateLayer c = boxes.get(i);
                if (!options.showsCandidate(c.id())) {
                    continue; // hidden boxes keep their place in the colour cycle, so colours stay put
                }
                CandidateBox b = c.box();
                Color colour = pal.candidateColour(i);
                Stroke stroke = CandidateLayer.THEORETICAL.equals(c.category()) ? theoryStroke : boxStroke;
                String id = Screen.idOf("candidate", c.id());
                ShapeAnnotation a = ShapeAnnotation.box(id, b.log10MinShortAxisAu(), b.log10MaxShortAxisAu(),
                        b.log10MinValue(), b.log10MaxValue(), Palette.withAlpha(colour, style.boxFillAlpha()), colour, stroke);
                plot.addAnnotation(a, false);
                boxObstacles.add(new double[][] {
                    {b.log10MinShortAxisAu(), b.log10MaxShortAxisAu(), b.log10MaxShortAxisAu(), b.log10MinShortAxisAu()},
                    {b.log10MinValue(), b.log10MinValue(), b.log10MaxValue(), b.log10MaxValue()}});
                VerdictMark mark = markers ? VerdictMark.of(FigureOfMerit.evaluate(c.id(), c.label(), b, scenario),
                        options::showsEnergyClass) : null;
                anyMarked |= mark != null;
                if (options.shows(FigureOptions.Element.CANDIDATE_LABELS) || mark != null) {
                    boxLabels.add(new LabelLayer.BoxLabel(RichText.plain(
                            options.shows(FigureOptions.Element.CANDIDATE_LABELS) ? c.label() : ""), b.log10MinShortAxisAu(),
                            b.log10MaxShortAxisAu(), b.log10MinValue(), b.log10MaxValue(), pal.labelColour(colour),
                            id + "-label", mark));
                }
                categories.putIfAbsent(c.category(), stroke);
            }

            Stroke bandStroke = new BasicStroke(style.bandOutlineWidthPx(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            List<EnergyClass> all = scenario.energyClasses();
            for (Band band : bands) {
                double[] bx = band.outline().map(Polygon::xs).orElseGet(() -> band.collapsedLine().orElseThrow().xs());
                double[] by = band.outline().map(Polygon::ys).orElseGet(() -> band.collapsedLine().orElseThrow().ys());
                Color colour = pal.bandColour(all.indexOf(band.energyClass()));
                String id = Screen.idOf("band", band.energyClass().label());
                if (band.outline().isPresent()) {
                    plot.addAnnotation(new ShapeAnnotation(id, bx, by, true,
                            Palette.withAlpha(colour, style.bandFillAlpha()), colour, bandStroke), false);
                } else {
                    // δ_s = 0: every energy needs the same ℓ_mfp and the band collapses onto a line; draw it bold
                    plot.addAnnotation(new ShapeAnnotation(id, bx, by, false, null, colour,
                            new BasicStroke(3 * style.bandOutlineWidthPx(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)), false);
                }
                double[] px = bx;
                double[] py = by;
                obstacles.add(new double[][] {px, py});
                String describe = describe(band.energyClass());
                if (options.shows(FigureOptions.Element.BAND_LABELS)) {
                    alongLabels.add(new LabelLayer.AlongLabel(RichText.plain(describe),
                            RichText.plain(band.energyClass().label()), px, py, null,
                            pal.labelColour(colour), false, id + "-label"));
                }
                legend.add(new LegendItem(describe, null, null, null, legendSwatch(style),
                        Palette.withAlpha(colour, style.bandFillAlpha()), bandStroke, colour));
            }

            // the intermittent-model population is the model locus itself: drawn once, as the population
            boolean modelAsPopulation = pops.stream().anyMatch(p -> p instanceof IntermittentModelPopulation);
            if (modelAsPopulation) {
                locus = Optional.empty();
            }
            Stroke popStroke = new BasicStroke(populationWidthPx(style), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            for (Population p : pops) {
                Optional<Curve> curve = p.curve(plane, scenario);
                if (curve.isEmpty()) {
                    continue;
                }
                Color colour = populationColour(pal, populations, p);
                String id = Screen.idOf("population", p.id());
                double[] cx = curve.get().xs();
                double[] cy = curve.get().ys();
                plot.addAnnotation(new ShapeAnnotation(id, cx, cy, false, null, colour, popStroke), false);
                curveObstacles.add(new double[][] {cx, cy});
                VerdictMark mark = markers ? VerdictMark.of(FigureOfMerit.evaluate(p, plane, scenario),
                        options::showsEnergyClass) : null;
                anyMarked |= mark != null;
                RichText text = populationText(p.label());
                curveLabels.add(new LabelLayer.CurveLabel(text, RichText.plain(shortLabel(p)), cx, cy,
                        p instanceof IntermittentModelPopulation ? colour : pal.labelColour(colour), id + "-label", mark));
                legend.add(new LegendItem(text.plainText().equals(p.label()) ? p.label() : shortLabel(p), null, null, null,
                        legendLine(style), popStroke, colour));
            }

            final Optional<Curve> drawnLocus = locus;
            drawnLocus.ifPresent(l -> {
                Stroke s = new BasicStroke(style.locusWidthPx(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
                plot.addAnnotation(new ShapeAnnotation("model-locus", l.xs(), l.ys(), false, null, pal.model(), s), false);
            });
            if (model && modelAsPopulation) {
                double bLo = scenario.bMicroGauss() * Math.pow(10, -HypotheticalModel.FIELD_SPREAD_DEX);
                double bHi = scenario.bMicroGauss() * Math.pow(10, HypotheticalModel.FIELD_SPREAD_DEX);
                region.ifPresent(r -> legend.add(new LegendItem("hypothetical model, B = " + fmt2(bLo) + "–" + fmt2(bHi)
                        + " μG", null, null, null, legendSwatch(style),
                        Palette.withAlpha(pal.modelFill(), style.modelFillAlpha()), new BasicStroke(0f),
                        Palette.withAlpha(pal.modelFill(), style.modelFillAlpha()))));
            }
            if (model && !modelAsPopulation && (region.isPresent() || drawnLocus.isPresent())) {
                double[] rx = region.map(Polygon::xs).orElseGet(() -> drawnLocus.get().xs());
                double[] ry = region.map(Polygon::ys).orElseGet(() -> drawnLocus.get().ys());
                double[] axis = drawnLocus.map(l -> new double[] {l.x(0), l.y(0), l.x(l.size() - 1), l.y(l.size() - 1)})
                        .orElse(null);
                alongLabels.add(new LabelLayer.AlongLabel(
                        RichText.parse("hypothetical intermittent model (*ℓ*_S = *r*_g)"),
                        RichText.parse("*ℓ*_S = *r*_g model"), rx, ry, axis, pal.model(), true, "model-label"));
                double bLo = scenario.bMicroGauss() * Math.pow(10, -HypotheticalModel.FIELD_SPREAD_DEX);
                double bHi = scenario.bMicroGauss() * Math.pow(10, HypotheticalModel.FIELD_SPREAD_DEX);
                region.ifPresent(r -> legend.add(new LegendItem("hypothetical model, B = " + fmt2(bLo) + "–" + fmt2(bHi)
                        + " μG", null, null, null, legendSwatch(style),
                        Palette.withAlpha(pal.modelFill(), style.modelFillAlpha()), new BasicStroke(0f),
                        Palette.withAlpha(pal.modelFill(), style.modelFillAlpha()))));
                drawnLocus.ifPresent(l -> legend.add(new LegendItem("hypothetical model, B = "
                        + Units.formatNumber(scenario.bMicroGauss()) + " μG", null, null, null,
                        legendLine(style), new BasicStroke(style.locusWidthPx()), pal.model())));
            }
            for (Map.Entry<String, Stroke> e : categories.entrySet()) {
                legend.add(new LegendItem(categoryLabel(e.getKey()), null, null, null,
                        legendSwatch(style), Palette.withAlpha(pal.reference(), pal.isDark() ? 0.3 : 0.15),
                        e.getValue(), pal.labelColour(pal.reference())));
            }
            if (anyMarked) {
                for (VerdictMark m : List.of(VerdictMark.REACHES, VerdictMark.NEAR_MISS, VerdictMark.FAR_MISS)) {
                    legend.add(markerLegendItem(m, style));
                }
            }
            if (plane == Plane.FILLING_FACTOR) {
                ValueMarker one = new ValueMarker(1.0, pal.reference(), new BasicStroke(Math.max(0.9f, 1.5f * style.gridWidthPx())));
                plot.addRangeMarker(0, one, Layer.BACKGROUND, false);
            }
            for (int i = 0; i < legend.getItemCount(); i++) {
                legend.get(i).setLabelFont(legendFont);
                legend.get(i).setLabelPaint(pal.foreground());
            }
            plot.setFixedLegendItems(legend);
            Title legendTitle = null;
            if (options.shows(FigureOptions.Element.LEGEND) && legend.getItemCount() > 0) {
                LegendTitle lt = new LegendTitle(plot);
                lt.setItemFont(legendFont);
                lt.setItemPaint(pal.foreground());
                styleLegend(lt, style);
                lt.setPadding(new RectangleInsets(4, 6, 4, 8));
                lt.setItemLabelPadding(new RectangleInsets(2, 4, 2, 2));
                lt.setPosition(org.jfree.chart.ui.RectangleEdge.RIGHT); // one item per row
                legendTitle = lt;
            }
            Font labelFont = style.font(style.annotationSizePt());
            plot.addAnnotation(new LabelLayer(alongLabels, boxLabels, curveLabels, List.of(), obstacles, boxObstacles,
                    curveObstacles, labelFont.deriveFont(Font.BOLD), labelFont, legendTitle, pal), false);

            chart.clearSubtitles();
            if (options.shows(FigureOptions.Element.TITLE)) {
                chart.addSubtitle(new RichTitle(RichText.parse(titleMarkup(scenario, plane)),
                        style.font(style.titleSizePt()), pal.foreground()));
            }
            if (options.shows(FigureOptions.Element.CITATIONS) && !boxes.isEmpty()) {
                chart.addSubtitle(citationCaption(boxes, options, style));
            }
        } finally {
            plot.setNotify(true);
            chart.setNotify(chartNotify);
        }
    }

    /** "Sources: GMCs — Blitz & Rosolowsky 2005; …" under the plot, for the boxes drawn (paper: Butsky et al. 2024). */
    private static org.jfree.chart.title.TextTitle citationCaption(List<CandidateLayer> boxes, FigureOptions options,
                                                                  FigureStyle style) {
        StringBuilder b = new StringBuilder("Bands: Butsky et al. 2024. Boxes: ");
        boolean first = true;
        for (CandidateLayer c : boxes) {
            if (!options.showsCandidate(c.id()) || c.citation().isBlank()) {
                continue;
            }
            b.append(first ? "" : "; ").append(c.label()).append(" — ").append(c.citation());
            first = false;
        }
        org.jfree.chart.title.TextTitle t = new org.jfree.chart.title.TextTitle(b.append('.').toString(),
                style.font(style.legendSizePt() * 0.9f), style.palette().foreground(),
                org.jfree.chart.ui.RectangleEdge.BOTTOM, org.jfree.chart.ui.HorizontalAlignment.LEFT,
                org.jfree.chart.ui.VerticalAlignment.BOTTOM, new RectangleInsets(4, 8, 2, 8));
        t.setMaximumLinesToDisplay(4);
        return t;
    }

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

    private static RichText yLabel(Plane plane) {
        return plane == Plane.NUMBER_DENSITY ? RichText.parse("*n*_s(>*ℓ*_S) [pc^{−3}]") : RichText.parse("*f*_V");
    }

    /** The y-axis title of {@code plane} without markup, e.g. {@code ns(>ℓS) [pc−3]}. */
    public static String yAxisTitle(Plane plane) {
        return yLabel(plane).plainText();
    }

    private static List<Band> visibleBands(Scenario s, FigureOptions o) {
        List<Band> out = new ArrayList<>();
        for (Band b : BandGeometry.bands(s, o.plane())) {
            if (b.isDrawable() && o.showsEnergyClass(b.energyClass().label())) {
                out.add(b);
            }
        }
        return out;
    }

    private static List<CandidateLayer> onPlane(List<CandidateLayer> candidates, Plane plane) {
        return candidates.stream().filter(c -> c.box().plane() == plane).toList();
    }

    /**
     * The automatic view: every visible band, candidate box of the plane and (f_V plane) the hypothetical model and
     * f_V = 1, with a margin of {@value #AUTO_MARGIN_FRACTION} of the span on each side.
     */
    public static ViewRange autoRange(Scenario scenario, List<CandidateLayer> candidates, FigureOptions options) {
        return autoRange(scenario, candidates, List.of(), options);
    }

    /**
     * The automatic view including the curves of the visible populations (when {@link FigureOptions.Element#POPULATIONS}
     * is shown); a population reaching far beyond everything else widens the view by at most
     * {@value #MAX_POPULATION_EXTENSION_DEX} dex on each side.
     */
    public static ViewRange autoRange(Scenario scenario, List<CandidateLayer> candidates, List<Population> populations,
                                      FigureOptions options) {
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (Band band : visibleBands(scenario, options)) {
            if (band.outline().isPresent()) {
                Polygon p = band.outline().get();
                grow(b, p.minX(), p.maxX(), p.minY(), p.maxY());
            } else {
                Curve c = band.collapsedLine().orElseThrow();
                grow(b, c.x(0), c.x(1), Math.min(c.y(0), c.y(1)), Math.max(c.y(0), c.y(1)));
            }
        }
        if (options.shows(FigureOptions.Element.CANDIDATE_BOXES)) {
            for (CandidateLayer c : onPlane(candidates, options.plane())) {
                if (!options.showsCandidate(c.id())) {
                    continue;
                }
                CandidateBox x = c.box();
                grow(b, x.log10MinShortAxisAu(), x.log10MaxShortAxisAu(), x.log10MinValue(), x.log10MaxValue());
            }
        }
        boolean fv = options.plane() == Plane.FILLING_FACTOR;
        if (fv && options.shows(FigureOptions.Element.HYPOTHETICAL_MODEL)) {
            HypotheticalModel.region(scenario).ifPresent(p -> grow(b, p.minX(), p.maxX(), p.minY(), p.maxY()));
        }
        double[] base = b.clone();
        boolean hasBase = base[0] < base[1];
        for (Population p : visiblePopulations(populations, options)) {
            p.curve(options.plane(), scenario).ifPresent(c -> {
                double[] pb = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                    Double.NEGATIVE_INFINITY};
                for (int i = 0; i < c.size(); i++) {
                    grow(pb, c.x(i), c.x(i), c.y(i), c.y(i));
                }
                if (hasBase) {
                    double e = MAX_POPULATION_EXTENSION_DEX;
                    for (int k = 0; k < 4; k++) {
                        double lo = base[k < 2 ? 0 : 2] - e;
                        double hi = base[k < 2 ? 1 : 3] + e;
                        pb[k] = Math.min(Math.max(pb[k], lo), hi);
                    }
                }
                if (pb[0] <= pb[1] && pb[2] <= pb[3]) {
                    grow(b, pb[0], pb[1], pb[2], pb[3]);
                }
            });
        }
        if (!(b[0] < b[1])) {
            // nothing to show: the paper's ranges
            return fv ? new ViewRange(-3.5, 9, -12.5, 0.8) : new ViewRange(-3.5, 9.5, -13, 16.5);
        }
        if (fv) {
            b[3] = Math.max(b[3], 0);
        }
        double mx = Math.max(0.5, AUTO_MARGIN_FRACTION * (b[1] - b[0]));
        double my = Math.max(0.5, AUTO_MARGIN_FRACTION * (b[3] - b[2]));
        double yMax = fv ? Math.min(b[3] + my, 1.5) : b[3] + my;
        return new ViewRange(b[0] - mx, b[1] + mx, b[2] - my, yMax);
    }

    /** Most a population may widen the automatic view beyond the bands and boxes, per side [dex]. */
    static final double MAX_POPULATION_EXTENSION_DEX = 15;

    /** The populations drawn: all not hidden by id, when {@link FigureOptions.Element#POPULATIONS} is shown. */
    static List<Population> visiblePopulations(List<Population> populations, FigureOptions options) {
        if (!options.shows(FigureOptions.Element.POPULATIONS)) {
            return List.of();
        }
        return populations.stream().filter(p -> options.showsCandidate(p.id())).toList();
    }

    /**
     * The colour of population {@code p} among {@code all} (the list the figure was given, hidden ones included, so
     * colours stay put when others are hidden): near-black for the intermittent model, else the palette's population
     * colours in order.
     */
    public static Color populationColour(Palette pal, List<Population> all, Population p) {
        if (p instanceof IntermittentModelPopulation) {
            return pal.populationModel();
        }
        int k = 0;
        for (Population q : all) {
            if (q == p || q.id().equals(p.id())) {
                break;
            }
            if (!(q instanceof IntermittentModelPopulation)) {
                k++;
            }
        }
        return pal.populationColour(k);
    }

    /** Line width of population curves: bolder than the band outlines and the model locus. */
    static float populationWidthPx(FigureStyle style) {
        return Math.max(style.locusWidthPx(), style.bandOutlineWidthPx()) * 1.35f;
    }

    /**
     * A population label with the paper's symbols set in italics with subscripts (ℓ_S, r_g, n_s, f_V, ℓ_L, ν_s,
     * δ_s); labels with other markup characters are drawn as they are.
     */
    static RichText populationText(String label) {
        String stripped = label;
        for (String sym : SYMBOLS) {
            stripped = stripped.replace(sym, "");
        }
        if (stripped.matches(".*[*_^{}].*")) {
            return RichText.plain(label);
        }
        String markup = label;
        for (String sym : SYMBOLS) {
            String[] parts = sym.split("_");
            markup = markup.replace(sym, "*" + parts[0] + "*_{" + parts[1] + "}");
        }
        return RichText.parse(markup);
    }

    private static final List<String> SYMBOLS = List.of("ℓ_S", "ℓ_L", "r_g", "n_s", "f_V", "ν_s", "δ_s", "ℓ_mfp");

    /** Short fallback label: the label up to the first parenthesis, or the id. */
    private static String shortLabel(Population p) {
        String l = p.label();
        int paren = l.indexOf('(');
        String s = paren > 0 ? l.substring(0, paren).strip() : l;
        return s.length() <= 40 ? s : p.id();
    }

    /** The legend entry of a verdict marker in the colours and size of {@code style}. */
    static LegendItem markerLegendItem(VerdictMark m, FigureStyle style) {
        Palette pal = style.palette();
        return new LegendItem(m.words(), null, null, null, m.shape(0, 0, 8 * legendScale(style)), m.colour(pal),
                new BasicStroke(0.5f), markOutline(m, pal));
    }

    /** Legend glyphs grow with the legend font: 1 at the paper's 10.5 pt. */
    static double legendScale(FigureStyle style) {
        return Math.max(1, style.legendSizePt() / 10.5);
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

    private static void grow(double[] b, double x0, double x1, double y0, double y1) {
        b[0] = Math.min(b[0], x0);
        b[1] = Math.max(b[1], x1);
        b[2] = Math.min(b[2], y0);
        b[3] = Math.max(b[3], y1);
    }

    /**
     * The candidate whose box on {@code plane} contains the point (ℓ_S [au], n_s [pc⁻³] or f_V); where boxes
     * overlap, the smallest (in dex²) wins, since it is the one drawn most specifically there.
     */
    public static Optional<CandidateLayer> candidateAt(List<CandidateLayer> candidates, Plane plane, double lsAu,
                                                       double value) {
        if (!(lsAu > 0) || !(value > 0) || !Double.isFinite(lsAu) || !Double.isFinite(value)) {
            return Optional.empty();
        }
        CandidateLayer best = null;
        double bestArea = Double.POSITIVE_INFINITY;
        for (CandidateLayer c : candidates) {
            CandidateBox b = c.box();
            if (b.plane() == plane && lsAu >= b.minShortAxisAu() && lsAu <= b.maxShortAxisAu()
                    && value >= b.minValue() && value <= b.maxValue()) {
                double area = (b.log10MaxShortAxisAu() - b.log10MinShortAxisAu()) * (b.log10MaxValue() - b.log10MinValue());
                if (area < bestArea) {
                    bestArea = area;
                    best = c;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The title without markup, e.g. {@code Patchy CR scattering: ℓS–ns plane (D = 0, δs = 0.5, …)}. */
    public static String titleText(Scenario scenario, Plane plane) {
        return RichText.parse(titleMarkup(scenario, plane)).plainText();
    }

    static String titleMarkup(Scenario s, Plane plane) {
        String planeName = plane == Plane.NUMBER_DENSITY ? "*ℓ*_S–*n*_s plane" : "*ℓ*_S–*f*_V plane";
        String dim = plane == Plane.NUMBER_DENSITY
                ? "*D* = " + s.dimensionality() + (s.dimensionality() > 0 ? ", *ℓ*_L/*ℓ*_S = " + Units.formatNumber(s.aspect()) : "")
                : "any *D*";
        return "Patchy CR scattering: " + planeName + " (" + dim + ", *δ*_s = " + Units.formatNumber(s.deltaS())
                + ", *B* = " + Units.formatNumber(s.bMicroGauss()) + " μG, *ν̄*_0 = " + scientific(s.nu0PerS()) + " s^{−1})";
    }

    /** 1e-9 → {@code 10^{−9}}, 2.5e-9 → {@code 2.5 × 10^{−9}} (markup). */
    static String scientific(double v) {
        int e = (int) Math.floor(Math.log10(Math.abs(v)));
        double mantissa = v / Math.pow(10, e);
        if (Math.abs(mantissa - Math.rint(mantissa)) < 1e-9) {
            mantissa = Math.rint(mantissa);
        }
        if (e >= -2 && e <= 3) {
            return Units.formatNumber(v);
        }
        String pow = "10^{" + (e < 0 ? "−" + (-e) : Integer.toString(e)) + "}";
        return mantissa == 1 ? pow : Units.formatNumber(mantissa) + " × " + pow;
    }

    /** E.g. {@code GeV CRs (1–10 GeV)}, or {@code X CRs (500 MeV–5 GeV)} when the units differ. */
    static String describe(EnergyClass c) {
        String lo = Units.formatEnergy(c.minKineticEnergyGeV());
        String hi = Units.formatEnergy(c.maxKineticEnergyGeV());
        String[] l = lo.split(" ");
        String[] h = hi.split(" ");
        String range = l.length == 2 && h.length == 2 && l[1].equals(h[1]) ? l[0] + "–" + hi : lo + "–" + hi;
        return c.label() + " CRs (" + range + ")";
    }

    private static String categoryLabel(String category) {
        return switch (category) {
            case CandidateLayer.MACROSCOPIC -> "known large-scale ISM structures";
            case CandidateLayer.SMALL_SCALE -> "small-scale ISM structures";
            case CandidateLayer.USER -> "your catalogue entries";
            default -> "theoretical proposals";
        };
    }

    static String fmt2(double v) {
        return Units.formatNumber(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.2g", v)));
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
        private final java.util.function.DoubleSupplier topPerX;

        AxisSync(ValueAxis x, ValueAxis y, ValueAxis top, ValueAxis right, java.util.function.DoubleSupplier topPerX) {
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
