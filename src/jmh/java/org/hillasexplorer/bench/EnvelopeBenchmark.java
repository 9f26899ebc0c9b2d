package org.hillasexplorer.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hillasexplorer.physics.Band;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.uncertainty.Envelope;
import org.hillasexplorer.physics.uncertainty.ParameterDistribution;
import org.hillasexplorer.physics.uncertainty.Uncertain;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Envelope regions (68 % and 95 %, 256² or 128² grid) of every class on both planes over 512 Sobol samples of δ_s 0.3–0.7,
 * B 1–10 μG (log): as a handle drag recomputes them (issue 12 target: ≤ 10 ms per frame).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EnvelopeBenchmark {
    private static final int SAMPLES = 512;
    /** Cells per axis of the raster. */
    @Param({"256", "128"})
    public int cells;
    private double high = 0.7;
    private List<List<Band>> ns;
    private List<List<Band>> fv;

    private ParameterDistribution distribution() {
        high = high >= 0.8 ? 0.6 : high + 1e-3;
        return ParameterDistribution.of(Scenario.defaults(), List.of(
                new Uncertain(Parameters.DELTA_S, Uncertain.Shape.UNIFORM, 0.3, high),
                Uncertain.parse(Parameters.B_MICROGAUSS, "1..10 log")));
    }

    @Setup
    public void setUp() {
        ParameterDistribution.Samples s = distribution().sample(SAMPLES);
        ns = s.bands(Plane.NUMBER_DENSITY);
        fv = s.bands(Plane.FILLING_FACTOR);
    }

    /** Everything a drag step needs: sampling, 2 × 512 band sets, rasterising and outlining. */
    @Benchmark
    public void sampleBandsAndEnvelopesBothPlanes(Blackhole bh) {
        ParameterDistribution.Samples s = distribution().sample(SAMPLES);
        bh.consume(Envelope.of(s, Plane.NUMBER_DENSITY, Envelope.DEFAULT_LEVELS, cells));
        bh.consume(Envelope.of(s, Plane.FILLING_FACTOR, Envelope.DEFAULT_LEVELS, cells));
    }

    /** Only rasterising and outlining, from bands already computed. */
    @Benchmark
    public void envelopesFromBandsBothPlanes(Blackhole bh) {
        bh.consume(Envelope.of(ns, Plane.NUMBER_DENSITY, Envelope.DEFAULT_LEVELS, cells));
        bh.consume(Envelope.of(fv, Plane.FILLING_FACTOR, Envelope.DEFAULT_LEVELS, cells));
    }
}
