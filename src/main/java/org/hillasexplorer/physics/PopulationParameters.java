package org.hillasexplorer.physics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hillasexplorer.physics.PopulationParameter.Presence;
import org.hillasexplorer.physics.PopulationParameter.Quantity;

/**
 * The definitions of every population knob: the numeric ones as {@link PopulationParameter}s, and the two texts
 * ({@link #LABEL}, {@link #ID}) every population has. The dialog, the {@code --population} spec, the scenario file
 * and the copied command are all generated from these lists, so adding a knob to power-law populations is one entry
 * in {@link #POWER_LAW} plus its physics in {@link PowerLawPopulation}.
 */
public final class PopulationParameters {

    /** n₀ = n_s(&gt;ℓ₀), the normalisation of a power law. */
    public static final PopulationParameter N0 = new PopulationParameter("n0", List.of(), "n₀", "n₀", "normalisation",
            Quantity.NUMBER_DENSITY, Interval.positive(), "", "", Presence.REQUIRED, Double.NaN, 1e3,
            "Cumulative number density of structures larger than ℓ₀.");

    /** ℓ₀, the size at which n₀ is given (need not lie in [ℓ_min, ℓ_max]). */
    public static final PopulationParameter L0 = new PopulationParameter("l0", List.of(), "ℓ₀", "ℓ₀", "reference size",
            Quantity.LENGTH, Interval.positive(), "", "", Presence.DEFAULTED, 1, 1, "Reference size of n₀ (it need not lie in [ℓ_min, ℓ_max]).");

    /** α_n, the slope of the cumulative size distribution. */
    public static final PopulationParameter ALPHA_N = new PopulationParameter("alpha_n", List.of("alpha"), "α_n", "α_n",
            "slope", Quantity.NUMBER, Interval.closed(-5, 10), "", "",
            Presence.REQUIRED, Double.NaN, 2.5,
            "Slope of the cumulative size distribution, n_s(>ℓ_S) ∝ ℓ_S^(−α_n); the paper expects 2–3, and 2 + δ_s for a fixed ν_s.");

    /** ℓ_min, the smallest structure. */
    public static final PopulationParameter MIN = new PopulationParameter("min", List.of(), "ℓ_min", "ℓ_min", "smallest size",
            Quantity.LENGTH, Interval.positive(), "", "", Presence.REQUIRED, Double.NaN, 0.1, "Short axis ℓ_S of the smallest structure.");

    /** ℓ_max, the largest structure (above ℓ_min). */
    public static final PopulationParameter MAX = new PopulationParameter("max", List.of(), "ℓ_max", "ℓ_max", "largest size",
            Quantity.LENGTH, Interval.positive(), "", "min", Presence.REQUIRED, Double.NaN, 1e3, "Short axis ℓ_S of the largest structure.");

    /** D ∈ {0, 1, 2}, shared by every population (same range as the scenario's {@link Parameters#DIMENSIONALITY}). */
    public static final PopulationParameter DIM = new PopulationParameter("dim", List.of(), "D", "D", "dimensionality",
            Quantity.WHOLE_NUMBER, Interval.closed(Parameters.DIMENSIONALITY.min(), Parameters.DIMENSIONALITY.max()),
                    "0 spheres, 1 filaments, 2 sheets", "", Presence.DEFAULTED, 0, 0,
            "Number of long axes of the structures: 0 spheres, 1 filaments, 2 sheets.");

    /**
     * ℓ_L/ℓ_S, shared by every population; the bands are redrawn for the population's own geometry, so it has the
     * range of the scenario's {@link Parameters#ASPECT}.
     */
    public static final PopulationParameter ASPECT = new PopulationParameter("aspect", List.of(), "ℓ_L/ℓ_S", "aspect ℓ_L/ℓ_S",
            "aspect ratio", Quantity.NUMBER, Interval.closed(Parameters.ASPECT.min(), Parameters.ASPECT.max()), "", "",
            Presence.DEFAULTED, 1, 1, "Long axis over short axis of the structures (no effect for D = 0).");

    /** ν_s, the internal scattering rate, if the model states one; shared by every population. */
    public static final PopulationParameter NU_S = new PopulationParameter("nu_s", List.of(), "ν_s", "ν_s",
            "internal scattering rate", Quantity.RATE, Interval.positive(), "", "", Presence.OPTIONAL, Double.NaN, 1e-6,
            "Scattering rate inside a structure, if known; enables constraints (4) and (5)–(6).");

    /** The knobs of a power law, in the order the dialog, the spec, the file and the command show them. */
    public static final List<PopulationParameter> POWER_LAW = List.of(N0, L0, ALPHA_N, MIN, MAX, DIM, ASPECT, NU_S);

    /** The knobs every curve population (power law or table) has. */
    public static final List<PopulationParameter> GEOMETRY = List.of(DIM, ASPECT, NU_S);

    /**
     * A text every population has.
     *
     * @param key         the scenario-file key and the spec key
     * @param name        the dialog's row label
     * @param metavar     the placeholder in the spec form, e.g. {@code TEXT}
     * @param description what it is for (tooltips and help)
     */
    public record Text(String key, String name, String metavar, String description) {
    }

    /** The human name shown in legends and lists. */
    public static final Text LABEL = new Text("label", "Label", "TEXT", "Shown on the plot and in the population list.");

    /** The stable machine name, unique among the populations of a state. */
    public static final Text ID = new Text("id", "Id", "NAME", "Stable machine name, unique among the populations.");

    /** Both texts, in the order the file writes them (before the numbers) and the spec takes them (after). */
    public static final List<Text> TEXTS = List.of(ID, LABEL);

    private PopulationParameters() {
    }

    /** The knob with this key (not an alias), from {@link #POWER_LAW}. */
    public static PopulationParameter byKey(String key) {
        return POWER_LAW.stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no population knob '" + key + "'"));
    }

    /** Each knob's {@link PopulationParameter#example()} by key: a valid power law, e.g. to check an id with. */
    public static Map<String, Double> examples() {
        Map<String, Double> m = new LinkedHashMap<>();
        POWER_LAW.forEach(p -> m.put(p.key(), p.example()));
        return m;
    }

    /** Every key a power-law spec accepts: the knobs' keys and aliases, then the texts'. */
    public static List<String> specKeys() {
        return Stream.concat(POWER_LAW.stream().flatMap(p -> p.specKeys().stream()), TEXTS.stream().map(Text::key)).toList();
    }
}
