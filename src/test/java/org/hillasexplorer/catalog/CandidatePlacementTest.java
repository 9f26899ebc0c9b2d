package org.hillasexplorer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hillasexplorer.physics.BandGeometry;
import org.hillasexplorer.physics.CandidateBox;
import org.hillasexplorer.physics.CandidateEvaluation;
import org.hillasexplorer.physics.ClassVerdict;
import org.hillasexplorer.physics.ClassVerdict.Status;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.HypotheticalModel;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Polygon;
import org.hillasexplorer.physics.Scenario;
import org.junit.jupiter.api.Test;

/** The catalogue reproduces the paper's verdicts: Fig. 2 objects far too rare, Fig. 3 small-scale structure near the bands. */
class CandidatePlacementTest {
    private final Catalog builtin = CatalogReader.readBuiltin();
    private final Scenario defaults = Scenario.defaults();

    private ClassVerdict verdict(CandidateBox box, String classLabel) {
        return CandidateEvaluation.evaluate(box, defaults).stream()
                .filter(v -> v.energyClass().label().equals(classLabel)).findFirst().orElseThrow();
    }

    @Test
    void everyMacroscopicCandidateIsAtLeastTwoDexTooRareForGeVCosmicRays() {
        List<CatalogEntry> macroscopic = builtin.entries().stream()
                .filter(e -> e.category() == Category.MACROSCOPIC && e.box(Plane.NUMBER_DENSITY).isPresent()).toList();
        assertThat(macroscopic).hasSizeGreaterThanOrEqualTo(11);
        for (CatalogEntry e : macroscopic) {
            CandidateBox box = e.box(Plane.NUMBER_DENSITY).orElseThrow();
            ClassVerdict gev = verdict(box, "GeV");
            if (gev.status() == Status.TOO_LARGE) {
                // wider than ℓ_mfp(10 GeV) ≈ 40 pc (spiral arms): compare with the required n_s extrapolated to its smallest size
                double required = BandGeometry.requiredLog10Value(defaults, Plane.NUMBER_DENSITY,
                        EnergyClass.GEV.maxKineticEnergyGeV(), box.minShortAxisAu());
                assertThat(required - box.log10MaxValue()).as(e.id()).isGreaterThanOrEqualTo(2);
            } else {
                assertThat(gev.status()).as(e.id() + ": " + gev.describe()).isEqualTo(Status.TOO_RARE);
                assertThat(gev.gapDex()).as(e.id() + ": " + gev.describe()).isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void noMacroscopicCandidateReachesAnyBandAndEachMissesByOverADecade() {
        for (CatalogEntry e : builtin.entriesOn(Plane.NUMBER_DENSITY)) {
            for (ClassVerdict v : CandidateEvaluation.evaluate(e.box(Plane.NUMBER_DENSITY).orElseThrow(), defaults)) {
                assertThat(v.status()).as(e.id() + " " + v.describe()).isNotIn(Status.OVERLAPS, Status.TOO_ABUNDANT);
                if (v.status() == Status.TOO_RARE) {
                    // 1.5, not 2: GMCs miss the TeV band by only ~2.0 dex at their 10-pc end
                    assertThat(v.gapDex()).as(e.id() + " " + v.describe()).isGreaterThan(1.5);
                }
            }
        }
    }

    @Test
    void eseLensesAndTsasOverlapTheGeVFillingFactorBandAndTheHypotheticalModel() {
        Polygon model = HypotheticalModel.region(defaults).orElseThrow();
        for (String id : List.of("ese_lenses", "tsas")) {
            CandidateBox box = builtin.byId(id).orElseThrow().box(Plane.FILLING_FACTOR).orElseThrow();
            assertThat(verdict(box, "GeV").status()).as(id).isEqualTo(Status.OVERLAPS);
            assertThat(model.intersectsRectangle(box.log10MinShortAxisAu(), box.log10MaxShortAxisAu(),
                    box.log10MinValue(), box.log10MaxValue())).as(id).isTrue();
        }
    }

    @Test
    void coldNeutralSheetsReachTheGeVBandAndSitAboveTheTeVBand() {
        CandidateBox cnm = builtin.byId("cnm_filaments").orElseThrow().box(Plane.FILLING_FACTOR).orElseThrow();
        assertThat(verdict(cnm, "GeV").status()).isEqualTo(Status.OVERLAPS);
        assertThat(verdict(cnm, "TeV").status()).isEqualTo(Status.TOO_ABUNDANT);
    }
}
