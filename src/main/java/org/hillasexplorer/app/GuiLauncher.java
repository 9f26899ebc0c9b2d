package org.hillasexplorer.app;

import javafx.application.Application;

/** Starts the JavaFX application (kept apart so the CLI path never loads JavaFX classes). */
public final class GuiLauncher {
    private GuiLauncher() {
    }

    /** Launches {@link HillasApp}; returns when the last window closes. */
    public static void launch(String... args) {
        Application.launch(HillasApp.class, args);
    }
}
