package org.hillasexplorer.physics;

/**
 * Structure geometry and the abundance a population needs to set ℓ_mfp (paper Section 3.1–3.1.2).
 * Lengths in pc unless the name says otherwise.
 */
public final class Geometry {
    private Geometry() {
    }

    /** Cross-section A_s = ℓ_L^D ℓ_S^(2−D) = a^D ℓ_S² [pc²], with ℓ_L = a ℓ_S. */
    public static double crossSectionPc2(double shortAxisPc, int dimensionality, double aspect) {
        return Math.pow(aspect, dimensionality) * shortAxisPc * shortAxisPc;
    }

    /** Volume V_s = A_s ℓ_S [pc³]. */
    public static double volumePc3(double shortAxisPc, int dimensionality, double aspect) {
        return crossSectionPc2(shortAxisPc, dimensionality, aspect) * shortAxisPc;
    }

    /** Required number density n_s = 1/(ℓ_mfp A_s) [pc⁻³] (eq. 8), for structures of short axis ℓ_S [au]. */
    public static double requiredNumberDensityPerPc3(double shortAxisAu, double meanFreePathPc, int dimensionality, double aspect) {
        return 1.0 / (meanFreePathPc * crossSectionPc2(Units.auToPc(shortAxisAu), dimensionality, aspect));
    }

    /** Required volume-filling factor f_V = n_s V_s = ℓ_S/ℓ_mfp (eq. 11), for ℓ_S [au] and ℓ_mfp [pc]; independent of D. */
    public static double requiredFillingFactor(double shortAxisAu, double meanFreePathPc) {
        return Units.auToPc(shortAxisAu) / meanFreePathPc;
    }

    /** Mass fraction f_M = (ρ_s/ρ_ISM)(ℓ_S/ℓ_mfp) (eq. 10): {@code densityContrast} = ρ_s/ρ_ISM, ℓ_S [au], ℓ_mfp [pc]. */
    public static double massFraction(double densityContrast, double shortAxisAu, double meanFreePathPc) {
        return densityContrast * requiredFillingFactor(shortAxisAu, meanFreePathPc);
    }

    /** Surface density Σ_s = f_M ρ_ISM ℓ_mfp [g cm⁻²] (eq. 9), with ρ_ISM [g cm⁻³] and ℓ_mfp [pc]. */
    public static double surfaceDensityGPerCm2(double massFraction, double ismDensityGPerCm3, double meanFreePathPc) {
        return massFraction * ismDensityGPerCm3 * meanFreePathPc * Units.PC_CM;
    }

    /** Scattering optical depth τ_s = ν_s ℓ_S/v (eq. 4), for ν_s [s⁻¹], ℓ_S [au] and v [cm s⁻¹]. */
    public static double opticalDepth(double internalRatePerS, double shortAxisAu, double speedCmPerS) {
        return internalRatePerS * shortAxisAu * Units.AU_CM / speedCmPerS;
    }

    /** Trapping time Δt_s = (ℓ_S/v)² ν_s [s] (eq. 5), for ℓ_S [au], v [cm s⁻¹], ν_s [s⁻¹]. */
    public static double trappingTimeS(double shortAxisAu, double speedCmPerS, double internalRatePerS) {
        double crossing = shortAxisAu * Units.AU_CM / speedCmPerS;
        return crossing * crossing * internalRatePerS;
    }
}
