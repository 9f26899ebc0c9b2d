package org.hillasexplorer.teaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hillasexplorer.physics.Constraint;
import org.hillasexplorer.physics.DerivedQuantities;
import org.hillasexplorer.physics.HypotheticalModel;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Particle;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Species;
import org.junit.jupiter.api.Test;

class ExplanationsTest {

    /** A sentence end followed by the start of another sentence ("… it. The …"); "eq. 4" and "0.223" do not count. */
    private static final Pattern SECOND_SENTENCE = Pattern.compile("[.!?]\\s+[\\p{Lu}δν]");

    private static void assertWellFormed(Explanation e) {
        assertThat(e.key()).isNotBlank();
        assertThat(e.title()).isNotBlank();
        assertThat(e.equation()).as(e.key()).isNotBlank().doesNotContain("*", "$", "\\", "{", "}");
        String s = e.sentence().strip();
        assertThat(s).as(e.key()).endsWith(".");
        assertThat(SECOND_SENTENCE.matcher(s).find()).as("%s is one sentence: %s", e.key(), s).isFalse();
        assertThat(s.split("\\s+").length).as(e.key()).isBetween(10, 60);
        assertThat(s).as(e.key()).doesNotContain("*", "$", "\\", "\n");
    }

    @Test
    void everyConstraintHasAnExplanationCitingItsEquation() {
        for (Constraint c : Constraint.values()) {
            Explanation e = Explanations.forConstraint(c);
            assertThat(e).as(c.name()).isNotNull();
            assertWellFormed(e);
            String number = c.equation().replaceAll("[()]", ""); // "(5)–(6)" → "5–6"
            assertThat(e.title()).as(c.name()).contains(number);
        }
    }

    @Test
    void everyBandEdgeHasAnExplanation() {
        for (Explanations.BandEdge edge : Explanations.BandEdge.values()) {
            Explanation e = Explanations.bandEdge(edge);
            assertThat(e).as(edge.name()).isNotNull();
            assertWellFormed(e);
        }
        assertThat(Explanations.bandEdge(Explanations.BandEdge.SMALLEST_SIZE).equation()).contains("ℓ_S = r_g(T)");
        assertThat(Explanations.bandEdge(Explanations.BandEdge.LARGEST_SIZE).equation()).contains("ℓ_S = ℓ_mfp(T)", "f_V = 1");
        assertThat(Explanations.bandEdge(Explanations.BandEdge.LOWEST_ENERGY).equation()).contains("T_lo");
        assertThat(Explanations.bandEdge(Explanations.BandEdge.HIGHEST_ENERGY).equation()).contains("T_hi");
    }

    @Test
    void everyScenarioParameterHasAnExplanationCitingWhereItEnters() {
        for (Parameter p : Parameters.SCENARIO) {
            Explanation e = Explanations.forParameter(p.key()).orElseThrow(() -> new AssertionError(p.key()));
            assertWellFormed(e);
            assertThat(e.key()).isEqualTo("parameter." + p.key());
            assertThat(e.title()).as(p.key()).contains(p.symbol());
        }
        assertThat(Explanations.forParameter("energy")).isEmpty();
        assertThat(Explanations.forParameter("nonsense")).isEmpty();
        assertThat(Explanations.forParameter(null)).isEmpty();
    }

    @Test
    void allIsCompleteWithDistinctKeys() {
        List<Explanation> all = Explanations.all();
        all.forEach(ExplanationsTest::assertWellFormed);
        Set<String> keys = all.stream().map(Explanation::key).collect(Collectors.toSet());
        assertThat(keys).hasSize(all.size());
        assertThat(all).hasSizeGreaterThanOrEqualTo(Constraint.values().length + Explanations.BandEdge.values().length
                + Parameters.SCENARIO.size());
        for (Constraint c : Constraint.values()) {
            assertThat(all).contains(Explanations.forConstraint(c));
        }
        for (Explanations.BandEdge b : Explanations.BandEdge.values()) {
            assertThat(all).contains(Explanations.bandEdge(b));
        }
        assertThat(all).allSatisfy(e -> assertThat(e.title()).containsAnyOf("eq.", "eqs.", "Section"));
    }

    @Test
    void quotedCoefficientsAgreeWithThePhysics() {
        Scenario s = Scenario.defaults();
        // r_g ≈ 0.223 au R_GV/B_μG (eq. 3)
        assertThat(Particle.GYRORADIUS_AU_PER_GV_PER_MICROGAUSS).isCloseTo(0.223, within(0.0005));
        assertThat(Explanations.forConstraint(Constraint.LARGER_THAN_GYRORADIUS).equation()).contains("0.223 au");
        // c/ν̄₀ ≈ 9.72 pc (eq. 2)
        assertThat(s.meanFreePathAtOneGVPc()).isCloseTo(9.72, within(0.005));
        assertThat(Explanations.forParameter("nu0").orElseThrow().equation()).contains("9.72 pc");
        // r_g(1 GeV, 3 μG) ≈ 0.126 au
        assertThat(s.at(1).gyroradiusAu()).isCloseTo(0.126, within(0.0005));
        // f_V coefficient 1.05e-7 (Sections 4.2–4.3)
        assertThat(HypotheticalModel.closedFormCoefficient(0.5)).isCloseTo(1.05e-7, within(0.005e-7));
        // Σ_s < ρ_ISM ℓ_mfp ≈ 5e-5 g cm⁻² at 1 GV (eqs. 9–10)
        DerivedQuantities oneGv = s.at(Particle.ofRigidity(Species.PROTON, 1).kineticEnergyGeV());
        assertThat(oneGv.maxSurfaceDensityGPerCm2()).isCloseTo(5e-5, within(0.1e-5));
        assertThat(Explanations.forParameter("n-ism").orElseThrow().sentence()).contains("5 × 10⁻⁵ g cm⁻²");
        // the model's f_V runs from ≈ 1e-8 (1 MeV) to ≈ 4e-6 (10 TeV)
        assertThat(s.at(1e-3).minFillingFactor()).isCloseTo(1e-8, within(0.3e-8));
        assertThat(s.at(1e4).minFillingFactor()).isCloseTo(4e-6, within(0.4e-6));
    }
}
