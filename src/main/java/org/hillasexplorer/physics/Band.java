package org.hillasexplorer.physics;

import java.util.Objects;
import java.util.Optional;

/**
 * The region of one plane where structures of one energy class would give the observed ℓ_mfp while
 * obeying r_g ≤ ℓ_S ≤ ℓ_mfp (paper Figs. 2–3).
 *
 * @param energyClass            the class
 * @param plane                  the plane
 * @param outline                the closed outline (log10 coordinates), empty when no energy of the class
 *                               admits r_g &lt; ℓ_mfp or when the band has no area
 * @param collapsedLine          when the band has no area because every energy needs the same ℓ_mfp (δ_s = 0),
 *                               the line it collapses onto; otherwise empty
 * @param allowedMinKineticEnergyGeV lowest T [GeV] of the class that contributes (T_lo unless clipped)
 * @param allowedMaxKineticEnergyGeV highest T [GeV] of the class that contributes (T_hi unless clipped)
 * @param note                   empty, or why the band is clipped or empty
 */
public record Band(EnergyClass energyClass, Plane plane, Optional<Polygon> outline, Optional<Curve> collapsedLine,
                   double allowedMinKineticEnergyGeV, double allowedMaxKineticEnergyGeV, String note) {
    public Band {
        Objects.requireNonNull(energyClass, "energyClass");
        Objects.requireNonNull(plane, "plane");
        Objects.requireNonNull(outline, "outline");
        Objects.requireNonNull(collapsedLine, "collapsedLine");
        if (outline.isPresent() && collapsedLine.isPresent()) {
            throw new IllegalArgumentException("a band has an outline or a collapsed line, not both");
        }
        Objects.requireNonNull(note, "note");
    }

    /** A band with an outline (or none), without a collapsed line. */
    public Band(EnergyClass energyClass, Plane plane, Optional<Polygon> outline, double allowedMinKineticEnergyGeV,
                double allowedMaxKineticEnergyGeV, String note) {
        this(energyClass, plane, outline, Optional.empty(), allowedMinKineticEnergyGeV, allowedMaxKineticEnergyGeV, note);
    }

    /** Whether the band has no area on the plane (it may still be a {@linkplain #collapsedLine() line}). */
    public boolean isEmpty() {
        return outline.isEmpty();
    }

    /** Whether there is anything to draw: an outline or a collapsed line. */
    public boolean isDrawable() {
        return outline.isPresent() || collapsedLine.isPresent();
    }
}
