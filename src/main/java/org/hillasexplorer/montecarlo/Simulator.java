package org.hillasexplorer.montecarlo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.hillasexplorer.physics.Units;

/**
 * The event-driven test-particle Monte Carlo described in {@code package-info}: particles stream along a field
 * line through lazily generated patches, re-drawing μ ~ U(−1, 1) at rate ν_s inside patches and ν_bg between them.
 * Particles run in parallel in fixed chunks whose tallies are combined in chunk order, so a seed gives
 * bit-identical results at any thread count.
 */
public final class Simulator {

    /** Progress and cancellation; called from worker threads, so implementations must be thread-safe. */
    public interface Progress {
        /** {@code particlesDone} of {@code total} particles are finished (monotone but possibly from several threads). */
        void done(long particlesDone, long total);

        /**
         * Polled by the workers before each particle and every 2¹⁶ steps within one; returning true stops the run with
         * an InterruptedException.
         */
        boolean cancelled();

        /** No reporting, never cancelled. */
        Progress NONE = new Progress() {
            @Override
            public void done(long particlesDone, long total) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }

    /** Number of ⟨Δz²⟩ samples, at t_j = j T / SAMPLES, j = 1 … SAMPLES; κ is fitted over the late half. */
    static final int SAMPLES = 100;
    /** Upper bound on the number of chunks (tasks) a run is split into; fixed, independent of the thread count. */
    static final int MAX_CHUNKS = 1024;

    private Simulator() {
    }

    /**
     * Runs the simulation.
     *
     * @throws InterruptedException if {@code progress} reports cancellation or the calling thread is interrupted
     */
    public static SimulationResult run(SimulationSetup setup, Progress progress) throws InterruptedException {
        Progress prog = progress == null ? Progress.NONE : progress;
        long start = System.nanoTime();
        PatchPopulation p = setup.patches();
        double v = setup.speedCmPerS();
        Engine engine = Engine.of(p, v, setup.durationS());

        int n = setup.particles();
        int chunkSize = (n + MAX_CHUNKS - 1) / MAX_CHUNKS;
        int chunks = (n + chunkSize - 1) / chunkSize;
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        Tally[] tallies = new Tally[chunks];
        ForkJoinPool pool = new ForkJoinPool(setup.threads());
        try {
            List<Future<Tally>> futures = new ArrayList<>(chunks);
            for (int c = 0; c < chunks; c++) {
                int from = c * chunkSize;
                int to = Math.min(n, from + chunkSize);
                futures.add(pool.submit(() -> {
                    Tally t = engine.runParticles(setup.seed(), from, to, stop, prog);
                    if (!stop.get()) {
                        prog.done(done.addAndGet(to - from), n);
                    }
                    return t;
                }));
            }
            for (int c = 0; c < chunks; c++) {
                try {
                    tallies[c] = futures.get(c).get();
                } catch (ExecutionException e) {
                    stop.set(true);
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                } catch (InterruptedException e) {
                    stop.set(true);
                    throw e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (stop.get()) {
            throw new InterruptedException("simulation cancelled");
        }
        Tally total = new Tally();
        for (Tally t : tallies) {
            total.add(t);
        }
        double wall = (System.nanoTime() - start) * 1e-9;
        return engine.result(setup, total, wall);
    }

    /** Per-chunk sums (combined in chunk order, hence deterministic). */
    static final class Tally {
        long particles;
        long events;
        long crossings;
        double sumSlope;
        double sumSlope2;
        double sumDefl;
        double sumDefl2;
        double sumDist;
        double sumDist2;
        double sumDistDefl;
        double sumFrac;
        double sumFrac2;
        long transmissions;
        double sumTrans;
        double sumTrans2;
        final double[] msd = new double[SAMPLES];

        void add(Tally o) {
            particles += o.particles;
            events += o.events;
            crossings += o.crossings;
            sumSlope += o.sumSlope;
            sumSlope2 += o.sumSlope2;
            sumDefl += o.sumDefl;
            sumDefl2 += o.sumDefl2;
            sumDist += o.sumDist;
            sumDist2 += o.sumDist2;
            sumDistDefl += o.sumDistDefl;
            sumFrac += o.sumFrac;
            sumFrac2 += o.sumFrac2;
            transmissions += o.transmissions;
            sumTrans += o.sumTrans;
            sumTrans2 += o.sumTrans2;
            for (int j = 0; j < SAMPLES; j++) {
                msd[j] += o.msd[j];
            }
        }
    }

    /**
     * The dimensionless engine: lengths in units of u (ℓ_S, or v/ν in the continuous limit), times in u/v, so v = 1
     * and a patch is [edge, edge + 1).
     */
    static final class Engine {
        final boolean continuous;
        final double unitCm;
        final double speed;
        final double rateIn;
        final double rateBg;
        final double gapMean;
        final double fillingFactor;
        final double duration;
        final double dtSample;
        final double[] slopeWeights = new double[SAMPLES];

        private Engine(boolean continuous, double unitCm, double speed, double rateIn, double rateBg, double gapMean,
                double fillingFactor, double duration) {
            this.continuous = continuous;
            this.unitCm = unitCm;
            this.speed = speed;
            this.rateIn = rateIn;
            this.rateBg = rateBg;
            this.gapMean = gapMean;
            this.fillingFactor = fillingFactor;
            this.duration = duration;
            this.dtSample = duration / SAMPLES;
            // ordinary least-squares slope over the late half (t_j, j = SAMPLES/2 … SAMPLES)
            int first = SAMPLES / 2;
            double tMean = 0;
            int m = 0;
            for (int j = first; j <= SAMPLES; j++) {
                tMean += j * dtSample;
                m++;
            }
            tMean /= m;
            double sxx = 0;
            for (int j = first; j <= SAMPLES; j++) {
                double d = j * dtSample - tMean;
                sxx += d * d;
            }
            for (int j = first; j <= SAMPLES; j++) {
                slopeWeights[j - 1] = (j * dtSample - tMean) / sxx;
            }
        }

        static Engine of(PatchPopulation p, double v, double durationS) {
            if (p.isContinuous()) {
                double u = v / p.internalRatePerS();
                return new Engine(true, u, v, 1.0, 0.0, 0.0, 1.0, durationS * v / u);
            }
            double u = p.shortAxisAu() * Units.AU_CM;
            double f = p.fillingFactor();
            return new Engine(false, u, v, p.internalRatePerS() * u / v, p.backgroundRatePerS() * u / v,
                    (1 - f) / f, f, durationS * v / u);
        }

        Tally runParticles(long seed, int from, int to, AtomicBoolean stop, Progress progress) {
            Tally t = new Tally();
            Walker w = new Walker(this);
            for (int i = from; i < to; i++) {
                if (stop.get()) {
                    return t;
                }
                if (progress.cancelled()) {
                    stop.set(true);
                    return t;
                }
                w.run(seed, i, t, stop, progress);
            }
            return t;
        }

        SimulationResult result(SimulationSetup setup, Tally s, double wallSeconds) {
            PatchPopulation p = setup.patches();
            double n = s.particles;
            double u = unitCm;
            double v = speed;
            double timeUnit = u / v;

            double slope = s.sumSlope / n;
            double slopeErr = stdErr(s.sumSlope, s.sumSlope2, n);
            Measurement kappa = new Measurement("κ_∥", "cm² s⁻¹", slope / 2 * u * v, slopeErr / 2 * u * v,
                    Analytic.kappaCm2PerS(p, v));

            // ratio estimator Σ distance / Σ deflections, error by the delta method over particles
            double meanDefl = s.sumDefl / n;
            double meanDist = s.sumDist / n;
            double mfp = meanDefl > 0 ? meanDist / meanDefl * u : Double.POSITIVE_INFINITY;
            double mfpErr = Double.NaN;
            if (meanDefl > 0 && n > 1) {
                double r = meanDist / meanDefl;
                double varP = (s.sumDist2 - n * meanDist * meanDist) / (n - 1);
                double varD = (s.sumDefl2 - n * meanDefl * meanDefl) / (n - 1);
                double cov = (s.sumDistDefl - n * meanDist * meanDefl) / (n - 1);
                double var = Math.max(0, varP - 2 * r * cov + r * r * varD) / (n * meanDefl * meanDefl);
                mfpErr = Math.sqrt(var) * u;
            }
            Measurement meanFreePath = new Measurement("ℓ_mfp", "cm", mfp, mfpErr, Analytic.meanFreePathCm(p, v));

            double trans = s.transmissions > 0 ? s.sumTrans / s.transmissions * timeUnit : Double.NaN;
            double transErr = s.transmissions > 1 ? stdErr(s.sumTrans, s.sumTrans2, s.transmissions) * timeUnit : Double.NaN;
            Measurement trapping = new Measurement("Δt_s", "s", trans, transErr, Analytic.trappingTimeS(p, v));

            Measurement inside = new Measurement("f_inside", "", s.sumFrac / n, stdErr(s.sumFrac, s.sumFrac2, n),
                    fillingFactor);

            List<double[]> msd = new ArrayList<>(SAMPLES);
            for (int j = 0; j < SAMPLES; j++) {
                msd.add(new double[] {(j + 1) * dtSample * timeUnit, s.msd[j] / n * u * u});
            }
            return new SimulationResult(setup, kappa, meanFreePath, trapping, inside, Analytic.opticalDepth(p, v),
                    s.events, s.crossings, wallSeconds, msd);
        }

        private static double stdErr(double sum, double sum2, double n) {
            if (n < 2) {
                return Double.NaN;
            }
            double mean = sum / n;
            double var = Math.max(0, (sum2 - n * mean * mean) / (n - 1));
            return Math.sqrt(var / n);
        }
    }

    /** Simulates one particle at a time; owns the lazily generated line (edge buffer) and the RNG, reused per particle. */
    static final class Walker {
        private final Engine e;
        private final double[] sampleSq = new double[SAMPLES];
        /** Edges of the line, logical index k at array index k + off; interval k = [edge k, edge k+1). */
        private double[] edges = new double[64];
        private int off;
        private int lo;
        private int hi;
        private boolean insideAtZero;
        private long s0;
        private long s1;

        Walker(Engine e) {
            this.e = e;
        }

        private static boolean stopRequested(AtomicBoolean stop, Progress progress) {
            if (stop.get()) {
                return true;
            }
            if (progress.cancelled()) {
                stop.set(true);
                return true;
            }
            return false;
        }

        // ---- RNG: xoroshiro128+ seeded by SplitMix64 from (seed, particle index) only ----

        private static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            return z ^ (z >>> 31);
        }

        void seed(long seed, long index) {
            long x = mix(seed) + (index + 1) * 0x9e3779b97f4a7c15L;
            s0 = mix(x);
            s1 = mix(x + 0x9e3779b97f4a7c15L);
            if ((s0 | s1) == 0) {
                s1 = 1;
            }
        }

        /** Uniform in [0, 1). */
        private double uniform() {
            long a = s0;
            long b = s1;
            long r = a + b;
            b ^= a;
            s0 = Long.rotateLeft(a, 24) ^ b ^ (b << 16);
            s1 = Long.rotateLeft(b, 37);
            return (r >>> 11) * 0x1.0p-53;
        }

        /** Exponential with mean 1. */
        private double exponential() {
            return -Math.log(1.0 - uniform());
        }

        private boolean insideAt(int k) {
            return ((k & 1) == 0) == insideAtZero;
        }

        private double lengthOf(int k) {
            return insideAt(k) ? 1.0 : e.gapMean * exponential();
        }

        private void ensureCapacity() {
            if (lo - 1 + off < 0 || hi + 1 + off >= edges.length) {
                int count = hi - lo + 1;
                double[] bigger = new double[Math.max(edges.length, 4 * count + 8)];
                int newOff = bigger.length / 2 - (lo + hi) / 2;
                System.arraycopy(edges, lo + off, bigger, lo + newOff, count);
                edges = bigger;
                off = newOff;
            }
        }

        /** Left edge of interval k, generating the line leftwards if needed. */
        private double edge(int k) {
            while (k < lo) {
                ensureCapacity();
                edges[lo - 1 + off] = edges[lo + off] - lengthOf(lo - 1);
                lo--;
            }
            while (k > hi) {
                ensureCapacity();
                edges[hi + 1 + off] = edges[hi + off] + lengthOf(hi);
                hi++;
            }
            return edges[k + off];
        }

        /**
         * Follows particle {@code index} to the end of the run and adds it to {@code tally}; returns early, adding
         * nothing, when {@code stop} is set or {@code progress} reports cancellation (polled every 2¹⁶ steps, so a
         * single long particle can be cancelled too).
         */
        void run(long seed, int index, Tally tally, AtomicBoolean stop, Progress progress) {
            seed(seed, index);
            final Engine en = e;
            final double duration = en.duration;
            final double dtSample = en.dtSample;
            final boolean continuous = en.continuous;
            double left;
            double right;
            boolean inside;
            int k = 0;
            if (continuous) {
                inside = true;
                left = Double.NEGATIVE_INFINITY;
                right = Double.POSITIVE_INFINITY;
            } else {
                inside = uniform() < en.fillingFactor;
                insideAtZero = inside;
                off = edges.length / 2;
                lo = 0;
                hi = 1;
                if (inside) {
                    double x = uniform();
                    left = -x;
                    right = 1 - x;
                } else {
                    left = -en.gapMean * exponential();
                    right = en.gapMean * exponential();
                }
                edges[off] = left;
                edges[off + 1] = right;
            }
            double z = 0;
            double t = 0;
            double mu = 2 * uniform() - 1;
            double tau = exponential(); // remaining optical depth to the next re-draw
            long events = 0;
            long crossings = 0;
            long deflections = 0;
            double timeInside = 0;
            double distance = 0; // Σ |Δz| along the line
            boolean scatteredThisVisit = false;
            int entryDir = 0; // +1/−1: entered the current patch moving right/left; 0: unknown (started inside)
            double entryTime = 0;
            long trans = 0;
            double sumTrans = 0;
            double sumTrans2 = 0;
            int j = 1;
            double nextSample = dtSample;
            double slope = 0;
            final double[] weights = en.slopeWeights;
            final double[] sq = sampleSq;
            final double rIn = en.rateIn;
            final double rBg = en.rateBg;

            while (true) {
                double rate = inside ? rIn : rBg;
                double tb;
                if (mu > 0) {
                    tb = (right - z) / mu;
                } else if (mu < 0) {
                    tb = (left - z) / mu;
                } else {
                    tb = Double.POSITIVE_INFINITY;
                }
                double ts = rate > 0 ? tau / rate : Double.POSITIVE_INFINITY;
                boolean scatter = ts < tb;
                double dt = scatter ? ts : tb;
                double tNext = t + dt;
                if (tNext >= nextSample) {
                    boolean finished = false;
                    do {
                        double zs = z + mu * (nextSample - t);
                        double x = zs * zs;
                        sq[j - 1] = x;
                        slope += weights[j - 1] * x;
                        if (j == SAMPLES) {
                            finished = true;
                            break;
                        }
                        j++;
                        nextSample = j * dtSample;
                    } while (tNext >= nextSample);
                    if (finished) {
                        distance += Math.abs(mu) * (duration - t);
                        if (inside) {
                            timeInside += duration - t;
                            if (scatteredThisVisit && !continuous) {
                                deflections++;
                            }
                        }
                        break;
                    }
                }
                if (inside) {
                    timeInside += dt;
                }
                distance += Math.abs(mu) * dt;
                z += mu * dt;
                t = tNext;
                if (scatter) {
                    events++;
                    tau = exponential();
                    mu = 2 * uniform() - 1;
                    if (!inside || continuous) {
                        deflections++;
                    } else {
                        scatteredThisVisit = true;
                    }
                    if ((events & 0xFFFF) == 0 && stopRequested(stop, progress)) {
                        return;
                    }
                } else {
                    crossings++;
                    if ((crossings & 0xFFFF) == 0 && stopRequested(stop, progress)) {
                        return;
                    }
                    tau = Math.max(0, tau - rate * dt);
                    int dir = mu > 0 ? 1 : -1;
                    if (inside) {
                        if (scatteredThisVisit) {
                            deflections++;
                        }
                        if (entryDir == dir) {
                            double d = t - entryTime;
                            trans++;
                            sumTrans += d;
                            sumTrans2 += d * d;
                        }
                    } else {
                        entryDir = dir;
                        entryTime = t;
                        scatteredThisVisit = false;
                    }
                    inside = !inside;
                    if (dir > 0) {
                        z = right;
                        k++;
                        left = right;
                        right = edge(k + 1);
                    } else {
                        z = left;
                        k--;
                        right = left;
                        left = edge(k);
                    }
                }
            }
            tally.particles++;
            tally.events += events;
            tally.crossings += crossings;
            tally.sumSlope += slope;
            tally.sumSlope2 += slope * slope;
            tally.sumDefl += deflections;
            tally.sumDefl2 += (double) deflections * deflections;
            tally.sumDist += distance;
            tally.sumDist2 += distance * distance;
            tally.sumDistDefl += distance * deflections;
            double frac = timeInside / duration;
            tally.sumFrac += frac;
            tally.sumFrac2 += frac * frac;
            tally.transmissions += trans;
            tally.sumTrans += sumTrans;
            tally.sumTrans2 += sumTrans2;
            double[] msd = tally.msd;
            for (int s = 0; s < SAMPLES; s++) {
                msd[s] += sq[s];
            }
        }
    }
}
