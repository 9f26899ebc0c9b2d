package org.hillasexplorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every construction of an XML parser, factory or XML-reading library class in {@code src/main/java} sits in a file
 * that sets the hardening flags for its kind (in practice: {@code io/SafeXml.java}, the one hardened helper, which
 * every reader goes through), so a new reader cannot slip in unhardened. A failure names {@code file:line}.
 */
class XmlHardeningScanTest {
    private static final Path MAIN = Path.of("src", "main", "java");
    private static final String HELPER = "org.hillasexplorer.io.SafeXml";

    /** What must appear (outside comments) in a file that makes an XML reader of one kind. */
    private enum Kind {
        /** DOM and SAX parsers: no external DTD or entity, no external schema, secure processing. */
        PARSER("FEATURE_SECURE_PROCESSING", "ACCESS_EXTERNAL_DTD", "ACCESS_EXTERNAL_SCHEMA",
                "http://xml.org/sax/features/external-general-entities", "http://xml.org/sax/features/external-parameter-entities",
                "http://apache.org/xml/features/nonvalidating/load-external-dtd"),
        /** StAX: no DTD, no external entities. */
        STAX("SUPPORT_DTD", "IS_SUPPORTING_EXTERNAL_ENTITIES"),
        /** XSLT: secure processing, no external DTD or stylesheet. */
        TRANSFORMER("FEATURE_SECURE_PROCESSING", "ACCESS_EXTERNAL_DTD", "ACCESS_EXTERNAL_STYLESHEET"),
        /** Schema validation: secure processing, no external DTD or schema. */
        SCHEMA("FEATURE_SECURE_PROCESSING", "ACCESS_EXTERNAL_DTD", "ACCESS_EXTERNAL_SCHEMA"),
        /** XPath over a document it parses itself: secure processing at the least; better, parse through SafeXml. */
        XPATH("FEATURE_SECURE_PROCESSING", "ACCESS_EXTERNAL_DTD"),
        /** STIL makes its own unhardened SAX parser, so its input must first pass VoTableScreen's screen (parsed by SafeXml). */
        STIL("screenVoTable("),
        /** Cannot be hardened at all (java.beans.XMLDecoder runs what the XML names). */
        NEVER("(XMLDecoder cannot be hardened; do not use it)");

        final List<String> required;

        Kind(String... required) {
            this.required = List.of(required);
        }
    }

    private record Rule(Pattern pattern, Kind kind) {
    }

    private static final List<Rule> RULES = List.of(
            rule("\\bDocumentBuilderFactory\\s*\\.\\s*new(?:Default)?(?:NS)?Instance\\b", Kind.PARSER),
            rule("\\bSAXParserFactory\\s*\\.\\s*new(?:Default)?(?:NS)?Instance\\b", Kind.PARSER),
            rule("\\bXMLReaderFactory\\s*\\.\\s*createXMLReader\\b", Kind.PARSER),
            rule("\\bnew\\s+(?:[\\w.]+\\.)?(?:SAXParser|DOMParser|XMLReaderAdapter)\\s*\\(", Kind.PARSER),
            rule("\\bXMLInputFactory\\s*\\.\\s*new(?:Default)?(?:Instance|Factory)\\b", Kind.STAX),
            rule("\\b(?:SAX)?TransformerFactory\\s*\\.\\s*new(?:Default)?Instance\\b", Kind.TRANSFORMER),
            rule("\\bSchemaFactory\\s*\\.\\s*new(?:Default)?Instance\\b", Kind.SCHEMA),
            rule("\\bXPathFactory\\s*\\.\\s*new(?:Default)?Instance\\b", Kind.XPATH),
            rule("\\bnew\\s+(?:[\\w.]+\\.)?(?:VOTableBuilder|VOElementFactory|TableContentHandler|StarTableFactory"
                    + "|VOTableParser|TableStreamer)\\s*\\(", Kind.STIL),
            rule("\\b(?:VOElementFactory|TableStreamer|SingleTableReader|MultiTableStreamer)\\s*\\.\\s*(?:make|stream|read)\\w*\\s*\\(",
                    Kind.STIL),
            rule("\\bnew\\s+(?:[\\w.]+\\.)?XMLDecoder\\s*\\(", Kind.NEVER));

    private static Rule rule(String regex, Kind kind) {
        return new Rule(Pattern.compile(regex), kind);
    }

    /** One place that makes an XML reader, and which of its kind's flags the file lacks. */
    record Construction(String where, String what, List<String> missing) {
        String problem() {
            return where + ": " + what + " in a file without " + String.join(", ", missing) + "; make XML parsers through "
                    + HELPER + " (or set all of these in this file)";
        }
    }

    /** The constructions in one source file ({@code name} as messages show it). */
    static List<Construction> scan(String name, String source) {
        String code = withoutComments(source);
        List<Construction> out = new ArrayList<>();
        for (Rule r : RULES) {
            Matcher m = r.pattern.matcher(code);
            while (m.find()) {
                List<String> missing = r.kind == Kind.NEVER ? r.kind.required
                        : r.kind.required.stream().filter(flag -> !code.contains(flag)).toList();
                out.add(new Construction(name + ":" + lineOf(code, m.start()), shown(m.group()),
                        missing.stream().map(flag -> flag.endsWith("(") ? "a call of " + flag + "…)" : flag).toList()));
            }
        }
        return out;
    }

    /** A matched call or flag as a message shows it: {@code new VOTableBuilder()}, {@code SAXParserFactory.newInstance()}. */
    private static String shown(String code) {
        String t = code.replaceAll("\\s+", "").replaceFirst("^new", "new ");
        return t.endsWith("(") ? t + ")" : t.matches(".*\\.\\w+$") && !t.contains("/") ? t + "()" : t;
    }

    private static long lineOf(String text, int offset) {
        return 1 + text.substring(0, offset).chars().filter(c -> c == '\n').count();
    }

    /** {@code source} with comments blanked out (newlines kept, so lines still match); strings and text blocks kept. */
    static String withoutComments(String source) {
        StringBuilder sb = new StringBuilder(source);
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    sb.setCharAt(i++, ' ');
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (; i < end; i++) {
                    if (source.charAt(i) != '\n') {
                        sb.setCharAt(i, ' ');
                    }
                }
            } else {
                i++;
            }
        }
        return sb.toString();
    }

    private static List<Construction> scanMain() throws IOException {
        List<Construction> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                out.addAll(scan(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    @Test
    void everyXmlParserInSrcMainIsHardened() throws IOException {
        List<Construction> found = scanMain();
        assertThat(found.stream().filter(c -> !c.missing().isEmpty()).map(Construction::problem))
                .as("XML readers made without hardening").isEmpty();
        // the scan sees the helper's own constructions, so it is not looking in the wrong place
        Path helper = MAIN.resolve(HELPER.replace('.', '/') + ".java");
        assertThat(found).extracting(Construction::what).contains("SAXParserFactory.newDefaultInstance()",
                "DocumentBuilderFactory.newDefaultInstance()", "new VOTableBuilder()");
        assertThat(found).filteredOn(c -> c.where().startsWith(helper + ":")).hasSizeGreaterThanOrEqualTo(2);
        // and STIL's builder is made only behind the VOTable screen
        Path screen = MAIN.resolve("org/hillasexplorer/catalog/VoTableScreen.java");
        assertThat(found).filteredOn(c -> c.what().equals("new VOTableBuilder()"))
                .allSatisfy(c -> assertThat(c.where()).startsWith(screen + ":")).isNotEmpty();
    }

    @Test
    void anUnhardenedParserIsReportedWithItsFileAndLine() {
        String source = """
                package x;
                /** Uses DocumentBuilderFactory.newInstance() in a comment, which is no construction. */
                class Reader {
                    // FEATURE_SECURE_PROCESSING ACCESS_EXTERNAL_DTD in a comment does not count either
                    Object f() throws Exception {
                        return javax.xml.parsers.DocumentBuilderFactory
                                .newInstance();
                    }
                    Object g() { return new uk.ac.starlink.votable.VOTableBuilder(); }
                    Object h() { return javax.xml.stream.XMLInputFactory.newFactory(); }
                    Object i() { return new java.beans.XMLDecoder(null); }
                }
                """;
        List<Construction> found = scan("x/Reader.java", source);
        assertThat(found).extracting(Construction::where).containsExactlyInAnyOrder("x/Reader.java:6", "x/Reader.java:9",
                "x/Reader.java:10", "x/Reader.java:11");
        assertThat(found).allSatisfy(c -> assertThat(c.missing()).isNotEmpty());
        assertThat(found.get(0).problem()).startsWith("x/Reader.java:6: DocumentBuilderFactory.newInstance() in a file without "
                + "FEATURE_SECURE_PROCESSING, ACCESS_EXTERNAL_DTD").endsWith("make XML parsers through " + HELPER
                + " (or set all of these in this file)");
    }

    @Test
    void aFileThatSetsItsKindsFlagsPasses() {
        String source = """
                class Hardened {
                    Object f() throws Exception {
                        var f = javax.xml.stream.XMLInputFactory.newInstance();
                        f.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
                        f.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
                        return f;
                    }
                }
                """;
        assertThat(scan("Hardened.java", source)).singleElement().satisfies(c -> assertThat(c.missing()).isEmpty());
    }

    @Test
    void theLauncherDeniesExternalXmlAccessBeforeDoingAnythingElse() throws IOException {
        String launcher = withoutComments(Files.readString(MAIN.resolve("org/hillasexplorer/Launcher.java")));
        Matcher m = Pattern.compile("public\\s+static\\s+void\\s+main\\s*\\(\\s*String\\s*\\[\\]\\s*\\w+\\s*\\)\\s*\\{\\s*([^;]*;)")
                .matcher(launcher);
        assertThat(m.find()).as("Launcher.main found").isTrue();
        assertThat(m.group(1).strip()).isEqualTo("denyExternalXmlAccess();");
    }
}
