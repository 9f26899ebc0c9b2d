package org.hillasexplorer.montecarlo;

import java.util.List;

/**
 * Result of {@link Simulator#run}.
 *
 * @param setup                  what was simulated
 * @param kappaParallel          κ_∥ [cm² s⁻¹] from the late-time slope of ⟨Δz²⟩ = 2κt vs {@link Analytic#kappaCm2PerS}
 * @param meanFreePath           path length per large deflection [cm] vs {@link Analytic#meanFreePathCm} (eq. 12)
 * @param trappingTime           mean time inside a patch per crossing [s] vs {@link Analytic#trappingTimeS} (eq. 5)
 * @param fractionInside         fraction of time spent inside patches vs f_V
 * @param opticalDepth           τ_s = ν_s ℓ_S/v (+∞ in the continuous limit)
 * @param scatteringEvents       total number of pitch-angle re-draws
 * @param boundaryCrossings      total number of patch-edge crossings (the other kind of step of the event-driven
 *                               loop; 0 in the continuous limit) — with {@code scatteringEvents} what the run cost,
 *                               compare {@link SimulationCost}
 * @param wallSeconds            wall-clock time of the run [s]
 * @param meanSquareDisplacement samples {t [s], ⟨Δz²⟩ [cm²]} in increasing t
 */
public record SimulationResult(SimulationSetup setup, Measurement kappaParallel, Measurement meanFreePath,
        Measurement trappingTime, Measurement fractionInside, double opticalDepth, long scatteringEvents,
        long boundaryCrossings, double wallSeconds, List<double[]> meanSquareDisplacement) {

    public SimulationResult {
        meanSquareDisplacement = List.copyOf(meanSquareDisplacement);
    }

    /** The four measurements in the order tables list them: κ_∥, ℓ_mfp, Δt_s, fraction inside. */
    public List<Measurement> measurements() {
        return List.of(kappaParallel, meanFreePath, trappingTime, fractionInside);
    }

    /**
     * What measured/expected of {@code m} (one of {@link #measurements()}) should be for this setup
     * ({@link Analytic#kappaRatio}, {@link Analytic#meanFreePathRatio}, {@link Analytic#trappingTimeRatio},
     * {@link Analytic#fractionInsideRatio}).
     */
    public ExpectedRatio expectedRatio(Measurement m) {
        double v = setup.speedCmPerS();
        if (m.equals(kappaParallel)) {
            return Analytic.kappaRatio(setup.patches(), v);
        }
        if (m.equals(meanFreePath)) {
            return Analytic.meanFreePathRatio(setup.patches(), v);
        }
        if (m.equals(trappingTime)) {
            return Analytic.trappingTimeRatio(setup.patches(), v);
        }
        if (m.equals(fractionInside)) {
            return Analytic.fractionInsideRatio();
        }
        throw new IllegalArgumentException(m.name() + " is not a measurement of this result");
    }

    /** Scattering events per wall-clock second. */
    public double eventsPerSecond() {
        return scatteringEvents / wallSeconds;
    }
}
