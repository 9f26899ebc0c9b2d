package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.uncertainty.Envelope;
import org.hillasexplorer.physics.uncertainty.RobustVerdict;
import org.hillasexplorer.physics.uncertainty.Uncertain;
import org.junit.jupiter.api.Test;

/** The background envelope service without a window: jobs and FX hand-over run when the test says so. */
class EnvelopeServiceTest {
    /** An executor that only queues; the test runs the tasks. */
    private static final class Manual implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            tasks.add(r);
        }

        /** Runs the queued tasks (and any they queue), returns how many ran. */
        int runAll() {
            int n = 0;
            while (!tasks.isEmpty()) {
                tasks.poll().run();
                n++;
            }
            return n;
        }
    }

    private final ExplorerModel model = new ExplorerModel(List.of(CatalogReader.readBuiltin()));
    private final ScenarioViewModel scenario = new ScenarioViewModel(model);
    private final Manual background = new Manual();
    private final Manual fx = new Manual();
    private final EnvelopeService service = new EnvelopeService(model, background, fx);

    private void makeDeltaUncertain() {
        scenario.setUncertainty(Uncertain.parse(Parameters.DELTA_S, "0.3..0.7"));
    }

    @Test
    void nothingUncertainMeansNoShadingAtOnceAndNoJob() {
        assertThat(service.result().isNone()).isTrue();
        assertThat(service.shading().isNone()).isTrue();
        scenario.set(Parameters.B_MICROGAUSS, 10);
        assertThat(background.tasks).isEmpty();
        assertThat(service.current().isNone()).isTrue();
    }

    @Test
    void aResultHasTheEnvelopesOfEveryClassOnBothPlanesAndARobustVerdictPerEntry() {
        makeDeltaUncertain();
        assertThat(background.runAll()).isEqualTo(1);
        assertThat(fx.runAll()).isEqualTo(1);
        EnvelopeService.Result r = service.result();
        assertThat(r.samples()).isEqualTo(model.uncertainty().samples()).isEqualTo(512);
        assertThat(r.scenario()).isEqualTo(model.scenario());
        int classes = model.scenario().energyClasses().size();
        assertThat(r.shading().envelopes()).hasSize(2 * classes);
        assertThat(r.shading().envelopes()).extracting(Envelope::plane).containsOnly(Plane.NUMBER_DENSITY, Plane.FILLING_FACTOR);
        assertThat(r.shading().description()).isEqualTo("δ_s 0.3–0.7");
        // the paper's headline: giant molecular clouds stay ruled out for every δ_s in the range
        RobustVerdict gmcs = r.entries().get("gmcs");
        assertThat(gmcs).isNotNull();
        assertThat(gmcs.ruledOutEverywhere()).isTrue();
        assertThat(gmcs.summary()).contains("ruled out", "δ_s 0.3–0.7", "512 Sobol samples");
        assertThat(r.entries()).hasSize(EnvelopeService.entries(model.catalogs()).size());
        assertThat(service.current()).isSameAs(r.shading());
    }

    @Test
    void theLatestRequestWinsAndQueuedStaleJobsAreSkipped() {
        makeDeltaUncertain();
        scenario.set(Parameters.B_MICROGAUSS, 5);
        scenario.set(Parameters.DELTA_S, 0.6);
        assertThat(background.tasks).hasSize(3);
        background.runAll();
        assertThat(service.dropped()).isEqualTo(2); // the first two never began
        assertThat(fx.runAll()).isEqualTo(1);
        assertThat(service.result().scenario()).isEqualTo(model.scenario());
        assertThat(service.result().scenario().deltaS()).isEqualTo(0.6);
        assertThat(service.result().scenario().bMicroGauss()).isEqualTo(5);
    }

    @Test
    void aResultSupersededWhileItWasComputedIsDroppedOnTheFxThread() {
        makeDeltaUncertain();
        background.runAll(); // done, waiting for the FX thread
        scenario.set(Parameters.DELTA_S, 0.45); // a newer request meanwhile
        fx.runAll();
        assertThat(service.dropped()).isEqualTo(1);
        assertThat(service.result().isNone()).isTrue(); // the stale envelope never showed
        background.runAll();
        fx.runAll();
        assertThat(service.result().scenario().deltaS()).isEqualTo(0.45);
    }

    @Test
    void aDragUsesFewSamplesAndItsEndTheFullCount() {
        makeDeltaUncertain();
        background.runAll();
        fx.runAll();
        ExplorerModel.Gesture drag = scenario.beginDrag();
        for (double d : new double[] {0.55, 0.6, 0.65}) {
            scenario.set(Parameters.DELTA_S, d);
        }
        background.runAll();
        fx.runAll();
        assertThat(service.result().samples()).isEqualTo(EnvelopeService.DRAG_SAMPLES);
        assertThat(service.result().rough()).isTrue();
        assertThat(service.result().shading().envelopes().get(0).grid().columns()).isEqualTo(EnvelopeService.DRAG_CELLS);
        assertThat(service.result().scenario().deltaS()).isEqualTo(0.65);
        // the badges keep the last full verdicts meanwhile
        assertThat(service.result().entries().get("gmcs").samples()).isEqualTo(512);
        // an export meanwhile still gets the full count, computed on the spot
        assertThat(service.current().samples()).isEqualTo(512);
        drag.end();
        assertThat(background.tasks).hasSize(1);
        background.runAll();
        fx.runAll();
        assertThat(service.result().samples()).isEqualTo(512);
        assertThat(service.result().rough()).isFalse();
        assertThat(service.result().entries().get("gmcs").summary()).contains("512 Sobol samples");
        assertThat(service.result().scenario().deltaS()).isEqualTo(0.65);
        // a pan (a gesture that changes no input) asks for nothing
        ExplorerModel.Gesture pan = model.beginGesture();
        pan.end();
        assertThat(background.tasks).isEmpty();
    }

    @Test
    void theSampleCountFollowsTheSpecAndNeverExceedsItWhileDragging() {
        model.update(s -> s.withUncertainty(s.uncertainty().with(Uncertain.parse(Parameters.DELTA_S, "0.3..0.7")).withSamples(32)));
        assertThat(EnvelopeService.samplesFor(model.uncertainty(), true)).isEqualTo(32);
        assertThat(EnvelopeService.samplesFor(model.uncertainty().withSamples(2048), true)).isEqualTo(64);
        assertThat(EnvelopeService.samplesFor(model.uncertainty().withSamples(2048), false)).isEqualTo(2048);
        background.runAll();
        fx.runAll();
        assertThat(service.result().samples()).isEqualTo(32);
    }

    @Test
    void makingEverythingCertainAgainClearsTheShadingAtOnceAndDropsTheJobUnderWay() {
        makeDeltaUncertain();
        background.runAll();
        model.update(s -> s.withUncertainty(s.uncertainty().without(Parameters.DELTA_S)));
        fx.runAll();
        assertThat(service.result().isNone()).isTrue();
        assertThat(service.dropped()).isEqualTo(1);
    }

    @Test
    void populationsGetARobustVerdictToo() {
        model.addPopulation(IntermittentModelPopulation.paper());
        makeDeltaUncertain();
        background.runAll();
        fx.runAll();
        RobustVerdict v = service.result().populations().get(IntermittentModelPopulation.paper().id());
        assertThat(v).isNotNull();
        assertThat(v.plane()).isEqualTo(Plane.NUMBER_DENSITY);
        assertThat(v.samples()).isEqualTo(512);
    }

    @Test
    void jobsStayWellInsideTheFrameBudgetWhileDragging() {
        makeDeltaUncertain();
        scenario.setUncertainty(Uncertain.parse(Parameters.B_MICROGAUSS, "1..10 log"));
        background.runAll();
        fx.runAll();
        // warm up, then time a drag-sized job (the full one is reported, not asserted: the machine is shared)
        EnvelopeService.Request drag = new EnvelopeService.Request(1, model.scenario(), model.uncertainty(),
                EnvelopeService.DRAG_SAMPLES, true, List.of(), List.of());
        for (int i = 0; i < 5; i++) {
            EnvelopeService.compute(drag);
        }
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 5; i++) {
            best = Math.min(best, EnvelopeService.compute(drag).millis());
        }
        System.out.printf("envelope job while dragging, %d samples, both planes: %.1f ms; full %d samples with verdicts: %.1f ms%n",
                EnvelopeService.DRAG_SAMPLES, best, model.uncertainty().samples(), service.result().millis());
        assertThat(best).isLessThan(150); // a sanity bound only: the machine is shared; the frame budget belongs in the bench profile
    }
}
