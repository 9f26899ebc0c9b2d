package org.hillasexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.figure.CandidateLayer;
import org.hillasexplorer.figure.CatalogLayers;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.FigureSpec;
import org.hillasexplorer.figure.Figures;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 13, item 4: SVG text is whole strings — one {@code <text>} per label, title and axis title (runs in
 * {@code <tspan>}s), tick labels as plain strings, no glyph outlines — and a second renderer (librsvg) draws it.
 */
class SvgTextTest {
    @TempDir
    Path dir;

    private static FigureSpec spec(Plane plane) {
        List<CandidateLayer> boxes = CatalogLayers.on(plane, List.of(CatalogReader.readBuiltin()));
        return FigureSpec.of(Scenario.defaults(), boxes, List.of(), FigureOptions.defaults(plane));
    }

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document doc) {
        NodeList ts = doc.getElementsByTagName("text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ts.getLength(); i++) {
            out.add(ts.item(i).getTextContent());
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Plane.class)
    void everyLabelIsOneTextElementHoldingTheWholeString(Plane plane) throws Exception {
        FigureSpec spec = spec(plane);
        Path svg = dir.resolve("fig.svg");
        FigureExporter.writeSvg(Figures.chart(spec), svg, 1000, 720);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        Document doc = parse(text);
        List<String> texts = texts(doc);
        List<String> whole = new ArrayList<>();
        whole.add(spec.title().orElseThrow().plainText());
        whole.add(spec.axes().xTitle().plainText());
        whole.add(spec.axes().yTitle().plainText());
        whole.add(spec.axes().topTitle().plainText());
        for (FigureSpec.Label l : spec.labels(FigureSpec.Kind.BAND)) {
            whole.add(l.text().plainText());
        }
        for (String s : whole) {
            assertThat(texts).as("one <text> holding \"%s\"", s).filteredOn(s::equals).hasSizeGreaterThanOrEqualTo(1);
        }
        assertThat(texts).as("the title exactly once").filteredOn(whole.get(0)::equals).hasSize(1);
        // every candidate label drawn is a whole string
        for (FigureSpec.Label l : spec.labels(FigureSpec.Kind.CANDIDATE)) {
            assertThat(texts).as("label of %s", l.subject()).contains(l.text().plainText());
        }
        // tick labels are plain strings with superscript digits, e.g. 10⁴
        assertThat(texts).contains("10\u2074");
        // no fragments (a lone subscript "S"), no leftover run groups, no glyph outlines
        assertThat(texts).allSatisfy(t -> assertThat(t.strip().length()).as("text \"%s\"", t).isGreaterThan(1));
        assertThat(text).doesNotContain("hx-text");
        NodeList tspans = doc.getElementsByTagName("tspan");
        assertThat(tspans.getLength()).as("runs of the title and axis titles").isPositive();
        for (int i = 0; i < tspans.getLength(); i++) {
            Element t = (Element) tspans.item(i);
            assertThat(t.getParentNode().getNodeName()).isEqualTo("text");
            assertThat(t.getAttribute("style")).contains("font-style:").contains("font-weight:");
        }
        // fewer paths than before: the frame, bands, boxes, ticks; ~150 glyph outlines would be far more
        assertThat(doc.getElementsByTagName("path").getLength()).isLessThan(120);
    }

    @Test
    void aCompositeOfBothPlanesKeepsWholeStringsToo() throws Exception {
        List<JFreeChart> charts = List.of(Figures.chart(spec(Plane.NUMBER_DENSITY)), Figures.chart(spec(Plane.FILLING_FACTOR)));
        String svg = CompositeExporter.toSvg(charts, CompositeExporter.Arrangement.SIDE_BY_SIDE, 700, 520);
        List<String> texts = texts(parse(svg));
        assertThat(texts).contains(spec(Plane.NUMBER_DENSITY).title().orElseThrow().plainText(),
                spec(Plane.FILLING_FACTOR).title().orElseThrow().plainText(), "\u2113S [au]");
        assertThat(svg).doesNotContain("hx-text");
    }

    @ParameterizedTest
    @EnumSource(Plane.class)
    void librsvgRendersTheSvgLikeJava2DDoesThePng(Plane plane) throws Exception {
        assumeTrue(onPath("rsvg-convert"), "rsvg-convert (Debian package librsvg2-bin) is not installed");
        JFreeChart chart = Figures.chart(spec(plane));
        Path svg = dir.resolve("fig.svg");
        Path viaRsvg = dir.resolve("rsvg.png");
        Path viaJava = dir.resolve("java.png");
        FigureExporter.writeSvg(chart, svg, 800, 600);
        FigureExporter.writePng(chart, viaJava, 800, 600, 1.0);
        Process p = new ProcessBuilder("rsvg-convert", "-o", viaRsvg.toString(), svg.toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(messages).isZero();
        BufferedImage a = ImageIO.read(viaRsvg.toFile());
        BufferedImage b = ImageIO.read(viaJava.toFile());
        assertThat(a.getWidth()).isEqualTo(800);
        assertThat(a.getHeight()).isEqualTo(600);
        // the same ink in the same places: per 20 px cell, dark (text, frame, ticks) in one iff dark in the other
        int cells = 0;
        int agree = 0;
        for (int cy = 0; cy < 600; cy += 20) {
            for (int cx = 0; cx < 800; cx += 20) {
                boolean da = darkIn(a, cx, cy);
                boolean db = darkIn(b, cx, cy);
                if (da || db) {
                    cells++;
                    agree += da == db ? 1 : 0;
                }
            }
        }
        assertThat(cells).isGreaterThan(100);
        assertThat((double) agree / cells).as("cells with ink in both renderings").isGreaterThan(0.85);
        // the title row has text in librsvg's rendering (text elements were drawn, not dropped)
        assertThat(darkPixels(a, 0, 0, 800, 40)).isGreaterThan(200);
    }

    private static boolean darkIn(BufferedImage img, int x0, int y0) {
        return darkPixels(img, x0, y0, 20, 20) > 3;
    }

    private static int darkPixels(BufferedImage img, int x0, int y0, int w, int h) {
        int n = 0;
        for (int y = y0; y < Math.min(img.getHeight(), y0 + h); y++) {
            for (int x = x0; x < Math.min(img.getWidth(), x0 + w); x++) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
                n += lum < 3 * 90 ? 1 : 0;
            }
        }
        return n;
    }

    private static boolean onPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, exe))) {
                return true;
            }
        }
        return false;
    }
}
