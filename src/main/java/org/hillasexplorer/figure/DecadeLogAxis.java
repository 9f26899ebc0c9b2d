package org.hillasexplorer.figure;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A base-10 {@link LogAxis} for ranges of many decades: major ticks every 1, 2, 3, 5, 10, … decades chosen so
 * that at most {@link #getMaxMajorLabels()} labels show and they never overlap, labels written 10ⁿ with
 * Unicode superscript digits and minus (one plain string each, so vector output keeps them as text), and minor
 * ticks at 2…9 × 10ⁿ (or at the unlabelled decades when a major step spans several).
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
        List<NumberTick> ticks = new ArrayList<>();
        int first = (int) Math.floor(lo) - 1;
        int last = (int) Math.ceil(hi) + 1;
        double eps = 1e-9 * Math.max(1, span);
        for (int n = first; n <= last; n++) {
            if (n >= lo - eps && n <= hi + eps) {
                if (Math.floorMod(n, step) == 0) {
                    ticks.add(new NumberTick(TickType.MAJOR, Math.pow(10, n), superscriptLabel(Math.pow(10, n)), anchor,
                            anchor, 0));
                } else {
                    ticks.add(new NumberTick(TickType.MINOR, Math.pow(10, n), "", anchor, anchor, 0));
                }
            }
            if (subDecade) {
                for (int k = 2; k <= 9; k++) {
                    double lv = n + Math.log10(k);
                    if (lv >= lo && lv <= hi) {
                        ticks.add(new NumberTick(TickType.MINOR, k * Math.pow(10, n), "", anchor, anchor, 0));
                    }
                }
            }
        }
        return ticks;
    }

    /**
     * The tick label of a decade as one plain string with Unicode superscript digits, e.g. "10⁻³" (U+207B, U+00B3):
     * drawn with one {@code drawString}, it stays one editable {@code <text>} in SVG and real text in PDF.
     */
    static String superscriptLabel(double value) {
        long exponent = Math.round(Math.log10(value));
        StringBuilder b = new StringBuilder("10");
        if (exponent < 0) {
            b.append('\u207B');
        }
        for (char c : Long.toString(Math.abs(exponent)).toCharArray()) {
            b.append(SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return b.toString();
    }

    private static final String SUPERSCRIPT_DIGITS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

    private RichText richLabel;

    /**
     * Sets the axis title as rich text: laid out like {@link #setAttributedLabel(AttributedString)} but drawn run by
     * run ({@link RichText#draw}), so vector output keeps it as one string instead of glyph outlines.
     */
    void setRichLabel(RichText text, Font font) {
        richLabel = text;
        setAttributedLabel(text.toAttributedString(font));
    }

    @Override
    protected AxisState drawAttributedLabel(AttributedString label, Graphics2D g2, Rectangle2D plotArea,
                                            Rectangle2D dataArea, RectangleEdge edge, AxisState state) {
        if (richLabel == null || label == null) {
            return super.drawAttributedLabel(label, g2, plotArea, dataArea, edge, state);
        }
        // the room, as the superclass measures it, so the layout is unchanged
        org.jfree.chart.ui.RectangleInsets insets = getLabelInsets();
        java.awt.font.TextLayout layout = new java.awt.font.TextLayout(label.getIterator(), g2.getFontRenderContext());
        Rectangle2D lb = layout.getBounds();
        boolean vertical = RectangleEdge.isLeftOrRight(edge);
        double bw = vertical ? lb.getHeight() : lb.getWidth();
        double bh = vertical ? lb.getWidth() : lb.getHeight();
        double cx;
        double cy;
        double angle;
        if (edge == RectangleEdge.TOP) {
            cx = dataArea.getCenterX();
            cy = state.getCursor() - insets.getBottom() - bh / 2;
            angle = 0;
            state.cursorUp(insets.getTop() + bh + insets.getBottom());
        } else if (edge == RectangleEdge.BOTTOM) {
            cx = dataArea.getCenterX();
            cy = state.getCursor() + insets.getTop() + bh / 2;
            angle = 0;
            state.cursorDown(insets.getTop() + bh + insets.getBottom());
        } else if (edge == RectangleEdge.LEFT) {
            cx = state.getCursor() - insets.getRight() - bw / 2;
            cy = dataArea.getCenterY();
            angle = -Math.PI / 2;
            state.cursorLeft(insets.getLeft() + bw + insets.getRight());
        } else {
            cx = state.getCursor() + insets.getLeft() + bw / 2;
            cy = dataArea.getCenterY();
            angle = Math.PI / 2;
            state.cursorRight(insets.getLeft() + bw + insets.getRight());
        }
        Font font = getLabelFont();
        Rectangle2D b = richLabel.bounds(font, g2.getFontRenderContext());
        java.awt.geom.AffineTransform saved = g2.getTransform();
        g2.setPaint(getLabelPaint());
        g2.translate(cx, cy);
        g2.rotate(angle);
        richLabel.draw(g2, font, (float) -b.getCenterX(), (float) -b.getCenterY());
        g2.setTransform(saved);
        return state;
    }
}
