package org.hillasexplorer.montecarlo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.hillasexplorer.physics.Particle;
import org.hillasexplorer.physics.Species;
import org.hillasexplorer.physics.Units;

/**
 * Where on the (τ_s, f_V) plane the patchy relation ℓ_mfp ≈ ℓ_S/f_V (eq. 12) holds: one proton simulation per cell,
 * classified from the analytic constraints (4)–(6) and measured as ℓ_mfp / (ℓ_S/f_V).
 */
public final class RegimeMap {

    /** The regime a cell lies in by the analytic constraints. */
    public enum Regime {
        /** τ_s ≥ 1 and Δt_s ≤ ℓ_mfp/v (i.e. τ_s f_V ≤ 1): ℓ_mfp ≈ ℓ_S/f_V. */
        PATCHY,
        /** τ_s &lt; 1 (eq. 4 violated): patches rarely scatter, ℓ_mfp ≫ ℓ_S/f_V. */
        TRANSPARENT,
        /** τ_s ≥ 1 but Δt_s = (ℓ_S/v)² ν_s &gt; ℓ_mfp/v (eqs. 5–6 violated, τ_s f_V &gt; 1): CRs are trapped in patches. */
        TRAPPING;

        /** Classifies from τ_s and f_V (with ℓ_mfp = ℓ_S/f_V, Δt_s/(ℓ_mfp/v) = τ_s f_V). */
        public static Regime of(double opticalDepth, double fillingFactor) {
            if (opticalDepth < 1) {
                return TRANSPARENT;
            }
            return opticalDepth * fillingFactor > 1 ? TRAPPING : PATCHY;
        }
    }

    /**
     * One cell.
     *
     * @param opticalDepth         τ_s
     * @param fillingFactor        f_V
     * @param measuredOverExpected measured ℓ_mfp / (ℓ_S/f_V)
     * @param error                1σ error of that ratio
     * @param regime               the analytic classification
     */
    public record Cell(double opticalDepth, double fillingFactor, double measuredOverExpected, double error, Regime regime) {
    }

    /** Simulated duration per cell in units of the expected ℓ_mfp/v (≈ 50 patch interactions per particle). */
    static final double DURATION_MFP = 50;

    private RegimeMap() {
    }

    /**
     * Computes the map, rows in the order of {@code opticalDepths} × columns of {@code fillingFactors}, for protons of
     * kinetic energy T [GeV] and patches of depth ℓ_S [au] (ν_s = τ_s v/ℓ_S, no background). Progress counts particles
     * over all cells; cell c uses seed {@code seed + c}.
     *
     * @throws InterruptedException if cancelled
     */
    public static List<Cell> compute(double shortAxisAu, double[] opticalDepths, double[] fillingFactors,
            double kineticEnergyGeV, int particlesPerCell, long seed, int threads, Simulator.Progress progress)
            throws InterruptedException {
        List<SimulationSetup> setups = cellSetups(shortAxisAu, opticalDepths, fillingFactors, kineticEnergyGeV,
                particlesPerCell, seed, threads);
        Simulator.Progress outer = progress == null ? Simulator.Progress.NONE : progress;
        long total = (long) setups.size() * particlesPerCell;
        AtomicLong before = new AtomicLong();
        List<Cell> cells = new ArrayList<>();
        int c = 0;
        for (double tau : opticalDepths) {
            for (double f : fillingFactors) {
                cells.add(cell(tau, f, setups.get(c++), before, total, outer));
            }
        }
        return List.copyOf(cells);
    }

    /** Runs one cell; its progress is reported after the {@code before} particles of the earlier cells. */
    private static Cell cell(double tau, double f, SimulationSetup setup, AtomicLong before, long total,
            Simulator.Progress outer) throws InterruptedException {
        long base = before.get();
        Simulator.Progress inner = new Simulator.Progress() {
            @Override
            public void done(long particlesDone, long cellTotal) {
                outer.done(base + particlesDone, total);
            }

            @Override
            public boolean cancelled() {
                return outer.cancelled();
            }
        };
        SimulationResult r = Simulator.run(setup, inner);
        before.addAndGet(setup.particles());
        Measurement m = r.meanFreePath();
        return new Cell(tau, f, m.ratio(), m.ratioError(), Regime.of(tau, f));
    }

    /**
     * The expected cost of {@link #compute} with these arguments, summed over the cells (see {@link SimulationCost}),
     * without running anything.
     *
     * @throws IllegalArgumentException for the same arguments {@code compute} refuses
     */
    public static SimulationCost cost(double shortAxisAu, double[] opticalDepths, double[] fillingFactors,
            double kineticEnergyGeV, int particlesPerCell) {
        SimulationCost sum = SimulationCost.NONE;
        for (SimulationSetup s : cellSetups(shortAxisAu, opticalDepths, fillingFactors, kineticEnergyGeV,
                particlesPerCell, 0, 1)) {
            sum = sum.plus(SimulationCost.of(s));
        }
        return sum;
    }

    /**
     * One setup per cell, rows of τ_s × columns of f_V: protons of kinetic energy T [GeV], patches of depth ℓ_S [au]
     * with ν_s = τ_s v/ℓ_S and no background, followed for {@link #DURATION_MFP} expected ℓ_mfp/v; cell c uses seed
     * {@code seed + c}.
     */
    static List<SimulationSetup> cellSetups(double shortAxisAu, double[] opticalDepths, double[] fillingFactors,
            double kineticEnergyGeV, int particlesPerCell, long seed, int threads) {
        Objects.requireNonNull(opticalDepths, "opticalDepths");
        Objects.requireNonNull(fillingFactors, "fillingFactors");
        double v = Particle.proton(kineticEnergyGeV).speedCmPerS();
        double ls = shortAxisAu * Units.AU_CM;
        List<SimulationSetup> setups = new ArrayList<>();
        long c = 0;
        for (double tau : opticalDepths) {
            for (double f : fillingFactors) {
                if (!(tau > 0) || !Double.isFinite(tau)) {
                    throw new IllegalArgumentException("τ_s = " + tau + " must be positive and finite");
                }
                PatchPopulation p = new PatchPopulation(shortAxisAu, f, tau * v / ls, 0);
                double duration = DURATION_MFP * Analytic.meanFreePathCm(p, v) / v;
                setups.add(new SimulationSetup(p, kineticEnergyGeV, Species.PROTON, particlesPerCell, duration,
                        seed + c, threads));
                c++;
            }
        }
        return setups;
    }
}
