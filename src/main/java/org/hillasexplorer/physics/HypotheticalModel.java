package org.hillasexplorer.physics;

import java.util.Optional;

/**
 * The paper's hypothetical intermittent model (Fig. 3, black; Section 4.3): structures of size ℓ_S = r_g(R)
 * with just enough volume filling to set ℓ_mfp, f_V = r_g(R)/ℓ_mfp(R).
 */
public final class HypotheticalModel {
    /** Lowest kinetic energy traced [GeV] (1 MeV). */
    public static final double MIN_KINETIC_ENERGY_GEV = 1e-3;
    /** Highest kinetic energy traced [GeV] (10 TeV). */
    public static final double MAX_KINETIC_ENERGY_GEV = 1e4;
    /** The shaded region spans B/√10 … B·√10 around the scenario's field: ±0.5 dex. */
    public static final double FIELD_SPREAD_DEX = 0.5;
    private static final int SAMPLES = 64;

    private HypotheticalModel() {
    }

    /** The exact locus (log10 ℓ_S/au, log10 f_V) for T from 1 MeV to 10 TeV, where r_g &lt; ℓ_mfp; empty if nowhere. */
    public static Optional<Curve> locus(Scenario s) {
        return locus(s, s.bMicroGauss());
    }

    private static Optional<Curve> locus(Scenario s, double bMicroGauss) {
        double[] xs = new double[SAMPLES];
        double[] ys = new double[SAMPLES];
        int k = 0;
        double lo = Math.log10(MIN_KINETIC_ENERGY_GEV);
        double step = (Math.log10(MAX_KINETIC_ENERGY_GEV) - lo) / (SAMPLES - 1);
        for (int i = 0; i < SAMPLES; i++) {
            Particle p = s.particle(Math.pow(10, lo + i * step));
            double rg = p.gyroradiusAu(bMicroGauss);
            double fv = rg / s.meanFreePathAu(p);
            if (fv < 1) {
                xs[k] = Math.log10(rg);
                ys[k] = Math.log10(fv);
                k++;
            }
        }
        return k < 2 ? Optional.empty()
                : Optional.of(new Curve(java.util.Arrays.copyOf(xs, k), java.util.Arrays.copyOf(ys, k)));
    }

    /**
     * The shaded region: the loci for B·10^(−0.5) and B·10^(+0.5) joined into one closed outline; empty when it
     * has no area (δ_s = 0 makes the locus parallel to the direction B moves it).
     */
    public static Optional<Polygon> region(Scenario s) {
        Optional<Curve> weak = locus(s, s.bMicroGauss() * Math.pow(10, -FIELD_SPREAD_DEX));
        Optional<Curve> strong = locus(s, s.bMicroGauss() * Math.pow(10, FIELD_SPREAD_DEX));
        if (weak.isEmpty() || strong.isEmpty()) {
            return Optional.empty();
        }
        Curve a = weak.get();
        Curve b = strong.get();
        double[] xs = new double[a.size() + b.size()];
        double[] ys = new double[xs.length];
        for (int i = 0; i < a.size(); i++) {
            xs[i] = a.x(i);
            ys[i] = a.y(i);
        }
        for (int i = 0; i < b.size(); i++) {
            xs[a.size() + i] = b.x(b.size() - 1 - i);
            ys[a.size() + i] = b.y(b.size() - 1 - i);
        }
        // simple by construction: the two loci are the same curve of slope 1 − δ_s shifted along slope 1
        Polygon p = new Polygon(xs, ys);
        return Math.abs(p.signedArea()) < 1e-9 ? Optional.empty() : Optional.of(p);
    }

    /**
     * The paper's closed form in the relativistic limit,
     * f_V = C(δ_s) B_μG^(−δ_s) (ν̄₀/1e-9 s⁻¹) (ℓ_S/0.2 au)^(1−δ_s), with the exact coefficient
     * C(δ_s) = (0.2 au)^(1−δ_s) k^δ_s / (c/1e-9 s⁻¹), k = 0.223 au (1.05e-7 at δ_s = 0.5; the paper rounds to 1e-7).
     *
     * @param shortAxisAu ℓ_S [au]
     * @return f_V (dimensionless)
     */
    public static double closedFormFillingFactor(Scenario s, double shortAxisAu) {
        return closedFormCoefficient(s.deltaS()) * Math.pow(s.bMicroGauss(), -s.deltaS()) * (s.nu0PerS() / 1e-9)
                * Math.pow(shortAxisAu / 0.2, 1 - s.deltaS());
    }

    /** C(δ_s) of {@link #closedFormFillingFactor}: f_V at ℓ_S = 0.2 au, B = 1 μG, ν̄₀ = 1e-9 s⁻¹ (dimensionless). */
    public static double closedFormCoefficient(double deltaS) {
        double mfpAt1GVAu = Units.C_CM_PER_S / 1e-9 / Units.AU_CM;
        return Math.pow(0.2, 1 - deltaS) * Math.pow(Particle.GYRORADIUS_AU_PER_GV_PER_MICROGAUSS, deltaS) / mfpAt1GVAu;
    }
}
