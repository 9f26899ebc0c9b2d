package org.hillasexplorer.io;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;

/**
 * The one place where the project makes XML parsers, all of them hardened, because the XML it reads (VOTable
 * catalogues, SVG figures) comes from other people: no external DTD, entity or schema is ever loaded, secure processing
 * bounds entity expansion, and parsers are the JDK's own (never one a jar on the class path might supply), so the
 * features below are known to be honoured.
 *
 * <p>STIL's {@code VOTableBuilder} makes its own, unhardened, SAX parser, so a VOTable only reaches STIL after
 * {@code catalog.VoTableScreen} has parsed the very same bytes with {@link #saxParser()} and found neither a DOCTYPE (the only
 * place entities can be declared) nor a {@code <STREAM href>} (BINARY, BINARY2 or FITS data STIL would fetch from a URL
 * or read from a local path named inside the file). STIL's other references to the outside — {@code LINK} and
 * {@code INFO} hrefs, {@code xsi:schemaLocation}, {@code <?xml-stylesheet?>} — are metadata it never dereferences while
 * reading a table. The launcher also empties the JDK's {@code javax.xml.accessExternal*} properties process-wide.
 *
 * <p>In {@code io}, the small base every reader shares, so that catalogues (VOTable) and exports (SVG figures) use the
 * same hardened parsers without depending on each other.
 */
public final class SafeXml {
    /** Xerces feature: a document with a DOCTYPE is a fatal error. */
    public static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    /** SAX feature: expand external general entities. */
    public static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
    /** SAX feature: expand external parameter entities (and the external DTD subset). */
    public static final String EXTERNAL_PARAMETER_ENTITIES = "http://xml.org/sax/features/external-parameter-entities";
    /** Xerces feature: a non-validating parser loads the external DTD anyway. */
    public static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";
    /** SAX property: the handler of DOCTYPE, comment and CDATA events. */
    public static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";


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
}
