package org.hillasexplorer.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Writes a chart as PNG (raster, optionally at a device-pixel scale), SVG (text stays text) or PDF (text as
 * outlines, so Greek letters and ℓ render without embedded fonts). Every write is atomic
 * ({@link org.hillasexplorer.io.AtomicFiles}). Sizes are in points/CSS pixels; the PNG has {@code width × scale} by {@code height × scale} pixels.
 */
public final class FigureExporter {
    /** Largest side of an exported image [px], to fail clearly rather than run out of memory. */
    public static final int MAX_PIXELS_PER_SIDE = 20_000;

    private FigureExporter() {
    }

    /** Writes by extension: {@code .png}, {@code .svg} or {@code .pdf} (case-insensitive), without metadata. */
    public static void write(JFreeChart chart, Path path, int width, int height, double scale) throws ExportException {
        write(chart, path, width, height, scale, Map.of());
    }

    /**
     * Writes by extension: {@code .png}, {@code .svg} or {@code .pdf} (case-insensitive), embedding {@code metadata}
     * as {@link FigureMetadata} describes (read it back with {@link FigureMetadata#read}).
     *
     * @throws IllegalArgumentException for a metadata key outside {@code [A-Za-z0-9._-]}, 1–79 characters
     */
    public static void write(JFreeChart chart, Path path, int width, int height, double scale, Map<String, String> metadata)
            throws ExportException {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            writePng(chart, path, width, height, scale, metadata);
        } else if (name.endsWith(".svg")) {
            writeSvg(chart, path, width, height, metadata);
        } else if (name.endsWith(".pdf")) {
            writePdf(chart, path, width, height, metadata);
        } else {
            throw new ExportException(path, "unknown file type; use one of .png, .svg, .pdf", null);
        }
    }

    /** A PNG of {@code round(width × scale)} × {@code round(height × scale)} pixels, anti-aliased. */
    public static void writePng(JFreeChart chart, Path path, int width, int height, double scale) throws ExportException {
        writePng(chart, path, width, height, scale, Map.of());
    }

    /** A PNG as {@link #writePng(JFreeChart, Path, int, int, double)}, with one iTXt chunk per metadata entry. */
    public static void writePng(JFreeChart chart, Path path, int width, int height, double scale, Map<String, String> metadata)
            throws ExportException {
        Map<String, String> md = FigureMetadata.checked(metadata);
        checkSize(path, width, height);
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new ExportException(path, "scale " + scale + " must be a positive number", null);
        }
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        if (w > MAX_PIXELS_PER_SIDE || h > MAX_PIXELS_PER_SIDE || w < 1 || h < 1) {
            throw new ExportException(path, w + " × " + h + " px is outside 1 … " + MAX_PIXELS_PER_SIDE + " px per side", null);
        }
        BufferedImage image = render(chart, width, height, scale);
        writePng(image, path, md);
    }

    /** Writes {@code image} as PNG with the metadata (already checked), atomically. */
    static void writePng(BufferedImage image, Path path, Map<String, String> metadata) throws ExportException {
        AtomicExport.write(path, out -> FigureMetadata.writePng(image, metadata, out));
    }

    /** Renders {@code chart} to an RGB image of {@code width × scale} by {@code height × scale} pixels. */
    public static BufferedImage render(JFreeChart chart, int width, int height, double scale) {
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            applyQualityHints(g2);
            g2.setPaint(java.awt.Color.WHITE);
            g2.fillRect(0, 0, w, h);
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return image;
    }

    /** Anti-aliased shapes and text, pure strokes, fractional metrics: the hints every raster export uses. */
    static void applyQualityHints(Graphics2D g2) {
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    /** An SVG document of {@code width × height} px; labels are {@code <text>} elements, bands are {@code <g id="band-…">}. */
    public static void writeSvg(JFreeChart chart, Path path, int width, int height) throws ExportException {
        writeSvg(chart, path, width, height, Map.of());
    }

    /** An SVG as {@link #writeSvg(JFreeChart, Path, int, int)}, the metadata in a {@code <metadata>} element. */
    public static void writeSvg(JFreeChart chart, Path path, int width, int height, Map<String, String> metadata)
            throws ExportException {
        Map<String, String> md = FigureMetadata.checked(metadata);
        checkSize(path, width, height);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        AtomicExport.writeString(path, FigureMetadata.svgWithMetadata(SvgText.mergeRuns(g2.getSVGDocument()), md));
    }

    /** A one-page PDF of {@code width × height} pt. */
    public static void writePdf(JFreeChart chart, Path path, int width, int height) throws ExportException {
        writePdf(chart, path, width, height, Map.of());
    }

    /** A PDF as {@link #writePdf(JFreeChart, Path, int, int)}, the metadata as custom Info-dictionary entries. */
    public static void writePdf(JFreeChart chart, Path path, int width, int height, Map<String, String> metadata)
            throws ExportException {
        Map<String, String> md = FigureMetadata.checked(metadata);
        checkSize(path, width, height);
        PDFDocument pdf = new PDFDocument();
        pdf.setTitle("Hillas Explorer figure");
        Page page = pdf.createPage(new Rectangle2D.Double(0, 0, width, height));
        PDFGraphics2D g2 = page.getGraphics2D();
        // the 14 standard PDF fonts lack ℓ, δ, ν and super/subscript digits: draw text as outlines
        g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        AtomicExport.writeBytes(path, FigureMetadata.pdfWithMetadata(pdf.getPDFBytes(), md));
    }

    /** Each side within 16 … {@value #MAX_PIXELS_PER_SIDE}. */
    static void checkSize(Path path, int width, int height) throws ExportException {
        if (width < 16 || height < 16 || width > MAX_PIXELS_PER_SIDE || height > MAX_PIXELS_PER_SIDE) {
            throw new ExportException(path, "size " + width + " × " + height + " is outside 16 … "
                    + MAX_PIXELS_PER_SIDE + " per side", null);
        }
    }
}
