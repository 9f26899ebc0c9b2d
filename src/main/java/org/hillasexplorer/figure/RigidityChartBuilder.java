package org.hillasexplorer.figure;

import java.util.List;
import java.util.Optional;
import org.hillasexplorer.physics.CandidateBox;
import org.hillasexplorer.physics.FigureOfMerit;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.Scenario;
import org.jfree.chart.JFreeChart;

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
 * view is in log10 R [GV] and log10 ℓ_mfp [pc]. Each call computes the {@link FigureSpec} of the view
 * ({@link FigureSpec#of} with {@link FigureOptions.View#RIGIDITY}) and draws it ({@link Figures}); new code should call
 * those directly.
 */
public final class RigidityChartBuilder {
    private RigidityChartBuilder() {
    }

    /** A new rigidity chart. */
    public static JFreeChart build(Scenario scenario, List<CandidateLayer> candidates, List<Population> populations,
                                   FigureOptions options) {
        return Figures.chart(RigiditySpecs.of(scenario, candidates, populations, options));
    }

    /**
     * Redraws {@code chart} (made by {@link #build}) for new inputs, firing exactly one chart change event.
     *
     * @throws IllegalArgumentException if the chart was not made by {@link #build}
     */
    public static void update(JFreeChart chart, Scenario scenario, List<CandidateLayer> candidates,
                              List<Population> populations, FigureOptions options) {
        Figures.update(chart, RigiditySpecs.of(scenario, candidates, populations, options));
    }

    /**
     * The range of ℓ_mfp [pc] an n_s-plane box gives CRs of rigidity R [GV]: {1/(n_max a^D ℓ_lo²), 1/(n_min a^D ℓ_lo²)}
     * with ℓ_lo = max(r_g(R), ℓ_min); empty when r_g(R) exceeds the box's largest size (nothing can scatter) or the box
     * is on the f_V plane.
     */
    public static Optional<double[]> boxMeanFreePathRangePc(CandidateBox box, Scenario s, double rigidityGV) {
        return RigiditySpecs.boxMeanFreePathRangePc(box, s, rigidityGV);
    }

    /**
     * The automatic view: x from ≤ 10⁻³ GV to ≥ 10⁵ GV and wide enough for every visible energy class (a decade beyond),
     * y covering the observed ℓ_mfp there, the visible populations and boxes, but at most 12 dex above and 6 dex below
     * the observed line.
     */
    public static ViewRange autoRange(Scenario scenario, List<CandidateLayer> candidates, List<Population> populations,
                                      FigureOptions options) {
        return RigiditySpecs.autoRange(scenario, candidates, populations, options);
    }

    /** The title without markup. */
    public static String titleText(Scenario scenario) {
        return RichText.parse(RigiditySpecs.titleMarkup(scenario)).plainText();
    }
}
