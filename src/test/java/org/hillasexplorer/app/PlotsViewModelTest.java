package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.session.Layout;
import org.hillasexplorer.teaching.GuidedTour;
import org.junit.jupiter.api.Test;

/** The plots' view model, without a window. */
class PlotsViewModelTest {
    private final ExplorerModel model = new ExplorerModel(List.of(CatalogReader.readBuiltin()));
    private final Appearance look = new Appearance();
    private final PlotsViewModel vm = new PlotsViewModel(model, look);

    @Test
    void theLayoutSaysWhichPlanesAreShown() {
        assertThat(vm.visiblePlanes()).containsExactly(Plane.NUMBER_DENSITY, Plane.FILLING_FACTOR);
        vm.setLayout(Layout.FILLING_FACTOR_ONLY);
        assertThat(vm.visiblePlanes()).containsExactly(Plane.FILLING_FACTOR);
        assertThat(PlotsViewModel.planes(Layout.NUMBER_DENSITY_ONLY)).containsExactly(Plane.NUMBER_DENSITY);
        assertThat(PlotsViewModel.planes(Layout.STACKED)).hasSize(2);
        model.undo();
        assertThat(vm.layoutProperty().get()).isEqualTo(Layout.SIDE_BY_SIDE);
    }

    @Test
    void theAutomaticViewsShareOneSizeRange() {
        ViewRange ns = vm.effectiveView(Plane.NUMBER_DENSITY);
        ViewRange fv = vm.effectiveView(Plane.FILLING_FACTOR);
        assertThat(ns.log10XMin()).isEqualTo(fv.log10XMin());
        assertThat(ns.log10XMax()).isEqualTo(fv.log10XMax());
        assertThat(ns.log10YMin()).isNotEqualTo(fv.log10YMin());
    }

    @Test
    void movingOnePlaneGivesTheOtherItsSizeRangeInOneStepAndResetForgetsBoth() {
        ViewRange fvBefore = vm.effectiveView(Plane.FILLING_FACTOR);
        ViewRange zoom = new ViewRange(0, 4, -12, -2);
        vm.moveView(Plane.NUMBER_DENSITY, zoom);
        assertThat(model.view(Plane.NUMBER_DENSITY)).isEqualTo(zoom);
        assertThat(model.view(Plane.FILLING_FACTOR)).isEqualTo(new ViewRange(0, 4, fvBefore.log10YMin(), fvBefore.log10YMax()));
        assertThat(model.dirtyProperty().get()).as("zooming is not unsaved work").isFalse();
        vm.resetView();
        assertThat(model.view(Plane.NUMBER_DENSITY)).isNull();
        assertThat(model.view(Plane.FILLING_FACTOR)).isNull();
        model.undo();
        assertThat(model.view(Plane.NUMBER_DENSITY)).isEqualTo(zoom);
        model.undo();
        assertThat(model.viewsProperty().get()).isEmpty();
    }

    @Test
    void theOptionsFollowTheStateAndTheStyle() {
        model.setCandidateShown("gmcs", false);
        model.update(s -> s.withHiddenEnergyClasses(java.util.Set.of("MeV")));
        vm.setShown(FigureOptions.Element.TITLE, false);
        FigureOptions o = vm.options(Plane.NUMBER_DENSITY, null);
        assertThat(o.showsCandidate("gmcs")).isFalse();
        assertThat(o.showsEnergyClass("MeV")).isFalse();
        assertThat(o.shows(FigureOptions.Element.TITLE)).isFalse();
        assertThat(vm.shows(FigureOptions.Element.LEGEND)).isTrue();
        look.darkProperty().set(true);
        assertThat(vm.options(Plane.NUMBER_DENSITY, null).style()).isEqualTo(look.style());
    }

    @Test
    void aSmallPlotOrAProjectorHasNoLegend() {
        FigureOptions o = vm.options(Plane.NUMBER_DENSITY, null);
        assertThat(PlotsViewModel.fitLegend(o, 800, 600, false).shows(FigureOptions.Element.LEGEND)).isTrue();
        assertThat(PlotsViewModel.fitLegend(o, 0, 0, false).shows(FigureOptions.Element.LEGEND)).as("not laid out yet").isTrue();
        // the thresholds of issue 13: a landscape plane of a 1280 × 720 window (≈ 880 × 300 px) keeps its legend
        assertThat(PlotsViewModel.fitLegend(o, 800, 300, false).shows(FigureOptions.Element.LEGEND)).isTrue();
        assertThat(PlotsViewModel.fitLegend(o, 400, 600, false).shows(FigureOptions.Element.LEGEND)).isFalse();
        assertThat(PlotsViewModel.fitLegend(o, 800, 240, false).shows(FigureOptions.Element.LEGEND)).isFalse();
        assertThat(PlotsViewModel.fitLegend(o, 800, 600, true).shows(FigureOptions.Element.LEGEND)).isFalse();
    }

    @Test
    void theGhostIsTheScenarioBeforeTheLastStepThatChangedItUnlessPinned() {
        assertThat(vm.ghostProperty().get()).isNull();
        ExplorerModel.Gesture drag = model.beginGesture();
        model.change(model.scenario().with(Parameters.DELTA_S, 0.6));
        model.change(model.scenario().with(Parameters.DELTA_S, 0.7));
        drag.end();
        assertThat(vm.ghostProperty().get().deltaS()).as("a whole drag is one change").isEqualTo(0.5);
        vm.moveView(Plane.NUMBER_DENSITY, new ViewRange(0, 4, -12, -2));
        assertThat(vm.ghostProperty().get().deltaS()).as("zooming does not move the ghost").isEqualTo(0.5);
        vm.pinGhost();
        assertThat(vm.ghostShownProperty().get()).isTrue();
        model.change(model.scenario().with(Parameters.DELTA_S, 0.3));
        assertThat(vm.ghostProperty().get().deltaS()).isEqualTo(0.7);
        vm.ghostPinnedProperty().set(false);
        model.change(model.scenario().with(Parameters.DELTA_S, 0.4));
        assertThat(vm.ghostProperty().get().deltaS()).isEqualTo(0.3);
        model.undo();
        assertThat(vm.ghostProperty().get().deltaS()).as("after an undo, what it undid").isEqualTo(0.4);
    }

    @Test
    void highlightsAndTheRigidityViewAreWindowSettingsNotState() {
        vm.highlightsProperty().set(GuidedTour.paper().get(2).highlights());
        vm.rigidityViewProperty().set(true);
        assertThat(model.canUndoProperty().get()).isFalse();
    }
}
