package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The candidate populations' view model, without a window. */
class PopulationsViewModelTest {
    private final ExplorerModel model = new ExplorerModel(List.of(CatalogReader.readBuiltin()));
    private final PopulationsViewModel vm = new PopulationsViewModel(model);
    private final List<String> errors = new ArrayList<>();

    @TempDir
    Path dir;

    private static PowerLawPopulation rare(String id) {
        return new PowerLawPopulation(id, "rare sheets", 1e-3, 1, 2.5, 0.01, 1e4, 0, 1, OptionalDouble.empty());
    }

    PopulationsViewModelTest() {
        vm.setOnError((header, message) -> errors.add(header + ": " + message));
    }

    @Test
    void addReplaceAndRemoveAreEachOneStepAndTheListFollowsUndo() {
        vm.add(rare("a"));
        vm.add(rare("b"));
        PowerLawPopulation edited = new PowerLawPopulation("a", "denser", 1, 1, 2.5, 0.01, 1e4, 0, 1, OptionalDouble.empty());
        vm.replace(rare("a"), edited);
        assertThat(vm.populations()).containsExactly(edited, rare("b"));
        vm.remove(rare("b"));
        assertThat(vm.populations()).containsExactly(edited);
        assertThat(vm.ids()).containsExactly("a");
        model.undo();
        assertThat(vm.populations()).containsExactly(edited, rare("b"));
        model.undo();
        assertThat(vm.populations()).containsExactly(rare("a"), rare("b"));
        model.undo();
        model.undo();
        assertThat(vm.populations()).isEmpty();
    }

    @Test
    void theListIsReadOnly() {
        vm.add(rare("a"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vm.populations().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void thePapersModelIsAddedOnce() {
        vm.addModel();
        vm.addModel();
        assertThat(vm.populations()).containsExactly(IntermittentModelPopulation.paper());
        assertThat(PopulationsViewModel.verdictText(IntermittentModelPopulation.paper(), Scenario.defaults()))
                .isEqualTo("explains MeV, GeV and TeV scattering");
    }

    @Test
    void aCurveFileIsAddedReplacingOneOfTheSameIdAndABadOneIsReported() throws Exception {
        Path curve = Files.copy(Path.of("examples/power-law-curve.csv"), dir.resolve("curve.csv"));
        assertThat(vm.addCurve(curve)).isTrue();
        assertThat(vm.addCurve(curve)).isTrue();
        assertThat(vm.populations()).hasSize(1);
        Population p = vm.populations().get(0);
        assertThat(p.label()).isEqualTo("Power-law clumps");
        assertThat(errors).isEmpty();

        Path junk = Files.writeString(dir.resolve("junk.csv"), "no,numbers\nhere,at all\n");
        assertThat(vm.addCurve(junk)).isFalse();
        assertThat(errors).singleElement().asString().startsWith("Could not read the curve: ");
        assertThat(vm.populations()).containsExactly(p);
    }

    @Test
    void aPopulationGivenOnTheFillingFactorPlaneIsJudgedInFillingFactorWords() {
        // the Monte Carlo's measured point: a short f_V segment far above the bands
        var point = new org.hillasexplorer.physics.TabulatedPopulation("mc-1", "Monte Carlo", org.hillasexplorer.physics.Plane.FILLING_FACTOR,
                List.of(10 / 1.5, 10 * 1.5), List.of(0.5, 0.5), 0, 1, OptionalDouble.empty());
        String d = PopulationsViewModel.details(point, Scenario.defaults());
        assertThat(d).contains("f_V +", "dex, too abundant").doesNotContain("n_s ");
        assertThat(PopulationsViewModel.details(rare("r"), Scenario.defaults())).as("a power law is an n_s law").contains("n_s −");
        assertThat(PopulationsViewModel.plane(IntermittentModelPopulation.paper())).isEqualTo(org.hillasexplorer.physics.Plane.FILLING_FACTOR);
    }

    @Test
    void hidingAPopulationIsAStepAndTheDetailsListEveryClass() {
        vm.addModel();
        String id = IntermittentModelPopulation.paper().id();
        vm.setShown(id, false);
        assertThat(vm.isShown(id)).isFalse();
        model.undo();
        assertThat(vm.isShown(id)).isTrue();
        assertThat(PopulationsViewModel.details(rare("r"), Scenario.defaults())).startsWith("rare sheets\nexplains none")
                .contains("MeV", "GeV", "TeV");
    }
}
