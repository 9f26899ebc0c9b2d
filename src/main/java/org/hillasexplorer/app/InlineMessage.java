package org.hillasexplorer.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * An inline error message that floats just below the row it is about instead of taking a row of its own: showing or
 * hiding it never moves the controls below (a panel that jumps while one types is hard to use). The label stays
 * unmanaged in the row's parent, is laid over the next row with an opaque background (style class {@code overlay},
 * app.css) and follows the row when the panel is laid out again.
 */
final class InlineMessage {
    /** Style class of a message laid over the controls below it. */
    static final String OVERLAY = "overlay";

    private final Label label;
    private final Node from;
    private final Node below;
    private final Node to;
    private final Node lower;

    /**
     * Makes {@code label} an overlay spanning from {@code from}'s left edge to {@code to}'s right edge, just under
     * {@code below}; all three must share the label's parent.
     */
    private InlineMessage(Label label, Node from, Node below, Node to, Node lower) {
        this.label = label;
        this.from = from;
        this.below = below;
        this.to = to;
        this.lower = lower;
    }

    /** Turns {@code label} (already a child of the same parent as the anchors) into a floating message. */
    static void floatBelow(Label label, Node from, Node below, Node to) {
        floatBelow(label, from, below, to, null);
    }

    /**
     * As {@link #floatBelow(Label, Node, Node, Node)}, but under {@code lower} instead of {@code below} while
     * {@code lower} (a row that comes and goes, such as a parameter's range row) is shown.
     */
    static void floatBelow(Label label, Node from, Node below, Node to, Node lower) {
        InlineMessage m = new InlineMessage(label, from, below, to, lower);
        label.setManaged(false);
        if (!label.getStyleClass().contains(OVERLAY)) {
            label.getStyleClass().add(OVERLAY);
        }
        label.managedProperty().addListener((o, was, is) -> {
            if (is) {
                label.setManaged(false); // whoever shows it asks for room: it floats instead
            }
        });
        label.visibleProperty().addListener((o, was, is) -> m.place());
        label.textProperty().addListener((o, was, is) -> m.place());
        below.boundsInParentProperty().addListener((o, was, is) -> m.place());
        to.boundsInParentProperty().addListener((o, was, is) -> m.place());
        if (lower != null) {
            lower.boundsInParentProperty().addListener((o, was, is) -> m.place());
            lower.visibleProperty().addListener((o, was, is) -> m.place());
        }
    }

    private void place() {
        if (!label.isVisible()) {
            return;
        }
        Bounds left = from.getBoundsInParent();
        Node under = lower != null && lower.isVisible() && lower.isManaged() ? lower : below;
        Bounds row = under.getBoundsInParent();
        Bounds right = to.getBoundsInParent();
        double w = Math.max(right.getMaxX() - left.getMinX(), label.minWidth(-1));
        label.resizeRelocate(left.getMinX(), row.getMaxY() + 1, w, label.prefHeight(w));
        label.toFront();
    }
}
