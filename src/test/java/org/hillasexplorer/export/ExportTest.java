package org.hillasexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.hillasexplorer.figure.CandidateLayer;
import org.hillasexplorer.figure.FigureBuilder;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.physics.CandidateBox;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ExportTest {
    @TempDir
    Path dir;

    private static final List<CandidateLayer> BOXES = List.of(
            new CandidateLayer("gmcs", "GMCs", CandidateLayer.MACROSCOPIC,
                    new CandidateBox(Plane.NUMBER_DENSITY, 2.06e6, 2.06e7, 1e-9, 1e-7)),
            new CandidateLayer("astrospheres", "astrospheres", CandidateLayer.MACROSCOPIC,
                    new CandidateBox(Plane.NUMBER_DENSITY, 10, 1e3, 0.01, 0.1)),
            new CandidateLayer("tsas", "TSAS", CandidateLayer.SMALL_SCALE,
                    new CandidateBox(Plane.FILLING_FACTOR, 5, 1e4, 1e-7, 0.01)));

    private static JFreeChart chart(Plane plane) {
        return FigureBuilder.build(Scenario.defaults(), BOXES, FigureOptions.defaults(plane));
    }

    @ParameterizedTest
    @EnumSource(Plane.class)
    void pngHasTheScaledSizeAndRealContent(Plane plane) throws Exception {
        Path png = dir.resolve("fig-" + plane.key() + ".png");
        FigureExporter.writePng(chart(plane), png, 640, 480, 2.0);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(1280);
        assertThat(img.getHeight()).isEqualTo(960);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("distinct colours").isGreaterThan(200);
        // the corner is white background, not transparent or black
        assertThat(img.getRGB(1, 1) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @ParameterizedTest
    @EnumSource(Plane.class)
    void svgIsXmlWithBandLabelsAsTextAndOneGroupPerBandAndBox(Plane plane) throws Exception {
        Path svg = dir.resolve("fig.svg");
        FigureExporter.writeSvg(chart(plane), svg, 900, 680);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        // the SVG's DOCTYPE names a DTD on w3.org; tests run offline
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        var xpath = XPathFactory.newInstance().newXPath();
        for (String band : List.of("MeV", "GeV", "TeV")) {
            NodeList paths = (NodeList) xpath.evaluate("//g[@id='band-" + band + "']//path", doc, XPathConstants.NODESET);
            assertThat(paths.getLength()).as("paths of band " + band).isGreaterThanOrEqualTo(1);
            String label = (String) xpath.evaluate("string(//g[@id='band-" + band + "-label'])", doc, XPathConstants.STRING);
            assertThat(label).as("label of band " + band).startsWith(band);
        }
        long boxes = BOXES.stream().filter(b -> b.box().plane() == plane).count();
        NodeList boxGroups = (NodeList) xpath.evaluate("//g[starts-with(@id,'candidate-') and not(contains(@id,'-label'))]",
                doc, XPathConstants.NODESET);
        assertThat(boxGroups.getLength()).isEqualTo(boxes);
        for (int i = 0; i < boxGroups.getLength(); i++) {
            assertThat(((org.w3c.dom.Element) boxGroups.item(i)).getElementsByTagName("path").getLength()).isPositive();
        }
        assertThat(text).contains("<text").contains(plane == Plane.NUMBER_DENSITY ? "GeV CRs (1–10 GeV)" : "TeV");
    }

    @ParameterizedTest
    @EnumSource(Plane.class)
    void pdfHasOnePageOfTheRequestedSize(Plane plane) throws Exception {
        Path pdf = dir.resolve("fig.pdf");
        FigureExporter.writePdf(chart(plane), pdf, 600, 450);
        try (PDDocument doc = PDDocument.load(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(600f);
            assertThat(box.getHeight()).isEqualTo(450f);
        }
    }

    @Test
    void writeChoosesTheFormatByExtensionAndRejectsOthers() throws Exception {
        JFreeChart c = chart(Plane.NUMBER_DENSITY);
        FigureExporter.write(c, dir.resolve("a.PNG"), 300, 200, 1);
        FigureExporter.write(c, dir.resolve("a.svg"), 300, 200, 1);
        FigureExporter.write(c, dir.resolve("a.pdf"), 300, 200, 1);
        assertThat(Files.readAllBytes(dir.resolve("a.PNG"))).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(dir.resolve("a.svg"))).contains("<svg");
        assertThat(Files.readAllBytes(dir.resolve("a.pdf"))).startsWith('%', 'P', 'D', 'F');
        Path gif = dir.resolve("a.gif");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FigureExporter.write(c, gif, 300, 200, 1))
                .isInstanceOf(ExportException.class).hasMessageContaining(gif.toString())
                .hasMessageContaining(".png").hasMessageContaining(".svg").hasMessageContaining(".pdf");
        assertThat(gif).doesNotExist();
    }
}
