package org.hillasexplorer.app;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The plots between their two side panels (parameters on the left, catalogue on the right), each of which is docked
 * beside the plots, hidden, or laid over them as a drawer. A panel is docked only while the plots keep at least
 * {@link #MIN_PLOTS_WIDTH} px: a window made narrower hides the catalogue, then the parameters (and gives them back
 * when it grows again); turning a panel on where it would not fit opens it as a drawer over the plots, which a click on
 * the plots closes. Presentation mode and the tour hide both ({@link #allowedProperty()}).
 */
final class SidePanels {
    /** Which panel. */
    enum Side { LEFT, RIGHT }

    /** Where a panel is. */
    enum Place { DOCKED, HIDDEN, DRAWER }

    /** The plots keep at least this width [px] beside docked panels: two landscape planes stacked, with their legends. */
    static final double MIN_PLOTS_WIDTH = 600;

    private final StackPane root = new StackPane();
    private final SplitPane split = new SplitPane();
    private final Node plots;
    private final Map<Side, Region> panels = new EnumMap<>(Side.class);
    private final Map<Side, Place> place = new EnumMap<>(Side.class);
    private final Map<Side, Boolean> autoHidden = new EnumMap<>(Side.class);
    private final Map<Side, Double> maxWidth = new EnumMap<>(Side.class);
    private final Map<Side, BooleanProperty> shown = new EnumMap<>(Side.class);
    private final BooleanProperty allowed = new SimpleBooleanProperty(this, "allowed", true);
    private boolean applying;

    SidePanels(Region left, Node plots, Region right) {
        this.plots = plots;
        panels.put(Side.LEFT, left);
        panels.put(Side.RIGHT, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setId("main-split");
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        for (Side s : Side.values()) {
            place.put(s, Place.DOCKED);
            autoHidden.put(s, false);
            BooleanProperty p = new SimpleBooleanProperty(this, s.name().toLowerCase() + "Shown", true);
            p.addListener((o, was, is) -> {
                if (!applying) {
                    set(s, is);
                }
            });
            shown.put(s, p);
            panels.get(s).getStyleClass().add("side-panel");
            maxWidth.put(s, panels.get(s).getMaxWidth());
        }
        root.getChildren().add(split);
        root.setMinSize(0, 0);
        root.widthProperty().addListener((o, a, b) -> fit());
        allowed.addListener((o, a, b) -> apply());
        // a click on the plots closes a drawer, as a click outside a menu closes it
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            for (Side s : Side.values()) {
                if (place.get(s) == Place.DRAWER) {
                    set(s, false);
                }
            }
        });
        apply();
    }

    Node node() {
        return root;
    }

    /** Whether the side panels may be shown at all (not in presentation mode nor during the tour). */
    BooleanProperty allowedProperty() {
        return allowed;
    }

    /** Whether the panel on {@code side} is shown (docked or as a drawer); setting it docks or opens it, or hides it. */
    BooleanProperty shownProperty(Side side) {
        return shown.get(side);
    }

    /** Where the panel on {@code side} is now. */
    Place place(Side side) {
        return place.get(side);
    }

    /** Whether the panel is on screen now (shown and allowed). */
    boolean visible(Side side) {
        return allowed.get() && place.get(side) != Place.HIDDEN;
    }

    /** Shows or hides the panel on {@code side}, as the toolbar button or its key does. */
    void toggle(Side side) {
        set(side, place.get(side) == Place.HIDDEN);
    }

    private void set(Side side, boolean show) {
        autoHidden.put(side, false);
        if (!show) {
            place.put(side, Place.HIDDEN);
        } else {
            place.put(side, fits(side) ? Place.DOCKED : Place.DRAWER);
        }
        apply();
    }

    private double width(Side s) {
        Region r = panels.get(s);
        return Math.max(r.minWidth(-1), r.prefWidth(-1));
    }

    /** Whether docking {@code side} beside whatever else is docked leaves the plots {@link #MIN_PLOTS_WIDTH}. */
    private boolean fits(Side side) {
        double w = root.getWidth();
        if (!(w > 0)) {
            return true; // not laid out yet
        }
        double used = width(side);
        for (Side o : Side.values()) {
            if (o != side && place.get(o) == Place.DOCKED) {
                used += width(o);
            }
        }
        return w - used >= MIN_PLOTS_WIDTH;
    }

    /** The window's width changed: hide docked panels that leave the plots too little, bring back those it hid. */
    private void fit() {
        double w = root.getWidth();
        if (!(w > 0)) {
            return;
        }
        boolean changed = false;
        for (Side s : List.of(Side.RIGHT, Side.LEFT)) {
            double docked = 0;
            for (Side o : Side.values()) {
                docked += place.get(o) == Place.DOCKED ? width(o) : 0;
            }
            if (place.get(s) == Place.DOCKED && w - docked < MIN_PLOTS_WIDTH) {
                place.put(s, Place.HIDDEN);
                autoHidden.put(s, true);
                changed = true;
            }
        }
        for (Side s : List.of(Side.LEFT, Side.RIGHT)) {
            if (autoHidden.get(s) && fits(s)) {
                place.put(s, Place.DOCKED);
                autoHidden.put(s, false);
                changed = true;
            }
        }
        if (changed) {
            apply();
        }
    }

    private void apply() {
        applying = true;
        try {
            for (Side s : Side.values()) {
                shown.get(s).set(place.get(s) != Place.HIDDEN);
            }
        } finally {
            applying = false;
        }
        boolean on = allowed.get();
        List<Node> items = new ArrayList<>();
        root.getChildren().retainAll(split);
        for (Side s : Side.values()) {
            panels.get(s).getStyleClass().remove("side-drawer");
            panels.get(s).setMaxWidth(maxWidth.get(s));
        }
        if (on && place.get(Side.LEFT) == Place.DOCKED) {
            items.add(panels.get(Side.LEFT));
        }
        items.add(plots);
        if (on && place.get(Side.RIGHT) == Place.DOCKED) {
            items.add(panels.get(Side.RIGHT));
        }
        if (!split.getItems().equals(items)) {
            split.getItems().setAll(items);
        }
        double w = root.getWidth() > 0 ? root.getWidth() : 1500;
        if (items.size() == 3) {
            split.setDividerPositions(width(Side.LEFT) / w, 1 - width(Side.RIGHT) / w);
        } else if (items.size() == 2) {
            split.setDividerPositions(items.get(0) == plots ? 1 - width(Side.RIGHT) / w : width(Side.LEFT) / w);
        }
        for (Side s : Side.values()) {
            if (on && place.get(s) == Place.DRAWER) {
                Region r = panels.get(s);
                r.getStyleClass().add("side-drawer");
                r.setMaxWidth(width(s));
                StackPane.setAlignment(r, s == Side.LEFT ? Pos.CENTER_LEFT : Pos.CENTER_RIGHT);
                root.getChildren().add(r);
            }
        }
    }
}
