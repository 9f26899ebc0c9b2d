package org.hillasexplorer.physics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Builds the allowed bands (paper Figs. 2–3, physics.md "The allowed bands").
 *
 * <p>For each T in the class the allowed structures form a segment r_g(T) ≤ ℓ_S ≤ ℓ_mfp(T) on which
 * n_s = 1/(ℓ_mfp a^D ℓ_S²) (slope −2) or f_V = ℓ_S/ℓ_mfp (slope +1). The union over T is bounded by the
 * segments at the two ends of the class and by the curves traced by the segment ends, which are sampled
 * log-uniformly in T. Energies at which r_g ≥ ℓ_mfp (possible for weak fields, large ν̄₀ or δ_s ≠ 1) admit
 * no structure and are clipped off; the clipping is reported in {@link Band#note()}.
 */
public final class BandGeometry {
    /** Samples along each end curve (the curves are straight in log R, so this is ample). */
    public static final int SAMPLES_PER_EDGE = 24;

    private BandGeometry() {
    }

    /** The bands of every energy class of {@code s} on {@code plane}, in the scenario's class order. */
    public static List<Band> bands(Scenario s, Plane plane) {
        List<Band> out = new ArrayList<>(s.energyClasses().size());
        for (EnergyClass c : s.energyClasses()) {
            out.add(band(s, c, plane));
        }
        return List.copyOf(out);
    }

    /** The band of one energy class on one plane. */
    public static Band band(Scenario s, EnergyClass c, Plane plane) {
        double[] range = admissibleRigidityRangeGV(s,
                s.particle(c.minKineticEnergyGeV()).rigidityGV(), s.particle(c.maxKineticEnergyGeV()).rigidityGV());
        if (range == null) {
            return new Band(c, plane, Optional.empty(), Double.NaN, Double.NaN,
                    "no energy in " + c.describe() + " has r_g < ℓ_mfp, so no structure can scatter it");
        }
        double tLo = Particle.ofRigidity(s.species(), range[0]).kineticEnergyGeV();
        double tHi = Particle.ofRigidity(s.species(), range[1]).kineticEnergyGeV();
        boolean clipped = range[0] > s.particle(c.minKineticEnergyGeV()).rigidityGV() * (1 + 1e-12)
                || range[1] < s.particle(c.maxKineticEnergyGeV()).rigidityGV() * (1 - 1e-12);
        double[][] vertices = vertices(s, plane, tLo, tHi);
        Optional<Polygon> outline = outline(vertices);
        Optional<Curve> line = outline.isPresent() ? Optional.empty() : collapsedLine(vertices);
        String clip = clipped ? "clipped to " + Units.formatEnergy(tLo) + "–" + Units.formatEnergy(tHi) + ", where r_g < ℓ_mfp" : "";
        String note = outline.isPresent() ? clip
                : line.isPresent() ? "every energy needs the same ℓ_mfp (δ_s = 0), so the band collapses onto one line"
                        + (clip.isEmpty() ? "" : "; " + clip)
                : "the part of " + c.describe() + " with r_g < ℓ_mfp is too narrow to draw";
        return new Band(c, plane, outline, line, tLo, tHi, note);
    }

    /**
     * The sub-interval of [rLo, rHi] (rigidities in GV) where r_g &lt; ℓ_mfp, or null if empty.
     * Since r_g ∝ R and ℓ_mfp ∝ R^δ_s exactly, r_g/ℓ_mfp ∝ R^(1−δ_s) is monotonic and the crossing is analytic.
     */
    static double @Nullable [] admissibleRigidityRangeGV(Scenario s, double rLo, double rHi) {
        double log10Ratio1GV = Math.log10(Particle.GYRORADIUS_AU_PER_GV_PER_MICROGAUSS / s.bMicroGauss()
                / Units.pcToAu(s.meanFreePathAtOneGVPc()));   // log10(r_g/ℓ_mfp) at R = 1 GV
        double slope = 1 - s.deltaS();
        double lo = rLo;
        double hi = rHi;
        if (slope == 0) {
            return log10Ratio1GV < 0 ? new double[] {lo, hi} : null;
        }
        double rStar = Math.pow(10, -log10Ratio1GV / slope);
        if (slope > 0) {
            hi = Math.min(hi, rStar);
        } else {
            lo = Math.max(lo, rStar);
        }
        return lo < hi ? new double[] {lo, hi} : null;
    }

    /** The outline's vertices {xs, ys} (log10), or null if fewer than 3 distinct ones. */
    private static double @Nullable [][] vertices(Scenario s, Plane plane, double tLo, double tHi) {
        int n = SAMPLES_PER_EDGE;
        double[] xl = new double[n];
        double[] yl = new double[n];
        double[] xr = new double[n];
        double[] yr = new double[n];
        double logLo = Math.log10(tLo);
        double step = (Math.log10(tHi) - logLo) / (n - 1);
        double geometry = plane == Plane.NUMBER_DENSITY ? Math.log10(s.crossSectionAspectFactor()) : 0;
        for (int i = 0; i < n; i++) {
            double t = i == 0 ? tLo : i == n - 1 ? tHi : Math.pow(10, logLo + i * step);
            Particle p = s.particle(t);
            double logMfpAu = Math.log10(s.meanFreePathAu(p));
            xl[i] = Math.log10(s.gyroradiusAu(p));
            xr[i] = Math.max(xl[i], logMfpAu); // equal only at the clipping energy
            yl[i] = value(plane, xl[i], logMfpAu, geometry);
            yr[i] = value(plane, xr[i], logMfpAu, geometry);
        }
        // T_lo segment left→right, right-end curve up in T, T_hi segment right→left, left-end curve down in T
        double[] px = new double[2 * n];
        double[] py = new double[2 * n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            k = append(px, py, k, xr[i], yr[i]);
        }
        for (int i = n - 1; i >= 0; i--) {
            k = append(px, py, k, xl[i], yl[i]);
        }
        while (k > 1 && close(px[k - 1], py[k - 1], px[0], py[0])) {
            k--;
        }
        return k < 2 ? null : new double[][] {java.util.Arrays.copyOf(px, k), java.util.Arrays.copyOf(py, k)};
    }

    private static Optional<Polygon> outline(double @Nullable [][] v) {
        if (v == null || v[0].length < 3) {
            return Optional.empty();
        }
        Polygon poly = new Polygon(v[0], v[1]);
        return Math.abs(poly.signedArea()) < 1e-12 ? Optional.empty() : Optional.of(poly);
    }

    /** The segment from the leftmost to the rightmost vertex, when all vertices lie on one line. */
    private static Optional<Curve> collapsedLine(double @Nullable [][] v) {
        if (v == null) {
            return Optional.empty();
        }
        int lo = 0;
        int hi = 0;
        for (int i = 1; i < v[0].length; i++) {
            lo = v[0][i] < v[0][lo] ? i : lo;
            hi = v[0][i] > v[0][hi] ? i : hi;
        }
        if (v[0][hi] - v[0][lo] < 1e-9) {
            return Optional.empty();
        }
        return Optional.of(new Curve(new double[] {v[0][lo], v[0][hi]}, new double[] {v[1][lo], v[1][hi]}));
    }

    private static int append(double[] px, double[] py, int k, double x, double y) {
        if (k > 0 && close(px[k - 1], py[k - 1], x, y)) {
            return k;
        }
        px[k] = x;
        py[k] = y;
        return k + 1;
    }

    private static boolean close(double x1, double y1, double x2, double y2) {
        return Math.abs(x1 - x2) < 1e-9 && Math.abs(y1 - y2) < 1e-9;
    }

    /**
     * log10 of the plane's required quantity for structures of log10 size {@code log10LsAu} given log10 ℓ_mfp [au]:
     * n_s = 1/(ℓ_mfp a^D ℓ_S²) in pc⁻³ (eq. 8), or f_V = ℓ_S/ℓ_mfp (eq. 11).
     */
    static double value(Plane plane, double log10LsAu, double log10MfpAu, double log10AspectFactor) {
        if (plane == Plane.FILLING_FACTOR) {
            return log10LsAu - log10MfpAu;
        }
        double lsPc = log10LsAu + Units.LOG10_AU_PER_PC;
        double mfpPc = log10MfpAu + Units.LOG10_AU_PER_PC;
        return -mfpPc - log10AspectFactor - 2 * lsPc;
    }

    /**
     * log10 of the required quantity on {@code plane} for CRs of kinetic energy T [GeV] and structures of
     * size ℓ_S [au], ignoring whether r_g ≤ ℓ_S ≤ ℓ_mfp holds.
     */
    public static double requiredLog10Value(Scenario s, Plane plane, double kineticEnergyGeV, double shortAxisAu) {
        Particle p = s.particle(kineticEnergyGeV);
        return value(plane, Math.log10(shortAxisAu), Math.log10(s.meanFreePathAu(p)),
                plane == Plane.NUMBER_DENSITY ? Math.log10(s.crossSectionAspectFactor()) : 0);
    }
}
