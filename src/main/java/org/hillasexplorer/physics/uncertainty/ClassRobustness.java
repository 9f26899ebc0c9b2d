package org.hillasexplorer.physics.uncertainty;

import java.util.Objects;
import org.hillasexplorer.physics.ClassVerdict;
import org.hillasexplorer.physics.EnergyClass;

/**
 * How one candidate fares against one energy class's band over a parameter distribution.
 *
 * @param energyClass     the class
 * @param central         the single-point verdict at the distribution's central scenario
 * @param reachFraction   the fraction of samples (0–1) in which the candidate reaches the band
 * @param smallestMissDex the smallest gap over the samples [dex; of n_s or f_V, or of ℓ_S when too small/large]; 0 if
 *                        it reaches the band in any sample, NaN if no sample has a band
 * @param closestStatus   the status of the sample with the smallest gap
 * @param smallestAbundanceMissDex the smallest gap of n_s or f_V [dex] over the samples in which the candidate's sizes
 *                        meet the band's (status too rare or too abundant); NaN if there are none. The overall smallest
 *                        gap may be a size gap (too small / too large), which can fall to ≈ 0 where ℓ_mfp or r_g crosses
 *                        the box's size range while its abundance stays orders of magnitude off
 * @param medianMissDex   the median gap over the samples [dex] (0 for samples that reach the band)
 * @param largestMissDex  the largest gap over the samples [dex]
 * @param samples         the number of samples
 */
public record ClassRobustness(EnergyClass energyClass, ClassVerdict central, double reachFraction, double smallestMissDex,
                              ClassVerdict.Status closestStatus, double smallestAbundanceMissDex, double medianMissDex, double largestMissDex, int samples) {
    public ClassRobustness {
        Objects.requireNonNull(energyClass, "energyClass");
        Objects.requireNonNull(central, "central");
        Objects.requireNonNull(closestStatus, "closestStatus");
        if (!(reachFraction >= 0 && reachFraction <= 1)) {
            throw new IllegalArgumentException("reach fraction must be in [0, 1], not " + reachFraction);
        }
    }

    /** Whether no sample reaches the band. */
    public boolean ruledOut() {
        return reachFraction == 0;
    }

    /** Whether every sample reaches the band. */
    public boolean alwaysReaches() {
        return reachFraction == 1;
    }
}
