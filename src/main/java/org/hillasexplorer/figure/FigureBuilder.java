package org.hillasexplorer.figure;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import org.hillasexplorer.physics.CandidateBox;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.Scenario;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;

/**
 * The ℓ_S–n_s (paper Fig. 2) and ℓ_S–f_V (Fig. 3) figures as JFreeChart charts, updated in place with a single change
 * event (for slider-driven redraws).
 *
 * <p>Each call computes the {@link FigureSpec} of the plane ({@link FigureSpec#of}) and draws it ({@link Figures});
 * new code should call those directly. Layers, back to front: hypothetical-model region, candidate boxes (dotted),
 * energy-class bands (translucent fill, solid outline), population curves, model locus, f_V = 1 line, then labels and
 * legend placed together by {@link LabelLayer}. Axes are {@link DecadeLogAxis} in linear data units (ℓ_S in au, n_s in
 * pc⁻³ or f_V); the top axis shows ℓ_S in pc and follows the bottom axis through a listener.
 */
public final class FigureBuilder {
    /** Most labelled decades on one axis. */
    public static final int MAX_TICK_LABELS = ChartDrawer.MAX_TICK_LABELS;

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
        return Figures.chart(PlaneSpecs.of(scenario, candidates, populations, options));
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
        Figures.update(chart, PlaneSpecs.of(scenario, candidates, populations, options));
    }

    /**
     * The automatic view: every visible band, candidate box of the plane and (f_V plane) the hypothetical model and
     * f_V = 1, with a margin of 6 % of the span on each side.
     */
    public static ViewRange autoRange(Scenario scenario, List<CandidateLayer> candidates, FigureOptions options) {
        return autoRange(scenario, candidates, List.of(), options);
    }

    /**
     * The automatic view including the curves of the visible populations (when {@link FigureOptions.Element#POPULATIONS}
     * is shown); a population reaching far beyond everything else widens the view by at most 15 dex on each side.
     */
    public static ViewRange autoRange(Scenario scenario, List<CandidateLayer> candidates, List<Population> populations,
                                      FigureOptions options) {
        return PlaneSpecs.autoRange(scenario, candidates, populations, options);
    }

    /**
     * The colour of population {@code p} among {@code all} (the list the figure was given, hidden ones included, so
     * colours stay put when others are hidden): near-black for the intermittent model, else the palette's population
     * colours in order.
     */
    public static Color populationColour(Palette pal, List<Population> all, Population p) {
        return PlaneSpecs.populationColour(pal, all, p);
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
        return RichText.parse(PlaneSpecs.titleMarkup(scenario, plane)).plainText();
    }

    /** The y-axis title of {@code plane} without markup, e.g. {@code ns(>ℓS) [pc−3]}. */
    public static String yAxisTitle(Plane plane) {
        return PlaneSpecs.yLabel(plane).plainText();
    }

    /** Chart background, frame and grid in {@code style} (for the other charts of this package). */
    static void styleChart(JFreeChart chart, XYPlot plot, FigureStyle style) {
        ChartDrawer.styleChart(chart, plot, style);
    }

    /** Axis fonts, colours and inward ticks in {@code style} (for the other charts of this package). */
    static void styleAxis(ValueAxis a, FigureStyle style) {
        ChartDrawer.styleAxis(a, style);
    }

    /** The legend swatch of a filled region in {@code style} (for the other charts of this package). */
    static Rectangle2D legendSwatch(FigureStyle style) {
        return ChartDrawer.legendSwatch(style);
    }
}
