package org.hillasexplorer.physics.uncertainty;

import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.hillasexplorer.physics.Parameter;

/**
 * A multivariate normal over several scenario parameters, e.g. the (δ_s, log10 ν̄₀) of a fit with its covariance.
 * Each coordinate is the parameter itself or, where {@code log10[i]}, its log10 (so ν̄₀ is then log-normal).
 * Samples outside a parameter's allowed range are clamped to it.
 *
 * @param parameters the parameters, in the order of the mean and covariance
 * @param log10      per parameter: whether the coordinate is log10 of the value [log10 of the parameter's unit]
 * @param mean       the mean of each coordinate (the value in the parameter's unit, or its log10)
 * @param covariance the covariance matrix of the coordinates (symmetric positive definite)
 */
public record CorrelatedNormal(List<Parameter> parameters, boolean[] log10, double[] mean, double[][] covariance) {

    public CorrelatedNormal {
        parameters = List.copyOf(parameters);
        int n = parameters.size();
        if (n == 0 || log10.length != n || mean.length != n || covariance.length != n) {
            throw new IllegalArgumentException("a correlated normal needs one log flag, mean and covariance row per parameter");
        }
        log10 = log10.clone();
        mean = mean.clone();
        double[][] c = new double[n][];
        for (int i = 0; i < n; i++) {
            if (covariance[i].length != n) {
                throw new IllegalArgumentException("covariance must be " + n + "×" + n);
            }
            c[i] = covariance[i].clone();
        }
        covariance = c;
        cholesky(covariance); // validates
        for (int i = 0; i < n; i++) {
            Objects.requireNonNull(parameters.get(i));
            parameters.get(i).validate(log10[i] ? Math.pow(10, mean[i]) : mean[i]);
        }
    }

    /** The lower-triangular L with L Lᵀ = covariance. */
    double[][] cholesky() {
        return cholesky(covariance);
    }

    private static double[][] cholesky(double[][] covariance) {
        try {
            RealMatrix l = new CholeskyDecomposition(new Array2DRowRealMatrix(covariance, true), 1e-12, 1e-15).getL();
            return l.getData();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the covariance is not symmetric positive definite: " + e.getMessage(), e);
        }
    }

    /** The parameter value [its unit] of coordinate {@code i} at coordinate value {@code x} (10^x where log10). */
    double value(int i, double x) {
        return log10[i] ? Math.pow(10, x) : x;
    }

    /** The central value [the parameter's unit] of parameter {@code i}: its mean, or 10^mean where log10. */
    public double central(int i) {
        return value(i, mean[i]);
    }

    /** The standard deviation of coordinate {@code i} (in the parameter's unit, or dex where log10). */
    public double sigma(int i) {
        return Math.sqrt(covariance[i][i]);
    }

    /** The correlation coefficient of coordinates i and j. */
    public double correlation(int i, int j) {
        return covariance[i][j] / (sigma(i) * sigma(j));
    }

    /** E.g. {@code δ_s = 0.5 ± 0.03, log10 ν̄₀ = -9 ± 0.05 (correlation -0.9)}. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parameters.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(log10[i] ? "log10 " : "").append(parameters.get(i).symbol()).append(" = ")
                    .append(org.hillasexplorer.physics.Units.formatNumber(mean[i])).append(" ± ")
                    .append(org.hillasexplorer.physics.Units.formatNumber(sigma(i)));
        }
        if (parameters.size() == 2) {
            b.append(String.format(java.util.Locale.ROOT, " (correlation %.2f)", correlation(0, 1)));
        }
        return b.append(" (correlated normal)").toString();
    }
}
