package org.hillasexplorer.figure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.uncertainty.Envelope;
import org.hillasexplorer.physics.uncertainty.ParameterDistribution;
import org.hillasexplorer.physics.uncertainty.UncertaintySpec;

/**
 * The credible-region envelopes a plane figure shades under its exact bands, computed beforehand (by the CLI at once,
 * by the window off the FX thread) so that building the figure stays cheap: one {@link Envelope} per energy class and
 * plane, each with its levels.
 *
 * @param envelopes   the envelopes (those of another plane than the figure's are ignored)
 * @param samples     how many parameter samples made them (shown in the legend)
 * @param description what was uncertain, in words (e.g. {@code δ_s 0.3–0.7, B 1–10 μG (log-uniform)}), for the legend
 */
public record Shading(List<Envelope> envelopes, int samples, String description) {

    /** No shading. */
    public static final Shading NONE = new Shading(List.of(), 0, "");

    public Shading {
        envelopes = List.copyOf(envelopes);
        Objects.requireNonNull(description, "description");
        if (samples < 0) {
            throw new IllegalArgumentException("samples must not be negative, not " + samples);
        }
    }

    /**
     * The shading {@code uncertainty} gives around {@code scenario} on {@code planes}: {@link UncertaintySpec#samples()}
     * Sobol samples of {@link UncertaintySpec#distribution}, then {@link Envelope#of} at its levels for each plane
     * (the bands of each sample computed once per plane). {@link #NONE} when nothing is uncertain. This does all the
     * work (about a second for 512 samples and both planes); build the figures from its result.
     */
    public static Shading of(UncertaintySpec uncertainty, Scenario scenario, Collection<Plane> planes) {
        Objects.requireNonNull(uncertainty, "uncertainty");
        Objects.requireNonNull(scenario, "scenario");
        if (uncertainty.isNone() || planes.isEmpty()) {
            return NONE;
        }
        return of(uncertainty.distribution(scenario).sample(uncertainty.samples()), uncertainty, planes, Envelope.DEFAULT_CELLS);
    }

    /**
     * The shading of {@code samples} (drawn from {@code uncertainty}'s distribution, possibly fewer than its count, as
     * the window does while a handle is dragged) on {@code planes}, each class's regions on a {@code cells}² grid at
     * {@code uncertainty}'s levels, described for the legend.
     */
    public static Shading of(ParameterDistribution.Samples samples, UncertaintySpec uncertainty, Collection<Plane> planes,
                             int cells) {
        List<Envelope> out = new ArrayList<>();
        for (Plane p : Plane.values()) {
            if (planes.contains(p)) {
                out.addAll(Envelope.of(samples, p, uncertainty.levels(), cells));
            }
        }
        return new Shading(out, samples.size(), uncertainty.describe());
    }

    /** Whether there is nothing to shade. */
    public boolean isNone() {
        return envelopes.isEmpty();
    }
}
