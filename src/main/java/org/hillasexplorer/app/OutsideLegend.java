package org.hillasexplorer.app;

import java.awt.BasicStroke;
import org.hillasexplorer.figure.FigureStyle;
import org.hillasexplorer.figure.Palette;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.LineBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The legend of a plot placed beside or below it ({@link PlotsViewModel.LegendPlace}) when it would cover too much
 * inside: the figure's own legend entries (the plot's fixed legend items) as a chart subtitle, in the figure style's
 * font and colours, so that a small plot keeps its legend rather than dropping it.
 */
final class OutsideLegend {
    private OutsideLegend() {
    }

    /** Adds (or removes) the outside legend of {@code chart}, drawn in {@code style}, for {@code place}. */
    static void place(JFreeChart chart, FigureStyle style, PlotsViewModel.LegendPlace place) {
        for (int i = chart.getSubtitleCount() - 1; i >= 0; i--) {
            Title t = chart.getSubtitle(i);
            if (t instanceof LegendTitle) {
                chart.removeSubtitle(t);
            }
        }
        if (place != PlotsViewModel.LegendPlace.RIGHT && place != PlotsViewModel.LegendPlace.BELOW
                || !(chart.getPlot() instanceof XYPlot plot) || plot.getFixedLegendItems() == null
                || plot.getFixedLegendItems().getItemCount() == 0) {
            return;
        }
        LegendTitle lt = new LegendTitle(plot);
        Palette pal = style.palette();
        lt.setItemFont(style.font(style.legendSizePt()));
        lt.setItemPaint(pal.foreground());
        lt.setBackgroundPaint(Palette.withAlpha(pal.legendBackground(), 0.9));
        lt.setFrame(new LineBorder(pal.legendBorder(), new BasicStroke(Math.max(0.6f, 0.6f * style.frameWidthPx())),
                new RectangleInsets(1, 1, 1, 1)));
        lt.setPadding(new RectangleInsets(4, 6, 4, 8));
        lt.setItemLabelPadding(new RectangleInsets(2, 4, 2, 2));
        lt.setMargin(new RectangleInsets(4, 8, 4, 4));
        lt.setPosition(place == PlotsViewModel.LegendPlace.RIGHT ? RectangleEdge.RIGHT : RectangleEdge.BOTTOM);
        chart.addSubtitle(lt);
    }
}
