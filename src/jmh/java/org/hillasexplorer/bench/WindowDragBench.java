package org.hillasexplorer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hillasexplorer.app.HillasApp;

/**
 * Scripted slider drags in the real window (issue 11: "count JavaFX pulses whose update took longer than 8 ms over
 * a 3-second drag of each slider; target zero"). Starts {@link HillasApp} as a user would (headless under Monocle, or
 * on a real display), then for the layouts "both planes" and "both planes + rigidity view" drags the δ_s, B and ν̄₀
 * sliders: {@code valueChanging} true, the value moved smoothly from 20 % of the slider's range to 80 % and back over
 * the drag's duration by an {@link AnimationTimer} (one step per frame, as a mouse drag delivers), then
 * {@code valueChanging} false. Every pulse is timed by {@link PulseClock}. The first pass over the three sliders
 * (a cold JIT) is reported apart from the measured pass.
 *
 * <p>System properties: {@code bench.drag.seconds} (3), {@code bench.drag.soakSeconds} (0; when &gt; 0, no report:
 * drags the three sliders round-robin in the both + rigidity layout for that long, then exits — for {@code benchmarks/window-rss.sh}). Run through {@code benchmarks/window-drag.sh}.
 */
public final class WindowDragBench {
    private static final String[] SLIDERS = {"delta", "b-ug", "nu0"};

    private WindowDragBench() {
    }

    /** Runs the drags and prints the report (stdout), then exits. */
    public static void main(String[] args) throws Exception {
        if (System.getProperty("hillas.config.dir") == null) {
            System.setProperty("hillas.config.dir", Files.createTempDirectory("hillas-bench-cfg").toString());
        }
        double seconds = Double.parseDouble(System.getProperty("bench.drag.seconds", "3"));
        double soak = Double.parseDouble(System.getProperty("bench.drag.soakSeconds", "0"));
        Thread driver = new Thread(() -> {
            try {
                Scene scene = awaitWindow();
                if (soak > 0) {
                    soak(scene, soak);
                } else {
                    report(scene, seconds);
                }
                System.out.flush();
                exit(0);
            } catch (Throwable t) {
                t.printStackTrace();
                exit(2);
            }
        }, "drag-driver");
        driver.setDaemon(true);
        driver.start();
        Application.launch(HillasApp.class);
    }

    /** System.exit (shutdown hooks run: a JFR recording is written), or halt if a hook hangs for 30 s. */
    static void exit(int status) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(status);
        }, "exit-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        System.exit(status);
    }

    private static void report(Scene scene, double seconds) throws Exception {
        PulseClock clock = onFx(() -> new PulseClock(scene));
        System.out.println("# window " + onFx(() -> scene.getWidth() + "x" + scene.getHeight()) + ", prism "
                + System.getProperty("prism.order", "default") + ", glass " + System.getProperty("glass.platform", "default")
                + ", " + seconds + " s per drag, load average " + loadAverage());
        for (boolean rigidity : new boolean[] {false, true}) {
            onFx(() -> {
                layout(scene, rigidity);
                return null;
            });
            Thread.sleep(1500); // relayout, first draws, envelopes settle
            String name = rigidity ? "both planes + rigidity" : "both planes";
            System.out.println("# " + name + ": charts " + onFx(() -> chartSizes(scene)));
            for (int pass = 0; pass < 2; pass++) {
                for (String key : SLIDERS) {
                    List<PulseClock.Pulse> drag = drag(scene, clock, key, seconds);
                    List<PulseClock.Pulse> after = settle(clock, 0.5);
                    System.out.printf(Locale.ROOT, "%-24s %-5s %-5s drag: %s%n", name, key, pass == 0 ? "cold" : "warm",
                            PulseClock.summary(drag, seconds));
                    System.out.printf(Locale.ROOT, "%-24s %-5s %-5s release + 0.5 s: %s%n", name, key, pass == 0 ? "cold" : "warm",
                            PulseClock.summary(after, 0.5));
                }
            }
        }
        System.out.println("# load average at the end " + loadAverage());
    }

    /** Drags the three sliders round-robin for {@code seconds}, both planes + rigidity view (the RSS is sampled from outside). */
    private static void soak(Scene scene, double seconds) throws Exception {
        PulseClock clock = onFx(() -> new PulseClock(scene));
        onFx(() -> {
            layout(scene, true);
            return null;
        });
        Thread.sleep(1500);
        System.out.println("# soak start: " + heapAfterGc());
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int i = 0;
        while (System.nanoTime() < end) {
            drag(scene, clock, SLIDERS[i++ % SLIDERS.length], 3);
            Thread.sleep(200);
        }
        System.out.println("# soak done: " + i + " drags; " + heapAfterGc());
    }

    /** One drag of slider {@code key}; returns the pulses recorded while it lasted. */
    private static List<PulseClock.Pulse> drag(Scene scene, PulseClock clock, String key, double seconds) throws Exception {
        Slider slider = onFx(() -> (Slider) scene.lookup("#slider-" + key));
        if (slider == null) {
            throw new IllegalStateException("no #slider-" + key + " in the window");
        }
        double lo = onFx(() -> slider.getMin() + 0.2 * (slider.getMax() - slider.getMin()));
        double hi = onFx(() -> slider.getMin() + 0.8 * (slider.getMax() - slider.getMin()));
        onFx(() -> {
            slider.setValue(lo);
            return null;
        });
        Thread.sleep(300);
        CompletableFuture<List<PulseClock.Pulse>> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            slider.setValueChanging(true);
            clock.begin();
            new AnimationTimer() {
                private long t0 = -1;

                @Override
                public void handle(long now) {
                    if (t0 < 0) {
                        t0 = now;
                    }
                    double f = (now - t0) / (seconds * 1e9);
                    if (f >= 1) {
                        slider.setValue(lo);
                        slider.setValueChanging(false);
                        stop();
                        done.complete(clock.end());
                        return;
                    }
                    slider.setValue(lo + (hi - lo) * 0.5 * (1 - Math.cos(2 * Math.PI * f)));
                }
            }.start();
        });
        return done.get((long) (seconds * 10 + 30), TimeUnit.SECONDS);
    }

    /** The pulses of the next {@code seconds} with nothing driven (the release's redraws, late envelopes). */
    private static List<PulseClock.Pulse> settle(PulseClock clock, double seconds) throws Exception {
        onFx(() -> {
            clock.begin();
            return null;
        });
        Thread.sleep((long) (seconds * 1000));
        return onFx(clock::end);
    }

    /** Side by side, with or without the rigidity view, chosen through the View menu as a user would. */
    private static void layout(Scene scene, boolean rigidity) {
        Menu view = menus(scene).stream().filter(m -> m.getText().replace("_", "").equals("View")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no View menu"));
        List<MenuItem> items = view.getItems();
        RadioMenuItem sideBySide = (RadioMenuItem) items.get(0);
        sideBySide.fire();
        items.stream().filter(i -> i instanceof CheckMenuItem && i.getText().contains("rigidity")).map(i -> (CheckMenuItem) i)
                .findFirst().orElseThrow(() -> new IllegalStateException("no rigidity item in the View menu"))
                .setSelected(rigidity);
    }

    private static List<Menu> menus(Scene scene) {
        List<Menu> out = new ArrayList<>();
        for (var n : scene.getRoot().lookupAll(".menu-bar")) {
            out.addAll(((MenuBar) n).getMenus());
        }
        return out;
    }

    private static String chartSizes(Scene scene) {
        StringBuilder b = new StringBuilder();
        for (var n : scene.getRoot().lookupAll("*")) {
            if (n.getId() != null && n.getId().startsWith("chart-") && n.getScene() != null && n.getParent() != null
                    && n.isVisible() && n.getLayoutBounds().getWidth() > 0) {
                b.append(n.getId()).append(' ').append(Math.round(n.getLayoutBounds().getWidth())).append('x')
                        .append(Math.round(n.getLayoutBounds().getHeight())).append("  ");
            }
        }
        return b.toString().trim();
    }

    /** The main window's scene, once it is showing with its sliders. */
    static Scene awaitWindow() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            Scene s = null;
            try {
                s = onFx(() -> {
                    for (Window w : Window.getWindows()) {
                        if (w instanceof Stage && w.isShowing() && w.getScene() != null
                                && w.getScene().lookup("#slider-delta") != null) {
                            return w.getScene();
                        }
                    }
                    return null;
                });
            } catch (IllegalStateException notYet) {
                // toolkit not started yet
            }
            if (s != null) {
                Thread.sleep(2000); // first layout, first paints, the autosave's start
                return s;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the window did not open within 120 s");
    }

    /** Runs {@code f} on the FX thread and waits for its result. */
    static <T> T onFx(java.util.concurrent.Callable<T> f) throws Exception {
        CompletableFuture<T> r = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.complete(f.call());
            } catch (Throwable t) {
                r.completeExceptionally(t);
            }
        });
        return r.get(60, TimeUnit.SECONDS);
    }

    /** The heap in use after a full collection (what the objects kept alive take), and the heap's committed size. */
    static String heapAfterGc() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return String.format(Locale.ROOT, "heap used after System.gc() %.0f MB, committed %.0f MB, max %.0f MB",
                (r.totalMemory() - r.freeMemory()) / 1e6, r.totalMemory() / 1e6, r.maxMemory() / 1e6);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
