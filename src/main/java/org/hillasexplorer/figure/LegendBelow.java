package org.hillasexplorer.figure;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Objects;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.Size2D;
import org.jfree.data.Range;

/**
 * The legend under the plot, for a figure too small to hold it inside: a chart subtitle at the bottom that, when the
 * chart is laid out, compares the legend's size (as a column, the way {@link LabelLayer} would put it in a corner)
 * with the plot it would cover. If it would cover more than {@value #MAX_COVER} of the plot's area, or more than half
 * its width or 60 % of its height, the legend is drawn here instead, its entries flowing in rows across the width —
 * unless that would take more than {@value #MAX_HEIGHT_SHARE} of the chart's height or leave the data area less than
 * {@value #MIN_PLOT_PT} pt (a thumbnail). Otherwise this
 * takes no room and the label layer puts the legend in the plot's emptiest corner.
 */
final class LegendBelow extends Title {
    private static final long serialVersionUID = 1L;
    /** Largest share of the plot area a legend inside may cover. */
    static final double MAX_COVER = 0.22;
    /** Least height [pt] the data area must keep with the legend under it. */
    static final double MIN_PLOT_PT = 60;
    /** Most of the chart's height the legend may take under the plot. */
    static final double MAX_HEIGHT_SHARE = 0.5;

    private final transient LegendTitle column;
    private final transient LegendTitle rows;
    private boolean below;
    /** Room around the data area taken by the axes, their labels and the chart's padding [pt], roughly. */
    private final double axesPt;

    /**
     * @param column the legend as the plot would hold it (one entry per row)
     * @param rows   the same entries flowing in rows, drawn here when the plot has no room
     * @param axesPt room the axes take around the data area on each axis [pt] (an estimate from the fonts)
     */
    LegendBelow(LegendTitle column, LegendTitle rows, double axesPt) {
        this.axesPt = axesPt;
        this.column = Objects.requireNonNull(column, "column");
        this.rows = Objects.requireNonNull(rows, "rows");
        setPosition(RectangleEdge.BOTTOM);
    }

    /** Whether the last layout put the legend here, under the plot. */
    boolean isBelow() {
        return below;
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        Size2D inside = column.arrange(g2, RectangleConstraint.NONE);
        double w = constraint.getWidthRange() != null ? constraint.getWidthRange().getUpperBound() : constraint.getWidth();
        double h = constraint.getHeightRange() != null ? constraint.getHeightRange().getUpperBound() : constraint.getHeight();
        double pw = Math.max(1, w - axesPt);
        double ph = Math.max(1, h - axesPt);
        boolean crowded = inside.getWidth() * inside.getHeight() > MAX_COVER * pw * ph || inside.getWidth() > 0.5 * pw
                || inside.getHeight() > 0.6 * ph;
        below = false;
        if (!crowded) {
            return new Size2D(0, 0);
        }
        Size2D s = rows.arrange(g2, new RectangleConstraint(new Range(0, w), new Range(0, h)));
        // under the plot only if that leaves the plot half the height at least; a thumbnail keeps it inside
        below = s.getHeight() <= MAX_HEIGHT_SHARE * h && h - s.getHeight() - axesPt >= MIN_PLOT_PT;
        return below ? new Size2D(Math.min(w, s.getWidth()), s.getHeight()) : new Size2D(0, 0);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        if (below && area.getHeight() > 0) {
            Screen.beginGroup(g2, "legend");
            rows.draw(g2, area);
            Screen.endGroup(g2);
        }
    }

    @Override
    public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
        draw(g2, area);
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
