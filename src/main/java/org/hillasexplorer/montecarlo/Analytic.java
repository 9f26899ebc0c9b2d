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

    // ------------------------------------------------------------------------------------------------ expected ratios

    /** Optical depths from which a patch counts as thick (τ_s ≫ 1) or thin (τ_s ≪ 1) for the asymptotic ratios. */
    static final double THICK = 10;
    static final double THIN = 0.1;

    /**
     * Measured/expected κ_∥ a correct run gives: exactly 1 in the continuous limit; ≈ 1 for thick patches (the series
     * value is approached for τ_s ≫ 1); no closed form otherwise.
     */
    public static ExpectedRatio kappaRatio(PatchPopulation p, double speedCmPerS) {
        if (p.isContinuous()) {
            return ExpectedRatio.exact("continuous limit: exact");
        }
        return opticalDepth(p, speedCmPerS) >= THICK ? new ExpectedRatio(1, "τ_s ≫ 1: series value")
                : new ExpectedRatio(Double.NaN, "≈ 1 only for τ_s ≫ 1");
    }

    /**
     * Measured/expected ℓ_mfp a correct run gives. A patch visit deflects the particle (re-draws μ at least once) with
     * probability P = 1 − 2E₃(τ_s), the flux-weighted chance ∫₀¹ 2μ (1 − e^{−τ_s/μ}) dμ of a re-draw on the straight
     * crossing, and the field-line path per visit is L = ℓ_S/f_V; with the background as a parallel channel
     * 1/ℓ_mfp = P f_V/ℓ_S + 2 (1 − f_V) ν_bg/v, so the ratio to {@link #meanFreePathCm} is
     * (f_V/ℓ_S + b)/(P f_V/ℓ_S + b), b = 2 (1 − f_V) ν_bg/v: 1 for τ_s ≫ 1 and ≈ 1/(2τ_s) for transparent patches
     * without background. Exactly 1 in the continuous limit.
     */
    public static ExpectedRatio meanFreePathRatio(PatchPopulation p, double speedCmPerS) {
        if (p.isContinuous()) {
            return ExpectedRatio.exact("continuous limit: exact");
        }
        double tau = opticalDepth(p, speedCmPerS);
        double deflect = 1 - 2 * e3(tau);
        double perPatch = p.fillingFactor() / (p.shortAxisAu() * Units.AU_CM);
        double background = 2 * (1 - p.fillingFactor()) * p.backgroundRatePerS() / speedCmPerS;
        double ratio = (perPatch + background) / (deflect * perPatch + background);
        return new ExpectedRatio(ratio, tau >= THICK ? "τ_s ≫ 1: eq. 12" : "1/(1 − 2E₃(τ_s)): patches crossed without a re-draw");
    }

    /**
     * Measured/expected Δt_s a correct run gives, from the exact 1-D means in {@link #trappingTimeS}'s note: ½ for
     * τ_s ≫ 1 (plus O(1/τ_s)), 2 for τ_s ≪ 1; no closed form in between; undefined in the continuous limit.
     */
    public static ExpectedRatio trappingTimeRatio(PatchPopulation p, double speedCmPerS) {
        if (p.isContinuous()) {
            return new ExpectedRatio(Double.NaN, "no patches");
        }
        double tau = opticalDepth(p, speedCmPerS);
        if (tau >= THICK) {
            return new ExpectedRatio(0.5, "τ_s ≫ 1: eq. 5 is twice the exact mean");
        }
        if (tau <= THIN) {
            return new ExpectedRatio(2, "τ_s ≪ 1: ballistic crossing 2ℓ_S/v");
        }
        return new ExpectedRatio(Double.NaN, "between 0.5 (τ_s ≫ 1) and 2 (τ_s ≪ 1)");
    }

    /** Measured/expected time fraction inside patches: exactly 1 (the line fraction in patches is f_V by construction). */
    public static ExpectedRatio fractionInsideRatio() {
        return ExpectedRatio.exact("exact");
    }

    /** E₃(x) = ∫₁^∞ e^{−xt}/t³ dt, as 2E₃(x) = ∫₀¹ 2μ e^{−x/μ} dμ by Simpson's rule (error &lt; 1e-9; E₃(0) = ½). */
    static double e3(double x) {
        if (!(x > 0)) {
            return 0.5;
        }
        int n = 4096;
        double h = 1.0 / n;
        double sum = 0; // the integrand μ e^{−x/μ} vanishes at μ = 0 with all its derivatives
        for (int i = 1; i <= n; i++) {
            double mu = i * h;
            double f = mu * Math.exp(-x / mu);
            sum += (i == n ? 1 : i % 2 == 1 ? 4 : 2) * f;
        }
        return sum * h / 3;
    }
}
