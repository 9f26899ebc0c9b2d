package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.Layout;

/** Whole-state undo for random runs of edits and gestures: undoing all returns to the start, redoing all to the end. */
class UndoProperties {
    /** One edit of one part of the state, or a gesture of several. */
    record Edit(String name, List<UnaryOperator<ExplorerState>> steps) {
        @Override
        public String toString() {
            return name + "×" + steps.size();
        }
    }

    @Provide
    Arbitrary<List<Edit>> runs() {
        Arbitrary<UnaryOperator<ExplorerState>> one = Arbitraries.oneOf(
                Arbitraries.doubles().between(0, 1.5).map(d -> s -> s.withScenario(s.scenario().with(Parameters.DELTA_S, d))),
                Arbitraries.of(Layout.values()).map(l -> s -> s.withLayout(l)),
                Arbitraries.of("MeV", "GeV", "TeV").map(c -> s -> s.withHiddenEnergyClasses(ExplorerModel.with(s.hiddenEnergyClasses(), c,
                        !s.hiddenEnergyClasses().contains(c)))),
                Arbitraries.of(FigureOptions.Element.values()).map(e -> s -> s.withShownElements(ExplorerModel.with(s.shownElements(), e,
                        !s.shownElements().contains(e)))),
                Arbitraries.doubles().between(-3, 3).map(x -> s -> s.withView(Plane.NUMBER_DENSITY, new ViewRange(x, x + 4, -12, -2))),
                Arbitraries.of(true, false).map(on -> s -> s.withPopulations(on ? List.of(IntermittentModelPopulation.paper()) : List.of())),
                Arbitraries.of("/a.csv", "/b.csv").map(f -> s -> s.withCatalogFiles(List.of(f))),
                Arbitraries.of("gmcs", "snrs").map(id -> s -> s.withHiddenCandidates(Set.of(id))));
        Arbitrary<Edit> edit = Arbitraries.oneOf(one.map(e -> new Edit("edit", List.of(e))),
                one.list().ofMinSize(1).ofMaxSize(6).map(l -> new Edit("gesture", l)));
        return edit.list().ofMaxSize(25);
    }

    @Property(tries = 200)
    void undoingEverythingReturnsToTheStartAndRedoingToTheEnd(@ForAll("runs") List<Edit> run) {
        ExplorerModel model = new ExplorerModel(List.of(CatalogReader.readBuiltin()));
        List<ExplorerState> after = new ArrayList<>(List.of(model.state()));
        for (Edit e : run) {
            ExplorerModel.Gesture g = e.steps().size() > 1 ? model.beginGesture() : null;
            e.steps().forEach(model::update);
            if (g != null) {
                g.end();
            }
            if (!model.state().equals(after.get(after.size() - 1))) {
                after.add(model.state());
            }
        }
        ExplorerState end = model.state();
        for (int i = after.size() - 2; i >= 0; i--) {
            model.undo();
            assertThat(model.state()).isEqualTo(after.get(i));
        }
        assertThat(model.canUndoProperty().get()).isFalse();
        while (model.canRedoProperty().get()) {
            model.redo();
        }
        assertThat(model.state()).isEqualTo(end);
    }
}
