package org.hillasexplorer.app;

import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.hillasexplorer.catalog.CatalogReader;

/** The JavaFX application: one main window with the built-in catalogue. */
public final class HillasApp extends Application {

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage, List.of(CatalogReader.readBuiltin()), AppPreferences.user());
        stage.getIcons().addAll(Icons.load());
        stage.show();
        window.plots().refresh();
        for (String f : getParameters().getRaw()) {
            window.addDroppedFile(java.nio.file.Path.of(f));
        }
    }
}
