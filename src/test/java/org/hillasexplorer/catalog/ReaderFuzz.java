package org.hillasexplorer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The contract every reader's fuzz property checks: a result, or a one-line CatalogException, within 5 s. For hostile
 * input ({@link #hostileXml}) also: nothing of another file or of anything served on the network in the result or the
 * message.
 */
final class ReaderFuzz {
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private ReaderFuzz() {
    }

    /** Runs {@code read}; anything thrown other than CatalogException (or a hang) fails the property. */
    static <T> T readOrNull(Supplier<T> read) {
        return assertTimeoutPreemptively(PATIENCE, () -> {
            try {
                return read.get();
            } catch (CatalogException e) {
                assertOneLine(e);
                return null;
            }
        });
    }

    /**
     * As {@link #readOrNull}, and neither the result (every entry, curve and problem) nor the refusal's message (nor
     * its causes') contains any of {@code secrets}.
     */
    static <T> T readHostile(Supplier<T> read, List<String> secrets) {
        StringBuilder seen = new StringBuilder();
        T result = assertTimeoutPreemptively(PATIENCE, () -> {
            try {
                return read.get();
            } catch (CatalogException e) {
                assertOneLine(e);
                for (Throwable t = e; t != null; t = t.getCause()) {
                    seen.append(t.getMessage()).append('\n');
                }
                return null;
            }
        });
        if (result != null) {
            seen.append(result);
        }
        for (String secret : secrets) {
            assertThat(seen.toString()).as("what the reader gave back").doesNotContain(secret);
        }
        return result;
    }

    private static void assertOneLine(CatalogException e) {
        assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
    }

    /** A hostile input: what it tries, its bytes, and the charset a text (Reader) caller would decode them with. */
    record Hostile(String name, byte[] bytes, Charset charset) {
        Hostile(String name, String text) {
            this(name, text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }

        /** The characters a caller that decodes the file itself hands to a Reader-taking reader. */
        String text() {
            return new String(bytes, charset);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The content of the file that hostile inputs try to read ({@link #hostileXml}). */
    static final String FILE_SECRET = "FUZZ-FILE-SECRET-2b6d";

    /** The secrets no reader may give back after {@link #hostileXml}: the file's and the listener's. */
    static final List<String> SECRETS = List.of(FILE_SECRET, LoopbackListener.SERVED_SECRET);

    /**
     * The hostile XML of issue 14, as a catalogue or curve file from someone else: entities naming a local file or a
     * URL on {@code listener}, external DTDs, parameter entities, entity expansion ("billion laughs"), DOCTYPE tricks
     * (after a comment, CRLF and tabs, byte-order mark, UTF-16, a misleading encoding, lower case), BINARY/BINARY2/FITS
     * {@code STREAM href}s, XInclude, and references a VOTable may hold but must never be fetched. The file they try to
     * read ({@link #FILE_SECRET}) and a DTD declaring an entity for it are written into {@code dir}.
     */
    static List<Hostile> hostileXml(Path dir, LoopbackListener listener) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), FILE_SECRET);
        Path evilDtd = Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY x SYSTEM \"" + secret.toUri() + "\">\n");
        Path rows = Files.write(dir.resolve("rows.bin"), VoTableHostileXmlTest.binaryRow(FILE_SECRET, false));
        String file = secret.toUri().toString();
        String decl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        List<Hostile> out = new ArrayList<>();
        out.add(new Hostile("file entity", VoTableHostileXmlTest.vot(decl + "<!DOCTYPE VOTABLE [<!ENTITY x SYSTEM \"" + file + "\">]>\n", "&x;")));
        out.add(new Hostile("http entity", VoTableHostileXmlTest.vot(decl + "<!DOCTYPE VOTABLE [<!ENTITY x SYSTEM \"" + listener.url("e")
                + "\">]>\n", "&x;")));
        out.add(new Hostile("entity in an attribute", VoTableHostileXmlTest.vot(decl + "<!DOCTYPE VOTABLE [<!ENTITY x SYSTEM \"" + file
                + "\">]>\n", "a").replace("name=\"name\"", "name=\"&x;\"")));
        out.add(new Hostile("external DTD", VoTableHostileXmlTest.vot(decl + "<!DOCTYPE VOTABLE SYSTEM \"" + listener.url("x.dtd") + "\">\n", "a")));
        out.add(new Hostile("public DTD", VoTableHostileXmlTest.vot("<!DOCTYPE VOTABLE PUBLIC \"-//x//y//EN\" \"" + listener.url("p.dtd")
                + "\">\n", "a")));
        out.add(new Hostile("http parameter entity", VoTableHostileXmlTest.vot(decl + "<!DOCTYPE VOTABLE [<!ENTITY % p SYSTEM \""
                + listener.url("p") + "\"> %p;]>\n", "a")));
        out.add(new Hostile("file parameter entity", VoTableHostileXmlTest.vot(decl + "<!DOCTYPE VOTABLE [<!ENTITY % p SYSTEM \""
                + evilDtd.toUri() + "\"> %p;]>\n", "&x;")));
        StringBuilder laughs = new StringBuilder("<!DOCTYPE VOTABLE [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 12; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        out.add(new Hostile("billion laughs", VoTableHostileXmlTest.vot(decl + laughs + "]>\n", "&l12;")));
        out.add(new Hostile("DOCTYPE after a comment", VoTableHostileXmlTest.vot(decl + "<!-- hi -->\n<?pi x?>\n<!DOCTYPE VOTABLE [<!ENTITY x SYSTEM \""
                + file + "\">]>\n", "&x;")));
        out.add(new Hostile("DOCTYPE with CRLF and tabs", VoTableHostileXmlTest.vot("<?xml version='1.0'?>\r\n<!DOCTYPE\r\n\tVOTABLE\t[\r\n"
                + "<!ENTITY\tx\r\nSYSTEM\t'" + file + "'\t>\r\n]\t>\r\n", "&x;")));
        out.add(new Hostile("DOCTYPE after a byte-order mark", VoTableHostileXmlTest.vot("\uFEFF" + decl + "<!DOCTYPE VOTABLE [<!ENTITY x SYSTEM \""
                + file + "\">]>\n", "&x;")));
        String utf16 = VoTableHostileXmlTest.vot("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE VOTABLE [<!ENTITY x SYSTEM \""
                + file + "\">]>\n", "&x;");
        out.add(new Hostile("UTF-16 with a byte-order mark", ("\uFEFF" + utf16).getBytes(StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE));
        out.add(new Hostile("UTF-16LE without a byte-order mark", utf16.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE));
        out.add(new Hostile("UTF-16 declared but UTF-8 written", utf16));
        out.add(new Hostile("a misleading encoding", VoTableHostileXmlTest.vot("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!DOCTYPE VOTABLE "
                + "[<!ENTITY x SYSTEM \"" + file + "\">]>\n", "&x;")));
        out.add(new Hostile("lower-case doctype", VoTableHostileXmlTest.vot(decl + "<!doctype votable [<!entity x system \"" + file + "\">]>\n", "&x;")));
        out.add(new Hostile("DOCTYPE inside the document", VoTableHostileXmlTest.vot(decl, "&x;")
                .replace("<RESOURCE>", "<!DOCTYPE VOTABLE [<!ENTITY x SYSTEM \"" + file + "\">]>\n<RESOURCE>")));
        out.add(new Hostile("BINARY STREAM naming a file", VoTableHostileXmlTest.votWithData("<BINARY><STREAM href=\"" + rows.toUri()
                + "\"/></BINARY>")));
        out.add(new Hostile("BINARY STREAM naming a plain path", VoTableHostileXmlTest.votWithData("<BINARY><STREAM href=\""
                + rows.toAbsolutePath() + "\"/></BINARY>")));
        out.add(new Hostile("BINARY STREAM naming a relative path", VoTableHostileXmlTest.votWithData("<BINARY><STREAM href=\""
                + Path.of("").toAbsolutePath().relativize(rows.toAbsolutePath()) + "\"/></BINARY>")));
        out.add(new Hostile("BINARY2 STREAM on the network", VoTableHostileXmlTest.votWithData("<BINARY2><STREAM encoding=\"gzip\" href=\""
                + listener.url("rows.gz") + "\"/></BINARY2>")));
        out.add(new Hostile("FITS STREAM on the network", VoTableHostileXmlTest.votWithData("<FITS extnum=\"1\"><STREAM href=\""
                + listener.url("t.fits") + "\"/></FITS>")));
        out.add(new Hostile("STREAM with an upper-case or xlink HREF", VoTableHostileXmlTest.votWithData("<BINARY><STREAM HREF=\""
                + listener.url("a") + "\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"" + listener.url("b") + "\"/></BINARY>")));
        out.add(new Hostile("XInclude of a file", VoTableHostileXmlTest.vot(decl, "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\""
                + file + "\" parse=\"text\"/>")));
        out.add(new Hostile("links, schema location and stylesheet", VoTableHostileXmlTest.vot(decl + "<?xml-stylesheet type=\"text/xsl\" href=\""
                + listener.url("s.xsl") + "\"?>\n", "a").replace("<RESOURCE>", "<RESOURCE><LINK href=\"" + listener.url("l") + "\"/>")
                .replace("xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\"", "xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\" "
                        + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://www.ivoa.net/xml/VOTable/v1.3 "
                        + listener.url("v.xsd") + "\"")));
        out.add(new Hostile("DOCTYPE in a plain CSV", "<!DOCTYPE x [<!ENTITY x SYSTEM \"" + file + "\">]>\nname,size [pc],fv\n&x;,1,0.1\n"));
        out.add(new Hostile("DOCTYPE as a curve", "<!DOCTYPE x [<!ENTITY x SYSTEM \"" + file + "\">]>\n<x>&x;</x>\nsize [pc],fv\n1,0.1\n2,0.2\n"));
        return out;
    }
}
