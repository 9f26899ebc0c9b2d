package org.hillasexplorer.montecarlo;

/**
 * A population of scattering patches along a field line: depth ℓ_S, volume-filling factor f_V, internal
 * pitch-angle scattering rate ν_s and a weak background rate ν_bg between patches.
 *
 * <p>The continuous (uniform-scattering) limit is represented as "everything is one infinite patch":
 * ℓ_S = +∞ and f_V = 1, which only {@link #continuous(double)} (or those exact values) may use.
 *
 * @param shortAxisAu        patch depth along the field line ℓ_S [au], &gt; 0 (+∞ only in the continuous limit)
 * @param fillingFactor      f_V, 0 &lt; f_V &lt; 1 (exactly 1 only in the continuous limit)
 * @param internalRatePerS   ν_s [s⁻¹], &gt; 0
 * @param backgroundRatePerS ν_bg [s⁻¹], ≥ 0 (0 in the continuous limit)
 */
public record PatchPopulation(double shortAxisAu, double fillingFactor, double internalRatePerS, double backgroundRatePerS) {

    public PatchPopulation {
        if (Double.isNaN(shortAxisAu) || !(shortAxisAu > 0)) {
            throw new IllegalArgumentException("ℓ_S = " + shortAxisAu + " au must be a positive patch depth");
        }
        if (Double.isNaN(fillingFactor) || !(fillingFactor > 0) || fillingFactor > 1) {
            throw new IllegalArgumentException("f_V = " + fillingFactor + " must lie in (0, 1)");
        }
        boolean infinite = shortAxisAu == Double.POSITIVE_INFINITY;
        if (fillingFactor == 1 && !infinite) {
            throw new IllegalArgumentException("f_V = 1 is the continuous limit; use PatchPopulation.continuous(rate)");
        }
        if (infinite && fillingFactor != 1) {
            throw new IllegalArgumentException("ℓ_S = ∞ is only allowed in the continuous limit (f_V = 1); use PatchPopulation.continuous(rate)");
        }
        if (!(internalRatePerS > 0) || !Double.isFinite(internalRatePerS)) {
            throw new IllegalArgumentException("ν_s = " + internalRatePerS + " s⁻¹ must be a positive, finite scattering rate");
        }
        if (!(backgroundRatePerS >= 0) || !Double.isFinite(backgroundRatePerS)) {
            throw new IllegalArgumentException("ν_bg = " + backgroundRatePerS + " s⁻¹ must be a finite rate ≥ 0");
        }
        if (infinite && backgroundRatePerS != 0) {
            throw new IllegalArgumentException("ν_bg = " + backgroundRatePerS + " s⁻¹: the continuous limit has no background (set it to 0)");
        }
    }

    /** The uniform-scattering limit: isotropic re-draws at rate ν [s⁻¹] everywhere (one infinite patch, f_V = 1). */
    public static PatchPopulation continuous(double ratePerS) {
        return new PatchPopulation(Double.POSITIVE_INFINITY, 1.0, ratePerS, 0.0);
    }

    /** Whether this is the continuous (uniform-scattering) limit. */
    public boolean isContinuous() {
        return fillingFactor == 1;
    }

    /** Mean spacing of patch centres L = ℓ_S/f_V [au] (+∞ in the continuous limit). */
    public double meanSpacingAu() {
        return shortAxisAu / fillingFactor;
    }
}
