package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.Layout;
import org.junit.jupiter.api.Test;

/** The window's state and whole-state undo, without a window. */
class ExplorerModelTest {
    private final ExplorerModel model = new ExplorerModel(List.of(CatalogReader.readBuiltin()));

    private static final ViewRange ZOOM = new ViewRange(0, 4, -12, -2);

    @Test
    void undoAndRedoCoverEveryPartOfTheState() {
        List<java.util.function.UnaryOperator<ExplorerState>> edits = List.of(
                s -> s.withScenario(s.scenario().with(Parameters.DELTA_S, 0.7)),
                s -> s.withHiddenEnergyClasses(Set.of("TeV")),
                s -> s.withHiddenCandidates(Set.of("gmcs")),
                s -> s.withShownElements(Set.of(FigureOptions.Element.LEGEND)),
                s -> s.withLayout(Layout.STACKED),
                s -> s.withView(Plane.NUMBER_DENSITY, ZOOM),
                s -> s.withPopulations(List.of(IntermittentModelPopulation.paper())),
                s -> s.withCatalogFiles(List.of("/data/mine.csv")));
        List<ExplorerState> seen = new ArrayList<>(List.of(model.state()));
        for (var edit : edits) {
            model.update(edit);
            seen.add(model.state());
        }
        assertThat(seen).doesNotHaveDuplicates();
        for (int i = seen.size() - 2; i >= 0; i--) {
            model.undo();
            assertThat(model.state()).isEqualTo(seen.get(i));
        }
        assertThat(model.state()).isEqualTo(ExplorerState.defaults());
        assertThat(model.canUndoProperty().get()).isFalse();
        for (int i = 1; i < seen.size(); i++) {
            model.redo();
            assertThat(model.state()).isEqualTo(seen.get(i));
        }
        assertThat(model.canRedoProperty().get()).isFalse();
    }

    @Test
    void aGestureIsOneStepHoweverManyEditsItMakes() {
        ExplorerModel.Gesture drag = model.beginGesture();
        for (double d = 0.51; d < 0.9; d += 0.01) {
            double v = d;
            model.update(s -> s.withScenario(s.scenario().with(Parameters.DELTA_S, v)));
            model.update(s -> s.withView(Plane.FILLING_FACTOR, new ViewRange(-v, 4, -6, 0)));
        }
        drag.end();
        assertThat(model.scenario().deltaS()).isGreaterThan(0.85);
        model.undo();
        assertThat(model.state()).isEqualTo(ExplorerState.defaults());
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void aGestureThatChangesNothingLeavesNoStep() {
        model.beginGesture().end();
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void aGestureBegunDuringAnotherJoinsItAndEndingItEarlyChangesNothing() {
        ExplorerModel.Gesture animation = model.beginGesture();
        model.change(model.scenario().with(Parameters.B_MICROGAUSS, 5));
        ExplorerModel.Gesture wheel = model.beginGesture();
        model.update(s -> s.withView(Plane.NUMBER_DENSITY, ZOOM));
        wheel.end(); // joined: the animation's gesture goes on
        assertThat(model.inGesture()).isTrue();
        model.change(model.scenario().with(Parameters.B_MICROGAUSS, 7));
        animation.end();
        assertThat(model.inGesture()).isFalse();
        model.undo();
        assertThat(model.state()).isEqualTo(ExplorerState.defaults());
    }

    @Test
    void undoEndsAGestureAndItsLateEndDoesNothing() {
        ExplorerModel.Gesture drag = model.beginGesture();
        model.change(model.scenario().with(Parameters.DELTA_S, 0.8));
        model.undo();
        assertThat(model.inGesture()).isFalse();
        ExplorerModel.Gesture next = model.beginGesture();
        drag.end(); // stale: must not end the new gesture
        assertThat(model.inGesture()).isTrue();
        next.end();
    }

    @Test
    void aBatchIsOneStep() {
        model.batch(() -> {
            model.change(model.scenario().with(Parameters.DELTA_S, 0.3));
            model.update(s -> s.withLayout(Layout.FILLING_FACTOR_ONLY));
            model.addPopulation(IntermittentModelPopulation.paper());
        });
        assertThat(model.populations()).hasSize(1);
        model.undo();
        assertThat(model.state()).isEqualTo(ExplorerState.defaults());
    }

    @Test
    void aNewEditForgetsWhatCouldBeRedone() {
        model.change(model.scenario().with(Parameters.DELTA_S, 0.3));
        model.undo();
        assertThat(model.canRedoProperty().get()).isTrue();
        model.update(s -> s.withLayout(Layout.STACKED));
        assertThat(model.canRedoProperty().get()).isFalse();
        model.redo(); // nothing to redo: nothing happens
        assertThat(model.layout()).isEqualTo(Layout.STACKED);
        assertThat(model.scenario().deltaS()).isEqualTo(0.5);
    }

    @Test
    void anEditThatChangesNothingIsNoStep() {
        model.change(Scenario.defaults());
        model.update(s -> s);
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void applyTakesAWholeStateAsOneStepButKeepsTheLoadedCatalogueFiles() {
        model.update(s -> s.withCatalogFiles(List.of("/data/mine.csv")));
        ExplorerState other = ExplorerState.defaults().withScenario(Scenario.defaults().with(Parameters.NU0_PER_S, 3e-9))
                .withLayout(Layout.STACKED).withHiddenCandidates(Set.of("snrs")).withCatalogFiles(List.of("/elsewhere.csv"));
        model.apply(other);
        assertThat(model.state()).isEqualTo(other.withCatalogFiles(List.of("/data/mine.csv")));
        model.undo();
        assertThat(model.state()).isEqualTo(ExplorerState.defaults().withCatalogFiles(List.of("/data/mine.csv")));
    }

    @Test
    void zoomingIsNotUnsavedWorkButEverythingElseIs() {
        model.update(s -> s.withView(Plane.NUMBER_DENSITY, ZOOM));
        assertThat(model.dirtyProperty().get()).isFalse();
        model.update(s -> ExplorerModel.withViews(s, Map.of()));
        assertThat(model.dirtyProperty().get()).isFalse();
        model.setCandidateShown("gmcs", false);
        assertThat(model.dirtyProperty().get()).isTrue();
        model.dirtyProperty().set(false);
        model.undo();
        assertThat(model.dirtyProperty().get()).as("undoing is a change too").isTrue();
    }

    @Test
    void eachPartChangesOnlyWhenItDoes() {
        List<String> fired = new ArrayList<>();
        model.scenarioProperty().addListener((o, a, b) -> fired.add("scenario"));
        model.layoutProperty().addListener((o, a, b) -> fired.add("layout"));
        model.viewsProperty().addListener((o, a, b) -> fired.add("views"));
        model.hiddenCandidatesProperty().addListener((o, a, b) -> fired.add("hidden"));
        model.populationsProperty().addListener((o, a, b) -> fired.add("populations"));
        model.catalogFilesProperty().addListener((o, a, b) -> fired.add("files"));
        model.update(s -> s.withView(Plane.FILLING_FACTOR, ZOOM));
        model.update(s -> s.withLayout(Layout.STACKED));
        model.setCandidateShown("snrs", false);
        model.setCandidateShown("snrs", false);
        model.addPopulation(IntermittentModelPopulation.paper());
        model.update(s -> s.withCatalogFiles(List.of(Path.of("/a.csv").toString())));
        assertThat(fired).containsExactly("views", "layout", "hidden", "populations", "files");
        assertThat(model.hiddenCandidates()).containsExactly("snrs");
        model.setCandidateShown("snrs", true);
        assertThat(model.hiddenCandidates()).isEmpty();
    }

    @Test
    void theStepStartIsWhatTheCurrentStepReturnsTo() {
        ExplorerState start = model.state();
        ExplorerModel.Gesture drag = model.beginGesture();
        model.change(model.scenario().with(Parameters.DELTA_S, 0.6));
        model.change(model.scenario().with(Parameters.DELTA_S, 0.7));
        assertThat(model.stepStart()).isEqualTo(start);
        drag.end();
        ExplorerState afterDrag = model.state();
        model.undo();
        assertThat(model.stepStart()).as("an undo is a step from where it started").isEqualTo(afterDrag);
    }

    @Test
    void theHistoryKeepsItsLimit() {
        for (int i = 0; i < 250; i++) {
            double b = 1 + i * 0.01;
            model.change(model.scenario().with(Parameters.B_MICROGAUSS, b));
        }
        int undone = 0;
        while (model.canUndoProperty().get()) {
            model.undo();
            undone++;
        }
        assertThat(undone).isEqualTo(200);
    }
}
