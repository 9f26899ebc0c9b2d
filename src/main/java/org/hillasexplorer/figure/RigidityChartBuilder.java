package org.hillasexplorer.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hillasexplorer.physics.CandidateBox;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.FigureOfMerit;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Particle;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Units;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;

/**
 * The rigidity view: what mean free path each candidate gives, against CR rigidity, beside the one that is observed.
 *
 * <p>x is the rigidity R [GV], y the mean free path ℓ_mfp [pc], both logarithmic; the top axis shows the gyroradius
 * r_g [au] = 0.2229 R_GV/B_μG, which is exact, so it reads off the ℓ_S of the planes at which structures start to scatter.
 * Drawn, back to front: each visible energy class as a translucent vertical span of its rigidity range (band colour),
 * the ℓ_mfp range each visible n_s-plane catalogue box gives (box colour, light), each visible population's predicted
 * ℓ_mfp(R) ({@link FigureOfMerit#rigidityCurve}, population colour) and the observed relation ℓ_mfp = (c/ν̄₀) R^δ_s
 * (black). A box of n_s ∈ [n_min, n_max] and sizes [ℓ_min, ℓ_max] gives, at R, ℓ_mfp = 1/(n_s a^D ℓ_lo²) with
 * ℓ_lo = max(r_g(R), ℓ_min), the smallest structures that can scatter, read like {@link Population#predictedMeanFreePathPc};
 * it is shaded between n_max and n_min wherever r_g(R) ≤ ℓ_max.
 *
 * <p>Same style, fonts and axes as the planes ({@link FigureBuilder}); the options' plane is ignored and an explicit
 * view is in log10 R [GV] and log10 ℓ_mfp [pc].
 */
public final class RigidityChartBuilder {
    /** Allowed rigidities [GV] (those of {@link FigureOfMerit#rigidityCurve}). */
    static final double LOG10_MIN_RIGIDITY = -9;
    static final double LOG10_MAX_RIGIDITY = 12;
    /** Samples per curve across the computed rigidity range. */
    static final int SAMPLES = 241;
    /** Most the automatic view reaches above the observed ℓ_mfp (and below it) [dex], so the observed line stays readable. */
    static final double MAX_DEX_ABOVE_OBSERVED = 12;
    static final double MAX_DEX_BELOW_OBSERVED = 6;

    private RigidityChartBuilder() {
    }

    /** The x axis of a rigidity chart; it carries r_g [au] per GV for the top axis. */
    static final class RigidityAxis extends DecadeLogAxis {
        private static final long serialVersionUID = 1L;
        private double auPerGV = Particle.GYRORADIUS_AU_PER_GV_PER_MICROGAUSS / 3;

        RigidityAxis() {
            super(null, FigureBuilder.MAX_TICK_LABELS);
        }
    }

    /** A new rigidity chart. */
    public static JFreeChart build(Scenario scenario, List<CandidateLayer> candidates, List<Population> populations,
                                   FigureOptions options) {
        RigidityAxis x = new RigidityAxis();
        XYPlot plot = FigureBuilder.fourAxisPlot(x);
        DecadeLogAxis y = (DecadeLogAxis) plot.getRangeAxis();
        FigureBuilder.AxisSync sync = new FigureBuilder.AxisSync(x, y, plot.getDomainAxis(1), plot.getRangeAxis(1),
                () -> x.auPerGV);
        x.addChangeListener(sync);
        y.addChangeListener(sync);
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        update(chart, scenario, candidates, populations, options);
        return chart;
    }

    /**
     * Redraws {@code chart} (made by {@link #build}) for new inputs, firing exactly one chart change event.
     *
     * @throws IllegalArgumentException if the chart was not made by {@link #build}
     */
    public static void update(JFreeChart chart, Scenario scenario, List<CandidateLayer> candidates,
                              List<Population> populations, FigureOptions options) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(populations, "populations");
        Objects.requireNonNull(options, "options");
        if (!(chart.getPlot() instanceof XYPlot plot) || !(plot.getDomainAxis() instanceof RigidityAxis x)
                || !(plot.getRangeAxis() instanceof DecadeLogAxis y)
                || !(plot.getDomainAxis(1) instanceof DecadeLogAxis top)
                || !(plot.getRangeAxis(1) instanceof DecadeLogAxis right)) {
            throw new IllegalArgumentException("chart was not made by RigidityChartBuilder.build");
        }
        FigureStyle style = options.style();
        Palette pal = style.palette();
        boolean chartNotify = chart.isNotify();
        chart.setNotify(false);
        plot.setNotify(false);
        try {
            FigureBuilder.styleChart(chart, plot, style);
            for (DecadeLogAxis a : List.of(x, y, top, right)) {
                FigureBuilder.styleAxis(a, style);
            }
            right.setTickLabelsVisible(false);
            top.setVisible(options.shows(FigureOptions.Element.SECONDARY_AXIS));
            Font axisFont = style.font(style.axisLabelSizePt());
            x.setAttributedLabel(RichText.parse("rigidity *R* [GV]").toAttributedString(axisFont));
            top.setAttributedLabel(RichText.parse("gyroradius *r*_g [au]").toAttributedString(axisFont));
            y.setAttributedLabel(RichText.parse("mean free path *ℓ*_{mfp} [pc]").toAttributedString(axisFont));
            x.auPerGV = Particle.GYRORADIUS_AU_PER_GV_PER_MICROGAUSS / scenario.bMicroGauss();

            List<Population> pops = FigureBuilder.visiblePopulations(populations, options);
            List<CandidateLayer> boxes = options.shows(FigureOptions.Element.CANDIDATE_BOXES)
                    ? candidates.stream().filter(c -> c.box().plane() == Plane.NUMBER_DENSITY).toList() : List.of();
            ViewRange view = options.view().orElseGet(() -> autoRange(scenario, candidates, populations, options));
            // the view's x range first, then the sync puts the r_g axis on top
            x.setRange(new Range(Math.pow(10, view.log10XMin()), Math.pow(10, view.log10XMax())), true, true);
            y.setRange(new Range(Math.pow(10, view.log10YMin()), Math.pow(10, view.log10YMax())), true, true);
            top.setRange(new Range(x.getLowerBound() * x.auPerGV, x.getUpperBound() * x.auPerGV), true, true);
            double[] rs = rigidities(view);

            plot.clearAnnotations();
            plot.clearRangeMarkers();
            plot.clearDomainMarkers();
            List<double[][]> hard = new ArrayList<>();
            List<double[][]> soft = new ArrayList<>();
            List<double[][]> curveObstacles = new ArrayList<>();
            List<LabelLayer.AlongLabel> alongLabels = new ArrayList<>();
            List<LabelLayer.CurveLabel> curveLabels = new ArrayList<>();
            List<LabelLayer.PinnedLabel> pinned = new ArrayList<>();
            List<LegendItem> legend = new ArrayList<>();
            Font legendFont = style.font(style.legendSizePt());

            // energy classes: vertical spans of their rigidity ranges
            List<EnergyClass> all = scenario.energyClasses();
            double spanY0 = view.log10YMin() - 50;
            double spanY1 = view.log10YMax() + 50;
            for (EnergyClass c : all) {
                if (!options.showsEnergyClass(c.label())) {
                    continue;
                }
                double r0 = Math.log10(scenario.particle(c.minKineticEnergyGeV()).rigidityGV());
                double r1 = Math.log10(scenario.particle(c.maxKineticEnergyGeV()).rigidityGV());
                Color colour = pal.bandColour(all.indexOf(c));
                String id = Screen.idOf("band", c.label());
                Color fill = Palette.withAlpha(colour, style.bandFillAlpha() * 0.6);
                plot.addAnnotation(ShapeAnnotation.box(id, r0, r1, spanY0, spanY1, fill, null, null), false);
                if (options.shows(FigureOptions.Element.BAND_LABELS)) {
                    pinned.add(new LabelLayer.PinnedLabel(RichText.plain(c.label()), (r0 + r1) / 2, pal.labelColour(colour),
                            id + "-label"));
                }
                legend.add(new LegendItem(FigureBuilder.describe(c), null, null, null, FigureBuilder.legendSwatch(style),
                        fill, new BasicStroke(0f), fill));
            }

            // catalogue boxes of the n_s plane: the ℓ_mfp range they give
            boolean anyBox = false;
            for (int i = 0; i < boxes.size(); i++) {
                CandidateLayer c = boxes.get(i);
                if (!options.showsCandidate(c.id())) {
                    continue; // hidden boxes keep their place in the colour cycle, as on the planes
                }
                Optional<double[][]> region = boxRegion(c.box(), scenario, rs);
                if (region.isEmpty()) {
                    continue;
                }
                anyBox = true;
                Color colour = pal.candidateColour(i);
                String id = Screen.idOf("candidate", c.id());
                double[][] r = region.get();
                plot.addAnnotation(new ShapeAnnotation(id, r[0], r[1], true, Palette.withAlpha(colour, style.boxFillAlpha() * 0.7),
                        Palette.withAlpha(colour, 0.6), new BasicStroke(0.7f)), false);
                soft.add(r);
                if (options.shows(FigureOptions.Element.CANDIDATE_LABELS)) {
                    alongLabels.add(new LabelLayer.AlongLabel(RichText.plain(c.label()), RichText.plain(c.label()), r[0], r[1],
                            lowerEdgeAxis(r, view), pal.labelColour(colour), false, id + "-label"));
                }
            }
            if (anyBox) {
                legend.add(new LegendItem("what the catalogue boxes give", null, null, null,
                        FigureBuilder.legendSwatch(style), Palette.withAlpha(pal.reference(), pal.isDark() ? 0.3 : 0.18),
                        new BasicStroke(0.7f), pal.reference()));
            }

            // populations: predicted ℓ_mfp(R)
            Stroke popStroke = new BasicStroke(FigureBuilder.populationWidthPx(style), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            Stroke modelStroke = new BasicStroke(3.4f * FigureBuilder.populationWidthPx(style), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND);
            for (Population p : pops) {
                List<double[]> pts = FigureOfMerit.rigidityCurve(p, scenario, rs[0], rs[rs.length - 1], rs.length);
                if (pts.size() < 2) {
                    continue;
                }
                double[] cx = new double[pts.size()];
                double[] cy = new double[pts.size()];
                for (int i = 0; i < cx.length; i++) {
                    cx[i] = Math.log10(pts.get(i)[0]);
                    cy[i] = Math.log10(pts.get(i)[1]);
                }
                boolean isModel = p instanceof IntermittentModelPopulation;
                Color colour = FigureBuilder.populationColour(pal, populations, p);
                // the model reproduces the observed relation: drawn as a wide halo under the observed line
                Color stroke = isModel ? Palette.withAlpha(colour, 0.28) : colour;
                String id = Screen.idOf("population", p.id());
                plot.addAnnotation(new ShapeAnnotation(id, cx, cy, false, null, stroke, isModel ? modelStroke : popStroke), false);
                curveObstacles.add(new double[][] {cx, cy});
                RichText text = FigureBuilder.populationText(p.label());
                curveLabels.add(new LabelLayer.CurveLabel(text, RichText.plain(shortLabel(p)), cx, cy,
                        isModel ? colour : pal.labelColour(colour), id + "-label", null));
                legend.add(new LegendItem(text.plainText().equals(p.label()) ? p.label() : shortLabel(p), null, null, null,
                        FigureBuilder.legendLine(style), isModel ? new BasicStroke(6f) : popStroke, stroke));
            }

            // the observed relation, on top
            List<double[]> obs = FigureOfMerit.observedMeanFreePath(scenario, rs[0], rs[rs.length - 1], 64);
            double[] ox = new double[obs.size()];
            double[] oy = new double[obs.size()];
            for (int i = 0; i < ox.length; i++) {
                ox[i] = Math.log10(obs.get(i)[0]);
                oy[i] = Math.log10(obs.get(i)[1]);
            }
            Stroke obsStroke = new BasicStroke(style.locusWidthPx() * 0.9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            plot.addAnnotation(new ShapeAnnotation("observed-mfp", ox, oy, false, null, pal.model(), obsStroke), false);
            curveObstacles.add(new double[][] {ox, oy});
            String law = "*ℓ*_{mfp} = " + Units.formatNumber(round3(scenario.meanFreePathAtOneGVPc())) + " pc (*R*/GV)^{"
                    + Units.formatNumber(scenario.deltaS()) + "}";
            curveLabels.add(0, new LabelLayer.CurveLabel(RichText.parse("observed: " + law), RichText.plain("observed"), ox, oy,
                    pal.model(), "observed-mfp-label", null));
            legend.add(0, new LegendItem("observed mean free path", null, null, null, FigureBuilder.legendLine(style),
                    obsStroke, pal.model()));

            LegendItemCollection items = new LegendItemCollection();
            for (LegendItem item : legend) {
                item.setLabelFont(legendFont);
                item.setLabelPaint(pal.foreground());
                items.add(item);
            }
            plot.setFixedLegendItems(items);
            Title legendTitle = null;
            if (options.shows(FigureOptions.Element.LEGEND) && !legend.isEmpty()) {
                LegendTitle lt = new LegendTitle(plot);
                lt.setItemFont(legendFont);
                lt.setItemPaint(pal.foreground());
                FigureBuilder.styleLegend(lt, style);
                lt.setPadding(new RectangleInsets(4, 6, 4, 8));
                lt.setItemLabelPadding(new RectangleInsets(2, 4, 2, 2));
                lt.setPosition(RectangleEdge.RIGHT);
                legendTitle = lt;
            }
            Font labelFont = style.font(style.annotationSizePt());
            plot.addAnnotation(new LabelLayer(alongLabels, List.of(), curveLabels, pinned, hard, soft, curveObstacles,
                    labelFont, labelFont, legendTitle, pal), false);

            chart.clearSubtitles();
            if (options.shows(FigureOptions.Element.TITLE)) {
                chart.addSubtitle(new RichTitle(RichText.parse(titleMarkup(scenario)), style.font(style.titleSizePt()),
                        pal.foreground()));
            }
        } finally {
            plot.setNotify(true);
            chart.setNotify(chartNotify);
        }
    }

    /**
     * The direction of a box region's lower edge across the visible rigidities {x0, y0, x1, y1} (its outline is made of
     * many short edges, so the longest one would be a vertical end).
     */
    private static double[] lowerEdgeAxis(double[][] region, ViewRange view) {
        int n = region[0].length / 2;
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            if (region[0][i] >= view.log10XMin() && region[0][i] <= view.log10XMax()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0 || first == last) {
            return null;
        }
        return new double[] {region[0][first], region[1][first], region[0][last], region[1][last]};
    }

    private static double round3(double v) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", v));
    }

    private static String shortLabel(Population p) {
        String l = p.label();
        int paren = l.indexOf('(');
        String s = paren > 0 ? l.substring(0, paren).strip() : l;
        return s.length() <= 40 ? s : p.id();
    }

    /** Log-uniform rigidities [GV] covering the view with a margin (for curves that stay whole when panned a little). */
    private static double[] rigidities(ViewRange view) {
        double a = Math.max(LOG10_MIN_RIGIDITY, view.log10XMin() - 1);
        double b = Math.min(LOG10_MAX_RIGIDITY, view.log10XMax() + 1);
        if (!(b > a)) {
            a = LOG10_MIN_RIGIDITY;
            b = LOG10_MAX_RIGIDITY;
        }
        double[] out = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            out[i] = Math.pow(10, a + i * (b - a) / (SAMPLES - 1));
        }
        return out;
    }

    /**
     * The range of ℓ_mfp [pc] an n_s-plane box gives CRs of rigidity R [GV]: {1/(n_max a^D ℓ_lo²), 1/(n_min a^D ℓ_lo²)}
     * with ℓ_lo = max(r_g(R), ℓ_min); empty when r_g(R) exceeds the box's largest size (nothing can scatter) or the box
     * is on the f_V plane.
     */
    public static Optional<double[]> boxMeanFreePathRangePc(CandidateBox box, Scenario s, double rigidityGV) {
        if (box.plane() != Plane.NUMBER_DENSITY) {
            return Optional.empty();
        }
        double rg = s.gyroradiusAu(Particle.ofRigidity(s.species(), rigidityGV));
        double lo = Math.max(rg, box.minShortAxisAu());
        if (lo > box.maxShortAxisAu()) {
            return Optional.empty();
        }
        double area = s.crossSectionAspectFactor() * Math.pow(Units.auToPc(lo), 2);
        return Optional.of(new double[] {1 / (box.maxValue() * area), 1 / (box.minValue() * area)});
    }

    /** The shaded region of a box (log10 R, log10 ℓ_mfp) over the sampled rigidities, ending exactly at r_g = ℓ_max. */
    private static Optional<double[][]> boxRegion(CandidateBox box, Scenario s, double[] rs) {
        // R at which r_g = ℓ_max: the last rigidity the box can scatter (r_g ∝ R exactly)
        double rStar = box.maxShortAxisAu() * s.bMicroGauss() / Particle.GYRORADIUS_AU_PER_GV_PER_MICROGAUSS;
        List<Double> rList = new ArrayList<>();
        for (double r : rs) {
            if (r < rStar) {
                rList.add(r);
            }
        }
        if (rStar >= rs[0] && rStar <= rs[rs.length - 1]) {
            rList.add(rStar * (1 - 1e-12));
        }
        List<double[]> lower = new ArrayList<>();
        List<double[]> upper = new ArrayList<>();
        for (double r : rList) {
            boxMeanFreePathRangePc(box, s, r).ifPresent(m -> {
                lower.add(new double[] {Math.log10(r), Math.log10(m[0])});
                upper.add(new double[] {Math.log10(r), Math.log10(m[1])});
            });
        }
        if (lower.size() < 2) {
            return Optional.empty();
        }
        int n = lower.size();
        double[] xs = new double[2 * n];
        double[] ys = new double[2 * n];
        for (int i = 0; i < n; i++) {
            xs[i] = lower.get(i)[0];
            ys[i] = lower.get(i)[1];
            xs[2 * n - 1 - i] = upper.get(i)[0];
            ys[2 * n - 1 - i] = upper.get(i)[1];
        }
        return Optional.of(new double[][] {xs, ys});
    }

    /**
     * The automatic view: x from ≤ 10⁻³ GV to ≥ 10⁵ GV and wide enough for every visible energy class (a decade beyond),
     * y covering the observed ℓ_mfp there, the visible populations and boxes, but at most
     * {@value #MAX_DEX_ABOVE_OBSERVED} dex above and {@value #MAX_DEX_BELOW_OBSERVED} dex below the observed line.
     */
    public static ViewRange autoRange(Scenario scenario, List<CandidateLayer> candidates, List<Population> populations,
                                      FigureOptions options) {
        double x0 = -3;
        double x1 = 5;
        for (EnergyClass c : scenario.energyClasses()) {
            if (options.showsEnergyClass(c.label())) {
                x0 = Math.min(x0, Math.log10(scenario.particle(c.minKineticEnergyGeV()).rigidityGV()) - 1);
                x1 = Math.max(x1, Math.log10(scenario.particle(c.maxKineticEnergyGeV()).rigidityGV()) + 1);
            }
        }
        x0 = Math.max(LOG10_MIN_RIGIDITY, x0);
        x1 = Math.min(LOG10_MAX_RIGIDITY, x1);
        double obsLo = Math.log10(scenario.meanFreePathAtOneGVPc()) + scenario.deltaS() * x0;
        double obsHi = Math.log10(scenario.meanFreePathAtOneGVPc()) + scenario.deltaS() * x1;
        double y0 = obsLo;
        double y1 = obsHi;
        ViewRange xOnly = new ViewRange(x0, x1, obsLo - 1, obsHi + 1);
        double[] rs = rigidities(xOnly);
        for (Population p : FigureBuilder.visiblePopulations(populations, options)) {
            for (double[] pt : FigureOfMerit.rigidityCurve(p, scenario, rs[0], rs[rs.length - 1], 97)) {
                double lx = Math.log10(pt[0]);
                if (lx >= x0 && lx <= x1) {
                    y0 = Math.min(y0, Math.log10(pt[1]));
                    y1 = Math.max(y1, Math.log10(pt[1]));
                }
            }
        }
        if (options.shows(FigureOptions.Element.CANDIDATE_BOXES)) {
            for (CandidateLayer c : candidates) {
                if (c.box().plane() != Plane.NUMBER_DENSITY || !options.showsCandidate(c.id())) {
                    continue;
                }
                for (int i = 0; i < rs.length; i += 8) {
                    double lx = Math.log10(rs[i]);
                    if (lx < x0 || lx > x1) {
                        continue;
                    }
                    Optional<double[]> m = boxMeanFreePathRangePc(c.box(), scenario, rs[i]);
                    if (m.isPresent()) {
                        y0 = Math.min(y0, Math.log10(m.get()[0]));
                        y1 = Math.max(y1, Math.log10(m.get()[1]));
                    }
                }
            }
        }
        y0 = Math.max(y0, obsLo - MAX_DEX_BELOW_OBSERVED);
        y1 = Math.min(y1, obsHi + MAX_DEX_ABOVE_OBSERVED);
        double my = Math.max(0.5, FigureBuilder.AUTO_MARGIN_FRACTION * (y1 - y0));
        return new ViewRange(x0, x1, y0 - my, y1 + my);
    }

    /** The title without markup. */
    public static String titleText(Scenario scenario) {
        return RichText.parse(titleMarkup(scenario)).plainText();
    }

    static String titleMarkup(Scenario s) {
        return "What each candidate gives: *ℓ*_{mfp} against rigidity (*δ*_s = " + Units.formatNumber(s.deltaS())
                + ", *B* = " + Units.formatNumber(s.bMicroGauss()) + " μG, *ν̄*_0 = " + FigureBuilder.scientific(s.nu0PerS())
                + " s^{−1})";
    }
}
