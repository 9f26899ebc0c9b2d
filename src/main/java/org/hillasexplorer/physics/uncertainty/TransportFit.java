package org.hillasexplorer.physics.uncertainty;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DiagonalMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.util.Pair;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Units;

/**
 * Fits the paper's eq. (2), ℓ_mfp = (c/ν̄₀) R_GV^δ_s, to transport data by weighted least squares
 * (Commons Math {@link LevenbergMarquardtOptimizer}, weights 1/σ², residuals in ℓ_mfp itself), with parameters δ_s and
 * log10(ν̄₀ / s⁻¹). The covariance is (JᵀWJ)⁻¹ at the optimum — the errors are taken as true 1σ errors, not rescaled by
 * χ²/dof — and the p-value is P(χ²_dof ≥ χ²) from {@link ChiSquaredDistribution}.
 *
 * <p>Optionally a smoothly broken power law, as recent B/C analyses prefer:
 * ℓ_mfp = (c/ν̄₀) R^δ₁ [1 + (R/R_b)^(1/s)]^(s (δ₂−δ₁)) with fixed smoothness s = {@link #SMOOTHNESS}; parameters δ₁ (= δ_s
 * below the break), log10 ν̄₀ (the normalisation of the low-rigidity branch at 1 GV), log10(R_b / GV) and δ₂.
 */
public final class TransportFit {
    /** The smoothness s of the broken power law (a sharp but differentiable break). */
    public static final double SMOOTHNESS = 0.05;
    /** c [pc s⁻¹]: ℓ_mfp(1 GV) = C_PC_PER_S / ν̄₀. */
    private static final double C_PC_PER_S = Units.C_CM_PER_S / Units.PC_CM;
    private static final double LN10 = Math.log(10);

    private TransportFit() {
    }

    /**
     * The result of a fit.
     *
     * @param broken      whether the broken power law was fitted
     * @param names       the parameter names: {@code delta_s, log10_nu0} (+ {@code log10_rb_gv, delta_2} when broken)
     * @param values      best-fit values: δ_s, log10(ν̄₀/s⁻¹) [, log10(R_b/GV), δ₂]
     * @param covariance  their covariance
     * @param chiSquare   χ² at the optimum
     * @param dof         degrees of freedom (points − parameters)
     * @param pValue      P(χ²_dof ≥ χ²)
     * @param points      the number of points
     * @param iterations  optimizer iterations
     */
    public record Result(boolean broken, List<String> names, double[] values, double[][] covariance, double chiSquare,
                         int dof, double pValue, int points, int iterations) {

        /** δ_s (δ₁ when broken). */
        public double deltaS() {
            return values[0];
        }

        /** ν̄₀ [s⁻¹]. */
        public double nu0PerS() {
            return Math.pow(10, values[1]);
        }

        /** The 1σ error of parameter i (in its own unit: dimensionless or dex). */
        public double sigma(int i) {
            return Math.sqrt(covariance[i][i]);
        }

        /** The 1σ error of ν̄₀ [s⁻¹] (linearised: ν̄₀ ln10 σ(log10 ν̄₀)). */
        public double nu0SigmaPerS() {
            return nu0PerS() * LN10 * sigma(1);
        }

        /** The correlation coefficient of parameters i and j. */
        public double correlation(int i, int j) {
            return covariance[i][j] / (sigma(i) * sigma(j));
        }

        /** χ²/dof (NaN when dof = 0). */
        public double reducedChiSquare() {
            return dof > 0 ? chiSquare / dof : Double.NaN;
        }

        /**
         * The fit's (δ_s, log10 ν̄₀) as a correlated normal for a {@link ParameterDistribution} (issue 12, "use this
         * fit"): only for the single power law, whose δ_s is the scenario's.
         */
        public CorrelatedNormal asDistribution() {
            if (broken) {
                throw new IllegalArgumentException("a broken power law has two indices; the scenario has one δ_s — "
                        + "fit without --broken to use the fit");
            }
            return new CorrelatedNormal(List.of(Parameters.DELTA_S, Parameters.NU0_PER_S), new boolean[] {false, true},
                    new double[] {values[0], values[1]},
                    new double[][] {{covariance[0][0], covariance[0][1]}, {covariance[1][0], covariance[1][1]}});
        }

        /** One line, e.g. {@code δ_s = 0.498 ± 0.012, ν̄₀ = 1.01e-9 ± 0.04e-9 s⁻¹ (corr −0.85), χ²/dof = 11.2/13, p = 0.59}. */
        public String describe() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "δ_s = %.4f ± %.4f, ν̄₀ = %.4g ± %.2g s⁻¹ "
                    + "(log10 ν̄₀ = %.4f ± %.4f; correlation %.2f)", values[0], sigma(0), nu0PerS(), nu0SigmaPerS(), values[1],
                    sigma(1), correlation(0, 1)));
            if (broken) {
                b.append(String.format(Locale.ROOT, ", R_b = %.4g GV (log10 %.3f ± %.3f), δ₂ = %.4f ± %.4f",
                        Math.pow(10, values[2]), values[2], sigma(2), values[3], sigma(3)));
            }
            b.append(String.format(Locale.ROOT, "; χ²/dof = %.2f/%d, p = %.3g", chiSquare, dof, pValue));
            return b.toString();
        }
    }

    /**
     * Fits {@code data}.
     *
     * @throws IllegalArgumentException with a plain message if there are too few points (3 for the power law, 5 for the
     *                                  broken one) or the fit does not converge / is degenerate
     */
    public static Result fit(TransportData data, boolean broken) {
        Objects.requireNonNull(data, "data");
        List<TransportData.Point> pts = data.points();
        int k = broken ? 4 : 2;
        if (pts.size() < k + 1) {
            throw new IllegalArgumentException(data.source() + ": " + pts.size() + " points; the " + (broken ? "broken " : "")
                    + "power law needs at least " + (k + 1));
        }
        int n = pts.size();
        double[] r = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = pts.get(i).rigidityGV();
            y[i] = pts.get(i).mfpPc();
            w[i] = 1 / (pts.get(i).sigmaPc() * pts.get(i).sigmaPc());
        }
        long distinct = pts.stream().mapToDouble(TransportData.Point::rigidityGV).distinct().count();
        if (distinct < k) {
            throw new IllegalArgumentException(data.source() + ": the parameters are degenerate for these points (" + distinct
                    + " distinct rigidit" + (distinct == 1 ? "y" : "ies") + " for " + k + " parameters)");
        }
        double[] start = start(r, y, pts, broken);
        MultivariateJacobianFunction model = broken ? brokenModel(r) : powerLaw(r);
        LeastSquaresOptimizer.Optimum opt;
        try {
            opt = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                    .start(start).model(model).target(y).weight(new DiagonalMatrix(w))
                    .maxEvaluations(10_000).maxIterations(10_000).lazyEvaluation(false).build());
        } catch (TooManyEvaluationsException | TooManyIterationsException e) {
            throw new IllegalArgumentException(data.source() + ": the fit did not converge (" + e.getMessage() + ")", e);
        }
        RealMatrix cov;
        try {
            cov = opt.getCovariances(1e-14);
        } catch (SingularMatrixException e) {
            throw new IllegalArgumentException(data.source() + ": the parameters are degenerate for these points "
                    + "(e.g. all at one rigidity)", e);
        }
        double chi2 = opt.getResiduals().dotProduct(opt.getResiduals());
        int dof = n - k;
        double p = dof > 0 ? 1 - new ChiSquaredDistribution(dof).cumulativeProbability(chi2) : Double.NaN;
        return new Result(broken, broken ? List.of("delta_s", "log10_nu0", "log10_rb_gv", "delta_2") : List.of("delta_s", "log10_nu0"),
                opt.getPoint().toArray(), cov.getData(), chi2, dof, p, n, opt.getIterations());
    }

    /** Start: a straight line through log ℓ against log R (weighted by (ℓ/σ)²); for the break, R_b at the middle. */
    private static double[] start(double[] r, double[] y, List<TransportData.Point> pts, boolean broken) {
        double[] line = line(r, y, pts, 0, r.length);
        if (!broken) {
            return line;
        }
        // the break: try each interior point, keep the pair of straight lines with the smallest weighted residual
        double best = Double.POSITIVE_INFINITY;
        double[] out = {line[0], line[1], Math.log10(Math.sqrt(r[0] * r[r.length - 1])), line[0]};
        Integer[] order = new Integer[r.length];
        for (int i = 0; i < r.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(r[a], r[b]));
        double[] rs = new double[r.length];
        double[] ys = new double[r.length];
        List<TransportData.Point> ps = new java.util.ArrayList<>();
        for (int i = 0; i < r.length; i++) {
            rs[i] = r[order[i]];
            ys[i] = y[order[i]];
            ps.add(pts.get(order[i]));
        }
        for (int m = 2; m <= r.length - 2; m++) {
            if (rs[m - 1] == rs[0] || rs[r.length - 1] == rs[m]) {
                continue;
            }
            double[] lo = line(rs, ys, ps, 0, m);
            double[] hi = line(rs, ys, ps, m, r.length);
            double res = residual(rs, ys, ps, 0, m, lo) + residual(rs, ys, ps, m, r.length, hi);
            if (res < best && lo[0] != hi[0]) {
                best = res;
                // the two lines cross at log10 R_b = (icept_hi − icept_lo)/(slope_lo − slope_hi), in log10 ℓ
                double xb = ((Math.log10(C_PC_PER_S) - hi[1]) - (Math.log10(C_PC_PER_S) - lo[1])) / (lo[0] - hi[0]);
                double clamp = Math.min(Math.max(xb, Math.log10(rs[0])), Math.log10(rs[r.length - 1]));
                out = new double[] {lo[0], lo[1], clamp, hi[0]};
            }
        }
        return out;
    }

    private static double residual(double[] r, double[] y, List<TransportData.Point> pts, int from, int to, double[] line) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            double pred = Math.log10(C_PC_PER_S) - line[1] + line[0] * Math.log10(r[i]);
            double w = Math.pow(y[i] / pts.get(i).sigmaPc(), 2);
            sum += w * Math.pow(Math.log10(y[i]) - pred, 2);
        }
        return sum;
    }

    /** A weighted straight line through log10 ℓ against log10 R over points [from, to): {slope, log10 ν̄₀}. */
    private static double[] line(double[] r, double[] y, List<TransportData.Point> pts, int from, int to) {
        double sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = from; i < to; i++) {
            double x = Math.log10(r[i]);
            double ly = Math.log10(y[i]);
            double wi = Math.pow(y[i] / pts.get(i).sigmaPc(), 2);
            sw += wi;
            sx += wi * x;
            sy += wi * ly;
            sxx += wi * x * x;
            sxy += wi * x * ly;
        }
        double den = sw * sxx - sx * sx;
        double slope = den != 0 ? (sw * sxy - sx * sy) / den : 0.5;
        double icept = (sy - slope * sx) / sw;
        return new double[] {slope, Math.log10(C_PC_PER_S) - icept};
    }

    /** ℓ = (c/ν̄₀) R^δ with p = (δ, log10 ν̄₀): value and Jacobian. */
    private static MultivariateJacobianFunction powerLaw(double[] r) {
        return p -> {
            double d = p.getEntry(0);
            double a = C_PC_PER_S * Math.pow(10, -p.getEntry(1));
            RealVector v = new ArrayRealVector(r.length);
            RealMatrix j = new Array2DRowRealMatrix(r.length, 2);
            for (int i = 0; i < r.length; i++) {
                double f = a * Math.pow(r[i], d);
                v.setEntry(i, f);
                j.setEntry(i, 0, f * Math.log(r[i]));
                j.setEntry(i, 1, -f * LN10);
            }
            return new Pair<>(v, j);
        };
    }

    /** The smoothly broken power law with p = (δ₁, log10 ν̄₀, log10 R_b, δ₂). */
    private static MultivariateJacobianFunction brokenModel(double[] r) {
        double s = SMOOTHNESS;
        return p -> {
            double d1 = p.getEntry(0);
            double a = C_PC_PER_S * Math.pow(10, -p.getEntry(1));
            double lrb = p.getEntry(2);
            double d2 = p.getEntry(3);
            RealVector v = new ArrayRealVector(r.length);
            RealMatrix j = new Array2DRowRealMatrix(r.length, 4);
            for (int i = 0; i < r.length; i++) {
                double u = (Math.log(r[i]) - lrb * LN10) / s; // ln(R/R_b)/s
                double soft = u > 30 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u)); // ln(1 + e^u)
                double sig = 1 / (1 + Math.exp(-u)); // d soft/du
                double f = Math.exp(Math.log(a) + d1 * Math.log(r[i]) + s * (d2 - d1) * soft);
                v.setEntry(i, f);
                j.setEntry(i, 0, f * (Math.log(r[i]) - s * soft));
                j.setEntry(i, 1, -f * LN10);
                j.setEntry(i, 2, -f * (d2 - d1) * sig * LN10);
                j.setEntry(i, 3, f * s * soft);
            }
            return new Pair<>(v, j);
        };
    }

    /** The model ℓ_mfp [pc] at rigidity R [GV] for fitted values {@code p} (see {@link Result#values()}). */
    public static double meanFreePathPc(Result fit, double rigidityGV) {
        double[] p = fit.values();
        double a = C_PC_PER_S * Math.pow(10, -p[1]);
        if (!fit.broken()) {
            return a * Math.pow(rigidityGV, p[0]);
        }
        double u = (Math.log(rigidityGV) - p[2] * LN10) / SMOOTHNESS;
        double soft = u > 30 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u));
        return a * Math.pow(rigidityGV, p[0]) * Math.exp(SMOOTHNESS * (p[3] - p[0]) * soft);
    }
}
