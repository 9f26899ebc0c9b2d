package org.hillasexplorer.app;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hillasexplorer.catalog.Catalog;
import org.hillasexplorer.figure.CandidateLayer;
import org.hillasexplorer.figure.CatalogLayers;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.Layout;

/**
 * The window's state: one immutable {@link ExplorerState} (scenario, visible layers, views, layout, populations,
 * catalogue files) in one property, and undo/redo of the whole of it. Every edit goes through {@link #update}; a
 * gesture (a slider drag, a pan, a wheel zoom, an animation) is one undo step however many edits it makes.
 *
 * <p>Each part of the state is also a read-only property ({@link #scenarioProperty()}, {@link #layoutProperty()}, …)
 * that changes only when that part does, so a panel listens to what it shows. The accessors ({@link #scenario()},
 * …) read the state itself. Besides the state the model holds only what is not saved in it: the loaded catalogues
 * (the built-in one and the files the state names, read by {@link UserCatalogs}), the file and whether it is saved.
 */
final class ExplorerModel {
    private final ReadOnlyObjectWrapper<ExplorerState> state = new ReadOnlyObjectWrapper<>(this, "state", ExplorerState.defaults());
    private final ReadOnlyObjectProperty<Scenario> scenario = derive("scenario", ExplorerState::scenario);
    private final ReadOnlyObjectProperty<Set<String>> hiddenEnergyClasses = derive("hiddenEnergyClasses",
            ExplorerState::hiddenEnergyClasses);
    private final ReadOnlyObjectProperty<Set<String>> hiddenCandidates = derive("hiddenCandidates", ExplorerState::hiddenCandidates);
    private final ReadOnlyObjectProperty<Set<FigureOptions.Element>> shownElements = derive("shownElements",
            ExplorerState::shownElements);
    private final ReadOnlyObjectProperty<Layout> layout = derive("layout", ExplorerState::layout);
    private final ReadOnlyObjectProperty<Map<Plane, ViewRange>> views = derive("views", ExplorerState::views);
    private final ReadOnlyObjectProperty<List<Population>> populations = derive("populations", ExplorerState::populations);
    private final ReadOnlyObjectProperty<List<String>> catalogFiles = derive("catalogFiles", ExplorerState::catalogFiles);
    private final ObservableList<Catalog> catalogs = FXCollections.observableArrayList();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty", false);
    private final UndoHistory<ExplorerState> history = new UndoHistory<>(200);
    private Gesture gesture;
    private final javafx.beans.property.ReadOnlyBooleanWrapper gestureUnderway =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "gestureUnderway", false);
    private boolean gestureStarted;
    private boolean gesturePushed;
    private ExplorerState stepStart = state.get();

    ExplorerModel(List<Catalog> initialCatalogs) {
        catalogs.setAll(initialCatalogs);
        // zooming and panning are not unsaved work; everything else the file holds is
        state.addListener((o, a, b) -> {
            if (!b.equals(withViews(a, b.views()))) {
                dirty.set(true);
            }
        });
    }

    /** A read-only property of one part of the state; it changes only when that part does. */
    <T> ReadOnlyObjectProperty<T> derive(String name, Function<ExplorerState, T> part) {
        ReadOnlyObjectWrapper<T> w = new ReadOnlyObjectWrapper<>(this, name, part.apply(state.get()));
        state.addListener((o, a, b) -> {
            T next = part.apply(b);
            if (!Objects.equals(next, w.get())) {
                w.set(next);
            }
        });
        return w.getReadOnlyProperty();
    }

    // ---------------------------------------------------------------- the state and its edits

    ReadOnlyObjectProperty<ExplorerState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The whole state, as saved, autosaved and undone. */
    ExplorerState state() {
        return state.get();
    }

    /**
     * Replaces the state by {@code edit} of it. Outside a gesture this is one undo step; inside one, the gesture's
     * first edit records the state to return to and later ones only move on.
     */
    void update(UnaryOperator<ExplorerState> edit) {
        ExplorerState before = state.get();
        ExplorerState next = Objects.requireNonNull(edit.apply(before), "edited state");
        if (next.equals(before)) {
            return;
        }
        if (gesture == null) {
            history.record(before);
            stepStart = before;
        } else if (!gestureStarted) {
            gesturePushed = history.record(before);
            stepStart = before;
            gestureStarted = true;
        }
        state.set(next);
    }

    /**
     * Takes over {@code s} (opening a file, a preset, a tour step) as one undo step. The catalogue files stay those
     * loaded now: which files a state names are opened only by {@link CatalogueFiles}, after asking.
     */
    void apply(ExplorerState s) {
        update(now -> s.withCatalogFiles(now.catalogFiles()));
    }

    /** Sets another scenario (one undo step, or part of the gesture under way). */
    void change(Scenario next) {
        update(s -> s.withScenario(next));
    }

    /** Runs {@code edits} as one undo step (or as part of the gesture under way). */
    void batch(Runnable edits) {
        Gesture g = beginGesture();
        try {
            edits.run();
        } finally {
            g.end();
        }
    }

    /**
     * A continuous gesture begins: until it {@linkplain Gesture#end ends}, every edit is part of one undo step. A
     * gesture begun while another is under way joins it (ending it then does nothing).
     */
    Gesture beginGesture() {
        Gesture g = new Gesture();
        if (gesture == null) {
            gesture = g;
            gestureStarted = false;
            gestureUnderway.set(true);
        }
        return g;
    }

    /** Whether a gesture is under way. */
    boolean inGesture() {
        return gesture != null;
    }

    /** True from the start of a gesture (a slider drag, a pan, a wheel zoom, an animation) to its end. */
    ReadOnlyBooleanProperty gestureUnderwayProperty() {
        return gestureUnderway.getReadOnlyProperty();
    }

    /** Back to the state before the last step (ending any gesture). */
    void undo() {
        gesture = null;
        gestureUnderway.set(false);
        if (history.canUndoProperty().get()) {
            stepStart = state.get();
            state.set(history.undo(state.get()));
        }
    }

    /** Forward to the state the last undo left (ending any gesture). */
    void redo() {
        gesture = null;
        gestureUnderway.set(false);
        if (history.canRedoProperty().get()) {
            stepStart = state.get();
            state.set(history.redo(state.get()));
        }
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    /** The state the current (or last) step began from: what one undo returns to, what a ghost outlines. */
    ExplorerState stepStart() {
        return stepStart;
    }

    /** A gesture under way; see {@link #beginGesture()}. */
    final class Gesture {
        private Gesture() {
        }

        /** The gesture ends; a second call, or one after an undo, does nothing. One that ended where it began is no step. */
        void end() {
            if (gesture == this) {
                gesture = null;
                if (gestureStarted && gesturePushed && state.get().equals(stepStart)) {
                    history.forgetLast();
                }
                gestureUnderway.set(false);
            }
        }
    }

    // ---------------------------------------------------------------- the parts

    ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    Scenario scenario() {
        return state.get().scenario();
    }

    ReadOnlyObjectProperty<Set<String>> hiddenEnergyClassesProperty() {
        return hiddenEnergyClasses;
    }

    Set<String> hiddenEnergyClasses() {
        return state.get().hiddenEnergyClasses();
    }

    /** Ids of the catalogue entries and populations that are not drawn. */
    ReadOnlyObjectProperty<Set<String>> hiddenCandidatesProperty() {
        return hiddenCandidates;
    }

    Set<String> hiddenCandidates() {
        return state.get().hiddenCandidates();
    }

    /** Shows or hides the catalogue entry or population {@code id}. */
    void setCandidateShown(String id, boolean shown) {
        update(s -> s.withHiddenCandidates(with(s.hiddenCandidates(), id, !shown)));
    }

    ReadOnlyObjectProperty<Set<FigureOptions.Element>> shownElementsProperty() {
        return shownElements;
    }

    Set<FigureOptions.Element> shownElements() {
        return state.get().shownElements();
    }

    ReadOnlyObjectProperty<Layout> layoutProperty() {
        return layout;
    }

    Layout layout() {
        return state.get().layout();
    }

    /** The explicit views; a plane without one uses the automatic view. */
    ReadOnlyObjectProperty<Map<Plane, ViewRange>> viewsProperty() {
        return views;
    }

    /** The explicit view of {@code plane}, or null for the automatic one. */
    ViewRange view(Plane plane) {
        return state.get().views().get(plane);
    }

    ReadOnlyObjectProperty<List<Population>> populationsProperty() {
        return populations;
    }

    /** Candidate populations described by curves, in the order they were added. */
    List<Population> populations() {
        return state.get().populations();
    }

    /** Adds a population (one undo step). */
    void addPopulation(Population p) {
        update(s -> s.withPopulations(append(s.populations(), p)));
    }

    /** The user catalogue files, as the state names them. */
    ReadOnlyObjectProperty<List<String>> catalogFilesProperty() {
        return catalogFiles;
    }

    // ---------------------------------------------------------------- beside the state

    /** The loaded catalogues: the built-in one, then the user's files ({@link UserCatalogs} keeps it in step). */
    ObservableList<Catalog> catalogs() {
        return catalogs;
    }

    /** Every candidate box of {@code plane} (hidden ones included: the figure options say which are drawn). */
    List<CandidateLayer> layers(Plane plane) {
        return CatalogLayers.on(plane, catalogs);
    }

    /** The scenario file the state was opened from or saved to, or null. */
    ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** Whether the state has changed since it was opened or saved (zooming and panning aside). */
    BooleanProperty dirtyProperty() {
        return dirty;
    }

    // ---------------------------------------------------------------- helpers for the view models

    /** {@code set} with {@code item} in it or not. */
    static <T> Set<T> with(Set<T> set, T item, boolean in) {
        Set<T> out = new HashSet<>(set);
        if (in) {
            out.add(item);
        } else {
            out.remove(item);
        }
        return out;
    }

    /** {@code list} followed by {@code item}. */
    static <T> List<T> append(List<T> list, T item) {
        List<T> out = new java.util.ArrayList<>(list);
        out.add(item);
        return out;
    }

    /** {@code s} with exactly these explicit views. */
    static ExplorerState withViews(ExplorerState s, Map<Plane, ViewRange> views) {
        return new ExplorerState(s.scenario(), views, s.hiddenEnergyClasses(), s.hiddenCandidates(), s.shownElements(),
                s.layout(), s.populations(), s.catalogFiles());
    }
}
