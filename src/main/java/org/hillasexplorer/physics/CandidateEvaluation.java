package org.hillasexplorer.physics;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Compares candidate boxes with the allowed bands (the paper's "figure of merit", Section 4). */
public final class CandidateEvaluation {
    private CandidateEvaluation() {
    }

    /** The verdict of {@code box} against every energy class of {@code s}, on the box's plane. */
    public static List<ClassVerdict> evaluate(CandidateBox box, Scenario s) {
        List<ClassVerdict> out = new ArrayList<>();
        for (Band b : BandGeometry.bands(s, box.plane())) {
            out.add(evaluate(box, b));
        }
        return List.copyOf(out);
    }

    /**
     * The verdict of {@code box} against one band (both must be on the same plane). On the n_s plane the box is
     * judged at its smallest size inside the band's size range (a rectangle overstates a cumulative n_s(&gt;ℓ_S) at
     * its large-size end); on the f_V plane any overlap counts.
     */
    public static ClassVerdict evaluate(CandidateBox box, Band band) {
        if (box.plane() != band.plane()) {
            throw new IllegalArgumentException("box is on plane " + box.plane().key() + ", band on " + band.plane().key());
        }
        EnergyClass c = band.energyClass();
        if (!band.isDrawable()) {
            return new ClassVerdict(c, band.plane(), ClassVerdict.Status.NO_BAND, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        Shape poly = band.outline().<Shape>map(PolygonShape::new).orElseGet(() -> new LineShape(band.collapsedLine().get()));
        double x0 = box.log10MinShortAxisAu();
        double x1 = box.log10MaxShortAxisAu();
        double y0 = box.log10MinValue();
        double y1 = box.log10MaxValue();
        double bx0 = poly.minX();
        double bx1 = poly.maxX();
        if (x1 < bx0) {
            return new ClassVerdict(c, band.plane(), ClassVerdict.Status.TOO_SMALL, bx0 - x1, x1, Double.NaN, Double.NaN, Double.NaN);
        }
        if (x0 > bx1) {
            return new ClassVerdict(c, band.plane(), ClassVerdict.Status.TOO_LARGE, x0 - bx1, x0, Double.NaN, Double.NaN, Double.NaN);
        }
        double xa = Math.max(x0, bx0);
        double xb = Math.min(x1, bx1);
        // worst corner, with the sizes clipped to where the band exists
        double worst = -1;
        double wx = Double.NaN;
        double wy = Double.NaN;
        for (double x : new double[] {xa, xb}) {
            double[] ext = poly.verticalExtentAt(x);
            for (double y : new double[] {y0, y1}) {
                double d = distance(ext, y);
                if (d > worst) {
                    worst = d;
                    wx = x;
                    wy = y;
                }
            }
        }
        double[] ext = poly.verticalExtentAt(xa);
        ClassVerdict.Status status;
        double gap;
        // n_s(>ℓ_S) is cumulative, so a box reaches the band only if it does at its smallest size;
        // f_V is not cumulative, so there any shared point counts
        boolean reaches = (y1 >= ext[0] && y0 <= ext[1])
                || (box.plane() == Plane.FILLING_FACTOR && poly.intersectsRectangle(x0, x1, y0, y1));
        if (reaches) {
            status = ClassVerdict.Status.OVERLAPS;
            gap = 0;
        } else if (y1 < ext[0]) {
            status = ClassVerdict.Status.TOO_RARE;
            gap = ext[0] - y1;
        } else {
            status = ClassVerdict.Status.TOO_ABUNDANT;
            gap = y0 - ext[1];
        }
        return new ClassVerdict(c, band.plane(), status, gap, xa, worst, wx, wy);
    }

    /** What the verdict needs of a band: its size range, its vertical extent at a size, and rectangle overlap. */
    private interface Shape {
        double minX();

        double maxX();

        double @Nullable [] verticalExtentAt(double x);

        boolean intersectsRectangle(double x0, double x1, double y0, double y1);
    }

    private record PolygonShape(Polygon p) implements Shape {
        public double minX() {
            return p.minX();
        }

        public double maxX() {
            return p.maxX();
        }

        public double @Nullable [] verticalExtentAt(double x) {
            return p.verticalExtentAt(x);
        }

        public boolean intersectsRectangle(double x0, double x1, double y0, double y1) {
            return p.intersectsRectangle(x0, x1, y0, y1);
        }
    }

    /** A band collapsed onto a straight segment (δ_s = 0). */
    private record LineShape(Curve c) implements Shape {
        public double minX() {
            return c.x(0);
        }

        public double maxX() {
            return c.x(1);
        }

        public double[] verticalExtentAt(double x) {
            double y = c.y(0) + (x - c.x(0)) * (c.y(1) - c.y(0)) / (c.x(1) - c.x(0));
            return new double[] {y, y};
        }

        public boolean intersectsRectangle(double x0, double x1, double y0, double y1) {
            double xa = Math.max(x0, minX());
            double xb = Math.min(x1, maxX());
            if (xa > xb) {
                return false;
            }
            double ya = verticalExtentAt(xa)[0];
            double yb = verticalExtentAt(xb)[0];
            return Math.max(ya, yb) >= y0 && Math.min(ya, yb) <= y1;
        }
    }

    private static double distance(double[] extent, double y) {
        if (y < extent[0]) {
            return extent[0] - y;
        }
        return y > extent[1] ? y - extent[1] : 0;
    }
}
