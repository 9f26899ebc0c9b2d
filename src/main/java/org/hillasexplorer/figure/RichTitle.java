package org.hillasexplorer.figure;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Objects;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.Size2D;

/**
 * A chart title with italics, sub- and superscripts ({@link RichText}), drawn as real text; shrinks its font
 * to fit a narrow chart rather than being cut off.
 */
public final class RichTitle extends Title {
    private static final long serialVersionUID = 1L;

    private final transient RichText text;
    private final Font font;
    private final Color paint;

    RichTitle(RichText text, Font font, Color paint) {
        this.text = Objects.requireNonNull(text, "text");
        this.font = font;
        this.paint = paint;
        setPadding(new RectangleInsets(2, 4, 6, 4));
    }

    /** The title without markup. */
    public String plainText() {
        return text.plainText();
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        Rectangle2D b = text.bounds(font, g2.getFontRenderContext());
        double w = calculateTotalWidth(b.getWidth());
        double h = calculateTotalHeight(b.getHeight());
        return new Size2D(constraint.getWidthRange() == null ? w : constraint.getWidthRange().constrain(w), h);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        Rectangle2D inner = trimPadding(trimBorder(trimMargin(area)));
        Font f = font;
        Rectangle2D b = text.bounds(f, g2.getFontRenderContext());
        if (b.getWidth() > inner.getWidth() && inner.getWidth() > 0) {
            // a whole size: the window's canvas draws text at whole sizes, and a fractional one would close up the spaces
            f = font.deriveFont((float) Math.max(4, Math.floor(font.getSize2D() * inner.getWidth() / b.getWidth())));
            b = text.bounds(f, g2.getFontRenderContext());
        }
        g2.setPaint(paint);
        Screen.beginGroup(g2, "title");
        text.draw(g2, f, (float) (inner.getCenterX() - b.getWidth() / 2), (float) (inner.getMinY() - b.getY()));
        Screen.endGroup(g2);
    }

    @Override
    public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
        draw(g2, area);
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RichTitle t && t.text.plainText().equals(text.plainText()) && t.font.equals(font)
                && t.paint.equals(paint) && super.equals(o);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text.plainText(), font, paint);
    }
}
