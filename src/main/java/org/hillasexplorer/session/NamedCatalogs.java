package org.hillasexplorer.session;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hillasexplorer.catalog.Catalog;
import org.hillasexplorer.catalog.CatalogException;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.io.BoundedFiles;
import org.hillasexplorer.io.ReadException;
import org.hillasexplorer.session.FigureState.CatalogIdentity;

/**
 * The catalogue files a figure or a scenario file names ({@link ExplorerState#catalogFiles()}), found by the rules for
 * files from others. Figures and scenario files are made to be shared, so the paths inside one are never opened as
 * written there — not an absolute path, not a {@code ../} path, not a path relative to the working directory:
 * <ul>
 *   <li>only a file <em>beside</em> the figure or scenario file is a candidate, found by its file name alone (the
 *       recorded path's last component, {@code /} or {@code \} separated);</li>
 *   <li>for a figure, that file must have the SHA-256 the figure recorded for the catalogue (so it is the very
 *       catalogue the figure was made with); a scenario file records no checksums, so there the name decides;</li>
 *   <li>it must be a regular file (not a FIFO, device, socket, directory or symbolic link) of at most
 *       {@link CatalogReader#MAX_BYTES} bytes.</li>
 * </ul>
 * Nothing here quotes a file's content: a file the user did not name is described by its path and the kind of
 * problem only, and {@link #read(Named)} turns any refusal into such a message. Files the user names explicitly
 * (on the command line, in a file chooser) are read with {@link CatalogReader#read(Path)} as usual instead.
 */
public final class NamedCatalogs {
    /** Longest recorded name quoted in a message, in characters. */
    private static final int MAX_SHOWN_NAME = 160;

    private NamedCatalogs() {
    }

    /**
     * One catalogue file a figure or scenario names.
     *
     * @param recorded       the path as the figure or scenario records it (text from the file: show it only through
     *                       {@link #shown(String)})
     * @param namedBy        {@code figure} or {@code scenario}, for messages
     * @param file           the file beside the figure or scenario that may be opened, or null when there is none
     * @param expectedSha256 the SHA-256 the figure recorded (a scenario records none: null)
     * @param problem        why it is not opened (e.g. {@code was not found beside it (…)}), or null when it may be
     */
    public record Named(String recorded, String namedBy, Path file, String expectedSha256, String problem) {
        public Named {
            Objects.requireNonNull(recorded, "recorded");
            Objects.requireNonNull(namedBy, "namedBy");
            if ((file == null) == (problem == null)) {
                throw new IllegalArgumentException("exactly one of file and problem must be given");
            }
        }

        /** Whether the file was found beside the figure or scenario and passed the checks. */
        public boolean usable() {
            return problem == null;
        }

        /** The file to open, when {@link #usable()}. */
        public Optional<Path> found() {
            return Optional.ofNullable(file);
        }

        /** E.g. {@code catalogue 'sim.csv' named by the figure was not found beside it (no /data/sim.csv)}. */
        public String describe() {
            return "catalogue " + shown(recorded) + " named by the " + namedBy + " "
                    + (usable() ? "is " + file + " beside it" : problem);
        }
    }

    /**
     * The catalogue files {@code figure}'s state names, looked for beside {@code figureFile} by file name and checked
     * against the SHA-256 checksums the figure recorded. Every file found is read (at most 10 MB) to check it.
     */
    public static List<Named> ofFigure(FigureState figure, Path figureFile) {
        Path dir = folder(figureFile);
        List<Named> out = new ArrayList<>();
        Set<Path> taken = new HashSet<>();
        for (String recorded : figure.state().catalogFiles()) {
            Optional<String> sha = figure.catalogs().stream().filter(c -> !c.builtin() && c.name().equals(recorded))
                    .map(CatalogIdentity::sha256).findFirst();
            Optional<Path> candidate = beside(dir, recorded);
            if (candidate.isEmpty()) {
                out.add(skipped(recorded, "figure", "has no file name to look for beside it"));
                continue;
            }
            Path p = candidate.get();
            if (taken.contains(p)) {
                out.add(skipped(recorded, "figure", "is the same file beside it as another catalogue it names (" + p + ")"));
            } else if (sha.isEmpty()) {
                out.add(skipped(recorded, "figure", "has no SHA-256 recorded in it, so the file beside it cannot be checked"));
            } else {
                try {
                    String now = sha256(readRegular(p));
                    if (now.equals(sha.get())) {
                        taken.add(p);
                        out.add(new Named(recorded, "figure", p, sha.get(), null));
                    } else {
                        out.add(skipped(recorded, "figure", "differs from the one the figure was made with (the SHA-256 of "
                                + p + " beside it does not match)"));
                    }
                } catch (Refusal r) {
                    out.add(skipped(recorded, "figure", r.beside(p)));
                }
            }
        }
        return out;
    }

    /**
     * The catalogue files {@code state} names, looked for beside {@code scenarioFile} by file name alone (a scenario
     * file records no checksums). Nothing is read: only the files' attributes are looked at.
     */
    public static List<Named> ofScenario(ExplorerState state, Path scenarioFile) {
        Path dir = folder(scenarioFile);
        List<Named> out = new ArrayList<>();
        Set<Path> taken = new HashSet<>();
        for (String recorded : state.catalogFiles()) {
            Optional<Path> candidate = beside(dir, recorded);
            if (candidate.isEmpty()) {
                out.add(skipped(recorded, "scenario", "has no file name to look for beside it"));
                continue;
            }
            Path p = candidate.get();
            if (taken.contains(p)) {
                out.add(skipped(recorded, "scenario", "is the same file beside it as another catalogue it names (" + p + ")"));
                continue;
            }
            try {
                checkRegular(p);
                taken.add(p);
                out.add(new Named(recorded, "scenario", p, null, null));
            } catch (Refusal r) {
                out.add(skipped(recorded, "scenario", r.beside(p)));
            }
        }
        return out;
    }

    /**
     * Reads a {@linkplain Named#usable() usable} named catalogue: again only as a regular file of at most 10 MB, with
     * its checksum checked again (for a figure's), and parsed from the very bytes checked.
     *
     * @throws CatalogException naming the file and the kind of problem, never quoting its content
     */
    public static Catalog read(Named named) {
        if (!named.usable()) {
            throw new CatalogException(shown(named.recorded()), "named by the " + named.namedBy() + ", " + named.problem());
        }
        Path p = named.file();
        String source = p.toString();
        byte[] bytes;
        try {
            bytes = readRegular(p);
        } catch (Refusal r) {
            throw new CatalogException(source, r.missing ? "no such file" : r.getMessage());
        }
        if (named.expectedSha256() != null) {
            String now = sha256(bytes);
            if (!now.equals(named.expectedSha256())) {
                throw new CatalogException(source, "changed since it was checked: it differs from the one the "
                        + named.namedBy() + " was made with (SHA-256)");
            }
        }
        try {
            return CatalogReader.read(new ByteArrayInputStream(bytes), source);
        } catch (CatalogException e) {
            // the reader's message may quote a line of the file, and this file was named by someone else: say only what kind
            throw new CatalogException(source, "is not a catalogue this program can read (the details are not shown for "
                    + "a file the " + named.namedBy() + " named; open it yourself to see them)");
        }
    }

    /**
     * The last component of a recorded path ({@code /} or {@code \} separated), or empty when it has none that names
     * a file ({@code ""}, {@code .}, {@code ..}, or a name with a control character).
     */
    public static Optional<String> fileName(String recorded) {
        String s = recorded.strip();
        while (s.endsWith("/") || s.endsWith("\\")) {
            s = s.substring(0, s.length() - 1);
        }
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        String name = s.substring(cut + 1);
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('\0') >= 0
                || name.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /** A recorded name as messages quote it: in single quotes, control characters as {@code ?}, at most 160 characters. */
    public static String shown(String recorded) {
        String t = recorded.length() > 4 * MAX_SHOWN_NAME ? recorded.substring(0, 4 * MAX_SHOWN_NAME) : recorded;
        t = t.codePoints().map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return "'" + (t.length() > MAX_SHOWN_NAME ? t.substring(0, MAX_SHOWN_NAME - 3) + "..." : t) + "'";
    }

    private static String sha256(byte[] bytes) {
        try {
            return FigureState.sha256(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new IllegalStateException("a byte array always reads", e);
        }
    }

    private static Named skipped(String recorded, String namedBy, String problem) {
        return new Named(recorded, namedBy, null, null, problem);
    }

    private static Path folder(Path file) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        return dir == null ? file.toAbsolutePath().getRoot() : dir;
    }

    /** The file of this name in {@code dir}, never outside it. */
    private static Optional<Path> beside(Path dir, String recorded) {
        Optional<String> name = fileName(recorded);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path p = dir.resolve(name.get()).normalize();
            return dir.equals(p.getParent()) ? Optional.of(p) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Refuses what is not a regular file of at most 10 MB, from its attributes, without following a symbolic link. */
    private static void checkRegular(Path p) throws Refusal {
        try {
            BoundedFiles.checkRegularFile(p, CatalogReader.MAX_BYTES, LinkOption.NOFOLLOW_LINKS);
        } catch (ReadException e) {
            throw new Refusal(e);
        }
    }

    /** The bytes of a regular file of at most 10 MB, checked as {@link #checkRegular} does first. */
    private static byte[] readRegular(Path p) throws Refusal {
        try {
            return BoundedFiles.readBytes(p, CatalogReader.MAX_BYTES, LinkOption.NOFOLLOW_LINKS);
        } catch (ReadException e) {
            throw new Refusal(e);
        }
    }

    /** Why a file is not opened: the kind of problem (never the file's content), e.g. {@code is a symbolic link}. */
    private static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean missing;

        Refusal(ReadException e) {
            super(switch (e.problem()) {
                case MISSING -> "was not found";
                case ACCESS_DENIED -> "cannot be read (permission denied)";
                case UNREADABLE, NOT_UTF8 -> "cannot be read";
                case SYMBOLIC_LINK -> "is a symbolic link (only a regular file is opened)";
                case DIRECTORY, NOT_REGULAR -> "is not a regular file (a directory, FIFO, device or socket), so it was not opened";
                case TOO_LARGE -> "is larger than 10 MB, too large for a catalogue";
            }, null, false, false);
            this.missing = e.problem() == ReadException.Problem.MISSING;
        }

        /** The problem of {@code p}, the file beside the figure or scenario, as the rest of a sentence. */
        String beside(Path p) {
            return missing ? "was not found beside it (there is no " + p + ")"
                    : "was found beside it as " + p + ", which " + getMessage();
        }
    }
}
