package org.hillasexplorer.physics;

import java.util.Objects;
import java.util.OptionalDouble;

/** Validation and unit helpers shared by the {@link Population} records (package-private). */
final class PopulationSupport {
    private PopulationSupport() {
    }

    /** log10 V_s = log10(a^D ℓ_S³) [pc³] for ℓ_S [au]: the conversion f_V = n_s V_s between the planes. */
    static double log10VolumePc3(int dimensionality, double aspect, double shortAxisAu) {
        return dimensionality * Math.log10(aspect) + 3 * (Math.log10(shortAxisAu) + Units.LOG10_AU_PER_PC);
    }

    /** Relative slack at the ends of a size range, so that ℓ_S = 10^log10(ℓ_S) from a curve is still inside. */
    static final double RANGE_SLACK = 1e-12;

    /** Whether ℓ_S [au] lies in [lo, hi], allowing a relative {@link #RANGE_SLACK} of rounding at either end. */
    static boolean inRange(double shortAxisAu, double lo, double hi) {
        return shortAxisAu >= lo * (1 - RANGE_SLACK) && shortAxisAu <= hi * (1 + RANGE_SLACK);
    }

    /** Checks id, label, D, aspect and ν_s, with messages naming the population, the field, the value and the range. */
    static void validateCommon(String kind, String id, String label, int dimensionality, double aspect,
                               OptionalDouble internalRatePerS) {
        Objects.requireNonNull(id, kind + ": id");
        Objects.requireNonNull(label, kind + " " + id + ": label");
        Objects.requireNonNull(internalRatePerS, kind + " " + id + ": internalRatePerS (use OptionalDouble.empty())");
        if (id.isBlank()) {
            throw new IllegalArgumentException(kind + ": id must not be blank");
        }
        String who = kind + " " + id + ": ";
        if (!Parameters.DIMENSIONALITY.accepts(dimensionality)) {
            throw new IllegalArgumentException(who + Parameters.DIMENSIONALITY.rejection(dimensionality) + " (0 spheres, 1 filaments, 2 sheets)");
        }
        // the bands are rebuilt for the population's own geometry, so the aspect must be a valid scenario aspect
        if (!Parameters.ASPECT.accepts(aspect)) {
            throw new IllegalArgumentException(who + "aspect " + Parameters.ASPECT.rejection(aspect));
        }
        if (internalRatePerS.isPresent()) {
            double nu = internalRatePerS.getAsDouble();
            if (!(nu > 0) || !Double.isFinite(nu)) {
                throw new IllegalArgumentException(who + "ν_s = " + Units.formatNumber(nu) + " s⁻¹ is outside (0, ∞)");
            }
        }
    }

    /** Throws unless {@code value} is positive and finite, naming the field, its value and (0, ∞). */
    static void requirePositiveFinite(String who, String field, double value, String unit) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(who + field + " = " + Units.formatNumber(value)
                    + (unit.isEmpty() ? "" : " " + unit) + " is outside (0, ∞)");
        }
    }
}
