package org.hillasexplorer.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

/**
 * Text for the window's canvases has no combining marks (JavaFX would lay it out through Pango on its render thread
 * while labels use Pango on the FX thread, which corrupted the heap); exports keep the real characters.
 */
class ScreenTextTest {
    private static String draw(boolean screen) {
        SVGGraphics2D g2 = new SVGGraphics2D(400, 100);
        if (screen) {
            g2.setRenderingHint(RichText.KEY_NO_COMBINING_MARKS, Boolean.TRUE);
        }
        RichText.parse("*B* = 3 μG, *ν̄*_0 = 10^-9 s^-1").draw(g2, new Font(Font.SANS_SERIF, Font.PLAIN, 14), 10, 50);
        return g2.getSVGElement();
    }

    @Test
    void onScreenTheMacronIsABarAndNoCombiningMarkIsDrawn() {
        String screen = draw(true);
        assertThat(screen).doesNotContain("\u0304").contains("ν").contains("<rect");
        String export = draw(false);
        assertThat(export).contains("ν\u0304");
    }

    @Test
    void plainTextLosesOnlyItsCombiningMarks() {
        assertThat(RichText.withoutCombiningMarks("ν̄₀ ×/÷ 3")).isEqualTo("ν₀ ×/÷ 3");
        assertThat(RichText.withoutCombiningMarks("δ_s 0.3–0.7")).isEqualTo("δ_s 0.3–0.7");
    }

    @Test
    void aChartForTheScreenCarriesTheHintToItsGraphics() {
        JFreeChart chart = Figures.forScreen(Figures.chart(FigureSpec.of(org.hillasexplorer.physics.Scenario.defaults(),
                java.util.List.of(), java.util.List.of(), FigureOptions.defaults(org.hillasexplorer.physics.Plane.NUMBER_DENSITY))));
        assertThat(chart.getRenderingHints().get(RichText.KEY_NO_COMBINING_MARKS)).isEqualTo(Boolean.TRUE);
        SVGGraphics2D g2 = new SVGGraphics2D(800, 600);
        chart.draw(g2, new java.awt.geom.Rectangle2D.Double(0, 0, 800, 600));
        assertThat(g2.getSVGElement()).as("the title's ν̄₀ drawn without U+0304").doesNotContain("\u0304");
        SVGGraphics2D export = new SVGGraphics2D(800, 600);
        Figures.chart(FigureSpec.of(org.hillasexplorer.physics.Scenario.defaults(), java.util.List.of(), java.util.List.of(),
                FigureOptions.defaults(org.hillasexplorer.physics.Plane.NUMBER_DENSITY)))
                .draw(export, new java.awt.geom.Rectangle2D.Double(0, 0, 800, 600));
        assertThat(export.getSVGElement()).contains("\u0304");
    }
}
