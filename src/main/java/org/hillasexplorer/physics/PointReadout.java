package org.hillasexplorer.physics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one point of a plane — a structure size ℓ_S and an abundance (n_s or f_V) — implies for each energy class
 * of a scenario: the mean free path such structures would give, the one the class requires, and whether the size
 * fits between the gyroradius and the mean free path. Drives the GUI's pointer readout.
 *
 * <p>The implied mean free path inverts the required-abundance relations: on the n_s plane
 * ℓ_mfp = 1/(n_s A_s) with A_s = a^D ℓ_S² (eq. 8), on the f_V plane ℓ_mfp = ℓ_S/f_V (eq. 11). The required range is
 * ℓ_mfp(T_lo)…ℓ_mfp(T_hi) of the class (eq. 2). The point lies between the class's T_lo and T_hi lines exactly when
 * the implied ℓ_mfp is inside that range; it lies in the drawn band when, in addition, r_g ≤ ℓ_S ≤ ℓ_mfp holds for
 * one energy of the class (see {@link ClassReadout#insideBand()}).
 *
 * @param plane   the plane the point is on
 * @param lsAu    the structure size ℓ_S [au], positive
 * @param value   n_s [pc⁻³] on the n_s plane, f_V (0 &lt; f_V ≤ 1) on the f_V plane
 * @param classes one readout per energy class, in the scenario's class order
 */
public record PointReadout(Plane plane, double lsAu, double value, List<ClassReadout> classes) {

    /**
     * Relative tolerance on "inside the required range": a point read off a plot is never more precise, and a
     * point computed exactly on a band edge must count as on it despite rounding.
     */
    public static final double RELATIVE_TOLERANCE = 1e-9;

    public PointReadout {
        Objects.requireNonNull(plane, "plane");
        Objects.requireNonNull(classes, "classes");
        classes = List.copyOf(classes);
    }

    /**
     * The readout of point (ℓ_S [au], value) on {@code plane} for every energy class of {@code s}.
     *
     * @throws IllegalArgumentException if ℓ_S or the value is not positive and finite, or f_V &gt; 1 on the f_V plane
     */
    public static PointReadout at(Scenario s, Plane plane, double lsAu, double value) {
        Objects.requireNonNull(s, "scenario");
        Objects.requireNonNull(plane, "plane");
        if (!(lsAu > 0) || !Double.isFinite(lsAu)) {
            throw new IllegalArgumentException("ℓ_S = " + lsAu + " au must be a positive, finite size");
        }
        String symbol = plane.symbol() + (plane.unit().isEmpty() ? "" : " [" + plane.unit() + "]");
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(symbol + " = " + value + " must be positive and finite");
        }
        if (plane == Plane.FILLING_FACTOR && value > 1) {
            throw new IllegalArgumentException("f_V = " + value + " must be at most 1 (structures cannot fill more than all space)");
        }
        double lsPc = Units.auToPc(lsAu);
        double impliedMfpPc;
        double fillingFactor;
        if (plane == Plane.NUMBER_DENSITY) {
            double crossSectionPc2 = Geometry.crossSectionPc2(lsPc, s.dimensionality(), s.aspect());
            impliedMfpPc = 1.0 / (value * crossSectionPc2);
            fillingFactor = value * Geometry.volumePc3(lsPc, s.dimensionality(), s.aspect());
        } else {
            impliedMfpPc = lsPc / value;
            fillingFactor = value;
        }
        double log10Ls = Math.log10(lsAu);
        double log10Value = Math.log10(value);
        List<ClassReadout> out = new ArrayList<>(s.energyClasses().size());
        for (EnergyClass c : s.energyClasses()) {
            Particle lo = s.particle(c.minKineticEnergyGeV());
            Particle hi = s.particle(c.maxKineticEnergyGeV());
            double mfpLoPc = s.meanFreePathPc(lo);
            double mfpHiPc = s.meanFreePathPc(hi);
            double rgLoAu = s.gyroradiusAu(lo);
            double rgHiAu = s.gyroradiusAu(hi);
            Band band = BandGeometry.band(s, c, plane);
            boolean inside = band.outline().map(p -> p.contains(log10Ls, log10Value)).orElse(false);
            out.add(new ClassReadout(c, impliedMfpPc, Math.min(mfpLoPc, mfpHiPc), Math.max(mfpLoPc, mfpHiPc),
                    fillingFactor, rgLoAu, rgHiAu, lsAu >= rgLoAu, lsPc < Math.max(mfpLoPc, mfpHiPc), inside));
        }
        return new PointReadout(plane, lsAu, value, out);
    }

    /** The point as text, e.g. {@code ℓ_S = 10 au, n_s(>ℓ_S) = 0.001 pc⁻³}. */
    public String describePoint() {
        return "ℓ_S = " + Units.formatNumber(lsAu) + " au, " + plane.symbol() + " = " + Units.formatNumber(value)
                + (plane.unit().isEmpty() ? "" : " " + plane.unit());
    }

    /** The point and every class, separated by {@code " | "}, for a one-line status bar. */
    public String describe() {
        StringBuilder b = new StringBuilder(describePoint());
        for (ClassReadout c : classes) {
            b.append(" | ").append(c.describe());
        }
        return b.toString();
    }

    /**
     * What the point means for one energy class.
     *
     * @param energyClass               the class
     * @param impliedMeanFreePathPc     ℓ_mfp [pc] that structures of this size and abundance would give
     * @param requiredMinMeanFreePathPc observed ℓ_mfp [pc] at the class's T_lo (the shortest in the class)
     * @param requiredMaxMeanFreePathPc observed ℓ_mfp [pc] at the class's T_hi (the longest in the class)
     * @param fillingFactor             f_V = n_s V_s of the structures (the value itself on the f_V plane); may exceed
     *                                  1 on the n_s plane, which no real population can
     * @param gyroradiusMinAu           r_g [au] at T_lo
     * @param gyroradiusMaxAu           r_g [au] at T_hi
     * @param largerThanGyroradius      ℓ_S ≥ r_g(T_lo) (eq. 3): structures this size can scatter at least the class's
     *                                  lowest energies; false means every CR of the class gyrates around them
     * @param smallerThanMeanFreePath   ℓ_S &lt; ℓ_mfp(T_hi) (eq. 7): the size is below the longest mean free path of
     *                                  the class, so it is a "small" structure for at least its highest energies
     * @param insideBand                the class's drawn band contains the point (log10 ℓ_S, log10 value): for some T
     *                                  in the class, r_g(T) ≤ ℓ_S ≤ ℓ_mfp(T) and the abundance gives ℓ_mfp(T); false
     *                                  when the band is empty (including δ_s = 0, where the band degenerates to a
     *                                  line of no area; {@link #meanFreePathMatches()} still says whether the
     *                                  point is on it)
     */
    public record ClassReadout(EnergyClass energyClass, double impliedMeanFreePathPc, double requiredMinMeanFreePathPc,
                               double requiredMaxMeanFreePathPc, double fillingFactor, double gyroradiusMinAu,
                               double gyroradiusMaxAu, boolean largerThanGyroradius, boolean smallerThanMeanFreePath,
                               boolean insideBand) {

        public ClassReadout {
            Objects.requireNonNull(energyClass, "energyClass");
        }

        /** Whether the implied ℓ_mfp lies in the required range (to {@link #RELATIVE_TOLERANCE}). */
        public boolean meanFreePathMatches() {
            return meanFreePathMismatchDex() == 0;
        }

        /**
         * How far the implied ℓ_mfp is outside the required range [dex]: 0 inside it, negative when it is too short
         * (the structures are too abundant: they would scatter more than observed), positive when it is too long
         * (too rare to set the observed ℓ_mfp).
         */
        public double meanFreePathMismatchDex() {
            if (impliedMeanFreePathPc < requiredMinMeanFreePathPc * (1 - RELATIVE_TOLERANCE)) {
                return Math.log10(impliedMeanFreePathPc / requiredMinMeanFreePathPc);
            }
            if (impliedMeanFreePathPc > requiredMaxMeanFreePathPc * (1 + RELATIVE_TOLERANCE)) {
                return Math.log10(impliedMeanFreePathPc / requiredMaxMeanFreePathPc);
            }
            return 0;
        }

        /**
         * One line for a status bar, e.g.
         * {@code GeV: implied ℓ_mfp 3.2 pc vs required 12.65–40 pc (0.6 dex too short); ℓ_S ≥ r_g ✓; ℓ_S < ℓ_mfp ✓; outside band}.
         */
        public String describe() {
            double dex = meanFreePathMismatchDex();
            String match = dex == 0 ? "matches" : String.format(java.util.Locale.ROOT, "%.1f dex too %s",
                    Math.abs(dex), dex < 0 ? "short" : "long");
            String required = requiredMinMeanFreePathPc == requiredMaxMeanFreePathPc
                    ? Units.formatNumber(requiredMinMeanFreePathPc)
                    : Units.formatNumber(requiredMinMeanFreePathPc) + "–" + Units.formatNumber(requiredMaxMeanFreePathPc);
            return energyClass.label() + ": implied ℓ_mfp " + Units.formatNumber(impliedMeanFreePathPc) + " pc vs required "
                    + required + " pc (" + match + "); ℓ_S ≥ r_g " + mark(largerThanGyroradius)
                    + "; ℓ_S < ℓ_mfp " + mark(smallerThanMeanFreePath) + "; " + (insideBand ? "in band" : "outside band");
        }

        /**
         * The class's part of the window's status bar on {@code plane}, every number with its unit and the miss signed
         * as everywhere else ({@link SignedMiss}), e.g.
         * {@code GeV: ℓ_mfp 484.8 pc, needs 12.65–32.07 pc → f_V −1.2 dex, too rare; ℓ_S>r_g ✓, ℓ_S<ℓ_mfp ✓}.
         */
        public String statusLine(Plane plane) {
            double miss = SignedMiss.ofMeanFreePathMismatch(meanFreePathMismatchDex());
            String required = requiredMinMeanFreePathPc == requiredMaxMeanFreePathPc
                    ? Units.formatNumber(requiredMinMeanFreePathPc) + " pc"
                    : Units.formatNumber(requiredMinMeanFreePathPc) + "–" + Units.formatNumber(requiredMaxMeanFreePathPc) + " pc";
            return energyClass.label() + ": ℓ_mfp " + Units.formatNumber(impliedMeanFreePathPc) + " pc, needs " + required
                    + (miss == 0 ? " ✓" : " → " + SignedMiss.text(plane, miss))
                    + "; ℓ_S>r_g " + mark(largerThanGyroradius) + ", ℓ_S<ℓ_mfp " + mark(smallerThanMeanFreePath);
        }

        private static String mark(boolean ok) {
            return ok ? "✓" : "✗";
        }
    }
}
