package org.hillasexplorer.physics;

import java.util.OptionalDouble;

/**
 * The paper's hypothetical intermittent model as a population (Fig. 3, black; Section 4.3): structures of size
 * ℓ_S = r_g(R) with just enough of them to set the observed mean free path, f_V = r_g(R)/ℓ_mfp(R) (eq. 11 at ℓ_S = r_g),
 * for CRs from 1 MeV to 10 TeV ({@link HypotheticalModel#MIN_KINETIC_ENERGY_GEV}–{@link HypotheticalModel#MAX_KINETIC_ENERGY_GEV}).
 * D = 0, aspect 1, no stated internal rate, so n_s(&gt;ℓ_S) = f_V/ℓ_S³.
 *
 * <p>Because r_g ∝ R and ℓ_mfp ∝ R^δ_s exactly, f_V ∝ ℓ_S^(1−δ_s) and n_s(&gt;ℓ_S) ∝ ℓ_S^(−2−δ_s) exactly (Section 3.3's
 * α_n = 2 + δ_s), and the population's {@link #predictedMeanFreePathPc} reproduces the observed ℓ_mfp(R) at every
 * energy of its range. Its size range and values depend on the scenario (B, ν̄₀, δ_s, species).
 *
 * @param id    stable machine name, not blank
 * @param label human name
 */
public record IntermittentModelPopulation(String id, String label) implements Population {

    public IntermittentModelPopulation {
        PopulationSupport.validateCommon("intermittent model", id, label, 0, 1, OptionalDouble.empty());
    }

    /** The model as the paper draws it. */
    public static IntermittentModelPopulation paper() {
        return new IntermittentModelPopulation("intermittent_model", "hypothetical intermittent model (ℓ_S = r_g)");
    }

    @Override
    public int dimensionality() {
        return 0;
    }

    @Override
    public double aspect() {
        return 1;
    }

    @Override
    public OptionalDouble internalRatePerS() {
        return OptionalDouble.empty();
    }

    /** r_g(1 MeV) [au] in the scenario's field, for its species. */
    @Override
    public double minShortAxisAu(Scenario s) {
        return s.gyroradiusAu(s.particle(HypotheticalModel.MIN_KINETIC_ENERGY_GEV));
    }

    /** r_g(10 TeV) [au] in the scenario's field, for its species. */
    @Override
    public double maxShortAxisAu(Scenario s) {
        return s.gyroradiusAu(s.particle(HypotheticalModel.MAX_KINETIC_ENERGY_GEV));
    }

    /** log10 f_V = log10(ℓ_S/ℓ_mfp(R)) with R the rigidity whose r_g is ℓ_S; NaN outside r_g(1 MeV)–r_g(10 TeV). */
    @Override
    public double log10FillingFactor(Scenario s, double shortAxisAu) {
        if (!PopulationSupport.inRange(shortAxisAu, minShortAxisAu(s), maxShortAxisAu(s))) {
            return Double.NaN;
        }
        // r_g = k R/B inverts exactly, so no kinetic energy is needed: ℓ_mfp = (c/ν̄₀) R^δ_s (eq. 2)
        double rigidityGV = shortAxisAu * s.bMicroGauss() / Particle.GYRORADIUS_AU_PER_GV_PER_MICROGAUSS;
        double log10MfpAu = Math.log10(Units.pcToAu(s.meanFreePathAtOneGVPc())) + s.deltaS() * Math.log10(rigidityGV);
        return Math.log10(shortAxisAu) - log10MfpAu;
    }

    /** log10 n_s(&gt;ℓ_S) = log10(f_V/ℓ_S³) [pc⁻³] (D = 0); NaN outside the size range. */
    @Override
    public double log10NumberDensityPerPc3(Scenario s, double shortAxisAu) {
        return log10FillingFactor(s, shortAxisAu) - PopulationSupport.log10VolumePc3(0, 1, shortAxisAu);
    }
}
