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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hillasexplorer.io.AtomicFiles;
import org.hillasexplorer.io.BoundedFiles;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.ScenarioFile;
import org.hillasexplorer.session.ScenarioFileException;

/**
 * The autosave folder's file format and rotation, without any timing or decisions: the names of a process's files,
 * its marker (a small properties file), reading an autosave, and setting files aside with only the newest
 * {@link #KEEP_ASIDE} kept. {@link Autosave} describes what each file means.
 *
 * <p>Files, for a process with id {@code PID}: {@code session-PID.running} (the marker), {@code session-PID.json} (the
 * latest state), {@code recovered-PID.json} (work taken over from a process that did not exit cleanly),
 * {@code autosave-yyyyMMdd-HHmmss[-N].json} (discarded work set aside) and
 * {@code autosave-yyyyMMdd-HHmmss[-N].damaged.json} (autosaves that could not be read).
 */
final class AutosaveFiles {
    /** How many discarded (and, separately, damaged) autosaves are kept aside. */
    static final int KEEP_ASIDE = 5;
    /** The suffix of a state file, and of discarded work set aside. */
    static final String JSON = ".json";
    /** The suffix of an autosave set aside because it could not be read. */
    static final String DAMAGED = ".damaged.json";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** AtomicFiles' temporary file for a session's marker or autosave: {@code .session-PID.running.<16 hex>.tmp}. */
    private static final Pattern TEMPORARY =
            Pattern.compile("\\.(?:session|recovered)-(\\d{1,18})\\.(?:running|json)\\.[0-9a-f]{16}\\.tmp");
    /** The largest marker read. */
    private static final int MAX_MARKER_BYTES = 64 * 1024 - 1;

    private final Path dir;
    private final Clock clock;

    /**
     * @param dir   the autosave folder
     * @param clock its zone names the files set aside; its instant is the marker's {@code written}
     */
    AutosaveFiles(Path dir, Clock clock) {
        this.dir = dir.toAbsolutePath().normalize();
        this.clock = clock;
    }

    Path folder() {
        return dir;
    }

    /** The marker of process {@code pid}. */
    Path marker(long pid) {
        return dir.resolve("session-" + pid + ".running");
    }

    /** The latest autosave of process {@code pid}. */
    Path live(long pid) {
        return dir.resolve("session-" + pid + JSON);
    }

    /** The work process {@code pid} took over. */
    Path recovered(long pid) {
        return dir.resolve("recovered-" + pid + JSON);
    }

    /**
     * The folder's session files by process id.
     *
     * @param byPid       markers, autosaves and recovered work of each process
     * @param temporaries AtomicFiles' temporary files of each process's writes
     */
    record Listing(Map<Long, List<Path>> byPid, Map<Long, List<Path>> temporaries) {
    }

    /** Lists the session files of every process (other files are left alone). */
    Listing list() throws IOException {
        Map<Long, List<Path>> byPid = new TreeMap<>();
        Map<Long, List<Path>> temporaries = new TreeMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                Matcher t = TEMPORARY.matcher(n);
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
        return new Listing(byPid, temporaries);
    }

    // ------------------------------------------------------------------------------------------------ the marker

    /** What a marker says: when its process started and the scenario file it was editing (each null if unknown). */
    record Marker(Instant processStart, Path editedFile) {
    }

    /** The marker of {@code pid}; its fields are null if it is missing, damaged or not a small regular file. */
    Marker readMarker(long pid) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(BoundedFiles.readBytes(marker(pid), MAX_MARKER_BYTES, LinkOption.NOFOLLOW_LINKS),
                    StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException damaged) {
            p.clear();
        }
        return new Marker(instant(p.getProperty("process-start")), path(p.getProperty("file")));
    }

    /** Writes the marker of {@code pid} (atomically), a text the user can read. */
    void writeMarker(long pid, Instant processStart, Path editedFile) throws IOException {
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

    // ------------------------------------------------------------------------------------------------ autosaves

    /** Reads an autosave; any problem (not a regular file, damaged, not a scenario) is a ScenarioFileException. */
    static ExplorerState readAutosave(Path f) {
        if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
            throw new ScenarioFileException(f + ": is not a regular file", null);
        }
        return ScenarioFile.read(f);
    }

    /** When {@code f} was last written. */
    static Instant modified(Path f) throws IOException {
        return Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS).toInstant();
    }

    // ------------------------------------------------------------------------------------------------ set aside

    /** Moves {@code f} aside as {@code autosave-<its time>{suffix}}; returns the new path, or null if it failed. */
    Path setAside(Path f, String suffix, List<String> problems) {
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

    /** Keeps the newest {@link #KEEP_ASIDE} files set aside with this suffix ({@link #JSON} or {@link #DAMAGED}). */
    void pruneAside(String suffix) {
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
}
