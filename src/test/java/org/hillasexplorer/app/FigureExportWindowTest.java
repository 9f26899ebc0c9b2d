package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.hillasexplorer.export.CompositeExporter.Arrangement;
import org.hillasexplorer.export.ExportException;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;

/**
 * Issue 13, item 4 in the window: an export laid out for a journal column or a slide, with the legend, whatever
 * the plots' size on screen.
 */
class FigureExportWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
        // small plots on screen: the window itself drops the legend
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    private FigureExports.FigureSize size(FigureExports.SizePreset p, int charts) {
        return FigureExports.size(p, charts, new int[] {400, 300}, Arrangement.SIDE_BY_SIDE);
    }

    private void export(ShownFigures.Target t, Path file, FigureExports.FigureSize size, double scale) {
        fx(() -> {
            try {
                window.exports().exportFigure(t, file, size, scale);
            } catch (ExportException e) {
                throw new AssertionError(e);
            }
        });
    }

    private static Document parse(Path svg) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readString(svg).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSingleColumnFigureStacksBothPlanesAtThreeAndAHalfInchesWithTheirLegendsBelow() throws Exception {
        Path svg = dir.resolve("column.svg");
        Path png = dir.resolve("column.png");
        export(ShownFigures.Target.BOTH, svg, size(FigureExports.SizePreset.SINGLE_COLUMN, 2), 1);
        export(ShownFigures.Target.BOTH, png, size(FigureExports.SizePreset.SINGLE_COLUMN, 2), 4);
        Document doc = parse(svg);
        var xp = XPathFactory.newInstance().newXPath();
        assertThat(xp.evaluate("/svg/@width", doc)).isEqualTo("252");
        assertThat(xp.evaluate("/svg/@height", doc)).isEqualTo("504");
        for (int panel : new int[] {1, 2}) {
            Number legends = (Number) xp.evaluate("count(//g[@id='panel-" + panel + "']//g[@id='panel-" + panel + "-legend'])",
                    doc, XPathConstants.NUMBER);
            assertThat(legends.intValue()).as("legend of panel %d", panel).isEqualTo(1);
        }
        // the second panel sits under the first
        assertThat(xp.evaluate("//g[@id='panel-2']/@transform", doc)).isEqualTo("translate(0 252)");
        var img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).as("3.5 in at 288 dpi").isEqualTo(1008);
        assertThat(img.getHeight()).isEqualTo(2016);
        // the type is the window's at 62 %: 12 pt tick labels become 7.4 pt (JFreeSVG writes whole pixels), no type
        // larger than the 13 pt title's 8 pt
        String text = Files.readString(svg);
        assertThat(text).contains("font-size: 7px");
        var sizes = java.util.regex.Pattern.compile("font-size: ([0-9.]+)px").matcher(text).results()
                .map(m -> Double.parseDouble(m.group(1))).toList();
        assertThat(sizes).isNotEmpty().allSatisfy(px -> assertThat(px).isLessThanOrEqualTo(8.1));
    }

    @Test
    void aSlideIsSixteenToNineWithTheWindowsType() throws Exception {
        Path svg = dir.resolve("slide.svg");
        export(ShownFigures.Target.BOTH, svg, size(FigureExports.SizePreset.SLIDE, 2), 1);
        var xp = XPathFactory.newInstance().newXPath();
        Document doc = parse(svg);
        assertThat(xp.evaluate("/svg/@width", doc)).isEqualTo("960");
        assertThat(xp.evaluate("/svg/@height", doc)).isEqualTo("540");
        assertThat(Files.readString(svg)).contains("font-size: 12px").contains("panel-1-legend").contains("panel-2-legend");
    }
}
