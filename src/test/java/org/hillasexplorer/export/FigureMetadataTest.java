package org.hillasexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hillasexplorer.figure.FigureBuilder;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Metadata embedded in PNG, SVG and PDF figures, single and composite, and read back. */
class FigureMetadataTest {
    @TempDir
    Path dir;

    private static final Map<String, String> METADATA = metadata();

    private static Map<String, String> metadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(FigureMetadata.STATE_KEY, "{\n  \"format\": \"hillas-explorer-scenario\",\n  \"label\": \"ℓ_S n_s ⁻³ δ ν̄₀ 😀\",\n"
                + "  \"tricky\": \"]]> </hillas:state> <![CDATA[ ) ( \\\\ % >> <<\"\n}\n");
        m.put(FigureMetadata.VERSION_KEY, "0.1.0-test");
        m.put(FigureMetadata.VIEW_KEY, "ns");
        m.put(FigureMetadata.CATALOGS_KEY, "x".repeat(50_000)); // large values survive too
        m.put("hillas-explorer-control", "tab\tcarriage\rreturn\u0001");
        m.put("hillas-explorer-empty", "");
        return m;
    }

    private static JFreeChart chart(Plane plane) {
        return FigureBuilder.build(Scenario.defaults(), List.of(), FigureOptions.defaults(plane));
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "svg", "pdf"})
    void singleFigureRoundTrip(String ext) throws Exception {
        Path f = dir.resolve("fig." + ext);
        FigureExporter.write(chart(Plane.NUMBER_DENSITY), f, 400, 300, 1, METADATA);
        assertThat(FigureMetadata.read(f)).isEqualTo(METADATA);
        assertStillValid(f, ext);
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "svg", "pdf"})
    void compositeRoundTrip(String ext) throws Exception {
        Path f = dir.resolve("both." + ext);
        CompositeExporter.write(List.of(chart(Plane.NUMBER_DENSITY), chart(Plane.FILLING_FACTOR)),
                CompositeExporter.Arrangement.STACKED, f, 300, 200, 1, METADATA);
        assertThat(FigureMetadata.read(f)).isEqualTo(METADATA);
        assertStillValid(f, ext);
    }

    @Test
    void explicitFormatMethodsTakeMetadataToo() throws Exception {
        Map<String, String> m = Map.of(FigureMetadata.VIEW_KEY, "fv");
        Path png = dir.resolve("a.png");
        Path svg = dir.resolve("a.svg");
        Path pdf = dir.resolve("a.pdf");
        FigureExporter.writePng(chart(Plane.FILLING_FACTOR), png, 200, 150, 2, m);
        FigureExporter.writeSvg(chart(Plane.FILLING_FACTOR), svg, 200, 150, m);
        FigureExporter.writePdf(chart(Plane.FILLING_FACTOR), pdf, 200, 150, m);
        for (Path p : List.of(png, svg, pdf)) {
            assertThat(FigureMetadata.read(p)).as(p.toString()).isEqualTo(m);
        }
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(400);
    }

    @Test
    void pdfBoxReadsTheInfoEntries() throws Exception {
        Path f = dir.resolve("fig.pdf");
        FigureExporter.write(chart(Plane.NUMBER_DENSITY), f, 400, 300, 1, METADATA);
        try (PDDocument doc = PDDocument.load(f.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Hillas Explorer figure");
            for (Map.Entry<String, String> e : METADATA.entrySet()) {
                assertThat(doc.getDocumentInformation().getCustomMetadataValue(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
            }
        }
    }

    @Test
    void svgHoldsTheStateInAMetadataElement() throws Exception {
        Path f = dir.resolve("fig.svg");
        FigureExporter.write(chart(Plane.NUMBER_DENSITY), f, 400, 300, 1, Map.of(FigureMetadata.VIEW_KEY, "ns"));
        String svg = Files.readString(f);
        assertThat(svg).contains("<metadata><hillas:state xmlns:hillas=\"https://hillas-explorer.org/state\" "
                + "key=\"hillas-explorer-view\"><![CDATA[ns]]></hillas:state></metadata>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "svg", "pdf"})
    void aFigureWithoutStateSaysSo(String ext) throws Exception {
        Path f = dir.resolve("plain." + ext);
        FigureExporter.write(chart(Plane.NUMBER_DENSITY), f, 200, 150, 1);
        assertThatThrownBy(() -> FigureMetadata.read(f)).isInstanceOf(ExportException.class)
                .hasMessage("cannot read " + f + ": no Hillas Explorer state in this figure (it was not exported by "
                        + "Hillas Explorer, or another program removed its metadata)");
    }

    @Test
    void aFileThatIsNoFigureIsRefused() throws Exception {
        Path f = dir.resolve("notes.txt");
        Files.writeString(f, "hello");
        assertThatThrownBy(() -> FigureMetadata.read(f)).isInstanceOf(ExportException.class)
                .hasMessage("cannot read " + f + ": not a PNG, SVG or PDF figure");
        Path gif = dir.resolve("x.gif");
        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(img, "gif", gif.toFile());
        assertThatThrownBy(() -> FigureMetadata.read(gif)).hasMessageContaining("not a PNG, SVG or PDF figure");
        assertThatThrownBy(() -> FigureMetadata.read(dir.resolve("missing.png"))).isInstanceOf(ExportException.class)
                .hasMessageEndingWith("missing.png: no such file");
        assertThatThrownBy(() -> FigureMetadata.read(dir)).isInstanceOf(ExportException.class)
                .hasMessageContaining("is a directory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "svg", "pdf"})
    void truncatedFiguresFailWithAnExportExceptionOnly(String ext) throws Exception {
        Path f = dir.resolve("fig." + ext);
        FigureExporter.write(chart(Plane.NUMBER_DENSITY), f, 300, 200, 1, METADATA);
        byte[] bytes = Files.readAllBytes(f);
        for (int cut : new int[] {9, 100, bytes.length / 3, bytes.length / 2, bytes.length - 300, bytes.length - 20, bytes.length - 1}) {
            Path t = dir.resolve("cut-" + cut + "." + ext);
            Files.write(t, Arrays.copyOf(bytes, cut));
            Throwable thrown = catchThrowable(() -> FigureMetadata.read(t));
            if (thrown != null) { // a cut that spares the metadata (e.g. PNG's IEND) may still read
                assertThat(thrown).as("cut at " + cut).isInstanceOf(ExportException.class).hasMessageStartingWith("cannot read " + t);
            } else {
                assertThat(FigureMetadata.read(t)).isEqualTo(METADATA);
            }
        }
    }

    @Test
    void damagedPdfInfoDictionaryIsReportedAsDamaged() throws Exception {
        Path f = dir.resolve("fig.pdf");
        FigureExporter.write(chart(Plane.NUMBER_DENSITY), f, 300, 200, 1, Map.of(FigureMetadata.VIEW_KEY, "ns"));
        String s = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        assertThat(s).contains("/hillas-explorer-view <FEFF006E0073>");
        // an array opened inside the Info dictionary and never closed: no PDF reader can make sense of it (a single bad
        // hex digit is not enough: PDFBox, like most readers, reads the string up to it)
        Files.write(f, s.replace("/hillas-explorer-view <FEFF", "/hillas-explorer-view [<FEFF").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> FigureMetadata.read(f)).isInstanceOf(ExportException.class).hasMessageContaining("damaged PDF");
    }

    /**
     * A PDF exported by version 0.1.0, whose hand-written incremental update this class no longer writes, still gives
     * its metadata (the state of a real export, plus awkward characters), exactly.
     */
    @Test
    void aPdfWrittenByVersion010StillOpens() throws Exception {
        Path pdf = dir.resolve("old.pdf");
        Map<String, String> expected;
        try (InputStream in = FigureMetadataTest.class.getResourceAsStream("figure-written-by-0.1.0.pdf");
             InputStream md = FigureMetadataTest.class.getResourceAsStream("figure-written-by-0.1.0.metadata.json")) {
            Files.write(pdf, in.readAllBytes());
            expected = new ObjectMapper().readValue(md, new TypeReference<LinkedHashMap<String, String>>() { });
        }
        assertThat(expected).containsKeys(FigureMetadata.STATE_KEY, FigureMetadata.VERSION_KEY, FigureMetadata.VIEW_KEY,
                FigureMetadata.CATALOGS_KEY, FigureMetadata.RENDER_KEY, "hillas-explorer-note");
        assertThat(expected.get("hillas-explorer-note")).contains("😀", "\r", "\u0001");
        assertThat(FigureMetadata.read(pdf)).containsExactlyEntriesOf(expected);
        // and a figure written now from the same metadata reads back the same
        Path now = dir.resolve("now.pdf");
        FigureExporter.write(chart(Plane.NUMBER_DENSITY), now, 320, 240, 1, expected);
        assertThat(FigureMetadata.read(now)).containsExactlyEntriesOf(expected);
    }

    @Test
    void badKeysAreRefusedBeforeAnythingIsWritten() {
        Path f = dir.resolve("fig.png");
        assertThatThrownBy(() -> FigureExporter.write(chart(Plane.NUMBER_DENSITY), f, 200, 150, 1, Map.of("bad key", "v")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad key");
        assertThat(f).doesNotExist();
    }

    private static void assertStillValid(Path f, String ext) throws Exception {
        switch (ext) {
            case "png" -> assertThat(ImageIO.read(f.toFile())).isNotNull();
            case "svg" -> {
                DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
                dbf.setNamespaceAware(true);
                dbf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                assertThat(dbf.newDocumentBuilder().parse(f.toFile()).getDocumentElement().getLocalName()).isEqualTo("svg");
            }
            default -> {
                try (PDDocument doc = PDDocument.load(f.toFile())) {
                    assertThat(doc.getNumberOfPages()).isEqualTo(1);
                }
            }
        }
    }
}
