package org.hillasexplorer.montecarlo;

import java.util.List;

/**
 * What a {@link RegimeMap} sweeps: protons of kinetic energy T through patches of depth ℓ_S, one simulation per cell of
 * the τ_s × f_V grid (ν_s = τ_s v/ℓ_S, no background), cell c with seed {@code seed + c}.
 *
 * @param shortAxisAu      ℓ_S [au]
 * @param opticalDepths    the rows, τ_s
 * @param fillingFactors   the columns, f_V
 * @param kineticEnergyGeV T [GeV]
 * @param particlesPerCell test particles per cell
 * @param seed             master seed
 * @param threads          worker threads
 */
public record RegimeMapSetup(double shortAxisAu, LogGrid opticalDepths, LogGrid fillingFactors, double kineticEnergyGeV,
        int particlesPerCell, long seed, int threads) {

    /** @throws IllegalArgumentException for a setup {@link RegimeMap#compute} refuses (it is checked cell by cell) */
    public RegimeMapSetup {
        RegimeMap.cellSetups(shortAxisAu, opticalDepths.values(), fillingFactors.values(), kineticEnergyGeV, particlesPerCell,
                seed, threads);
    }

    /** The expected cost, summed over the cells (nothing runs). */
    public SimulationCost cost() {
        return RegimeMap.cost(shortAxisAu, opticalDepths.values(), fillingFactors.values(), kineticEnergyGeV, particlesPerCell);
    }

    /** Threads that have work: no more than the particles of a cell. */
    public int busyThreads() {
        return Math.min(threads, particlesPerCell);
    }

    /**
     * Runs the sweep; progress counts particles over all cells.
     *
     * @throws InterruptedException if cancelled
     */
    public List<RegimeMap.Cell> compute(Simulator.Progress progress) throws InterruptedException {
        return RegimeMap.compute(shortAxisAu, opticalDepths.values(), fillingFactors.values(), kineticEnergyGeV, particlesPerCell,
                seed, threads, progress);
    }
}
