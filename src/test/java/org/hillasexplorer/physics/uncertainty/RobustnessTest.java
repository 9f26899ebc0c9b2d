package org.hillasexplorer.physics.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.hillasexplorer.catalog.Catalog;
import org.hillasexplorer.catalog.CatalogEntry;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.catalog.Category;
import org.hillasexplorer.physics.CandidateBox;
import org.hillasexplorer.physics.ClassVerdict;
import org.hillasexplorer.physics.FigureOfMerit;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The paper's headline over the parameter uncertainty, and the robustness numbers against single-point verdicts. */
class RobustnessTest {
    private static final Catalog BUILTIN = CatalogReader.readBuiltin();

    private static ParameterDistribution paperRanges(String nu0) {
        return ParameterDistribution.of(Scenario.defaults(), List.of(
                Uncertain.parse(Parameters.DELTA_S, "0.3..0.7"),
                Uncertain.parse(Parameters.B_MICROGAUSS, "1..10 log"),
                Uncertain.parse(Parameters.NU0_PER_S, nu0)));
    }

    /**
     * Sec. 4.1 / Fig. 2: every macroscopic candidate stays below every band of the ℓ_S–n_s plane (where the paper places
     * them) for δ_s 0.3–0.7, B 1–10 μG and ν̄₀ within ×3 — both as log-uniform [1/3, 3] × 1e-9 s⁻¹ and as a log-normal
     * of factor 3 (whose tails go further).
     */
    @ParameterizedTest
    @ValueSource(strings = {"3.333333333e-10..3e-9 log", "1e-9*/3"})
    void macroscopicCandidatesStayRuledOutOverTheObservedRanges(String nu0) {
        ParameterDistribution.Samples samples = paperRanges(nu0).sample(512);
        int judged = 0;
        for (CatalogEntry e : BUILTIN.entries()) {
            if (e.category() != Category.MACROSCOPIC) {
                continue;
            }
            for (Plane plane : List.of(Plane.NUMBER_DENSITY)) {
                Optional<CandidateBox> box = e.box(plane);
                if (box.isEmpty()) {
                    continue;
                }
                judged++;
                RobustVerdict v = Robustness.ofBox(e.id(), e.label(), box.get(), samples);
                assertThat(v.ruledOutEverywhere()).as(e.id() + " on " + plane.key() + ": " + v.summary()).isTrue();
                for (ClassRobustness c : v.classes()) {
                    assertThat(c.smallestMissDex()).as(e.id() + " " + c.energyClass().label()).isGreaterThan(0);
                }
                assertThat(v.summary()).startsWith("ruled out at MeV/GeV/TeV for every δ_s 0.3–0.7");
            }
        }
        assertThat(judged).as("macroscopic boxes judged").isGreaterThanOrEqualTo(6);
    }

    @Test
    void aFixedDistributionGivesTheSinglePointVerdict() {
        Scenario s = Scenario.defaults();
        ParameterDistribution.Samples one = ParameterDistribution.fixed(s).sample(4);
        for (CatalogEntry e : BUILTIN.entries()) {
            for (Plane plane : Plane.values()) {
                Optional<CandidateBox> box = e.box(plane);
                if (box.isEmpty()) {
                    continue;
                }
                RobustVerdict r = Robustness.ofBox(e.id(), e.label(), box.get(), one);
                List<ClassVerdict> point = FigureOfMerit.evaluate(e.id(), e.label(), box.get(), s).classes();
                for (int i = 0; i < point.size(); i++) {
                    ClassRobustness c = r.classes().get(i);
                    boolean overlaps = point.get(i).status() == ClassVerdict.Status.OVERLAPS;
                    assertThat(c.reachFraction()).isEqualTo(overlaps ? 1.0 : 0.0);
                    if (point.get(i).status() != ClassVerdict.Status.NO_BAND) {
                        assertThat(c.smallestMissDex()).isEqualTo(overlaps ? 0 : point.get(i).gapDex());
                    }
                }
            }
        }
    }

    @Test
    void aBoxThatReachesTheBandForPartOfTheRangeIsSaidSo() {
        // a small-scale box that reaches the GeV band at the defaults: over a wide δ_s range it should reach it
        // in part of the range only, and the fraction must equal the share of samples whose single-point verdict overlaps
        ParameterDistribution d = ParameterDistribution.of(Scenario.defaults(), List.of(Uncertain.parse(Parameters.NU0_PER_S,
                "1e-11..1e-7 log")));
        ParameterDistribution.Samples samples = d.sample(256);
        boolean sawPartial = false;
        for (CatalogEntry e : BUILTIN.entries()) {
            for (Plane plane : Plane.values()) {
                Optional<CandidateBox> box = e.box(plane);
                if (box.isEmpty()) {
                    continue;
                }
                RobustVerdict r = Robustness.ofBox(e.id(), e.label(), box.get(), samples);
                for (int c = 0; c < r.classes().size(); c++) {
                    int k = c;
                    long overl = samples.scenarios().stream().filter(s -> FigureOfMerit.evaluate(e.id(), e.label(), box.get(), s)
                            .classes().get(k).status() == ClassVerdict.Status.OVERLAPS).count();
                    assertThat(r.classes().get(c).reachFraction()).isEqualTo(overl / 256.0);
                    if (overl > 0 && overl < 256) {
                        sawPartial = true;
                        assertThat(r.summary()).contains(r.classes().get(c).energyClass().label() + " in ");
                    }
                }
            }
        }
        assertThat(sawPartial).as("some entry reaches a band in part of a 4-decade ν̄₀ range").isTrue();
    }
}
