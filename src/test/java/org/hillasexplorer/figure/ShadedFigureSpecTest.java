package org.hillasexplorer.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import java.util.Set;
import org.hillasexplorer.figure.FigureSpec.Kind;
import org.hillasexplorer.figure.FigureSpec.Polyline;
import org.hillasexplorer.figure.FigureSpec.Shape;
import org.hillasexplorer.figure.FigureSpec.Swatch;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Polygon;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.uncertainty.Envelope;
import org.hillasexplorer.physics.uncertainty.Uncertain;
import org.hillasexplorer.physics.uncertainty.UncertaintySpec;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** Figures shaded with credible-region envelopes ({@link Shading}), asserted on the spec. */
class ShadedFigureSpecTest {
    private static final Scenario S = Scenario.defaults();
    private static final FigureOptions NS = FigureOptions.defaults(Plane.NUMBER_DENSITY);
    private static final FigureOptions FV = FigureOptions.defaults(Plane.FILLING_FACTOR);
    private static final UncertaintySpec ROBUST = UncertaintySpec.NONE
            .with(Uncertain.parse(Parameters.DELTA_S, "0.3..0.7"))
            .with(Uncertain.parse(Parameters.B_MICROGAUSS, "1..10 log"))
            .withSamples(64);
    /** Computed once: 64 samples of δ_s 0.3–0.7, B 1–10 μG (log-uniform) on both planes. */
    private static final Shading SHADING = Shading.of(ROBUST, S, Set.of(Plane.values()));

    private static Polygon square(double x0, double x1, double y0, double y1, boolean clockwise) {
        return clockwise ? new Polygon(new double[] {x0, x0, x1, x1}, new double[] {y0, y1, y1, y0})
                : new Polygon(new double[] {x0, x1, x1, x0}, new double[] {y0, y0, y1, y1});
    }

    private static Envelope envelope(EnergyClass c, Plane p, List<Envelope.Region> regions) {
        return new Envelope(c, p, 100, new Envelope.Grid(0, 0, 0.1, 0.1, 256, 256), regions);
    }

    @Test
    void everyVisibleClassGetsItsRegionsUnderTheExactBandOutermostFirst() {
        FigureSpec spec = FigureSpec.of(FigureOptions.View.NUMBER_DENSITY, S, SampleCandidates.all(), List.of(), NS, SHADING);
        List<Shape> env = spec.shapes(Kind.ENVELOPE);
        assertThat(env).isNotEmpty();
        assertThat(env.stream().map(Shape::subject).distinct()).containsExactly("MeV", "GeV", "TeV");
        // under the boxes and the bands: every envelope shape comes before the first box and band
        int lastEnvelope = spec.shapes().lastIndexOf(env.get(env.size() - 1));
        int firstBox = spec.shapes().indexOf(spec.shapes(Kind.CANDIDATE).get(0));
        int firstBand = spec.shapes().indexOf(spec.shapes(Kind.BAND).get(0));
        assertThat(lastEnvelope).isLessThan(firstBox).isLessThan(firstBand);
        // the exact bands are still drawn, filled and outlined
        assertThat(spec.shapes(Kind.BAND)).hasSize(3).allSatisfy(b -> {
            assertThat(b.fill()).isPresent();
            assertThat(b.pen()).isPresent();
        });
        for (Shape s : env) {
            assertThat(s.closed()).isTrue();
            // a thin translucent edge of the same colour
            assertThat(s.pen()).get().satisfies(p -> assertThat(p.colour().getAlpha()).isBetween(1, 254));
            assertThat(s.obstacle()).isEqualTo(FigureSpec.Obstacle.NONE);
            assertThat(s.groupId()).startsWith("envelope-" + s.subject() + "-");
            // the class's hue: the fill is the band's colour at a lower opacity
            Color band = spec.shapes(Kind.BAND).stream().filter(b -> b.subject().equals(s.subject())).findFirst()
                    .orElseThrow().pen().orElseThrow().colour();
            Color fill = s.fill().orElseThrow();
            assertThat(List.of(fill.getRed(), fill.getGreen(), fill.getBlue()))
                    .containsExactly(band.getRed(), band.getGreen(), band.getBlue());
            assertThat(fill.getAlpha()).isBetween(1, 254);
        }
        // per class: the 95 % region before (under) the 68 % one
        for (String c : List.of("MeV", "GeV", "TeV")) {
            List<String> ids = env.stream().filter(s -> s.subject().equals(c)).map(Shape::groupId).toList();
            int last95 = -1;
            int first68 = Integer.MAX_VALUE;
            for (int i = 0; i < ids.size(); i++) {
                if (ids.get(i).startsWith("envelope-" + c + "-95")) {
                    last95 = i;
                } else if (ids.get(i).startsWith("envelope-" + c + "-68")) {
                    first68 = Math.min(first68, i);
                }
            }
            assertThat(last95).as(c).isGreaterThanOrEqualTo(0).isLessThan(first68);
            assertThat(first68).as(c).isLessThan(ids.size());
        }
    }

    @Test
    void theLegendSaysWhatTheShadingMeansAndHowManySamplesMadeIt() {
        FigureSpec spec = FigureSpec.of(FigureOptions.View.NUMBER_DENSITY, S, SampleCandidates.all(), List.of(), NS, SHADING);
        // two rows, right after the band rows: what the shading is, then what made it
        List<String> texts = spec.legendTexts();
        int shading = texts.indexOf("shading: 68 % / 95 % credible regions (darker: 68 %)");
        assertThat(shading).isPositive();
        assertThat(texts.get(shading + 1)).isEqualTo("64 Sobol samples over δₛ 0.3–0.7, B 1–10 μG (log-uniform)");
        assertThat(texts.get(shading - 1)).isEqualTo("TeV CRs (1–10 TeV)");
        assertThat(spec.legend().get(shading)).isInstanceOf(Swatch.class);
        // unshaded: no such row, no envelope shapes, and the same figure as without a shading
        FigureSpec plain = FigureSpec.of(FigureOptions.View.NUMBER_DENSITY, S, SampleCandidates.all(), List.of(), NS, Shading.NONE);
        assertThat(plain.legendTexts()).noneMatch(t -> t.startsWith("shading"));
        assertThat(plain.shapes(Kind.ENVELOPE)).isEmpty();
        assertThat(plain).isEqualTo(FigureSpec.of(S, SampleCandidates.all(), List.of(), NS));
    }

    @Test
    void hiddenClassesAndTheOtherPlanesEnvelopesAreNotShaded() {
        FigureOptions noGeV = FV.withHiddenEnergyClasses(Set.of("GeV"));
        FigureSpec spec = FigureSpec.of(FigureOptions.View.FILLING_FACTOR, S, SampleCandidates.all(), List.of(), noGeV, SHADING);
        assertThat(spec.shapes(Kind.ENVELOPE).stream().map(Shape::subject).distinct()).containsExactly("MeV", "TeV");
        // only f_V-plane outlines: every vertex within the f_V plane's envelopes' bounds
        double maxY = SHADING.envelopes().stream().filter(e -> e.plane() == Plane.FILLING_FACTOR)
                .flatMap(e -> e.regions().stream()).flatMap(r -> r.parts().stream()).mapToDouble(Polygon::maxY).max().orElseThrow();
        assertThat(spec.shapes(Kind.ENVELOPE)).allSatisfy(s ->
                assertThat(java.util.Arrays.stream(s.path().ys()).max().orElseThrow()).isLessThanOrEqualTo(maxY));
        // the rigidity view ignores the shading
        FigureSpec rigidity = FigureSpec.of(FigureOptions.View.RIGIDITY, S, SampleCandidates.all(), List.of(), NS, SHADING);
        assertThat(rigidity).isEqualTo(FigureSpec.of(FigureOptions.View.RIGIDITY, S, SampleCandidates.all(), List.of(), NS));
    }

    @Test
    void holesStayHolesAndIslandsAreShapesOfTheirOwn() {
        EnergyClass gev = S.energyClasses().get(1);
        Polygon outer = square(0, 4, 0, 4, false);
        Polygon hole = square(1, 2, 1, 2, true);
        Polygon island = square(6, 7, 0, 1, false);
        Envelope e = envelope(gev, Plane.NUMBER_DENSITY, List.of(new Envelope.Region(0.68, List.of(outer, hole, island))));
        Shading shading = new Shading(List.of(e), 100, "δ_s 0.4–0.6");
        FigureSpec spec = FigureSpec.of(FigureOptions.View.NUMBER_DENSITY, S, List.of(), List.of(), NS, shading);
        List<Shape> env = spec.shapes(Kind.ENVELOPE);
        assertThat(env).hasSize(2);
        assertThat(env.get(0).path()).isEqualTo(new Polyline(outer.xs(), outer.ys()));
        assertThat(env.get(0).holes()).containsExactly(new Polyline(hole.xs(), hole.ys()));
        assertThat(env.get(0).groupId()).isEqualTo("envelope-GeV-68-1");
        assertThat(env.get(1).path()).isEqualTo(new Polyline(island.xs(), island.ys()));
        assertThat(env.get(1).holes()).isEmpty();
        assertThat(spec.legendTexts()).containsSubsequence("shading: 68 % credible region", "100 Sobol samples over δₛ 0.4–0.6");
        // and the chart draws it without complaint
        JFreeChart chart = Figures.chart(spec);
        assertThat(((XYPlot) chart.getPlot()).getAnnotations()).hasSizeGreaterThan(env.size());
        chart.createBufferedImage(300, 200);
    }

    @Test
    void theAutomaticViewTakesInTheEnvelopes() {
        EnergyClass gev = S.energyClasses().get(1);
        // a region far above everything else
        Envelope e = envelope(gev, Plane.NUMBER_DENSITY, List.of(new Envelope.Region(0.95,
                List.of(square(2, 3, 40, 41, false)))));
        Shading shading = new Shading(List.of(e), 10, "");
        ViewRange plain = FigureSpec.autoRange(FigureOptions.View.NUMBER_DENSITY, S, SampleCandidates.all(), List.of(), NS);
        ViewRange shaded = FigureSpec.autoRange(FigureOptions.View.NUMBER_DENSITY, S, SampleCandidates.all(), List.of(), NS,
                shading);
        assertThat(plain.log10YMax()).isLessThan(40);
        assertThat(shaded.log10YMax()).isGreaterThan(41);
        assertThat(FigureSpec.of(FigureOptions.View.NUMBER_DENSITY, S, SampleCandidates.all(), List.of(), NS, shading)
                .axes().range()).isEqualTo(shaded);
        // the computed envelopes of δ_s 0.3–0.7 are wider than the exact bands
        ViewRange robust = FigureSpec.autoRange(FigureOptions.View.NUMBER_DENSITY, S, SampleCandidates.all(), List.of(), NS,
                SHADING);
        assertThat(robust.log10YMax() - robust.log10YMin()).isGreaterThan(plain.log10YMax() - plain.log10YMin());
    }
}
