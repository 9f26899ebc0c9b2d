package org.hillasexplorer.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.hillasexplorer.physics.CandidateVerdict;
import org.hillasexplorer.physics.ClassVerdict;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.Scenario;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.junit.jupiter.api.Test;

/** Populations as curves on the planes, verdict markers, and the rigidity view. */
class PopulationFigureTest {
    private static final Scenario S = Scenario.defaults();
    private static final Population MODEL = IntermittentModelPopulation.paper();
    /** Reaches the GeV band on both planes (n_s ≈ 3e9 pc⁻³ at 1 au lies in it). */
    private static final Population NEAR = PowerLawPopulation.spheres("my_model", "my model", 1e9, 1, 2.5, 0.1, 1e3);
    private static final List<Population> BOTH = List.of(MODEL, NEAR);

    private static String svg(JFreeChart chart) {
        SVGGraphics2D g2 = new SVGGraphics2D(1000, 720);
        g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        chart.draw(g2, new Rectangle2D.Double(0, 0, 1000, 720));
        return g2.getSVGDocument();
    }

    private static BufferedImage png(JFreeChart chart) {
        BufferedImage img = new BufferedImage(1000, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, 1000, 720));
        g2.dispose();
        return img;
    }

    private static List<String> legend(JFreeChart chart) {
        LegendItemCollection c = ((XYPlot) chart.getPlot()).getFixedLegendItems();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.getItemCount(); i++) {
            out.add(c.get(i).getLabel());
        }
        return out;
    }

    @Test
    void everyPopulationIsACurveGroupWithALabelOnBothPlanes() {
        for (Plane plane : Plane.values()) {
            JFreeChart c = FigureBuilder.build(S, SampleCandidates.all(), BOTH, FigureOptions.defaults(plane));
            String svg = svg(c);
            assertThat(svg).as(plane.key()).contains("id='population-intermittent_model'", "id='population-my_model'",
                    "id='population-my_model-label'");
            assertThat(legend(c)).contains("my model", "hypothetical intermittent model");
        }
    }

    @Test
    void theModelPopulationReplacesTheModelLocusOnTheFillingFactorPlane() {
        JFreeChart c = FigureBuilder.build(S, List.of(), List.of(MODEL), FigureOptions.defaults(Plane.FILLING_FACTOR));
        String svg = svg(c);
        assertThat(svg).contains("id='population-intermittent_model'", "id='model-region'").doesNotContain("id='model-locus'");
    }

    @Test
    void hiddenOrSwitchedOffPopulationsAreNotDrawn() {
        FigureOptions o = FigureOptions.defaults(Plane.NUMBER_DENSITY).withHiddenCandidates(Set.of("my_model"));
        String svg = svg(FigureBuilder.build(S, SampleCandidates.all(), BOTH, o));
        assertThat(svg).contains("population-intermittent_model").doesNotContain("population-my_model");
        String off = svg(FigureBuilder.build(S, SampleCandidates.all(), BOTH,
                FigureOptions.defaults(Plane.NUMBER_DENSITY).with(FigureOptions.Element.POPULATIONS, false)));
        assertThat(off).doesNotContain("population-");
    }

    @Test
    void populationsWidenTheAutomaticView() {
        Population far = PowerLawPopulation.spheres("far", "far", 1e25, 1, 2, 1e-6, 1e-5);
        FigureOptions o = FigureOptions.defaults(Plane.NUMBER_DENSITY);
        ViewRange without = FigureBuilder.autoRange(S, SampleCandidates.all(), o);
        ViewRange with = FigureBuilder.autoRange(S, SampleCandidates.all(), List.of(far), o);
        assertThat(with.log10XMin()).isLessThan(without.log10XMin());
        assertThat(with.log10YMax()).isGreaterThan(without.log10YMax());
        // capped, so a wild population cannot squash the figure
        assertThat(with.log10YMax() - without.log10YMax()).isLessThanOrEqualTo(PlaneSpecs.MAX_POPULATION_EXTENSION_DEX + 3);
    }

    @Test
    void verdictMarkersAndTheirLegendAppearOnlyWhenOn() {
        FigureOptions on = FigureOptions.defaults(Plane.FILLING_FACTOR);
        JFreeChart c = FigureBuilder.build(S, SampleCandidates.all(), BOTH, on);
        String svg = svg(c);
        assertThat(svg).contains("candidate-tsas-label-verdict-reaches", "population-intermittent_model-label-verdict-reaches");
        assertThat(legend(c)).contains("reaches a band", "misses by < 1 dex", "misses by ≥ 1 dex");

        JFreeChart off = FigureBuilder.build(S, SampleCandidates.all(), BOTH, on.with(FigureOptions.Element.VERDICT_MARKERS, false));
        assertThat(svg(off)).doesNotContain("-verdict-");
        assertThat(legend(off)).doesNotContain("reaches a band", "misses by < 1 dex", "misses by ≥ 1 dex");

        JFreeChart empty = FigureBuilder.build(S, List.of(), List.of(), on);
        assertThat(legend(empty)).doesNotContain("reaches a band");
    }

    @Test
    void macroscopicBoxesAreFarMissesOnTheNumberDensityPlane() {
        String svg = svg(FigureBuilder.build(S, SampleCandidates.all(), List.of(), FigureOptions.defaults(Plane.NUMBER_DENSITY)));
        assertThat(svg).contains("candidate-gmcs-label-verdict-far-miss", "candidate-snrs-label-verdict-far-miss")
                .doesNotContain("verdict-reaches");
    }

    @Test
    void verdictMarkCountsOnlyVisibleClassesAndAbundanceGaps() {
        ClassVerdict near = new ClassVerdict(EnergyClass.GEV, Plane.NUMBER_DENSITY, ClassVerdict.Status.TOO_RARE, 0.4, 0, 1, 0, 0);
        ClassVerdict far = new ClassVerdict(EnergyClass.TEV, Plane.NUMBER_DENSITY, ClassVerdict.Status.TOO_RARE, 3, 0, 4, 0, 0);
        ClassVerdict small = new ClassVerdict(EnergyClass.MEV, Plane.NUMBER_DENSITY, ClassVerdict.Status.TOO_LARGE, 0.2, 0,
                Double.NaN, Double.NaN, Double.NaN);
        ClassVerdict hit = new ClassVerdict(EnergyClass.MEV, Plane.NUMBER_DENSITY, ClassVerdict.Status.OVERLAPS, 0, 0, 1, 0, 0);
        CandidateVerdict v = new CandidateVerdict("x", "x", Plane.NUMBER_DENSITY, List.of(small, near, far), List.of(), "");
        assertThat(VerdictMark.of(v, l -> true)).isEqualTo(VerdictMark.NEAR_MISS);
        assertThat(VerdictMark.of(v, l -> !l.equals("GeV"))).isEqualTo(VerdictMark.FAR_MISS);
        assertThat(VerdictMark.of(v, l -> false)).isEqualTo(VerdictMark.NO_BAND);
        CandidateVerdict r = new CandidateVerdict("x", "x", Plane.NUMBER_DENSITY, List.of(hit, far), List.of(), "");
        assertThat(VerdictMark.of(r, l -> true)).isEqualTo(VerdictMark.REACHES);
        assertThat(VerdictMark.of(r, l -> l.equals("TeV"))).isEqualTo(VerdictMark.FAR_MISS);
        // told apart by shape as well as colour
        assertThat(VerdictMark.REACHES.shape(0, 0, 8).getBounds2D()).isNotEqualTo(VerdictMark.NEAR_MISS.shape(0, 0, 8).getBounds2D());
    }

    @Test
    void populationColoursAreDistinctFromBandsAndBoxesAndStayPut() {
        Palette pal = Palette.OKABE_ITO;
        assertThat(FigureBuilder.populationColour(pal, BOTH, MODEL)).isEqualTo(pal.populationModel());
        assertThat(FigureBuilder.populationColour(pal, BOTH, NEAR)).isEqualTo(pal.populationColour(0));
        for (java.awt.Color c : pal.populationColours()) {
            assertThat(pal.bandColours()).doesNotContain(c);
            assertThat(pal.candidateColours()).doesNotContain(c);
        }
    }

    @Test
    void rigidityViewShowsTheObservedLineClassSpansPopulationsAndBoxes() {
        JFreeChart c = RigidityChartBuilder.build(S, SampleCandidates.all(), BOTH, FigureOptions.defaults(Plane.NUMBER_DENSITY));
        String svg = svg(c);
        assertThat(svg).contains("id='observed-mfp'", "id='band-MeV'", "id='band-GeV'", "id='band-TeV'",
                "id='population-intermittent_model'", "id='population-my_model'", "id='candidate-gmcs'", "observed")
                .doesNotContain("id='candidate-tsas'"); // f_V boxes have no n_s to give an ℓ_mfp
        assertThat(RigidityChartBuilder.titleText(S)).startsWith("What each candidate gives: ℓmfp against rigidity");
        XYPlot plot = (XYPlot) c.getPlot();
        assertThat(plot.getDomainAxis().getLowerBound()).isLessThanOrEqualTo(1e-3 * 1.0001);
        assertThat(plot.getDomainAxis().getUpperBound()).isGreaterThanOrEqualTo(1e5 * 0.9999);
        // the observed ℓ_mfp at 1 GV (9.7 pc) is in view
        assertThat(plot.getRangeAxis().getRange().contains(9.716)).isTrue();
        BufferedImage img = png(c);
        assertThat(img.getWidth()).isEqualTo(1000);
        // the top axis is r_g = 0.2229 R/B au
        assertThat(plot.getDomainAxis(1).getLowerBound() / plot.getDomainAxis().getLowerBound()).isBetween(0.0742, 0.0744);
    }

    @Test
    void rigidityViewBoxRangeFollowsTheGyroradius() {
        var box = SampleCandidates.all().stream().filter(l -> l.id().equals("gmcs")).findFirst().orElseThrow().box();
        double[] low = RigidityChartBuilder.boxMeanFreePathRangePc(box, S, 1).orElseThrow();
        // ℓ_lo = ℓ_min = 2.06e6 au ≈ 10 pc: 1/(n ℓ²) from 1/(1e-7·100) to 1/(1e-9·100)
        assertThat(low[0]).isBetween(0.9e5, 1.1e5);
        assertThat(low[1]).isBetween(0.9e7, 1.1e7);
        assertThat(RigidityChartBuilder.boxMeanFreePathRangePc(box, S, 1e9)).isEmpty(); // r_g > ℓ_max
    }

    @Test
    void rigidityUpdateFiresOneEventAndChartsAreNotInterchangeable() {
        JFreeChart c = RigidityChartBuilder.build(S, SampleCandidates.all(), BOTH, FigureOptions.defaults(Plane.NUMBER_DENSITY));
        AtomicInteger events = new AtomicInteger();
        c.addChangeListener(e -> events.incrementAndGet());
        RigidityChartBuilder.update(c, S.with(Parameters.DELTA_S, 0.3), SampleCandidates.all(), BOTH,
                FigureOptions.defaults(Plane.NUMBER_DENSITY).withHiddenEnergyClasses(Set.of("MeV")));
        assertThat(events).hasValue(1);
        assertThat(svg(c)).doesNotContain("id='band-MeV'");
        assertThatThrownBy(() -> FigureBuilder.update(c, S, List.of(), FigureOptions.defaults(Plane.NUMBER_DENSITY)))
                .hasMessageContaining("FigureBuilder.build");
        JFreeChart plane = FigureBuilder.build(S, List.of(), FigureOptions.defaults(Plane.NUMBER_DENSITY));
        assertThatThrownBy(() -> RigidityChartBuilder.update(plane, S, List.of(), List.of(), FigureOptions.defaults(Plane.NUMBER_DENSITY)))
                .hasMessageContaining("RigidityChartBuilder.build");
    }

    @Test
    void viewKeysParse() {
        assertThat(FigureOptions.View.fromKey("rigidity")).isEqualTo(FigureOptions.View.RIGIDITY);
        assertThat(FigureOptions.View.fromKey("NS").plane()).contains(Plane.NUMBER_DENSITY);
        assertThat(FigureOptions.View.RIGIDITY.plane()).isEmpty();
        assertThatThrownBy(() -> FigureOptions.View.fromKey("xy")).hasMessageContaining("ns, fv, rigidity");
    }

    @Test
    void populationLabelsSetThePaperSymbols() {
        assertThat(PlaneSpecs.populationText("hypothetical intermittent model (ℓ_S = r_g)").plainText())
                .isEqualTo("hypothetical intermittent model (ℓS = rg)");
        assertThat(PlaneSpecs.populationText("a_b*c").plainText()).isEqualTo("a_b*c");
    }
}
