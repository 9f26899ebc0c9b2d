package org.hillasexplorer.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.Title;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class IntermittencyChartBuilderTest {

    static List<FigureStyle> styles() {
        return FigureStyle.all();
    }

    private static BufferedImage draw(JFreeChart chart, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
        g2.dispose();
        return img;
    }

    private static XYDataset data(JFreeChart c) {
        return ((XYPlot) c.getPlot()).getDataset();
    }

    private static List<String> titles(JFreeChart c) {
        return c.getSubtitles().stream().filter(t -> t instanceof RichTitle).map(t -> ((RichTitle) t).plainText()).toList();
    }

    @ParameterizedTest
    @MethodSource("styles")
    void rendersInEveryStyleAtPanelSize(FigureStyle style) {
        for (double a : new double[] {0, 1.5, 2, 3, 5}) {
            JFreeChart c = IntermittencyChartBuilder.build(a, style);
            BufferedImage img = draw(c, 420, 300);
            assertThat(img.getRGB(1, 1) & 0xFFFFFF).isEqualTo(style.palette().background().getRGB() & 0xFFFFFF);
            draw(c, 840, 600);
        }
    }

    @Test
    void axesSpanTheStatedRangesAndTheCurveHasSlopeTwoMinusAlpha() {
        JFreeChart c = IntermittencyChartBuilder.build(1.5, FigureStyle.PAPER);
        XYPlot plot = (XYPlot) c.getPlot();
        assertThat(plot.getDomainAxis().getLowerBound()).isCloseTo(1e-3, within(1e-12));
        assertThat(plot.getDomainAxis().getUpperBound()).isCloseTo(10, within(1e-9));
        assertThat(plot.getRangeAxis().getLowerBound()).isEqualTo(IntermittencyChartBuilder.Y_MIN);
        assertThat(plot.getRangeAxis().getUpperBound()).isEqualTo(IntermittencyChartBuilder.Y_MAX);
        XYDataset d = data(c);
        int n = d.getItemCount(0);
        double slope = Math.log(d.getYValue(0, n - 1) / d.getYValue(0, 0)) / Math.log(d.getXValue(0, n - 1) / d.getXValue(0, 0));
        assertThat(slope).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void titlesSayTheRegimeAndTheTailShare() {
        JFreeChart patchy = IntermittencyChartBuilder.build(1.5, FigureStyle.PAPER);
        assertThat(titles(patchy)).containsExactly("αP = 1.5 < 2: patchy scattering",
                "the rare strong tail dominates: 84 % of the scattering");
        JFreeChart traditional = IntermittencyChartBuilder.build(3, FigureStyle.PAPER);
        assertThat(titles(traditional).get(0)).contains("> 2", "traditional");
        assertThat(titles(traditional).get(1)).contains("core dominates", "0.32 %");
        assertThat(IntermittencyChartBuilder.titleText(2)).contains("marginal");
        assertThat(IntermittencyChartBuilder.subtitleText(2)).contains("equally");
        assertThat(IntermittencyChartBuilder.percent(0.999)).isEqualTo("> 99 %");
        assertThat(IntermittencyChartBuilder.percent(1e-7)).isEqualTo("< 0.01 %");
        assertThat(IntermittencyChartBuilder.percent(0.0512)).isEqualTo("5.1 %");
    }

    @Test
    void shadesTheCoreAndTheTailWithLabels() {
        JFreeChart c = IntermittencyChartBuilder.build(1.5, FigureStyle.DARK);
        XYPlot plot = (XYPlot) c.getPlot();
        assertThat(plot.getAnnotations().stream().filter(a -> a instanceof ShapeAnnotation)
                .map(a -> ((ShapeAnnotation) a).groupId())).containsExactly("core-region", "tail-region");
        assertThat(plot.getAnnotations().stream().filter(a -> a instanceof IntermittencyChartBuilder.RegionLabel)
                .map(a -> ((IntermittencyChartBuilder.RegionLabel) a).text()))
                .containsExactly("core: many weak fluctuations → traditional", "tail: rare strong patches → patchy");
        assertThat(plot.getRenderer().getSeriesPaint(0)).isEqualTo(Palette.DARK.populationModel());
    }

    @Test
    void updateChangesTheCurveAndTitleWithOneEvent() {
        JFreeChart c = IntermittencyChartBuilder.build(1.5, FigureStyle.PAPER);
        double before = data(c).getYValue(0, 0);
        AtomicInteger events = new AtomicInteger();
        c.addChangeListener(e -> events.incrementAndGet());
        IntermittencyChartBuilder.update(c, 3, FigureStyle.PRESENTATION_DARK);
        assertThat(events).hasValue(1);
        double after = data(c).getYValue(0, 0);
        assertThat(before).isCloseTo(Math.pow(1e-3, 0.5), within(1e-12));
        assertThat(after).isCloseTo(Math.pow(1e-3, -1), within(1e-6));
        assertThat(titles(c).get(0)).contains("traditional");
        assertThat(c.getBackgroundPaint()).isEqualTo(Palette.DARK.background());
        draw(c, 420, 300);
    }

    @Test
    void aBadAlphaOrAForeignChartIsRefusedAndLeavesTheChartAlone() {
        JFreeChart c = IntermittencyChartBuilder.build(1.5, FigureStyle.PAPER);
        List<Title> before = List.copyOf(c.getSubtitles());
        assertThatThrownBy(() -> IntermittencyChartBuilder.update(c, 6, FigureStyle.PAPER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside [0, 5]");
        assertThat(c.getSubtitles()).isEqualTo(before);
        assertThatThrownBy(() -> IntermittencyChartBuilder.build(-1, FigureStyle.PAPER)).isInstanceOf(IllegalArgumentException.class);
        JFreeChart plane = FigureBuilder.build(Scenario.defaults(), List.of(), FigureOptions.defaults(Plane.NUMBER_DENSITY));
        assertThatThrownBy(() -> IntermittencyChartBuilder.update(plane, 1.5, FigureStyle.PAPER))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
