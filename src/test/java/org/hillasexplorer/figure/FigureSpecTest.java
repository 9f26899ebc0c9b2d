package org.hillasexplorer.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hillasexplorer.figure.FigureSpec.Along;
import org.hillasexplorer.figure.FigureSpec.AtBox;
import org.hillasexplorer.figure.FigureSpec.Kind;
import org.hillasexplorer.figure.FigureSpec.Label;
import org.hillasexplorer.figure.FigureSpec.LineSample;
import org.hillasexplorer.figure.FigureSpec.Marker;
import org.hillasexplorer.figure.FigureSpec.OnCurve;
import org.hillasexplorer.figure.FigureSpec.Pinned;
import org.hillasexplorer.figure.FigureSpec.Polyline;
import org.hillasexplorer.figure.FigureSpec.Shape;
import org.hillasexplorer.figure.FigureSpec.Swatch;
import org.hillasexplorer.physics.BandGeometry;
import org.hillasexplorer.physics.Curve;
import org.hillasexplorer.physics.FigureOfMerit;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Particle;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.Scenario;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** The figure spec: what each figure shows, asserted on plain values rather than on JFreeChart annotations. */
class FigureSpecTest {
    private static final Scenario S = Scenario.defaults();
    private static final Population MODEL = IntermittentModelPopulation.paper();
    private static final Population NEAR = PowerLawPopulation.spheres("my_model", "my model", 1e9, 1, 2.5, 0.1, 1e3);
    private static final List<Population> BOTH = List.of(MODEL, NEAR);
    private static final FigureOptions NS = FigureOptions.defaults(Plane.NUMBER_DENSITY);
    private static final FigureOptions FV = FigureOptions.defaults(Plane.FILLING_FACTOR);

    private static FigureSpec plane(FigureOptions o) {
        return FigureSpec.of(S, SampleCandidates.all(), BOTH, o);
    }

    private static FigureSpec rigidity(FigureOptions o) {
        return FigureSpec.of(FigureOptions.View.RIGIDITY, S, SampleCandidates.all(), BOTH, o);
    }

    private static List<String> subjects(List<Shape> shapes) {
        return shapes.stream().map(Shape::subject).toList();
    }

    private static <T extends Label> List<T> labels(FigureSpec spec, Class<T> type) {
        return spec.labels().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void theRigidityViewDrawsTheModelOnlyWhereItIsDefinedWithoutAFlatStubBelowOneMeV() {
        FigureOptions o = NS.withView(new ViewRange(-6, 6, -4, 6));
        FigureSpec spec = rigidity(o);
        Shape model = spec.shapes(Kind.POPULATION).stream().filter(x -> x.subject().equals(MODEL.id())).findFirst().orElseThrow();
        double[] xs = model.path().xs();
        double[] ys = model.path().ys();
        double r1MeV = Math.log10(S.particle(1e-3).rigidityGV());
        assertThat(xs[0]).as("starts at 1 MeV").isCloseTo(r1MeV, within(1e-6));
        for (int i = 0; i < xs.length; i++) {
            double observed = Math.log10(S.meanFreePathAtOneGVPc()) + S.deltaS() * xs[i];
            assertThat(ys[i]).as("on the observed line at log10 R = %s", xs[i]).isCloseTo(observed, within(1e-6));
        }
        // a population with a smallest size keeps its geometric plateau below r_g = ℓ_min: that one is physics
        Shape near = spec.shapes(Kind.POPULATION).stream().filter(x -> x.subject().equals(NEAR.id())).findFirst().orElseThrow();
        assertThat(near.path().xs()[0]).isLessThan(r1MeV);
        assertThat(near.path().ys()[0]).isEqualTo(near.path().ys()[1]);
    }

    @Test
    void thePapersDefaultsGiveThreeBandsWithTheirLabelsAndLegendRows() {
        for (FigureOptions o : List.of(NS, FV)) {
            FigureSpec spec = FigureSpec.of(S, SampleCandidates.all(), List.of(), o);
            assertThat(spec.view()).isEqualTo(FigureOptions.View.of(o.plane()));
            assertThat(subjects(spec.shapes(Kind.BAND))).containsExactly("MeV", "GeV", "TeV");
            assertThat(spec.shapes(Kind.BAND)).allSatisfy(b -> {
                assertThat(b.closed()).isTrue();
                assertThat(b.fill()).isPresent();
                assertThat(b.obstacle()).isEqualTo(FigureSpec.Obstacle.HARD);
            });
            assertThat(spec.labels(Kind.BAND)).extracting(l -> l.text().plainText())
                    .containsExactly("MeV CRs (1–10 MeV)", "GeV CRs (1–10 GeV)", "TeV CRs (1–10 TeV)");
            assertThat(labels(spec, Along.class)).filteredOn(l -> l.kind() == Kind.BAND)
                    .extracting(l -> l.shortText().plainText()).containsExactly("MeV", "GeV", "TeV");
            assertThat(spec.legendTexts()).startsWith("MeV CRs (1–10 MeV)", "GeV CRs (1–10 GeV)", "TeV CRs (1–10 TeV)");
            // each band is the physics' outline, vertex for vertex
            var bands = BandGeometry.bands(S, o.plane());
            for (int i = 0; i < 3; i++) {
                var outline = bands.get(i).outline().orElseThrow();
                assertThat(spec.shapes(Kind.BAND).get(i).path()).isEqualTo(new Polyline(outline.xs(), outline.ys()));
            }
        }
    }

    @Test
    void aHiddenClassHasNoBandLabelOrLegendRowAndTheOthersKeepTheirColours() {
        FigureSpec all = plane(NS);
        FigureSpec hidden = plane(NS.withHiddenEnergyClasses(Set.of("GeV")));
        assertThat(subjects(hidden.shapes(Kind.BAND))).containsExactly("MeV", "TeV");
        assertThat(hidden.labels(Kind.BAND)).extracting(Label::subject).containsExactly("MeV", "TeV");
        assertThat(hidden.legendTexts()).doesNotContain("GeV CRs (1–10 GeV)").contains("TeV CRs (1–10 TeV)");
        assertThat(hidden.shapes(Kind.BAND).get(1).pen()).isEqualTo(all.shapes(Kind.BAND).get(2).pen());

        FigureSpec spans = rigidity(NS.withHiddenEnergyClasses(Set.of("MeV")));
        assertThat(subjects(spans.shapes(Kind.BAND))).containsExactly("GeV", "TeV");
        assertThat(labels(spans, Pinned.class)).extracting(Pinned::subject).containsExactly("GeV", "TeV");
    }

    @Test
    void verdictMarkersMatchTheFigureOfMeritOfEveryVisibleClass() {
        for (FigureOptions o : List.of(NS, FV, NS.withHiddenEnergyClasses(Set.of("GeV")), FV.withHiddenEnergyClasses(Set.of("TeV")))) {
            FigureSpec spec = plane(o);
            List<CandidateLayer> onPlane = SampleCandidates.all().stream().filter(c -> c.box().plane() == o.plane()).toList();
            assertThat(labels(spec, AtBox.class)).extracting(AtBox::subject)
                    .containsExactlyElementsOf(onPlane.stream().map(CandidateLayer::id).toList());
            for (CandidateLayer c : onPlane) {
                VerdictMark expected = VerdictMark.of(FigureOfMerit.evaluate(c.id(), c.label(), c.box(), S),
                        o::showsEnergyClass);
                assertThat(spec.verdict(Kind.CANDIDATE, c.id())).as(c.id()).contains(expected);
            }
            for (Population p : BOTH) {
                VerdictMark expected = VerdictMark.of(FigureOfMerit.evaluate(p, o.plane(), S), o::showsEnergyClass);
                assertThat(spec.verdict(Kind.POPULATION, p.id())).as(p.id()).contains(expected);
            }
            assertThat(spec.legend()).contains(new Marker(VerdictMark.REACHES), new Marker(VerdictMark.NEAR_MISS),
                    new Marker(VerdictMark.FAR_MISS));
        }
        // only the visible classes count: the f_V-plane GMCs miss TeV narrowly, the other bands by more
        FigureOptions noTeV = FV.withHiddenEnergyClasses(Set.of("TeV"));
        assertThat(plane(FV).verdict(Kind.CANDIDATE, "gmcs_fv")).contains(VerdictMark.NEAR_MISS);
        assertThat(plane(noTeV).verdict(Kind.CANDIDATE, "gmcs_fv")).contains(VerdictMark.FAR_MISS);
        // the paper's macroscopic boxes all miss on the n_s plane; TSAS reaches a band on the f_V plane
        assertThat(plane(NS).verdict(Kind.CANDIDATE, "gmcs")).contains(VerdictMark.FAR_MISS);
        assertThat(plane(FV).verdict(Kind.CANDIDATE, "tsas")).contains(VerdictMark.REACHES);
    }

    @Test
    void withoutVerdictMarkersThereAreNoMarksNorTheirLegend() {
        FigureSpec spec = plane(NS.with(FigureOptions.Element.VERDICT_MARKERS, false));
        assertThat(spec.labels()).allSatisfy(l -> assertThat(l.mark()).isEmpty());
        assertThat(spec.legend()).noneMatch(e -> e instanceof Marker);
        // without names either, a box has no label at all
        FigureSpec bare = plane(NS.with(FigureOptions.Element.VERDICT_MARKERS, false)
                .with(FigureOptions.Element.CANDIDATE_LABELS, false));
        assertThat(bare.labels(Kind.CANDIDATE)).isEmpty();
        // with markers but no names, the marker stands alone
        FigureSpec marksOnly = plane(NS.with(FigureOptions.Element.CANDIDATE_LABELS, false));
        assertThat(marksOnly.labels(Kind.CANDIDATE)).allSatisfy(l -> {
            assertThat(l.text().plainText()).isEmpty();
            assertThat(l.mark()).isPresent();
        });
    }

    @Test
    void equalInputsGiveEqualSpecsAndAnyChangeADifferentOne() {
        FigureSpec a = plane(FV);
        FigureSpec b = FigureSpec.of(Scenario.defaults(), List.copyOf(SampleCandidates.all()),
                List.of(IntermittentModelPopulation.paper(), PowerLawPopulation.spheres("my_model", "my model", 1e9, 1, 2.5,
                        0.1, 1e3)), FigureOptions.defaults(Plane.FILLING_FACTOR));
        assertThat(b).isEqualTo(a);
        assertThat(b.hashCode()).isEqualTo(a.hashCode());
        assertThat(rigidity(NS)).isEqualTo(rigidity(NS));

        assertThat(FigureSpec.of(S.with(Parameters.DELTA_S, 0.3), SampleCandidates.all(), BOTH, FV)).isNotEqualTo(a);
        assertThat(FigureSpec.of(S.with(Parameters.B_MICROGAUSS, 10), SampleCandidates.all(), BOTH, FV)).isNotEqualTo(a);
        assertThat(plane(FV.withStyle(FigureStyle.DARK))).isNotEqualTo(a);
        assertThat(plane(FV.withHiddenCandidates(Set.of("tsas")))).isNotEqualTo(a);
        assertThat(plane(FV.with(FigureOptions.Element.TITLE, false))).isNotEqualTo(a);
        assertThat(plane(FV.withView(new ViewRange(-2, 8, -12, 0.5)))).isNotEqualTo(a);
        assertThat(FigureSpec.of(S.with(Parameters.DELTA_S, 0.3), SampleCandidates.all(), BOTH,
                FigureOptions.defaults(Plane.NUMBER_DENSITY))).isNotEqualTo(plane(NS));
        assertThat(FigureSpec.of(FigureOptions.View.RIGIDITY, S.with(Parameters.DELTA_S, 0.3), SampleCandidates.all(), BOTH,
                NS)).isNotEqualTo(rigidity(NS));
    }

    @Test
    void populationCurvesArePresentAsThePhysicsGivesThem() {
        for (FigureOptions o : List.of(NS, FV)) {
            FigureSpec spec = plane(o);
            assertThat(subjects(spec.shapes(Kind.POPULATION))).containsExactly("intermittent_model", "my_model");
            for (Population p : BOTH) {
                Curve c = p.curve(o.plane(), S).orElseThrow();
                Shape s = spec.shapes(Kind.POPULATION).stream().filter(x -> x.subject().equals(p.id())).findFirst().orElseThrow();
                assertThat(s.path()).isEqualTo(new Polyline(c.xs(), c.ys()));
                assertThat(s.closed()).isFalse();
                assertThat(s.obstacle()).isEqualTo(FigureSpec.Obstacle.CURVE);
            }
            assertThat(labels(spec, OnCurve.class)).extracting(l -> l.text().plainText())
                    .containsExactly("hypothetical intermittent model (ℓS = rg)", "my model");
            assertThat(spec.legend()).contains(new LineSample("my model",
                    spec.shapes(Kind.POPULATION).get(1).pen().orElseThrow()));
            assertThat(spec.shapes(Kind.POPULATION).get(0).pen().orElseThrow().colour())
                    .isEqualTo(FigureStyle.PAPER.palette().populationModel());
        }
        assertThat(plane(NS.with(FigureOptions.Element.POPULATIONS, false)).shapes(Kind.POPULATION)).isEmpty();
        assertThat(subjects(plane(NS.withHiddenCandidates(Set.of("my_model"))).shapes(Kind.POPULATION)))
                .containsExactly("intermittent_model");
    }

    @Test
    void theFillingFactorPlaneHasTheModelAndTheUnityLine() {
        FigureSpec alone = FigureSpec.of(S, SampleCandidates.all(), List.of(), FV);
        assertThat(alone.shapes(Kind.MODEL_REGION)).hasSize(1);
        assertThat(alone.shapes(Kind.MODEL_LOCUS)).hasSize(1);
        assertThat(alone.labels(Kind.MODEL_REGION)).singleElement()
                .satisfies(l -> assertThat(l.text().plainText()).isEqualTo("hypothetical intermittent model (ℓS = rg)"));
        assertThat(alone.legendTexts()).contains("hypothetical model, B = 0.95–9.5 μG", "hypothetical model, B = 3 μG");
        assertThat(alone.rules()).singleElement().satisfies(r -> assertThat(r.log10Y()).isZero());
        assertThat(alone.axes().range().log10YMax()).isGreaterThan(0);

        // the model population is the locus: drawn once, as the population, with its own label
        FigureSpec asPopulation = FigureSpec.of(S, List.of(), List.of(MODEL), FV);
        assertThat(asPopulation.shapes(Kind.MODEL_REGION)).hasSize(1);
        assertThat(asPopulation.shapes(Kind.MODEL_LOCUS)).isEmpty();
        assertThat(asPopulation.labels(Kind.MODEL_REGION)).isEmpty();
        assertThat(asPopulation.legendTexts()).contains("hypothetical model, B = 0.95–9.5 μG")
                .doesNotContain("hypothetical model, B = 3 μG");

        FigureSpec off = plane(FV.with(FigureOptions.Element.HYPOTHETICAL_MODEL, false));
        assertThat(off.shapes(Kind.MODEL_REGION)).isEmpty();
        assertThat(off.shapes(Kind.MODEL_LOCUS)).isEmpty();
        assertThat(plane(NS).shapes(Kind.MODEL_REGION)).isEmpty();
        assertThat(plane(NS).rules()).isEmpty();
    }

    @Test
    void candidateBoxesAreThoseOfThePlaneAndHiddenOnesKeepTheColourCycle() {
        FigureSpec spec = plane(NS);
        assertThat(spec.shapes(Kind.CANDIDATE)).hasSize(11);
        Shape gmcs = spec.shapes(Kind.CANDIDATE).stream().filter(s -> s.subject().equals("gmcs")).findFirst().orElseThrow();
        assertThat(gmcs.path()).isEqualTo(Polyline.box(Math.log10(2.06e6), Math.log10(2.06e7), -9, -7));
        assertThat(gmcs.groupId()).isEqualTo("candidate-gmcs");
        FigureSpec hidden = plane(NS.withHiddenCandidates(Set.of("astrospheres")));
        assertThat(subjects(hidden.shapes(Kind.CANDIDATE))).doesNotContain("astrospheres").hasSize(10);
        Shape gmcsAgain = hidden.shapes(Kind.CANDIDATE).stream().filter(s -> s.subject().equals("gmcs")).findFirst().orElseThrow();
        assertThat(gmcsAgain.pen()).isEqualTo(gmcs.pen());
        assertThat(spec.legendTexts()).contains("known large-scale ISM structures");
        assertThat(plane(NS.with(FigureOptions.Element.CANDIDATE_BOXES, false)).shapes(Kind.CANDIDATE)).isEmpty();
    }

    @Test
    void axesCarryTitlesTheAutomaticOrExplicitViewAndTheTopAxisFactor() {
        FigureSpec spec = plane(NS);
        assertThat(spec.axes().range()).isEqualTo(FigureBuilder.autoRange(S, SampleCandidates.all(), BOTH, NS));
        assertThat(spec.axes().xTitle().plainText()).isEqualTo("ℓS [au]");
        assertThat(spec.axes().yTitle().plainText()).isEqualTo("ns(>ℓS) [pc−3]");
        assertThat(spec.axes().topTitle().plainText()).isEqualTo("ℓS [pc]");
        assertThat(spec.axes().topPerX()).isCloseTo(1 / 206264.8, within(1e-10));
        assertThat(spec.axes().topShown()).isTrue();
        assertThat(spec.title()).map(RichText::plainText).contains(FigureBuilder.titleText(S, Plane.NUMBER_DENSITY));
        assertThat(spec.caption()).isEmpty();
        ViewRange v = new ViewRange(-1, 5, -20, 3);
        assertThat(plane(NS.withView(v)).axes().range()).isEqualTo(v);
        assertThat(plane(NS.with(FigureOptions.Element.SECONDARY_AXIS, false)).axes().topShown()).isFalse();
        assertThat(FigureSpec.autoRange(FigureOptions.View.NUMBER_DENSITY, S, SampleCandidates.all(), BOTH, NS))
                .isEqualTo(spec.axes().range());
        assertThat(FigureSpec.autoRange(FigureOptions.View.RIGIDITY, S, SampleCandidates.all(), BOTH, NS))
                .isEqualTo(rigidity(NS).axes().range()).isNotEqualTo(spec.axes().range());
        // an explicit view does not change the automatic one
        assertThat(FigureSpec.autoRange(FigureOptions.View.NUMBER_DENSITY, S, SampleCandidates.all(), BOTH, NS.withView(v)))
                .isEqualTo(spec.axes().range());
        assertThat(plane(NS.with(FigureOptions.Element.CITATIONS, true)).caption()).hasValueSatisfying(
                c -> assertThat(c).startsWith("Bands: Butsky et al. 2024. Boxes: "));
        FigureSpec quiet = plane(NS.with(FigureOptions.Element.LEGEND, false).with(FigureOptions.Element.TITLE, false));
        assertThat(quiet.legendShown()).isFalse();
        assertThat(quiet.legend()).isNotEmpty(); // still the plot's legend items
        assertThat(quiet.title()).isEmpty();
    }

    @Test
    void aCollapsedBandIsABoldLine() {
        FigureSpec spec = FigureSpec.of(S.with(Parameters.DELTA_S, 0), List.of(), List.of(), NS);
        assertThat(spec.shapes(Kind.BAND)).isNotEmpty().allSatisfy(b -> {
            assertThat(b.closed()).isFalse();
            assertThat(b.fill()).isEmpty();
            assertThat(b.pen().orElseThrow().stroke().getLineWidth()).isEqualTo(3 * FigureStyle.PAPER.bandOutlineWidthPx());
        });
    }

    @Test
    void theRigidityViewListsTheObservedLineFirstAndDrawsItLast() {
        FigureSpec spec = rigidity(NS);
        assertThat(spec.view()).isEqualTo(FigureOptions.View.RIGIDITY);
        assertThat(spec.legendTexts().get(0)).isEqualTo("observed mean free path");
        assertThat(spec.shapes().get(spec.shapes().size() - 1).kind()).isEqualTo(Kind.OBSERVED);
        assertThat(labels(spec, OnCurve.class).get(0).kind()).isEqualTo(Kind.OBSERVED);
        assertThat(labels(spec, OnCurve.class).get(0).text().plainText()).isEqualTo("observed: ℓmfp = 9.72 pc (R/GV)0.5");
        assertThat(subjects(spec.shapes(Kind.BAND))).containsExactly("MeV", "GeV", "TeV");
        assertThat(subjects(spec.shapes(Kind.CANDIDATE))).contains("gmcs").doesNotContain("tsas", "gmcs_fv");
        assertThat(subjects(spec.shapes(Kind.POPULATION))).containsExactly("intermittent_model", "my_model");
        assertThat(spec.legendTexts()).contains("what the catalogue boxes give");
        assertThat(spec.axes().topPerX()).isCloseTo(Particle.GYRORADIUS_AU_PER_GV_PER_MICROGAUSS / 3, within(1e-15));
        assertThat(spec.axes().range()).isEqualTo(RigidityChartBuilder.autoRange(S, SampleCandidates.all(), BOTH, NS));
        assertThat(spec.rules()).isEmpty();
        // the options' plane does not matter for the rigidity view
        assertThat(rigidity(FV)).isEqualTo(spec);
    }

    @Test
    void theSpecIsDrawnAsItSaysShapesLegendAndTitle() {
        for (FigureSpec spec : List.of(plane(NS), plane(FV.withStyle(FigureStyle.PRESENTATION)), rigidity(NS))) {
            JFreeChart chart = Figures.chart(spec);
            XYPlot plot = (XYPlot) chart.getPlot();
            assertThat(plot.getAnnotations().stream().filter(a -> a instanceof ShapeAnnotation)
                    .map(a -> ((ShapeAnnotation) a).groupId()).toList())
                    .containsExactlyElementsOf(spec.shapes().stream().map(Shape::groupId).toList());
            assertThat(plot.getAnnotations()).filteredOn(a -> a instanceof LabelLayer).hasSize(1);
            LegendItemCollection items = plot.getFixedLegendItems();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < items.getItemCount(); i++) {
                texts.add(items.get(i).getLabel());
            }
            assertThat(texts).isEqualTo(spec.legendTexts());
            assertThat(((RichTitle) chart.getSubtitle(0)).plainText()).isEqualTo(spec.title().orElseThrow().plainText());
            assertThat(Math.log10(plot.getDomainAxis().getLowerBound()))
                    .isCloseTo(spec.axes().range().log10XMin(), within(1e-12));
            // the builders are the same path
            JFreeChart again = spec.view() == FigureOptions.View.RIGIDITY
                    ? RigidityChartBuilder.build(S, SampleCandidates.all(), BOTH, NS)
                    : FigureBuilder.build(S, SampleCandidates.all(), BOTH,
                    spec.view() == FigureOptions.View.NUMBER_DENSITY ? NS : FV.withStyle(FigureStyle.PRESENTATION));
            assertThat(((XYPlot) again.getPlot()).getAnnotations()).hasSameSizeAs(plot.getAnnotations());
        }
    }

    @Test
    void aChartOnlyTakesSpecsOfItsKindAndAPlaneViewMustMatchTheOptions() {
        JFreeChart planeChart = Figures.chart(plane(NS));
        Figures.update(planeChart, plane(FV)); // a plane chart shows either plane
        assertThatThrownBy(() -> Figures.update(planeChart, rigidity(NS))).hasMessageContaining("RigidityChartBuilder.build");
        JFreeChart rigidityChart = Figures.chart(rigidity(NS));
        assertThatThrownBy(() -> Figures.update(rigidityChart, plane(NS))).hasMessageContaining("FigureBuilder.build");
        assertThatThrownBy(() -> FigureSpec.of(FigureOptions.View.FILLING_FACTOR, S, List.of(), List.of(), NS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fv");
        assertThatThrownBy(() -> FigureSpec.autoRange(FigureOptions.View.FILLING_FACTOR, S, List.of(), List.of(), NS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fv");
    }

    @Test
    void polylinesCompareByCoordinatesAndCannotBeChangedFromOutside() {
        double[] xs = {0, 1, 2};
        double[] ys = {3, 4, 5};
        Polyline p = new Polyline(xs, ys);
        xs[0] = 99;
        p.xs()[1] = 99;
        assertThat(p.xs()).containsExactly(0, 1, 2);
        assertThat(p).isEqualTo(new Polyline(new double[] {0, 1, 2}, new double[] {3, 4, 5}));
        assertThat(p.hashCode()).isEqualTo(new Polyline(new double[] {0, 1, 2}, new double[] {3, 4, 5}).hashCode());
        assertThat(p).isNotEqualTo(new Polyline(new double[] {0, 1, 2}, new double[] {3, 4, 6}));
        assertThatThrownBy(() -> new Polyline(new double[] {0}, new double[] {})).hasMessageContaining("as many x as y");
        assertThat(RichText.parse("*ℓ*_S")).isEqualTo(RichText.parse("*ℓ*_S")).isNotEqualTo(RichText.plain("ℓS"));
    }

    @Test
    void theSpecHoldsNoJFreeChartType() {
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(FigureSpec.class));
        Set<Class<?>> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (!seen.add(c)) {
                continue;
            }
            if (c.isSealed()) {
                todo.addAll(List.of(c.getPermittedSubclasses()));
            }
            if (!c.isRecord()) {
                continue;
            }
            for (RecordComponent rc : c.getRecordComponents()) {
                for (Class<?> t : classesOf(rc.getGenericType())) {
                    assertThat(t.getName()).as("%s.%s", c.getSimpleName(), rc.getName()).doesNotStartWith("org.jfree");
                    if (t.getName().startsWith("org.hillasexplorer.figure")) {
                        todo.add(t);
                    }
                }
            }
        }
        assertThat(seen).contains(Swatch.class, Marker.class, Along.class, Pinned.class, Shape.class);
    }

    private static List<Class<?>> classesOf(Type t) {
        List<Class<?>> out = new ArrayList<>();
        if (t instanceof Class<?> c) {
            out.add(c.isArray() ? c.getComponentType() : c);
        } else if (t instanceof ParameterizedType p) {
            out.addAll(classesOf(p.getRawType()));
            for (Type a : p.getActualTypeArguments()) {
                out.addAll(classesOf(a));
            }
        }
        return out;
    }
}
