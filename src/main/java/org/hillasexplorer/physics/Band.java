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
 *                               admits r_g &lt; ℓ_mfp
 * @param allowedMinKineticEnergyGeV lowest T [GeV] of the class that contributes (T_lo unless clipped)
 * @param allowedMaxKineticEnergyGeV highest T [GeV] of the class that contributes (T_hi unless clipped)
 * @param note                   empty, or why the band is clipped or empty
 */
public record Band(EnergyClass energyClass, Plane plane, Optional<Polygon> outline,
                   double allowedMinKineticEnergyGeV, double allowedMaxKineticEnergyGeV, String note) {
    public Band {
        Objects.requireNonNull(energyClass, "energyClass");
        Objects.requireNonNull(plane, "plane");
        Objects.requireNonNull(outline, "outline");
        Objects.requireNonNull(note, "note");
    }

    /** Whether the band has any area on the plane. */
    public boolean isEmpty() {
        return outline.isEmpty();
    }
}
