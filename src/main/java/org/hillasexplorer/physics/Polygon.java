package org.hillasexplorer.physics;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A closed polygon in log–log coordinates: x = log10(ℓ_S / au), y = log10 of the plane's quantity.
 * The last vertex connects back to the first (the first vertex is not repeated).
 */
public final class Polygon {
    private final double[] xs;
    private final double[] ys;

    /** Creates a polygon from vertex coordinates (copied); needs at least 3 vertices of finite coordinates. */
    public Polygon(double[] log10Xs, double[] log10Ys) {
        if (log10Xs.length != log10Ys.length || log10Xs.length < 3) {
            throw new IllegalArgumentException("a polygon needs ≥ 3 vertices and as many x as y");
        }
        for (int i = 0; i < log10Xs.length; i++) {
            if (!Double.isFinite(log10Xs[i]) || !Double.isFinite(log10Ys[i])) {
                throw new IllegalArgumentException("polygon vertex " + i + " is not finite");
            }
        }
        this.xs = log10Xs.clone();
        this.ys = log10Ys.clone();
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

    /** Smallest x (log10). */
    public double minX() {
        return Arrays.stream(xs).min().orElseThrow();
    }

    /** Largest x (log10). */
    public double maxX() {
        return Arrays.stream(xs).max().orElseThrow();
    }

    /** Smallest y (log10). */
    public double minY() {
        return Arrays.stream(ys).min().orElseThrow();
    }

    /** Largest y (log10). */
    public double maxY() {
        return Arrays.stream(ys).max().orElseThrow();
    }

    /** Signed area (shoelace) in dex² — positive for counter-clockwise order. */
    public double signedArea() {
        double a = 0;
        for (int i = 0, n = xs.length; i < n; i++) {
            int j = (i + 1) % n;
            a += xs[i] * ys[j] - xs[j] * ys[i];
        }
        return a / 2;
    }

    /** True if no two non-adjacent edges touch and no two adjacent edges overlap (a simple polygon). */
    public boolean isSimple() {
        int n = xs.length;
        for (int i = 0; i < n; i++) {
            int i2 = (i + 1) % n;
            if (xs[i] == xs[i2] && ys[i] == ys[i2]) {
                return false;
            }
            for (int j = i + 1; j < n; j++) {
                int j2 = (j + 1) % n;
                boolean adjacent = j == i2 || i == j2;
                if (adjacent) {
                    // adjacent edges share one vertex; they must not fold back onto each other
                    int shared = j == i2 ? j : i;
                    int a = j == i2 ? i : j;
                    int b = j == i2 ? j2 : i2;
                    if (collinearOverlap(shared, a, b)) {
                        return false;
                    }
                } else if (segmentsIntersect(xs[i], ys[i], xs[i2], ys[i2], xs[j], ys[j], xs[j2], ys[j2])) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean collinearOverlap(int shared, int a, int b) {
        double ax = xs[a] - xs[shared];
        double ay = ys[a] - ys[shared];
        double bx = xs[b] - xs[shared];
        double by = ys[b] - ys[shared];
        double cross = ax * by - ay * bx;
        double scale = Math.hypot(ax, ay) * Math.hypot(bx, by);
        return Math.abs(cross) <= 1e-12 * scale && ax * bx + ay * by > 0;
    }

    /** True if point (x, y) (log10) lies inside or on the boundary. */
    public boolean contains(double x, double y) {
        int n = xs.length;
        boolean inside = false;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            if (onSegment(xs[j], ys[j], xs[i], ys[i], x, y)) {
                return true;
            }
            if ((ys[i] > y) != (ys[j] > y)) {
                double xc = xs[j] + (y - ys[j]) * (xs[i] - xs[j]) / (ys[i] - ys[j]);
                if (x < xc) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    /**
     * The vertical extent of the polygon at x (log10): {lowest y, highest y} where the line x = const
     * meets it, or {@code null} if it does not.
     */
    public double @Nullable [] verticalExtentAt(double x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int n = xs.length;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double x1 = xs[i];
            double x2 = xs[j];
            if (x < Math.min(x1, x2) || x > Math.max(x1, x2)) {
                continue;
            }
            if (x1 == x2) {
                lo = Math.min(lo, Math.min(ys[i], ys[j]));
                hi = Math.max(hi, Math.max(ys[i], ys[j]));
            } else {
                double y = ys[i] + (x - x1) * (ys[j] - ys[i]) / (x2 - x1);
                lo = Math.min(lo, y);
                hi = Math.max(hi, y);
            }
        }
        return lo <= hi ? new double[] {lo, hi} : null;
    }

    /** True if the polygon and the axis-aligned rectangle [x0, x1] × [y0, y1] (log10) share any point. */
    public boolean intersectsRectangle(double x0, double x1, double y0, double y1) {
        int n = xs.length;
        for (int i = 0; i < n; i++) {
            if (xs[i] >= x0 && xs[i] <= x1 && ys[i] >= y0 && ys[i] <= y1) {
                return true;
            }
        }
        if (contains(x0, y0) || contains(x0, y1) || contains(x1, y0) || contains(x1, y1)) {
            return true;
        }
        double[][] r = {{x0, y0, x1, y0}, {x1, y0, x1, y1}, {x1, y1, x0, y1}, {x0, y1, x0, y0}};
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            for (double[] e : r) {
                if (segmentsIntersect(xs[i], ys[i], xs[j], ys[j], e[0], e[1], e[2], e[3])) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double orient(double ax, double ay, double bx, double by, double cx, double cy) {
        return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    }

    private static boolean onSegment(double ax, double ay, double bx, double by, double px, double py) {
        double o = orient(ax, ay, bx, by, px, py);
        double scale = Math.max(1e-300, Math.hypot(bx - ax, by - ay));
        return Math.abs(o) <= 1e-12 * scale * Math.max(1, Math.hypot(px - ax, py - ay))
                && px >= Math.min(ax, bx) - 1e-12 && px <= Math.max(ax, bx) + 1e-12
                && py >= Math.min(ay, by) - 1e-12 && py <= Math.max(ay, by) + 1e-12;
    }

    /**
     * True if closed segments AB and CD share a point. Orientations within a relative 1e-10 of zero count as
     * collinear, so rounding cannot make two disjoint pieces of one straight line "cross".
     */
    static boolean segmentsIntersect(double ax, double ay, double bx, double by,
                                     double cx, double cy, double dx, double dy) {
        double scale = Math.max(Math.hypot(bx - ax, by - ay), Math.hypot(dx - cx, dy - cy));
        double eps = 1e-10 * scale * scale;
        int o1 = sign(orient(cx, cy, dx, dy, ax, ay), eps);
        int o2 = sign(orient(cx, cy, dx, dy, bx, by), eps);
        int o3 = sign(orient(ax, ay, bx, by, cx, cy), eps);
        int o4 = sign(orient(ax, ay, bx, by, dx, dy), eps);
        if (o1 * o2 < 0 && o3 * o4 < 0) {
            return true;
        }
        double tol = 1e-10 * Math.max(1, scale);
        return (o1 == 0 && inBox(cx, cy, dx, dy, ax, ay, tol)) || (o2 == 0 && inBox(cx, cy, dx, dy, bx, by, tol))
                || (o3 == 0 && inBox(ax, ay, bx, by, cx, cy, tol)) || (o4 == 0 && inBox(ax, ay, bx, by, dx, dy, tol));
    }

    private static int sign(double v, double eps) {
        return v > eps ? 1 : v < -eps ? -1 : 0;
    }

    private static boolean inBox(double ax, double ay, double bx, double by, double px, double py, double tol) {
        return px >= Math.min(ax, bx) - tol && px <= Math.max(ax, bx) + tol
                && py >= Math.min(ay, by) - tol && py <= Math.max(ay, by) + tol;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Polygon p && Arrays.equals(xs, p.xs) && Arrays.equals(ys, p.ys);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(xs) + Arrays.hashCode(ys);
    }

    @Override
    public String toString() {
        return "Polygon[" + xs.length + " vertices, x " + minX() + ".." + maxX() + ", y " + minY() + ".." + maxY() + "]";
    }
}
