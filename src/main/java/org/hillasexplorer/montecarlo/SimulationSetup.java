package org.hillasexplorer.montecarlo;

import java.util.Objects;
import org.hillasexplorer.physics.Particle;
import org.hillasexplorer.physics.Species;

/**
 * What to simulate.
 *
 * @param patches          the patch population
 * @param kineticEnergyGeV kinetic energy per particle T [GeV], &gt; 0
 * @param species          the nucleus
 * @param particles        number of test particles, 1 … 10⁷
 * @param durationS        simulated time per particle [s], &gt; 0 (see {@link #recommendedDurationS})
 * @param seed             master seed; particle i uses a stream derived only from (seed, i)
 * @param threads          worker threads, 1 … 64 (results do not depend on it)
 */
public record SimulationSetup(PatchPopulation patches, double kineticEnergyGeV, Species species, int particles,
        double durationS, long seed, int threads) {

    /** Largest allowed particle count. */
    public static final int MAX_PARTICLES = 10_000_000;
    /** Largest allowed thread count. */
    public static final int MAX_THREADS = 64;

    public SimulationSetup {
        Objects.requireNonNull(patches, "patches");
        Objects.requireNonNull(species, "species");
        new Particle(species, kineticEnergyGeV); // validates T
        if (particles < 1 || particles > MAX_PARTICLES) {
            throw new IllegalArgumentException("particles = " + particles + " must lie in [1, " + MAX_PARTICLES + "]");
        }
        if (!(durationS > 0) || !Double.isFinite(durationS)) {
            throw new IllegalArgumentException("duration = " + durationS + " s must be positive and finite");
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads = " + threads + " must lie in [1, " + MAX_THREADS + "]");
        }
    }

    /** The particle's speed v [cm s⁻¹]. */
    public double speedCmPerS() {
        return new Particle(species, kineticEnergyGeV).speedCmPerS();
    }

    /** Threads that have work: no more than the particles. */
    public int busyThreads() {
        return Math.min(threads, particles);
    }

    /** The same setup with another particle count. */
    public SimulationSetup withParticles(int n) {
        return new SimulationSetup(patches, kineticEnergyGeV, species, n, durationS, seed, threads);
    }

    /** The same setup with another thread count. */
    public SimulationSetup withThreads(int n) {
        return new SimulationSetup(patches, kineticEnergyGeV, species, particles, durationS, seed, n);
    }

    /**
     * A duration [s] long enough for the late-time κ slope: 50 × max(1/ν̄, ℓ_mfp/v, ℓ_mfp²/κ) with the analytic
     * ν̄ = 3κ/v², ℓ_mfp and κ of {@link Analytic} (the last term is the time to diffuse across one mean free path,
     * which for thick patches in 1-D is ≈ 3 τ_s ℓ_mfp/v because patches act in series). 50/ν in the continuous limit.
     */
    public static double recommendedDurationS(PatchPopulation patches, double kineticEnergyGeV, Species species) {
        double v = new Particle(species, kineticEnergyGeV).speedCmPerS();
        double mfp = Analytic.meanFreePathCm(patches, v);
        double kappa = Analytic.kappaCm2PerS(patches, v);
        return 50 * Math.max(3 * kappa / (v * v), Math.max(mfp / v, mfp * mfp / kappa));
    }
}
