package org.hillasexplorer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every catalogue and curve reader, fed the hostile XML of {@link ReaderFuzz#hostileXml} as it is and mutated: the
 * {@link ReaderFuzz} contract (a result or a one-line CatalogException, within 5 s), nothing of the secret file or of
 * what the listener on 127.0.0.1 serves in the result or the message, and no request to the listener.
 */
class HostileXmlProperties {
    private static Path dir;
    private static LoopbackListener listener;
    private static List<ReaderFuzz.Hostile> cases;

    @BeforeContainer
    static void start() throws IOException {
        dir = Files.createTempDirectory("hostile-xml");
        listener = new LoopbackListener();
        cases = ReaderFuzz.hostileXml(dir, listener);
    }

    @AfterContainer
    static void stop() throws IOException {
        try {
            assertThat(listener.requests()).as("requests sent to 127.0.0.1 by all reads").isEmpty();
        } finally {
            listener.close();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The ways a file reaches a reader: as a path, as bytes, as characters; for catalogues and for curves. */
    private static List<Supplier<?>> everyReader(ReaderFuzz.Hostile h) throws IOException {
        Path file = Files.write(dir.resolve("hostile-" + Math.abs(h.name().hashCode()) + ".vot"), h.bytes());
        return List.of(
                () -> CatalogReader.read(file),
                () -> CatalogReader.read(new ByteArrayInputStream(h.bytes()), h.name()),
                () -> CatalogReader.read(new StringReader(h.text()), h.name()),
                () -> CurveReader.read(file),
                () -> CurveReader.read(new ByteArrayInputStream(h.bytes()), h.name()),
                () -> CurveReader.read(new StringReader(h.text()), h.name()));
    }

    @Example
    void everyHostileCaseThroughEveryReaderLeaksAndFetchesNothing() throws IOException {
        assertThat(cases).hasSizeGreaterThan(20);
        for (ReaderFuzz.Hostile h : cases) {
            for (Supplier<?> read : everyReader(h)) {
                ReaderFuzz.readHostile(read, ReaderFuzz.SECRETS);
            }
            assertThat(listener.requests()).as("requests sent to 127.0.0.1 for " + h).isEmpty();
        }
    }

    @Example
    void everyHostileCaseIsRefusedUnlessWhatItNamesIsInertMetadata() {
        for (ReaderFuzz.Hostile h : cases) {
            Catalog c = ReaderFuzz.readHostile(() -> CatalogReader.read(new ByteArrayInputStream(h.bytes()), h.name()), ReaderFuzz.SECRETS);
            // LINK, schemaLocation and xml-stylesheet are never dereferenced, and XInclude is not processed (the cell is empty)
            boolean harmless = h.name().startsWith("links") || h.name().startsWith("XInclude");
            assertThat(c != null).as(h + " read as a catalogue").isEqualTo(harmless);
        }
    }

    @Property(tries = 300)
    void mutatedHostileXmlLeaksAndFetchesNothing(@ForAll("mutated") ReaderFuzz.Hostile h) {
        ReaderFuzz.readHostile(() -> CatalogReader.read(new ByteArrayInputStream(h.bytes()), h.name()), ReaderFuzz.SECRETS);
        ReaderFuzz.readHostile(() -> CatalogReader.read(new StringReader(h.text()), h.name()), ReaderFuzz.SECRETS);
        ReaderFuzz.readHostile(() -> CurveReader.read(new ByteArrayInputStream(h.bytes()), h.name()), ReaderFuzz.SECRETS);
        assertThat(listener.requestsSoFar()).as("requests sent to 127.0.0.1 for " + h).isEmpty();
    }

    /** Rewrites of a hostile text that a parser or a pre-check might treat differently. */
    private enum Mutation {
        CRLF(t -> t.replace("\n", "\r\n")),
        TABS(t -> t.replace(" ", "\t")),
        COMMENT_FIRST(t -> "<!-- x -->\n" + t),
        COMMENT_AFTER_DECLARATION(t -> t.replaceFirst("\\?>", "?>\n<!-- <!DOCTYPE --><!---->")),
        BOM(t -> "\uFEFF" + t),
        BLANK_LINES(t -> "\n \n\t\n" + t),
        SINGLE_QUOTES(t -> t.replace('"', '\'')),
        NO_DECLARATION(t -> t.replaceFirst("<\\?xml[^>]*\\?>\\s*", "")),
        TWO_DOCTYPES(t -> t.replaceFirst("(<!DOCTYPE[^>]*>)", "$1$1")),
        DOCTYPE_LOWER(t -> t.replace("DOCTYPE", "doctype")),
        SPACE_IN_DOCTYPE(t -> t.replace("<!DOCTYPE", "<!DOCTYPE \n")),
        ENTITY_EVERYWHERE(t -> t.replace("<TD>0.1</TD>", "<TD>&x;</TD>").replace("unit=\"pc\"", "unit=\"&x;\"")),
        STREAM_PREFIXED(t -> t.replace("<STREAM", "<v:STREAM xmlns:v=\"http://www.ivoa.net/xml/VOTable/v1.3\"")
                .replace("</STREAM>", "</v:STREAM>")),
        XML11(t -> t.replace("version=\"1.0\"", "version=\"1.1\""));

        private final Function<String, String> rewrite;

        Mutation(Function<String, String> rewrite) {
            this.rewrite = rewrite;
        }
    }

    @Provide
    Arbitrary<ReaderFuzz.Hostile> mutated() {
        Arbitrary<List<Mutation>> mutations = Arbitraries.of(Mutation.class).list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<Integer> cut = Arbitraries.integers().between(0, 100);
        return Combinators.combine(Arbitraries.of(cases), mutations, cut).as((h, ms, percent) -> {
            String t = h.text();
            for (Mutation m : ms) {
                t = m.rewrite.apply(t);
            }
            if (percent < 10) { // a tenth are cut off somewhere, as a damaged download would be
                t = t.substring(0, t.length() * (90 + percent) / 100);
            }
            String name = h.name() + " + " + ms + (percent < 10 ? " cut" : "");
            return h.charset().equals(StandardCharsets.UTF_8) ? new ReaderFuzz.Hostile(name, t)
                    : new ReaderFuzz.Hostile(name, t.getBytes(h.charset()), h.charset());
        });
    }
}
