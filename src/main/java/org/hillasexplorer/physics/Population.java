package org.hillasexplorer.physics;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A candidate population of scattering structures described by a curve rather than a box: its cumulative number
 * density n_s(&gt;ℓ_S) [pc⁻³] (paper Fig. 2) or, equivalently, its volume-filling factor f_V (Fig. 3) as a function
 * of the short axis ℓ_S [au] over the size range where the population is defined. This is what a model of a
 * scattering mechanism predicts and what the paper's "figure of merit" (Section 4.4) asks to be placed on the planes.
 *
 * <p>The two planes convert through the structure volume V_s = a^D ℓ_S³ [pc³] (Section 3.1, with ℓ_L = a ℓ_S):
 * f_V = n_s(&gt;ℓ_S) V_s, which is the paper's order-of-magnitude f_V ~ n_s V_s for structures of size ≈ ℓ_S.
 * All values are returned as log10 because realistic populations span dozens of decades.
 */
public sealed interface Population permits PowerLawPopulation, TabulatedPopulation, IntermittentModelPopulation {

    /** Samples of {@link #curve} for analytic populations (log-uniform in ℓ_S). */
    int CURVE_SAMPLES = 96;

    /** Stable machine name, e.g. {@code intermittent_model}. */
    String id();

    /** Human name shown in legends and tables. */
    String label();

    /** D ∈ {0, 1, 2}: number of long axes of the structures (0 spheres, 1 filaments, 2 sheets). */
    int dimensionality();

    /** Aspect ratio a = ℓ_L/ℓ_S ≥ 1 (no effect when D = 0). */
    double aspect();

    /** Internal scattering rate ν_s [s⁻¹] of the structures, if the model states one; enables constraints (4)–(6). */
    OptionalDouble internalRatePerS();

    /**
     * The value of a knob of {@link PopulationParameters#GEOMETRY} (D, ℓ_L/ℓ_S, or ν_s, empty when unknown); a
     * power law also has its own knobs ({@link PopulationParameters#POWER_LAW}).
     *
     * @throws IllegalArgumentException for a knob this population does not have
     */
    default OptionalDouble get(PopulationParameter p) {
        if (p.equals(PopulationParameters.DIM)) {
            return OptionalDouble.of(dimensionality());
        }
        if (p.equals(PopulationParameters.ASPECT)) {
            return OptionalDouble.of(aspect());
        }
        if (p.equals(PopulationParameters.NU_S)) {
            return internalRatePerS();
        }
        throw new IllegalArgumentException(label() + " has no knob '" + p.key() + "'");
    }

    /** Smallest ℓ_S [au] where the population is defined (a scenario is taken because some ranges depend on it). */
    double minShortAxisAu(Scenario s);

    /** Largest ℓ_S [au] where the population is defined. */
    double maxShortAxisAu(Scenario s);

    /**
     * log10 of the cumulative number density n_s(&gt;ℓ_S) [pc⁻³]; NaN outside the size range (a relative 1e-12 of
     * rounding at its ends is tolerated, so that ℓ_S = 10^x of a curve vertex x stays inside).
     */
    double log10NumberDensityPerPc3(Scenario s, double shortAxisAu);

    /** log10 of the volume-filling factor f_V = n_s(&gt;ℓ_S) · a^D ℓ_S³ (dimensionless, ℓ_S in pc); NaN outside the size range. */
    double log10FillingFactor(Scenario s, double shortAxisAu);

    /** log10 of the plane's quantity: n_s(&gt;ℓ_S) [pc⁻³] or f_V; NaN outside the size range. */
    default double log10ValueOn(Plane plane, Scenario s, double shortAxisAu) {
        return plane == Plane.NUMBER_DENSITY ? log10NumberDensityPerPc3(s, shortAxisAu) : log10FillingFactor(s, shortAxisAu);
    }

    /**
     * The population on {@code plane} as a curve (x = log10 ℓ_S/au, y = log10 n_s [pc⁻³] or log10 f_V), sampled
     * log-uniformly at {@link #CURVE_SAMPLES} sizes across the size range; empty if fewer than two values are finite.
     */
    default Optional<Curve> curve(Plane plane, Scenario s) {
        return sampledCurve(this, plane, s, CURVE_SAMPLES);
    }

    /**
     * The mean free path [pc] this population would give CRs of kinetic energy T [GeV].
     *
     * <p>Structures smaller than r_g cannot scatter (eq. 3), so only those with ℓ_S ≥ ℓ_lo = max(r_g(T), ℓ_min) count,
     * and ℓ_mfp = 1/(n_s(&gt;ℓ_lo) a^D ℓ_lo²) (eq. 8 read at the threshold size). This is the paper's order-of-magnitude
     * reading, the same one the bands use: it charges every structure larger than ℓ_lo with the cross-section of the
     * smallest. For α_n &gt; 2 the smallest structures dominate the summed cross-section and the exact sum is larger
     * only by α_n/(α_n − 2); for α_n ≤ 2 the largest ones dominate and this reading overestimates ℓ_mfp.
     *
     * @return ℓ_mfp [pc]; +∞ when r_g(T) exceeds the largest size (no structure is large enough)
     */
    default double predictedMeanFreePathPc(Scenario s, double kineticEnergyGeV) {
        double rg = s.gyroradiusAu(s.particle(kineticEnergyGeV));
        double lo = Math.max(rg, minShortAxisAu(s));
        if (lo > maxShortAxisAu(s)) {
            return Double.POSITIVE_INFINITY;
        }
        double log10N = log10NumberDensityPerPc3(s, lo);
        double log10Mfp = -(log10N + dimensionality() * Math.log10(aspect()) + 2 * (Math.log10(lo) + Units.LOG10_AU_PER_PC));
        return Math.pow(10, log10Mfp);
    }

    private static Optional<Curve> sampledCurve(Population p, Plane plane, Scenario s, int n) {
        double lo = Math.log10(p.minShortAxisAu(s));
        double hi = Math.log10(p.maxShortAxisAu(s));
        double[] xs = new double[n];
        double[] ys = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            // the ends exactly, so the curve spans the whole range without rounding outside it
            double ls = i == 0 ? p.minShortAxisAu(s) : i == n - 1 ? p.maxShortAxisAu(s) : Math.pow(10, lo + i * (hi - lo) / (n - 1));
            double y = p.log10ValueOn(plane, s, ls);
            if (Double.isFinite(y)) {
                xs[k] = Math.log10(ls);
                ys[k] = y;
                k++;
            }
        }
        return k < 2 ? Optional.empty() : Optional.of(new Curve(Arrays.copyOf(xs, k), Arrays.copyOf(ys, k)));
    }
}
