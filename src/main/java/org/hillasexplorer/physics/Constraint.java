package org.hillasexplorer.physics;

/** The constraints a scattering structure must meet (paper Section 3.1.1). */
public enum Constraint {
    /** ℓ_S ≳ r_g: a structure smaller than the gyroradius cannot scatter. */
    LARGER_THAN_GYRORADIUS("(3)", "ℓ_S ≳ r_g", "the structure must be larger than the CR gyroradius to deflect it"),
    /** τ_s = ν_s ℓ_S/v ≳ 1: the patch must be optically thick to scattering. */
    OPTICALLY_THICK("(4)", "τ_s = ν_s ℓ_S/v ≳ 1", "CRs must be reliably scattered while crossing the patch"),
    /** Δt_s = (ℓ_S/v)² ν_s &lt; ℓ_mfp/v: trapping must not dominate the residence time. */
    NOT_TRAPPING("(5)–(6)", "Δt_s = (ℓ_S/v)² ν_s < ℓ_mfp/v", "time trapped inside must be shorter than the time between patches"),
    /** ℓ_S &lt; ℓ_mfp: patches are smaller than the distance between them. */
    SMALLER_THAN_MEAN_FREE_PATH("(7)", "ℓ_S < ℓ_mfp", "a patch must be smaller than the mean free path between patches");

    private final String equation;
    private final String formula;
    private final String why;

    Constraint(String equation, String formula, String why) {
        this.equation = equation;
        this.formula = formula;
        this.why = why;
    }

    /** The paper's equation number, e.g. {@code (3)}. */
    public String equation() {
        return equation;
    }

    /** The inequality as text. */
    public String formula() {
        return formula;
    }

    /** One sentence saying why it is required. */
    public String why() {
        return why;
    }
}
