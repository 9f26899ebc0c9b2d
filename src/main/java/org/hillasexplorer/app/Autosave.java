package org.hillasexplorer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.hillasexplorer.io.AtomicFiles;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.ScenarioFile;

/**
 * Crash insurance for the window, without any JavaFX: the whole state is written as a scenario file a moment after
 * the last change, and a marker says "this process is running" until it ends cleanly.
 *
 * <p>Files in the autosave folder, for a process with id {@code PID}:
 * <ul>
 *   <li>{@code session-PID.running} — the marker, created by {@link #start()} and removed by {@link #close()} (a clean
 *       exit). It records the process's start time (so a reused process id is not taken for this process) and the
 *       scenario file the window was editing;</li>
 *   <li>{@code session-PID.json} — the latest state, a plain scenario file, replaced atomically
 *       ({@link AtomicFiles}) {@link #QUIET} after the last change, and at least every {@link #MAX_WAIT} while
 *       changes keep coming (a slider drag or an animation writes a few times, not on every pulse);</li>
 *   <li>{@code recovered-PID.json} — work this process took over from one that did not exit cleanly, until the user
 *       restores it (it goes once the restored state has been written) or discards it;</li>
 *   <li>{@code autosave-yyyyMMdd-HHmmss.json} — discarded work, kept aside (only the last {@link AutosaveFiles#KEEP_ASIDE}), and
 *       {@code autosave-yyyyMMdd-HHmmss.damaged.json} — autosaves that could not be read.</li>
 * </ul>
 * Every process has its own files, so two windows running at once never overwrite each other. At start, the work
 * of a process that did not exit cleanly is taken over by {@link AutosaveRecovery} and offered back as a
 * {@link Recovery}. Nothing here throws on a bad file: a damaged autosave never stops the app from starting. The
 * file names, the marker and the rotation of files set aside are {@link AutosaveFiles}'; this class holds the
 * debounced writing, the user's decision and the clean exit; the prompts are {@link AutosaveSession}'s.
 *
 * <p>Thread safety: {@link #changed} may be called from any thread (the window calls it on the FX thread for every
 * change; it only records the snapshot and reschedules); the writing happens on the {@link Timer}'s thread.
 */
final class Autosave {
    /** How long after the last change the state is written. */
    static final Duration QUIET = Duration.ofMillis(1500);
    /** The longest a change waits while changes keep coming. */
    static final Duration MAX_WAIT = Duration.ofSeconds(10);

    /** Runs tasks later, one at a time. */
    interface Timer {
        /** Runs {@code task} after {@code delay}; the returned action cancels it if it has not started. */
        Runnable schedule(Duration delay, Runnable task);

        /** Stops the timer's thread, if it has one. */
        default void shutdown() {
        }
    }

    /** What to save: the window's state and the scenario file it is editing (null if none). */
    record Snapshot(ExplorerState state, Path file) {
        Snapshot {
            Objects.requireNonNull(state, "state");
        }
    }

    /**
     * Work left by a process that did not exit cleanly.
     *
     * @param state          the autosaved state
     * @param savedAt        when it was autosaved
     * @param file           the scenario file that process was editing, or null
     * @param olderKeptAside how many older autosaves of dead processes were set aside rather than offered
     */
    record Recovery(ExplorerState state, Instant savedAt, Path file, int olderKeptAside) {
    }

    /** What {@link #start()} found: work to offer back, and messages about autosaves that could not be read. */
    record Startup(Optional<Recovery> recovery, List<String> problems) {
    }

    private enum Decision { NONE, PENDING, RESTORED }

    private final AutosaveFiles files;
    private final AutosaveRecovery recovery;
    private final long pid;
    private final Instant processStart;
    private final Timer timer;
    private final Clock clock;
    private final Consumer<String> onProblem;
    private final Object io = new Object();

    // guarded by this
    private Snapshot latest;
    private Instant firstUnsaved;
    private Runnable cancel;
    private volatile boolean closed;
    private boolean started;

    // guarded by io
    private String lastJson;
    private boolean markerWritten;
    private Path markerFile;
    private Decision decision = Decision.NONE;
    private String lastProblem;
    private int writes;

    /**
     * @param dir          the autosave folder (created by {@link #start()} if missing)
     * @param pid          this process's id
     * @param processStart when this process started, or null if the platform does not say
     * @param timer        runs the debounced writes
     * @param clock        for the debounce's maximum wait and the names of files set aside (its zone)
     * @param liveness     tells whether another process is still running
     * @param onProblem    hears (on the timer's thread) why a write failed; called once per distinct reason
     */
    Autosave(Path dir, long pid, Instant processStart, Timer timer, Clock clock, AutosaveRecovery.Liveness liveness,
             Consumer<String> onProblem) {
        this.files = new AutosaveFiles(dir, clock);
        this.recovery = new AutosaveRecovery(files, pid, liveness);
        this.pid = pid;
        this.processStart = processStart;
        this.timer = timer;
        this.clock = clock;
        this.onProblem = onProblem;
    }

    /** Autosave for this process in {@code dir}, writing on a daemon thread of its own. */
    static Autosave inFolder(Path dir, Consumer<String> onProblem) {
        ProcessHandle self = ProcessHandle.current();
        return new Autosave(dir, self.pid(), self.info().startInstant().orElse(null), daemonTimer(), Clock.systemDefaultZone(),
                AutosaveRecovery::processRunning, onProblem);
    }

    /** A timer with one daemon thread named {@code hillas-autosave}. */
    static Timer daemonTimer() {
        ScheduledExecutorService ex = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hillas-autosave");
            t.setDaemon(true);
            return t;
        });
        return new Timer() {
            @Override
            public Runnable schedule(Duration delay, Runnable task) {
                ScheduledFuture<?> f = ex.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
                return () -> f.cancel(false);
            }

            @Override
            public void shutdown() {
                ex.shutdown();
            }
        };
    }

    Path folder() {
        return files.folder();
    }

    /** This process's marker file. */
    Path marker() {
        return files.marker(pid);
    }

    /** This process's autosave file. */
    Path file() {
        return files.live(pid);
    }

    /** How many times the state was written (for tests). */
    int writes() {
        synchronized (io) {
            return writes;
        }
    }

    // ------------------------------------------------------------------------------------------------ start

    /**
     * Creates the folder and this process's marker, and looks for the work of processes that did not exit cleanly.
     *
     * @throws IOException only if the folder or the marker cannot be created (autosave cannot work then); problems
     *                     with other processes' files are reported in {@link Startup#problems()} instead
     */
    Startup start() throws IOException {
        Files.createDirectories(files.folder());
        List<String> problems = new ArrayList<>();
        Recovery found = null;
        try {
            found = recovery.takeOver(problems);
        } catch (IOException | RuntimeException e) {
            problems.add("Could not look for autosaved work in " + files.folder() + ": " + e.getMessage());
        }
        synchronized (io) {
            markerFile = found == null ? null : found.file();
            decision = found == null ? Decision.NONE : Decision.PENDING;
            writeMarker(markerFile);
            markerWritten = true;
        }
        synchronized (this) {
            started = true;
        }
        files.pruneAside(AutosaveFiles.JSON);
        files.pruneAside(AutosaveFiles.DAMAGED);
        return new Startup(Optional.ofNullable(found), List.copyOf(problems));
    }

    // ------------------------------------------------------------------------------------------------ decisions

    /**
     * The user chose to restore the recovered work: the window now holds it, and the recovered file goes as soon as
     * the window's state has been written.
     */
    void restored() {
        synchronized (io) {
            if (decision == Decision.PENDING) {
                decision = Decision.RESTORED;
            }
        }
    }

    /**
     * The user chose not to restore it: the recovered file is set aside as {@code autosave-<time>.json}.
     *
     * @return where it was kept
     * @throws IOException if it could not be moved (it then stays, and is offered again next time)
     */
    Path discard() throws IOException {
        synchronized (io) {
            decision = Decision.NONE;
            markerFile = null;
            Path r = files.recovered(pid);
            List<String> problems = new ArrayList<>();
            Path aside = files.setAside(r, AutosaveFiles.JSON, problems);
            if (aside == null) {
                throw new IOException(problems.isEmpty() ? r + ": no such file" : problems.get(0));
            }
            files.pruneAside(AutosaveFiles.JSON);
            writeMarker(null);
            return aside;
        }
    }

    // ------------------------------------------------------------------------------------------------ writing

    /** The window changed: {@code s} is written {@link #QUIET} after the last such call (or {@link #MAX_WAIT} after the first). */
    void changed(Snapshot s) {
        Objects.requireNonNull(s, "snapshot");
        synchronized (this) {
            if (closed || !started) {
                return;
            }
            latest = s;
            Instant now = clock.instant();
            if (firstUnsaved == null) {
                firstUnsaved = now;
            }
            Duration delay = QUIET;
            Duration left = Duration.between(now, firstUnsaved.plus(MAX_WAIT));
            if (left.compareTo(delay) < 0) {
                delay = left.isNegative() ? Duration.ZERO : left;
            }
            if (cancel != null) {
                cancel.run();
            }
            cancel = timer.schedule(delay, this::writePending);
        }
    }

    /** Writes a pending change now (the timer's task; also for tests). */
    void flush() {
        Snapshot s;
        synchronized (this) {
            if (cancel != null) {
                cancel.run();
                cancel = null;
            }
            s = latest;
            latest = null;
            firstUnsaved = null;
        }
        if (s != null) {
            write(s);
        }
    }

    private void writePending() {
        synchronized (this) {
            cancel = null;
        }
        flush();
    }

    private void write(Snapshot s) {
        String json = ScenarioFile.toJson(s.state()); // off the FX thread
        synchronized (io) {
            if (closed) {
                return;
            }
            try {
                if (!json.equals(lastJson)) {
                    AtomicFiles.writeString(files.live(pid), json);
                    lastJson = json;
                    writes++;
                }
                if (!Objects.equals(s.file(), markerFile) || !markerWritten) {
                    writeMarker(s.file());
                    markerFile = s.file();
                    markerWritten = true;
                }
                if (decision == Decision.RESTORED) {
                    Files.deleteIfExists(files.recovered(pid));
                    decision = Decision.NONE;
                }
                lastProblem = null;
            } catch (IOException | RuntimeException e) {
                String why = "Autosave failed: " + e.getMessage();
                if (!why.equals(lastProblem)) {
                    lastProblem = why;
                    onProblem.accept(why);
                }
            }
        }
    }

    private void writeMarker(Path editedFile) throws IOException {
        files.writeMarker(pid, processStart, editedFile);
    }

    // ------------------------------------------------------------------------------------------------ clean exit

    /**
     * A clean exit: nothing more is written, and this process's autosave, recovered work and marker are removed (the
     * user has answered whether to save). Safe to call twice.
     */
    void close() {
        synchronized (this) {
            closed = true;
            if (cancel != null) {
                cancel.run();
                cancel = null;
            }
            latest = null;
        }
        synchronized (io) { // waits for a write in progress, which then cannot bring the file back
            for (Path f : List.of(files.live(pid), files.recovered(pid), files.marker(pid))) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    // a leftover is offered once more next time, which is harmless
                }
            }
        }
        timer.shutdown();
    }
}
