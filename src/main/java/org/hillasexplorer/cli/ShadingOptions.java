package org.hillasexplorer.cli;

import java.util.List;
import org.hillasexplorer.physics.uncertainty.ParameterDistribution;
import picocli.CommandLine.Option;

/**
 * {@code --levels} and {@code --samples}: how the credible regions of uncertain parameters are made, one definition for
 * every command that draws or writes them ({@code render}, {@code bands}); checked by
 * {@link ScenarioOptions#checkLevels} and {@link ScenarioOptions#checkSamples}.
 */
final class ShadingOptions {
    @Option(names = "--levels", paramLabel = "L[,L...]", split = ",",
            description = {"Credible levels of the regions drawn or written when a parameter is uncertain, each strictly "
                    + "between 0 and 1 (default 0.68,0.95): the region at level L is where the band lies in at least a "
                    + "fraction 1-L of the samples. With every parameter fixed the regions are the band itself."})
    List<Double> levels;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "" + ParameterDistribution.DEFAULT_SAMPLES,
            description = {"Quasi-random (Sobol) samples of the parameter distribution for the regions "
                    + "(default ${DEFAULT-VALUE}; a power of two keeps the Sobol points balanced)."})
    int samples;
}
