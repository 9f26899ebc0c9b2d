package org.hillasexplorer.app;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.hillasexplorer.catalog.Catalog;
import org.hillasexplorer.figure.CandidateLayer;
import org.hillasexplorer.figure.CatalogLayers;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.Layout;

/**
 * The view model of the main window: every piece of state a view shows, as JavaFX properties. Views bind to it;
 * a control writes exactly one property. Scenario changes are undoable; a slider drag is one undo step.
 */
final class ExplorerModel {
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(this, "scenario", Scenario.defaults());
    private final ObservableSet<String> hiddenEnergyClasses = FXCollections.observableSet();
    private final ObservableSet<String> hiddenCandidates = FXCollections.observableSet();
    private final ObservableSet<FigureOptions.Element> shownElements =
            FXCollections.observableSet(EnumSet.copyOf(FigureOptions.defaults(Plane.NUMBER_DENSITY).shown()));
    private final ObjectProperty<Layout> layout = new SimpleObjectProperty<>(this, "layout", Layout.SIDE_BY_SIDE);
    private final Map<Plane, ObjectProperty<ViewRange>> views = new HashMap<>();
    private final ObservableList<Catalog> catalogs = FXCollections.observableArrayList();
    private final ObservableList<org.hillasexplorer.physics.Population> populations = FXCollections.observableArrayList();
    private final javafx.beans.property.BooleanProperty rigidityView = new SimpleBooleanProperty(this, "rigidityView", false);
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation", false);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final BooleanProperty highContrast = new SimpleBooleanProperty(this, "highContrast", false);
    private final BooleanProperty ghostShown = new SimpleBooleanProperty(this, "ghostShown", false);
    private final BooleanProperty ghostPinned = new SimpleBooleanProperty(this, "ghostPinned", false);
    private final ObjectProperty<Scenario> ghost = new SimpleObjectProperty<>(this, "ghost");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty", false);
    private final UndoHistory<Scenario> history = new UndoHistory<>(200);
    private boolean inGesture;

    ExplorerModel(List<Catalog> initialCatalogs) {
        for (Plane p : Plane.values()) {
            views.put(p, new SimpleObjectProperty<>(this, "view-" + p.key()));
        }
        catalogs.setAll(initialCatalogs);
        Observable[] saved = {scenario, hiddenEnergyClasses, hiddenCandidates, shownElements, layout, populations};
        for (Observable o : saved) {
            o.addListener(x -> dirty.set(true));
        }
    }

    ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    Scenario scenario() {
        return scenario.get();
    }

    /** Sets a new scenario, recording the old one for undo (once per gesture while a slider is dragged). */
    void change(Scenario next) {
        Scenario current = scenario.get();
        if (next.equals(current)) {
            return;
        }
        if (!inGesture) {
            history.record(current);
            followGhost(current);
        }
        scenario.set(next);
    }

    /** Unless pinned, the ghost is the state before the last change (a whole drag counts as one change). */
    private void followGhost(Scenario before) {
        if (!ghostPinned.get()) {
            ghost.set(before);
        }
    }

    /** Whether the faint outline of an earlier state is drawn. */
    BooleanProperty ghostShownProperty() {
        return ghostShown;
    }

    /** Whether the ghost is a pinned reference rather than the previous state. */
    BooleanProperty ghostPinnedProperty() {
        return ghostPinned;
    }

    /** The state the ghost outlines (null before any change). */
    ObjectProperty<Scenario> ghostProperty() {
        return ghost;
    }

    /** Pins the current state as the reference the ghost shows until unpinned. */
    void pinGhost() {
        ghost.set(scenario.get());
        ghostPinned.set(true);
        ghostShown.set(true);
    }

    /** A continuous gesture (slider drag) begins: the state now is what one undo returns to. */
    void beginGesture() {
        if (!inGesture) {
            history.record(scenario.get());
            followGhost(scenario.get());
            inGesture = true;
        }
    }

    /** The gesture ended. */
    void endGesture() {
        inGesture = false;
    }

    void undo() {
        inGesture = false;
        followGhost(scenario.get());
        scenario.set(history.undo(scenario.get()));
    }

    void redo() {
        inGesture = false;
        followGhost(scenario.get());
        scenario.set(history.redo(scenario.get()));
    }

    UndoHistory<Scenario> history() {
        return history;
    }

    ObservableSet<String> hiddenEnergyClasses() {
        return hiddenEnergyClasses;
    }

    ObservableSet<String> hiddenCandidates() {
        return hiddenCandidates;
    }

    ObservableSet<FigureOptions.Element> shownElements() {
        return shownElements;
    }

    ObjectProperty<Layout> layoutProperty() {
        return layout;
    }

    /** The explicit view of {@code plane}; null means automatic. */
    ObjectProperty<ViewRange> viewProperty(Plane plane) {
        return views.get(plane);
    }

    ObservableList<Catalog> catalogs() {
        return catalogs;
    }

    /** Candidate populations described by curves. */
    ObservableList<org.hillasexplorer.physics.Population> populations() {
        return populations;
    }

    /** Whether the third plot, ℓ_mfp against rigidity, is shown. */
    javafx.beans.property.BooleanProperty rigidityViewProperty() {
        return rigidityView;
    }

    /** Presentation mode: large fonts, heavy lines, essentials only. */
    BooleanProperty presentationProperty() {
        return presentation;
    }

    /** Dark theme for window and figures. */
    BooleanProperty darkProperty() {
        return dark;
    }

    /** The projector palette (high contrast, still colour-blind safe) instead of the paper one. */
    BooleanProperty highContrastProperty() {
        return highContrast;
    }

    /** The figure style the three switches above select. */
    org.hillasexplorer.figure.FigureStyle style() {
        var base = presentation.get()
                ? (dark.get() ? org.hillasexplorer.figure.FigureStyle.PRESENTATION_DARK : org.hillasexplorer.figure.FigureStyle.PRESENTATION)
                : (dark.get() ? org.hillasexplorer.figure.FigureStyle.DARK : org.hillasexplorer.figure.FigureStyle.PAPER);
        if (highContrast.get() && !dark.get()) {
            return withPalette(base, org.hillasexplorer.figure.Palette.HIGH_CONTRAST);
        }
        return base;
    }

    private static org.hillasexplorer.figure.FigureStyle withPalette(org.hillasexplorer.figure.FigureStyle s,
                                                                   org.hillasexplorer.figure.Palette p) {
        return new org.hillasexplorer.figure.FigureStyle(s.name() + "+" + p.name(), s.fontFamily(), s.titleSizePt(),
                s.axisLabelSizePt(), s.tickLabelSizePt(), s.annotationSizePt(), s.legendSizePt(), s.bandOutlineWidthPx(),
                s.boxOutlineWidthPx(), s.locusWidthPx(), s.frameWidthPx(), s.gridWidthPx(), s.bandFillAlpha(),
                s.boxFillAlpha(), s.modelFillAlpha(), p);
    }

    ObjectProperty<Path> fileProperty() {
        return file;
    }

    BooleanProperty dirtyProperty() {
        return dirty;
    }

    /** Every candidate box of {@code plane} (hidden ones included: {@link #options} says which are drawn). */
    List<CandidateLayer> layers(Plane plane) {
        return CatalogLayers.on(plane, catalogs);
    }

    /** The figure options of {@code plane}, with {@code view} as the explicit view. */
    FigureOptions options(Plane plane, ViewRange view) {
        FigureOptions o = FigureOptions.defaults(plane).withHiddenEnergyClasses(Set.copyOf(hiddenEnergyClasses))
                .withHiddenCandidates(Set.copyOf(hiddenCandidates)).withView(view).withStyle(style());
        for (FigureOptions.Element e : FigureOptions.Element.values()) {
            o = o.with(e, shownElements.contains(e));
        }
        return o;
    }

    /** The whole state, for saving. */
    ExplorerState toState() {
        Map<Plane, ViewRange> v = new HashMap<>();
        for (Plane p : Plane.values()) {
            if (views.get(p).get() != null) {
                v.put(p, views.get(p).get());
            }
        }
        return new ExplorerState(scenario.get(), v, Set.copyOf(hiddenEnergyClasses), Set.copyOf(hiddenCandidates),
                shownElements.isEmpty() ? Set.of() : EnumSet.copyOf(shownElements), layout.get(), List.copyOf(populations),
                List.of());
    }

    /**
     * Replaces the whole state (opening a file, a preset); the scenario change is undoable. Catalogue files are the
     * window's business ({@link UserCatalogs}).
     */
    void apply(ExplorerState s) {
        change(s.scenario());
        hiddenEnergyClasses.retainAll(s.hiddenEnergyClasses());
        hiddenEnergyClasses.addAll(s.hiddenEnergyClasses());
        hiddenCandidates.retainAll(s.hiddenCandidates());
        hiddenCandidates.addAll(s.hiddenCandidates());
        shownElements.retainAll(s.shownElements());
        shownElements.addAll(s.shownElements());
        layout.set(s.layout());
        populations.setAll(s.populations());
        for (Plane p : Plane.values()) {
            views.get(p).set(s.views().get(p));
        }
    }
}
