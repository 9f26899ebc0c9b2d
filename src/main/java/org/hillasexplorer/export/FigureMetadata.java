package org.hillasexplorer.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
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
import org.hillasexplorer.catalog.SafeXml;
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
 *       dictionary. OrsonPDF only writes a title, so the figure is first written by OrsonPDF and then given a
 *       standard PDF <i>incremental update</i>: a new Info dictionary (the old entries plus the metadata), a new xref
 *       section and a trailer with {@code /Prev}. Any PDF reader (PDFBox:
 *       {@code PDDocument.getDocumentInformation().getCustomMetadataValue(key)}) reads the entries; {@link #read}
 *       parses them with plain Java. XMP was not chosen because it needs a metadata stream and XML escaping for what
 *       the Info dictionary holds directly.</li>
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

    /** {@code pdf} plus an incremental update whose Info dictionary holds the old entries and the metadata. */
    static byte[] pdfWithMetadata(byte[] pdf, Map<String, String> metadata) {
        if (metadata.isEmpty()) {
            return pdf;
        }
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        int sx = s.lastIndexOf("startxref");
        int tr = sx < 0 ? -1 : s.lastIndexOf("trailer", sx);
        if (tr < 0) {
            throw new IllegalStateException("the PDF has no trailer");
        }
        long prevXref = Long.parseLong(s.substring(sx + "startxref".length()).strip().split("\\s+")[0]);
        String trailer = s.substring(tr, sx);
        Matcher size = Pattern.compile("/Size\\s+(\\d+)").matcher(trailer);
        Matcher rootRef = Pattern.compile("/Root\\s+(\\d+\\s+\\d+\\s+R)").matcher(trailer);
        if (!size.find() || !rootRef.find()) {
            throw new IllegalStateException("the PDF trailer lacks /Size or /Root");
        }
        int number = Integer.parseInt(size.group(1));
        StringBuilder info = new StringBuilder("<<");
        Matcher infoRef = Pattern.compile("/Info\\s+(\\d+)\\s+(\\d+)\\s+R").matcher(trailer);
        if (infoRef.find()) {
            Map<String, String> old = infoEntriesRaw(s, Integer.parseInt(infoRef.group(1)), Integer.parseInt(infoRef.group(2)));
            old.forEach((k, v) -> {
                if (!metadata.containsKey(k)) {
                    info.append("\n/").append(k).append(' ').append(v);
                }
            });
        }
        metadata.forEach((k, v) -> info.append("\n/").append(k).append(' ').append(hexText(v)));
        info.append("\n>>");
        StringBuilder update = new StringBuilder();
        if (!s.endsWith("\n") && !s.endsWith("\r")) {
            update.append('\n');
        }
        long objOffset = pdf.length + update.length();
        update.append(number).append(" 0 obj\n").append(info).append("\nendobj\n");
        long xrefOffset = pdf.length + update.length();
        update.append("xref\n").append(number).append(" 1\n")
                .append(String.format(Locale.ROOT, "%010d 00000 n\r\n", objOffset))
                .append("trailer\n<< /Size ").append(number + 1).append(" /Root ").append(rootRef.group(1))
                .append(" /Info ").append(number).append(" 0 R /Prev ").append(prevXref);
        Matcher id = Pattern.compile("/ID\\s*\\[[^\\]]*\\]").matcher(trailer);
        if (id.find()) {
            update.append(' ').append(id.group());
        }
        update.append(" >>\nstartxref\n").append(xrefOffset).append("\n%%EOF\n");
        byte[] tail = update.toString().getBytes(StandardCharsets.ISO_8859_1); // only ASCII: values are hex
        byte[] out = new byte[pdf.length + tail.length];
        System.arraycopy(pdf, 0, out, 0, pdf.length);
        System.arraycopy(tail, 0, out, pdf.length, tail.length);
        return out;
    }

    /** A PDF text string in hex: {@code <FEFF…>}, UTF-16BE with byte-order mark. */
    private static String hexText(String v) {
        byte[] b = v.getBytes(StandardCharsets.UTF_16BE);
        StringBuilder sb = new StringBuilder(6 + 2 * b.length).append("<FEFF");
        for (byte x : b) {
            sb.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
        }
        return sb.append('>').toString();
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
            if (Files.isDirectory(figure)) {
                throw ExportException.unreadable(figure, "is a directory, not a figure", null);
            }
            if (Files.size(figure) > MAX_BYTES) {
                throw ExportException.unreadable(figure, "is larger than " + (MAX_BYTES >> 20) + " MB; not a Hillas Explorer figure", null);
            }
            bytes = Files.readAllBytes(figure);
        } catch (NoSuchFileException e) {
            throw ExportException.unreadable(figure, "no such file", e);
        } catch (AccessDeniedException e) {
            throw ExportException.unreadable(figure, "permission denied", e);
        } catch (IOException | RuntimeException e) {
            throw ExportException.unreadable(figure, String.valueOf(e.getMessage()), e);
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

    private static Format detect(byte[] b) {
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

    private static Map<String, String> readPdf(byte[] bytes) throws IOException {
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        int sx = s.lastIndexOf("startxref");
        int tr = sx < 0 ? s.lastIndexOf("trailer") : s.lastIndexOf("trailer", sx);
        if (tr < 0) {
            return Map.of(); // e.g. a cross-reference stream: no plain trailer, so no state we wrote
        }
        Matcher infoRef = Pattern.compile("/Info\\s+(\\d+)\\s+(\\d+)\\s+R").matcher(s.substring(tr, sx < 0 ? s.length() : sx));
        if (!infoRef.find()) {
            return Map.of();
        }
        Map<String, String> raw = infoEntriesRaw(s, Integer.parseInt(infoRef.group(1)), Integer.parseInt(infoRef.group(2)));
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            if (!STANDARD_INFO_KEYS.contains(e.getKey())) {
                String v = e.getValue();
                if (v.startsWith("(") || v.startsWith("<") && !v.startsWith("<<")) {
                    out.put(e.getKey(), textString(new PdfLexer(v, 0).string()));
                }
            }
        }
        return out;
    }

    /**
     * The entries of dictionary object {@code number generation} (its last definition, as an incremental update
     * leaves it), each value as its raw PDF text.
     */
    private static Map<String, String> infoEntriesRaw(String s, int number, int generation) {
        Matcher m = Pattern.compile("(?<![0-9])" + number + "\\s+" + generation + "\\s+obj\\b").matcher(s);
        int at = -1;
        while (m.find()) {
            at = m.end();
        }
        if (at < 0) {
            throw new IllegalArgumentException("the information dictionary (object " + number + ") is missing");
        }
        return new PdfLexer(s, at).dictionary();
    }

    /** Decodes a PDF text string: UTF-16BE with BOM, UTF-8 with BOM, else PDFDocEncoding (read as Latin-1). */
    private static String textString(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** Just enough of PDF's syntax to read one dictionary of strings, names, numbers, arrays and references. */
    private static final class PdfLexer {
        private final String s;
        private int i;

        PdfLexer(String s, int start) {
            this.s = s;
            this.i = start;
        }

        private void skipSpace() {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '%') {
                    while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                        i++;
                    }
                } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0) {
                    i++;
                } else {
                    return;
                }
            }
        }

        private IllegalArgumentException damaged(String what) {
            return new IllegalArgumentException("information dictionary: " + what + " at byte " + i);
        }

        /** Reads {@code << /Key value … >>}; values are returned as their raw text. */
        Map<String, String> dictionary() {
            skipSpace();
            if (!s.startsWith("<<", i)) {
                throw damaged("expected '<<'");
            }
            i += 2;
            Map<String, String> out = new LinkedHashMap<>();
            while (true) {
                skipSpace();
                if (i >= s.length()) {
                    throw damaged("unexpected end of file");
                }
                if (s.startsWith(">>", i)) {
                    i += 2;
                    return out;
                }
                if (s.charAt(i) != '/') {
                    throw damaged("expected a name");
                }
                String key = name();
                skipSpace();
                int start = i;
                skipValue(0);
                out.put(key, s.substring(start, i));
            }
        }

        private String name() {
            i++; // '/'
            StringBuilder sb = new StringBuilder();
            while (i < s.length() && " \t\r\n\f\0()<>[]{}/%".indexOf(s.charAt(i)) < 0) {
                char c = s.charAt(i);
                if (c == '#' && i + 2 < s.length()) {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 3;
                } else {
                    sb.append(c);
                    i++;
                }
            }
            return sb.toString();
        }

        private void skipValue(int depth) {
            if (depth > 64) {
                throw damaged("values nested too deeply");
            }
            skipSpace();
            if (i >= s.length()) {
                throw damaged("unexpected end of file");
            }
            char c = s.charAt(i);
            if (c == '(' || (c == '<' && !s.startsWith("<<", i))) {
                string();
            } else if (c == '<') {
                i += 2;
                while (true) {
                    skipSpace();
                    if (i >= s.length()) {
                        throw damaged("unexpected end of file");
                    }
                    if (s.startsWith(">>", i)) {
                        i += 2;
                        return;
                    }
                    skipValue(depth + 1);
                }
            } else if (c == '[') {
                i++;
                while (true) {
                    skipSpace();
                    if (i >= s.length()) {
                        throw damaged("unexpected end of file");
                    }
                    if (s.charAt(i) == ']') {
                        i++;
                        return;
                    }
                    skipValue(depth + 1);
                }
            } else if (c == '/') {
                name();
            } else {
                // a number, true/false/null, or a reference "n g R"
                Matcher ref = Pattern.compile("\\d+\\s+\\d+\\s+R").matcher(s).region(i, Math.min(s.length(), i + 40));
                if (ref.lookingAt()) {
                    i = ref.end();
                    return;
                }
                int start = i;
                while (i < s.length() && " \t\r\n\f\0()<>[]{}/%".indexOf(s.charAt(i)) < 0) {
                    i++;
                }
                if (i == start) {
                    throw damaged("unexpected '" + c + "'");
                }
            }
        }

        /** A literal {@code (…)} or hex {@code <…>} string, as bytes. */
        byte[] string() {
            skipSpace();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (i < s.length() && s.charAt(i) == '<') {
                i++;
                int hi = -1;
                while (true) {
                    if (i >= s.length()) {
                        throw damaged("unterminated hex string");
                    }
                    char c = s.charAt(i++);
                    if (c == '>') {
                        break;
                    }
                    if (Character.isWhitespace(c)) {
                        continue;
                    }
                    int d = Character.digit(c, 16);
                    if (d < 0) {
                        throw damaged("'" + c + "' in a hex string");
                    }
                    if (hi < 0) {
                        hi = d;
                    } else {
                        out.write(hi << 4 | d);
                        hi = -1;
                    }
                }
                if (hi >= 0) {
                    out.write(hi << 4);
                }
                return out.toByteArray();
            }
            if (i >= s.length() || s.charAt(i) != '(') {
                throw damaged("expected a string");
            }
            i++;
            int depth = 1;
            while (true) {
                if (i >= s.length()) {
                    throw damaged("unterminated string");
                }
                char c = s.charAt(i++);
                if (c == '\\') {
                    if (i >= s.length()) {
                        throw damaged("unterminated string");
                    }
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> out.write('\n');
                        case 'r' -> out.write('\r');
                        case 't' -> out.write('\t');
                        case 'b' -> out.write('\b');
                        case 'f' -> out.write('\f');
                        case '\r' -> {
                            if (i < s.length() && s.charAt(i) == '\n') {
                                i++;
                            }
                        }
                        case '\n' -> {
                        }
                        default -> {
                            if (e >= '0' && e <= '7') {
                                int v = e - '0';
                                for (int k = 0; k < 2 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                                    v = v * 8 + (s.charAt(i++) - '0');
                                }
                                out.write(v & 0xFF);
                            } else {
                                out.write(e);
                            }
                        }
                    }
                } else if (c == '(') {
                    depth++;
                    out.write(c);
                } else if (c == ')') {
                    if (--depth == 0) {
                        return out.toByteArray();
                    }
                    out.write(c);
                } else {
                    out.write(c);
                }
            }
        }
    }
}
