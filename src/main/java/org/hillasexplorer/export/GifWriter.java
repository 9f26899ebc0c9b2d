package org.hillasexplorer.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Writes an animated GIF that loops forever (NETSCAPE2.0 extension) with ImageIO's GIF writer, one frame at a time so
 * a long sweep never holds all its frames in memory.
 *
 * <p><b>Colours.</b> All frames share one palette of up to 255 colours built from the first frame (and any further
 * sample images given to the constructor) by a median cut: the colours covering at least 0.05 % of the pixels
 * (background, band and box fills, text, at most {@value #MAX_EXACT_COLOURS}) get exact entries, the anti-aliased
 * remainder is split by median cut. Pixels map to the exact entry or the nearest one, without dithering, so flat
 * fills stay flat and lines crisp and nothing flickers between frames.
 *
 * <p><b>Size.</b> After the first (full, opaque) frame each frame is stored as the bounding box of the pixels that
 * changed, with unchanged pixels transparent (palette entry 255) and disposal {@code doNotDispose}, so only the moving
 * bands cost bytes. A decoder that composites (every browser and viewer) shows full frames; ImageIO's
 * {@code ImageReader.read(i)} returns the raw sub-image.
 *
 * <p>Not thread-safe; use one instance from one thread. {@link #close()} without {@link #finish()} abandons the
 * stream (the caller deletes the partial output, as {@link org.hillasexplorer.io.AtomicFiles} does).
 */
public final class GifWriter implements Closeable {
    /** Delay of an ordinary frame [1/100 s]: 8 cs = 12.5 frames per second. */
    public static final int DEFAULT_DELAY_CS = 8;
    /** Colours that may get an exact palette entry. */
    public static final int MAX_EXACT_COLOURS = 96;

    private static final int TRANSPARENT = 255;
    private static final int PALETTE_COLOURS = 255;
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageOutputStream ios;
    private final ImageWriter writer;
    private final List<BufferedImage> paletteSamples;
    private int @Nullable [] palette; // from the first frame on
    private @Nullable IndexColorModel colourModel;
    /** rgb → palette index + 1 (0 = not looked up yet); 16 MiB, filled lazily. */
    private byte @Nullable [] lookup;
    private byte @Nullable [] previous;
    private int width;
    private int height;
    private int count;
    private boolean finished;

    /** A writer whose palette comes from the first frame. */
    public GifWriter(OutputStream out) throws IOException {
        this(out, List.of());
    }

    /**
     * A writer whose palette comes from the first frame and {@code paletteSamples} (e.g. the last frame of a sweep,
     * so colours that appear only later are covered too).
     */
    public GifWriter(OutputStream out, List<BufferedImage> paletteSamples) throws IOException {
        Objects.requireNonNull(out, "out");
        this.paletteSamples = List.copyOf(paletteSamples);
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("gif");
        if (!it.hasNext()) {
            throw new IOException("no GIF writer available");
        }
        writer = it.next();
        ios = new MemoryCacheImageOutputStream(out);
        writer.setOutput(ios);
    }

    /**
     * Writes a complete animated GIF atomically ({@link org.hillasexplorer.io.AtomicFiles}): every frame
     * {@code delayCs}, the last one {@code lastDelayCs} [1/100 s]; frames must all have the same size.
     */
    public static void write(Path target, List<BufferedImage> frames, int delayCs, int lastDelayCs) throws ExportException {
        if (frames.isEmpty()) {
            throw new ExportException(target, "an animation needs at least one frame", null);
        }
        AtomicExport.write(target, out -> {
            try (GifWriter gif = new GifWriter(out, List.of(frames.get(frames.size() - 1)))) {
                for (int i = 0; i < frames.size(); i++) {
                    gif.writeFrame(frames.get(i), i == frames.size() - 1 ? lastDelayCs : delayCs);
                }
                gif.finish();
            }
        });
    }

    /** Frames written so far. */
    public int frameCount() {
        return count;
    }

    /**
     * Appends a frame shown for {@code delayCs} hundredths of a second (1 … 65535).
     *
     * @throws IllegalArgumentException if the size differs from the first frame's or the delay is out of range
     */
    public void writeFrame(BufferedImage frame, int delayCs) throws IOException {
        Objects.requireNonNull(frame, "frame");
        if (finished) {
            throw new IllegalStateException("already finished");
        }
        if (delayCs < 1 || delayCs > 65_535) {
            throw new IllegalArgumentException("delay " + delayCs + " cs is outside 1 … 65535");
        }
        if (count == 0) {
            width = frame.getWidth();
            height = frame.getHeight();
            List<BufferedImage> samples = new ArrayList<>(paletteSamples.size() + 1);
            samples.add(frame);
            samples.addAll(paletteSamples);
            palette = palette(samples, PALETTE_COLOURS);
            colourModel = colourModel(palette);
            lookup = new byte[1 << 24];
            writer.prepareWriteSequence(streamMetadata());
        } else if (frame.getWidth() != width || frame.getHeight() != height) {
            throw new IllegalArgumentException("frame " + (count + 1) + " is " + frame.getWidth() + " × "
                    + frame.getHeight() + ", the first was " + width + " × " + height);
        }
        byte[] indexed = index(frame);
        if (count == 0) {
            write(indexed, 0, 0, width, height, delayCs, false);
        } else {
            writeDifference(indexed, delayCs);
        }
        previous = indexed;
        count++;
    }

    /** Ends the GIF (writes the trailer and flushes); the underlying stream stays open. */
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        if (count == 0) {
            throw new IllegalStateException("no frames written");
        }
        writer.endWriteSequence();
        ios.flush();
        finished = true;
    }

    /** Releases the ImageIO writer; does not close the underlying stream. */
    @Override
    public void close() throws IOException {
        try {
            ios.close();
        } finally {
            writer.dispose();
            lookup = null;
        }
    }

    /** The logical screen (the first frame's size) and the shared palette as the global colour table. */
    private IIOMetadata streamMetadata() throws IOException {
        IIOMetadata meta = writer.getDefaultStreamMetadata(writer.getDefaultWriteParam());
        String format = "javax_imageio_gif_stream_1.0";
        IIOMetadataNode root = new IIOMetadataNode(format);
        IIOMetadataNode screen = new IIOMetadataNode("LogicalScreenDescriptor");
        screen.setAttribute("logicalScreenWidth", Integer.toString(width));
        screen.setAttribute("logicalScreenHeight", Integer.toString(height));
        screen.setAttribute("colorResolution", "8");
        screen.setAttribute("pixelAspectRatio", "0");
        root.appendChild(screen);
        IIOMetadataNode table = new IIOMetadataNode("GlobalColorTable");
        table.setAttribute("sizeOfGlobalColorTable", "256");
        table.setAttribute("backgroundColorIndex", "0");
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < 256; i++) {
            IIOMetadataNode e = new IIOMetadataNode("ColorTableEntry");
            e.setAttribute("index", Integer.toString(i));
            e.setAttribute("red", Integer.toString(colourModel.getRed(i)));
            e.setAttribute("green", Integer.toString(colourModel.getGreen(i)));
            e.setAttribute("blue", Integer.toString(colourModel.getBlue(i)));
            table.appendChild(e);
        }
        root.appendChild(table);
        try {
            meta.mergeTree(format, root);
        } catch (IIOInvalidTreeException e) {
            throw new IOException("GIF metadata rejected: " + e.getMessage(), e);
        }
        return meta;
    }

    private void writeDifference(byte[] now, int delayCs) throws IOException {
        int x0 = width;
        int y0 = height;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                if (now[row + x] != previous[row + x]) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = y;
                }
            }
        }
        if (x1 < 0) {
            // nothing changed: one transparent pixel that only carries the delay
            write(new byte[] {(byte) TRANSPARENT}, 0, 0, 1, 1, delayCs, true);
            return;
        }
        int w = x1 - x0 + 1;
        int h = y1 - y0 + 1;
        byte[] sub = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int src = (y0 + y) * width + x0;
            for (int x = 0; x < w; x++) {
                byte b = now[src + x];
                sub[y * w + x] = b == previous[src + x] ? (byte) TRANSPARENT : b;
            }
        }
        write(sub, x0, y0, w, h, delayCs, true);
    }

    private void write(byte[] pixels, int left, int top, int w, int h, int delayCs, boolean transparent)
            throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, colourModel);
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(pixels, 0, data, 0, pixels.length);
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(
                // not createFromRenderedImage: for a TYPE_BYTE_INDEXED image that gives the default 6×6×6 palette
                new ImageTypeSpecifier(image.getColorModel(), image.getSampleModel()), param);
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        IIOMetadataNode descriptor = new IIOMetadataNode("ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", Integer.toString(left));
        descriptor.setAttribute("imageTopPosition", Integer.toString(top));
        descriptor.setAttribute("imageWidth", Integer.toString(w));
        descriptor.setAttribute("imageHeight", Integer.toString(h));
        descriptor.setAttribute("interlaceFlag", "FALSE");
        root.appendChild(descriptor);
        IIOMetadataNode gce = new IIOMetadataNode("GraphicControlExtension");
        gce.setAttribute("disposalMethod", "doNotDispose");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", transparent ? "TRUE" : "FALSE");
        gce.setAttribute("delayTime", Integer.toString(delayCs));
        gce.setAttribute("transparentColorIndex", Integer.toString(TRANSPARENT));
        root.appendChild(gce);
        if (count == 0) {
            IIOMetadataNode apps = new IIOMetadataNode("ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0 = forever
            apps.appendChild(loop);
            root.appendChild(apps);
        }
        try {
            meta.mergeTree(FORMAT, root);
        } catch (IIOInvalidTreeException e) {
            throw new IOException("GIF metadata rejected: " + e.getMessage(), e);
        }
        writer.writeToSequence(new IIOImage(image, null, meta), param);
    }

    /** Maps every pixel to its palette index (exact entry, else the nearest). */
    private byte[] index(BufferedImage frame) {
        int[] rgb = frame.getRGB(0, 0, width, height, null, 0, width);
        byte[] out = new byte[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            int c = rgb[i] & 0xFFFFFF;
            int k = lookup[c] & 0xFF;
            if (k == 0) {
                k = nearest(palette, c) + 1;
                lookup[c] = (byte) k;
            }
            out[i] = (byte) (k - 1);
        }
        return out;
    }

    private static IndexColorModel colourModel(int[] palette) {
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        for (int i = 0; i < palette.length; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
        }
        for (int i = palette.length; i < 256; i++) {
            r[i] = g[i] = b[i] = (byte) 0xFF; // unused and the transparent entry: white
        }
        return new IndexColorModel(8, 256, r, g, b);
    }

    static int nearest(int[] palette, int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        int best = 0;
        long bestD = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int p = palette[i];
            int dr = r - ((p >> 16) & 0xFF);
            int dg = g - ((p >> 8) & 0xFF);
            int db = b - (p & 0xFF);
            long d = 2L * dr * dr + 4L * dg * dg + 3L * db * db;
            if (d < bestD) {
                bestD = d;
                best = i;
                if (d == 0) {
                    break;
                }
            }
        }
        return best;
    }

    /**
     * A palette of at most {@code max} colours for {@code images}: exact entries for the frequent colours, median cut
     * for the rest (package-private for tests).
     */
    static int[] palette(List<BufferedImage> images, int max) {
        Map<Integer, int[]> histogram = new HashMap<>();
        long total = 0;
        for (BufferedImage img : images) {
            int[] rgb = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
            for (int c : rgb) {
                histogram.computeIfAbsent(c & 0xFFFFFF, k -> new int[1])[0]++;
            }
            total += rgb.length;
        }
        int n = histogram.size();
        int[] colours = new int[n];
        int[] counts = new int[n];
        int j = 0;
        for (Map.Entry<Integer, int[]> e : histogram.entrySet()) {
            colours[j] = e.getKey();
            counts[j++] = e.getValue()[0];
        }
        if (n <= max) {
            return colours;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> counts[i]).reversed());
        long threshold = Math.max(1, total / 2000);
        List<Integer> exact = new ArrayList<>();
        for (int i = 0; i < n && exact.size() < MAX_EXACT_COLOURS && counts[order[i]] >= threshold; i++) {
            exact.add(colours[order[i]]);
        }
        int[] rest = new int[n - exact.size()];
        int[] restCounts = new int[rest.length];
        for (int i = exact.size(), k = 0; i < n; i++, k++) {
            rest[k] = colours[order[i]];
            restCounts[k] = counts[order[i]];
        }
        int[] cut = medianCut(rest, restCounts, max - exact.size());
        int[] out = new int[exact.size() + cut.length];
        for (int i = 0; i < exact.size(); i++) {
            out[i] = exact.get(i);
        }
        System.arraycopy(cut, 0, out, exact.size(), cut.length);
        return out;
    }

    /** Heckbert's median cut: split the box with the largest pixels × extent at its weighted median. */
    private static int[] medianCut(int[] colours, int[] counts, int boxes) {
        if (colours.length <= boxes) {
            return colours.clone();
        }
        List<Box> list = new ArrayList<>();
        Integer[] all = new Integer[colours.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        list.add(new Box(all, colours, counts));
        while (list.size() < boxes) {
            Box worst = null;
            for (Box b : list) {
                if (b.members.length > 1 && (worst == null || b.priority() > worst.priority())) {
                    worst = b;
                }
            }
            if (worst == null) {
                break;
            }
            list.remove(worst);
            list.addAll(worst.split(colours, counts));
        }
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i).mean(colours, counts);
        }
        return out;
    }

    private static final class Box {
        final Integer[] members;
        final long pixels;
        final int[] lo = {255, 255, 255};
        final int[] hi = {0, 0, 0};

        Box(Integer[] members, int[] colours, int[] counts) {
            this.members = members;
            long p = 0;
            for (int i : members) {
                p += counts[i];
                for (int ch = 0; ch < 3; ch++) {
                    int v = channel(colours[i], ch);
                    lo[ch] = Math.min(lo[ch], v);
                    hi[ch] = Math.max(hi[ch], v);
                }
            }
            pixels = p;
        }

        static int channel(int rgb, int ch) {
            return (rgb >> (16 - 8 * ch)) & 0xFF;
        }

        int longest() {
            int best = 0;
            for (int ch = 1; ch < 3; ch++) {
                if (hi[ch] - lo[ch] > hi[best] - lo[best]) {
                    best = ch;
                }
            }
            return best;
        }

        double priority() {
            int ch = longest();
            // extent counts more than population, so rare but distinct anti-aliasing ramps still get entries
            return Math.sqrt((double) pixels) * (hi[ch] - lo[ch] + 1);
        }

        List<Box> split(int[] colours, int[] counts) {
            int ch = longest();
            Integer[] sorted = members.clone();
            Arrays.sort(sorted, Comparator.comparingInt(i -> channel(colours[i], ch)));
            long half = pixels / 2;
            long acc = 0;
            int cut = 1;
            for (int i = 0; i < sorted.length - 1; i++) {
                acc += counts[sorted[i]];
                cut = i + 1;
                if (acc >= half) {
                    break;
                }
            }
            return List.of(new Box(Arrays.copyOfRange(sorted, 0, cut), colours, counts),
                    new Box(Arrays.copyOfRange(sorted, cut, sorted.length), colours, counts));
        }

        int mean(int[] colours, int[] counts) {
            double r = 0;
            double g = 0;
            double b = 0;
            for (int i : members) {
                r += counts[i] * (double) channel(colours[i], 0);
                g += counts[i] * (double) channel(colours[i], 1);
                b += counts[i] * (double) channel(colours[i], 2);
            }
            int ri = (int) Math.round(r / pixels);
            int gi = (int) Math.round(g / pixels);
            int bi = (int) Math.round(b / pixels);
            return (ri << 16) | (gi << 8) | bi;
        }
    }
}
