package org.hillasexplorer.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StoragePolicy;
import uk.ac.starlink.util.ByteArrayDataSource;
import uk.ac.starlink.votable.VOTableBuilder;

/**
 * The one place where the project makes XML parsers, all of them hardened, because the XML it reads (VOTable
 * catalogues, SVG figures) comes from other people: no external DTD, entity or schema is ever loaded, secure processing
 * bounds entity expansion, and parsers are the JDK's own (never one a jar on the class path might supply), so the
 * features below are known to be honoured.
 *
 * <p>STIL's {@link VOTableBuilder} makes its own, unhardened, SAX parser, so a VOTable only reaches STIL after
 * {@link #screenVoTable} has parsed the very same bytes with {@link #saxParser()} and found neither a DOCTYPE (the only
 * place entities can be declared) nor a {@code <STREAM href>} (BINARY, BINARY2 or FITS data STIL would fetch from a URL
 * or read from a local path named inside the file). STIL's other references to the outside — {@code LINK} and
 * {@code INFO} hrefs, {@code xsi:schemaLocation}, {@code <?xml-stylesheet?>} — are metadata it never dereferences while
 * reading a table. The launcher also empties the JDK's {@code javax.xml.accessExternal*} properties process-wide.
 */
public final class SafeXml {
    /** Xerces feature: a document with a DOCTYPE is a fatal error. */
    static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    /** SAX feature: expand external general entities. */
    static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
    /** SAX feature: expand external parameter entities (and the external DTD subset). */
    static final String EXTERNAL_PARAMETER_ENTITIES = "http://xml.org/sax/features/external-parameter-entities";
    /** Xerces feature: a non-validating parser loads the external DTD anyway. */
    static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";
    private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";

    private static final String DOCTYPE_REFUSAL = "has a <!DOCTYPE> declaration; DTDs and entities are not allowed in "
            + "catalogues (they can pull in other files or network resources), so the file was not read; delete the "
            + "declaration (a VOTable needs none)";

    private SafeXml() {
    }

    /**
     * A SAX parser factory for documents that must not have a DOCTYPE at all: DOCTYPE declarations are fatal errors, no
     * external entity or DTD is loaded, secure processing is on, and neither validation nor XInclude happens.
     *
     * @throws IllegalStateException if the JDK's parser does not support these features (never with a standard JDK)
     */
    public static SAXParserFactory saxParserFactory() {
        SAXParserFactory f = SAXParserFactory.newDefaultInstance();
        f.setValidating(false);
        f.setXIncludeAware(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature(DISALLOW_DOCTYPE, true);
            f.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
            f.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
            f.setFeature(LOAD_EXTERNAL_DTD, false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be hardened: " + e.getMessage(), e);
        }
        return f;
    }

    /**
     * A parser from {@link #saxParserFactory()} that also may not access any external DTD or schema (JAXP's
     * {@code accessExternalDTD} and {@code accessExternalSchema} are empty), with no namespace processing.
     *
     * @throws IllegalStateException as {@link #saxParserFactory()}
     */
    public static SAXParser saxParser() {
        try {
            SAXParser p = saxParserFactory().newSAXParser();
            p.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            p.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return p;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be hardened: " + e.getMessage(), e);
        }
    }

    /**
     * A DOM factory for documents whose DOCTYPE is harmless boilerplate, such as the SVG a figure is (JFreeSVG names the
     * public SVG 1.0 DTD): the DOCTYPE is accepted, but neither that DTD nor any external entity or schema is loaded
     * (an external entity reference stays unexpanded), secure processing bounds the expansion of internal entities, and
     * neither validation nor XInclude happens. Namespace awareness is left to the caller.
     *
     * @throws IllegalStateException as {@link #saxParserFactory()}
     */
    public static DocumentBuilderFactory documentBuilderFactoryIgnoringDtds() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setValidating(false);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
            f.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
            f.setFeature(LOAD_EXTERNAL_DTD, false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be hardened: " + e.getMessage(), e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    /**
     * The first TABLE of a VOTable, read by STIL once {@link #screenVoTable} has passed the same bytes.
     *
     * @throws CatalogException if the screen refuses the text (a DOCTYPE, a STREAM href, not well-formed XML)
     * @throws IOException      if STIL cannot read it
     */
    static StarTable readVoTable(String text, String source) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        screenVoTable(bytes, text, source);
        return new VOTableBuilder().makeStarTable(new ByteArrayDataSource(source, bytes), true, StoragePolicy.PREFER_MEMORY);
    }

    /**
     * Parses {@code bytes} (the UTF-8 of {@code text}) with {@link #saxParser()} and refuses, naming the line, a DOCTYPE
     * declaration and a {@code STREAM} element with an {@code href} attribute (whatever its case or namespace prefix);
     * XML that is not well-formed is refused too, since STIL would stumble on it the same way.
     *
     * @throws CatalogException on any of these
     */
    static void screenVoTable(byte[] bytes, String text, String source) {
        Screen screen = new Screen(text);
        try {
            XMLReader reader = saxParser().getXMLReader();
            reader.setContentHandler(screen);
            reader.setErrorHandler(screen);
            reader.setEntityResolver(screen);
            reader.setProperty(LEXICAL_HANDLER, screen);
            reader.parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (Refusal r) {
            throw new CatalogException(source, "line " + r.line + ": " + r.getMessage());
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains(DISALLOW_DOCTYPE)) {
                throw new CatalogException(source, "line " + Math.max(1, e.getLineNumber()) + ": " + DOCTYPE_REFUSAL);
            }
            String where = e.getLineNumber() > 0 ? "line " + e.getLineNumber() + ": " : "";
            throw new CatalogException(source, "is not a readable VOTable (" + where + TextInput.oneLine(e.getMessage()) + ")", e);
        } catch (SAXException | IOException e) {
            throw new CatalogException(source, "is not a readable VOTable (" + TextInput.oneLine(e.getMessage()) + ")", e);
        }
    }

    /** A refusal found while screening, on a line of the file. */
    private static final class Refusal extends SAXException {
        private static final long serialVersionUID = 1L;
        private final long line;

        Refusal(long line, String reason) {
            super(reason);
            this.line = line;
        }
    }

    /** The handler of the screening pass: refuses a DOCTYPE, an external entity and a STREAM href. */
    private static final class Screen extends DefaultHandler2 {
        private final String text;
        private Locator locator;

        Screen(String text) {
            this.text = text;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        private long line() {
            return locator == null ? 1 : Math.max(1, locator.getLineNumber());
        }

        /** Only reached if the parser ignored {@link #DISALLOW_DOCTYPE}; the DOCTYPE is refused all the same. */
        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            throw new Refusal(line(), DOCTYPE_REFUSAL);
        }

        @Override
        public InputSource resolveEntity(String name, String publicId, String baseUri, String systemId) throws SAXException {
            throw new Refusal(line(), "refers to an external entity (" + TextInput.shorten(String.valueOf(systemId))
                    + "); DTDs and entities are not allowed in catalogues, so the file was not read");
        }

        @Override
        public InputSource getExternalSubset(String name, String baseUri) {
            return null;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (!localPart(qName).equalsIgnoreCase("STREAM")) {
                return;
            }
            for (int i = 0; i < atts.getLength(); i++) {
                if (localPart(atts.getQName(i)).equalsIgnoreCase("href")) {
                    throw new Refusal(startLine(qName), "a STREAM names outside data (href=\"" + TextInput.shorten(atts.getValue(i))
                            + "\"); a catalogue must carry its own data (TABLEDATA, or BINARY, BINARY2 or FITS with the STREAM "
                            + "content inline, base64-encoded), so the file was not read and nothing was fetched");
                }
            }
        }

        /**
         * The line on which the start tag {@code qName} opens: the locator stands just after its {@code >}, so this is
         * the line of the last {@code <} before that point (a start tag cannot contain one).
         */
        private long startLine(String qName) {
            long end = line();
            if (locator == null || locator.getColumnNumber() < 1) {
                return end;
            }
            int pos = 0;
            long l = 1;
            while (l < end && pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '\n' || c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n')) {
                    l++;
                }
            }
            int at = text.lastIndexOf('<', Math.min(text.length(), pos + locator.getColumnNumber() - 1) - 1);
            if (at < 0 || !text.startsWith(qName, at + 1)) {
                return end;
            }
            return end - lineBreaks(text.substring(at, Math.min(text.length(), pos + locator.getColumnNumber() - 1)));
        }

        private static long lineBreaks(String s) {
            return s.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
        }

        private static String localPart(String qName) {
            return qName.substring(qName.indexOf(':') + 1);
        }

        @Override
        public void warning(SAXParseException e) {
            // e.g. a duplicate declaration; STIL decides what the document means
        }

        @Override
        public void error(SAXParseException e) {
            // non-fatal (validity) errors do not stop a non-validating parse, here as in STIL
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
