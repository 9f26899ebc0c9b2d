package org.hillasexplorer.export;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Writes several charts into one file, e.g. both planes side by side or stacked, as PNG (optionally at a
 * device-pixel scale), SVG or PDF. Every chart gets a cell of {@code widthPerChart × heightPerChart} points; the
 * whole figure is {@code columns × widthPerChart} by {@code rows × heightPerChart}. Writes are atomic
 * ({@link org.hillasexplorer.io.AtomicFiles}), like {@link FigureExporter}'s.
 *
 * <p>In the SVG every chart is drawn into its own {@code <svg>} element inside a group {@code <g id="panel-N">}
 * (N = 1, 2, … in list order), and every id inside it is prefixed with {@code panel-N-} so ids stay unique in the
 * document: the first chart's GeV band is {@code <g id="panel-1-band-GeV">}, the second's
 * {@code <g id="panel-2-band-GeV">}.
 */
public final class CompositeExporter {
    /** Most charts in one composite. */
    public static final int MAX_CHARTS = 8;

    /** How the charts are laid out, in list order. */
    public enum Arrangement {
        /** One row, charts left to right. */
        SIDE_BY_SIDE,
        /** One column, charts top to bottom. */
        STACKED;

        /** Number of columns for {@code n} charts. */
        public int columns(int n) {
            return this == SIDE_BY_SIDE ? n : 1;
        }

        /** Number of rows for {@code n} charts. */
        public int rows(int n) {
            return this == STACKED ? n : 1;
        }

        /** Left edge of chart {@code i}'s cell, in points. */
        double x(int i, int widthPerChart) {
            return this == SIDE_BY_SIDE ? (double) i * widthPerChart : 0;
        }

        /** Top edge of chart {@code i}'s cell, in points. */
        double y(int i, int heightPerChart) {
            return this == STACKED ? (double) i * heightPerChart : 0;
        }
    }

    private static final Pattern ID_ATTRIBUTE = Pattern.compile("(\\sid=')");

    private CompositeExporter() {
    }

    /** Total width in points of {@code n} charts of {@code widthPerChart} each. */
    public static int totalWidth(int n, Arrangement arrangement, int widthPerChart) {
        return arrangement.columns(n) * widthPerChart;
    }

    /** Total height in points of {@code n} charts of {@code heightPerChart} each. */
    public static int totalHeight(int n, Arrangement arrangement, int heightPerChart) {
        return arrangement.rows(n) * heightPerChart;
    }

    /**
     * Writes by extension: {@code .png}, {@code .svg} or {@code .pdf} (case-insensitive); {@code scale} applies to
     * PNG only.
     *
     * @throws ExportException on an unknown extension, a bad size or scale, or a failed write (nothing is left
     *                         behind)
     * @throws IllegalArgumentException if {@code charts} is empty or has more than {@value #MAX_CHARTS} charts
     */
    public static void write(List<JFreeChart> charts, Arrangement arrangement, Path path, int widthPerChart,
                             int heightPerChart, double scale) throws ExportException {
        write(charts, arrangement, path, widthPerChart, heightPerChart, scale, Map.of());
    }

    /**
     * Writes by extension as {@link #write(List, Arrangement, Path, int, int, double)}, embedding {@code metadata} as
     * {@link FigureMetadata} describes.
     *
     * @throws IllegalArgumentException also for a metadata key outside {@code [A-Za-z0-9._-]}, 1–79 characters
     */
    public static void write(List<JFreeChart> charts, Arrangement arrangement, Path path, int widthPerChart,
                             int heightPerChart, double scale, Map<String, String> metadata) throws ExportException {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            writePng(charts, arrangement, path, widthPerChart, heightPerChart, scale, metadata);
        } else if (name.endsWith(".svg")) {
            writeSvg(charts, arrangement, path, widthPerChart, heightPerChart, metadata);
        } else if (name.endsWith(".pdf")) {
            writePdf(charts, arrangement, path, widthPerChart, heightPerChart, metadata);
        } else {
            throw new ExportException(path, "unknown file type; use one of .png, .svg, .pdf", null);
        }
    }

    /** A PNG of {@code round(totalWidth × scale)} × {@code round(totalHeight × scale)} pixels on white. */
    public static void writePng(List<JFreeChart> charts, Arrangement arrangement, Path path, int widthPerChart,
                                int heightPerChart, double scale) throws ExportException {
        writePng(charts, arrangement, path, widthPerChart, heightPerChart, scale, Map.of());
    }

    /** A PNG as {@link #writePng(List, Arrangement, Path, int, int, double)}, one iTXt chunk per metadata entry. */
    public static void writePng(List<JFreeChart> charts, Arrangement arrangement, Path path, int widthPerChart,
                                int heightPerChart, double scale, Map<String, String> metadata) throws ExportException {
        Map<String, String> md = FigureMetadata.checked(metadata);
        checkCharts(charts, arrangement);
        checkSize(path, charts.size(), arrangement, widthPerChart, heightPerChart);
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new ExportException(path, "scale " + scale + " must be a positive number", null);
        }
        long w = Math.round(totalWidth(charts.size(), arrangement, widthPerChart) * scale);
        long h = Math.round(totalHeight(charts.size(), arrangement, heightPerChart) * scale);
        int max = FigureExporter.MAX_PIXELS_PER_SIDE;
        if (w > max || h > max || w < 1 || h < 1) {
            throw new ExportException(path, w + " × " + h + " px is outside 1 … " + max + " px per side", null);
        }
        BufferedImage image = render(charts, arrangement, widthPerChart, heightPerChart, scale);
        FigureExporter.writePng(image, path, md);
    }

    /**
     * Renders the charts to one RGB image of {@code round(totalWidth × scale)} × {@code round(totalHeight × scale)}
     * pixels on white (for the clipboard, or {@link #writePng}).
     *
     * @throws IllegalArgumentException if {@code charts} is empty or too long, or a size or the scale is not positive
     */
    public static BufferedImage render(List<JFreeChart> charts, Arrangement arrangement, int widthPerChart,
                                       int heightPerChart, double scale) {
        checkCharts(charts, arrangement);
        if (widthPerChart < 1 || heightPerChart < 1 || !(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("size " + widthPerChart + " × " + heightPerChart + " and scale "
                    + scale + " must be positive");
        }
        int n = charts.size();
        int w = (int) Math.round(totalWidth(n, arrangement, widthPerChart) * scale);
        int h = (int) Math.round(totalHeight(n, arrangement, heightPerChart) * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            FigureExporter.applyQualityHints(g2);
            g2.setPaint(java.awt.Color.WHITE);
            g2.fillRect(0, 0, w, h);
            g2.scale(scale, scale);
            drawAll(g2, charts, arrangement, widthPerChart, heightPerChart);
        } finally {
            g2.dispose();
        }
        return image;
    }

    /**
     * An SVG document of {@code totalWidth × totalHeight} px; each chart is a nested {@code <svg>} in
     * {@code <g id="panel-N">}, its ids prefixed with {@code panel-N-}; labels stay {@code <text>}.
     */
    public static void writeSvg(List<JFreeChart> charts, Arrangement arrangement, Path path, int widthPerChart,
                                int heightPerChart) throws ExportException {
        writeSvg(charts, arrangement, path, widthPerChart, heightPerChart, Map.of());
    }

    /** An SVG as {@link #writeSvg(List, Arrangement, Path, int, int)}, the metadata in a {@code <metadata>} element. */
    public static void writeSvg(List<JFreeChart> charts, Arrangement arrangement, Path path, int widthPerChart,
                                int heightPerChart, Map<String, String> metadata) throws ExportException {
        Map<String, String> md = FigureMetadata.checked(metadata);
        checkCharts(charts, arrangement);
        checkSize(path, charts.size(), arrangement, widthPerChart, heightPerChart);
        AtomicExport.writeString(path, FigureMetadata.svgWithMetadata(toSvg(charts, arrangement, widthPerChart, heightPerChart), md));
    }

    /** The SVG text {@link #writeSvg} writes. */
    static String toSvg(List<JFreeChart> charts, Arrangement arrangement, int widthPerChart, int heightPerChart) {
        int n = charts.size();
        int w = totalWidth(n, arrangement, widthPerChart);
        int h = totalHeight(n, arrangement, heightPerChart);
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("<?xml version=\"1.0\"?>\n")
                .append("<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'")
                .append(" xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'")
                .append(" width='").append(w).append("' height='").append(h)
                .append("' viewBox='0 0 ").append(w).append(' ').append(h).append("'>\n");
        for (int i = 0; i < n; i++) {
            String prefix = "panel-" + (i + 1) + "-";
            SVGGraphics2D g2 = new SVGGraphics2D(widthPerChart, heightPerChart);
            // clip paths and gradients in <defs> get the panel prefix directly
            g2.setDefsKeyPrefix(prefix);
            g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
            charts.get(i).draw(g2, new Rectangle2D.Double(0, 0, widthPerChart, heightPerChart));
            String element = prefixIds(SvgText.mergeRuns(g2.getSVGElement()), prefix);
            sb.append("<g id='panel-").append(i + 1).append("' transform='translate(")
                    .append(fmt(arrangement.x(i, widthPerChart))).append(' ')
                    .append(fmt(arrangement.y(i, heightPerChart))).append(")'>")
                    .append(element).append("</g>\n");
        }
        return sb.append("</svg>\n").toString();
    }

    /**
     * Prefixes every {@code id='…'} attribute that does not already carry {@code prefix}. JFreeSVG escapes
     * apostrophes in text and attribute values, so {@code  id='} occurs only as a real attribute; references
     * ({@code url(#…)}) point only at the defs, which already carry the prefix.
     */
    static String prefixIds(String svgElement, String prefix) {
        Matcher m = ID_ATTRIBUTE.matcher(svgElement);
        StringBuilder sb = new StringBuilder(svgElement.length() + 1024);
        int last = 0;
        while (m.find()) {
            sb.append(svgElement, last, m.end());
            if (!svgElement.startsWith(prefix, m.end())) {
                sb.append(prefix);
            }
            last = m.end();
        }
        return sb.append(svgElement, last, svgElement.length()).toString();
    }

    /** A one-page PDF of {@code totalWidth × totalHeight} pt, text as outlines (as {@link FigureExporter}). */
    public static void writePdf(List<JFreeChart> charts, Arrangement arrangement, Path path, int widthPerChart,
                                int heightPerChart) throws ExportException {
        writePdf(charts, arrangement, path, widthPerChart, heightPerChart, Map.of());
    }

    /** A PDF as {@link #writePdf(List, Arrangement, Path, int, int)}, the metadata as custom Info-dictionary entries. */
    public static void writePdf(List<JFreeChart> charts, Arrangement arrangement, Path path, int widthPerChart,
                                int heightPerChart, Map<String, String> metadata) throws ExportException {
        Map<String, String> md = FigureMetadata.checked(metadata);
        checkCharts(charts, arrangement);
        checkSize(path, charts.size(), arrangement, widthPerChart, heightPerChart);
        int n = charts.size();
        int w = totalWidth(n, arrangement, widthPerChart);
        int h = totalHeight(n, arrangement, heightPerChart);
        PDFDocument pdf = new PDFDocument();
        pdf.setTitle("Hillas Explorer figure");
        Page page = pdf.createPage(new Rectangle2D.Double(0, 0, w, h));
        PDFGraphics2D g2 = page.getGraphics2D();
        // the 14 standard PDF fonts lack ℓ, δ, ν and super/subscript digits: draw text as outlines
        g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        drawAll(g2, charts, arrangement, widthPerChart, heightPerChart);
        AtomicExport.writeBytes(path, FigureMetadata.pdfWithMetadata(pdf.getPDFBytes(), md));
    }

    /** Draws chart i into its cell, clipped to it, restoring transform and clip afterwards. */
    private static void drawAll(Graphics2D g2, List<JFreeChart> charts, Arrangement arrangement, int widthPerChart,
                                int heightPerChart) {
        Rectangle2D cell = new Rectangle2D.Double(0, 0, widthPerChart, heightPerChart);
        for (int i = 0; i < charts.size(); i++) {
            AffineTransform savedTransform = g2.getTransform();
            Shape savedClip = g2.getClip();
            g2.translate(arrangement.x(i, widthPerChart), arrangement.y(i, heightPerChart));
            g2.clip(cell);
            charts.get(i).draw(g2, cell);
            g2.setTransform(savedTransform);
            g2.setClip(savedClip);
        }
    }

    private static void checkCharts(List<JFreeChart> charts, Arrangement arrangement) {
        Objects.requireNonNull(charts, "charts");
        Objects.requireNonNull(arrangement, "arrangement");
        if (charts.isEmpty() || charts.size() > MAX_CHARTS) {
            throw new IllegalArgumentException("need 1 … " + MAX_CHARTS + " charts, got " + charts.size());
        }
        charts.forEach(c -> Objects.requireNonNull(c, "chart"));
    }

    private static void checkSize(Path path, int n, Arrangement arrangement, int widthPerChart, int heightPerChart)
            throws ExportException {
        FigureExporter.checkSize(path, widthPerChart, heightPerChart);
        long w = (long) arrangement.columns(n) * widthPerChart;
        long h = (long) arrangement.rows(n) * heightPerChart;
        int max = FigureExporter.MAX_PIXELS_PER_SIDE;
        if (w > max || h > max) {
            throw new ExportException(path, "composite size " + w + " × " + h + " is outside 16 … " + max
                    + " per side", null);
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
