package org.hillasexplorer.physics;

import java.util.List;
import java.util.Objects;

/**
 * Every parameter of one exploration, immutable and validated on construction.
 *
 * @param deltaS              δ_s, rigidity index of scattering, in [0, 1.5]
 * @param bMicroGauss         diffuse field B [μG]
 * @param nu0PerS             ν̄₀ [s⁻¹], scattering rate at 1 GV for β = 1
 * @param dimensionality      D ∈ {0, 1, 2}
 * @param aspect              ℓ_L/ℓ_S ≥ 1 (no effect when D = 0)
 * @param nIsmPerCm3          n_ISM [cm⁻³]
 * @param energyClasses       1–8 energy classes with distinct labels
 * @param species             the cosmic-ray nucleus
 */
public record Scenario(double deltaS, double bMicroGauss, double nu0PerS, int dimensionality, double aspect,
                       double nIsmPerCm3, List<EnergyClass> energyClasses, Species species) {

    public Scenario {
        Parameters.DELTA_S.validate(deltaS);
        Parameters.B_MICROGAUSS.validate(bMicroGauss);
        Parameters.NU0_PER_S.validate(nu0PerS);
        Parameters.DIMENSIONALITY.validate(dimensionality);
        Parameters.ASPECT.validate(aspect);
        Parameters.N_ISM_PER_CM3.validate(nIsmPerCm3);
        Objects.requireNonNull(energyClasses, "energyClasses");
        Objects.requireNonNull(species, "species");
        energyClasses = List.copyOf(energyClasses);
        EnergyClass.validateList(energyClasses);
    }

    /** The paper's defaults: δ_s = 0.5, B = 3 μG, ν̄₀ = 1e-9 s⁻¹, D = 0, n_ISM = 1 cm⁻³, MeV/GeV/TeV protons. */
    public static Scenario defaults() {
        return new Scenario(Parameters.DELTA_S.defaultValue(), Parameters.B_MICROGAUSS.defaultValue(),
                Parameters.NU0_PER_S.defaultValue(), (int) Parameters.DIMENSIONALITY.defaultValue(),
                Parameters.ASPECT.defaultValue(), Parameters.N_ISM_PER_CM3.defaultValue(),
                EnergyClass.DEFAULTS, Species.PROTON);
    }

    /** Returns the value of the scalar parameter {@code p} (one of {@link Parameters#SCENARIO}). */
    public double get(Parameter p) {
        return switch (p.key()) {
            case "delta" -> deltaS;
            case "b-ug" -> bMicroGauss;
            case "nu0" -> nu0PerS;
            case "dim" -> dimensionality;
            case "aspect" -> aspect;
            case "n-ism" -> nIsmPerCm3;
            default -> throw new IllegalArgumentException("not a scenario parameter: " + p.key());
        };
    }

    /** Returns a copy with scalar parameter {@code p} set to {@code value} (validated). */
    public Scenario with(Parameter p, double value) {
        p.validate(value);
        return switch (p.key()) {
            case "delta" -> new Scenario(value, bMicroGauss, nu0PerS, dimensionality, aspect, nIsmPerCm3, energyClasses, species);
            case "b-ug" -> new Scenario(deltaS, value, nu0PerS, dimensionality, aspect, nIsmPerCm3, energyClasses, species);
            case "nu0" -> new Scenario(deltaS, bMicroGauss, value, dimensionality, aspect, nIsmPerCm3, energyClasses, species);
            case "dim" -> new Scenario(deltaS, bMicroGauss, nu0PerS, (int) value, aspect, nIsmPerCm3, energyClasses, species);
            case "aspect" -> new Scenario(deltaS, bMicroGauss, nu0PerS, dimensionality, value, nIsmPerCm3, energyClasses, species);
            case "n-ism" -> new Scenario(deltaS, bMicroGauss, nu0PerS, dimensionality, aspect, value, energyClasses, species);
            default -> throw new IllegalArgumentException("not a scenario parameter: " + p.key());
        };
    }

    /** Returns a copy with other energy classes. */
    public Scenario withEnergyClasses(List<EnergyClass> classes) {
        return new Scenario(deltaS, bMicroGauss, nu0PerS, dimensionality, aspect, nIsmPerCm3, classes, species);
    }

    /** Returns a copy for another species. */
    public Scenario withSpecies(Species other) {
        return new Scenario(deltaS, bMicroGauss, nu0PerS, dimensionality, aspect, nIsmPerCm3, energyClasses, other);
    }

    /** A particle of this scenario's species with kinetic energy T [GeV]. */
    public Particle particle(double kineticEnergyGeV) {
        return new Particle(species, kineticEnergyGeV);
    }

    /** c/ν̄₀ [pc]: the mean free path at R = 1 GV (9.716 pc at the default ν̄₀). */
    public double meanFreePathAtOneGVPc() {
        return Units.C_CM_PER_S / nu0PerS / Units.PC_CM;
    }

    /** Observed effective scattering rate ν_eff = ν̄₀ β R_GV^(−δ_s) [s⁻¹] (paper eq. 1). */
    public double effectiveScatteringRatePerS(Particle p) {
        return nu0PerS * p.beta() * Math.pow(p.rigidityGV(), -deltaS);
    }

    /** Mean free path between O(1) deflections, ℓ_mfp = v/ν_eff = (c/ν̄₀) R_GV^δ_s [pc] (paper eq. 2). */
    public double meanFreePathPc(Particle p) {
        return meanFreePathAtOneGVPc() * Math.pow(p.rigidityGV(), deltaS);
    }

    /** ℓ_mfp in au (see {@link #meanFreePathPc}). */
    public double meanFreePathAu(Particle p) {
        return Units.pcToAu(meanFreePathPc(p));
    }

    /** Gyroradius r_g [au] in this scenario's field (paper eq. 3). */
    public double gyroradiusAu(Particle p) {
        return p.gyroradiusAu(bMicroGauss);
    }

    /** ISM mass density ρ_ISM = m_H n_ISM [g cm⁻³]. */
    public double ismMassDensityGPerCm3() {
        return Units.HYDROGEN_MASS_G * nIsmPerCm3;
    }

    /** Geometry factor ℓ_L^D / ℓ_S^D = aspect^D (dimensionless) that multiplies ℓ_S² in A_s. */
    public double crossSectionAspectFactor() {
        return Math.pow(aspect, dimensionality);
    }

    /** All derived quantities at kinetic energy T [GeV]. */
    public DerivedQuantities at(double kineticEnergyGeV) {
        return DerivedQuantities.of(this, particle(kineticEnergyGeV));
    }
}
