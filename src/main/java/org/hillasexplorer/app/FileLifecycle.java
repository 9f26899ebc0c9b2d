package org.hillasexplorer.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.hillasexplorer.catalog.CatalogException;
import org.hillasexplorer.catalog.CurveReader;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.FigureState;
import org.hillasexplorer.session.ScenarioFile;
import org.hillasexplorer.session.ScenarioFileException;

/**
 * The scenario file of the window: open (a scenario or a figure that carries its state), save, save as, the recent
 * files, what a dropped file becomes, whether there is unsaved work (the title says so) and asking before it is lost.
 */
final class FileLifecycle {
    private final Stage stage;
    private final ExplorerModel model;
    private final AppPreferences prefs;
    private final Notices notices;
    private final CatalogueFiles catalogues;
    private final PopulationsViewModel populations;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final StringBinding title;

    FileLifecycle(Stage stage, ExplorerModel model, AppPreferences prefs, Notices notices, CatalogueFiles catalogues,
                  PopulationsViewModel populations) {
        this.stage = stage;
        this.model = model;
        this.prefs = prefs;
        this.notices = notices;
        this.catalogues = catalogues;
        this.populations = populations;
        title = Bindings.createStringBinding(() -> title(model.fileProperty().get(), model.dirtyProperty().get()),
                model.fileProperty(), model.dirtyProperty());
        recent.setAll(prefs.recentFiles());
    }

    /** "• mine.json — Hillas Explorer": the file's name (or untitled), marked while there is unsaved work. */
    static String title(Path file, boolean dirty) {
        return (dirty ? "• " : "") + (file == null ? "untitled" : file.getFileName().toString()) + " — " + MainWindow.APP_TITLE;
    }

    /** The window title. */
    StringBinding titleProperty() {
        return title;
    }

    /** The recent scenario files, most recent first. */
    ObservableList<Path> recentFiles() {
        return recent;
    }

    static boolean isFigure(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".svg") || n.endsWith(".pdf");
    }

    /** Opens a scenario file or a figure; on any problem shows the message and leaves the current state as it was. */
    boolean open(Path file) {
        ExplorerState state;
        FigureState figure = null;
        try {
            if (isFigure(file)) {
                figure = FigureState.read(file);
                state = figure.state();
            } else {
                state = ScenarioFile.read(file);
            }
        } catch (ScenarioFileException e) {
            notices.error("Could not open scenario", e.getMessage());
            return false;
        }
        take(state, figure, file);
        if (figure != null) {
            // a figure is not a scenario file: saving must ask for a name rather than overwrite the image
            model.fileProperty().set(null);
            model.dirtyProperty().set(true);
            notices.notice("Restored the state saved in " + file.getFileName());
        } else {
            opened(file);
        }
        return true;
    }

    /** The state read from {@code source}, with the catalogue files it names, as one undo step. */
    private void take(ExplorerState state, FigureState figure, Path source) {
        model.batch(() -> {
            model.apply(state);
            catalogues.reopenNamed(state, figure, source);
        });
    }

    private void opened(Path file) {
        model.fileProperty().set(file);
        model.dirtyProperty().set(false);
        prefs.addRecent(file);
        recent.setAll(prefs.recentFiles());
    }

    /** Opens {@code file} from the recent list, asking first if there is unsaved work. */
    void openRecent(Path file) {
        if (confirmDiscard()) {
            open(file);
        }
    }

    /** Saves to {@code file}; on failure shows why and keeps the previous file untouched. */
    boolean saveTo(Path file) {
        try {
            ScenarioFile.write(model.state(), file);
        } catch (ScenarioFileException e) {
            notices.error("Could not save scenario", e.getMessage());
            return false;
        }
        opened(file);
        return true;
    }

    void save() {
        Path f = model.fileProperty().get();
        if (f == null) {
            saveAsDialog();
        } else {
            saveTo(f);
        }
    }

    void openDialog() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser fc = FileChoosers.of(model.fileProperty().get(), "Open scenario or figure",
                new FileChooser.ExtensionFilter("Scenarios and figures (*.json, *.png, *.svg, *.pdf)", "*.json", "*.png", "*.svg", "*.pdf"),
                new FileChooser.ExtensionFilter("Hillas Explorer scenario (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("Figures made by Hillas Explorer (*.png, *.svg, *.pdf)", "*.png", "*.svg", "*.pdf"));
        java.io.File f = fc.showOpenDialog(stage);
        if (f != null) {
            open(f.toPath());
        }
    }

    void saveAsDialog() {
        FileChooser fc = FileChoosers.of(model.fileProperty().get(), "Save scenario",
                new FileChooser.ExtensionFilter("Hillas Explorer scenario (*.json)", "*.json"));
        fc.setInitialFileName("scenario.json");
        java.io.File f = fc.showSaveDialog(stage);
        if (f != null) {
            saveTo(FileChoosers.withExtension(f.toPath(), ".json", ".json"));
        }
    }

    /**
     * A file dropped on the window: a scenario file or figure opens, a catalogue is added, a two-column curve becomes
     * a population; when it is none of these, one message says what each reader expected.
     */
    void addDroppedFile(Path file) {
        if (isFigure(file)) {
            if (confirmDiscard()) {
                open(file);
            }
            return;
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            try {
                ExplorerState state = ScenarioFile.read(file);
                if (confirmDiscard()) {
                    take(state, null, file);
                    model.fileProperty().set(file);
                    model.dirtyProperty().set(false);
                }
                return;
            } catch (ScenarioFileException notAScenario) {
                // not a scenario: try it as a JSON catalogue below
            }
        }
        Optional<String> refusal = catalogues.tryAdd(file);
        if (refusal.isEmpty()) {
            return;
        }
        try {
            CurveReader.read(file);
            populations.addCurve(file);
        } catch (CatalogException curveRefusal) {
            notices.error("Could not use " + file.getFileName(), "As a catalogue: " + refusal.get()
                    + "\n\nAs a population curve: " + curveRefusal.getMessage());
        }
    }

    /** Quits, asking first if there is unsaved work. */
    void quit() {
        if (confirmDiscard()) {
            saveWindow();
            Platform.exit();
        }
    }

    /** The window is asked to close: true if it may (nothing unsaved, or saved, or discarded). */
    boolean closeRequested() {
        if (!confirmDiscard()) {
            return false;
        }
        saveWindow();
        return true;
    }

    private void saveWindow() {
        prefs.saveWindow(stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    /** True if there is nothing unsaved, or the user chose to save or to discard it. */
    boolean confirmDiscard() {
        if (!model.dirtyProperty().get() || !stage.isShowing()) {
            return true;
        }
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "The scenario has unsaved changes.", saveButton, discard, ButtonType.CANCEL);
        a.initOwner(stage);
        a.setHeaderText("Save the changes to the scenario?");
        Optional<ButtonType> r = a.showAndWait();
        if (r.isEmpty() || r.get() == ButtonType.CANCEL) {
            return false;
        }
        if (r.get() == saveButton) {
            save();
            return !model.dirtyProperty().get();
        }
        return true;
    }
}
