package org.hillasexplorer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hillasexplorer.io.AtomicFiles;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.ScenarioFile;
import org.hillasexplorer.session.ScenarioFileException;

/**
 * Taking over the work of processes that did not exit cleanly, at start: a marker whose process is gone means an
 * unclean exit; that process's newest readable autosave that differs from the defaults is taken over (renamed
 * atomically to this process's {@code recovered-PID.json}, so two processes starting together cannot both take it),
 * older ones are set aside, damaged ones are set aside with a message, and dead markers and the temporary files of
 * killed writes go. Nothing here throws on a bad file.
 */
final class AutosaveRecovery {
    private static final String DEFAULTS_JSON = ScenarioFile.toJson(ExplorerState.defaults());

    /** Whether a process is still running. */
    @FunctionalInterface
    interface Liveness {
        /**
         * @param pid       the process id
         * @param startedAt when that process started, as it recorded it, or null if unknown
         */
        boolean running(long pid, Instant startedAt);
    }

    private final AutosaveFiles files;
    private final long pid;
    private final Liveness liveness;

    /**
     * @param files    the autosave folder
     * @param pid      this process's id (its own leftover files count as an earlier process's)
     * @param liveness tells whether another process is still running
     */
    AutosaveRecovery(AutosaveFiles files, long pid, Liveness liveness) {
        this.files = files;
        this.pid = pid;
        this.liveness = liveness;
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

    private record Candidate(Path path, Path editedFile, Instant savedAt) {
    }

    /**
     * Takes over the newest work of a dead process, if any.
     *
     * @param problems gets a message for each autosave that could not be read or set aside
     * @return the work taken over (now this process's {@code recovered-PID.json}), or null
     */
    Autosave.Recovery takeOver(List<String> problems) throws IOException {
        AutosaveFiles.Listing listing = files.list();
        // a write killed with its process leaves AtomicFiles' temporary file; nobody can be writing it any more
        for (var e : listing.temporaries().entrySet()) {
            long other = e.getKey();
            if (other != pid && !liveness.running(other, files.readMarker(other).processStart())) {
                for (Path t : e.getValue()) {
                    Files.deleteIfExists(t);
                }
            }
        }
        // a process is an orphan if it is not running (this process's id: a stale leftover)
        List<Candidate> candidates = new ArrayList<>();
        List<Path> deadMarkers = new ArrayList<>();
        for (long other : listing.byPid().keySet()) {
            AutosaveFiles.Marker marker = files.readMarker(other);
            if (other != pid && liveness.running(other, marker.processStart())) {
                continue;
            }
            deadMarkers.add(files.marker(other));
            for (Path f : List.of(files.live(other), files.recovered(other))) {
                if (Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
                    candidates.add(new Candidate(f, marker.editedFile(), AutosaveFiles.modified(f)));
                }
            }
        }
        candidates.sort(Comparator.comparing(Candidate::savedAt).reversed());
        Autosave.Recovery found = null;
        int older = 0;
        for (Candidate c : candidates) {
            if (found != null) {
                if (files.setAside(c.path(), AutosaveFiles.JSON, problems) != null) {
                    older++;
                }
                continue;
            }
            ExplorerState state;
            try {
                state = AutosaveFiles.readAutosave(c.path());
            } catch (ScenarioFileException damaged) {
                if (!Files.exists(c.path(), LinkOption.NOFOLLOW_LINKS)) {
                    continue; // another process starting at the same time took it
                }
                Path aside = files.setAside(c.path(), AutosaveFiles.DAMAGED, problems);
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
            Path mine = files.recovered(pid);
            if (!c.path().equals(mine)) {
                if (Files.exists(mine, LinkOption.NOFOLLOW_LINKS) && files.setAside(mine, AutosaveFiles.JSON, problems) != null) {
                    older++; // a stale one of an earlier process with this id, older than c
                }
                try {
                    AtomicFiles.rename(c.path(), mine);
                } catch (NoSuchFileException takenMeanwhile) {
                    continue;
                }
            }
            found = new Autosave.Recovery(state, c.savedAt(), c.editedFile(), 0);
        }
        for (Path m : deadMarkers) {
            if (!m.equals(files.marker(pid))) {
                try {
                    Files.deleteIfExists(m);
                } catch (IOException stays) {
                    // a marker that cannot go is looked at again next time, harmlessly: its work has been dealt with
                }
            }
        }
        return found == null ? null : new Autosave.Recovery(found.state(), found.savedAt(), found.file(), older);
    }
}
