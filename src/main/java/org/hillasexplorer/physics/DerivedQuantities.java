package org.hillasexplorer.physics;

/**
 * The quantities a scenario implies for one cosmic ray (paper Sections 2 and 3.1.2).
 *
 * @param kineticEnergyGeV          T [GeV]
 * @param rigidityGV                R [GV]
 * @param beta                      v/c
 * @param gyroradiusAu              r_g [au] (eq. 3, exact coefficient 0.223 au R_GV/B_μG)
 * @param meanFreePathPc            ℓ_mfp [pc] (eq. 2)
 * @param effectiveRatePerS         ν_eff [s⁻¹] (eq. 1)
 * @param scatteringTimeYr          t_mfp = 1/ν_eff [yr]
 * @param kappaEffCm2PerS           κ_eff = v²/ν_eff [cm² s⁻¹] (the paper's order-of-magnitude form, factor f = 1)
 * @param kappaIsotropicCm2PerS     κ = v²/(3 ν_eff) [cm² s⁻¹] (isotropic diffusion, f = 1/3)
 * @param maxSurfaceDensityGPerCm2  upper limit on Σ_s: ρ_ISM ℓ_mfp [g cm⁻²] (eqs. 9–10, f_M &lt; 1)
 * @param maxColumnDensityPerCm2    upper limit on the column: n_ISM ℓ_mfp [cm⁻²]
 * @param minFillingFactor          f_V of the smallest allowed structure, r_g/ℓ_mfp (eq. 11)
 */
public record DerivedQuantities(double kineticEnergyGeV, double rigidityGV, double beta, double gyroradiusAu,
                                double meanFreePathPc, double effectiveRatePerS, double scatteringTimeYr,
                                double kappaEffCm2PerS, double kappaIsotropicCm2PerS,
                                double maxSurfaceDensityGPerCm2, double maxColumnDensityPerCm2,
                                double minFillingFactor) {

    /** Computes every quantity for {@code p} in {@code s}. */
    public static DerivedQuantities of(Scenario s, Particle p) {
        double nu = s.effectiveScatteringRatePerS(p);
        double v = p.speedCmPerS();
        double mfpPc = s.meanFreePathPc(p);
        double mfpCm = mfpPc * Units.PC_CM;
        double rg = s.gyroradiusAu(p);
        return new DerivedQuantities(p.kineticEnergyGeV(), p.rigidityGV(), p.beta(), rg, mfpPc, nu,
                1.0 / nu / Units.YEAR_S, v * v / nu, v * v / (3 * nu),
                s.ismMassDensityGPerCm3() * mfpCm, s.nIsmPerCm3() * mfpCm, rg / Units.pcToAu(mfpPc));
    }
}
