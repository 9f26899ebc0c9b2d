package org.hillasexplorer.app;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.hillasexplorer.catalog.CatalogReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A main window with the built-in catalogue and throw-away preferences, shown headless for each test. */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTestBase {
    protected MainWindow window;
    private Preferences prefsNode;

    @TempDir
    protected Path dir;

    /** Opens the window; each test class calls it from its own {@code @Start} method (TestFX does not look at superclasses). */
    protected void open(Stage stage) {
        prefsNode = Preferences.userRoot().node("org/hillasexplorer/test/" + UUID.randomUUID());
        window = new MainWindow(stage, List.of(CatalogReader.readBuiltin()), new AppPreferences(prefsNode));
        stage.show();
    }

    @AfterEach
    void cleanUp() throws Exception {
        prefsNode.removeNode();
        WaitForAsyncUtils.asyncFx(() -> window.userCatalogs().stop());
    }

    /** The test's own preferences (recent files, window size). */
    protected AppPreferences prefs() {
        return new AppPreferences(prefsNode);
    }

    protected ExplorerModel model() {
        return window.model();
    }

    /** Runs {@code r} on the FX thread and waits for it and the events it causes. */
    protected void fx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
