package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.figure.FigureStyle;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.teaching.TourStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Classroom mode's view model and the appearance, without a window. */
class ClassroomViewModelTest {
    private final ExplorerModel model = new ExplorerModel(List.of(CatalogReader.readBuiltin()));
    private final PlotsViewModel plots = new PlotsViewModel(model, new Appearance());
    private final ClassroomViewModel vm = new ClassroomViewModel(model, plots);
    private final Appearance look = vm.appearance();

    @TempDir
    Path dir;

    @Test
    void theThreeSwitchesSelectTheFigureStyle() {
        assertThat(look.style()).isEqualTo(FigureStyle.PAPER);
        look.presentationProperty().set(true);
        assertThat(look.style()).isEqualTo(FigureStyle.PRESENTATION);
        look.darkProperty().set(true);
        assertThat(look.style()).isEqualTo(FigureStyle.PRESENTATION_DARK);
        look.highContrastProperty().set(true);
        assertThat(look.style()).as("the projector palette has no dark variant").isEqualTo(FigureStyle.PRESENTATION_DARK);
        look.darkProperty().set(false);
        assertThat(look.style().name()).isEqualTo("presentation+HIGH_CONTRAST".replace("HIGH_CONTRAST",
                org.hillasexplorer.figure.Palette.HIGH_CONTRAST.name()));
        assertThat(look.styleName()).isEqualTo("presentation");
        assertThat(Appearance.style(false, true, false)).isEqualTo(FigureStyle.DARK);
    }

    @Test
    void presentationModeHidesTheSidePanelsAndBringsThemBack() {
        assertThat(vm.sidePanelsProperty().get()).isTrue();
        vm.setPresentation(true);
        assertThat(look.presentationProperty().get()).isTrue();
        assertThat(vm.sidePanelsProperty().get()).isFalse();
        look.presentationProperty().set(false); // Esc, or the toolbar's toggle
        assertThat(vm.sidePanelsProperty().get()).isTrue();
    }

    @Test
    void eachTourStepSetsUpThePlotsAndIsOneUndoStep() {
        model.update(s -> s.withCatalogFiles(List.of("/data/mine.csv")));
        model.change(model.scenario().with(Parameters.DELTA_S, 0.9));
        ExplorerState before = model.state();
        vm.startTour();
        assertThat(vm.tourStep()).isZero();
        assertThat(vm.sidePanelsProperty().get()).as("the tour gets the room").isFalse();
        for (int i = 0; i < vm.tourSteps().size(); i++) {
            TourStep s = vm.tourSteps().get(i);
            assertThat(vm.tourStep()).isEqualTo(i);
            assertThat(model.state()).isEqualTo(s.state().withCatalogFiles(List.of("/data/mine.csv")));
            assertThat(plots.rigidityViewProperty().get()).isEqualTo(s.showRigidityView());
            assertThat(plots.highlightsProperty().get()).isEqualTo(s.highlights());
            if (i < vm.tourSteps().size() - 1) {
                vm.next();
            }
        }
        vm.back();
        assertThat(vm.tourStep()).isEqualTo(vm.tourSteps().size() - 2);
        vm.go(-1);
        vm.go(99);
        assertThat(vm.tourStep()).as("outside the steps nothing happens").isEqualTo(vm.tourSteps().size() - 2);
        vm.next();
        vm.next(); // Finish
        assertThat(vm.tourStep()).isEqualTo(-1);
        assertThat(plots.highlightsProperty().get()).isEmpty();
        assertThat(vm.sidePanelsProperty().get()).isTrue();
        while (!model.state().equals(before) && model.canUndoProperty().get()) {
            model.undo();
        }
        assertThat(model.state()).as("the steps undo back to where the tour began").isEqualTo(before);
    }

    @Test
    void leavingTheTourInPresentationModeKeepsThePlotsAlone() {
        vm.setPresentation(true);
        vm.startTour();
        vm.leaveTour();
        assertThat(vm.sidePanelsProperty().get()).isFalse();
    }

    @Test
    void snapshotsGetSortableNamesThatAreNotTakenYet() throws Exception {
        LocalDateTime t = LocalDateTime.of(2024, 2, 3, 14, 5, 9);
        Path first = ClassroomViewModel.snapshotFile(dir, t).orElseThrow();
        assertThat(first.getFileName().toString()).isEqualTo("hillas-20240203-140509-01.png");
        Files.createFile(first);
        assertThat(ClassroomViewModel.snapshotFile(dir, t).orElseThrow().getFileName().toString())
                .isEqualTo("hillas-20240203-140509-02.png");
    }

    @Test
    void theTitleSaysWhichFileAndWhetherItIsSaved() {
        assertThat(FileLifecycle.title(null, false)).isEqualTo("untitled — Hillas Explorer");
        assertThat(FileLifecycle.title(Path.of("/w/mine.json"), true)).isEqualTo("• mine.json — Hillas Explorer");
        assertThat(FileLifecycle.isFigure(Path.of("a.PNG"))).isTrue();
        assertThat(FileLifecycle.isFigure(Path.of("a.json"))).isFalse();
    }
}
