package org.hillasexplorer.app;

import java.util.List;
import org.hillasexplorer.session.Layout;

/**
 * How the plot area puts its one to three plots into the room it has, so that each stays near the paper's landscape
 * figures (about 4:3 or wider) at any window size: in a row, a grid (the planes above, the rigidity view below), a
 * column with aligned ℓ_S axes, or tabs when even a column would make the plots too low. "Side by side" is a wish the
 * area keeps when the plots would stay landscape, and turns into a column (or tabs) when they would not.
 */
enum PlotArrangement {
    /** Side by side. */
    ROW,
    /** The two planes side by side, the rigidity view below them across the width (three plots only). */
    GRID,
    /** One above the other, ℓ_S axes aligned. */
    COLUMN,
    /** One plot at a time, the others a tab away. */
    TABS;

    /** A plot narrower than this [px] has no room for its axes and title. */
    static final double MIN_WIDTH = 320;
    /** A plot lower than this [px] has no room for four decade labels on its y axis. */
    static final double MIN_HEIGHT = 230;
    /** In presentation mode's large type a plot needs this much height [px] for four decade labels. */
    static final double MIN_HEIGHT_PRESENTATION = 330;
    /** The aspect (width/height) below which a plot counts as portrait: 4:3, with a little give. */
    static final double MIN_ASPECT = 1.25;
    /** The aspect above which extra width no longer helps: a plot stretched wider only flattens the bands. */
    static final double MAX_ASPECT = 2.2;

    /**
     * The arrangement for {@code count} plots (1–3) in an area of {@code width} × {@code height} px when the user asked
     * for {@code requested}: of those that give every plot at least {@link #MIN_WIDTH} × {@link #MIN_HEIGHT}, the one
     * whose worst plot has the largest usable landscape area (see {@link #usable}), preferring row, grid, column on
     * ties; tabs (which hide all plots but one) only when none does. A stacked layout stays a column (or tabs).
     */
    static PlotArrangement choose(Layout requested, int count, double width, double height) {
        return choose(requested, count, width, height, MIN_HEIGHT);
    }

    /**
     * As {@link #choose(Layout, int, double, double)} with plots needing {@code minHeight} px and an aspect of at least
     * {@link #MIN_ASPECT} (a cell narrower than that makes the bands look steeper than the paper's figures).
     */
    static PlotArrangement choose(Layout requested, int count, double width, double height, double minHeight) {
        if (count <= 1) {
            return ROW;
        }
        if (!(width > 0 && height > 0)) {
            return requested == Layout.STACKED ? COLUMN : ROW; // not laid out yet
        }
        List<PlotArrangement> candidates = requested == Layout.STACKED ? List.of(COLUMN)
                : count == 3 ? List.of(ROW, GRID, COLUMN) : List.of(ROW, COLUMN);
        PlotArrangement best = TABS;
        double bestScore = 0;
        for (PlotArrangement a : candidates) {
            double s = a.score(count, width, height, minHeight);
            if (s > bestScore * 1.0001) {
                best = a;
                bestScore = s;
            }
        }
        return best;
    }

    /** The size [px] of each cell, {w, h} per plot in drawing order, for {@code count} plots in {@code width} × {@code height}. */
    double[][] cells(int count, double width, double height) {
        double[][] c = new double[count][];
        for (int i = 0; i < count; i++) {
            c[i] = switch (this) {
                case ROW -> new double[] {width / count, height};
                case COLUMN -> new double[] {width, height / count};
                case GRID -> i < 2 ? new double[] {width / 2, height / 2} : new double[] {width, height / 2};
                case TABS -> new double[] {width, height - 32}; // the tab headers
            };
        }
        return c;
    }

    private double score(int count, double width, double height, double minHeight) {
        if (this == GRID && count != 3) {
            return 0;
        }
        double worst = Double.POSITIVE_INFINITY;
        for (double[] cell : cells(count, width, height)) {
            boolean room = cell[0] >= MIN_WIDTH && cell[1] >= minHeight && cell[0] >= MIN_ASPECT * cell[1];
            worst = Math.min(worst, room ? usable(cell[0], cell[1]) : 0);
        }
        return worst;
    }

    /**
     * The area [px²] of the largest rectangle of aspect between {@link #MIN_ASPECT} and {@link #MAX_ASPECT} that fits
     * a {@code w} × {@code h} cell: what a landscape figure can use of it.
     */
    static double usable(double w, double h) {
        return Math.min(w, h * MAX_ASPECT) * Math.min(h, w / MIN_ASPECT);
    }
}
