package org.hillasexplorer.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hillasexplorer.figure.FigureSpec.Along;
import org.hillasexplorer.figure.FigureSpec.AtBox;
import org.hillasexplorer.figure.FigureSpec.Axes;
import org.hillasexplorer.figure.FigureSpec.Kind;
import org.hillasexplorer.figure.FigureSpec.Label;
import org.hillasexplorer.figure.FigureSpec.LegendEntry;
import org.hillasexplorer.figure.FigureSpec.LineSample;
import org.hillasexplorer.figure.FigureSpec.Marker;
import org.hillasexplorer.figure.FigureSpec.Obstacle;
import org.hillasexplorer.figure.FigureSpec.OnCurve;
import org.hillasexplorer.figure.FigureSpec.Pen;
import org.hillasexplorer.figure.FigureSpec.Polyline;
import org.hillasexplorer.figure.FigureSpec.Rule;
import org.hillasexplorer.figure.FigureSpec.Segment;
import org.hillasexplorer.figure.FigureSpec.Shape;
import org.hillasexplorer.figure.FigureSpec.Swatch;
import org.hillasexplorer.physics.Band;
import org.hillasexplorer.physics.BandGeometry;
import org.hillasexplorer.physics.CandidateBox;
import org.hillasexplorer.physics.Curve;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.FigureOfMerit;
import org.hillasexplorer.physics.HypotheticalModel;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Polygon;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.TabulatedPopulation;
import org.hillasexplorer.physics.Units;
import org.hillasexplorer.physics.uncertainty.Envelope;

/**
 * State → {@link FigureSpec} for the ℓ_S–n_s (paper Fig. 2) and ℓ_S–f_V (Fig. 3) planes: all the physics, verdicts,
 * colours, texts and legend of a plane figure, and its automatic view. Pure: no JFreeChart, no drawing.
 *
 * <p>Shapes, back to front: hypothetical-model region, credible-region envelopes of the bands when the figure is
 * shaded ({@link Shading}: the outermost level first, each translucent in its class's colour, so that the regions of
 * lower level, nested inside, come out darker), candidate boxes (dotted), energy-class bands (translucent fill, solid
 * outline, or a bold line where a band collapses), population curves, model locus; the f_V = 1 line is a rule.
 */
final class PlaneSpecs {
    /** Margin around the automatic view, as a fraction of the data span on each side. */
    static final double AUTO_MARGIN_FRACTION = 0.06;
    /** Most a population may widen the automatic view beyond the bands and boxes, per side [dex]. */
    static final double MAX_POPULATION_EXTENSION_DEX = 15;
    private static final List<String> SYMBOLS = List.of("ℓ_S", "ℓ_L", "r_g", "n_s", "f_V", "ν_s", "δ_s", "ℓ_mfp");

    private PlaneSpecs() {
    }

    /** The spec of the plane {@code options.plane()}, without envelope shading. */
    static FigureSpec of(Scenario scenario, List<CandidateLayer> candidates, List<Population> populations,
                         FigureOptions options) {
        return of(scenario, candidates, populations, options, Shading.NONE);
    }

    /**
     * The spec of the plane {@code options.plane()}, with the credible regions of {@code shading} shaded under the
     * exact bands of the visible classes of this plane (see {@link Parts#envelopes}).
     */
    static FigureSpec of(Scenario scenario, List<CandidateLayer> candidates, List<Population> populations,
                         FigureOptions options, Shading shading) {
        Objects.requireNonNull(shading, "shading");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(populations, "populations");
        Objects.requireNonNull(options, "options");
        Plane plane = options.plane();
        // the physics, once: what is drawn and what the automatic view covers
        List<Band> bands = visibleBands(scenario, options);
        List<CandidateLayer> boxes = options.shows(FigureOptions.Element.CANDIDATE_BOXES)
                ? onPlane(candidates, plane) : List.of();
        List<Population> pops = visiblePopulations(populations, options);
        List<Optional<Curve>> curves = pops.stream().map(p -> p.curve(plane, scenario)).toList();
        boolean model = plane == Plane.FILLING_FACTOR && options.shows(FigureOptions.Element.HYPOTHETICAL_MODEL);
        // the intermittent-model population is the model locus itself: drawn once, as the population
        boolean modelAsPopulation = pops.stream().anyMatch(p -> p instanceof IntermittentModelPopulation);
        Optional<Polygon> region = model ? HypotheticalModel.region(scenario) : Optional.empty();
        Optional<Curve> locus = model && !modelAsPopulation ? HypotheticalModel.locus(scenario) : Optional.empty();
        List<Envelope> envelopes = visibleEnvelopes(scenario, shading, options);
        ViewRange view = options.view().orElseGet(() -> autoRange(plane, bands, visible(boxes, options), region, curves,
                envelopes));

        Parts parts = new Parts(scenario, options);
        region.ifPresent(parts::modelRegion);
        parts.envelopes(envelopes);
        Map<String, BasicStroke> categories = parts.boxes(boxes);
        bands.forEach(parts::band);
        parts.shadingLegend(envelopes, shading);
        for (int i = 0; i < pops.size(); i++) {
            Population p = pops.get(i);
            curves.get(i).ifPresent(c -> parts.population(p, c, populations));
        }
        locus.ifPresent(parts::modelLocus);
        if (model) {
            parts.modelLabelAndLegend(region, locus, modelAsPopulation);
        }
        parts.categoryLegend(categories);
        parts.markerLegend();
        List<Rule> rules = plane == Plane.FILLING_FACTOR ? List.of(parts.unityLine()) : List.of();

        FigureStyle style = options.style();
        Axes axes = new Axes(RichText.parse("*ℓ*_S [au]"), yLabel(plane), RichText.parse("*ℓ*_S [pc]"), view,
                Units.AU_CM / Units.PC_CM, options.shows(FigureOptions.Element.SECONDARY_AXIS));
        Optional<RichText> title = options.shows(FigureOptions.Element.TITLE)
                ? Optional.of(RichText.parse(titleMarkup(scenario, plane))) : Optional.empty();
        Optional<String> caption = options.shows(FigureOptions.Element.CITATIONS) && !boxes.isEmpty()
                ? Optional.of(citationCaption(boxes, options)) : Optional.empty();
        return new FigureSpec(FigureOptions.View.of(plane), style, axes, parts.shapes, rules, parts.labels, parts.legend,
                options.shows(FigureOptions.Element.LEGEND) && !parts.legend.isEmpty(), title, caption);
    }

    /** The shapes, labels and legend of one plane figure, collected in drawing order. */
    private static final class Parts {
        final Scenario scenario;
        final FigureOptions options;
        final FigureStyle style;
        final Palette pal;
        final List<Shape> shapes = new ArrayList<>();
        final List<Label> labels = new ArrayList<>();
        final List<LegendEntry> legend = new ArrayList<>();
        boolean anyMarked;

        Parts(Scenario scenario, FigureOptions options) {
            this.scenario = scenario;
            this.options = options;
            this.style = options.style();
            this.pal = style.palette();
        }

        Color modelFill() {
            return Palette.withAlpha(pal.modelFill(), style.modelFillAlpha());
        }

        void modelRegion(Polygon r) {
            shapes.add(new Shape(Kind.MODEL_REGION, "", "model-region", new Polyline(r.xs(), r.ys()), true,
                    Optional.of(modelFill()), Optional.empty(), Obstacle.HARD));
        }

        /**
         * The credible regions of each envelope, the highest level (largest region) first: every region is one shape
         * per outer outline with the holes inside it, filled in its class's colour at {@link #envelopeAlpha}, so that
         * nested regions of lower level stack darker, and edged by a thin translucent line of that colour (half the
         * band outline's width); labels may cover them.
         */
        void envelopes(List<Envelope> envelopes) {
            for (Envelope e : envelopes) {
                EnergyClass ec = e.energyClass();
                Color colour = pal.bandColour(classIndex(scenario, ec));
                List<Envelope.Region> regions = new ArrayList<>(e.regions());
                regions.sort(java.util.Comparator.comparingDouble(Envelope.Region::level).reversed());
                Color fill = Palette.withAlpha(colour, envelopeAlpha(style, regions.size()));
                Pen edge = new Pen(Palette.withAlpha(colour, ENVELOPE_OUTLINE_OPACITY), new BasicStroke(
                        0.5f * style.bandOutlineWidthPx(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                for (Envelope.Region r : regions) {
                    String id = Screen.idOf("envelope", ec.label() + "-" + percentKey(r.level()));
                    List<Polygon> outers = r.parts().stream().filter(p -> !Envelope.isHole(p)).toList();
                    List<List<Polyline>> holes = new ArrayList<>();
                    outers.forEach(o -> holes.add(new ArrayList<>()));
                    for (Polygon h : r.parts()) {
                        if (Envelope.isHole(h)) {
                            int k = innermostContaining(outers, h);
                            if (k >= 0) {
                                holes.get(k).add(new Polyline(h.xs(), h.ys()));
                            }
                        }
                    }
                    for (int k = 0; k < outers.size(); k++) {
                        Polygon o = outers.get(k);
                        shapes.add(new Shape(Kind.ENVELOPE, ec.label(), outers.size() == 1 ? id : id + "-" + (k + 1),
                                new Polyline(o.xs(), o.ys()), true, Optional.of(fill), Optional.of(edge), Obstacle.NONE,
                                holes.get(k)));
                    }
                }
            }
        }

        /**
         * One legend row saying what the shading is: the levels, how many samples of which distribution made it, e.g.
         * {@code shading: 68 % / 95 % credible regions (darker: 68 %), 512 Sobol samples over δ_s 0.3–0.7}.
         */
        void shadingLegend(List<Envelope> envelopes, Shading shading) {
            if (envelopes.isEmpty()) {
                return;
            }
            List<Double> levels = envelopes.get(0).regions().stream().map(Envelope.Region::level).sorted().toList();
            String text = shadingText(levels, shading.samples(), shading.description());
            double a = envelopeAlpha(style, levels.size());
            Pen edge = new Pen(Palette.withAlpha(pal.reference(), ENVELOPE_OUTLINE_OPACITY), new BasicStroke(0.5f * style.bandOutlineWidthPx()));
            int comma = text.indexOf(", ");
            // two rows, so that the legend stays narrow: what the shading is, then what made it (under no glyph)
            legend.add(new Swatch(text.substring(0, comma), Palette.withAlpha(pal.reference(), 1 - Math.pow(1 - a, levels.size())),
                    edge));
            legend.add(new LineSample(text.substring(comma + 2), new Pen(Palette.withAlpha(pal.reference(), 0),
                    new BasicStroke(0f))));
        }

        /** The visible boxes and their labels; returns the stroke of each category drawn, in order. */
        Map<String, BasicStroke> boxes(List<CandidateLayer> boxes) {
            float w = style.boxOutlineWidthPx();
            BasicStroke dotted = new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {0.1f, 2.6f * w}, 0f);
            BasicStroke dashDot = new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 2.5f, 1.5f, 2.5f}, 0f);
            boolean markers = options.shows(FigureOptions.Element.VERDICT_MARKERS);
            boolean named = options.shows(FigureOptions.Element.CANDIDATE_LABELS);
            Map<String, BasicStroke> categories = new LinkedHashMap<>();
            List<Color> colours = candidateColours(pal, boxes);
            for (int i = 0; i < boxes.size(); i++) {
                CandidateLayer c = boxes.get(i);
                if (!options.showsCandidate(c.id())) {
                    continue; // hidden boxes keep their colour, so colours stay put
                }
                CandidateBox b = c.box();
                Color colour = colours.get(i);
                BasicStroke stroke = CandidateLayer.THEORETICAL.equals(c.category()) ? dashDot : dotted;
                String id = Screen.idOf("candidate", c.id());
                shapes.add(new Shape(Kind.CANDIDATE, c.id(), id, Polyline.box(b.log10MinShortAxisAu(),
                        b.log10MaxShortAxisAu(), b.log10MinValue(), b.log10MaxValue()), true,
                        Optional.of(Palette.withAlpha(colour, style.boxFillAlpha())), Optional.of(new Pen(colour, stroke)),
                        Obstacle.SOFT));
                Optional<VerdictMark> mark = markers ? Optional.of(VerdictMark.of(
                        FigureOfMerit.evaluate(c.id(), c.label(), b, scenario), options::showsEnergyClass)) : Optional.empty();
                anyMarked |= mark.isPresent();
                if (named || mark.isPresent()) {
                    labels.add(new AtBox(Kind.CANDIDATE, c.id(), RichText.plain(named ? c.label() : ""),
                            b.log10MinShortAxisAu(), b.log10MaxShortAxisAu(), b.log10MinValue(), b.log10MaxValue(),
                            pal.labelColour(colour), id + "-label", mark));
                }
                categories.putIfAbsent(c.category(), stroke);
            }
            return categories;
        }

        void band(Band band) {
            BasicStroke stroke = new BasicStroke(style.bandOutlineWidthPx(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            EnergyClass ec = band.energyClass();
            Color colour = pal.bandColour(scenario.energyClasses().indexOf(ec));
            Color fill = Palette.withAlpha(colour, style.bandFillAlpha());
            String id = Screen.idOf("band", ec.label());
            Polyline path;
            if (band.outline().isPresent()) {
                Polygon p = band.outline().get();
                path = new Polyline(p.xs(), p.ys());
                shapes.add(new Shape(Kind.BAND, ec.label(), id, path, true, Optional.of(fill),
                        Optional.of(new Pen(colour, stroke)), Obstacle.HARD));
            } else {
                // δ_s = 0: every energy needs the same ℓ_mfp and the band collapses onto a line; draw it bold
                Curve line = band.collapsedLine().orElseThrow();
                path = new Polyline(line.xs(), line.ys());
                shapes.add(new Shape(Kind.BAND, ec.label(), id, path, false, Optional.empty(), Optional.of(new Pen(colour,
                        new BasicStroke(3 * style.bandOutlineWidthPx(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND))),
                        Obstacle.HARD));
            }
            String describe = describe(ec);
            if (options.shows(FigureOptions.Element.BAND_LABELS)) {
                labels.add(new Along(Kind.BAND, ec.label(), RichText.plain(describe), RichText.plain(ec.label()), path,
                        Optional.empty(), pal.labelColour(colour), false, true, id + "-label"));
            }
            legend.add(new Swatch(describe, fill, new Pen(colour, stroke)));
        }

        void population(Population p, Curve curve, List<Population> all) {
            BasicStroke stroke = new BasicStroke(populationWidthPx(style), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            Color colour = populationColour(pal, all, p);
            String id = Screen.idOf("population", p.id());
            Polyline path = new Polyline(curve.xs(), curve.ys());
            shapes.add(new Shape(Kind.POPULATION, p.id(), id, path, false, Optional.empty(),
                    Optional.of(new Pen(colour, stroke)), Obstacle.CURVE));
            Optional<VerdictMark> mark = options.shows(FigureOptions.Element.VERDICT_MARKERS)
                    ? Optional.of(VerdictMark.of(FigureOfMerit.evaluate(p, options.plane(), scenario),
                    options::showsEnergyClass)) : Optional.empty();
            anyMarked |= mark.isPresent();
            RichText text = populationText(p.label());
            if (isMeasuredPoint(p)) {
                // a short segment: labelled like a box, on or at it (with a leader line if need be)
                labels.add(new AtBox(Kind.POPULATION, p.id(), text, curve.x(0), curve.x(curve.size() - 1),
                        Math.min(curve.y(0), curve.y(curve.size() - 1)), Math.max(curve.y(0), curve.y(curve.size() - 1)),
                        pal.labelColour(colour), id + "-label", mark));
            } else {
                labels.add(new OnCurve(Kind.POPULATION, p.id(), text, RichText.plain(shortLabel(p)), path,
                        p instanceof IntermittentModelPopulation ? colour : pal.labelColour(colour), id + "-label", mark));
            }
            legend.add(new LineSample(legendText(p, text), new Pen(colour, stroke)));
        }

        void modelLocus(Curve l) {
            BasicStroke s = new BasicStroke(style.locusWidthPx(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            shapes.add(new Shape(Kind.MODEL_LOCUS, "", "model-locus", new Polyline(l.xs(), l.ys()), false,
                    Optional.empty(), Optional.of(new Pen(pal.model(), s)), Obstacle.NONE));
        }

        /**
         * The model's label (unless the model is drawn as a population, which has its own label) and its legend rows:
         * the region's field range and the locus's field.
         */
        void modelLabelAndLegend(Optional<Polygon> region, Optional<Curve> locus, boolean asPopulation) {
            if (!asPopulation && (region.isPresent() || locus.isPresent())) {
                // along the region's outline (or the locus), in the locus's direction
                Polyline anchor = region.map(r -> new Polyline(r.xs(), r.ys()))
                        .orElseGet(() -> new Polyline(locus.get().xs(), locus.get().ys()));
                Optional<Segment> axis = locus.map(l -> new Segment(l.x(0), l.y(0), l.x(l.size() - 1), l.y(l.size() - 1)));
                labels.add(new Along(Kind.MODEL_REGION, "", RichText.parse("hypothetical intermittent model (*ℓ*_S = *r*_g)"),
                        RichText.parse("*ℓ*_S = *r*_g model"), anchor, axis, pal.model(), true, true, "model-label"));
            }
            double bLo = scenario.bMicroGauss() * Math.pow(10, -HypotheticalModel.FIELD_SPREAD_DEX);
            double bHi = scenario.bMicroGauss() * Math.pow(10, HypotheticalModel.FIELD_SPREAD_DEX);
            region.ifPresent(r -> legend.add(new Swatch("hypothetical model, B = " + fmt2(bLo) + "–" + fmt2(bHi) + " μG",
                    modelFill(), new Pen(modelFill(), new BasicStroke(0f)))));
            locus.ifPresent(l -> legend.add(new LineSample("hypothetical model, B = "
                    + Units.formatNumber(scenario.bMicroGauss()) + " μG",
                    new Pen(pal.model(), new BasicStroke(style.locusWidthPx())))));
        }

        void categoryLegend(Map<String, BasicStroke> categories) {
            for (Map.Entry<String, BasicStroke> e : categories.entrySet()) {
                legend.add(new Swatch(categoryLabel(e.getKey()),
                        Palette.withAlpha(pal.reference(), pal.isDark() ? 0.3 : 0.15),
                        new Pen(pal.labelColour(pal.reference()), e.getValue())));
            }
        }

        void markerLegend() {
            if (anyMarked) {
                for (VerdictMark m : List.of(VerdictMark.REACHES, VerdictMark.NEAR_MISS, VerdictMark.FAR_MISS)) {
                    legend.add(new Marker(m));
                }
            }
        }

        Rule unityLine() {
            return new Rule(0, new Pen(pal.reference(), new BasicStroke(Math.max(0.9f, 1.5f * style.gridWidthPx()))));
        }
    }

    /**
     * The automatic view: every visible band, candidate box of the plane and (f_V plane) the hypothetical model and
     * f_V = 1, with a margin of {@value #AUTO_MARGIN_FRACTION} of the span on each side, and the curves of the visible
     * populations, each widening the view by at most {@value #MAX_POPULATION_EXTENSION_DEX} dex on each side.
     */
    static ViewRange autoRange(Scenario scenario, List<CandidateLayer> candidates, List<Population> populations,
                               FigureOptions options) {
        return autoRange(scenario, candidates, populations, options, Shading.NONE);
    }

    /** As {@link #autoRange(Scenario, List, List, FigureOptions)}, the visible envelopes of {@code shading} included. */
    static ViewRange autoRange(Scenario scenario, List<CandidateLayer> candidates, List<Population> populations,
                               FigureOptions options, Shading shading) {
        Plane plane = options.plane();
        boolean model = plane == Plane.FILLING_FACTOR && options.shows(FigureOptions.Element.HYPOTHETICAL_MODEL);
        List<CandidateLayer> boxes = options.shows(FigureOptions.Element.CANDIDATE_BOXES)
                ? visible(onPlane(candidates, plane), options) : List.of();
        List<Optional<Curve>> curves = visiblePopulations(populations, options).stream()
                .map(p -> p.curve(plane, scenario)).toList();
        return autoRange(plane, visibleBands(scenario, options), boxes,
                model ? HypotheticalModel.region(scenario) : Optional.empty(), curves,
                visibleEnvelopes(scenario, shading, options));
    }

    /** The automatic view of these bands, boxes, model region, population curves and envelope regions. */
    private static ViewRange autoRange(Plane plane, List<Band> bands, List<CandidateLayer> boxes, Optional<Polygon> region,
                                       List<Optional<Curve>> curves, List<Envelope> envelopes) {
        double[] b = emptyBounds();
        for (Envelope e : envelopes) {
            for (Envelope.Region r : e.regions()) {
                for (Polygon p : r.parts()) {
                    grow(b, p.minX(), p.maxX(), p.minY(), p.maxY());
                }
            }
        }
        for (Band band : bands) {
            if (band.outline().isPresent()) {
                Polygon p = band.outline().get();
                grow(b, p.minX(), p.maxX(), p.minY(), p.maxY());
            } else {
                Curve c = band.collapsedLine().orElseThrow();
                grow(b, c.x(0), c.x(1), Math.min(c.y(0), c.y(1)), Math.max(c.y(0), c.y(1)));
            }
        }
        for (CandidateLayer c : boxes) {
            CandidateBox x = c.box();
            grow(b, x.log10MinShortAxisAu(), x.log10MaxShortAxisAu(), x.log10MinValue(), x.log10MaxValue());
        }
        region.ifPresent(p -> grow(b, p.minX(), p.maxX(), p.minY(), p.maxY()));
        double[] base = b.clone();
        curves.forEach(c -> c.ifPresent(curve -> growByCurve(b, base, curve)));
        boolean fv = plane == Plane.FILLING_FACTOR;
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

    /**
     * The envelopes of {@code shading} that this figure shades: those of its plane, of classes of the scenario that are
     * not hidden, in the scenario's class order.
     */
    static List<Envelope> visibleEnvelopes(Scenario scenario, Shading shading, FigureOptions options) {
        List<Envelope> out = new ArrayList<>();
        for (EnergyClass c : scenario.energyClasses()) {
            if (!options.showsEnergyClass(c.label())) {
                continue;
            }
            for (Envelope e : shading.envelopes()) {
                if (e.plane() == options.plane() && e.energyClass().label().equals(c.label())) {
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The opacity of each credible region of an envelope with {@code levels} levels: the regions are nested, so the
     * innermost (lowest level) stacks all of them to {@value #ENVELOPE_INNER_OPACITY_PER_BAND_OPACITY} times the
     * style's band opacity α (at most {@value #ENVELOPE_MAX_INNER_OPACITY}), and each has 1 − (1 − that)^(1/levels).
     */
    static double envelopeAlpha(FigureStyle style, int levels) {
        double inner = Math.min(ENVELOPE_MAX_INNER_OPACITY, ENVELOPE_INNER_OPACITY_PER_BAND_OPACITY * style.bandFillAlpha());
        return 1 - Math.pow(1 - inner, 1.0 / Math.max(1, levels));
    }

    /** How much more opaque the innermost credible region is than a band (its regions stacked). */
    static final double ENVELOPE_INNER_OPACITY_PER_BAND_OPACITY = 1.6;
    /** The most opaque the innermost credible region gets. */
    static final double ENVELOPE_MAX_INNER_OPACITY = 0.7;
    /** The opacity of a credible region's thin outline. */
    static final double ENVELOPE_OUTLINE_OPACITY = 0.45;

    /**
     * The legend text of the shading, e.g. {@code shading: 68 % / 95 % credible regions (darker: 68 %), 512 Sobol
     * samples over δₛ 0.3–0.7, B 1–10 μG (log-uniform)}; the legend shows it in two rows, split at the first comma
     * (the symbols of the description set with Unicode subscripts, as the legend is plain text).
     */
    static String shadingText(List<Double> levels, int samples, String description) {
        List<String> pcts = levels.stream().map(l -> percentText(l) + " %").toList();
        StringBuilder b = new StringBuilder("shading: ").append(String.join(" / ", pcts))
                .append(levels.size() == 1 ? " credible region" : " credible regions");
        if (levels.size() > 1) {
            b.append(" (darker: ").append(pcts.get(0)).append(')');
        }
        b.append(", ").append(samples).append(samples == 1 ? " sample" : " Sobol samples");
        if (!description.isBlank()) {
            b.append(" over ").append(description.replace("δ_s", "δₛ"));
        }
        return b.toString();
    }

    /** A level as a percentage, e.g. {@code 68}, {@code 99.7}. */
    static String percentText(double level) {
        return Units.formatNumber(Math.round(level * 1e5) / 1e3);
    }

    /** A level as part of an SVG id, e.g. {@code 68}, {@code 99_7}. */
    private static String percentKey(double level) {
        return percentText(level).replace('.', '_');
    }

    /** The index of the outer outline that contains {@code hole} and is smallest, or −1. */
    private static int innermostContaining(List<Polygon> outers, Polygon hole) {
        int best = -1;
        double bestArea = Double.POSITIVE_INFINITY;
        for (int k = 0; k < outers.size(); k++) {
            Polygon o = outers.get(k);
            double area = Math.abs(o.signedArea());
            if (area < bestArea && o.contains(hole.x(0), hole.y(0))) {
                best = k;
                bestArea = area;
            }
        }
        return best;
    }

    /** The colour index of {@code c} in the scenario's classes (by label, as the bands are coloured). */
    private static int classIndex(Scenario scenario, EnergyClass c) {
        List<EnergyClass> all = scenario.energyClasses();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).label().equals(c.label())) {
                return i;
            }
        }
        return Math.max(0, all.indexOf(c));
    }

    /**
     * The colour of each box (hidden ones included, so colours stay put when others are hidden): neighbours in the
     * plane get distinct colours ({@link Palette#distinctCandidateColours}).
     */
    static List<Color> candidateColours(Palette pal, List<CandidateLayer> boxes) {
        return pal.distinctCandidateColours(boxes.stream().map(c -> new double[] {c.box().log10MinShortAxisAu(),
            c.box().log10MaxShortAxisAu(), c.box().log10MinValue(), c.box().log10MaxValue()}).toList());
    }

    /** The candidates not hidden by id. */
    private static List<CandidateLayer> visible(List<CandidateLayer> candidates, FigureOptions options) {
        return candidates.stream().filter(c -> options.showsCandidate(c.id())).toList();
    }

    /** Grows {@code b} by the bounds of {@code c}, clipped to {@value #MAX_POPULATION_EXTENSION_DEX} dex around {@code base}. */
    private static void growByCurve(double[] b, double[] base, Curve c) {
        double[] pb = emptyBounds();
        for (int i = 0; i < c.size(); i++) {
            grow(pb, c.x(i), c.x(i), c.y(i), c.y(i));
        }
        if (base[0] < base[1]) {
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
    }

    private static double[] emptyBounds() {
        return new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
    }

    private static void grow(double[] b, double x0, double x1, double y0, double y1) {
        b[0] = Math.min(b[0], x0);
        b[1] = Math.max(b[1], x1);
        b[2] = Math.min(b[2], y0);
        b[3] = Math.max(b[3], y1);
    }

    /**
     * The populations drawn: all not hidden by id, when {@link FigureOptions.Element#POPULATIONS} is shown; a Monte
     * Carlo measurement ({@link #isMeasuredPoint}) only on the plane it was measured on.
     */
    static List<Population> visiblePopulations(List<Population> populations, FigureOptions options) {
        if (!options.shows(FigureOptions.Element.POPULATIONS)) {
            return List.of();
        }
        return populations.stream().filter(p -> options.showsCandidate(p.id()))
                .filter(p -> !isMeasuredPoint(p) || ((TabulatedPopulation) p).plane() == options.plane()).toList();
    }

    /** Id prefix of the points the window's Monte Carlo check places ({@code mc-1}, {@code mc-2}, …). */
    static final String MEASURED_POINT_PREFIX = "mc-";

    /**
     * Whether {@code p} is a Monte Carlo measurement placed by the window (a tabulated population with id
     * {@code mc-N}): one measured point, drawn as a short segment on its own plane only (converting it to the other
     * plane would need a D it was not measured with) and labelled like a box.
     */
    static boolean isMeasuredPoint(Population p) {
        return p instanceof TabulatedPopulation t && t.id().startsWith(MEASURED_POINT_PREFIX);
    }

    /**
     * The colour of population {@code p} among {@code all} (hidden ones included, so colours stay put when others are
     * hidden): near-black for the intermittent model, else the palette's population colours in order.
     */
    static Color populationColour(Palette pal, List<Population> all, Population p) {
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

    /** Short fallback label: the label up to the first parenthesis, or the id. */
    static String shortLabel(Population p) {
        String l = p.label();
        int paren = l.indexOf('(');
        String s = paren > 0 ? l.substring(0, paren).strip() : l;
        return s.length() <= 40 ? s : p.id();
    }

    /** The legend text of a population: its label, or the short label when the label had to be typeset. */
    static String legendText(Population p, RichText text) {
        return text.plainText().equals(p.label()) ? p.label() : shortLabel(p);
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

    static RichText yLabel(Plane plane) {
        return plane == Plane.NUMBER_DENSITY ? RichText.parse("*n*_s(>*ℓ*_S) [pc^{−3}]") : RichText.parse("*f*_V");
    }

    /** "Bands: Butsky et al. 2024. Boxes: GMCs — Blitz &amp; Rosolowsky 2005; …" for the visible boxes with a citation. */
    private static String citationCaption(List<CandidateLayer> boxes, FigureOptions options) {
        StringBuilder b = new StringBuilder("Bands: Butsky et al. 2024. Boxes: ");
        boolean first = true;
        for (CandidateLayer c : boxes) {
            if (!options.showsCandidate(c.id()) || c.citation().isBlank()) {
                continue;
            }
            b.append(first ? "" : "; ").append(c.label()).append(" — ").append(c.citation());
            first = false;
        }
        return b.append('.').toString();
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

    private static List<Band> visibleBands(Scenario s, FigureOptions o) {
        List<Band> out = new ArrayList<>();
        for (Band b : BandGeometry.bands(s, o.plane())) {
            if (b.isDrawable() && o.showsEnergyClass(b.energyClass().label())) {
                out.add(b);
            }
        }
        return out;
    }

    static List<CandidateLayer> onPlane(List<CandidateLayer> candidates, Plane plane) {
        return candidates.stream().filter(c -> c.box().plane() == plane).toList();
    }
}
