package org.hillasexplorer.physics;

/** The two planes of the "Hillas plot" for CR scattering. */
public enum Plane {
    /** ℓ_S–n_s(&gt;ℓ_S), the paper's Fig. 2; n_s in pc⁻³. */
    NUMBER_DENSITY("ns", "n_s(>ℓ_S)", "pc⁻³", "Fig. 2"),
    /** ℓ_S–f_V, the paper's Fig. 3; independent of D and aspect. */
    FILLING_FACTOR("fv", "f_V", "", "Fig. 3");

    private final String key;
    private final String symbol;
    private final String unit;
    private final String paperFigure;

    Plane(String key, String symbol, String unit, String paperFigure) {
        this.key = key;
        this.symbol = symbol;
        this.unit = unit;
        this.paperFigure = paperFigure;
    }

    /** Short key used on the CLI and in files: {@code ns} or {@code fv}. */
    public String key() {
        return key;
    }

    /** Symbol of the vertical quantity. */
    public String symbol() {
        return symbol;
    }

    /** Unit of the vertical quantity (empty for f_V). */
    public String unit() {
        return unit;
    }

    /** The paper's figure this plane reproduces. */
    public String paperFigure() {
        return paperFigure;
    }

    /** Parses {@code ns} or {@code fv} (case-insensitive). */
    public static Plane fromKey(String key) {
        for (Plane p : values()) {
            if (p.key.equalsIgnoreCase(key.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("plane '" + key + "' is not one of ns, fv");
    }
}
