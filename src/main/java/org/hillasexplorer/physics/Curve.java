package org.hillasexplorer.physics;

import java.util.Arrays;

/** An open polyline in log–log coordinates (x = log10 ℓ_S/au, y = log10 of the plane's quantity). */
public final class Curve {
    private final double[] xs;
    private final double[] ys;

    /** Creates a curve from vertex coordinates (copied); needs ≥ 2 finite vertices. */
    public Curve(double[] log10Xs, double[] log10Ys) {
        if (log10Xs.length != log10Ys.length || log10Xs.length < 2) {
            throw new IllegalArgumentException("a curve needs ≥ 2 vertices and as many x as y");
        }
        for (int i = 0; i < log10Xs.length; i++) {
            if (!Double.isFinite(log10Xs[i]) || !Double.isFinite(log10Ys[i])) {
                throw new IllegalArgumentException("curve vertex " + i + " is not finite");
            }
        }
        xs = log10Xs.clone();
        ys = log10Ys.clone();
    }

    /** Number of vertices. */
    public int size() {
        return xs.length;
    }

    /** log10 x of vertex i. */
    public double x(int i) {
        return xs[i];
    }

    /** log10 y of vertex i. */
    public double y(int i) {
        return ys[i];
    }

    /** A copy of the x coordinates (log10). */
    public double[] xs() {
        return xs.clone();
    }

    /** A copy of the y coordinates (log10). */
    public double[] ys() {
        return ys.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Curve c && Arrays.equals(xs, c.xs) && Arrays.equals(ys, c.ys);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(xs) + Arrays.hashCode(ys);
    }
}
