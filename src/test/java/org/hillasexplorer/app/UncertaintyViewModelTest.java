package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.hillasexplorer.catalog.CatalogEntry;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.figure.FigureStyle;
import org.hillasexplorer.figure.TornadoCharts;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.uncertainty.ParameterDistribution;
import org.hillasexplorer.physics.uncertainty.RobustVerdict;
import org.hillasexplorer.physics.uncertainty.Robustness;
import org.hillasexplorer.physics.uncertainty.Sensitivity;
import org.hillasexplorer.physics.uncertainty.Uncertain;
import org.hillasexplorer.physics.uncertainty.UncertaintySpec;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.figure.ViewRange;
import org.jfree.data.category.IntervalCategoryDataset;
import org.junit.jupiter.api.Test;

/** Uncertain parameters in the scenario and catalogue view models, without a window. */
class UncertaintyViewModelTest {
    private final ExplorerModel model = new ExplorerModel(List.of(CatalogReader.readBuiltin()));
    private final ScenarioViewModel vm = new ScenarioViewModel(model);
    private final CatalogueViewModel catalogue = new CatalogueViewModel(model);

    private CatalogEntry gmcs() {
        return model.catalogs().get(0).byId("gmcs").orElseThrow();
    }

    @Test
    void plusMinusGivesADefaultRangeAroundTheValueAndLeavesTheValueAlone() {
        vm.setUncertain(Parameters.DELTA_S, true);
        assertThat(vm.uncertain(Parameters.DELTA_S)).hasValue(new Uncertain(Parameters.DELTA_S, Uncertain.Shape.UNIFORM, 0.3, 0.7));
        vm.setUncertain(Parameters.B_MICROGAUSS, true);
        assertThat(vm.uncertain(Parameters.B_MICROGAUSS)).hasValue(
                new Uncertain(Parameters.B_MICROGAUSS, Uncertain.Shape.LOG_UNIFORM, 0.949, 9.49));
        assertThat(model.scenario().deltaS()).isEqualTo(0.5);
        assertThat(model.scenario().bMicroGauss()).isEqualTo(3.0);
        assertThat(model.uncertainty().describe()).isEqualTo("δ_s 0.3–0.7, B 0.949–9.49 μG (log-uniform)");
        // pressing ± again keeps the range; releasing it makes the parameter certain again
        vm.setUncertain(Parameters.DELTA_S, true);
        assertThat(model.uncertainty().parameters()).hasSize(2);
        vm.setUncertain(Parameters.DELTA_S, false);
        assertThat(vm.uncertain(Parameters.DELTA_S)).isEmpty();
    }

    @Test
    void theDefaultRangeStaysInsideTheAllowedRangeAtItsEnds() {
        Uncertain atTop = ScenarioViewModel.defaultRange(Parameters.DELTA_S, 1.5);
        assertThat(atTop.first()).isEqualTo(1.3);
        assertThat(atTop.second()).isEqualTo(1.5);
        Uncertain atBottom = ScenarioViewModel.defaultRange(Parameters.B_MICROGAUSS, 0.01);
        assertThat(atBottom.first()).isEqualTo(0.01);
        assertThat(atBottom.second()).isEqualTo(0.0316);
        Uncertain zero = ScenarioViewModel.defaultRange(Parameters.DELTA_S, 0);
        assertThat(zero.first()).isZero();
        assertThat(zero.second()).isEqualTo(0.2);
    }

    @Test
    void makingAParameterUncertainIsOneUndoStepAndUndoRestoresIt() {
        vm.setUncertain(Parameters.DELTA_S, true);
        vm.setRange(Parameters.DELTA_S, 0.35, 0.65);
        model.undo();
        assertThat(vm.uncertain(Parameters.DELTA_S)).hasValueSatisfying(u -> assertThat(u.toSpec()).isEqualTo("0.3..0.7"));
        model.undo();
        assertThat(model.uncertainty()).isEqualTo(UncertaintySpec.NONE);
        model.redo();
        assertThat(vm.uncertain(Parameters.DELTA_S)).isPresent();
    }

    @Test
    void aRangeSliderDragIsOneUndoStepAndCrossedHandlesAreIgnored() {
        vm.setUncertain(Parameters.NU0_PER_S, true);
        ExplorerModel.Gesture drag = vm.beginDrag();
        for (double hi = 1e-9; hi < 1e-8; hi *= 1.5) {
            vm.setRange(Parameters.NU0_PER_S, 3e-10, hi);
        }
        vm.setRange(Parameters.NU0_PER_S, 5e-9, 5e-9); // handles touching: nothing to make of it
        drag.end();
        Uncertain u = vm.uncertain(Parameters.NU0_PER_S).orElseThrow();
        assertThat(u.shape()).isEqualTo(Uncertain.Shape.LOG_UNIFORM);
        assertThat(u.first()).isEqualTo(3e-10);
        assertThat(u.second()).isLessThan(1e-8).isGreaterThan(5e-9);
        model.undo();
        assertThat(vm.uncertain(Parameters.NU0_PER_S).orElseThrow().toSpec()).isEqualTo("3.16e-10..3.16e-9 log");
    }

    @Test
    void aDistributionTypedInTheValueFieldMakesTheParameterUncertainAndKeepsItsValue() {
        assertThat(vm.type(Parameters.DELTA_S, "0.3..0.7")).isEmpty();
        assertThat(model.scenario().deltaS()).isEqualTo(0.5);
        assertThat(vm.uncertain(Parameters.DELTA_S).orElseThrow().describe()).isEqualTo("δ_s 0.3–0.7");
        assertThat(vm.type(Parameters.B_MICROGAUSS, "1..10 uG log")).isEmpty();
        assertThat(vm.uncertain(Parameters.B_MICROGAUSS).orElseThrow().shape()).isEqualTo(Uncertain.Shape.LOG_UNIFORM);
        assertThat(vm.type(Parameters.NU0_PER_S, "1e-9*/3")).isEmpty();
        assertThat(vm.uncertain(Parameters.NU0_PER_S).orElseThrow().shape()).isEqualTo(Uncertain.Shape.LOG_NORMAL);
        assertThat(vm.type(Parameters.DELTA_S, "0.5+-0.1")).isEmpty();
        assertThat(vm.uncertain(Parameters.DELTA_S).orElseThrow().shape()).isEqualTo(Uncertain.Shape.NORMAL);
        // an exponent is not a ±
        assertThat(vm.type(Parameters.NU0_PER_S, "2e-9")).isEmpty();
        assertThat(model.scenario().get(Parameters.NU0_PER_S)).isEqualTo(2e-9);
        assertThat(ScenarioViewModel.looksUncertain("1e+-3")).isFalse();
        assertThat(ScenarioViewModel.looksUncertain("-0.5")).isFalse();
    }

    @Test
    void aBadRangeSaysWhatIsAllowedAndWhatWasKept() {
        vm.type(Parameters.DELTA_S, "0.3..0.7");
        assertThat(vm.typeUncertainty(Parameters.DELTA_S, "0.3..2")).hasValueSatisfying(m ->
                assertThat(m).contains("δ_s", "2", "[0, 1.5]", "kept 0.3..0.7"));
        assertThat(vm.typeUncertainty(Parameters.DELTA_S, "0.7..0.3")).hasValueSatisfying(m ->
                assertThat(m).contains("δ_s range 0.7..0.3 is empty"));
        assertThat(vm.typeUncertainty(Parameters.B_MICROGAUSS, "3 TeV..10")).hasValueSatisfying(m ->
                assertThat(m).contains("TeV", "kept one value"));
        assertThat(vm.uncertain(Parameters.DELTA_S).orElseThrow().toSpec()).isEqualTo("0.3..0.7");
        // one value in the range field: certain again, the value untouched
        assertThat(vm.typeUncertainty(Parameters.DELTA_S, "0.4")).isEmpty();
        assertThat(vm.uncertain(Parameters.DELTA_S)).isEmpty();
        assertThat(model.scenario().deltaS()).isEqualTo(0.5);
    }

    @Test
    void onlyContinuousParametersCanBeUncertain() {
        assertThat(Parameters.SCENARIO.stream().filter(ScenarioViewModel::canBeUncertain).toList())
                .contains(Parameters.DELTA_S, Parameters.B_MICROGAUSS, Parameters.NU0_PER_S).doesNotContain(Parameters.DIMENSIONALITY);
    }

    @Test
    void zoomingKeepsWhatIsUncertain() {
        vm.setUncertain(Parameters.DELTA_S, true);
        ExplorerState s = ExplorerModel.withViews(model.state(), Map.of(Plane.NUMBER_DENSITY, new ViewRange(-2, 8, -5, 10)));
        assertThat(s.uncertainty()).isEqualTo(model.uncertainty());
    }

    @Test
    void theBadgeSaysHowOftenEachBandIsReached() {
        ParameterDistribution d = ParameterDistribution.of(model.scenario(), List.of(Uncertain.parse(Parameters.DELTA_S, "0.3..0.7")));
        var samples = d.sample(64);
        var box = CatalogueViewModel.firstBox(gmcs()).orElseThrow();
        RobustVerdict ruledOut = Robustness.ofBox("gmcs", "GMCs", box, samples);
        assertThat(CatalogueViewModel.badgeText(ruledOut)).matches("ruled out in all 64 samples · ≥ \\d+\\.\\d dex in n_s");
        double abundance = ruledOut.classes().stream().mapToDouble(c -> c.smallestAbundanceMissDex()).filter(Double::isFinite)
                .min().orElseThrow();
        assertThat(CatalogueViewModel.badgeText(ruledOut)).contains(String.format(java.util.Locale.ROOT, "%.1f dex", abundance));
        assertThat(abundance).isGreaterThan(1); // GMCs stay orders of magnitude too rare wherever their sizes fit
        // a judge that reaches the second class in half the samples and the third always
        var classes = model.scenario().energyClasses();
        RobustVerdict partly = Robustness.of("x", "X", Plane.NUMBER_DENSITY, samples, s -> {
            var central = org.hillasexplorer.physics.CandidateEvaluation.evaluate(box, s);
            boolean half = s.deltaS() < 0.5;
            return List.of(central.get(0), half ? reach(central.get(1)) : central.get(1), reach(central.get(2)));
        });
        assertThat(classes).hasSize(3);
        assertThat(CatalogueViewModel.badgeText(partly)).isEqualTo("reaches " + classes.get(1).label() + " 50 % · "
                + classes.get(2).label() + " 100 %");
    }

    private static org.hillasexplorer.physics.ClassVerdict reach(org.hillasexplorer.physics.ClassVerdict v) {
        return new org.hillasexplorer.physics.ClassVerdict(v.energyClass(), v.plane(),
                org.hillasexplorer.physics.ClassVerdict.Status.OVERLAPS, 0, v.log10LsAtGapAu(), v.worstCornerGapDex(),
                v.worstCornerLog10LsAu(), v.worstCornerLog10Value());
    }

    @Test
    void theTornadoHasOneBarPerUncertainParameterAndTheChartOneRowPerBar() {
        assertThatThrownBy(() -> catalogue.tornado(gmcs(), "GeV")).hasMessageContaining("nothing is uncertain");
        vm.setUncertain(Parameters.DELTA_S, true);
        vm.type(Parameters.B_MICROGAUSS, "1..10 log");
        vm.type(Parameters.NU0_PER_S, "1e-9*/3");
        assertThat(catalogue.anythingUncertain()).isTrue();
        String cls = catalogue.classLabels().get(1);
        Sensitivity.Tornado t = catalogue.tornado(gmcs(), cls);
        assertThat(t.bars()).extracting(Sensitivity.Bar::parameter)
                .containsExactlyInAnyOrder(Parameters.DELTA_S, Parameters.B_MICROGAUSS, Parameters.NU0_PER_S);
        assertThat(t.bars()).isSortedAccordingTo((a, b) -> Double.compare(b.swingDex(), a.swingDex()));
        assertThat(t.energyClass().label()).isEqualTo(cls);
        TornadoCharts.Spec spec = TornadoCharts.of(t, FigureStyle.PAPER);
        assertThat(spec.bars()).hasSize(3);
        assertThat(spec.bars().get(0).category()).startsWith(t.bars().get(0).parameter().symbol());
        assertThat(spec.title()).contains(gmcs().label(), cls);
        var chart = TornadoCharts.chart(spec);
        IntervalCategoryDataset data = (IntervalCategoryDataset) chart.getCategoryPlot().getDataset();
        assertThat(data.getColumnCount()).isEqualTo(3);
        assertThat(data.getRowCount()).isEqualTo(2);
        Sensitivity.Bar top = t.bars().get(0);
        assertThat(data.getEndValue(0, 0).doubleValue()).isEqualTo(top.missAtLowDex());
        assertThat(data.getEndValue(1, 0).doubleValue()).isEqualTo(top.missAtHighDex());
        assertThat(data.getStartValue(0, 0).doubleValue()).isEqualTo(t.centralMissDex());
        assertThat(TornadoDialog.words(t)).startsWith(top.parameter().symbol() + " moves the miss most");
        assertThatThrownBy(() -> catalogue.tornado(gmcs(), "PeV")).hasMessageContaining("no energy class 'PeV'");
    }
}
