package org.hillasexplorer.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.junit.jupiter.api.Test;

/** The Monte Carlo regime map drawn from plain cells. */
class RegimeMapChartBuilderTest {
    private static final List<RegimeMapChartBuilder.Cell> GRID = List.of(
            new RegimeMapChartBuilder.Cell(0.1, 1e-3, 12.0), new RegimeMapChartBuilder.Cell(0.1, 1e-1, Double.NaN),
            new RegimeMapChartBuilder.Cell(10, 1e-3, 1.02), new RegimeMapChartBuilder.Cell(10, 1e-1, 0.31));

    private static List<XYAnnotation> annotations(JFreeChart c) {
        return new ArrayList<>(((XYPlot) c.getPlot()).getAnnotations());
    }

    @Test
    void oneTileAndOneNumberPerCellAndTheTwoAnalyticBoundaries() {
        JFreeChart c = RegimeMapChartBuilder.build(GRID, 100, FigureStyle.PAPER);
        List<XYAnnotation> a = annotations(c);
        assertThat(a).filteredOn(XYPolygonAnnotation.class::isInstance).hasSize(4);
        assertThat(a).filteredOn(XYLineAnnotation.class::isInstance).hasSize(2); // τ_s = 1 and f_V = 1/τ_s
        List<String> texts = a.stream().filter(XYTextAnnotation.class::isInstance).map(x -> ((XYTextAnnotation) x).getText()).toList();
        assertThat(texts).contains("12", "–", "1.0", "0.31", "transparent: τ_s < 1");
        XYPlot plot = (XYPlot) c.getPlot();
        // the axes enclose every tile (half a grid step around the outer cells)
        assertThat(plot.getDomainAxis().getLowerBound()).isLessThan(0.1 / Math.sqrt(100));
        assertThat(plot.getDomainAxis().getUpperBound()).isGreaterThan(10 * Math.sqrt(100));
        assertThat(plot.getRangeAxis().getUpperBound()).isLessThanOrEqualTo(1);
        assertThat(c.getSubtitles()).filteredOn(LegendTitle.class::isInstance).hasSize(1);
    }

    @Test
    void tilesAreColouredByTheRatioBlueBelowOneRedAbove() {
        assertThat(RegimeMapChartBuilder.colour(1)).isEqualTo(new Color(0xF7F7F7));
        assertThat(RegimeMapChartBuilder.colour(0.1)).isEqualTo(new Color(0x2166AC));
        assertThat(RegimeMapChartBuilder.colour(10)).isEqualTo(new Color(0xB2182B));
        assertThat(RegimeMapChartBuilder.colour(Double.NaN)).isEqualTo(new Color(0xBBBBBB));
    }

    @Test
    void drawsInEveryStyle() {
        for (FigureStyle style : FigureStyle.all()) {
            BufferedImage img = new BufferedImage(500, 360, BufferedImage.TYPE_INT_RGB);
            Graphics2D g2 = img.createGraphics();
            RegimeMapChartBuilder.build(GRID, 30, style).draw(g2, new Rectangle2D.Double(0, 0, 500, 360));
            g2.dispose();
            assertThat(img.getRGB(1, 1) & 0xFFFFFF).isEqualTo(style.palette().background().getRGB() & 0xFFFFFF);
        }
    }
}
