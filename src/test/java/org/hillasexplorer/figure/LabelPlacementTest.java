package org.hillasexplorer.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 3, at the level of the figure: every visible box has a label on or touching it (or tied to it by a
 * leader line), every visible band a label (one outside the view a note at the edge), placements stay for a small
 * slider step in a fixed frame, and the boxes of the crowded 10⁴–10⁷ au cluster get distinct colours.
 */
class LabelPlacementTest {
    private static final List<CandidateLayer> NS = CatalogLayers.on(Plane.NUMBER_DENSITY, List.of(CatalogReader.readBuiltin()));
    private static final List<CandidateLayer> FV = CatalogLayers.on(Plane.FILLING_FACTOR, List.of(CatalogReader.readBuiltin()));

    private static List<CandidateLayer> boxes(Plane p) {
        return p == Plane.NUMBER_DENSITY ? NS : FV;
    }

    /** Draws {@code chart} at {@code w × h} px and returns where its labels went. */
    private static List<PlacedLabel> draw(JFreeChart chart, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = img.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
        g2.dispose();
        return Figures.placements(chart);
    }

    private static void assertEverythingLabelled(FigureSpec spec, List<PlacedLabel> placed) {
        ViewRange v = spec.axes().range();
        for (FigureSpec.Shape s : spec.shapes(FigureSpec.Kind.CANDIDATE)) {
            double[] xs = s.path().xs();
            double[] ys = s.path().ys();
            if (xs[1] > v.log10XMin() && xs[0] < v.log10XMax() && ys[2] > v.log10YMin() && ys[0] < v.log10YMax()) {
                assertThat(placed).as("label of box %s", s.subject()).anySatisfy(l -> {
                    assertThat(l.kind()).isEqualTo(FigureSpec.Kind.CANDIDATE);
                    assertThat(l.subject()).isEqualTo(s.subject());
                    assertThat(l.onOrLinkedToAnchor(4)).as("on, touching or tied to its box").isTrue();
                });
            }
        }
        for (FigureSpec.Label band : spec.labels(FigureSpec.Kind.BAND)) {
            assertThat(placed.stream().filter(l -> l.kind() == FigureSpec.Kind.BAND && l.subject().equals(band.subject())))
                    .as("label of band %s", band.subject()).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0} at {1}×{2} px")
    @CsvSource({"NUMBER_DENSITY, 1000, 720", "NUMBER_DENSITY, 520, 400", "NUMBER_DENSITY, 330, 260",
        "FILLING_FACTOR, 1000, 720", "FILLING_FACTOR, 520, 400", "FILLING_FACTOR, 330, 260"})
    void everyVisibleBoxAndBandIsLabelledAtEverySize(Plane plane, int w, int h) {
        FigureSpec spec = FigureSpec.of(Scenario.defaults(), boxes(plane), List.of(), FigureOptions.defaults(plane));
        assertEverythingLabelled(spec, draw(Figures.chart(spec), w, h));
    }

    @ParameterizedTest
    @EnumSource(Plane.class)
    void labelsStayPutForASmallSliderStepInAFixedFrame(Plane plane) {
        FigureOptions o = FigureOptions.defaults(plane);
        ViewRange frame = FigureSpec.autoRange(FigureOptions.View.of(plane), Scenario.defaults(), boxes(plane), List.of(), o);
        FigureOptions frozen = o.withView(frame);
        JFreeChart chart = Figures.chart(FigureSpec.of(Scenario.defaults(), boxes(plane), List.of(), frozen));
        List<PlacedLabel> before = draw(chart, 900, 640);
        Scenario step = Scenario.defaults().with(org.hillasexplorer.physics.Parameters.DELTA_S, 0.52);
        FigureSpec next = FigureSpec.of(step, boxes(plane), List.of(), frozen);
        Figures.update(chart, next);
        List<PlacedLabel> after = draw(chart, 900, 640);
        assertEverythingLabelled(next, after);
        assertThat(boxLabels(after)).as("box labels, unchanged").isEqualTo(boxLabels(before));
        assertThat(slots(after, FigureSpec.Kind.BAND)).isEqualTo(slots(before, FigureSpec.Kind.BAND));
        // released: a fresh placement may differ, but labels everything as well
        Figures.relayoutLabels(chart);
        assertEverythingLabelled(next, draw(chart, 900, 640));
    }

    private static Map<String, Rectangle2D> boxLabels(List<PlacedLabel> ps) {
        return ps.stream().filter(p -> p.kind() == FigureSpec.Kind.CANDIDATE)
                .collect(Collectors.toMap(PlacedLabel::subject, PlacedLabel::bounds));
    }

    private static Map<String, String> slots(List<PlacedLabel> ps, FigureSpec.Kind kind) {
        return ps.stream().filter(p -> p.kind() == kind).collect(Collectors.toMap(PlacedLabel::subject, PlacedLabel::slot));
    }

    @Test
    void aBandOutsideTheViewGetsANoteAtTheEdgeThatPointsToIt() {
        // a view of the boxes' corner only: the bands run far above it
        FigureOptions o = FigureOptions.defaults(Plane.NUMBER_DENSITY).withView(new ViewRange(2, 6, -13, -7));
        FigureSpec spec = FigureSpec.of(Scenario.defaults(), NS, List.of(), o);
        List<PlacedLabel> placed = draw(Figures.chart(spec), 800, 600);
        List<PlacedLabel> notes = placed.stream().filter(PlacedLabel::offView).toList();
        assertThat(notes).extracting(PlacedLabel::subject).containsExactlyInAnyOrder("MeV", "GeV", "TeV");
        assertThat(notes).allSatisfy(n -> {
            assertThat(n.text()).endsWith(n.subject() + " band");
            assertThat(n.text().codePointAt(0)).as("an arrow up or to the left").isIn(0x2191, 0x2196, 0x2190);
            assertThat(n.bounds().getMinY()).as("at the top edge").isLessThan(120);
        });
        assertEverythingLabelled(spec, placed);
    }

    @Test
    void theModelLabelNeverSuppressesABandLabelOnTheFvPlane() {
        for (int[] size : new int[][] {{1000, 720}, {600, 420}, {360, 280}}) {
            FigureSpec spec = FigureSpec.of(Scenario.defaults(), FV, List.of(), FigureOptions.defaults(Plane.FILLING_FACTOR));
            List<PlacedLabel> placed = draw(Figures.chart(spec), size[0], size[1]);
            assertThat(placed.stream().filter(l -> l.kind() == FigureSpec.Kind.BAND).map(PlacedLabel::subject))
                    .as("at %d×%d", size[0], size[1]).containsExactlyInAnyOrder("MeV", "GeV", "TeV");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Plane.class)
    void theLegendGoesUnderAPlotTooSmallToHoldIt(Plane plane) {
        FigureSpec spec = FigureSpec.of(Scenario.defaults(), boxes(plane), List.of(), FigureOptions.defaults(plane));
        JFreeChart chart = Figures.chart(spec);
        draw(chart, 1000, 720);
        assertThat(legendBelow(chart).isBelow()).as("inside a 1000 × 720 plot").isFalse();
        // a thumbnail keeps it inside: under the plot it would take most of the height
        draw(chart, 300, 200);
        assertThat(legendBelow(chart).isBelow()).as("300 × 200").isFalse();
        // a journal column: 252 pt square at 62 % type, without a title (the paper's caption says it)
        JFreeChart column = Figures.chart(FigureSpec.of(Scenario.defaults(), boxes(plane), List.of(),
                FigureOptions.defaults(plane).withStyle(FigureStyle.PAPER.scaled(0.62))
                        .with(FigureOptions.Element.TITLE, false)));
        List<PlacedLabel> placed = draw(column, 252, 252);
        assertThat(legendBelow(column).isBelow()).as("under a 252 × 252 pt plot").isTrue();
        assertThat(placed).as("the plot still labels its bands").anyMatch(l -> l.kind() == FigureSpec.Kind.BAND);
        // no legend, no subtitle
        JFreeChart bare = Figures.chart(FigureSpec.of(Scenario.defaults(), boxes(plane), List.of(),
                FigureOptions.defaults(plane).with(FigureOptions.Element.LEGEND, false)));
        assertThat(bare.getSubtitles()).noneMatch(t -> t instanceof LegendBelow);
    }

    private static LegendBelow legendBelow(JFreeChart chart) {
        return (LegendBelow) chart.getSubtitles().stream().filter(t -> t instanceof LegendBelow).findFirst().orElseThrow();
    }

    @Test
    void aMonteCarloPointIsLabelledAndDrawnOnTheFvPlaneOnly() {
        var point = new org.hillasexplorer.physics.TabulatedPopulation("mc-1", "Monte Carlo (ℓ_S = 100 au, f_V = 0.01)",
                Plane.FILLING_FACTOR, List.of(100 / 1.5, 150.0), List.of(0.004, 0.004), 0, 1, java.util.OptionalDouble.empty());
        FigureSpec fv = FigureSpec.of(Scenario.defaults(), FV, List.of(point), FigureOptions.defaults(Plane.FILLING_FACTOR));
        FigureSpec ns = FigureSpec.of(Scenario.defaults(), NS, List.of(point), FigureOptions.defaults(Plane.NUMBER_DENSITY));
        assertThat(fv.shapes(FigureSpec.Kind.POPULATION)).extracting(FigureSpec.Shape::subject).containsExactly("mc-1");
        assertThat(ns.shapes(FigureSpec.Kind.POPULATION)).isEmpty();
        assertThat(ns.legendTexts()).noneMatch(t -> t.startsWith("Monte Carlo"));
        assertThat(fv.legendTexts()).anyMatch(t -> t.startsWith("Monte Carlo"));
        FigureSpec rigidity = FigureSpec.of(FigureOptions.View.RIGIDITY, Scenario.defaults(), NS, List.of(point),
                FigureOptions.defaults(Plane.NUMBER_DENSITY));
        assertThat(rigidity.shapes(FigureSpec.Kind.POPULATION)).isEmpty();
        for (int[] size : new int[][] {{1000, 720}, {500, 380}}) {
            List<PlacedLabel> placed = draw(Figures.chart(fv), size[0], size[1]);
            assertThat(placed).as("at %d×%d", size[0], size[1]).anySatisfy(l -> {
                assertThat(l.subject()).isEqualTo("mc-1");
                assertThat(l.text()).startsWith("Monte Carlo");
                assertThat(l.onOrLinkedToAnchor(4)).isTrue();
            });
        }
    }

    @Test
    void theBoxesOfTheCrowdedClusterHaveDistinctColoursUnderEveryColourVision() {
        FigureSpec spec = FigureSpec.of(Scenario.defaults(), NS, List.of(), FigureOptions.defaults(Plane.NUMBER_DENSITY));
        Set<String> cluster = Set.of("hii_regions", "pwne", "planetary_nebulae", "snrs", "gmcs", "gc_cores", "bok_globules");
        Map<String, Color> colour = new HashMap<>();
        for (FigureSpec.Shape s : spec.shapes(FigureSpec.Kind.CANDIDATE)) {
            if (cluster.contains(s.subject())) {
                colour.put(s.subject(), s.pen().orElseThrow().colour());
            }
        }
        assertThat(colour.keySet()).isEqualTo(cluster);
        assertThat(Set.copyOf(colour.values())).as("one colour each").hasSize(cluster.size());
        List<Color> cs = List.copyOf(colour.values());
        for (int i = 0; i < cs.size(); i++) {
            for (int j = i + 1; j < cs.size(); j++) {
                assertThat(ColourVision.distance(cs.get(i), cs.get(j))).as("ΔE of %s and %s", cs.get(i), cs.get(j))
                        .isGreaterThan(8);
            }
        }
    }

    @Test
    void hidingABoxKeepsTheColoursOfTheOthers() {
        FigureOptions o = FigureOptions.defaults(Plane.NUMBER_DENSITY);
        Map<String, Color> all = penColours(FigureSpec.of(Scenario.defaults(), NS, List.of(), o));
        Map<String, Color> some = penColours(FigureSpec.of(Scenario.defaults(), NS, List.of(),
                o.withHiddenCandidates(Set.of("hii_regions", "gmcs"))));
        assertThat(some).doesNotContainKeys("hii_regions", "gmcs");
        some.forEach((id, c) -> assertThat(c).as(id).isEqualTo(all.get(id)));
    }

    private static Map<String, Color> penColours(FigureSpec spec) {
        return spec.shapes(FigureSpec.Kind.CANDIDATE).stream()
                .collect(Collectors.toMap(FigureSpec.Shape::subject, s -> s.pen().orElseThrow().colour()));
    }
}
