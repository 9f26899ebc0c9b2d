package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.physics.EnergyClass;
import org.junit.jupiter.api.Test;

/** The energy classes' view model, without a window. */
class EnergyClassesViewModelTest {
    private final ExplorerModel model = new ExplorerModel(List.of(CatalogReader.readBuiltin()));
    private final EnergyClassesViewModel vm = new EnergyClassesViewModel(model);

    private static List<String[]> texts(String... loHi) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < loHi.length; i += 2) {
            out.add(new String[] {loHi[i], loHi[i + 1]});
        }
        return out;
    }

    @Test
    void theFieldsShowTheLimitsWithUnits() {
        assertThat(vm.classes()).extracting(EnergyClass::label).containsExactly("MeV", "GeV", "TeV");
        assertThat(EnergyClassesViewModel.text(vm.classes().get(1))).containsExactly("1 GeV", "10 GeV");
    }

    @Test
    void validLimitsApplyAllAtOnceAsOneStep() {
        assertThat(vm.commit(texts("1 MeV", "10 MeV", "2 GeV", "10GeV", "5e3 GeV", "10 TeV"))).isEmpty();
        assertThat(vm.classes()).containsExactly(new EnergyClass("MeV", 1e-3, 1e-2), new EnergyClass("GeV", 2, 10),
                new EnergyClass("TeV", 5e3, 1e4));
        model.undo();
        assertThat(vm.classes().get(1)).isEqualTo(new EnergyClass("GeV", 1, 10));
    }

    @Test
    void aBadLimitChangesNothingAndSaysWhatWasKept() {
        var problem = vm.commit(texts("1 MeV", "10 MeV", "20 GeV", "10 GeV", "1 TeV", "10 TeV"));
        assertThat(problem).hasValueSatisfying(m -> assertThat(m)
                .contains("GeV: ", "T_lo = 20 GeV must be below T_hi = 10 GeV", "kept 1 GeV–10 GeV"));
        assertThat(vm.commit(texts("1 MeV", "10 MeV", "1 GeV", "10 parsecs", "1 TeV", "10 TeV"))).isPresent();
        assertThat(vm.classes().get(1)).isEqualTo(new EnergyClass("GeV", 1, 10));
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void showingAndHidingABandIsAStepAndTheLabelsChangeOnlyWithTheClasses() {
        List<List<String>> labels = new ArrayList<>();
        vm.labelsProperty().addListener((o, a, b) -> labels.add(b));
        int[] hidden = new int[1];
        vm.hiddenProperty().addListener((o, a, b) -> hidden[0]++);
        vm.setShown("TeV", false);
        assertThat(vm.isShown("TeV")).isFalse();
        assertThat(model.hiddenEnergyClasses()).containsExactly("TeV");
        vm.commit(texts("1 MeV", "10 MeV", "2 GeV", "10 GeV", "1 TeV", "10 TeV"));
        assertThat(labels).as("new limits, same classes").isEmpty();
        model.undo();
        model.undo();
        assertThat(vm.isShown("TeV")).isTrue();
        assertThat(hidden[0]).isEqualTo(2);
    }
}
