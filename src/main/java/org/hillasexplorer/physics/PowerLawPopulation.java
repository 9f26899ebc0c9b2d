package org.hillasexplorer.physics;

import java.util.OptionalDouble;

/**
 * A population whose cumulative size distribution is a power law, n_s(&gt;ℓ_S) = n₀ (ℓ_S/ℓ₀)^(−α_n) [pc⁻³], over
 * ℓ_min ≤ ℓ_S ≤ ℓ_max (physics.md, "A candidate against the bands"; Section 3.3 expects 2 ≤ α_n ≤ 3, and α_n = 2 + δ_s
 * for a fixed internal rate).
 *
 * <p>The size range does not depend on the scenario; {@link #minShortAxisAu(Scenario)} and
 * {@link #maxShortAxisAu(Scenario)} take one only so that every {@link Population} is read the same way.
 *
 * @param id               stable machine name, not blank
 * @param label            human name
 * @param n0PerPc3         n₀ = n_s(&gt;ℓ₀) [pc⁻³], positive and finite
 * @param referenceSizeAu  ℓ₀ [au], positive and finite (need not lie in the size range)
 * @param alphaN           α_n, slope of the cumulative distribution, in [−5, 10]
 * @param minShortAxisAu   ℓ_min [au], positive and finite
 * @param maxShortAxisAu   ℓ_max [au], finite and &gt; ℓ_min
 * @param dimensionality   D ∈ {0, 1, 2}
 * @param aspect           a = ℓ_L/ℓ_S in [1, 1e6]
 * @param internalRatePerS ν_s [s⁻¹] if known, positive and finite
 */
public record PowerLawPopulation(String id, String label, double n0PerPc3, double referenceSizeAu, double alphaN,
                                 double minShortAxisAu, double maxShortAxisAu, int dimensionality, double aspect,
                                 OptionalDouble internalRatePerS) implements Population {

    /** Smallest allowed α_n. */
    public static final double MIN_ALPHA_N = -5;
    /** Largest allowed α_n. */
    public static final double MAX_ALPHA_N = 10;

    public PowerLawPopulation {
        PopulationSupport.validateCommon("power law", id, label, dimensionality, aspect, internalRatePerS);
        String who = "power law " + id + ": ";
        PopulationSupport.requirePositiveFinite(who, "n₀", n0PerPc3, "pc⁻³");
        PopulationSupport.requirePositiveFinite(who, "ℓ₀", referenceSizeAu, "au");
        if (!(alphaN >= MIN_ALPHA_N && alphaN <= MAX_ALPHA_N)) {
            throw new IllegalArgumentException(who + "α_n = " + Units.formatNumber(alphaN) + " is outside [−5, 10]");
        }
        PopulationSupport.requirePositiveFinite(who, "ℓ_min", minShortAxisAu, "au");
        PopulationSupport.requirePositiveFinite(who, "ℓ_max", maxShortAxisAu, "au");
        if (!(minShortAxisAu < maxShortAxisAu)) {
            throw new IllegalArgumentException(who + "ℓ_max = " + Units.formatNumber(maxShortAxisAu)
                    + " au is outside (ℓ_min, ∞) = (" + Units.formatNumber(minShortAxisAu) + " au, ∞)");
        }
    }

    /** A D = 0 power law without an internal rate, n_s(&gt;ℓ_S) = n₀ (ℓ_S/ℓ₀)^(−α_n) on [ℓ_min, ℓ_max] (sizes in au). */
    public static PowerLawPopulation spheres(String id, String label, double n0PerPc3, double referenceSizeAu, double alphaN,
                                             double minShortAxisAu, double maxShortAxisAu) {
        return new PowerLawPopulation(id, label, n0PerPc3, referenceSizeAu, alphaN, minShortAxisAu, maxShortAxisAu,
                0, 1, OptionalDouble.empty());
    }

    /** The same population with n₀ multiplied by 10^dex (a vertical shift on both planes). */
    public PowerLawPopulation shiftedByDex(double dex) {
        return new PowerLawPopulation(id, label, n0PerPc3 * Math.pow(10, dex), referenceSizeAu, alphaN, minShortAxisAu,
                maxShortAxisAu, dimensionality, aspect, internalRatePerS);
    }

    @Override
    public double minShortAxisAu(Scenario s) {
        return minShortAxisAu;
    }

    @Override
    public double maxShortAxisAu(Scenario s) {
        return maxShortAxisAu;
    }

    @Override
    public double log10NumberDensityPerPc3(Scenario s, double shortAxisAu) {
        if (!PopulationSupport.inRange(shortAxisAu, minShortAxisAu, maxShortAxisAu)) {
            return Double.NaN;
        }
        // in logs, so that n₀ and the range can span any number of decades without overflow
        return Math.log10(n0PerPc3) - alphaN * (Math.log10(shortAxisAu) - Math.log10(referenceSizeAu));
    }

    @Override
    public double log10FillingFactor(Scenario s, double shortAxisAu) {
        return log10NumberDensityPerPc3(s, shortAxisAu) + PopulationSupport.log10VolumePc3(dimensionality, aspect, shortAxisAu);
    }
}
