package org.hillasexplorer.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.hillasexplorer.io.AtomicFiles;
import org.hillasexplorer.io.WriteException;
import org.hillasexplorer.physics.Scenario;
import org.jfree.chart.JFreeChart;
import org.jspecify.annotations.Nullable;

/**
 * Renders a parameter sweep ({@link SweepSpec}) as a movie: an animated GIF or a numbered PNG sequence.
 *
 * <p><b>Output</b>, chosen by {@code out}:
 * <ul>
 *   <li>{@code NAME.gif} (any case): an animated GIF ({@link GifWriter}) that plays once from {@code from} to
 *       {@code to} — one way, not ping-pong — and loops forever; each frame shows for {@value #FRAME_DELAY_CS}/100 s
 *       and the last one holds for {@value #LAST_FRAME_DELAY_CS}/100 s so the end state can be read before the loop
 *       restarts. Written atomically ({@link AtomicFiles}).</li>
 *   <li>a name containing {@code %0Nd} (e.g. {@code frames/f-%03d.png}, N at least the digits of the frame count):
 *       PNG files numbered from 1 ({@code f-001.png}, …), so they sort in order.</li>
 *   <li>any other name without an extension (a directory, existing or not, e.g. {@code frames} or {@code frames/}):
 *       {@code frame-001.png} … {@code frame-NNN.png} in it.</li>
 * </ul>
 * PNG frames are written into a hidden temporary directory first and moved into place only when all are done; a
 * directory that does not exist yet appears in one rename. Stale frames of an earlier, longer sequence with the same
 * naming in that directory are deleted so the sequence is complete; other files are left alone.
 *
 * <p><b>Cancelling</b> ({@link Progress#cancelled()} or interrupting the thread) throws {@link InterruptedException}
 * and leaves nothing behind: no partial GIF, no frames. Likewise on any failure (then {@link ExportException}).
 *
 * <p><b>Threads.</b> Meant to run off the FX thread. Every frame's charts come from {@code chartsFor} and are only
 * drawn on the calling thread; nothing is shared between calls, so concurrent sweeps are safe as long as
 * {@code chartsFor} builds fresh charts (it is called once per frame, plus once more for the last frame's palette).
 */
public final class Sweep {
    /** Delay of each frame of a GIF [1/100 s]. */
    public static final int FRAME_DELAY_CS = GifWriter.DEFAULT_DELAY_CS;
    /** How long a GIF holds its last frame before looping [1/100 s]. */
    public static final int LAST_FRAME_DELAY_CS = 150;
    /** File name pattern of PNG frames written into a directory. */
    public static final String DIRECTORY_FRAME_PATTERN = "frame-%03d.png";

    private static final Pattern NUMBER = Pattern.compile("%0([1-9])d");

    /** The work folders of PNG frames: {@code .NAME.<16 hex digits>.sweep.tmp}. */
    static final Pattern WORK_FOLDER_NAME = Pattern.compile("\\..+\\.[0-9a-f]{16}\\.sweep\\.tmp");

    /** Frames a work folder of a dead sweep may hold before it is left alone as not plausibly ours. */
    private static final int MAX_STALE_FRAMES = 100_000;

    /** Reports progress and asks whether to stop; called on the rendering thread after/before each frame. */
    public interface Progress {
        /** Reports nothing and never cancels. */
        Progress NONE = new Progress() {
            @Override
            public void frameDone(int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        /** {@code done} of {@code total} frames are rendered (1 … total). */
        void frameDone(int done, int total);

        /** Whether to stop; checked before every frame. */
        boolean cancelled();
    }

    /** What {@link #render} writes for a given {@code out}. */
    public enum Output {
        /** One animated GIF. */
        GIF,
        /** Numbered PNG files. */
        PNG_FRAMES
    }

    private Sweep() {
    }

    /**
     * The kind of output for {@code out}: {@code .gif} → GIF; a name with {@code %0Nd} or without extension → PNG
     * frames.
     *
     * @throws ExportException for any other name (e.g. {@code .png}, {@code .mp4}), or a bad {@code %} pattern
     */
    public static Output output(Path out) throws ExportException {
        String name = name(out);
        if (name.toLowerCase(Locale.ROOT).endsWith(".gif") && !name.contains("%")) {
            return Output.GIF;
        }
        if (name.contains("%")) {
            pattern(out, SweepSpec.MAX_FRAMES);
            return Output.PNG_FRAMES;
        }
        if (!name.contains(".") || Files.isDirectory(out)) {
            return Output.PNG_FRAMES;
        }
        throw new ExportException(out, "a sweep is written as NAME.gif, a directory (frames/) or a numbered name like "
                + "frames/f-%03d.png", null);
    }

    /** The files of a PNG sequence of {@code frames} frames for {@code out}, in order. */
    public static List<Path> framePaths(Path out, int frames) throws ExportException {
        Path dir = frameDirectory(out);
        String pattern = pattern(out, frames);
        List<Path> paths = new ArrayList<>(frames);
        for (int i = 1; i <= frames; i++) {
            paths.add(dir.resolve(String.format(Locale.ROOT, pattern, i)));
        }
        return paths;
    }

    /**
     * Renders the sweep: frame i shows {@code chartsFor.apply(base.with(spec.parameter(), spec.value(i)))} arranged
     * as {@link CompositeExporter#render} does, at {@code widthPerChart × heightPerChart} points per chart and
     * {@code scale} pixels per point.
     *
     * @param progress may be null (as {@link Progress#NONE})
     * @throws ExportException      on a bad output name or size, or a failed write (nothing is left behind)
     * @throws InterruptedException when cancelled or interrupted (nothing is left behind)
     */
    public static void render(Scenario base, SweepSpec spec, Function<Scenario, List<JFreeChart>> chartsFor,
                              CompositeExporter.Arrangement arrangement, int widthPerChart, int heightPerChart,
                              double scale, Path out, @Nullable Progress progress) throws ExportException, InterruptedException {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(chartsFor, "chartsFor");
        Objects.requireNonNull(arrangement, "arrangement");
        Objects.requireNonNull(out, "out");
        Progress p = progress == null ? Progress.NONE : progress;
        Output kind = output(out);
        FigureExporter.checkSize(out, widthPerChart, heightPerChart);
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new ExportException(out, "scale " + scale + " must be a positive number", null);
        }
        Renderer r = new Renderer(base, spec, chartsFor, arrangement, widthPerChart, heightPerChart, scale, out);
        if (kind == Output.GIF) {
            renderGif(r, spec, out, p);
        } else {
            renderFrames(r, spec, out, p);
        }
    }

    private static void renderGif(Renderer r, SweepSpec spec, Path out, Progress p)
            throws ExportException, InterruptedException {
        int n = spec.frames();
        try {
            AtomicFiles.write(out, stream -> {
                checkCancelled(p);
                BufferedImage last = r.frame(n - 1);
                try (GifWriter gif = new GifWriter(stream, List.of(last))) {
                    for (int i = 0; i < n; i++) {
                        checkCancelled(p);
                        BufferedImage frame = i == n - 1 ? last : r.frame(i);
                        gif.writeFrame(frame, i == n - 1 ? LAST_FRAME_DELAY_CS : FRAME_DELAY_CS);
                        p.frameDone(i + 1, n);
                    }
                    gif.finish();
                }
            });
        } catch (WriteException e) {
            if (e.getCause() instanceof Cancelled) {
                throw new InterruptedException("sweep cancelled");
            }
            throw new ExportException(e);
        }
    }

    private static void renderFrames(Renderer r, SweepSpec spec, Path out, Progress p)
            throws ExportException, InterruptedException {
        int n = spec.frames();
        List<Path> targets = framePaths(out, n);
        Path dir = frameDirectory(out).toAbsolutePath().normalize();
        Path parent = dir.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new ExportException(out, "directory does not exist: " + parent, null);
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ExportException(out, dir + " is a file, not a directory", null);
        }
        boolean fresh = !Files.exists(dir);
        Path workIn = fresh ? parent : dir;
        Path realWorkIn;
        try {
            realWorkIn = workIn.toRealPath();
        } catch (IOException e) {
            throw new ExportException(out, AtomicFiles.reason(e, workIn), e);
        }
        List<Path> replace = new ArrayList<>();
        try {
            AtomicFiles.checkFolder(out, realWorkIn);
            for (Path t : targets) {
                // as AtomicFiles: a frame that is a device, FIFO or directory is refused, a link is written through
                replace.add(fresh ? null : AtomicFiles.replaceableTarget(out, dir.resolve(t.getFileName())));
            }
        } catch (WriteException e) {
            throw new ExportException(e);
        }
        Path temp = null;
        try {
            temp = createTempDir(workIn, dir.getFileName().toString());
            AtomicFiles.deleteStale(workIn, temp, ".*.sweep.tmp", WORK_FOLDER_NAME, true, Sweep::deleteIfOnlyFrames);
            for (int i = 0; i < n; i++) {
                checkCancelled(p);
                BufferedImage frame = r.frame(i);
                Path f = temp.resolve(targets.get(i).getFileName());
                if (!ImageIO.write(frame, "png", f.toFile())) {
                    throw new IOException("no PNG writer available");
                }
                p.frameDone(i + 1, n);
            }
            checkCancelled(p);
            if (fresh && moveDirectory(temp, dir)) {
                temp = null;
                return;
            }
            deleteStale(dir, pattern(out, n), targets);
            for (int i = 0; i < targets.size(); i++) {
                Path name = targets.get(i).getFileName();
                Path to = replace.get(i) != null ? replace.get(i) : AtomicFiles.replaceableTarget(out, dir.resolve(name));
                AtomicFiles.replace(temp.resolve(name), to);
            }
        } catch (Cancelled e) {
            throw new InterruptedException("sweep cancelled");
        } catch (WriteException e) {
            throw new ExportException(e);
        } catch (IOException | RuntimeException e) {
            throw new ExportException(out, AtomicFiles.reason(e, dir), e);
        } finally {
            if (temp != null) {
                deleteTree(temp);
            }
        }
    }

    /** Renders one frame; the charts are built and drawn on the calling thread. */
    private record Renderer(Scenario base, SweepSpec spec, Function<Scenario, List<JFreeChart>> chartsFor,
                            CompositeExporter.Arrangement arrangement, int width, int height, double scale, Path out) {
        BufferedImage frame(int i) {
            Scenario s = base.with(spec.parameter(), spec.value(i));
            List<JFreeChart> charts = chartsFor.apply(s);
            return CompositeExporter.render(charts, arrangement, width, height, scale);
        }
    }

    /** Cancellation travelling through {@link AtomicFiles.Content}, which may throw only IOException. */
    private static final class Cancelled extends IOException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("cancelled");
        }
    }

    private static void checkCancelled(Progress p) throws Cancelled {
        if (Thread.interrupted() || p.cancelled()) {
            throw new Cancelled();
        }
    }

    private static String name(Path out) {
        Path f = out.getFileName();
        return f == null ? "" : f.toString();
    }

    /** The directory the PNG frames go into. */
    private static Path frameDirectory(Path out) {
        if (name(out).contains("%")) {
            Path parent = out.toAbsolutePath().normalize().getParent();
            return parent == null ? out.toAbsolutePath() : parent;
        }
        return out;
    }

    /** The file-name pattern with exactly one {@code %0Nd} wide enough for {@code frames}. */
    private static String pattern(Path out, int frames) throws ExportException {
        String name = name(out);
        if (!name.contains("%")) {
            return DIRECTORY_FRAME_PATTERN;
        }
        Matcher m = NUMBER.matcher(name);
        if (!m.find() || name.indexOf('%') != m.start() || name.indexOf('%', m.end()) >= 0) {
            throw new ExportException(out, "a numbered frame name needs exactly one %0Nd, e.g. f-%03d.png", null);
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new ExportException(out, "numbered frames are PNG files; end the name with .png", null);
        }
        int width = Integer.parseInt(m.group(1));
        if (width < Integer.toString(frames).length()) {
            throw new ExportException(out, "%0" + width + "d is too narrow for " + frames
                    + " frames to sort in order; use %03d", null);
        }
        return name;
    }

    /** Deletes files in {@code dir} named like {@code pattern} that are not among {@code keep}. */
    private static void deleteStale(Path dir, String pattern, List<Path> keep) throws IOException {
        Matcher m = NUMBER.matcher(pattern);
        if (!m.find()) {
            return;
        }
        Pattern like = Pattern.compile(Pattern.quote(pattern.substring(0, m.start())) + "\\d{"
                + m.group(1) + ",}" + Pattern.quote(pattern.substring(m.end())));
        List<String> names = keep.stream().map(k -> k.getFileName().toString()).toList();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path f : ds) {
                String n = f.getFileName().toString();
                if (like.matcher(n).matches() && !names.contains(n) && Files.isRegularFile(f)) {
                    Files.delete(f);
                }
            }
        }
    }

    /**
     * Deletes a dead sweep's work folder ({@link AtomicFiles#deleteStale} found it: ours by name, owner and age) if it
     * holds nothing but regular {@code .png} files, as a sweep leaves; anything else is not plausibly ours.
     */
    private static void deleteIfOnlyFrames(Path folder) throws IOException {
        List<Path> frames = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
            for (Path f : ds) {
                if (frames.size() == MAX_STALE_FRAMES
                        || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                        || !f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
                    return; // something that a sweep does not leave: not ours to delete
                }
                frames.add(f);
            }
        }
        for (Path f : frames) {
            Files.delete(f);
        }
        Files.delete(folder);
    }

    /** {@code .NAME.<16 hex digits>.sweep.tmp}, the name {@link #WORK_FOLDER_NAME} matches. */
    private static Path createTempDir(Path in, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = in.resolve("." + name + "." + String.format(Locale.ROOT, "%016x", ThreadLocalRandom.current().nextLong())
                    + ".sweep.tmp");
            try {
                return Files.createDirectory(p);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /** Renames a whole directory into place; false if the target appeared meanwhile. */
    private static boolean moveDirectory(Path from, Path to) throws IOException {
        try {
            AtomicFiles.rename(from, to);
            return true;
        } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
            return false;
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException ignored) {
            // best effort: the failure that got us here is what the caller reports
        }
    }
}
