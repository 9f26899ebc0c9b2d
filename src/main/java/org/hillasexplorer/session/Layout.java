package org.hillasexplorer.session;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How the main window arranges the two planes. */
public enum Layout {
    /** ℓ_S–n_s and ℓ_S–f_V next to each other. */
    SIDE_BY_SIDE("side-by-side"),
    /** ℓ_S–n_s above ℓ_S–f_V. */
    STACKED("stacked"),
    /** Only the ℓ_S–n_s plane (Fig. 2). */
    NUMBER_DENSITY_ONLY("ns-only"),
    /** Only the ℓ_S–f_V plane (Fig. 3). */
    FILLING_FACTOR_ONLY("fv-only");

    private final String key;

    Layout(String key) {
        this.key = key;
    }

    /** The stable name used in scenario files, e.g. {@code side-by-side}. */
    public String key() {
        return key;
    }

    /** Every key, comma-separated, for messages ({@code side-by-side, stacked, ns-only, fv-only}). */
    public static String allowedKeys() {
        return Arrays.stream(values()).map(Layout::key).collect(Collectors.joining(", "));
    }

    /**
     * The layout with this key (exact match, as written by {@link #key()}).
     *
     * @throws IllegalArgumentException naming the key and the allowed ones
     */
    public static Layout fromKey(String key) {
        for (Layout l : values()) {
            if (l.key.equals(key)) {
                return l;
            }
        }
        throw new IllegalArgumentException("layout '" + key + "' is not one of " + allowedKeys());
    }
}
