package org.hillasexplorer.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hillasexplorer.io.BoundedFiles;
import org.hillasexplorer.io.ReadException;
import org.hillasexplorer.io.SafeXml;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Text metadata embedded in exported figures, so that a figure carries the state that drew it. Each entry of a
 * {@code Map<String, String>} is stored as:
 * <ul>
 *   <li><b>PNG</b>: one compressed {@code iTXt} chunk (UTF-8 text, keyword = key), written through ImageIO's
 *       {@code javax_imageio_png_1.0} metadata tree; {@code exiftool} and most image viewers show them;</li>
 *   <li><b>SVG</b>: inside one {@code <metadata>} element right after the root's start tag,
 *       {@code <hillas:state xmlns:hillas="https://hillas-explorer.org/state" key="KEY"><![CDATA[VALUE]]></hillas:state>}
 *       (a value that XML cannot hold verbatim, with control characters or {@code \r}, is written base64-encoded
 *       with {@code encoding="base64"});</li>
 *   <li><b>PDF</b>: custom entries {@code /KEY <FEFF…>} (UTF-16BE text strings) of the document information
 *       dictionary. OrsonPDF only writes a title, so the figure is first written by OrsonPDF and then given, through
 *       PDFBox, a standard PDF <i>incremental update</i>: a new version of the Info dictionary (the old entries plus the
 *       metadata), a new xref section and a trailer with {@code /Prev}. Any PDF reader
 *       ({@code PDDocument.getDocumentInformation().getCustomMetadataValue(key)}) reads the entries; {@link #read} does
 *       so with PDFBox. XMP was not chosen because it needs a metadata stream and XML escaping for what the Info
 *       dictionary holds directly.</li>
 * </ul>
 * Keys are 1–79 characters from {@code A–Z a–z 0–9 . _ -} (the PNG keyword limit; valid PDF names and XML attribute
 * values without escaping), starting with a letter or digit.
 */
public final class FigureMetadata {
    /** The scenario JSON (a complete scenario file, {@code hillas-explorer-scenario}). */
    public static final String STATE_KEY = "hillas-explorer-state";
    /** The version of Hillas Explorer that wrote the figure. */
    public static final String VERSION_KEY = "hillas-explorer-version";
    /** Which plot: {@code ns}, {@code fv}, {@code rigidity} or {@code composite}. */
    public static final String VIEW_KEY = "hillas-explorer-view";
    /** The catalogues drawn: names and SHA-256 checksums (JSON), the built-in one included. */
    public static final String CATALOGS_KEY = "hillas-explorer-catalogs";
    /** How it was rendered: size, scale, style, rigidity-view range (JSON). */
    public static final String RENDER_KEY = "hillas-explorer-render";
    /** Prefix of every key Hillas Explorer writes. */
    public static final String KEY_PREFIX = "hillas-explorer-";
    /** XML namespace of the {@code <hillas:state>} elements in SVG. */
    public static final String SVG_NAMESPACE = "https://hillas-explorer.org/state";
    /** Largest figure {@link #read} accepts [bytes]. */
    public static final long MAX_BYTES = 256L << 20;

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,78}");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final String PNG_FORMAT = "javax_imageio_png_1.0";
    private static final Set<String> STANDARD_INFO_KEYS = Set.of("Type", "Title", "Author", "Subject", "Keywords", "Creator",
            "Producer", "CreationDate", "ModDate", "Trapped");

    private FigureMetadata() {
    }

    /** The figure formats. */
    private enum Format { PNG, SVG, PDF }

    // ------------------------------------------------------------------------------------------------ writing

    /**
     * Checks keys and values.
     *
     * @throws IllegalArgumentException for a key outside the allowed form or a null value
     */
    static Map<String, String> checked(Map<String, String> metadata) {
        Objects.requireNonNull(metadata, "metadata");
        Map<String, String> out = new LinkedHashMap<>();
        metadata.forEach((k, v) -> {
            if (k == null || !KEY.matcher(k).matches()) {
                throw new IllegalArgumentException("metadata key '" + k + "' must be 1–79 characters of A–Z a–z 0–9 . _ -");
            }
            if (v == null) {
                throw new IllegalArgumentException("metadata value of '" + k + "' is null");
            }
            out.put(k, v);
        });
        return out;
    }

    /** Writes {@code image} as PNG with one iTXt chunk per entry. */
    static void writePng(BufferedImage image, Map<String, String> metadata, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer available");
        }
        ImageWriter writer = writers.next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata md = null;
            if (!metadata.isEmpty()) {
                md = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
                IIOMetadataNode root = new IIOMetadataNode(PNG_FORMAT);
                IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
                metadata.forEach((k, v) -> {
                    IIOMetadataNode e = new IIOMetadataNode("iTXtEntry");
                    e.setAttribute("keyword", k);
                    e.setAttribute("compressionFlag", "TRUE");
                    e.setAttribute("compressionMethod", "0");
                    e.setAttribute("languageTag", "");
                    e.setAttribute("translatedKeyword", "");
                    e.setAttribute("text", v);
                    itxt.appendChild(e);
                });
                root.appendChild(itxt);
                md.mergeTree(PNG_FORMAT, root);
            }
            try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(image, null, md), param);
                ios.flush();
            }
        } finally {
            writer.dispose();
        }
    }

    /** {@code svg} with a {@code <metadata>} element holding the entries right after the root's start tag. */
    static String svgWithMetadata(String svg, Map<String, String> metadata) {
        if (metadata.isEmpty()) {
            return svg;
        }
        int root = svg.indexOf("<svg");
        int end = root < 0 ? -1 : svg.indexOf('>', root);
        if (end < 0) {
            throw new IllegalStateException("the SVG has no <svg> start tag");
        }
        StringBuilder sb = new StringBuilder(svg.length() + 4096);
        sb.append(svg, 0, end + 1).append("<metadata>");
        metadata.forEach((k, v) -> {
            sb.append("<hillas:state xmlns:hillas=\"").append(SVG_NAMESPACE).append("\" key=\"").append(k).append('"');
            if (xmlSafe(v)) {
                sb.append("><![CDATA[").append(v.replace("]]>", "]]]]><![CDATA[>")).append("]]>");
            } else {
                sb.append(" encoding=\"base64\">")
                        .append(Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8)));
            }
            sb.append("</hillas:state>");
        });
        sb.append("</metadata>\n");
        return sb.append(svg, end + 1, svg.length()).toString();
    }

    /** Whether XML keeps {@code v} verbatim in CDATA (no control characters, no {@code \r}, no lone surrogates). */
    private static boolean xmlSafe(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0xFFFE || c == 0xFFFF) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= v.length() || !Character.isLowSurrogate(v.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code pdf} plus an incremental update (PDFBox {@code saveIncremental}) whose Info dictionary holds the old
     * entries and the metadata, each value a hex UTF-16BE text string {@code <FEFF…>} as Hillas Explorer has always
     * written them.
     */
    static byte[] pdfWithMetadata(byte[] pdf, Map<String, String> metadata) {
        if (metadata.isEmpty()) {
            return pdf;
        }
        try (PDDocument doc = PDDocument.load(pdf)) {
            COSDictionary trailer = doc.getDocument().getTrailer();
            COSDictionary info = doc.getDocumentInformation().getCOSObject(); // a new one if there was none
            metadata.forEach((k, v) -> {
                byte[] utf16 = v.getBytes(StandardCharsets.UTF_16BE);
                byte[] text = new byte[utf16.length + 2];
                text[0] = (byte) 0xFE;
                text[1] = (byte) 0xFF;
                System.arraycopy(utf16, 0, text, 2, utf16.length);
                COSString value = new COSString(text);
                value.setForceHexForm(true);
                info.setItem(COSName.getPDFName(k), value);
            });
            info.setNeedToBeUpdated(true);
            trailer.setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot add the metadata to the PDF: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------------------------------------ reading

    /**
     * The metadata embedded in a PNG, SVG or PDF figure (the format is recognised by content, not by name): for PNG
     * every iTXt, tEXt and zTXt entry, for SVG every {@code <hillas:state>} element, for PDF every non-standard entry
     * of the Info dictionary.
     *
     * @throws ExportException with a message {@code cannot read FILE: reason}: missing or unreadable file, not a PNG,
     *                         SVG or PDF, damaged, or "no Hillas Explorer state in this figure" when no key starts with
     *                         {@value #KEY_PREFIX}; never another exception
     */
    public static Map<String, String> read(Path figure) throws ExportException {
        Objects.requireNonNull(figure, "figure");
        byte[] bytes;
        try {
            bytes = BoundedFiles.readBytes(figure, MAX_BYTES);
        } catch (ReadException e) {
            throw ExportException.unreadable(figure, switch (e.problem()) {
                case MISSING -> "no such file";
                case ACCESS_DENIED -> "permission denied";
                case DIRECTORY -> "is a directory, not a figure";
                case NOT_REGULAR, SYMBOLIC_LINK -> "is not a regular file (a FIFO, device or socket?), so not a figure; "
                        + "it was not opened";
                case TOO_LARGE -> "is larger than " + (MAX_BYTES >> 20) + " MB; not a Hillas Explorer figure";
                case UNREADABLE, NOT_UTF8 -> String.valueOf(e.detail());
            }, e.getCause());
        }
        Format format = detect(bytes);
        if (format == null) {
            throw ExportException.unreadable(figure, "not a PNG, SVG or PDF figure", null);
        }
        Map<String, String> out;
        try {
            out = switch (format) {
                case PNG -> readPng(bytes);
                case SVG -> readSvg(bytes);
                case PDF -> readPdf(bytes);
            };
        } catch (IOException | RuntimeException | org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
            throw ExportException.unreadable(figure, "damaged " + format + " (" + why + ")", e);
        } catch (StackOverflowError e) {
            throw ExportException.unreadable(figure, "damaged " + format + " (nested too deeply)", null);
        }
        if (out.keySet().stream().noneMatch(k -> k.startsWith(KEY_PREFIX))) {
            throw ExportException.unreadable(figure, "no Hillas Explorer state in this figure (it was not exported by "
                    + "Hillas Explorer, or another program removed its metadata)", null);
        }
        return out;
    }

    private static String firstLine(String m) {
        String line = m.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 157) + "…" : line;
    }

    private static @Nullable Format detect(byte[] b) {
        if (b.length >= 8 && java.util.Arrays.equals(b, 0, 8, PNG_SIGNATURE, 0, 8)) {
            return Format.PNG;
        }
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        if (head.startsWith("%PDF-")) {
            return Format.PDF;
        }
        String t = head.startsWith("\u00EF\u00BB\u00BF") ? head.substring(3) : head;
        t = t.stripLeading();
        if (t.startsWith("<") && t.contains("<svg")) {
            return Format.SVG;
        }
        return null;
    }

    private static Map<String, String> readPng(byte[] bytes) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
        if (!readers.hasNext()) {
            throw new IOException("no PNG reader available");
        }
        ImageReader reader = readers.next();
        try (InputStream in = new ByteArrayInputStream(bytes); ImageInputStream iis = new MemoryCacheImageInputStream(in)) {
            reader.setInput(iis, true, false);
            IIOMetadata md = reader.getImageMetadata(0);
            Node root = md.getAsTree(PNG_FORMAT);
            Map<String, String> out = new LinkedHashMap<>();
            for (Node chunk = root.getFirstChild(); chunk != null; chunk = chunk.getNextSibling()) {
                String name = chunk.getNodeName();
                String valueAttribute = switch (name) {
                    case "iTXt", "zTXt" -> "text";
                    case "tEXt" -> "value";
                    default -> null;
                };
                if (valueAttribute == null) {
                    continue;
                }
                for (Node e = chunk.getFirstChild(); e != null; e = e.getNextSibling()) {
                    if (e instanceof Element el) {
                        out.put(el.getAttribute("keyword"), el.getAttribute(valueAttribute));
                    }
                }
            }
            return out;
        } finally {
            reader.dispose();
        }
    }

    private static Map<String, String> readSvg(byte[] bytes) throws IOException, org.xml.sax.SAXException,
            javax.xml.parsers.ParserConfigurationException {
        // a figure from someone else: JFreeSVG's DOCTYPE is accepted, but no DTD or external entity is ever loaded
        DocumentBuilderFactory f = SafeXml.documentBuilderFactoryIgnoringDtds();
        f.setNamespaceAware(true);
        DocumentBuilder db = f.newDocumentBuilder();
        db.setErrorHandler(new ErrorHandler() { // the default one prints "[Fatal Error]" on stderr
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        db.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        Document doc = db.parse(new ByteArrayInputStream(bytes));
        NodeList nodes = doc.getElementsByTagNameNS(SVG_NAMESPACE, "state");
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            String text = e.getTextContent();
            if ("base64".equals(e.getAttribute("encoding"))) {
                try {
                    text = new String(Base64.getMimeDecoder().decode(text.strip()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException bad) {
                    throw new IOException("the base64 value of '" + e.getAttribute("key") + "' is damaged", bad);
                }
            }
            out.put(e.getAttribute("key"), text);
        }
        return out;
    }

    /** Every entry of the Info dictionary that is not a standard one and holds a text string, read by PDFBox. */
    private static Map<String, String> readPdf(byte[] bytes) throws IOException {
        try (PDDocument doc = PDDocument.load(bytes)) {
            COSDictionary info = doc.getDocumentInformation().getCOSObject();
            Map<String, String> out = new LinkedHashMap<>();
            for (COSName key : info.keySet()) {
                if (!STANDARD_INFO_KEYS.contains(key.getName()) && info.getDictionaryObject(key) instanceof COSString value) {
                    out.put(key.getName(), value.getString());
                }
            }
            return out;
        }
    }
}
