package org.hillasexplorer.catalog;

import static org.hillasexplorer.io.SafeXml.DISALLOW_DOCTYPE;
import static org.hillasexplorer.io.SafeXml.LEXICAL_HANDLER;
import static org.hillasexplorer.io.SafeXml.saxParser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * The screen a VOTable passes before STIL sees it. STIL's {@link VOTableBuilder} makes its own, unhardened, SAX parser,
 * so {@link #screenVoTable} first parses the very same bytes with the hardened {@link org.hillasexplorer.io.SafeXml#saxParser()}
 * and refuses a DOCTYPE (the only place entities can be declared) and a {@code <STREAM href>} (BINARY, BINARY2 or FITS
 * data STIL would fetch from a URL or read from a local path named inside the file).
 */
final class VoTableScreen {
    private static final String DOCTYPE_REFUSAL = "has a <!DOCTYPE> declaration; DTDs and entities are not allowed in "
            + "catalogues (they can pull in other files or network resources), so the file was not read; delete the "
            + "declaration (a VOTable needs none)";

    private VoTableScreen() {
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
