package org.hillasexplorer.bench;

import java.nio.file.Files;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Window;
import org.hillasexplorer.Launcher;
import org.hillasexplorer.app.StartupProbe;

/**
 * Cold start of the window (issue 11), as {@code java -jar hillas-explorer.jar} starts it: installs
 * {@link StartupProbe} on the main window's scene when it is shown (the same as the one line in
 * {@code HillasApp.start} would), runs {@link Launcher#main} with no arguments, prints the probe's line to standard
 * output and exits. Run through {@code benchmarks/window-startup.sh}, which starts a fresh JVM per round.
 */
public final class StartupBench {
    private StartupBench() {
    }

    /** Opens the window, reports the time to the first painted pulse, exits. */
    public static void main(String[] args) throws Exception {
        if (System.getProperty("hillas.config.dir") == null) {
            System.setProperty("hillas.config.dir", Files.createTempDirectory("hillas-bench-cfg").toString());
        }
        Thread hook = new Thread(() -> {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < deadline) {
                try {
                    Platform.runLater(StartupBench::watchWindows);
                    return;
                } catch (IllegalStateException toolkitNotStarted) {
                    Thread.onSpinWait();
                }
            }
        }, "startup-hook");
        hook.setDaemon(true);
        hook.start();
        Launcher.main(new String[0]);
    }

    private static boolean installed;

    /** The first stage shown is the main window (its sliders are not in the scene graph before the first CSS pass). */
    private static void watchWindows() {
        ListChangeListener<Window> l = c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    if (!installed && w instanceof javafx.stage.Stage && w.getScene() != null) {
                        installed = true;
                        StartupProbe.install(w.getScene(), line -> {
                            System.out.println(line);
                            System.out.flush();
                            WindowDragBench.exit(0);
                        });
                    }
                }
            }
        };
        Window.getWindows().addListener(l);
        if (!Window.getWindows().isEmpty()) {
            System.out.println("hillas startup: (the window was shown before the probe could be installed)");
        }
    }
}
