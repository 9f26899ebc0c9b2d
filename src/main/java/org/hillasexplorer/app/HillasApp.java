package org.hillasexplorer.app;

import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.hillasexplorer.catalog.CatalogReader;

/**
 * The JavaFX application: one main window with the built-in catalogue, autosaved ({@link AutosaveSession}) so that
 * the work survives a crash or a kill.
 */
public final class HillasApp extends Application {
    private AutosaveSession autosave;

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage, List.of(CatalogReader.readBuiltin()), AppPreferences.user());
        stage.getIcons().addAll(Icons.load());
        StartupProbe.installIfRequested(stage.getScene());
        stage.show();
        window.plots().refresh();
        // before the files given on the command line: restored work is then theirs to replace (asking first)
        autosave = AutosaveSession.start(window, stage).orElse(null);
        for (String f : getParameters().getRaw()) {
            window.files().addDroppedFile(java.nio.file.Path.of(f));
        }
    }

    /** A clean exit (the window closed, or Quit): the autosave is no longer needed. */
    @Override
    public void stop() {
        if (autosave != null) {
            autosave.close();
        }
    }
}
