package org.hillasexplorer.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.teaching.GuidedTour;
import org.hillasexplorer.teaching.TourStep;

/**
 * Classroom mode without its toolbar and card: presentation mode, the guided tour (which step, applying it),
 * whether the side panels are shown, and how snapshots are named.
 */
final class ClassroomViewModel {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private final ExplorerModel model;
    private final PlotsViewModel plots;
    private final Appearance look;
    private final List<TourStep> steps = GuidedTour.paper();
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", -1);
    private final ReadOnlyBooleanWrapper sidePanels = new ReadOnlyBooleanWrapper(this, "sidePanels", true);
    /** What the user had before the tour: given back when it is left. */
    private ExplorerState beforeTour;
    private boolean rigidityBeforeTour;
    private boolean dirtyBeforeTour;

    ClassroomViewModel(ExplorerModel model, PlotsViewModel plots) {
        this.model = model;
        this.plots = plots;
        this.look = plots.appearance();
        look.presentationProperty().addListener((o, a, b) -> sidePanels.set(!b));
    }

    Appearance appearance() {
        return look;
    }

    /** Enters or leaves presentation mode: the plots get the room, the side panels go (and come back). */
    void setPresentation(boolean on) {
        look.presentationProperty().set(on);
        sidePanels.set(!on);
    }

    /** Whether the parameter, catalogue and population panels are shown beside the plots. */
    ReadOnlyBooleanProperty sidePanelsProperty() {
        return sidePanels.getReadOnlyProperty();
    }

    // ---------------------------------------------------------------- the tour

    List<TourStep> tourSteps() {
        return steps;
    }

    /** The step shown, 0-based, or −1 when the tour is not running. */
    ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    int tourStep() {
        return step.get();
    }

    /**
     * Starts the guided tour at its first step; the tour drives the parameters, so the plots get the room. The whole
     * state before it (scenario, layers, layout, views, populations, the third plot, unsaved-work mark) is kept, to be
     * given back on leaving. Starting again during the tour goes back to step 1 and keeps the first snapshot.
     */
    void startTour() {
        if (step.get() < 0) {
            beforeTour = model.state();
            rigidityBeforeTour = plots.rigidityViewProperty().get();
            dirtyBeforeTour = model.dirtyProperty().get();
        }
        sidePanels.set(false);
        go(0);
    }

    /**
     * Shows step {@code i} (0-based): its parameters, layers and view (one undo step; the catalogue files stay), the
     * rigidity view if it needs it, and its highlights. Outside the steps nothing happens.
     */
    void go(int i) {
        if (i < 0 || i >= steps.size()) {
            return;
        }
        TourStep s = steps.get(i);
        model.apply(s.state());
        plots.rigidityViewProperty().set(s.showRigidityView());
        plots.highlightsProperty().set(s.highlights());
        step.set(i);
    }

    /** The next step, or leaving the tour after the last. */
    void next() {
        if (step.get() == steps.size() - 1) {
            leaveTour();
        } else {
            go(step.get() + 1);
        }
    }

    void back() {
        go(step.get() - 1);
    }

    /**
     * Leaves the tour (at any step, or after the last): the state from before the tour comes back exactly, as one more
     * undo step (so undo returns to the tour's last step), and so do the third plot and the unsaved-work mark.
     */
    void leaveTour() {
        if (step.get() < 0) {
            return;
        }
        step.set(-1);
        plots.highlightsProperty().set(List.of());
        if (beforeTour != null) {
            ExplorerState back = beforeTour;
            model.update(now -> back.withCatalogFiles(now.catalogFiles()));
            plots.rigidityViewProperty().set(rigidityBeforeTour);
            model.dirtyProperty().set(dirtyBeforeTour);
            beforeTour = null;
        }
        sidePanels.set(!look.presentationProperty().get());
    }

    /** The state the tour will give back on leaving, or null outside the tour. */
    ExplorerState stateBeforeTour() {
        return beforeTour;
    }

    // ---------------------------------------------------------------- snapshots

    /**
     * The file the next snapshot taken at {@code now} goes to in {@code folder}: a sortable
     * {@code hillas-YYYYMMDD-HHMMSS-NN.png} that is not there yet, or empty if 999 were taken that second.
     */
    static Optional<Path> snapshotFile(Path folder, LocalDateTime now) {
        String stamp = STAMP.format(now);
        for (int n = 1; n < 1000; n++) {
            Path candidate = folder.resolve(String.format(Locale.ROOT, "hillas-%s-%02d.png", stamp, n));
            if (!Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
