package org.hillasexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.hillasexplorer.export.CompositeExporter.Arrangement;
import org.hillasexplorer.figure.FigureBuilder;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CompositeExporterTest {
    @TempDir
    Path dir;

    private static List<JFreeChart> bothPlanes;

    @BeforeAll
    static void buildCharts() {
        bothPlanes = List.of(
                FigureBuilder.build(Scenario.defaults(), List.of(), FigureOptions.defaults(Plane.NUMBER_DENSITY)),
                FigureBuilder.build(Scenario.defaults(), List.of(), FigureOptions.defaults(Plane.FILLING_FACTOR)));
    }

    @ParameterizedTest
    @EnumSource(Arrangement.class)
    void pngHasArrangementTimesScaleAndBothChartsDrawn(Arrangement arrangement) throws Exception {
        Path png = dir.resolve("both.png");
        CompositeExporter.write(bothPlanes, arrangement, png, 400, 300, 1.5);
        BufferedImage img = ImageIO.read(png.toFile());
        int cols = arrangement == Arrangement.SIDE_BY_SIDE ? 2 : 1;
        int rows = arrangement == Arrangement.STACKED ? 2 : 1;
        assertThat(img.getWidth()).isEqualTo(cols * 600);
        assertThat(img.getHeight()).isEqualTo(rows * 450);
        // each cell holds a real chart (many colours), not one chart stretched over a blank half
        for (int cell = 0; cell < 2; cell++) {
            int x0 = arrangement == Arrangement.SIDE_BY_SIDE ? cell * 600 : 0;
            int y0 = arrangement == Arrangement.STACKED ? cell * 450 : 0;
            assertThat(colours(img, x0, y0, 600, 450)).as("distinct colours in cell " + cell).isGreaterThan(100);
        }
        assertThat(img.getRGB(1, 1) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void renderMatchesTheSingleChartExportInEachCell() {
        BufferedImage both = CompositeExporter.render(bothPlanes, Arrangement.SIDE_BY_SIDE, 320, 240, 1);
        assertThat(both.getWidth()).isEqualTo(640);
        assertThat(both.getHeight()).isEqualTo(240);
        for (int i = 0; i < 2; i++) {
            BufferedImage single = FigureExporter.render(bothPlanes.get(i), 320, 240, 1);
            int differing = 0;
            for (int y = 0; y < 240; y += 2) {
                for (int x = 0; x < 320; x += 2) {
                    if (single.getRGB(x, y) != both.getRGB(i * 320 + x, y)) {
                        differing++;
                    }
                }
            }
            assertThat(differing).as("pixels differing from the single export, chart " + i).isLessThan(200);
        }
    }

    @Test
    void renderSingleChartStackedIsTheChartItself() {
        BufferedImage one = CompositeExporter.render(bothPlanes.subList(0, 1), Arrangement.STACKED, 300, 200, 2);
        assertThat(one.getWidth()).isEqualTo(600);
        assertThat(one.getHeight()).isEqualTo(400);
    }

    @ParameterizedTest
    @EnumSource(Arrangement.class)
    void svgHoldsBothChartsBandGroupsWithUniqueIds(Arrangement arrangement) throws Exception {
        Path svg = dir.resolve("both.svg");
        CompositeExporter.write(bothPlanes, arrangement, svg, 500, 360, 3);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        Document doc = parse(text);
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("width")).isEqualTo(arrangement == Arrangement.SIDE_BY_SIDE ? "1000" : "500");
        assertThat(root.getAttribute("height")).isEqualTo(arrangement == Arrangement.STACKED ? "720" : "360");
        XPath xpath = XPathFactory.newInstance().newXPath();
        for (int panel = 1; panel <= 2; panel++) {
            String p = "panel-" + panel;
            assertThat((Double) xpath.evaluate("count(/svg/g[@id='" + p + "'])", doc, XPathConstants.NUMBER))
                    .isEqualTo(1.0);
            for (String band : List.of("MeV", "GeV", "TeV")) {
                NodeList paths = (NodeList) xpath.evaluate("//g[@id='" + p + "']//g[@id='" + p + "-band-" + band
                        + "']//path", doc, XPathConstants.NODESET);
                assertThat(paths.getLength()).as(p + " paths of band " + band).isPositive();
                String label = (String) xpath.evaluate("string(//g[@id='" + p + "-band-" + band + "-label'])",
                        doc, XPathConstants.STRING);
                assertThat(label).as(p + " label of band " + band).startsWith(band);
            }
        }
        // second panel is moved into its cell
        String transform = (String) xpath.evaluate("string(/svg/g[@id='panel-2']/@transform)", doc,
                XPathConstants.STRING);
        assertThat(transform).isEqualTo(arrangement == Arrangement.SIDE_BY_SIDE ? "translate(500 0)" : "translate(0 360)");
        // every id is unique and every url(#…) reference resolves
        NodeList withId = (NodeList) xpath.evaluate("//*[@id]", doc, XPathConstants.NODESET);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < withId.getLength(); i++) {
            String id = ((Element) withId.item(i)).getAttribute("id");
            assertThat(ids.add(id)).as("id " + id + " is unique").isTrue();
        }
        var refs = java.util.regex.Pattern.compile("url\\(#([^)]+)\\)").matcher(text);
        int nRefs = 0;
        while (refs.find()) {
            assertThat(ids).contains(refs.group(1));
            nRefs++;
        }
        assertThat(nRefs).isPositive();
        assertThat(text).contains("<text").contains("GeV CRs (1–10 GeV)");
    }

    @Test
    void prefixIdsLeavesAlreadyPrefixedIdsAndTextAlone() {
        String in = "<svg><defs><clipPath id='panel-1-clip-0'/></defs><g id='band-GeV'>"
                + "<text>it&apos;s id=&apos;x&apos;</text></g></svg>";
        assertThat(CompositeExporter.prefixIds(in, "panel-1-")).isEqualTo("<svg><defs><clipPath id='panel-1-clip-0'/>"
                + "</defs><g id='panel-1-band-GeV'><text>it&apos;s id=&apos;x&apos;</text></g></svg>");
    }

    @ParameterizedTest
    @EnumSource(Arrangement.class)
    void pdfHasOnePageOfTheCompositeSize(Arrangement arrangement) throws Exception {
        Path pdf = dir.resolve("both.PDF");
        CompositeExporter.write(bothPlanes, arrangement, pdf, 420, 300, 2);
        try (PDDocument doc = PDDocument.load(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(arrangement == Arrangement.SIDE_BY_SIDE ? 840f : 420f);
            assertThat(box.getHeight()).isEqualTo(arrangement == Arrangement.STACKED ? 600f : 300f);
            // both halves are drawn on
            BufferedImage img = new PDFRenderer(doc).renderImage(0, 1f);
            int x1 = arrangement == Arrangement.SIDE_BY_SIDE ? 420 : 0;
            int y1 = arrangement == Arrangement.STACKED ? 300 : 0;
            assertThat(colours(img, 0, 0, 420, 300)).isGreaterThan(20);
            assertThat(colours(img, x1, y1, 420, 300)).isGreaterThan(20);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"both.gif", "both", "both.png.txt"})
    void unknownExtensionIsRejectedAndNothingWritten(String name) throws Exception {
        Path bad = dir.resolve(name);
        assertThatThrownBy(() -> CompositeExporter.write(bothPlanes, Arrangement.SIDE_BY_SIDE, bad, 400, 300, 1))
                .isInstanceOf(ExportException.class).hasMessageContaining(bad.toString())
                .hasMessageContaining(".png").hasMessageContaining(".svg").hasMessageContaining(".pdf");
        assertThat(listing(dir)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"both.png", "both.svg", "both.pdf"})
    void missingDirectoryFailsWithExportException(String name) {
        Path target = dir.resolve("no-such-dir").resolve(name);
        assertThatThrownBy(() -> CompositeExporter.write(bothPlanes, Arrangement.STACKED, target, 400, 300, 1))
                .isInstanceOf(ExportException.class).hasMessageContaining("directory does not exist");
        assertThat(dir.resolve("no-such-dir")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"both.png", "both.svg", "both.pdf"})
    void unwritableDirectoryFailsAndLeavesNothingBehind(String name) throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Path existing = ro.resolve(name);
        Files.writeString(existing, "old");
        assertThat(ro.toFile().setWritable(false, false)).isTrue();
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(ro), "running as a user who can write anyway");
            assertThatThrownBy(() -> CompositeExporter.write(bothPlanes, Arrangement.SIDE_BY_SIDE, existing, 400, 300, 1))
                    .isInstanceOf(ExportException.class).hasMessageContaining(existing.toString());
        } finally {
            ro.toFile().setWritable(true, false);
        }
        assertThat(Files.readString(existing)).isEqualTo("old");
        assertThat(listing(ro)).containsExactly(existing);
    }

    /** Root can write into a chmod-0555 directory; nobody can create files in sysfs. */
    @ParameterizedTest
    @ValueSource(strings = {"both.png", "both.svg", "both.pdf"})
    void unwritableDirectoryFailsEvenForRoot(String name) {
        Path sys = Path.of("/sys");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(sys), "Linux sysfs");
        Path target = sys.resolve(name);
        assertThatThrownBy(() -> CompositeExporter.write(bothPlanes, Arrangement.SIDE_BY_SIDE, target, 400, 300, 1))
                .isInstanceOf(ExportException.class).hasMessageContaining(target.toString());
        assertThat(target).doesNotExist();
    }

    @Test
    void targetThatIsADirectoryFails() throws Exception {
        Path d = Files.createDirectory(dir.resolve("x.png"));
        assertThatThrownBy(() -> CompositeExporter.write(bothPlanes, Arrangement.SIDE_BY_SIDE, d, 400, 300, 1))
                .isInstanceOf(ExportException.class).hasMessageContaining("directory");
        assertThat(listing(dir)).containsExactly(d);
    }

    @Test
    void badSizesAndScaleAreExportExceptions() {
        Path png = dir.resolve("a.png");
        assertThatThrownBy(() -> CompositeExporter.write(bothPlanes, Arrangement.SIDE_BY_SIDE, png, 10, 300, 1))
                .isInstanceOf(ExportException.class).hasMessageContaining("16");
        assertThatThrownBy(() -> CompositeExporter.write(bothPlanes, Arrangement.SIDE_BY_SIDE, png, 400, 300, 0))
                .isInstanceOf(ExportException.class).hasMessageContaining("scale");
        assertThatThrownBy(() -> CompositeExporter.write(bothPlanes, Arrangement.SIDE_BY_SIDE, png, 400, 300, Double.NaN))
                .isInstanceOf(ExportException.class).hasMessageContaining("scale");
        // each chart fits, the composite does not
        assertThatThrownBy(() -> CompositeExporter.write(bothPlanes, Arrangement.SIDE_BY_SIDE, dir.resolve("a.svg"),
                12_000, 300, 1)).isInstanceOf(ExportException.class).hasMessageContaining("24000");
        assertThatThrownBy(() -> CompositeExporter.write(bothPlanes, Arrangement.STACKED, png, 2000, 6000, 2))
                .isInstanceOf(ExportException.class).hasMessageContaining("px");
        assertThat(png).doesNotExist();
    }

    @Test
    void emptyChartListIsAProgrammingError() {
        assertThatThrownBy(() -> CompositeExporter.render(List.of(), Arrangement.STACKED, 400, 300, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompositeExporter.write(List.of(), Arrangement.STACKED, dir.resolve("a.png"), 400, 300, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overwritesAnExistingFileAtomically() throws Exception {
        Path svg = dir.resolve("both.svg");
        Files.writeString(svg, "old");
        CompositeExporter.write(bothPlanes, Arrangement.STACKED, svg, 400, 300, 1);
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("panel-2-band-TeV");
        assertThat(listing(dir)).containsExactly(svg);
    }

    private static int colours(BufferedImage img, int x0, int y0, int w, int h) {
        Set<Integer> colours = new HashSet<>();
        for (int y = y0; y < y0 + h; y += 2) {
            for (int x = x0; x < x0 + w; x += 2) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static Document parse(String text) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Path> listing(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.toList();
        }
    }
}
