package org.hillasexplorer.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hillasexplorer.figure.FigureSpec.Along;
import org.hillasexplorer.figure.FigureSpec.Axes;
import org.hillasexplorer.figure.FigureSpec.Kind;
import org.hillasexplorer.figure.FigureSpec.Label;
import org.hillasexplorer.figure.FigureSpec.LegendEntry;
import org.hillasexplorer.figure.FigureSpec.LineSample;
import org.hillasexplorer.figure.FigureSpec.Obstacle;
import org.hillasexplorer.figure.FigureSpec.OnCurve;
import org.hillasexplorer.figure.FigureSpec.Pen;
import org.hillasexplorer.figure.FigureSpec.Pinned;
import org.hillasexplorer.figure.FigureSpec.Polyline;
import org.hillasexplorer.figure.FigureSpec.Segment;
import org.hillasexplorer.figure.FigureSpec.Shape;
import org.hillasexplorer.figure.FigureSpec.Swatch;
import org.hillasexplorer.physics.CandidateBox;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.FigureOfMerit;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Particle;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Units;

/**
 * State → {@link FigureSpec} for the rigidity view ({@link RigidityChartBuilder} describes what it shows): the class
 * spans, the ℓ_mfp range of each n_s-plane box, each population's predicted ℓ_mfp(R) and the observed relation, with
 * their labels and legend, and the automatic view. Pure: no JFreeChart, no drawing.
 */
final class RigiditySpecs {
    /** Allowed rigidities [GV] (those of {@link FigureOfMerit#rigidityCurve}). */
    static final double LOG10_MIN_RIGIDITY = -9;
    static final double LOG10_MAX_RIGIDITY = 12;
    /** Samples per curve across the computed rigidity range. */
    static final int SAMPLES = 241;
    /** Most the automatic view reaches above the observed ℓ_mfp (and below it) [dex], so the observed line stays readable. */
    static final double MAX_DEX_ABOVE_OBSERVED = 12;
    static final double MAX_DEX_BELOW_OBSERVED = 6;

    private RigiditySpecs() {
    }

    /** The spec of the rigidity view; {@code options.plane()} is ignored, an explicit view is in log10 R and ℓ_mfp. */
    static FigureSpec of(Scenario scenario, List<CandidateLayer> candidates, List<Population> populations,
                         FigureOptions options) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(populations, "populations");
        Objects.requireNonNull(options, "options");
        ViewRange view = options.view().orElseGet(() -> autoRange(scenario, candidates, populations, options));
        Parts parts = new Parts(scenario, options, view);
        // the observed relation is labelled and listed first, and drawn last (on top)
        Shape observed = parts.observed();
        for (EnergyClass c : scenario.energyClasses()) {
            if (options.showsEnergyClass(c.label())) {
                parts.span(c);
            }
        }
        parts.boxes(options.shows(FigureOptions.Element.CANDIDATE_BOXES)
                ? PlaneSpecs.onPlane(candidates, Plane.NUMBER_DENSITY) : List.of());
        for (Population p : PlaneSpecs.visiblePopulations(populations, options)) {
            parts.population(p, populations);
        }
        parts.shapes.add(observed);

        Axes axes = new Axes(RichText.parse("rigidity *R* [GV]"), RichText.parse("mean free path *ℓ*_{mfp} [pc]"),
                RichText.parse("gyroradius *r*_g [au]"), view,
                Particle.GYRORADIUS_AU_PER_GV_PER_MICROGAUSS / scenario.bMicroGauss(),
                options.shows(FigureOptions.Element.SECONDARY_AXIS));
        Optional<RichText> title = options.shows(FigureOptions.Element.TITLE)
                ? Optional.of(RichText.parse(titleMarkup(scenario))) : Optional.empty();
        return new FigureSpec(FigureOptions.View.RIGIDITY, options.style(), axes, parts.shapes, List.of(), parts.labels,
                parts.legend, options.shows(FigureOptions.Element.LEGEND) && !parts.legend.isEmpty(), title,
                Optional.empty());
    }

    /** The shapes, labels and legend of one rigidity figure, collected in drawing order. */
    private static final class Parts {
        final Scenario scenario;
        final FigureOptions options;
        final FigureStyle style;
        final Palette pal;
        final ViewRange view;
        final double[] rs;
        final List<Shape> shapes = new ArrayList<>();
        final List<Label> labels = new ArrayList<>();
        final List<LegendEntry> legend = new ArrayList<>();

        Parts(Scenario scenario, FigureOptions options, ViewRange view) {
            this.scenario = scenario;
            this.options = options;
            this.style = options.style();
            this.pal = style.palette();
            this.view = view;
            this.rs = rigidities(view);
        }

        /** The observed ℓ_mfp = (c/ν̄₀) R^δ_s: its label and legend row now, its shape for the caller to add last. */
        Shape observed() {
            List<double[]> obs = FigureOfMerit.observedMeanFreePath(scenario, rs[0], rs[rs.length - 1], 64);
            Polyline path = log10(obs);
            BasicStroke stroke = new BasicStroke(style.locusWidthPx() * 0.9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            String law = "*ℓ*_{mfp} = " + Units.formatNumber(round3(scenario.meanFreePathAtOneGVPc())) + " pc (*R*/GV)^{"
                    + Units.formatNumber(scenario.deltaS()) + "}";
            labels.add(new OnCurve(Kind.OBSERVED, "", RichText.parse("observed: " + law), RichText.plain("observed"), path,
                    pal.model(), "observed-mfp-label", Optional.empty()));
            legend.add(new LineSample("observed mean free path", new Pen(pal.model(), stroke)));
            return new Shape(Kind.OBSERVED, "", "observed-mfp", path, false, Optional.empty(),
                    Optional.of(new Pen(pal.model(), stroke)), Obstacle.CURVE);
        }

        /** An energy class as a translucent vertical span of its rigidity range. */
        void span(EnergyClass c) {
            double r0 = Math.log10(scenario.particle(c.minKineticEnergyGeV()).rigidityGV());
            double r1 = Math.log10(scenario.particle(c.maxKineticEnergyGeV()).rigidityGV());
            Color colour = pal.bandColour(scenario.energyClasses().indexOf(c));
            String id = Screen.idOf("band", c.label());
            Color fill = Palette.withAlpha(colour, style.bandFillAlpha() * 0.6);
            shapes.add(new Shape(Kind.BAND, c.label(), id, Polyline.box(r0, r1, view.log10YMin() - 50, view.log10YMax() + 50),
                    true, Optional.of(fill), Optional.empty(), Obstacle.NONE));
            if (options.shows(FigureOptions.Element.BAND_LABELS)) {
                labels.add(new Pinned(Kind.BAND, c.label(), RichText.plain(c.label()), (r0 + r1) / 2,
                        pal.labelColour(colour), id + "-label"));
            }
            legend.add(new Swatch(PlaneSpecs.describe(c), fill, new Pen(fill, new BasicStroke(0f))));
        }

        /** The ℓ_mfp range each visible n_s-plane box gives; hidden boxes keep their colours' places, as on the planes. */
        void boxes(List<CandidateLayer> boxes) {
            boolean any = false;
            List<Color> colours = PlaneSpecs.candidateColours(pal, boxes);
            for (int i = 0; i < boxes.size(); i++) {
                CandidateLayer c = boxes.get(i);
                if (!options.showsCandidate(c.id())) {
                    continue;
                }
                Optional<Polyline> region = boxRegion(c.box(), scenario, rs);
                if (region.isEmpty()) {
                    continue;
                }
                any = true;
                Color colour = colours.get(i);
                String id = Screen.idOf("candidate", c.id());
                shapes.add(new Shape(Kind.CANDIDATE, c.id(), id, region.get(), true,
                        Optional.of(Palette.withAlpha(colour, style.boxFillAlpha() * 0.7)),
                        Optional.of(new Pen(Palette.withAlpha(colour, 0.6), new BasicStroke(0.7f))), Obstacle.SOFT));
                if (options.shows(FigureOptions.Element.CANDIDATE_LABELS)) {
                    labels.add(new Along(Kind.CANDIDATE, c.id(), RichText.plain(c.label()), RichText.plain(c.label()),
                            region.get(), lowerEdgeAxis(region.get(), view), pal.labelColour(colour), false, false,
                            id + "-label"));
                }
            }
            if (any) {
                legend.add(new Swatch("what the catalogue boxes give",
                        Palette.withAlpha(pal.reference(), pal.isDark() ? 0.3 : 0.18),
                        new Pen(pal.reference(), new BasicStroke(0.7f))));
            }
        }

        /** A population's predicted ℓ_mfp(R); the intermittent model, which reproduces the observed line, as a halo. */
        void population(Population p, List<Population> all) {
            List<double[]> pts = drawnCurve(p, scenario, rs[0], rs[rs.length - 1], rs.length);
            if (pts.size() < 2) {
                return;
            }
            float width = PlaneSpecs.populationWidthPx(style);
            BasicStroke line = new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            BasicStroke halo = new BasicStroke(3.4f * width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            Polyline path = log10(pts);
            boolean isModel = p instanceof IntermittentModelPopulation;
            Color colour = PlaneSpecs.populationColour(pal, all, p);
            Color stroke = isModel ? Palette.withAlpha(colour, 0.28) : colour;
            String id = Screen.idOf("population", p.id());
            shapes.add(new Shape(Kind.POPULATION, p.id(), id, path, false, Optional.empty(),
                    Optional.of(new Pen(stroke, isModel ? halo : line)), Obstacle.CURVE));
            RichText text = PlaneSpecs.populationText(p.label());
            labels.add(new OnCurve(Kind.POPULATION, p.id(), text, RichText.plain(PlaneSpecs.shortLabel(p)), path,
                    isModel ? colour : pal.labelColour(colour), id + "-label", Optional.empty()));
            legend.add(new LineSample(PlaneSpecs.legendText(p, text), new Pen(stroke, isModel ? new BasicStroke(6f) : line)));
        }
    }

    /**
     * The part of {@link FigureOfMerit#rigidityCurve} the view draws. The intermittent model is defined by ℓ_S = r_g for
     * CRs from 1 MeV to 10 TeV only: below 1 MeV its smallest structures (r_g of 1 MeV) would give a constant ℓ_mfp,
     * a flat stub the model does not claim, so its curve starts where r_g(R) reaches its smallest size. Other
     * populations keep that geometric plateau: their smallest structures really are their smallest.
     */
    static List<double[]> drawnCurve(Population p, Scenario scenario, double minRigidityGV, double maxRigidityGV, int samples) {
        List<double[]> pts = FigureOfMerit.rigidityCurve(p, scenario, minRigidityGV, maxRigidityGV, samples);
        if (!(p instanceof IntermittentModelPopulation)) {
            return pts;
        }
        // r_g = k R/B: the rigidity whose gyroradius is the model's smallest size (R of 1 MeV), less a rounding margin
        double first = p.minShortAxisAu(scenario) * scenario.bMicroGauss() / Particle.GYRORADIUS_AU_PER_GV_PER_MICROGAUSS;
        List<double[]> out = new ArrayList<>();
        if (first > minRigidityGV && first < maxRigidityGV) {
            // the curve starts exactly at 1 MeV, not at the next sample
            List<double[]> start = FigureOfMerit.rigidityCurve(p, scenario, first * (1 + 1e-9), first * (1 + 2e-9), 2);
            out.addAll(start.subList(0, Math.min(1, start.size())));
        }
        pts.stream().filter(pt -> pt[0] > first * (1 + 2e-9)).forEach(out::add);
        return List.copyOf(out);
    }

    /** (R [GV], ℓ_mfp [pc]) points as a log10 polyline. */
    private static Polyline log10(List<double[]> pts) {
        double[] xs = new double[pts.size()];
        double[] ys = new double[pts.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = Math.log10(pts.get(i)[0]);
            ys[i] = Math.log10(pts.get(i)[1]);
        }
        return new Polyline(xs, ys);
    }

    /**
     * The direction of a box region's lower edge across the visible rigidities (its outline is made of many short
     * edges, so the longest one would be a vertical end); empty when fewer than two of its rigidities are visible.
     */
    private static Optional<Segment> lowerEdgeAxis(Polyline region, ViewRange view) {
        double[] xs = region.xs();
        double[] ys = region.ys();
        int n = xs.length / 2;
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            if (xs[i] >= view.log10XMin() && xs[i] <= view.log10XMax()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0 || first == last) {
            return Optional.empty();
        }
        return Optional.of(new Segment(xs[first], ys[first], xs[last], ys[last]));
    }

    private static double round3(double v) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", v));
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
    static Optional<double[]> boxMeanFreePathRangePc(CandidateBox box, Scenario s, double rigidityGV) {
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
    private static Optional<Polyline> boxRegion(CandidateBox box, Scenario s, double[] rs) {
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
        return Optional.of(new Polyline(xs, ys));
    }

    /**
     * The automatic view: x from ≤ 10⁻³ GV to ≥ 10⁵ GV and wide enough for every visible energy class (a decade beyond),
     * y covering the observed ℓ_mfp there, the visible populations and boxes, but at most
     * {@value #MAX_DEX_ABOVE_OBSERVED} dex above and {@value #MAX_DEX_BELOW_OBSERVED} dex below the observed line.
     */
    static ViewRange autoRange(Scenario scenario, List<CandidateLayer> candidates, List<Population> populations,
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
        double[] y = {obsLo, obsHi};
        double[] rs = rigidities(new ViewRange(x0, x1, obsLo - 1, obsHi + 1));
        for (Population p : PlaneSpecs.visiblePopulations(populations, options)) {
            for (double[] pt : drawnCurve(p, scenario, rs[0], rs[rs.length - 1], 97)) {
                double lx = Math.log10(pt[0]);
                if (lx >= x0 && lx <= x1) {
                    y[0] = Math.min(y[0], Math.log10(pt[1]));
                    y[1] = Math.max(y[1], Math.log10(pt[1]));
                }
            }
        }
        if (options.shows(FigureOptions.Element.CANDIDATE_BOXES)) {
            for (CandidateLayer c : candidates) {
                if (c.box().plane() == Plane.NUMBER_DENSITY && options.showsCandidate(c.id())) {
                    growByBox(y, c.box(), scenario, rs, x0, x1);
                }
            }
        }
        double y0 = Math.max(y[0], obsLo - MAX_DEX_BELOW_OBSERVED);
        double y1 = Math.min(y[1], obsHi + MAX_DEX_ABOVE_OBSERVED);
        double my = Math.max(0.5, PlaneSpecs.AUTO_MARGIN_FRACTION * (y1 - y0));
        return new ViewRange(x0, x1, y0 - my, y1 + my);
    }

    /** Widens the y range {@code y} by the ℓ_mfp a box gives at every 8th sampled rigidity within x0..x1. */
    private static void growByBox(double[] y, CandidateBox box, Scenario scenario, double[] rs, double x0, double x1) {
        for (int i = 0; i < rs.length; i += 8) {
            double lx = Math.log10(rs[i]);
            if (lx < x0 || lx > x1) {
                continue;
            }
            Optional<double[]> m = boxMeanFreePathRangePc(box, scenario, rs[i]);
            if (m.isPresent()) {
                y[0] = Math.min(y[0], Math.log10(m.get()[0]));
                y[1] = Math.max(y[1], Math.log10(m.get()[1]));
            }
        }
    }

    static String titleMarkup(Scenario s) {
        return "What each candidate gives: *ℓ*_{mfp} against rigidity (*δ*_s = " + Units.formatNumber(s.deltaS())
                + ", *B* = " + Units.formatNumber(s.bMicroGauss()) + " μG, *ν̄*_0 = " + PlaneSpecs.scientific(s.nu0PerS())
                + " s^{−1})";
    }
}
