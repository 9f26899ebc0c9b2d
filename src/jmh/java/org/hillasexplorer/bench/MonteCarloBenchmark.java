package org.hillasexplorer.bench;

import java.util.concurrent.TimeUnit;
import org.hillasexplorer.montecarlo.PatchPopulation;
import org.hillasexplorer.montecarlo.SimulationResult;
import org.hillasexplorer.montecarlo.SimulationSetup;
import org.hillasexplorer.montecarlo.Simulator;
import org.hillasexplorer.physics.Particle;
import org.hillasexplorer.physics.Species;
import org.hillasexplorer.physics.Units;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Test-particle Monte Carlo throughput (target: ≥ 2·10⁷ scattering events s⁻¹ on two cores).
 *
 * <p>{@code events}/{@code eventsContinuous} report scattering events per second (the {@code events} aux counter) for
 * 1 and 2 threads; {@code scaling} reports the time of one run against particle count and optical depth τ_s.
 */
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class MonteCarloBenchmark {

    private static final double T_GEV = 1;
    private static final double LS_AU = 10;

    static SimulationSetup patchy(double tau, double f, double mfps, int particles, int threads) {
        double v = Particle.proton(T_GEV).speedCmPerS();
        double ls = LS_AU * Units.AU_CM;
        PatchPopulation p = new PatchPopulation(LS_AU, f, tau * v / ls, 0);
        return new SimulationSetup(p, T_GEV, Species.PROTON, particles, mfps * ls / f / v, 1, threads);
    }

    /** Scattering events of the measured runs, reported per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Events {
        public long events;

        @Setup(Level.Iteration)
        public void reset() {
            events = 0;
        }
    }

    /** Throughput setups. */
    @State(Scope.Benchmark)
    public static class Throughput {
        @Param({"1", "2"})
        public int threads;
        SimulationSetup patchy;
        SimulationSetup continuous;

        @Setup
        public void setUp() {
            // τ_s = 30, f_V = 1e-2: ≈ 1500 re-draws per particle, 3·10⁶ per run
            patchy = MonteCarloBenchmark.patchy(30, 1e-2, 50, 2000, threads);
            double nu = 1e-9;
            PatchPopulation c = PatchPopulation.continuous(nu);
            continuous = new SimulationSetup(c, T_GEV, Species.PROTON, 2000, 1500 / nu, 1, threads);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public SimulationResult events(Throughput s, Events counter) throws InterruptedException {
        SimulationResult r = Simulator.run(s.patchy, Simulator.Progress.NONE);
        counter.events += r.scatteringEvents();
        return r;
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public SimulationResult eventsContinuous(Throughput s, Events counter) throws InterruptedException {
        SimulationResult r = Simulator.run(s.continuous, Simulator.Progress.NONE);
        counter.events += r.scatteringEvents();
        return r;
    }

    /**
     * Scaling with particle count and τ_s (2 threads, f_V = 10⁻³, 50 expected mean free paths per particle, i.e.
     * ≈ 50 τ_s re-draws per particle for τ_s ≳ 1): time per run should grow linearly in both.
     */
    @State(Scope.Benchmark)
    public static class Scaling {
        @Param({"1000", "10000", "100000"})
        public int particles;
        @Param({"1", "10", "100"})
        public double tau;
        SimulationSetup setup;

        @Setup
        public void setUp() {
            setup = MonteCarloBenchmark.patchy(tau, 1e-3, 50, particles, 2);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SimulationResult scaling(Scaling s) throws InterruptedException {
        return Simulator.run(s.setup, Simulator.Progress.NONE);
    }
}
