package org.hillasexplorer.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hillasexplorer.physics.Band;
import org.hillasexplorer.physics.BandGeometry;
import org.hillasexplorer.physics.HypotheticalModel;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** Recomputing every band on both planes, as a slider step does (target: &lt; 0.2 ms). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BandBenchmark {
    private Scenario scenario;
    private double delta = 0.3;

    /** Varies δ_s a little each call so nothing is cached. */
    @Benchmark
    public void allBandsBothPlanes(Blackhole bh) {
        delta = delta >= 0.7 ? 0.3 : delta + 1e-3;
        scenario = Scenario.defaults().with(Parameters.DELTA_S, delta);
        List<Band> ns = BandGeometry.bands(scenario, Plane.NUMBER_DENSITY);
        List<Band> fv = BandGeometry.bands(scenario, Plane.FILLING_FACTOR);
        bh.consume(ns);
        bh.consume(fv);
    }

    /** The hypothetical intermittent model's region and locus (redrawn with the f_V bands). */
    @Benchmark
    public void hypotheticalModel(Blackhole bh) {
        delta = delta >= 0.7 ? 0.3 : delta + 1e-3;
        scenario = Scenario.defaults().with(Parameters.DELTA_S, delta);
        bh.consume(HypotheticalModel.region(scenario));
        bh.consume(HypotheticalModel.locus(scenario));
    }
}
