package org.hillasexplorer.physics;

import java.util.Locale;

/**
 * Which fluctuations dominate CR scattering, from the shape of the volumetric PDF of field fluctuations (Butsky et al.
 * 2024, Section 4.3).
 *
 * <p>If the PDF has a power-law tail, dP_V/dln|δB| ∝ |δB|^(−α_P), and the scattering rate of a fluctuation grows as
 * |δB|², the contribution to scattering per logarithmic bin of |δB| is
 * |δB|² dP_V/dln|δB| ∝ |δB|^(2−α_P). For α_P &gt; 2 it falls with |δB|: the many weak, volume-filling fluctuations of
 * the PDF's core dominate ("traditional" scattering). For α_P &lt; 2 it rises: the rare, strong fluctuations of the tail
 * dominate ("patchy" scattering). At α_P = 2 every decade of |δB| contributes equally.
 *
 * <p>Only the shape is modelled: the PDF's normalisation is unknown, so {@link #contributionPerLogBin} is normalised to
 * 1 at |δB|/|B| = 1 and {@link #tailFraction} is a ratio of integrals over a stated range. Pure functions, no state.
 */
public final class Intermittency {
    /** Smallest accepted α_P. */
    public static final double MIN_ALPHA_P = 0;
    /** Largest accepted α_P. */
    public static final double MAX_ALPHA_P = 5;
    /** α_P closer than this to 2 is {@link Regime#MARGINAL}. */
    public static final double MARGINAL_TOLERANCE = 0.05;

    private Intermittency() {
    }

    /** Which part of the fluctuation PDF dominates scattering. */
    public enum Regime {
        /** α_P &gt; 2: core-dominated, weak volume-filling fluctuations. */
        TRADITIONAL("α_P > 2: the many weak, volume-filling fluctuations of the PDF's core dominate scattering, "
                + "as in traditional (quasi-linear) scattering theory."),
        /** α_P = 2 (|α_P − 2| &lt; {@value #MARGINAL_TOLERANCE}): every decade contributes equally. */
        MARGINAL("α_P ≈ 2: every decade of |δB| contributes equally, so weak and strong fluctuations share scattering."),
        /** α_P &lt; 2: tail-dominated, rare strong patches. */
        PATCHY("α_P < 2: the rare, strong fluctuations of the PDF's tail dominate scattering, so CRs are scattered "
                + "by patches.");

        private final String explanation;

        Regime(String explanation) {
            this.explanation = explanation;
        }

        /** One sentence saying what the regime means. */
        public String explanation() {
            return explanation;
        }

        /** Lower-case name, e.g. {@code patchy}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The logarithmic slope of the contribution per ln|δB|: d ln(contribution)/d ln|δB| = 2 − α_P.
     *
     * @throws IllegalArgumentException if α_P is outside [{@value #MIN_ALPHA_P}, {@value #MAX_ALPHA_P}]
     */
    public static double logSlope(double alphaP) {
        checkAlpha(alphaP);
        return 2 - alphaP;
    }

    /**
     * The contribution to scattering per logarithmic bin of |δB|, (|δB|/|B|)^(2−α_P), normalised so that it is 1 at
     * |δB|/|B| = 1 (only ratios between bins are meaningful).
     *
     * @param alphaP       PDF tail index α_P ∈ [0, 5]
     * @param deltaBOverB  |δB|/|B| &gt; 0, finite
     * @throws IllegalArgumentException if either is out of range
     */
    public static double contributionPerLogBin(double alphaP, double deltaBOverB) {
        checkAlpha(alphaP);
        checkX("|δB|/|B|", deltaBOverB);
        return Math.pow(deltaBOverB, 2 - alphaP);
    }

    /**
     * The regime of α_P: {@link Regime#MARGINAL} within {@value #MARGINAL_TOLERANCE} of 2, else
     * {@link Regime#TRADITIONAL} above and {@link Regime#PATCHY} below.
     *
     * @throws IllegalArgumentException if α_P is outside [{@value #MIN_ALPHA_P}, {@value #MAX_ALPHA_P}]
     */
    public static Regime regime(double alphaP) {
        checkAlpha(alphaP);
        if (Math.abs(alphaP - 2) < MARGINAL_TOLERANCE) {
            return Regime.MARGINAL;
        }
        return alphaP > 2 ? Regime.TRADITIONAL : Regime.PATCHY;
    }

    /**
     * The fraction of the scattering contributed by |δB|/|B| &gt; {@code xSplit}, counting fluctuations with |δB|/|B| in
     * [xMin, xMax]: ∫_{xSplit}^{xMax} x^s d ln x / ∫_{xMin}^{xMax} x^s d ln x with s = 2 − α_P, where
     * ∫_a^b x^s d ln x = (b^s − a^s)/s, or ln(b/a) at s = 0 (α_P = 2, where the fraction is the share of decades).
     * Computed without overflow for any positive finite range.
     *
     * @param alphaP PDF tail index α_P ∈ [0, 5]
     * @param xMin   smallest |δB|/|B| counted, &gt; 0
     * @param xSplit where the "tail" starts, in [xMin, xMax]
     * @param xMax   largest |δB|/|B| counted, &gt; xMin
     * @return a fraction in [0, 1]
     * @throws IllegalArgumentException if any argument is out of range
     */
    public static double tailFraction(double alphaP, double xMin, double xSplit, double xMax) {
        checkAlpha(alphaP);
        checkX("xMin", xMin);
        checkX("xSplit", xSplit);
        checkX("xMax", xMax);
        if (!(xMin < xMax) || xSplit < xMin || xSplit > xMax) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "need 0 < xMin ≤ xSplit ≤ xMax with xMin < xMax, got xMin = %g, xSplit = %g, xMax = %g", xMin, xSplit, xMax));
        }
        double s = 2 - alphaP;
        double lnA = Math.log(xMin);
        double lnC = Math.log(xSplit);
        double lnB = Math.log(xMax);
        double f;
        if (Math.abs(s) < 1e-12) {
            f = (lnB - lnC) / (lnB - lnA);
        } else if (s > 0) {
            // divide numerator and denominator by xMax^s (the largest term)
            f = -Math.expm1(s * (lnC - lnB)) / -Math.expm1(s * (lnA - lnB));
        } else {
            // divide by xMin^s (the largest term when s < 0)
            f = (Math.exp(s * (lnB - lnA)) - Math.exp(s * (lnC - lnA))) / Math.expm1(s * (lnB - lnA));
        }
        return Math.max(0, Math.min(1, f));
    }

    /**
     * One sentence for a figure, e.g. {@code α_P = 1.5 < 2: the rare strong tail dominates scattering (patchy)}.
     *
     * @throws IllegalArgumentException if α_P is out of range
     */
    public static String verdict(double alphaP) {
        String a = Units.formatNumber(alphaP);
        return switch (regime(alphaP)) {
            case PATCHY -> "α_P = " + a + " < 2: the rare strong tail dominates scattering (patchy)";
            case TRADITIONAL -> "α_P = " + a + " > 2: the weak volume-filling core dominates scattering (traditional)";
            case MARGINAL -> "α_P = " + a + (alphaP == 2 ? "" : " ≈ 2") + ": every decade of |δB| contributes equally (marginal)";
        };
    }

    private static void checkAlpha(double alphaP) {
        if (!(alphaP >= MIN_ALPHA_P && alphaP <= MAX_ALPHA_P)) {
            throw new IllegalArgumentException("α_P = " + alphaP + " is outside [" + (int) MIN_ALPHA_P + ", "
                    + (int) MAX_ALPHA_P + "]");
        }
    }

    private static void checkX(String what, double x) {
        if (!(x > 0) || !Double.isFinite(x)) {
            throw new IllegalArgumentException(what + " = " + x + " must be positive and finite");
        }
    }
}
