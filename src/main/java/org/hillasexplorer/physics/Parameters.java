package org.hillasexplorer.physics;

import java.util.List;

/** The definitions of every scalar scenario parameter (ranges, defaults, symbols, equations). */
public final class Parameters {

    /** Power-law index of the rigidity dependence of scattering, ν_eff ∝ R^(−δ_s). */
    public static final Parameter DELTA_S = new Parameter("delta", "δ_s", "rigidity index of scattering", "",
            0.0, 1.5, 0.5, Parameter.Scale.LINEAR, false, "eqs. (1)–(2)",
            "Observed scattering rate falls as ν_eff ∝ R_GV^(−δ_s), so ℓ_mfp ∝ R_GV^δ_s (observed 0.3–0.7).");

    /** Diffuse magnetic field strength setting the gyroradius. */
    public static final Parameter B_MICROGAUSS = new Parameter("b-ug", "B", "magnetic field", "μG",
            0.01, 1000.0, 3.0, Parameter.Scale.LOG, false, "eq. (3)",
            "Diffuse ISM field; sets the gyroradius r_g = p c/(Z e B), the smallest structure that can scatter.");

    /** Normalisation of the observed effective scattering rate at 1 GV. */
    public static final Parameter NU0_PER_S = new Parameter("nu0", "ν̄₀", "scattering-rate normalisation", "s⁻¹",
            1e-13, 1e-5, 1e-9, Parameter.Scale.LOG, false, "eqs. (1)–(2)",
            "Observed ν_eff = ν̄₀ β R_GV^(−δ_s); sets ℓ_mfp = (c/ν̄₀) R_GV^δ_s (≈10 pc at 1 GV).");

    /** Effective dimensionality of the structures (0 spheres, 1 filaments, 2 sheets). */
    public static final Parameter DIMENSIONALITY = new Parameter("dim", "D", "dimensionality", "",
            0, 2, 0, Parameter.Scale.LINEAR, true, "Section 3.1, eq. (8)",
            "Number of long axes: 0 spheres, 1 filaments, 2 sheets; cross-section A_s = ℓ_L^D ℓ_S^(2−D).");

    /** Aspect ratio ℓ_L/ℓ_S of elongated structures (no effect when D = 0). */
    public static final Parameter ASPECT = new Parameter("aspect", "ℓ_L/ℓ_S", "aspect ratio", "",
            1.0, 1e6, 1.0, Parameter.Scale.LOG, false, "Section 3.1, eq. (8)",
            "Long axis over short axis; required n_s ∝ (ℓ_L/ℓ_S)^(−D), so it has no effect for D = 0.");

    /** Volume-averaged ISM gas density. */
    public static final Parameter N_ISM_PER_CM3 = new Parameter("n-ism", "n_ISM", "ISM gas density", "cm⁻³",
            1e-4, 1e4, 1.0, Parameter.Scale.LOG, false, "eqs. (9)–(10)",
            "Volume-averaged ISM density, ρ_ISM = m_H n_ISM; bounds the surface density Σ_s < ρ_ISM ℓ_mfp.");

    /** Kinetic energy bounds of an energy class. */
    public static final Parameter KINETIC_ENERGY_GEV = new Parameter("energy", "T", "kinetic energy", "GeV",
            1e-6, 1e7, 1.0, Parameter.Scale.LOG, false, "Figs. 2–3",
            "Kinetic energy per particle; an energy class is an interval [T_lo, T_hi].");

    /** Charge number Z of the cosmic-ray species. */
    public static final Parameter CHARGE_Z = new Parameter("z", "Z", "charge number", "",
            1, 92, 1, Parameter.Scale.LINEAR, true, "eq. (3)", "Charge number of the cosmic-ray nucleus (1 = proton).");

    /** Mass number A of the cosmic-ray species. */
    public static final Parameter MASS_NUMBER_A = new Parameter("a", "A", "mass number", "",
            1, 238, 1, Parameter.Scale.LINEAR, true, "eq. (3)", "Mass number of the cosmic-ray nucleus (1 = proton).");

    /** Every scalar scenario parameter, in the order a panel shows them. */
    public static final List<Parameter> SCENARIO = List.of(DELTA_S, B_MICROGAUSS, NU0_PER_S, DIMENSIONALITY, ASPECT, N_ISM_PER_CM3);

    private Parameters() {
    }
}
