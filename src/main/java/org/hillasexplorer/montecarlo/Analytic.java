package org.hillasexplorer.montecarlo;

import org.hillasexplorer.physics.Geometry;
import org.hillasexplorer.physics.Units;

/** The analytic expectations the Monte Carlo is compared with (cgs; see {@code package-info}). */
public final class Analytic {
    private Analytic() {
    }

    /** Optical depth τ_s = ν_s ℓ_S/v (eq. 4); +∞ in the continuous limit. */
    public static double opticalDepth(PatchPopulation p, double speedCmPerS) {
        return p.isContinuous() ? Double.POSITIVE_INFINITY
                : Geometry.opticalDepth(p.internalRatePerS(), p.shortAxisAu(), speedCmPerS);
    }

    /**
     * Expected mean free path [cm], measured as distance along the field line between large deflections:
     * eq. (12) ℓ_S/f_V, with background re-draws added as a parallel channel (each after a field-line distance
     * ⟨|μ|⟩ v/ν_bg = v/(2ν_bg)): 1/(f_V/ℓ_S + 2 (1 − f_V) ν_bg/v) (= ℓ_S/f_V for ν_bg = 0); in the continuous limit
     * v/(2ν) (the path length per re-draw is v/ν, of which ⟨|μ|⟩ = 1/2 is along the line).
     */
    public static double meanFreePathCm(PatchPopulation p, double speedCmPerS) {
        if (p.isContinuous()) {
            return speedCmPerS / (2 * p.internalRatePerS());
        }
        double ls = p.shortAxisAu() * Units.AU_CM;
        return 1 / (p.fillingFactor() / ls + 2 * (1 - p.fillingFactor()) * p.backgroundRatePerS() / speedCmPerS);
    }

    /**
     * Expected κ_∥ [cm² s⁻¹] = v²/(3 ν̄), ν̄ = f_V ν_s + (1 − f_V) ν_bg. Exact in the continuous limit (isotropic
     * re-draw: κ = v²⟨μ²⟩/ν); for patches it is the 1-D series ("resistors in series") value, approached for
     * τ_s ≫ 1, where diffusion through the patches dominates; it underestimates κ for transparent patches.
     */
    public static double kappaCm2PerS(PatchPopulation p, double speedCmPerS) {
        double f = p.fillingFactor();
        double nuBar = f * p.internalRatePerS() + (1 - f) * p.backgroundRatePerS();
        return speedCmPerS * speedCmPerS / (3 * nuBar);
    }

    /**
     * Expected time inside a patch per crossing [s]: Δt_s = (ℓ_S/v)² ν_s (eq. 5) for τ_s ≥ 1, the light-crossing
     * time ℓ_S/v for τ_s &lt; 1; NaN in the continuous limit. These are the paper's order-of-magnitude values: the exact
     * 1-D means are ½ (ℓ_S/v)² ν_s for τ_s ≫ 1 (Brownian first passage conditioned on crossing, ℓ_S²/(6κ_s) with
     * κ_s = v²/(3ν_s)) and 2 ℓ_S/v for τ_s ≪ 1 (flux-weighted ballistic crossing, ⟨1/|μ|⟩ over |μ| dμ).
     */
    public static double trappingTimeS(PatchPopulation p, double speedCmPerS) {
        if (p.isContinuous()) {
            return Double.NaN;
        }
        return opticalDepth(p, speedCmPerS) >= 1
                ? Geometry.trappingTimeS(p.shortAxisAu(), speedCmPerS, p.internalRatePerS())
                : p.shortAxisAu() * Units.AU_CM / speedCmPerS;
    }
}
