package org.hillasexplorer.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * Times every JavaFX pulse on the FX thread, in three phases, with {@link System#nanoTime()}:
 * <ul>
 *   <li><b>animation</b>: from the pulse's start (the {@code now} the toolkit hands every {@link AnimationTimer}) to
 *       the end of the animation timers — a slider moved from a timer updates the model and redraws the charts into
 *       their canvases here, so this is the application's own update + draw;</li>
 *   <li><b>layout</b>: CSS and layout, up to the scene's post-layout pulse listener (public API);</li>
 *   <li><b>sync</b>: from there to the end of the scene pass (the toolkit's internal post-scene pulse listener,
 *       {@code com.sun.javafx.tk.Toolkit}): waiting for the render thread to finish the previous frame, then copying
 *       the scene to the render graph. A render thread that cannot keep up shows here.</li>
 * </ul>
 * Rasterising the frame happens afterwards on the render thread, overlapped with the next pulse; it is only seen
 * through the next pulse's wait. The clock is started before the driver's timer, so its {@code handle} runs first
 * and the driver's work counts in the animation phase.
 */
final class PulseClock {
    /** One pulse: start and phase ends, ns. */
    record Pulse(long start, long animationEnd, long layoutEnd, long end) {
        double totalMs() {
            return (end - start) / 1e6;
        }

        double animationMs() {
            return (animationEnd - start) / 1e6;
        }

        double layoutMs() {
            return (layoutEnd - animationEnd) / 1e6;
        }

        double syncMs() {
            return (end - layoutEnd) / 1e6;
        }
    }

    private final List<Pulse> pulses = new ArrayList<>();
    private long start = -1;
    private long animationEnd = -1;
    private long layoutEnd = -1;
    private boolean recording;
    /** Held here: the toolkit keeps its pulse listeners in a weak map. */
    private final com.sun.javafx.tk.TKPulseListener endListener = this::pulseEnded;
    private final AnimationTimer first = new AnimationTimer() {
        @Override
        public void handle(long now) {
            start = now;
            animationEnd = -1;
            layoutEnd = -1;
        }
    };
    /** Installs the clock on {@code scene}; call on the FX thread before the driver's timer is started. */
    PulseClock(Scene scene) {
        first.start();
        scene.addPreLayoutPulseListener(() -> animationEnd = System.nanoTime());
        scene.addPostLayoutPulseListener(() -> layoutEnd = System.nanoTime());
        com.sun.javafx.tk.Toolkit.getToolkit().addPostSceneTkPulseListener(endListener);
    }

    private void pulseEnded() {
        long end = System.nanoTime();
        if (recording && start > 0 && animationEnd > 0 && layoutEnd > 0) {
            pulses.add(new Pulse(start, animationEnd, layoutEnd, end));
        }
        start = -1;
    }

    /** Starts a new recording (FX thread). */
    void begin() {
        pulses.clear();
        recording = true;
    }

    /** Ends the recording and returns its pulses (FX thread). */
    List<Pulse> end() {
        recording = false;
        return List.copyOf(pulses);
    }

    /** "pulses N, total median/p99/max, N > 8 ms, and the phases' medians" for a recording. */
    static String summary(List<Pulse> ps, double seconds) {
        if (ps.isEmpty()) {
            return "no pulses";
        }
        double[] total = ps.stream().mapToDouble(Pulse::totalMs).sorted().toArray();
        double[] anim = ps.stream().mapToDouble(Pulse::animationMs).sorted().toArray();
        double[] lay = ps.stream().mapToDouble(Pulse::layoutMs).sorted().toArray();
        double[] sync = ps.stream().mapToDouble(Pulse::syncMs).sorted().toArray();
        long over8 = Arrays.stream(total).filter(t -> t > 8).count();
        long over16 = Arrays.stream(total).filter(t -> t > 16.7).count();
        double[] gaps = new double[ps.size() - 1];
        for (int i = 1; i < ps.size(); i++) {
            gaps[i - 1] = (ps.get(i).start() - ps.get(i - 1).start()) / 1e6;
        }
        Arrays.sort(gaps);
        return String.format(Locale.ROOT,
                "pulses %3d (%.0f/s)  total median %6.2f  p99 %6.2f  max %6.2f ms  >8ms %3d  >16.7ms %3d"
                        + "  | median anim %5.2f layout %5.2f sync %5.2f | frame interval median %5.1f p99 %5.1f ms",
                ps.size(), ps.size() / seconds, q(total, 0.5), q(total, 0.99), total[total.length - 1], over8, over16,
                q(anim, 0.5), q(lay, 0.5), q(sync, 0.5), gaps.length == 0 ? 0 : q(gaps, 0.5), gaps.length == 0 ? 0 : q(gaps, 0.99));
    }

    /** Nearest-rank quantile of sorted {@code v}. */
    static double q(double[] v, double p) {
        int i = (int) Math.ceil(p * v.length) - 1;
        return v[Math.max(0, Math.min(v.length - 1, i))];
    }
}
