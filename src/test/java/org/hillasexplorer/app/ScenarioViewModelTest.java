package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.Layout;
import org.junit.jupiter.api.Test;

/** The scenario panel's view model, without a window. */
class ScenarioViewModelTest {
    private final ExplorerModel model = new ExplorerModel(List.of(CatalogReader.readBuiltin()));
    private final ScenarioViewModel vm = new ScenarioViewModel(model);

    @Test
    void aValueIsClampedToItsRange() {
        vm.set(Parameters.DELTA_S, 7);
        assertThat(vm.value(Parameters.DELTA_S)).isEqualTo(1.5);
        vm.set(Parameters.B_MICROGAUSS, 1e-9);
        assertThat(model.scenario().bMicroGauss()).isEqualTo(0.01);
    }

    @Test
    void aTypedValueWithUnitsAppliesAndABadOneSaysWhatWasKept() {
        assertThat(vm.type(Parameters.B_MICROGAUSS, " 0.3 nT ")).isEmpty();
        assertThat(model.scenario().bMicroGauss()).isEqualTo(3.0);
        assertThat(vm.type(Parameters.B_MICROGAUSS, "30")).isEmpty();
        assertThat(vm.type(Parameters.B_MICROGAUSS, "5000")).hasValueSatisfying(m ->
                assertThat(m).contains("B = 5000 μG is outside [0.01, 1000] μG", "kept 30"));
        assertThat(vm.type(Parameters.B_MICROGAUSS, "5 TeV")).hasValueSatisfying(m ->
                assertThat(m).contains("TeV is an energy; this field is a magnetic field"));
        assertThat(vm.type(Parameters.DELTA_S, "abc")).hasValueSatisfying(m -> assertThat(m).contains("'abc' is not a number"));
        assertThat(model.scenario().bMicroGauss()).isEqualTo(30.0);
        assertThat(model.scenario().deltaS()).isEqualTo(0.5);
    }

    @Test
    void slidersOfLogarithmicParametersStandAtTheLogarithmAndGiveThreeDigits() {
        assertThat(ScenarioViewModel.toSlider(Parameters.B_MICROGAUSS, 100)).isEqualTo(2.0);
        assertThat(ScenarioViewModel.toSlider(Parameters.DELTA_S, 0.5)).isEqualTo(0.5);
        assertThat(ScenarioViewModel.fromSlider(Parameters.B_MICROGAUSS, 0.5)).isEqualTo(3.16);
        assertThat(ScenarioViewModel.fromSlider(Parameters.DELTA_S, 0.5123456)).isEqualTo(0.512);
        assertThat(ScenarioViewModel.tidy(0)).isZero();
        assertThat(ScenarioViewModel.tidy(123456)).isEqualTo(123000);
    }

    @Test
    void aDragIsOneUndoStep() {
        ExplorerModel.Gesture drag = vm.beginDrag();
        for (int i = 1; i <= 9; i++) {
            vm.set(Parameters.DELTA_S, ScenarioViewModel.fromSlider(Parameters.DELTA_S, i / 10.0));
        }
        drag.end();
        assertThat(vm.value(Parameters.DELTA_S)).isCloseTo(0.9, within(1e-9));
        model.undo();
        assertThat(model.scenario()).isEqualTo(Scenario.defaults());
    }

    @Test
    void theAspectRatioIsOffForSpheres() {
        assertThat(vm.aspectDisabledProperty().get()).isTrue();
        vm.setDimensionality(2);
        assertThat(model.scenario().dimensionality()).isEqualTo(2);
        assertThat(vm.aspectDisabledProperty().get()).isFalse();
        vm.setDimensionality(0);
        assertThat(vm.aspectDisabledProperty().get()).isTrue();
    }

    @Test
    void defaultsResetOnlyTheParametersAndAPresetAllButThePopulations() {
        model.update(s -> s.withLayout(Layout.STACKED).withHiddenCandidates(Set.of("gmcs"))
                .withPopulations(List.of(IntermittentModelPopulation.paper())));
        vm.set(Parameters.DELTA_S, 1.0);
        vm.resetToDefaults();
        assertThat(model.scenario()).isEqualTo(Scenario.defaults());
        assertThat(model.layout()).isEqualTo(Layout.STACKED);
        assertThat(model.hiddenCandidates()).containsExactly("gmcs");

        vm.set(Parameters.NU0_PER_S, 3e-9);
        model.update(s -> s.withView(Plane.NUMBER_DENSITY, new org.hillasexplorer.figure.ViewRange(0, 3, -10, -5)));
        vm.applyPreset(Layout.FILLING_FACTOR_ONLY);
        assertThat(model.state()).isEqualTo(ExplorerState.defaults().withLayout(Layout.FILLING_FACTOR_ONLY)
                .withPopulations(List.of(IntermittentModelPopulation.paper())));
        model.undo();
        assertThat(model.scenario().nu0PerS()).as("a preset is one step").isEqualTo(3e-9);
        assertThat(model.layout()).isEqualTo(Layout.STACKED);
    }
}
