package org.hillasexplorer.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Units;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class FigureBuilderTest {
    private static final Scenario DEFAULTS = Scenario.defaults();

    private static JFreeChart chart(FigureOptions o) {
        return FigureBuilder.build(DEFAULTS, SampleCandidates.all(), o);
    }

    private static List<String> groupIds(JFreeChart chart) {
        return ((XYPlot) chart.getPlot()).getAnnotations().stream()
                .filter(a -> a instanceof ShapeAnnotation).map(a -> ((ShapeAnnotation) a).groupId()).toList();
    }

    /** Draws the chart once so that listeners, tick selection and label placement all run. */
    private static void draw(JFreeChart chart, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
        g2.dispose();
    }

    @Test
    void numberDensityPlaneHasLogAxesCoveringBandsAndBoxes() {
        JFreeChart c = chart(FigureOptions.defaults(Plane.NUMBER_DENSITY));
        XYPlot plot = (XYPlot) c.getPlot();
        assertThat(plot.getDomainAxis()).isInstanceOf(LogAxis.class);
        assertThat(plot.getRangeAxis()).isInstanceOf(LogAxis.class);
        ValueAxis x = plot.getDomainAxis();
        ValueAxis y = plot.getRangeAxis();
        // reference reproduction: x ≈ 10^-3.5 … 10^9.5 au, y ≈ 10^-13 … 10^16.5 pc⁻³
        assertThat(Math.log10(x.getLowerBound())).isBetween(-4.5, -2.6);
        assertThat(Math.log10(x.getUpperBound())).isBetween(8.4, 10.5);
        assertThat(Math.log10(y.getLowerBound())).isBetween(-14.5, -12.0);
        assertThat(Math.log10(y.getUpperBound())).isBetween(15.4, 18.0);
        assertThat(x.getAttributedLabel().getIterator().getEndIndex()).isPositive();
        assertThat(FigureBuilder.yAxisTitle(Plane.NUMBER_DENSITY)).isEqualTo("ns(>ℓS) [pc−3]");
    }

    @Test
    void fillingFactorPlaneStopsJustAboveUnity() {
        JFreeChart c = chart(FigureOptions.defaults(Plane.FILLING_FACTOR));
        ValueAxis y = ((XYPlot) c.getPlot()).getRangeAxis();
        assertThat(y.getUpperBound()).isGreaterThan(1.0).isLessThan(100);
        assertThat(Math.log10(y.getLowerBound())).isBetween(-13.5, -10.0);
        assertThat(((XYPlot) c.getPlot()).getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND)).hasSize(1);
        assertThat(groupIds(c)).contains("model-region", "model-locus");
    }

    @Test
    void explicitViewIsUsedVerbatim() {
        ViewRange v = new ViewRange(-1, 5, -20, 3);
        JFreeChart c = chart(FigureOptions.defaults(Plane.NUMBER_DENSITY).withView(v));
        XYPlot plot = (XYPlot) c.getPlot();
        assertThat(Math.log10(plot.getDomainAxis().getLowerBound())).isCloseTo(-1, within(1e-12));
        assertThat(Math.log10(plot.getRangeAxis().getUpperBound())).isCloseTo(3, within(1e-12));
    }

    @Test
    void topAxisFollowsTheBottomAxisInParsecs() {
        JFreeChart c = chart(FigureOptions.defaults(Plane.NUMBER_DENSITY));
        XYPlot plot = (XYPlot) c.getPlot();
        ValueAxis au = plot.getDomainAxis();
        ValueAxis pc = plot.getDomainAxis(1);
        assertThat(pc.getLowerBound()).isCloseTo(Units.auToPc(au.getLowerBound()), within(1e-9 * pc.getLowerBound()));
        au.setRange(1e2, 1e6); // as a GUI zoom would
        assertThat(pc.getLowerBound()).isCloseTo(Units.auToPc(1e2), within(1e-15));
        assertThat(pc.getUpperBound()).isCloseTo(Units.auToPc(1e6), within(1e-12));
        assertThat(plot.getRangeAxis(1).getRange()).isEqualTo(plot.getRangeAxis().getRange());
    }

    @Test
    void everyBandAndEveryBoxOfThePlaneIsDrawnAndNothingElse() {
        List<String> ids = groupIds(chart(FigureOptions.defaults(Plane.NUMBER_DENSITY)));
        assertThat(ids).contains("band-MeV", "band-GeV", "band-TeV", "candidate-gmcs", "candidate-astrospheres");
        assertThat(ids).filteredOn(s -> s.startsWith("candidate-")).hasSize(11); // the fig3 boxes are not drawn
    }

    @Test
    void hiddenEnergyClassesAreNotDrawn() {
        FigureOptions o = FigureOptions.defaults(Plane.NUMBER_DENSITY).withHiddenEnergyClasses(Set.of("GeV"))
                .with(FigureOptions.Element.VERDICT_MARKERS, false);
        JFreeChart c = chart(o);
        assertThat(groupIds(c)).contains("band-MeV", "band-TeV").doesNotContain("band-GeV");
        XYPlot plot = (XYPlot) c.getPlot();
        assertThat(plot.getLegendItems().getItemCount()).isEqualTo(3); // MeV, TeV, candidates
    }

    @Test
    void toggledOffElementsDisappear() {
        FigureOptions o = FigureOptions.defaults(Plane.FILLING_FACTOR)
                .with(FigureOptions.Element.CANDIDATE_BOXES, false)
                .with(FigureOptions.Element.HYPOTHETICAL_MODEL, false)
                .with(FigureOptions.Element.TITLE, false)
                .with(FigureOptions.Element.SECONDARY_AXIS, false);
        JFreeChart c = chart(o);
        assertThat(groupIds(c)).noneMatch(s -> s.startsWith("candidate-") || s.startsWith("model-"));
        // no title nor caption (the legend's place under the plot, used only when the plot is too small, remains)
        assertThat(c.getSubtitles()).allMatch(t -> t instanceof LegendBelow);
        assertThat(((XYPlot) c.getPlot()).getDomainAxis(1).isVisible()).isFalse();
    }

    @Test
    void updateFiresExactlyOneChartChangeEvent() {
        JFreeChart c = chart(FigureOptions.defaults(Plane.NUMBER_DENSITY));
        AtomicInteger events = new AtomicInteger();
        c.addChangeListener(e -> events.incrementAndGet());
        FigureBuilder.update(c, DEFAULTS.with(org.hillasexplorer.physics.Parameters.DELTA_S, 0.3),
                SampleCandidates.all(), FigureOptions.defaults(Plane.NUMBER_DENSITY));
        assertThat(events).hasValue(1);
    }

    @Test
    void updateReplacesRatherThanAccumulatesAnnotations() {
        JFreeChart c = chart(FigureOptions.defaults(Plane.NUMBER_DENSITY));
        int before = ((XYPlot) c.getPlot()).getAnnotations().size();
        FigureBuilder.update(c, DEFAULTS, SampleCandidates.all(), FigureOptions.defaults(Plane.NUMBER_DENSITY));
        List<XYAnnotation> after = ((XYPlot) c.getPlot()).getAnnotations();
        assertThat(after).hasSize(before);
    }

    @Test
    void tickLabelsStayFewOverThirtyDecadesAndAtExtremeZoom() {
        assertThat(DecadeLogAxis.chooseStepDex(30, 600, 20, 12)).isGreaterThanOrEqualTo(3);
        assertThat(DecadeLogAxis.chooseStepDex(100, 300, 40, 12)).isGreaterThanOrEqualTo(10);
        assertThat(DecadeLogAxis.chooseStepDex(2, 600, 40, 12)).isEqualTo(1);
        // drawing at tiny and huge zooms must not throw
        JFreeChart c = chart(FigureOptions.defaults(Plane.NUMBER_DENSITY).withView(new ViewRange(-100, 10, -50, 60)));
        draw(c, 400, 300);
        c = chart(FigureOptions.defaults(Plane.NUMBER_DENSITY).withView(new ViewRange(2.0, 2.3, 1.0, 1.1)));
        draw(c, 400, 300);
    }

    @Test
    void tickLabelsAreTenToTheNWithSuperscriptAndTrueMinus() {
        // one plain string per label (so SVG and PDF keep it as text): superscript digits and the superscript minus
        assertThat(DecadeLogAxis.superscriptLabel(1e-5)).isEqualTo("10\u207B\u2075");
        assertThat(DecadeLogAxis.superscriptLabel(1e12)).isEqualTo("10\u00B9\u00B2");
        assertThat(DecadeLogAxis.superscriptLabel(1)).isEqualTo("10\u2070");
        assertThat(DecadeLogAxis.superscriptLabel(1e-5)).doesNotContain("-", "5");
        // and the axis draws exactly those
        DecadeLogAxis a = new DecadeLogAxis("x", 12);
        a.setRange(1e-6, 1e-3);
        var g2 = new java.awt.image.BufferedImage(10, 10, java.awt.image.BufferedImage.TYPE_INT_RGB).createGraphics();
        List<?> ticks = a.refreshTicks(g2, new org.jfree.chart.axis.AxisState(), new java.awt.geom.Rectangle2D.Double(0, 0, 600, 400),
                org.jfree.chart.ui.RectangleEdge.BOTTOM);
        assertThat(ticks.stream().map(t -> ((org.jfree.chart.axis.ValueTick) t).getText()).filter(t -> !t.isEmpty()))
                .containsExactly("10\u207B\u2076", "10\u207B\u2075", "10\u207B\u2074", "10\u207B\u00B3");
    }

    @Test
    void candidateUnderAPointPrefersTheSmallestBox() {
        List<CandidateLayer> all = SampleCandidates.all();
        // inside both HII regions and GMCs: GMCs is smaller
        assertThat(FigureBuilder.candidateAt(all, Plane.NUMBER_DENSITY, 5e6, 5e-8)).map(CandidateLayer::id).contains("gmcs");
        assertThat(FigureBuilder.candidateAt(all, Plane.NUMBER_DENSITY, 100, 0.05)).map(CandidateLayer::id).contains("astrospheres");
        assertThat(FigureBuilder.candidateAt(all, Plane.NUMBER_DENSITY, 1e-3, 1e10)).isEmpty();
        assertThat(FigureBuilder.candidateAt(all, Plane.FILLING_FACTOR, 100, 1e-4)).map(CandidateLayer::id).contains("tsas");
        assertThat(FigureBuilder.candidateAt(all, Plane.NUMBER_DENSITY, -1, 1)).isEmpty();
    }

    @Test
    void titleNamesThePlaneAndTheParameters() {
        assertThat(FigureBuilder.titleText(DEFAULTS, Plane.NUMBER_DENSITY))
                .startsWith("Patchy CR scattering: ℓS–ns plane").contains("D = 0", "δs = 0.5", "B = 3 μG", "10−9 s−1");
        assertThat(FigureBuilder.titleText(DEFAULTS, Plane.FILLING_FACTOR)).contains("ℓS–fV plane", "any D");
        assertThat(PlaneSpecs.describe(org.hillasexplorer.physics.EnergyClass.GEV)).isEqualTo("GeV CRs (1–10 GeV)");
    }

    @Test
    void invalidInputsAreRejectedWithReasons() {
        assertThatThrownBy(() -> new ViewRange(3, 1, 0, 1)).hasMessageContaining("min < max");
        assertThatThrownBy(() -> new CandidateLayer("x", "x", "nonsense", SampleCandidates.all().get(0).box()))
                .hasMessageContaining("nonsense");
        assertThatThrownBy(() -> FigureBuilder.update(new JFreeChart(new XYPlot()), DEFAULTS, List.of(),
                FigureOptions.defaults(Plane.FILLING_FACTOR))).hasMessageContaining("FigureBuilder.build");
    }

    @Test
    void richTextMarkupKeepsTextAndStylesRuns() {
        RichText t = RichText.parse("*n*_s(>*ℓ*_S) [pc^{−3}]");
        assertThat(t.plainText()).isEqualTo("ns(>ℓS) [pc−3]");
        assertThat(t.runs()).extracting(RichText.Run::script).containsExactly(0, -1, 0, 0, -1, 0, 1, 0);
        assertThat(t.runs().get(0).italic()).isTrue();
    }
}
