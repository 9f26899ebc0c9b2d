package org.hillasexplorer.app;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.hillasexplorer.io.AtomicFiles;
import org.hillasexplorer.io.BoundedFiles;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.ScenarioFile;
import org.hillasexplorer.session.ScenarioFileException;

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
 *   <li>{@code autosave-yyyyMMdd-HHmmss.json} — discarded work, kept aside (only the last {@link #KEEP_ASIDE}), and
 *       {@code autosave-yyyyMMdd-HHmmss.damaged.json} — autosaves that could not be read.</li>
 * </ul>
 * Every process has its own files, so two windows running at once never overwrite each other. At start, a marker
 * whose process is gone means that process did not exit cleanly: its newest readable autosave that differs from the
 * defaults is taken over (renamed atomically, so two processes starting together cannot both take it) and offered
 * back as a {@link Recovery}; older ones are set aside, damaged ones are set aside with a message. Nothing here
 * throws on a bad file: a damaged autosave never stops the app from starting.
 *
 * <p>Thread safety: {@link #changed} may be called from any thread (the window calls it on the FX thread for every
 * change; it only records the snapshot and reschedules); the writing happens on the {@link Timer}'s thread.
 */
final class Autosave {
    /** How long after the last change the state is written. */
    static final Duration QUIET = Duration.ofMillis(1500);
    /** The longest a change waits while changes keep coming. */
    static final Duration MAX_WAIT = Duration.ofSeconds(10);
    /** How many discarded (and, separately, damaged) autosaves are kept aside. */
    static final int KEEP_ASIDE = 5;

    /** Runs tasks later, one at a time. */
    interface Timer {
        /** Runs {@code task} after {@code delay}; the returned action cancels it if it has not started. */
        Runnable schedule(Duration delay, Runnable task);

        /** Stops the timer's thread, if it has one. */
        default void shutdown() {
        }
    }

    /** Whether a process is still running. */
    @FunctionalInterface
    interface Liveness {
        /**
         * @param pid       the process id
         * @param startedAt when that process started, as it recorded it, or null if unknown
         */
        boolean running(long pid, Instant startedAt);
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

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** AtomicFiles' temporary file for a session's marker or autosave: {@code .session-PID.running.<16 hex>.tmp}. */
    private static final java.util.regex.Pattern TEMPORARY =
            java.util.regex.Pattern.compile("\\.(?:session|recovered)-(\\d{1,18})\\.(?:running|json)\\.[0-9a-f]{16}\\.tmp");
    private static final String JSON = ".json";
    private static final String DAMAGED = ".damaged.json";
    private static final String DEFAULTS_JSON = ScenarioFile.toJson(ExplorerState.defaults());

    private final Path dir;
    private final long pid;
    private final Instant processStart;
    private final Timer timer;
    private final Clock clock;
    private final Liveness liveness;
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
    Autosave(Path dir, long pid, Instant processStart, Timer timer, Clock clock, Liveness liveness,
             Consumer<String> onProblem) {
        this.dir = dir.toAbsolutePath().normalize();
        this.pid = pid;
        this.processStart = processStart;
        this.timer = timer;
        this.clock = clock;
        this.liveness = liveness;
        this.onProblem = onProblem;
    }

    /** Autosave for this process in {@code dir}, writing on a daemon thread of its own. */
    static Autosave inFolder(Path dir, Consumer<String> onProblem) {
        ProcessHandle self = ProcessHandle.current();
        return new Autosave(dir, self.pid(), self.info().startInstant().orElse(null), daemonTimer(), Clock.systemDefaultZone(),
                Autosave::processRunning, onProblem);
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

    /**
     * The real check: a process with this id exists, and (if both start times are known) it started when the marker
     * says, give or take two seconds — so a process id reused after a reboot does not count as the old process.
     */
    static boolean processRunning(long pid, Instant startedAt) {
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (h.isEmpty() || !h.get().isAlive()) {
            return false;
        }
        if (startedAt == null) {
            return true;
        }
        Optional<Instant> actual = h.get().info().startInstant();
        return actual.isEmpty() || Duration.between(actual.get(), startedAt).abs().compareTo(Duration.ofSeconds(2)) <= 0;
    }

    Path folder() {
        return dir;
    }

    /** This process's marker file. */
    Path marker() {
        return marker(pid);
    }

    /** This process's autosave file. */
    Path file() {
        return live(pid);
    }

    /** How many times the state was written (for tests). */
    int writes() {
        synchronized (io) {
            return writes;
        }
    }

    private Path marker(long p) {
        return dir.resolve("session-" + p + ".running");
    }

    private Path live(long p) {
        return dir.resolve("session-" + p + JSON);
    }

    private Path recovered(long p) {
        return dir.resolve("recovered-" + p + JSON);
    }

    // ------------------------------------------------------------------------------------------------ start

    /**
     * Creates the folder and this process's marker, and looks for the work of processes that did not exit cleanly.
     *
     * @throws IOException only if the folder or the marker cannot be created (autosave cannot work then); problems
     *                     with other processes' files are reported in {@link Startup#problems()} instead
     */
    Startup start() throws IOException {
        Files.createDirectories(dir);
        List<String> problems = new ArrayList<>();
        Recovery recovery = null;
        try {
            recovery = recoverOrphans(problems);
        } catch (IOException | RuntimeException e) {
            problems.add("Could not look for autosaved work in " + dir + ": " + e.getMessage());
        }
        synchronized (io) {
            markerFile = recovery == null ? null : recovery.file();
            decision = recovery == null ? Decision.NONE : Decision.PENDING;
            writeMarker(markerFile);
            markerWritten = true;
        }
        synchronized (this) {
            started = true;
        }
        pruneAside(JSON);
        pruneAside(DAMAGED);
        return new Startup(Optional.ofNullable(recovery), List.copyOf(problems));
    }

    private record Candidate(Path path, Path editedFile, Instant savedAt) {
    }

    private Recovery recoverOrphans(List<String> problems) throws IOException {
        // process id -> its files; a process is an orphan if it is not running (this process's id: a stale leftover)
        Map<Long, List<Path>> byPid = new TreeMap<>();
        Map<Long, List<Path>> temporaries = new TreeMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                java.util.regex.Matcher t = TEMPORARY.matcher(n);
                if (t.matches()) {
                    temporaries.computeIfAbsent(Long.parseLong(t.group(1)), k -> new ArrayList<>()).add(p);
                    continue;
                }
                OptionalLong id = idOf(n, "session-", ".running");
                id = id.isPresent() ? id : idOf(n, "session-", JSON);
                id = id.isPresent() ? id : idOf(n, "recovered-", JSON);
                if (id.isPresent()) {
                    byPid.computeIfAbsent(id.getAsLong(), k -> new ArrayList<>()).add(p);
                }
            }
        }
        // a write killed with its process leaves AtomicFiles' temporary file; nobody can be writing it any more
        for (var e : temporaries.entrySet()) {
            long other = e.getKey();
            if (other != pid && !liveness.running(other, instant(readMarker(marker(other)).getProperty("process-start")))) {
                for (Path t : e.getValue()) {
                    Files.deleteIfExists(t);
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        List<Path> deadMarkers = new ArrayList<>();
        for (var e : byPid.entrySet()) {
            long other = e.getKey();
            Properties props = readMarker(marker(other));
            if (other != pid && liveness.running(other, instant(props.getProperty("process-start")))) {
                continue;
            }
            deadMarkers.add(marker(other));
            Path edited = path(props.getProperty("file"));
            for (Path f : List.of(live(other), recovered(other))) {
                if (Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
                    candidates.add(new Candidate(f, edited, modified(f)));
                }
            }
        }
        candidates.sort(Comparator.comparing(Candidate::savedAt).reversed());
        Recovery found = null;
        int older = 0;
        for (Candidate c : candidates) {
            if (found != null) {
                if (setAside(c.path(), JSON, problems) != null) {
                    older++;
                }
                continue;
            }
            ExplorerState state;
            try {
                state = readAutosave(c.path());
            } catch (ScenarioFileException damaged) {
                if (!Files.exists(c.path(), LinkOption.NOFOLLOW_LINKS)) {
                    continue; // another process starting at the same time took it
                }
                Path aside = setAside(c.path(), DAMAGED, problems);
                String why = String.valueOf(damaged.getMessage());
                if (why.startsWith(c.path() + ": ")) {
                    why = why.substring(c.path().toString().length() + 2); // the message names the file already
                }
                problems.add("The autosaved work " + c.path() + " could not be read: " + why
                        + (aside == null ? "" : "\nIt was set aside as " + aside + "."));
                continue;
            }
            if (ScenarioFile.toJson(state).equals(DEFAULTS_JSON)) {
                Files.deleteIfExists(c.path()); // nothing in it that the defaults do not give back
                continue;
            }
            Path mine = recovered(pid);
            if (!c.path().equals(mine)) {
                if (Files.exists(mine, LinkOption.NOFOLLOW_LINKS) && setAside(mine, JSON, problems) != null) {
                    older++; // a stale one of an earlier process with this id, older than c
                }
                try {
                    AtomicFiles.rename(c.path(), mine);
                } catch (NoSuchFileException takenMeanwhile) {
                    continue;
                }
            }
            found = new Recovery(state, c.savedAt(), c.editedFile(), 0);
        }
        for (Path m : deadMarkers) {
            if (!m.equals(marker(pid))) {
                try {
                    Files.deleteIfExists(m);
                } catch (IOException stays) {
                    // a marker that cannot go is looked at again next time, harmlessly: its work has been dealt with
                }
            }
        }
        return found == null ? null : new Recovery(found.state(), found.savedAt(), found.file(), older);
    }

    /** Reads an autosave; any problem (not a regular file, damaged, not a scenario) is a ScenarioFileException. */
    private static ExplorerState readAutosave(Path f) {
        if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
            throw new ScenarioFileException(f + ": is not a regular file", null);
        }
        return ScenarioFile.read(f);
    }

    /** Moves {@code f} aside as {@code autosave-<its time>{suffix}}; returns the new path, or null if it failed. */
    private Path setAside(Path f, String suffix, List<String> problems) {
        try {
            String stamp = LocalDateTime.ofInstant(modified(f), clock.getZone()).format(STAMP);
            Path target = dir.resolve("autosave-" + stamp + suffix);
            for (int i = 2; Files.exists(target, LinkOption.NOFOLLOW_LINKS); i++) {
                target = dir.resolve("autosave-" + stamp + "-" + i + suffix);
            }
            AtomicFiles.rename(f, target);
            return target;
        } catch (NoSuchFileException gone) {
            return null;
        } catch (IOException | RuntimeException e) {
            problems.add("Could not set aside the autosave " + f + ": " + e.getMessage());
            return null;
        }
    }

    /** Keeps the newest {@link #KEEP_ASIDE} files set aside with this suffix. */
    private void pruneAside(String suffix) {
        List<Path> aside = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "autosave-*" + suffix)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (suffix.equals(DAMAGED) || !n.endsWith(DAMAGED)) {
                    aside.add(p);
                }
            }
            aside.sort(Comparator.comparing((Path p) -> asideOrder(p.getFileName().toString(), suffix)).reversed());
            for (Path old : aside.subList(Math.min(KEEP_ASIDE, aside.size()), aside.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException | RuntimeException e) {
            // keeping a few files too many is harmless
        }
    }

    /** Sorts names {@code autosave-STAMP[-N]SUFFIX} by time, then by N (the plain name is the first of its second). */
    static String asideOrder(String name, String suffix) {
        String core = name.substring("autosave-".length(), name.length() - suffix.length());
        int dash = core.lastIndexOf('-');
        int n = 1;
        if (dash > "yyyyMMdd".length()) {
            try {
                n = Integer.parseInt(core.substring(dash + 1));
                core = core.substring(0, dash);
            } catch (NumberFormatException notACounter) {
                n = 1;
            }
        }
        return core + String.format(Locale.ROOT, "#%09d", n);
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
            Path r = recovered(pid);
            List<String> problems = new ArrayList<>();
            Path aside = setAside(r, JSON, problems);
            if (aside == null) {
                throw new IOException(problems.isEmpty() ? r + ": no such file" : problems.get(0));
            }
            pruneAside(JSON);
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
                    AtomicFiles.writeString(live(pid), json);
                    lastJson = json;
                    writes++;
                }
                if (!Objects.equals(s.file(), markerFile) || !markerWritten) {
                    writeMarker(s.file());
                    markerFile = s.file();
                    markerWritten = true;
                }
                if (decision == Decision.RESTORED) {
                    Files.deleteIfExists(recovered(pid));
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
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(pid));
        if (processStart != null) {
            p.setProperty("process-start", processStart.toString());
        }
        p.setProperty("written", clock.instant().toString());
        if (editedFile != null) {
            p.setProperty("file", editedFile.toAbsolutePath().toString());
        }
        StringWriter w = new StringWriter();
        p.store(w, "Hillas Explorer is running (removed when it closes normally)");
        AtomicFiles.writeString(marker(pid), w.toString());
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
            for (Path f : List.of(live(pid), recovered(pid), marker(pid))) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    // a leftover is offered once more next time, which is harmless
                }
            }
        }
        timer.shutdown();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static OptionalLong idOf(String name, String prefix, String suffix) {
        if (!name.startsWith(prefix) || !name.endsWith(suffix) || name.length() <= prefix.length() + suffix.length()) {
            return OptionalLong.empty();
        }
        String digits = name.substring(prefix.length(), name.length() - suffix.length());
        if (digits.length() > 18 || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(digits));
    }

    /** The marker's properties; empty if it is missing, damaged or not a small regular file. */
    private static Properties readMarker(Path m) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(BoundedFiles.readBytes(m, 64 * 1024 - 1, LinkOption.NOFOLLOW_LINKS),
                    StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException damaged) {
            p.clear();
        }
        return p;
    }

    private static Instant instant(String s) {
        try {
            return s == null ? null : Instant.parse(s.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Path path(String s) {
        try {
            return s == null || s.isBlank() ? null : Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static Instant modified(Path f) throws IOException {
        return Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS).toInstant();
    }
}
