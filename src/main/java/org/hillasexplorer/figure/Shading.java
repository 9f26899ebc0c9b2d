package org.hillasexplorer.figure;

import java.util.List;
import java.util.Objects;
import org.hillasexplorer.physics.uncertainty.Envelope;

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

    /** Whether there is nothing to shade. */
    public boolean isNone() {
        return envelopes.isEmpty();
    }
}
