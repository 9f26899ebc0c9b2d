package org.hillasexplorer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.hillasexplorer.physics.CandidateBox;
import org.hillasexplorer.physics.Plane;
import org.junit.jupiter.api.Test;

/** The built-in catalogue loads cleanly and covers every candidate the paper names in Section 4. */
class BuiltinCatalogTest {
    private final Catalog builtin = CatalogReader.readBuiltin();

    @Test
    void loadsWithoutProblems() {
        assertThat(builtin.source()).isEqualTo("candidates.ecsv");
        assertThat(builtin.problems()).isEmpty();
        assertThat(builtin.entries()).hasSize(22);
    }

    @Test
    void containsTheFigure2CandidatesOnTheNumberDensityPlane() {
        List<String> fig2 = List.of("astrospheres", "massive_star_magnetospheres", "hii_regions", "gmcs", "planetary_nebulae",
                "snrs", "spiral_arms");
        assertThat(builtin.entriesOn(Plane.NUMBER_DENSITY)).extracting(CatalogEntry::id).containsAll(fig2);
        fig2.forEach(id -> assertThat(builtin.byId(id).orElseThrow().category()).as(id).isEqualTo(Category.MACROSCOPIC));
    }

    @Test
    void containsTheSection41RuleOuts() {
        for (String id : List.of("bok_globules", "pwne", "gc_cores", "colliding_wind_binaries")) {
            CatalogEntry e = builtin.byId(id).orElseThrow();
            assertThat(e.category()).as(id).isEqualTo(Category.MACROSCOPIC);
            assertThat(e.box(Plane.NUMBER_DENSITY)).as(id).isPresent();
        }
    }

    @Test
    void containsTheSmallScaleStructuresOfFigure3() {
        for (String id : List.of("tsas", "ese_lenses", "cnm_filaments")) {
            CatalogEntry e = builtin.byId(id).orElseThrow();
            assertThat(e.category()).as(id).isEqualTo(Category.SMALL_SCALE);
            assertThat(e.planes()).as(id).contains(Plane.FILLING_FACTOR);
            assertThat(e.box(Plane.FILLING_FACTOR)).as(id).isPresent();
        }
    }

    @Test
    void theSection44MechanismsAreTheoreticalAndCarryNoNumbers() {
        List<CatalogEntry> theory = builtin.entries().stream().filter(e -> e.category() == Category.THEORETICAL).toList();
        assertThat(theory).extracting(CatalogEntry::id).containsExactlyInAnyOrder("plasma_sheets", "mixing_layers",
                "magnetic_mirrors", "plasmoids", "weak_shocks", "dust_cr_regions", "runaway_self_confinement", "curvature_regions");
        assertThat(theory).allSatisfy(e -> {
            assertThat(e.sizeAu()).isEmpty();
            assertThat(e.numberDensityPerPc3()).isEmpty();
            assertThat(e.fillingFactor()).isEmpty();
        });
    }

    @Test
    void everyCategoryOccursAndEveryEntryIsDocumented() {
        assertThat(builtin.categories()).containsExactly(Category.MACROSCOPIC, Category.SMALL_SCALE, Category.THEORETICAL);
        assertThat(builtin.entries()).allSatisfy(e -> {
            assertThat(e.derivation()).as(e.id()).isNotBlank().doesNotContain("\n");
            assertThat(e.reference()).as(e.id()).isNotBlank();
            assertThat(e.label().length()).as(e.id()).isLessThanOrEqualTo(24);
        });
    }

    @Test
    void everyEntryOnAPlaneCanBeDrawnThereUnlessTheoretical() {
        for (Plane p : Plane.values()) {
            for (CatalogEntry e : builtin.entriesOn(p)) {
                if (e.category() != Category.THEORETICAL) {
                    CandidateBox box = e.box(p).orElseThrow();
                    assertThat(box.plane()).isEqualTo(p);
                    assertThat(box.minShortAxisAu()).isEqualTo(e.sizeAu().orElseThrow().min());
                }
            }
        }
        assertThat(builtin.entriesOn(Plane.FILLING_FACTOR)).extracting(CatalogEntry::category)
                .doesNotContain(Category.MACROSCOPIC);
        assertThat(Set.copyOf(builtin.entriesOn(Plane.NUMBER_DENSITY))).allSatisfy(e ->
                assertThat(e.category()).isEqualTo(Category.MACROSCOPIC));
    }

    @Test
    void readingTheTopLevelFileGivesTheSameCatalogueAsTheClassPathCopy() {
        java.nio.file.Path file = java.nio.file.Path.of("catalog", "candidates.ecsv");
        if (java.nio.file.Files.isRegularFile(file)) {
            assertThat(CatalogReader.read(file).entries()).isEqualTo(builtin.entries());
        }
        assertThat(builtin.byId("gmcs")).isPresent();
    }
}
