package org.hillasexplorer.physics;

import java.util.Locale;

/**
 * The one way Hillas Explorer writes by how much a candidate or a point misses a band, so that the catalogue, the
 * status bar, the hover details and the CLI's plain words agree on the sign.
 *
 * <p>The signed miss is in dex of the plane's own quantity (n_s(&gt;ℓ_S) on the n_s plane, f_V on the f_V plane) at
 * equal ℓ_S: the candidate's value minus the band's. It is <b>negative when the candidate lies below the band (too
 * rare</b> to set the observed ℓ_mfp) and <b>positive when above (too abundant</b>: it would scatter more than
 * observed); 0 when it reaches the band. A pointer readout's mismatch in ℓ_mfp has the opposite sign, since at fixed
 * ℓ_S the implied ℓ_mfp ∝ 1/n_s ∝ 1/f_V (eqs. 8 and 12): {@link #ofMeanFreePathMismatch}.
 */
public final class SignedMiss {
    private SignedMiss() {
    }

    /**
     * The signed miss of a verdict [dex]: −gap when too rare, +gap when too abundant, 0 when it reaches the band, NaN
     * when the miss is in size (too small, too large) or there is no band.
     */
    public static double of(ClassVerdict v) {
        return switch (v.status()) {
            case OVERLAPS -> 0;
            case TOO_RARE -> -v.gapDex();
            case TOO_ABUNDANT -> v.gapDex();
            default -> Double.NaN;
        };
    }

    /**
     * The signed miss [dex of n_s or f_V] of a point whose implied ℓ_mfp is {@code mismatchDex} [dex] outside the
     * required range ({@link PointReadout.ClassReadout#meanFreePathMismatchDex()}: positive when too long): its negative.
     */
    public static double ofMeanFreePathMismatch(double mismatchDex) {
        return mismatchDex == 0 ? 0 : -mismatchDex;
    }

    /**
     * The number with its sign, one decimal, a true minus sign: {@code −3.5}, {@code +1.5}, {@code 0}; a miss that
     * rounds to zero is {@code −<0.1} or {@code +<0.1}, never a bare 0 that would read as a hit.
     */
    public static String number(double dex) {
        if (Double.isNaN(dex)) {
            return "–";
        }
        if (dex == 0) {
            return "0";
        }
        String sign = dex < 0 ? "−" : "+";
        double a = Math.abs(dex);
        return sign + (a < 0.05 ? "<0.1" : String.format(Locale.ROOT, "%.1f", a));
    }

    /** What the sign means: {@code too rare} (negative), {@code too abundant} (positive), {@code reaches the band} (0). */
    public static String words(double dex) {
        return dex < 0 ? ClassVerdict.Status.TOO_RARE.words()
                : dex > 0 ? ClassVerdict.Status.TOO_ABUNDANT.words() : ClassVerdict.Status.OVERLAPS.words();
    }

    /**
     * The miss for people, naming the plane's quantity: {@code n_s −3.5 dex, too rare}, {@code f_V +1.5 dex, too
     * abundant}, or {@code reaches the band}.
     */
    public static String text(Plane plane, double dex) {
        if (dex == 0) {
            return words(0);
        }
        return quantity(plane) + " " + number(dex) + " dex, " + words(dex);
    }

    /**
     * The catalogue's compact form of a verdict: {@code ✓} (reaches), {@code −3.5} (too rare), {@code +1.5} (too
     * abundant), {@code <r_g} (too small), {@code >ℓ_mfp} (too large), {@code –} (no band).
     */
    public static String compact(ClassVerdict v) {
        return switch (v.status()) {
            case OVERLAPS -> "✓";
            case TOO_RARE, TOO_ABUNDANT -> number(of(v));
            case TOO_SMALL -> "<r_g";
            case TOO_LARGE -> ">ℓ_mfp";
            case NO_BAND -> "–";
        };
    }

    /** The legend of {@link #compact}, for a hint under a list of verdicts. */
    public static String legend() {
        return "✓ reaches the band; −x too rare / +x too abundant (dex of n_s or f_V below / above the band); "
                + "<r_g smaller than the gyroradius; >ℓ_mfp larger than the mean free path";
    }

    /** The plane's quantity without its cumulative mark: {@code n_s} or {@code f_V}. */
    private static String quantity(Plane plane) {
        return plane == Plane.NUMBER_DENSITY ? "n_s" : "f_V";
    }
}
