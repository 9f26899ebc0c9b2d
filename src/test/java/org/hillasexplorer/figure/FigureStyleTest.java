package org.hillasexplorer.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.hillasexplorer.export.FigureExporter;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.Scenario;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in styles: names, palettes, and that every view renders in each, a dark one fully dark. */
class FigureStyleTest {
    private static final Scenario S = Scenario.defaults();
    private static final List<Population> POPS = List.of(IntermittentModelPopulation.paper(),
            PowerLawPopulation.spheres("my_model", "my model", 1e9, 1, 2.5, 0.1, 1e3));

    @TempDir
    Path dir;

    static List<FigureStyle> styles() {
        return FigureStyle.all();
    }

    static List<Palette> palettes() {
        return List.of(Palette.OKABE_ITO, Palette.HIGH_CONTRAST, Palette.DARK);
    }

    private static List<JFreeChart> allViews(FigureStyle style) {
        List<JFreeChart> charts = new ArrayList<>();
        for (Plane p : Plane.values()) {
            FigureOptions o = FigureOptions.defaults(p).withStyle(style);
            charts.add(FigureBuilder.build(S, SampleCandidates.all(), POPS, o));
        }
        charts.add(RigidityChartBuilder.build(S, SampleCandidates.all(), POPS,
                FigureOptions.defaults(Plane.NUMBER_DENSITY).withStyle(style)));
        return charts;
    }

    private static BufferedImage draw(JFreeChart chart, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
        g2.dispose();
        return img;
    }

    private static double luminance(int rgb) {
        return Palette.luminance(new Color(rgb));
    }

    @Test
    void allListsTheFourStylesInMenuOrder() {
        assertThat(FigureStyle.all()).extracting(FigureStyle::name)
                .containsExactly("paper", "presentation", "dark", "presentation-dark");
        assertThat(FigureStyle.all()).containsExactly(FigureStyle.PAPER, FigureStyle.PRESENTATION, FigureStyle.DARK,
                FigureStyle.PRESENTATION_DARK);
    }

    @ParameterizedTest
    @MethodSource("styles")
    void byNameRoundTrips(FigureStyle style) {
        assertThat(FigureStyle.byName(style.name())).isSameAs(style);
        assertThat(FigureStyle.byName(" " + style.name().toUpperCase() + " ")).isSameAs(style);
    }

    @Test
    void byNameRejectsUnknownNamesListingTheAllowedOnes() {
        assertThatThrownBy(() -> FigureStyle.byName("bogus")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("style 'bogus' is not one of paper, presentation, dark, presentation-dark");
        assertThatThrownBy(() -> FigureStyle.byName("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(FigureStyle.byName("presentation_dark")).isSameAs(FigureStyle.PRESENTATION_DARK);
    }

    @Test
    void presentationIsAboutTwiceThePaperAndHeavier() {
        FigureStyle p = FigureStyle.PAPER;
        for (FigureStyle s : List.of(FigureStyle.PRESENTATION, FigureStyle.PRESENTATION_DARK)) {
            assertThat(s.tickLabelSizePt() / p.tickLabelSizePt()).isBetween(1.7f, 2.2f);
            assertThat(s.axisLabelSizePt() / p.axisLabelSizePt()).isBetween(1.7f, 2.2f);
            assertThat(s.annotationSizePt() / p.annotationSizePt()).isBetween(1.6f, 2.2f);
            assertThat(s.bandOutlineWidthPx()).isGreaterThanOrEqualTo(2 * p.bandOutlineWidthPx());
            assertThat(s.locusWidthPx()).isGreaterThanOrEqualTo(2 * p.locusWidthPx());
            assertThat(s.frameWidthPx()).isGreaterThanOrEqualTo(2 * p.frameWidthPx());
            assertThat(s.bandFillAlpha()).isGreaterThan(p.bandFillAlpha());
        }
        assertThat(FigureStyle.PRESENTATION.palette()).isSameAs(Palette.HIGH_CONTRAST);
        assertThat(FigureStyle.DARK.isDark()).isTrue();
        assertThat(FigureStyle.PRESENTATION_DARK.isDark()).isTrue();
        assertThat(FigureStyle.PAPER.isDark()).isFalse();
        assertThat(FigureStyle.PRESENTATION.isDark()).isFalse();
    }

    /** WCAG contrast ratio of two colours. */
    private static double contrast(Color a, Color b) {
        double la = Palette.luminance(a);
        double lb = Palette.luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @ParameterizedTest
    @MethodSource("palettes")
    void everyPaletteKeepsTextAndLabelsLegibleOnItsBackground(Palette pal) {
        assertThat(contrast(pal.foreground(), pal.background())).as("foreground").isGreaterThanOrEqualTo(7);
        assertThat(contrast(pal.model(), pal.background())).as("model").isGreaterThanOrEqualTo(7);
        assertThat(contrast(pal.populationModel(), pal.background())).as("population model").isGreaterThanOrEqualTo(7);
        assertThat(contrast(pal.foreground(), pal.legendBackground())).as("legend text").isGreaterThanOrEqualTo(7);
        List<Color> coloured = new ArrayList<>(pal.bandColours());
        coloured.addAll(pal.candidateColours());
        coloured.addAll(pal.populationColours());
        for (Color c : coloured) {
            assertThat(contrast(pal.labelColour(c), pal.background())).as("label of %s", c).isGreaterThanOrEqualTo(3);
        }
        for (VerdictMark m : VerdictMark.values()) {
            assertThat(contrast(m.colour(pal), pal.background())).as("verdict %s", m).isGreaterThanOrEqualTo(1.8);
        }
        assertThat(pal.isDark()).isEqualTo(pal == Palette.DARK);
    }

    @Test
    void theOldPaletteConstructorDerivesTheNewColours() {
        Palette o = Palette.OKABE_ITO;
        Palette p = new Palette("x", o.background(), o.foreground(), o.grid(), o.bandColours(), o.candidateColours(),
                o.model(), o.modelFill(), o.populationColours(), o.populationModel());
        assertThat(p.legendBackground()).isEqualTo(o.background());
        assertThat(p.verdictColours()).isEqualTo(o.verdictColours());
        assertThat(VerdictMark.REACHES.colour()).isEqualTo(VerdictMark.REACHES.colour(Palette.OKABE_ITO));
    }

    @ParameterizedTest
    @MethodSource("styles")
    void everyStyleRendersBothPlanesAndTheRigidityView(FigureStyle style) {
        for (JFreeChart c : allViews(style)) {
            BufferedImage img = draw(c, 1000, 720);
            assertThat(img.getRGB(2, 2) & 0xFFFFFF).isEqualTo(style.palette().background().getRGB() & 0xFFFFFF);
            draw(c, 420, 300); // small panels too
        }
    }

    @ParameterizedTest
    @MethodSource("styles")
    void theFillingFactorUnityLineTakesThePalettesReferenceColour(FigureStyle style) {
        JFreeChart c = FigureBuilder.build(S, SampleCandidates.all(), FigureOptions.defaults(Plane.FILLING_FACTOR).withStyle(style));
        ValueMarker m = (ValueMarker) ((XYPlot) c.getPlot()).getRangeMarkers(Layer.BACKGROUND).iterator().next();
        assertThat(m.getPaint()).isEqualTo(style.palette().reference());
    }

    @Test
    void aDarkFigureIsDarkWithLightTextAndNoLightPatches() throws Exception {
        for (FigureStyle style : List.of(FigureStyle.DARK, FigureStyle.PRESENTATION_DARK)) {
            List<JFreeChart> charts = allViews(style);
            for (int k = 0; k < charts.size(); k++) {
                Path png = dir.resolve(style.name() + "-" + k + ".png");
                FigureExporter.write(charts.get(k), png, 1000, 720, 1);
                BufferedImage img = ImageIO.read(png.toFile());
                int w = img.getWidth();
                int h = img.getHeight();
                for (int[] corner : new int[][] {{1, 1}, {w - 2, 1}, {1, h - 2}, {w - 2, h - 2}}) {
                    assertThat(luminance(img.getRGB(corner[0], corner[1]))).as("corner of %s %d", style.name(), k)
                            .isLessThan(0.03);
                }
                int light = 0;
                int dark = 0;
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        double l = luminance(img.getRGB(x, y));
                        light += l > 0.7 ? 1 : 0;
                        dark += l < 0.05 ? 1 : 0;
                    }
                }
                // text, ticks and frame are light; a white legend or label background would add tens of thousands
                assertThat(light).as("light pixels of %s %d", style.name(), k).isBetween(1500, w * h / 40);
                assertThat(dark).as("dark pixels of %s %d", style.name(), k).isGreaterThan(w * h / 3);
            }
        }
    }

    @Test
    void aDarkLegendHasADarkBackground() {
        // the legend sits in the emptiest corner: its whole box must be dark apart from text and swatches
        JFreeChart c = FigureBuilder.build(S, List.of(), FigureOptions.defaults(Plane.NUMBER_DENSITY).withStyle(FigureStyle.DARK));
        BufferedImage img = draw(c, 1000, 720);
        BufferedImage noLegend = draw(FigureBuilder.build(S, List.of(), FigureOptions.defaults(Plane.NUMBER_DENSITY)
                .withStyle(FigureStyle.DARK).with(FigureOptions.Element.LEGEND, false)), 1000, 720);
        int changed = 0;
        int changedLight = 0;
        for (int y = 0; y < 720; y++) {
            for (int x = 0; x < 1000; x++) {
                if (img.getRGB(x, y) != noLegend.getRGB(x, y)) {
                    changed++;
                    changedLight += luminance(img.getRGB(x, y)) > 0.5 ? 1 : 0;
                }
            }
        }
        assertThat(changed).isGreaterThan(2000);
        assertThat((double) changedLight / changed).isLessThan(0.25);
    }
}
