package org.hillasexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.hillasexplorer.catalog.LoopbackListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The launcher empties the JDK's {@code javax.xml.accessExternal*} properties before anything else, so even an XML
 * parser, schema factory or transformer that a library makes without hardening (STIL's VOTable parser is one) cannot
 * fetch a DTD, schema or stylesheet: a listener on 127.0.0.1 receives nothing.
 */
class XmlHardeningLauncherTest {
    private final Map<String, String> saved = new HashMap<>();
    private LoopbackListener listener;

    @BeforeEach
    void save() throws Exception {
        for (String p : Launcher.XML_EXTERNAL_ACCESS_PROPERTIES) {
            saved.put(p, System.getProperty(p));
        }
        listener = new LoopbackListener();
    }

    @AfterEach
    void restore() throws Exception {
        listener.close();
        saved.forEach((p, v) -> {
            if (v == null) {
                System.clearProperty(p);
            } else {
                System.setProperty(p, v);
            }
        });
    }

    @Test
    void theLauncherSetsTheThreeAccessPropertiesToEmpty() {
        for (String p : Launcher.XML_EXTERNAL_ACCESS_PROPERTIES) {
            System.setProperty(p, "all");
        }
        Launcher.denyExternalXmlAccess();
        assertThat(Launcher.XML_EXTERNAL_ACCESS_PROPERTIES)
                .containsExactly("javax.xml.accessExternalDTD", "javax.xml.accessExternalSchema", "javax.xml.accessExternalStylesheet");
        assertThat(System.getProperty("javax.xml.accessExternalDTD")).isEmpty();
        assertThat(System.getProperty("javax.xml.accessExternalSchema")).isEmpty();
        assertThat(System.getProperty("javax.xml.accessExternalStylesheet")).isEmpty();
    }

    @Test
    void afterwardsAnUnhardenedParserSchemaFactoryOrTransformerFetchesNothing() {
        Launcher.denyExternalXmlAccess();

        String dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE VOTABLE SYSTEM \"" + listener.url("x.dtd") + "\">\n<VOTABLE/>\n";
        assertThatThrownBy(() -> SAXParserFactory.newInstance().newSAXParser()
                .parse(new ByteArrayInputStream(dtd.getBytes(StandardCharsets.UTF_8)), new DefaultHandler()))
                .hasMessageContaining("accessExternalDTD");

        String schema = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:import namespace=\"urn:x\" schemaLocation=\""
                + listener.url("x.xsd") + "\"/></xs:schema>";
        assertThatThrownBy(() -> SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(new StringReader(schema))))
                .hasMessageContaining("accessExternalSchema");

        String xslt = "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"><xsl:import href=\""
                + listener.url("x.xsl") + "\"/></xsl:stylesheet>";
        TransformerFactory tf = TransformerFactory.newInstance();
        tf.setErrorListener(new javax.xml.transform.ErrorListener() { // the default one prints on stderr
            @Override
            public void warning(javax.xml.transform.TransformerException e) {
            }

            @Override
            public void error(javax.xml.transform.TransformerException e) throws javax.xml.transform.TransformerException {
                throw e;
            }

            @Override
            public void fatalError(javax.xml.transform.TransformerException e) throws javax.xml.transform.TransformerException {
                throw e;
            }
        });
        assertThatThrownBy(() -> tf.newTemplates(new StreamSource(new StringReader(xslt))))
                .hasMessageContaining("accessExternalStylesheet");

        assertThat(listener.requests()).as("requests sent to 127.0.0.1").isEmpty();
    }
}
