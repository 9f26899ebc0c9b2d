package org.hillasexplorer.physics;

/**
 * The slope a population's cumulative size distribution n_s(&gt;ℓ_S) ∝ ℓ_S^(−α_n) needs to reproduce
 * ℓ_mfp ∝ R^δ_s (paper Section 3.3, as physics.md reads the garbled text).
 *
 * <p>With an internal rate ν_s ∝ ℓ_S^(−α_s) R^(−α_R), the patches that scatter rigidity R have
 * ℓ_S ≳ R^(α_R/(1−α_s)) and n_s(&gt;ℓ_S) ∝ ℓ_S^(−2 − δ_s(1−α_s)/α_R + D) ℓ_L^(−D). A fixed ν_s (size limited by
 * r_g only) is the case α_s = 0, α_R = 1, giving α_n = 2 + δ_s.
 */
public final class SizeDistribution {
    private SizeDistribution() {
    }

    /**
     * α_n when the long axis scales with the short one (ℓ_L = a ℓ_S, any D, or D = 0):
     * α_n = 2 + δ_s (1 − α_s)/α_R.
     *
     * @param deltaS δ_s
     * @param alphaS α_s, exponent of ℓ_S in ν_s (≠ 1 for a size threshold to exist; α_s = 1 gives α_n = 2)
     * @param alphaR α_R &gt; 0, exponent of R in ν_s
     */
    public static double cumulativeSlope(double deltaS, double alphaS, double alphaR) {
        Parameters.DELTA_S.validate(deltaS);
        if (!(alphaR > 0) || !Double.isFinite(alphaR) || !Double.isFinite(alphaS)) {
            throw new IllegalArgumentException("α_R = " + alphaR + " must be positive and α_s finite");
        }
        return 2 + deltaS * (1 - alphaS) / alphaR;
    }

    /**
     * α_n in ℓ_S at a fixed long axis ℓ_L (D = 1, 2 structures whose length does not scale with width):
     * α_n = 2 + δ_s (1 − α_s)/α_R − D.
     */
    public static double cumulativeSlopeAtFixedLongAxis(double deltaS, double alphaS, double alphaR, int dimensionality) {
        Parameters.DIMENSIONALITY.validate(dimensionality);
        return cumulativeSlope(deltaS, alphaS, alphaR) - dimensionality;
    }

    /** α_n = 2 + δ_s for a fixed internal rate ν_s, where only ℓ_S ≳ r_g ∝ R limits the size. */
    public static double cumulativeSlopeForFixedInternalRate(double deltaS) {
        return cumulativeSlope(deltaS, 0, 1);
    }
}
