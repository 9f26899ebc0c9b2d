package org.hillasexplorer.teaching;

import java.util.Objects;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.Plane;
import org.jspecify.annotations.Nullable;

/**
 * A region the window outlines (dashed, thick) with a caption while a tour step is shown.
 *
 * @param plane   the plane the region lies on, or {@code null} for the rigidity view
 * @param region  in the plane's log10 coordinates: log10(ℓ_S/au) × log10(n_s/pc⁻³) or log10 f_V; for the rigidity view
 *                log10(R/GV) × log10(ℓ_mfp/pc)
 * @param caption a short plain-text label shown beside the outline, not blank
 */
public record Highlight(@Nullable Plane plane, ViewRange region, String caption) {

    public Highlight {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(caption, "caption");
        if (caption.isBlank()) {
            throw new IllegalArgumentException("a highlight needs a caption");
        }
    }

    /** Whether this region lies on the rigidity view (ℓ_mfp against R) rather than on one of the two planes. */
    public boolean onRigidityView() {
        return plane == null;
    }
}
