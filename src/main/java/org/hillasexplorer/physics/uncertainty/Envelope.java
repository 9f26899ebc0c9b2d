package org.hillasexplorer.physics.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.hillasexplorer.physics.Band;
import org.hillasexplorer.physics.Curve;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Polygon;

/**
 * The credible regions of one energy class's band on one plane over a parameter distribution (issue 12, item 2).
 * All coordinates are log10, as in {@link Polygon}: x = log10(ℓ_S / au), y = log10 of the plane's quantity (n_s in
 * pc⁻³ or the dimensionless f_V).
 *
 * <p><b>Definition.</b> Every sample's band is rasterised onto a grid of {@link Grid#columns()} × {@link Grid#rows()}
 * equal cells in log10 space ({@value #DEFAULT_CELLS} × {@value #DEFAULT_CELLS} by default) spanning the union of the
 * samples' bounding boxes of that class plus one empty cell on every side. A cell is <em>covered</em> by a sample when
 * the cell's centre lies inside the sample's band outline; a band collapsed onto a line (δ_s = 0, see {@link
 * Band#collapsedLine()}) covers the cells the line passes through. The coverage of a cell is the fraction of samples
 * (all of equal weight) that cover it. The <b>region at level L</b> (0 &lt; L &lt; 1) is the set of cells whose coverage
 * is at least 1 − L: a point outside the 95 % region lies in the band for fewer than 5 % of the distribution, a point
 * outside the 68 % region for fewer than 32 %. Higher levels therefore give larger regions, each containing every
 * lower level's region; a single-valued distribution gives the exact band at every level (up to one cell).
 *
 * <p>Each region is returned as its outlines ({@link Region#parts()}): the contour of the coverage count at cell
 * centres at half a sample below the threshold count ⌈(1 − L)·n⌉, by marching squares with linear interpolation
 * (so a cell just reaching the threshold is outlined halfway to its neighbours, and a smooth coverage gives a smooth
 * outline rather than a staircase; at a saddle the inside corners join when the square's mean reaches the level).
 * Outer boundaries run counter-clockwise, holes clockwise (negative {@link Polygon#signedArea()}). A region may have
 * several parts — e.g. thin tips of the bands that few samples share break into islands — or none when no cell
 * reaches the threshold (empty bands in every sample, or coverage everywhere too low).
 *
 * <p>Pure and deterministic: the same samples, plane, levels and cell count give the same polygons.
 *
 * @param energyClass the class
 * @param plane       the plane
 * @param samples     how many samples made it
 * @param grid        the raster
 * @param regions     one per level, in the order given
 */
public record Envelope(EnergyClass energyClass, Plane plane, int samples, Grid grid, List<Region> regions) {

    /** Default cells per axis of the raster. */
    public static final int DEFAULT_CELLS = 256;
    /** The default levels: 68 % and 95 %. */
    public static final List<Double> DEFAULT_LEVELS = List.of(0.68, 0.95);

    public Envelope {
        Objects.requireNonNull(energyClass, "energyClass");
        Objects.requireNonNull(plane, "plane");
        Objects.requireNonNull(grid, "grid");
        regions = List.copyOf(regions);
    }

    /**
     * The raster: cell (i, j) spans x ∈ [x0 + i·dx, x0 + (i+1)·dx], y ∈ [y0 + j·dy, y0 + (j+1)·dy] (log10).
     *
     * @param x0      left edge, log10(ℓ_S / au)
     * @param y0      bottom edge, log10 of the plane's quantity
     * @param dx      cell width [dex]
     * @param dy      cell height [dex]
     * @param columns cells along x
     * @param rows    cells along y
     */
    public record Grid(double x0, double y0, double dx, double dy, int columns, int rows) {
    }

    /**
     * One credible region.
     *
     * @param level the level L in (0, 1)
     * @param parts outlines (log10 coordinates): counter-clockwise outer boundaries, clockwise holes
     */
    public record Region(double level, List<Polygon> parts) {
        public Region {
            parts = List.copyOf(parts);
        }

        /** Whether no cell reached the threshold. */
        public boolean isEmpty() {
            return parts.isEmpty();
        }

        /** Whether (x, y) (log10) lies in the region: inside an odd number of its outlines (holes excluded). */
        public boolean contains(double x, double y) {
            int inside = 0;
            for (Polygon p : parts) {
                if (p.contains(x, y)) {
                    inside++;
                }
            }
            return inside % 2 == 1;
        }

        /** The region's area [dex²]: outer areas minus holes. */
        public double area() {
            return parts.stream().mapToDouble(Polygon::signedArea).sum();
        }
    }

    /** Whether {@code p} is a hole (clockwise) rather than an outer boundary. */
    public static boolean isHole(Polygon p) {
        return p.signedArea() < 0;
    }

    /**
     * The envelopes of every energy class on {@code plane} at {@code levels}, on a {@value #DEFAULT_CELLS}² grid.
     *
     * @param levels each strictly between 0 and 1
     */
    public static List<Envelope> of(ParameterDistribution.Samples samples, Plane plane, List<Double> levels) {
        return of(samples, plane, levels, DEFAULT_CELLS);
    }

    /**
     * As {@link #of(ParameterDistribution.Samples, Plane, List)} with {@code cells} cells per axis (8 to 4096).
     */
    public static List<Envelope> of(ParameterDistribution.Samples samples, Plane plane, List<Double> levels, int cells) {
        Objects.requireNonNull(samples, "samples");
        return of(samples.bands(plane), plane, levels, cells);
    }

    /**
     * The envelopes from precomputed bands: {@code bandsPerSample.get(k)} are sample k's bands of every class, in the
     * same class order for every sample.
     */
    public static List<Envelope> of(List<List<Band>> bandsPerSample, Plane plane, List<Double> levels, int cells) {
        Objects.requireNonNull(plane, "plane");
        checkLevels(levels);
        if (cells < 8 || cells > 4096) {
            throw new IllegalArgumentException("the cell count per axis must be 8 to 4096, not " + cells);
        }
        if (bandsPerSample.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        int classes = bandsPerSample.get(0).size();
        List<Envelope> out = new ArrayList<>(classes);
        for (int c = 0; c < classes; c++) {
            List<Band> column = new ArrayList<>(bandsPerSample.size());
            for (List<Band> bs : bandsPerSample) {
                if (bs.size() != classes) {
                    throw new IllegalArgumentException("every sample needs the same energy classes");
                }
                column.add(bs.get(c));
            }
            out.add(ofClass(column, plane, levels, cells));
        }
        return out;
    }

    /** Refuses levels that are not strictly between 0 and 1 (or not finite), naming the value. */
    public static void checkLevels(List<Double> levels) {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("at least one level is needed");
        }
        for (double l : levels) {
            if (!(l > 0 && l < 1)) {
                throw new IllegalArgumentException("level " + l + " is not strictly between 0 and 1");
            }
        }
    }

    private static Envelope ofClass(List<Band> bands, Plane plane, List<Double> levels, int cells) {
        EnergyClass ec = bands.get(0).energyClass();
        int n = bands.size();
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Band b : bands) {
            if (b.outline().isPresent()) {
                Polygon p = b.outline().get();
                for (int i = 0; i < p.size(); i++) {
                    minX = Math.min(minX, p.x(i));
                    maxX = Math.max(maxX, p.x(i));
                    minY = Math.min(minY, p.y(i));
                    maxY = Math.max(maxY, p.y(i));
                }
            } else if (b.collapsedLine().isPresent()) {
                Curve l = b.collapsedLine().get();
                for (int i = 0; i < l.size(); i++) {
                    minX = Math.min(minX, l.x(i));
                    maxX = Math.max(maxX, l.x(i));
                    minY = Math.min(minY, l.y(i));
                    maxY = Math.max(maxY, l.y(i));
                }
            }
        }
        List<Region> regions = new ArrayList<>(levels.size());
        if (!(minX <= maxX)) {
            Grid g = new Grid(0, 0, 1, 1, cells, cells);
            levels.forEach(l -> regions.add(new Region(l, List.of())));
            return new Envelope(ec, plane, n, g, regions);
        }
        double spanX = maxX - minX;
        double spanY = maxY - minY;
        double minSpan = Math.max(1e-3, 1e-2 * Math.max(spanX, spanY));
        if (spanX < minSpan) {
            minX -= (minSpan - spanX) / 2;
            spanX = minSpan;
        }
        if (spanY < minSpan) {
            minY -= (minSpan - spanY) / 2;
            spanY = minSpan;
        }
        double dx = spanX / (cells - 2);
        double dy = spanY / (cells - 2);
        Grid g = new Grid(minX - dx, minY - dy, dx, dy, cells, cells);

        int[] diff = new int[cells * (cells + 1)];
        int[] count = new int[cells * cells];
        boolean[] scratch = null;
        for (Band b : bands) {
            if (b.outline().isPresent()) {
                fill(b.outline().get(), g, diff);
            } else if (b.collapsedLine().isPresent()) {
                if (scratch == null) {
                    scratch = new boolean[cells * cells];
                } else {
                    Arrays.fill(scratch, false);
                }
                trace(b.collapsedLine().get(), g, scratch);
                for (int k = 0; k < scratch.length; k++) {
                    if (scratch[k]) {
                        count[k]++;
                    }
                }
            }
        }
        for (int j = 0; j < cells; j++) {
            int run = 0;
            for (int i = 0; i < cells; i++) {
                run += diff[j * (cells + 1) + i];
                count[j * cells + i] += run;
            }
        }
        for (double level : levels) {
            int threshold = Math.max(1, (int) Math.ceil((1 - level) * n - 1e-9));
            regions.add(new Region(level, contour(count, threshold - 0.5, g)));
        }
        return new Envelope(ec, plane, n, g, regions);
    }

    /**
     * Adds one to the row difference array of every cell whose centre lies inside {@code p}: each edge adds its
     * direction (±1, times the outline's orientation) at the first cell right of where it crosses each row centre, so
     * the prefix sums along a row are the winding number — 1 inside a simple outline, 0 outside.
     */
    private static void fill(Polygon p, Grid g, int[] diff) {
        int rows = g.rows();
        int cols = g.columns();
        int stride = cols + 1;
        int m = p.size();
        double invDx = 1 / g.dx();
        double invDy = 1 / g.dy();
        double x0 = g.x0();
        double y0 = g.y0();
        int orientation = p.signedArea() >= 0 ? 1 : -1;
        // cell units: cell k's centre is at k + 0.5
        double x1 = (p.x(m - 1) - x0) * invDx;
        double y1 = (p.y(m - 1) - y0) * invDy;
        for (int e = 0; e < m; e++) {
            double x2 = (p.x(e) - x0) * invDx;
            double y2 = (p.y(e) - y0) * invDy;
            if (y1 != y2) {
                // rows whose centre yc = j + 0.5 satisfies min <= yc < max
                int j0 = Math.max(0, ceil(Math.min(y1, y2) - 0.5));
                int j1 = Math.min(rows - 1, ceil(Math.max(y1, y2) - 0.5) - 1);
                int step = (y2 > y1 ? -1 : 1) * orientation;
                double slope = (x2 - x1) / (y2 - y1);
                // cells whose centre i + 0.5 lies at or right of the crossing: i = ⌈x − 0.5⌉, taken as
                // OFFSET − ⌊OFFSET − (x − 0.5)⌋ (a cast truncates a positive number down); x steps by the slope per row
                double xm = x1 + (j0 + 0.5 - y1) * slope - 0.5;
                int at = j0 * stride;
                for (int j = j0; j <= j1; j++, xm += slope, at += stride) {
                    int i = OFFSET - (int) (OFFSET - xm);
                    diff[at + (i < 0 ? 0 : i > cols ? cols : i)] += step;
                }
            }
            x1 = x2;
            y1 = y2;
        }
    }

    /** See {@link #fill}: far beyond any cell index, a power of two so that the shift is exact. */
    private static final int OFFSET = 1 << 20;

    /** ⌈t⌉ for |t| well inside the int range (callers clamp to the grid). */
    private static int ceil(double t) {
        double c = Math.max(-1e9, Math.min(1e9, t));
        int i = (int) c;
        return c > i ? i + 1 : i;
    }

    /** Marks every cell a polyline passes through (sampled at a quarter cell). */
    private static void trace(Curve c, Grid g, boolean[] mark) {
        for (int e = 0; e + 1 < c.size(); e++) {
            double x1 = c.x(e);
            double y1 = c.y(e);
            double x2 = c.x(e + 1);
            double y2 = c.y(e + 1);
            int steps = 1 + (int) Math.ceil(4 * Math.max(Math.abs(x2 - x1) / g.dx(), Math.abs(y2 - y1) / g.dy()));
            for (int s = 0; s <= steps; s++) {
                double t = (double) s / steps;
                int i = (int) Math.floor((x1 + t * (x2 - x1) - g.x0()) / g.dx());
                int j = (int) Math.floor((y1 + t * (y2 - y1) - g.y0()) / g.dy());
                // inside the empty outer ring (a line on the bounding box's far edge would reach it)
                i = Math.max(1, Math.min(g.columns() - 2, i));
                j = Math.max(1, Math.min(g.rows() - 2, j));
                mark[j * g.columns() + i] = true;
            }
        }
    }

    /**
     * The iso-line {@code value = iso} of values at cell centres, by marching squares with linear interpolation along
     * the lines between neighbouring centres, as closed loops with the region {@code value ≥ iso} on the left
     * (counter-clockwise outer boundaries, clockwise holes). At a saddle the two inside corners are joined when the
     * mean of the four corners is ≥ iso. Collinear vertices are dropped. The outermost cells must be below iso.
     */
    static List<Polygon> contour(int[] value, double iso, Grid g) {
        int cols = g.columns();
        int rows = g.rows();
        int horizontal = (cols - 1) * rows;
        // grid edges between centres: horizontal (i,j)-(i+1,j) has id j*(cols-1)+i, vertical (i,j)-(i,j+1) has id
        // horizontal + j*cols + i; next[id] = the id the contour goes to from the crossing on edge id
        int[] next = new int[horizontal + cols * (rows - 1)];
        Arrays.fill(next, -1);
        int[] corner = new int[4];
        int[] edgeId = new int[4];
        boolean[] inside = new boolean[4];
        int[] crossing = new int[4];
        for (int j = 0; j + 1 < rows; j++) {
            int row = j * cols;
            boolean belowLeft = value[row] >= iso;
            boolean aboveLeft = value[row + cols] >= iso;
            for (int i = 0; i + 1 < cols; i++) {
                boolean belowRight = value[row + i + 1] >= iso;
                boolean aboveRight = value[row + cols + i + 1] >= iso;
                boolean uniform = belowLeft == belowRight && belowLeft == aboveLeft && belowLeft == aboveRight;
                belowLeft = belowRight;
                aboveLeft = aboveRight;
                if (uniform) {
                    continue;
                }
                // corners counter-clockwise: bottom-left, bottom-right, top-right, top-left; edge k joins corner k, k+1
                corner[0] = j * cols + i;
                corner[1] = corner[0] + 1;
                corner[2] = corner[1] + cols;
                corner[3] = corner[0] + cols;
                int mask = 0;
                for (int k = 0; k < 4; k++) {
                    inside[k] = value[corner[k]] >= iso;
                    mask |= inside[k] ? 1 << k : 0;
                }
                if (mask == 0 || mask == 15) {
                    continue;
                }
                edgeId[0] = j * (cols - 1) + i;
                edgeId[1] = horizontal + j * cols + i + 1;
                edgeId[2] = (j + 1) * (cols - 1) + i;
                edgeId[3] = horizontal + j * cols + i;
                int n = 0;
                for (int k = 0; k < 4; k++) {
                    if (inside[k] != inside[(k + 1) & 3]) {
                        crossing[n++] = k;
                    }
                }
                // from each in→out crossing to the next out→in crossing counter-clockwise (joined), or the previous
                boolean joined = n == 2 || (value[corner[0]] + value[corner[1]] + value[corner[2]] + value[corner[3]]) / 4.0 >= iso;
                for (int c = 0; c < n; c++) {
                    int k = crossing[c];
                    if (inside[k]) {
                        int to = crossing[(c + (joined ? 1 : n - 1)) % n];
                        next[edgeId[k]] = edgeId[to];
                    }
                }
            }
        }
        List<Polygon> loops = new ArrayList<>();
        double[] xs = new double[64];
        double[] ys = new double[64];
        for (int first = 0; first < next.length; first++) {
            if (next[first] < 0) {
                continue;
            }
            int n = 0;
            int e = first;
            do {
                if (n == xs.length) {
                    xs = Arrays.copyOf(xs, 2 * n);
                    ys = Arrays.copyOf(ys, 2 * n);
                }
                int a;
                int b;
                if (e < horizontal) {
                    a = (e / (cols - 1)) * cols + e % (cols - 1);
                    b = a + 1;
                } else {
                    a = e - horizontal;
                    b = a + cols;
                }
                double t = (iso - value[a]) / (double) (value[b] - value[a]);
                xs[n] = g.x0() + (a % cols + 0.5 + (e < horizontal ? t : 0)) * g.dx();
                ys[n] = g.y0() + (a / cols + 0.5 + (e < horizontal ? 0 : t)) * g.dy();
                n++;
                int to = next[e];
                next[e] = -1;
                e = to;
            } while (e != first && e >= 0);
            // drop collinear vertices
            double[] px = new double[n];
            double[] py = new double[n];
            int m = 0;
            for (int k = 0; k < n; k++) {
                int prev = (k + n - 1) % n;
                int nxt = (k + 1) % n;
                double cross = (xs[k] - xs[prev]) / g.dx() * (ys[nxt] - ys[k]) / g.dy()
                        - (ys[k] - ys[prev]) / g.dy() * (xs[nxt] - xs[k]) / g.dx();
                if (Math.abs(cross) > 1e-9) {
                    px[m] = xs[k];
                    py[m] = ys[k];
                    m++;
                }
            }
            if (m >= 3) {
                loops.add(new Polygon(Arrays.copyOf(px, m), Arrays.copyOf(py, m)));
            }
        }
        return loops;
    }
}
