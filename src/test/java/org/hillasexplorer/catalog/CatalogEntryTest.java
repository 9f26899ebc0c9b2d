package org.hillasexplorer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import java.util.Set;
import org.hillasexplorer.physics.CandidateBox;
import org.hillasexplorer.physics.Plane;
import org.junit.jupiter.api.Test;

/** The value types validate on construction and turn entries into physics boxes. */
class CatalogEntryTest {
    private static final Range SIZE = new Range(2e6, 2e7);
    private static final Range NS = new Range(1e-9, 1e-7);

    private static CatalogEntry entry(Category c, Set<Plane> planes, Optional<Range> size, Optional<Range> ns, Optional<Range> fv) {
        return new CatalogEntry("gmcs", "Giant molecular clouds", "GMCs", c, planes, size, ns, fv, "0", "counted", "Draine 2011");
    }

    @Test
    void rangesMustBeFinitePositiveAndOrdered() {
        assertThat(new Range(1, 1).log10Max()).isZero();
        assertThat(new Range(1e-3, 1e2).log10Min()).isCloseTo(-3, within(1e-12));
        assertThatThrownBy(() -> new Range(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Range(2, 1)).hasMessageContaining("min ≤ max");
        assertThatThrownBy(() -> new Range(1, Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Range(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Range(1, 2).scaled(10)).isEqualTo(new Range(10, 20));
    }

    @Test
    void provenanceListsWhatIsKnownAndLeavesOutAnUnknownDAndBlankTexts() {
        assertThat(entry(Category.MACROSCOPIC, Set.of(Plane.NUMBER_DENSITY), Optional.of(SIZE), Optional.of(NS), Optional.empty())
                .provenance()).containsExactly("D = 0", "Derivation: counted", "Reference: Draine 2011");
        CatalogEntry user = new CatalogEntry("mine", "My clumps", "mine", Category.USER, Set.of(Plane.FILLING_FACTOR),
                Optional.of(SIZE), Optional.empty(), Optional.of(new Range(1e-4, 1e-3)), "?", "", "  ");
        assertThat(user.provenance()).as("a user's row with names and numbers only").isEmpty();
        CatalogEntry some = new CatalogEntry("mine", "My clumps", "mine", Category.USER, Set.of(Plane.FILLING_FACTOR),
                Optional.of(SIZE), Optional.empty(), Optional.of(new Range(1e-4, 1e-3)), "1-2", "", "Me 2024");
        assertThat(some.provenance()).containsExactly("D = 1-2", "Reference: Me 2024");
    }

    @Test
    void categoryKeysRoundTrip() {
        for (Category c : Category.values()) {
            assertThat(Category.fromKey(" " + c.key().toUpperCase() + " ")).isEqualTo(c);
        }
        assertThatThrownBy(() -> Category.fromKey("galactic")).hasMessage("'galactic' must be one of macroscopic, small-scale, theoretical, user");
    }

    @Test
    void aBoxNeedsTheSizeAndThatPlanesValues() {
        CatalogEntry e = entry(Category.MACROSCOPIC, Set.of(Plane.NUMBER_DENSITY), Optional.of(SIZE), Optional.of(NS), Optional.empty());
        assertThat(e.box(Plane.NUMBER_DENSITY)).contains(new CandidateBox(Plane.NUMBER_DENSITY, 2e6, 2e7, 1e-9, 1e-7));
        assertThat(e.box(Plane.FILLING_FACTOR)).isEmpty();
        CatalogEntry theory = entry(Category.THEORETICAL, Set.of(Plane.FILLING_FACTOR), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(theory.box(Plane.FILLING_FACTOR)).isEmpty();
    }

    @Test
    void invalidEntriesAreRejectedNamingTheEntry() {
        assertThatThrownBy(() -> entry(Category.MACROSCOPIC, Set.of(Plane.NUMBER_DENSITY), Optional.empty(), Optional.of(NS), Optional.empty()))
                .hasMessage("entry gmcs: a macroscopic entry needs a size range");
        assertThatThrownBy(() -> entry(Category.MACROSCOPIC, Set.of(Plane.FILLING_FACTOR), Optional.of(SIZE), Optional.of(NS), Optional.empty()))
                .hasMessageContaining("drawn on plane fv but has no f_V range");
        assertThatThrownBy(() -> entry(Category.SMALL_SCALE, Set.of(Plane.FILLING_FACTOR), Optional.of(SIZE), Optional.empty(),
                Optional.of(new Range(0.5, 2)))).hasMessageContaining("must be at most 1");
        assertThatThrownBy(() -> entry(Category.THEORETICAL, Set.of(), Optional.empty(), Optional.empty(), Optional.empty()))
                .hasMessageContaining("planes must name");
        assertThatThrownBy(() -> new CatalogEntry("a b", "n", "l", Category.THEORETICAL, Set.of(Plane.FILLING_FACTOR),
                Optional.empty(), Optional.empty(), Optional.empty(), "?", "", "")).hasMessageContaining("id 'a b'");
        assertThatThrownBy(() -> new CatalogEntry("a", "n", "l", Category.THEORETICAL, Set.of(Plane.FILLING_FACTOR),
                Optional.empty(), Optional.empty(), Optional.empty(), "3", "", "")).hasMessageContaining("dimensionality '3'");
    }

    @Test
    void planesAreCopiedAndUnmodifiable() {
        java.util.Set<Plane> planes = new java.util.HashSet<>(Set.of(Plane.NUMBER_DENSITY));
        CatalogEntry e = entry(Category.MACROSCOPIC, planes, Optional.of(SIZE), Optional.of(NS), Optional.empty());
        planes.add(Plane.FILLING_FACTOR);
        assertThat(e.planes()).containsExactly(Plane.NUMBER_DENSITY);
        assertThatThrownBy(() -> e.planes().add(Plane.FILLING_FACTOR)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void problemsPrintAsFileLineFieldMessage() {
        assertThat(new CatalogProblem("candidates.ecsv", 14, "ns_max_pc3", "'-3' must be a positive number"))
                .hasToString("candidates.ecsv:14: ns_max_pc3: '-3' must be a positive number");
        assertThatThrownBy(() -> new CatalogProblem("f", 0, "x", "y")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCatalogueRefusesDuplicateIdsAndListsItsCategoriesInOrder() {
        CatalogEntry a = entry(Category.MACROSCOPIC, Set.of(Plane.NUMBER_DENSITY), Optional.of(SIZE), Optional.of(NS), Optional.empty());
        assertThatThrownBy(() -> new Catalog("f", java.util.List.of(a, a), java.util.List.of())).hasMessageContaining("appears twice");
        Catalog c = new Catalog("f", java.util.List.of(a), java.util.List.of());
        assertThat(c.categories()).containsExactly(Category.MACROSCOPIC);
        assertThat(c.byId("gmcs")).contains(a);
        assertThat(c.byId("nope")).isEmpty();
        assertThat(c.entriesOn(Plane.FILLING_FACTOR)).isEmpty();
        assertThat(c.hasProblems()).isFalse();
    }
}
