package org.hillasexplorer.figure;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Objects;
import java.util.Optional;

/**
 * Where {@link LabelLayer} put one label in the last drawing of a chart, in Java2D pixels of that drawing (see
 * {@link Figures#placements}). For tests and tools that check what a reader sees: each visible box labelled on or at
 * it, each band labelled.
 *
 * @param kind    what the label names
 * @param subject energy-class label, candidate or population id, or empty
 * @param text    the text drawn (plain)
 * @param bounds  the axis-aligned bounds of the drawn text (and verdict marker)
 * @param anchor  what it labels as drawn: the visible part of a box, a band's visible bounds; empty if off view
 * @param leader  the leader line from the label to its box, when the label had to sit away from it
 * @param offView whether the label is a note at the edge of the plot for something outside the visible range
 * @param slot    which of the layer's candidate positions was used (stable while nothing moves)
 */
public record PlacedLabel(FigureSpec.Kind kind, String subject, String text, Rectangle2D bounds,
                          Optional<Rectangle2D> anchor, Optional<Line2D> leader, boolean offView, String slot) {
    public PlacedLabel {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        bounds = (Rectangle2D) bounds.clone();
        anchor = anchor.map(a -> (Rectangle2D) a.clone());
        leader = leader.map(l -> (Line2D) l.clone());
        Objects.requireNonNull(slot, "slot");
    }

    /** Whether the text touches its anchor (within {@code tolerancePx}) or is tied to it by a leader line. */
    public boolean onOrLinkedToAnchor(double tolerancePx) {
        if (leader.isPresent()) {
            return true;
        }
        return anchor.map(a -> new Rectangle2D.Double(a.getX() - tolerancePx, a.getY() - tolerancePx,
                a.getWidth() + 2 * tolerancePx, a.getHeight() + 2 * tolerancePx).intersects(bounds)).orElse(false);
    }
}
