package org.hillasexplorer.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hillasexplorer.montecarlo.SimulationCost;
import org.hillasexplorer.montecarlo.Simulator;

/**
 * Progress of one {@code simulate} phase on stderr, and its cancellation flag.
 *
 * <p>On a terminal: one line, rewritten in place with a carriage return (no ANSI codes), with the percentage, the
 * events done (≈, from the particles done and the estimate) and the time left; it is redrawn every second so the time
 * moves even while a long particle runs, and wiped by {@link #close()} so the results print on a clean line. Not on a
 * terminal (a pipe, a file, a test): a line {@code what: N %} at each tenth, exactly as before, and nothing else.
 */
final class SimulationProgress implements Simulator.Progress, AutoCloseable {
    private final PrintWriter err;
    private final String what;
    private final SimulationCost cost;
    private final int threads;
    private final boolean terminal;
    private final AtomicBoolean cancel;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private int lastTenth = -1;
    private long done;
    private long total = 1;
    private int shownWidth;
    private long lastDrawNanos = Long.MIN_VALUE;
    private boolean closed;

    /**
     * @param cost     the phase's estimate (for the events done and the time left before the first report)
     * @param threads  worker threads (for the time left)
     * @param terminal whether stderr is a terminal (in the application: {@code System.console() != null})
     * @param cancel   set to stop the run; {@link #cancelled()} reads it
     */
    SimulationProgress(PrintWriter err, String what, SimulationCost cost, int threads, boolean terminal, AtomicBoolean cancel) {
        this.err = err;
        this.what = what;
        this.cost = cost;
        this.threads = threads;
        this.terminal = terminal;
        this.cancel = cancel;
        if (terminal) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "simulate-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::redraw, 0, 1, TimeUnit.SECONDS);
        } else {
            ticker = null;
        }
    }

    @Override
    public synchronized void done(long particlesDone, long totalParticles) {
        if (closed) {
            return;
        }
        done = Math.max(done, particlesDone);
        total = Math.max(1, totalParticles);
        if (terminal) {
            // at most five redraws a second from the workers; the ticker does the rest
            if (System.nanoTime() - lastDrawNanos > 200_000_000L || done >= total) {
                draw();
            }
            return;
        }
        int tenth = (int) (10 * particlesDone / total);
        if (tenth != lastTenth) {
            lastTenth = tenth;
            err.println(what + ": " + (10 * tenth) + " %");
            err.flush();
        }
    }

    @Override
    public boolean cancelled() {
        return cancel.get();
    }

    private synchronized void redraw() {
        if (!closed) {
            draw();
        }
    }

    private void draw() {
        lastDrawNanos = System.nanoTime();
        String line = line((lastDrawNanos - startNanos) * 1e-9);
        int pad = Math.max(0, shownWidth - line.length());
        err.print("\r" + line + " ".repeat(pad));
        err.flush();
        shownWidth = line.length();
    }

    /** The terminal line after {@code elapsed} seconds. */
    synchronized String line(double elapsed) {
        double fraction = (double) done / total;
        double left;
        if (done == 0) {
            left = Math.max(0, cost.seconds(threads) - elapsed);
        } else {
            left = elapsed * (1 - fraction) / fraction;
        }
        return String.format(Locale.ROOT, "%s: %3.0f %% · ≈ %s of %s events · %s", what, 100 * fraction,
                SimulationCost.count(fraction * cost.events()), SimulationCost.count(cost.events()),
                done >= total ? "done" : SimulationCost.duration(left) + " left");
    }

    /** Stops the redraws and wipes the terminal line. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (terminal && shownWidth > 0) {
            err.print("\r" + " ".repeat(shownWidth) + "\r");
            err.flush();
        }
    }
}
