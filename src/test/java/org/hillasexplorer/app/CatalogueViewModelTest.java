package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.hillasexplorer.catalog.Catalog;
import org.hillasexplorer.catalog.CatalogEntry;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.catalog.Category;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.junit.jupiter.api.Test;

/** The catalogue's view model, without a window. */
class CatalogueViewModelTest {
    private final Catalog builtin = CatalogReader.readBuiltin();
    private final ExplorerModel model = new ExplorerModel(List.of(builtin));
    private final CatalogueViewModel vm = new CatalogueViewModel(model);

    private static Catalog userCatalogue() {
        return CatalogReader.read(new StringReader("""
                name,size_min [pc],size_max [pc],n_s_min [pc^-3],n_s_max [pc^-3]
                sheets,1e-5,1e-3,1e6,1e8
                """), "sim.csv");
    }

    @Test
    void entriesAreGroupedByCategoryWithTheUsersOwnFirst() {
        var groups = vm.groupsProperty().get();
        assertThat(groups.keySet()).doesNotContain(Category.USER).contains(Category.MACROSCOPIC, Category.SMALL_SCALE);
        assertThat(groups.values().stream().mapToInt(List::size).sum()).isEqualTo(builtin.entries().size());
        model.catalogs().add(userCatalogue());
        assertThat(vm.groupsProperty().get().keySet()).first().isEqualTo(Category.USER);
        assertThat(vm.groupsProperty().get().get(Category.USER)).extracting(CatalogEntry::name).containsExactly("sheets");
    }

    @Test
    void theSearchFindsNamesIdsAndReferencesWhateverTheCase() {
        vm.searchProperty().set("  heiles ");
        var found = vm.groupsProperty().get().values().stream().flatMap(List::stream).map(CatalogEntry::id).toList();
        assertThat(found).contains("tsas").doesNotContain("snrs", "gmcs");
        vm.searchProperty().set("no such thing at all");
        assertThat(vm.groupsProperty().get()).isEmpty();
        vm.searchProperty().set("");
        assertThat(vm.groupsProperty().get()).isNotEmpty();
    }

    @Test
    void hidingAnEntryIsAnUndoableStep() {
        vm.setShown("gmcs", false);
        assertThat(vm.isShown("gmcs")).isFalse();
        assertThat(model.hiddenCandidates()).containsExactly("gmcs");
        model.undo();
        assertThat(vm.isShown("gmcs")).isTrue();
    }

    @Test
    void verdictsFollowTheScenario() {
        CatalogEntry gmcs = builtin.byId("gmcs").orElseThrow();
        String before = vm.verdict(gmcs);
        assertThat(before).contains("MeV", "GeV", "TeV").isEqualTo(CatalogueViewModel.verdictText(gmcs, Scenario.defaults()));
        assertThat(vm.summary(gmcs)).startsWith("explains");
        model.change(model.scenario().with(Parameters.NU0_PER_S, 1e-6));
        assertThat(vm.verdict(gmcs)).isNotEqualTo(before);
    }

    @Test
    void theReferencesNeededAreThoseOfTheBoxesDrawnOnThePlanesShown() {
        List<String> ns = vm.visibleEntries(List.of(Plane.NUMBER_DENSITY)).stream().map(CatalogEntry::id).toList();
        List<String> both = vm.visibleEntries(List.of(Plane.values())).stream().map(CatalogEntry::id).toList();
        assertThat(ns).contains("gmcs");
        assertThat(both).containsAll(ns).hasSizeGreaterThan(ns.size());
        vm.setShown("gmcs", false);
        assertThat(vm.visibleEntries(List.of(Plane.NUMBER_DENSITY))).extracting(CatalogEntry::id).doesNotContain("gmcs");
        model.update(s -> s.withShownElements(ExplorerModel.with(s.shownElements(), FigureOptions.Element.CANDIDATE_BOXES, false)));
        assertThat(vm.visibleEntries(List.of(Plane.values()))).isEmpty();
    }

    @Test
    void eachEntryHasThePlaceOfItsBoxAmongItsPlanesBoxes() {
        CatalogEntry gmcs = builtin.byId("gmcs").orElseThrow();
        var layers = model.layers(Plane.NUMBER_DENSITY);
        int i = vm.colourIndex(gmcs).orElseThrow();
        assertThat(layers.get(i).id()).isEqualTo("gmcs");
    }

    @Test
    void theSwatchOfEachEntryIsTheColourOfItsBoxOnTheFigure() {
        var spec = org.hillasexplorer.figure.FigureSpec.of(model.scenario(), model.layers(Plane.NUMBER_DENSITY), List.of(),
                FigureOptions.defaults(Plane.NUMBER_DENSITY));
        for (var shape : spec.shapes(org.hillasexplorer.figure.FigureSpec.Kind.CANDIDATE)) {
            CatalogEntry e = builtin.byId(shape.subject()).orElseThrow();
            assertThat(vm.colour(e, org.hillasexplorer.figure.Palette.OKABE_ITO)).as(e.id())
                    .contains(shape.pen().orElseThrow().colour());
        }
    }
}
