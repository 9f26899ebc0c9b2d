package org.hillasexplorer.figure;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A base-10 {@link LogAxis} for ranges of many decades: major ticks every 1, 2, 3, 5, 10, … decades chosen so
 * that at most {@link #getMaxMajorLabels()} labels show and they never overlap, labels written 10ⁿ with a
 * superscript exponent and a true minus sign, and minor ticks at 2…9 × 10ⁿ (or at the unlabelled decades
 * when a major step spans several).
 *
 * <p>The stock LogAxis spaces minor ticks linearly between majors, which is wrong for steps of more than one
 * decade, and labels crowd over 20+ decades; hence this subclass of the axis (the plot is not subclassed).
 */
public class DecadeLogAxis extends LogAxis {
    private static final long serialVersionUID = 1L;
    private static final int[] STEPS_DEX = {1, 2, 3, 5, 10, 20, 25, 50, 100};
    /** Minimum screen distance between decades for the 2…9 minor ticks to be readable [px]. */
    private static final double MIN_PX_PER_DECADE_FOR_SUBDECADE_TICKS = 28;

    private final int maxMajorLabels;

    /**
     * @param label          axis label (may be null)
     * @param maxMajorLabels most labelled ticks shown, ≥ 2
     */
    public DecadeLogAxis(String label, int maxMajorLabels) {
        super(label);
        if (maxMajorLabels < 2) {
            throw new IllegalArgumentException("maxMajorLabels = " + maxMajorLabels + " must be ≥ 2");
        }
        this.maxMajorLabels = maxMajorLabels;
        setBase(10);
        setSmallestValue(1e-250);
        setAutoRange(false);
        setMinorTickMarksVisible(true);
    }

    /** Most labelled ticks shown. */
    public int getMaxMajorLabels() {
        return maxMajorLabels;
    }

    /** The major step [decades] that will be used for a span of {@code spanDex} over {@code lengthPx} pixels. */
    static int chooseStepDex(double spanDex, double lengthPx, double labelExtentPx, int maxLabels) {
        for (int step : STEPS_DEX) {
            int labels = (int) Math.floor(spanDex / step) + 1;
            double pxPerStep = lengthPx * step / Math.max(spanDex, 1e-9);
            if (labels <= maxLabels && pxPerStep >= labelExtentPx) {
                return step;
            }
        }
        return STEPS_DEX[STEPS_DEX.length - 1];
    }

    @Override
    @SuppressWarnings("rawtypes") // the overridden JFreeChart signature is raw
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        double lo = calculateLog(Math.max(getLowerBound(), getSmallestValue()));
        double hi = calculateLog(getUpperBound());
        double span = hi - lo;
        boolean horizontal = RectangleEdge.isTopOrBottom(edge);
        double lengthPx = horizontal ? dataArea.getWidth() : dataArea.getHeight();
        Font font = getTickLabelFont();
        var frc = g2.getFontRenderContext();
        // widest plausible label: "10" + a 3-character exponent; vertical labels need their height plus a gap
        double extent = horizontal
                ? font.getStringBounds("10", frc).getWidth() + 0.8 * font.getStringBounds("−88", frc).getWidth() + 10
                : font.getLineMetrics("10", frc).getHeight() * 1.9;
        int step = chooseStepDex(span, lengthPx, extent, maxMajorLabels);
        // record the step so getTickUnit() reflects what is drawn
        setTickUnit(new NumberTickUnit(step), false, false);

        TextAnchor anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER
                : edge == RectangleEdge.BOTTOM ? TextAnchor.TOP_CENTER
                : edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
        double pxPerDecade = lengthPx / Math.max(span, 1e-9);
        boolean subDecade = step == 1 && pxPerDecade >= MIN_PX_PER_DECADE_FOR_SUBDECADE_TICKS;
        List<LogTick> ticks = new ArrayList<>();
        int first = (int) Math.floor(lo) - 1;
        int last = (int) Math.ceil(hi) + 1;
        double eps = 1e-9 * Math.max(1, span);
        for (int n = first; n <= last; n++) {
            if (n >= lo - eps && n <= hi + eps) {
                if (Math.floorMod(n, step) == 0) {
                    ticks.add(new LogTick(TickType.MAJOR, Math.pow(10, n), createTickLabel(Math.pow(10, n)), anchor));
                } else {
                    ticks.add(new LogTick(TickType.MINOR, Math.pow(10, n), null, anchor));
                }
            }
            if (subDecade) {
                for (int k = 2; k <= 9; k++) {
                    double lv = n + Math.log10(k);
                    if (lv >= lo && lv <= hi) {
                        ticks.add(new LogTick(TickType.MINOR, k * Math.pow(10, n), null, anchor));
                    }
                }
            }
        }
        return ticks;
    }

    /** "10" with the exponent as a superscript, using U+2212 for negative exponents. */
    @Override
    protected AttributedString createTickLabel(double value) {
        long exponent = Math.round(Math.log10(value));
        String exp = exponent < 0 ? "\u2212" + (-exponent) : Long.toString(exponent);
        String text = "10" + exp;
        AttributedString as = new AttributedString(text);
        as.addAttributes(getTickLabelFont().getAttributes(), 0, text.length());
        as.addAttribute(TextAttribute.SUPERSCRIPT, TextAttribute.SUPERSCRIPT_SUPER, 2, text.length());
        return as;
    }
}
