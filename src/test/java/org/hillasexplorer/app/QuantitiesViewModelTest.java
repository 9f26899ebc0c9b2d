package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Species;
import org.junit.jupiter.api.Test;

/** The derived-quantities readout's view model, without a window. */
class QuantitiesViewModelTest {
    private final ExplorerModel model = new ExplorerModel(List.of(CatalogReader.readBuiltin()));
    private final QuantitiesViewModel vm = new QuantitiesViewModel(model);

    private QuantitiesViewModel.Row row(String name) {
        return vm.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void itStartsAtOneGeVWithEveryQuantityOfTheCli() {
        assertThat(vm.energyGeVProperty().get()).isEqualTo(1);
        assertThat(vm.energyTextProperty().get()).isEqualTo("1 GeV");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.rows()).extracting(QuantitiesViewModel.Row::name).containsExactly("rigidity R", "β = v/c",
                "gyroradius r_g", "mean free path ℓ_mfp", "ν_eff", "1/ν_eff", "κ_eff = v²/ν_eff", "smallest f_V", "Σ_s limit",
                "column limit");
        var q = Scenario.defaults().at(1);
        assertThat(row("rigidity R").value()).isEqualTo(q.rigidityGV());
        assertThat(row("rigidity R").unit()).isEqualTo("GV");
        assertThat(row("mean free path ℓ_mfp").value()).isEqualTo(q.meanFreePathPc());
        assertThat(row("mean free path ℓ_mfp").note()).contains("eq. (2)");
        assertThat(row("β = v/c").note()).isEmpty();
    }

    @Test
    void aValidEnergyAppliesAndTheRowsFollowIt() {
        List<List<QuantitiesViewModel.Row>> seen = new ArrayList<>();
        vm.rowsProperty().addListener((o, a, b) -> seen.add(b));
        assertThat(vm.commit("10GeV")).isEmpty();
        assertThat(vm.energyGeVProperty().get()).isEqualTo(10);
        assertThat(vm.energyTextProperty().get()).isEqualTo("10 GeV");
        assertThat(seen).hasSize(1);
        assertThat(row("rigidity R").value()).isEqualTo(Scenario.defaults().at(10).rigidityGV())
                .isCloseTo(Math.sqrt(10 * 10 + 2 * 10 * 0.938272), within(1e-5)); // p c = √(T² + 2 T m c²), proton
        assertThat(vm.commit("5e3 keV")).isEmpty();
        assertThat(vm.energyTextProperty().get()).isEqualTo("5 MeV");
    }

    @Test
    void aBadEnergyKeepsTheLastGoodOneAndSaysWhichIsShown() {
        vm.commit("10 GeV");
        var before = vm.rows();
        var problem = vm.commit("10 parsecs");
        assertThat(problem).hasValueSatisfying(m -> assertThat(m).endsWith(" — showing 10 GeV"));
        assertThat(vm.errorProperty().get()).isEqualTo(problem.get());
        assertThat(vm.commit("1e9 PeV")).hasValueSatisfying(m -> assertThat(m).contains("outside", "showing 10 GeV"));
        assertThat(vm.energyGeVProperty().get()).isEqualTo(10);
        assertThat(vm.rows()).isSameAs(before);
        assertThat(vm.commit("1 TeV")).isEmpty();
        assertThat(vm.errorProperty().get()).as("a good energy clears the message").isEmpty();
    }

    @Test
    void theRowsFollowTheScenarioAndItsUndo() {
        double lmfp = row("mean free path ℓ_mfp").value();
        model.change(model.scenario().with(Parameters.DELTA_S, 0.7).withSpecies(Species.of(2, 4)));
        Scenario now = model.scenario();
        assertThat(row("mean free path ℓ_mfp").value()).isEqualTo(now.at(1).meanFreePathPc()).isNotEqualTo(lmfp);
        model.undo();
        assertThat(row("mean free path ℓ_mfp").value()).isEqualTo(lmfp);
    }

    @Test
    void valuesAreWrittenWithFourDigitsAndAShortExponent() {
        assertThat(QuantitiesViewModel.valueText(10.9543)).isEqualTo("10.95");
        assertThat(QuantitiesViewModel.valueText(1.23456e5)).isEqualTo("1.235e5");
        assertThat(QuantitiesViewModel.valueText(2e-7)).isEqualTo("2.000e-7");
        assertThat(QuantitiesViewModel.valueText(3.2e-12)).isEqualTo("3.200e-12");
        assertThat(QuantitiesViewModel.valueText(4.5e21)).isEqualTo("4.500e21");
        assertThat(new QuantitiesViewModel.Row("x", 1.23456e5, "", "").valueText()).isEqualTo("1.235e5");
    }
}
