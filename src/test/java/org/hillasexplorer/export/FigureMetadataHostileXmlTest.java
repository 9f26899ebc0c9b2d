package org.hillasexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hillasexplorer.catalog.LoopbackListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An SVG figure from someone else may carry a DOCTYPE (JFreeSVG writes one naming the SVG 1.0 DTD, so a DOCTYPE cannot
 * be refused), but reading its state loads no DTD and no external entity: no other file's content reaches the state,
 * and a listener on 127.0.0.1 receives nothing.
 */
class FigureMetadataHostileXmlTest {
    private static final String SECRET = "SVG-FILE-SECRET-5d0e";

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

    private static String svg(String doctype, String stateValue) {
        return "<?xml version=\"1.0\"?>\n" + doctype + "\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                + "<metadata><hillas:state xmlns:hillas=\"" + FigureMetadata.SVG_NAMESPACE + "\" key=\"" + FigureMetadata.STATE_KEY
                + "\">" + stateValue + "</hillas:state><hillas:state xmlns:hillas=\"" + FigureMetadata.SVG_NAMESPACE + "\" key=\""
                + FigureMetadata.VERSION_KEY + "\">1</hillas:state></metadata></svg>\n";
    }

    /** Reads {@code text} as a figure: a state without any secret, or an ExportException without one; nothing fetched. */
    private void assertNothingLeaksOrIsFetched(String name, String text) throws IOException {
        Path f = Files.writeString(dir.resolve(name), text);
        String seen;
        try {
            Map<String, String> state = FigureMetadata.read(f);
            seen = state.toString();
        } catch (ExportException e) {
            seen = e.getMessage();
        }
        assertThat(seen).doesNotContain(SECRET, LoopbackListener.SERVED_SECRET);
        assertThat(listener.requests()).as("requests sent to 127.0.0.1 for " + name).isEmpty();
    }

    @Test
    void anEntityNamingALocalFileOrALoopbackUrlNeverReachesTheState() throws IOException {
        assertNothingLeaksOrIsFetched("file-entity.svg", svg("<!DOCTYPE svg [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>", "&x;"));
        assertNothingLeaksOrIsFetched("http-entity.svg", svg("<!DOCTYPE svg [<!ENTITY x SYSTEM \"" + listener.url("e") + "\">]>", "&x;"));
        assertNothingLeaksOrIsFetched("attribute-entity.svg", svg("<!DOCTYPE svg [<!ENTITY % p SYSTEM \"" + listener.url("p.dtd")
                + "\"> %p;]>", "{}"));
    }

    @Test
    void anExternalDtdIsNeverLoadedButTheFigureStillReads() throws IOException, ExportException {
        assertNothingLeaksOrIsFetched("dtd.svg", svg("<!DOCTYPE svg SYSTEM \"" + listener.url("svg.dtd") + "\">", "{}"));
        Path f = Files.writeString(dir.resolve("public-dtd.svg"),
                svg("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.0//EN\" \"" + listener.url("svg10.dtd") + "\">", "{\"a\": 1}"));
        assertThat(FigureMetadata.read(f)).containsEntry(FigureMetadata.STATE_KEY, "{\"a\": 1}");
        assertThat(listener.requests()).as("requests sent to 127.0.0.1").isEmpty();
    }
}
