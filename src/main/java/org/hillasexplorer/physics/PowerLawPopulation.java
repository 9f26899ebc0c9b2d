package org.hillasexplorer.physics;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A population whose cumulative size distribution is a power law, n_s(&gt;ℓ_S) = n₀ (ℓ_S/ℓ₀)^(−α_n) [pc⁻³], over
 * ℓ_min ≤ ℓ_S ≤ ℓ_max (physics.md, "A candidate against the bands"; Section 3.3 expects 2 ≤ α_n ≤ 3, and α_n = 2 + δ_s
 * for a fixed internal rate).
 *
 * <p>The size range does not depend on the scenario; {@link #minShortAxisAu(Scenario)} and
 * {@link #maxShortAxisAu(Scenario)} take one only so that every {@link Population} is read the same way.
 *
 * <p>Each number is a knob of {@link PopulationParameters#POWER_LAW}, which gives its key, unit, range and messages
 * (checked here) to the dialog, the {@code --population} spec, the scenario file and the copied command. A new knob
 * is one definition there plus, here, its component, its entry in {@code knobs(…)} and in {@link #of}.
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

    /** How messages name a power law: {@code power law ID: …}. */
    public static final String KIND = "power law";

    public PowerLawPopulation {
        PopulationSupport.validateCommon(KIND, id, label, dimensionality, aspect, internalRatePerS);
        Map<String, Double> values = knobs(n0PerPc3, referenceSizeAu, alphaN, minShortAxisAu, maxShortAxisAu, dimensionality,
                aspect, internalRatePerS);
        for (PopulationParameter p : PopulationParameters.POWER_LAW) {
            if (!PopulationParameters.GEOMETRY.contains(p)) { // checked above, as for every population
                String problem = p.problem(values.get(p.key()), values);
                if (problem != null) {
                    throw new IllegalArgumentException(KIND + " " + id + ": " + problem);
                }
            }
        }
    }

    /** The knobs' values by {@link PopulationParameter#key()}, in the order of {@link PopulationParameters#POWER_LAW}; no ν_s if unknown. */
    private static Map<String, Double> knobs(double n0PerPc3, double referenceSizeAu, double alphaN, double minShortAxisAu,
                                             double maxShortAxisAu, int dimensionality, double aspect,
                                             OptionalDouble internalRatePerS) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(PopulationParameters.N0.key(), n0PerPc3);
        m.put(PopulationParameters.L0.key(), referenceSizeAu);
        m.put(PopulationParameters.ALPHA_N.key(), alphaN);
        m.put(PopulationParameters.MIN.key(), minShortAxisAu);
        m.put(PopulationParameters.MAX.key(), maxShortAxisAu);
        m.put(PopulationParameters.DIM.key(), (double) dimensionality);
        m.put(PopulationParameters.ASPECT.key(), aspect);
        internalRatePerS.ifPresent(nu -> m.put(PopulationParameters.NU_S.key(), nu));
        return m;
    }

    /**
     * A power law from its knobs' values by {@link PopulationParameter#key()} (each in its knob's unit): an absent
     * {@link PopulationParameter.Presence#DEFAULTED DEFAULTED} knob takes its default, an absent
     * {@link PopulationParameter.Presence#OPTIONAL OPTIONAL} one is unknown.
     *
     * @throws IllegalArgumentException if a required knob is absent, D is not whole, or as the constructor
     */
    public static PowerLawPopulation of(String id, String label, Map<String, Double> values) {
        Map<String, Double> v = new HashMap<>();
        for (PopulationParameter p : PopulationParameters.POWER_LAW) {
            Double given = values.get(p.key());
            if (given != null) {
                v.put(p.key(), given);
            } else if (p.presence() == PopulationParameter.Presence.DEFAULTED) {
                v.put(p.key(), p.defaultValue());
            } else if (p.presence() == PopulationParameter.Presence.REQUIRED) {
                throw new IllegalArgumentException(KIND + " " + id + ": " + p.symbol() + " (" + p.key() + ") is missing");
            }
        }
        double dim = v.get(PopulationParameters.DIM.key());
        if (!PopulationParameters.DIM.accepts(dim)) {
            throw new IllegalArgumentException(KIND + " " + id + ": " + PopulationParameters.DIM.rejection(dim));
        }
        Double nu = v.get(PopulationParameters.NU_S.key());
        return new PowerLawPopulation(id, label, v.get(PopulationParameters.N0.key()), v.get(PopulationParameters.L0.key()),
                v.get(PopulationParameters.ALPHA_N.key()), v.get(PopulationParameters.MIN.key()),
                v.get(PopulationParameters.MAX.key()), (int) dim, v.get(PopulationParameters.ASPECT.key()),
                nu == null ? OptionalDouble.empty() : OptionalDouble.of(nu));
    }

    /**
     * The value of the knob {@code p} in its unit; empty for an unknown ν_s.
     *
     * @throws IllegalArgumentException for a knob that is not in {@link PopulationParameters#POWER_LAW}
     */
    @Override
    public OptionalDouble get(PopulationParameter p) {
        if (!PopulationParameters.POWER_LAW.contains(p)) {
            throw new IllegalArgumentException("a power law has no knob '" + p.key() + "'");
        }
        Double v = knobs(n0PerPc3, referenceSizeAu, alphaN, minShortAxisAu, maxShortAxisAu, dimensionality, aspect,
                internalRatePerS).get(p.key());
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
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
