package org.hillasexplorer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A VOTable catalogue from someone else is hostile input: a DOCTYPE with entities (XXE) or an external DTD, and a
 * {@code <STREAM href>} in BINARY/BINARY2/FITS, are refused before STIL sees the file, so no other file's content ends
 * up in an entry and no request leaves the machine (a listener on 127.0.0.1 must receive nothing).
 */
class VoTableHostileXmlTest {
    static final String SECRET = "FILE-SECRET-91c2";
    static final String DOCTYPE_REFUSAL = "has a <!DOCTYPE> declaration; DTDs and entities are not allowed in catalogues";

    @TempDir
    Path dir;
    private LoopbackListener listener;
    private Path secret;

    @BeforeEach
    void setUp() throws IOException {
        listener = new LoopbackListener();
        secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
    }

    @AfterEach
    void tearDown() throws IOException {
        listener.close();
    }

    /** A catalogue VOTable: {@code prolog} before the root element, {@code name} in the name cell of its one row. */
    static String vot(String prolog, String name) {
        return prolog + """
                <VOTABLE version="1.4" xmlns="http://www.ivoa.net/xml/VOTable/v1.3">
                <RESOURCE>
                <TABLE name="t">
                """ + FIELDS + """
                <DATA><TABLEDATA>
                <TR><TD>""" + name + """
                </TD><TD>0.1</TD><TD>1</TD><TD>1e-4</TD><TD>1e-3</TD></TR>
                </TABLEDATA></DATA>
                </TABLE>
                </RESOURCE>
                </VOTABLE>
                """;
    }

    static final String FIELDS = """
            <FIELD name="name" datatype="char" arraysize="*"/>
            <FIELD name="size_min" datatype="double" unit="pc"/>
            <FIELD name="size_max" datatype="double" unit="pc"/>
            <FIELD name="fv_min" datatype="double"/>
            <FIELD name="fv_max" datatype="double"/>
            """;

    /** The same catalogue with its data in {@code data} (a BINARY, BINARY2 or FITS element). */
    static String votWithData(String data) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <VOTABLE version="1.4" xmlns="http://www.ivoa.net/xml/VOTable/v1.3">
                <RESOURCE>
                <TABLE name="t">
                """ + FIELDS + "<DATA>" + data + "</DATA>\n</TABLE>\n</RESOURCE>\n</VOTABLE>\n";
    }

    /** One row (name, 0.1, 1, 1e-4, 1e-3) in the BINARY serialisation ({@code binary2}: with its null-flag byte). */
    static byte[] binaryRow(String name, boolean binary2) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            if (binary2) {
                out.writeByte(0);
            }
            byte[] n = name.getBytes(StandardCharsets.US_ASCII);
            out.writeInt(n.length);
            out.write(n);
            for (double d : new double[] {0.1, 1, 1e-4, 1e-3}) {
                out.writeDouble(d);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    /** Reads {@code file} expecting a refusal that names it, with {@code fragments}; nothing secret, nothing fetched. */
    private CatalogException assertRefusedWithoutLeak(Path file, String... fragments) {
        Catalog read;
        try {
            read = CatalogReader.read(file);
        } catch (CatalogException e) {
            assertThat(e.getMessage()).startsWith(file + ": ").doesNotContain("\n");
            for (String fragment : fragments) {
                assertThat(e.getMessage()).contains(fragment);
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET, LoopbackListener.SERVED_SECRET);
            }
            assertThat(listener.requests()).as("requests the reader sent to 127.0.0.1").isEmpty();
            return e;
        }
        return fail("%s was read instead of refused (requests sent: %s): %s", file, listener.requests(), read);
    }

    @Test
    void anEntityNamingALocalFileIsRefusedAndItsContentNeverReachesAnEntry() throws IOException {
        Path f = write("xxe.vot", vot("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE VOTABLE [<!ENTITY x SYSTEM "%s">]>
                """.formatted(secret.toUri()), "&x;"));
        CatalogException e = assertRefusedWithoutLeak(f);
        assertThat(e).hasMessage(f + ": line 2: " + DOCTYPE_REFUSAL + " (they can pull in other files or network "
                + "resources), so the file was not read; delete the declaration (a VOTable needs none)");
    }

    static Stream<Arguments> doctypeTricks() {
        return Stream.of(
                Arguments.of("after a comment and a processing instruction", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <!-- made by a friend -->
                        <?friend note?>
                        <!DOCTYPE VOTABLE [<!ENTITY x SYSTEM "SECRET_URI">]>
                        """, 4),
                Arguments.of("without an XML declaration", "<!DOCTYPE VOTABLE [<!ENTITY x SYSTEM \"SECRET_URI\">]>\n", 1),
                Arguments.of("spread over lines with tabs and CRLF", "<?xml version='1.0'?>\r\n\r\n<!DOCTYPE\r\n\tVOTABLE\r\n"
                        + "[\t<!ENTITY\tx\r\n  SYSTEM\t'SECRET_URI' >\r\n]\r\n>\r\n", 3),
                Arguments.of("through a parameter entity and a second DTD", """
                        <?xml version="1.0"?>
                        <!DOCTYPE VOTABLE [
                          <!ENTITY % outer SYSTEM "EVIL_DTD_URI">
                          %outer;
                        ]>
                        """, 2),
                Arguments.of("with a byte-order mark", "\uFEFF<?xml version=\"1.0\"?>\n<!DOCTYPE VOTABLE [<!ENTITY x SYSTEM \"SECRET_URI\">]>\n", 2),
                Arguments.of("with an encoding declaration that is not the file's", """
                        <?xml version="1.0" encoding="ISO-8859-1"?>
                        <!DOCTYPE VOTABLE [<!ENTITY x SYSTEM "SECRET_URI">]>
                        """, 2));
    }

    @ParameterizedTest(name = "a DOCTYPE {0} is refused")
    @MethodSource("doctypeTricks")
    void doctypeTricksAreRefusedOnTheDoctypeLine(String trick, String prolog, int line) throws IOException {
        Path evil = Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY x SYSTEM \"" + secret.toUri() + "\">\n");
        String text = vot(prolog.replace("SECRET_URI", secret.toUri().toString()).replace("EVIL_DTD_URI", evil.toUri().toString()), "&x;");
        Path f = write("trick.vot", text);
        assertRefusedWithoutLeak(f, ": line " + line + ": " + DOCTYPE_REFUSAL);
    }

    @Test
    void anEntityOrExternalDtdOnTheNetworkIsRefusedWithoutARequest() throws IOException {
        Path entity = write("ssrf-entity.vot", vot("<?xml version=\"1.0\"?>\n<!DOCTYPE VOTABLE [<!ENTITY x SYSTEM \""
                + listener.url("secret") + "\">]>\n", "&x;"));
        assertRefusedWithoutLeak(entity, ": line 2: " + DOCTYPE_REFUSAL);

        Path dtd = write("ssrf-dtd.vot", vot("<?xml version=\"1.0\"?>\n<!DOCTYPE VOTABLE SYSTEM \"" + listener.url("x.dtd") + "\">\n",
                "Cold clumps"));
        assertRefusedWithoutLeak(dtd, ": line 2: " + DOCTYPE_REFUSAL);

        Path publicDtd = write("ssrf-public.vot", vot("<!DOCTYPE VOTABLE PUBLIC \"-//Friend//DTD VOTable//EN\" \""
                + listener.url("public.dtd") + "\">\n", "Cold clumps"));
        assertRefusedWithoutLeak(publicDtd, ": line 1: " + DOCTYPE_REFUSAL);

        Path parameter = write("ssrf-parameter.vot", vot("<?xml version=\"1.0\"?>\n<!DOCTYPE VOTABLE [<!ENTITY % p SYSTEM \""
                + listener.url("p.dtd") + "\"> %p;]>\n", "Cold clumps"));
        assertRefusedWithoutLeak(parameter, ": line 2: " + DOCTYPE_REFUSAL);
    }

    @Test
    void aStreamNamingALocalFileIsRefusedAndTheFileIsNeverRead() throws IOException {
        Path rows = Files.write(dir.resolve("rows.bin"), binaryRow(SECRET, false));
        Path f = write("stream-file.vot", votWithData("<BINARY>\n<STREAM href=\"" + rows.toUri() + "\"/>\n</BINARY>"));
        CatalogException e = assertRefusedWithoutLeak(f);
        assertThat(e).hasMessage(f + ": line 11: a STREAM names outside data (href=\"" + TextInput.shorten(rows.toUri().toString())
                + "\"); a catalogue must carry its own data (TABLEDATA, or BINARY, BINARY2 or FITS with the STREAM content "
                + "inline, base64-encoded), so the file was not read and nothing was fetched");

        Path rows2 = Files.write(dir.resolve("rows2.bin"), binaryRow(SECRET, true));
        Path f2 = write("stream-file2.vot", votWithData("<BINARY2><STREAM href=\"" + rows2.getFileName() + "\"/></BINARY2>"));
        assertRefusedWithoutLeak(f2, ": line 10: a STREAM names outside data (href=\"rows2.bin\")");
    }

    @Test
    void aStreamOnTheNetworkIsRefusedWithoutARequestWhateverItsSpelling() throws IOException {
        String[] data = {
            "<BINARY><STREAM href=\"" + listener.url("rows.bin") + "\"/></BINARY>",
            "<BINARY2><STREAM encoding=\"gzip\" href=\"" + listener.url("rows2.bin.gz") + "\"/></BINARY2>",
            "<FITS extnum=\"1\"><STREAM href=\"" + listener.url("table.fits") + "\"/></FITS>",
            "<BINARY>\n  <STREAM\n\tactuate=\"onLoad\"\n\thref =\n  '" + listener.url("spread.bin") + "'></STREAM></BINARY>",
        };
        for (String d : data) {
            int line = d.contains("spread") ? 11 : 10; // the line on which <STREAM opens
            assertRefusedWithoutLeak(write("stream-net.vot", votWithData(d)),
                    ": line " + line + ": a STREAM names outside data (href=\"http://127.0.0.1:");
        }
        String prefixed = """
                <?xml version="1.0"?>
                <v:VOTABLE version="1.4" xmlns:v="http://www.ivoa.net/xml/VOTable/v1.3">
                <v:RESOURCE><v:TABLE name="t">
                <v:FIELD name="name" datatype="char" arraysize="*"/>
                <v:FIELD name="size_min" datatype="double" unit="pc"/>
                <v:FIELD name="size_max" datatype="double" unit="pc"/>
                <v:FIELD name="fv_min" datatype="double"/>
                <v:FIELD name="fv_max" datatype="double"/>
                <v:DATA><v:BINARY><v:STREAM href="%s"/></v:BINARY></v:DATA>
                </v:TABLE></v:RESOURCE></v:VOTABLE>
                """.formatted(listener.url("prefixed.bin"));
        assertRefusedWithoutLeak(write("stream-prefixed.vot", prefixed), ": line 9: a STREAM names outside data");
    }

    @Test
    void inlineBinaryDataStillLoads() throws IOException {
        String base64 = Base64.getEncoder().encodeToString(binaryRow("Inline clumps", false));
        Path f = write("inline.vot", votWithData("<BINARY><STREAM encoding=\"base64\">" + base64 + "</STREAM></BINARY>"));
        Catalog c = CatalogReader.read(f);
        assertThat(c.entries()).extracting(CatalogEntry::name).containsExactly("Inline clumps");
        String base64two = Base64.getEncoder().encodeToString(binaryRow("Inline two", true));
        Path f2 = write("inline2.vot", votWithData("<BINARY2><STREAM encoding='base64'>\n" + base64two + "\n</STREAM></BINARY2>"));
        assertThat(CatalogReader.read(f2).entries()).extracting(CatalogEntry::name).containsExactly("Inline two");
    }

    @Test
    void linksInfosSchemaLocationsAndStylesheetsAreMetadataThatIsNeverFetched() throws IOException {
        String text = """
                <?xml version="1.0" encoding="UTF-8"?>
                <?xml-stylesheet type="text/xsl" href="%1$s"?>
                <VOTABLE version="1.4" xmlns="http://www.ivoa.net/xml/VOTable/v1.3"
                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                  xsi:schemaLocation="http://www.ivoa.net/xml/VOTable/v1.3 %2$s">
                <INFO name="QUERY_STATUS" value="OK"><LINK href="%3$s"/></INFO>
                <RESOURCE>
                <LINK content-role="doc" href="%3$s"/>
                <TABLE name="t">
                <PARAM name="origin" datatype="char" arraysize="*" value="x"><LINK href="%3$s"/></PARAM>
                <FIELD name="name" datatype="char" arraysize="*"><LINK content-role="location" href="%3$s"/></FIELD>
                <FIELD name="size_min" datatype="double" unit="pc"/>
                <FIELD name="size_max" datatype="double" unit="pc"/>
                <FIELD name="fv_min" datatype="double"/>
                <FIELD name="fv_max" datatype="double"/>
                <DATA><TABLEDATA>
                <TR><TD>Linked clumps</TD><TD>0.1</TD><TD>1</TD><TD>1e-4</TD><TD>1e-3</TD></TR>
                </TABLEDATA></DATA>
                </TABLE>
                </RESOURCE>
                </VOTABLE>
                """.formatted(listener.url("style.xsl"), listener.url("VOTable.xsd"), listener.url("link"));
        Catalog c = CatalogReader.read(write("links.vot", text));
        assertThat(c.entries()).extracting(CatalogEntry::name).containsExactly("Linked clumps");
        assertThat(listener.requests()).as("requests sent to 127.0.0.1").isEmpty();
    }
}
