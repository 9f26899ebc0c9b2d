package org.hillasexplorer.physics;

import java.util.Locale;

/**
 * How a candidate box compares with one energy class's band (physics.md, "A candidate against the bands").
 *
 * <p>The headline gap is judged at the box's smallest size that the band spans: n_s(&gt;ℓ_S) is cumulative,
 * so a rectangle overstates abundance at its large-size end and the smallest size is the closest approach for
 * any population with α_n ≥ 2. The rectangle's worst corner is reported beside it.
 *
 * @param energyClass         the class
 * @param plane               the plane
 * @param status              the outcome
 * @param gapDex              ≥ 0: dex of n_s or f_V by which the box misses (TOO_RARE/TOO_ABUNDANT), dex of size
 *                            (TOO_SMALL/TOO_LARGE), 0 when it overlaps, NaN without a band
 * @param log10LsAtGapAu      log10 ℓ_S [au] where the headline gap is measured (NaN if not applicable)
 * @param worstCornerGapDex   ≥ 0: the largest vertical distance of a box corner from the band (NaN if not applicable)
 * @param worstCornerLog10LsAu log10 ℓ_S [au] of that corner (clipped to the band's size range)
 * @param worstCornerLog10Value log10 value of that corner
 */
public record ClassVerdict(EnergyClass energyClass, Plane plane, Status status, double gapDex, double log10LsAtGapAu,
                           double worstCornerGapDex, double worstCornerLog10LsAu, double worstCornerLog10Value) {

    /** The possible outcomes. */
    public enum Status {
        /** The box reaches the band (n_s plane: at its smallest size; f_V plane: anywhere). */
        OVERLAPS("reaches the band"),
        /** Below the band: too few structures to set ℓ_mfp, so they cannot dominate scattering. */
        TOO_RARE("too rare"),
        /** Above the band: so many structures they would over-predict scattering. */
        TOO_ABUNDANT("too abundant"),
        /** Every size is below the band's smallest ℓ_S (smaller than r_g). */
        TOO_SMALL("too small (ℓ_S < r_g)"),
        /** Every size is above the band's largest ℓ_S (larger than ℓ_mfp). */
        TOO_LARGE("too large (ℓ_S > ℓ_mfp)"),
        /** The band is empty for this scenario. */
        NO_BAND("no band");

        private final String words;

        Status(String words) {
            this.words = words;
        }

        /** Plain words, e.g. {@code too rare}. */
        public String words() {
            return words;
        }
    }

    /**
     * One line for people, naming this verdict's plane and signed as everywhere else ({@link SignedMiss}), e.g.
     * {@code GeV: n_s −5.3 dex, too rare at ℓ_S = 2e4 au (worst corner 8.1 dex away)} on the n_s plane or
     * {@code TeV: f_V +1.5 dex, too abundant at ℓ_S = 20600 au (worst corner 2.1 dex away)} on the f_V plane.
     */
    public String describe() {
        String head = energyClass.label() + ": ";
        return switch (status) {
            case OVERLAPS -> head + status.words();
            case NO_BAND -> head + status.words();
            case TOO_SMALL, TOO_LARGE -> head + status.words() + " by " + dex(gapDex) + " in size";
            default -> head + SignedMiss.text(plane, SignedMiss.of(this)) + " at ℓ_S = "
                    + Units.formatNumber(Math.pow(10, log10LsAtGapAu)) + " au (worst corner " + dex(worstCornerGapDex) + " away)";
        };
    }

    private static String dex(double d) {
        return String.format(Locale.ROOT, "%.1f dex", d);
    }
}
