package org.hillasexplorer.physics;

import java.util.HashMap;
import java.util.Map;
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
        Map<String, Double> values = new HashMap<>();
        values.put(PopulationParameters.DIM.key(), (double) dimensionality);
        values.put(PopulationParameters.ASPECT.key(), aspect);
        internalRatePerS.ifPresent(nu -> values.put(PopulationParameters.NU_S.key(), nu));
        // the bands are rebuilt for the population's own geometry, so D and the aspect have the scenario's ranges
        for (PopulationParameter p : PopulationParameters.GEOMETRY) {
            Double v = values.get(p.key());
            String problem = v == null ? null : p.problem(v, values);
            if (problem != null) {
                throw new IllegalArgumentException(who + problem);
            }
        }
    }
}
