package org.hillasexplorer.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.jfree.chart.fx.ChartViewer;

/**
 * Measures the cold start (issue 11): the time from the process's start to the first pulse that painted every plot of
 * the window. Off unless the system property {@value #PROPERTY} is {@code true}; then one line goes to standard error,
 * e.g. {@code hillas startup: plots painted 1234 ms after process start (chart-ns, chart-fv; scene made at 850 ms,
 * first pulse at 1100 ms)}.
 *
 * <p>"Painted": a pulse whose layout left every plot in the scene ({@code chart-*} viewers) with a canvas of non-zero
 * size — {@link org.jfree.chart.fx.ChartCanvas} draws its chart into the canvas when it is sized — and whose frame the
 * render thread has finished: the time is taken after the next pulse, which waits for the previous frame's rendering
 * before it copies the scene. The process start is {@link ProcessHandle.Info#startInstant()} (on Linux from
 * {@code /proc}, 10 ms resolution).
 */
public final class StartupProbe {
    /** The system property that turns the probe on. */
    public static final String PROPERTY = "hillas.startup.report";

    private final Scene scene;
    private final Consumer<String> out;
    private final Instant processStart;
    private final long sceneMs;
    private long firstPulseMs = -1;
    private boolean laidOut;
    private boolean done;
    private final Runnable listener = this::pulse;

    private StartupProbe(Scene scene, Consumer<String> out) {
        this.scene = scene;
        this.out = out;
        this.processStart = ProcessHandle.current().info().startInstant().orElse(null);
        this.sceneMs = sinceStart();
    }

    /** Installs the probe on the main window's scene when {@value #PROPERTY} is {@code true} (FX thread). */
    public static void installIfRequested(Scene scene) {
        if (Boolean.getBoolean(PROPERTY)) {
            install(scene, System.err::println);
        }
    }

    /**
     * Installs the probe on {@code scene} (FX thread, before the window's first pulse); {@code out} gets the one
     * line, on the FX thread, once.
     */
    public static void install(Scene scene, Consumer<String> out) {
        StartupProbe p = new StartupProbe(scene, out);
        scene.addPostLayoutPulseListener(p.listener);
    }

    private void pulse() {
        if (done) {
            return;
        }
        if (firstPulseMs < 0) {
            firstPulseMs = sinceStart();
        }
        if (!laidOut) {
            List<String> plots = paintedPlots();
            if (plots != null) {
                laidOut = true;
                // the next pulse waits for this frame's rendering; what runs after it runs after the frame is done
                Platform.requestNextPulse();
            }
            return;
        }
        done = true;
        Platform.runLater(() -> {
            scene.removePostLayoutPulseListener(listener);
            List<String> plots = paintedPlots();
            out.accept(String.format(java.util.Locale.ROOT,
                    "hillas startup: plots painted %d ms after process start (%s; scene made at %d ms, first pulse at %d ms)",
                    sinceStart(), plots == null ? "?" : String.join(", ", plots), sceneMs, firstPulseMs));
        });
    }

    /** The ids of the plots in the scene if every one has a sized canvas, else null. */
    private List<String> paintedPlots() {
        List<String> ids = new ArrayList<>();
        for (Node n : scene.getRoot().lookupAll("*")) {
            if (n instanceof ChartViewer v && v.getId() != null && v.getId().startsWith("chart-") && v.getParent() != null
                    && v.isVisible()) {
                if (v.getCanvas() == null || v.getCanvas().getWidth() <= 0 || v.getCanvas().getHeight() <= 0) {
                    return null;
                }
                ids.add(v.getId());
            }
        }
        return ids.isEmpty() ? null : ids;
    }

    private long sinceStart() {
        return processStart == null ? -1 : Duration.between(processStart, Instant.now()).toMillis();
    }
}
