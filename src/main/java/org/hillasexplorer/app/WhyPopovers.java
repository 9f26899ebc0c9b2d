package org.hillasexplorer.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.TextFlow;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.PopOver;
import org.hillasexplorer.physics.Constraint;
import org.hillasexplorer.teaching.Explanation;
import org.hillasexplorer.teaching.Explanations;

/** The "why?" popovers: the equation and one sentence behind a parameter, a band edge or a constraint. */
final class WhyPopovers {
    private WhyPopovers() {
    }

    /** A "why?" popover for the scenario parameter {@code key}, next to {@code anchor}. */
    static void showWhy(Node anchor, String key) {
        List<Explanation> shown = new ArrayList<>();
        Explanations.forParameter(key).ifPresent(shown::add);
        switch (key) {
            case "b-ug" -> shown.add(Explanations.forConstraint(Constraint.LARGER_THAN_GYRORADIUS));
            case "nu0", "delta" -> shown.add(Explanations.forConstraint(Constraint.SMALLER_THAN_MEAN_FREE_PATH));
            default -> { }
        }
        popOver(shown).show(anchor);
    }

    /** Every band-edge and constraint explanation, from the toolbar, Help menu or the energy-class legend. */
    static void showAllWhy(Window owner) {
        List<Explanation> all = bandEdges();
        for (Constraint c : Constraint.values()) {
            all.add(Explanations.forConstraint(c));
        }
        PopOver p = popOver(all);
        p.setArrowSize(0);
        p.show(owner, owner.getX() + owner.getWidth() / 2 - 240, owner.getY() + 90);
    }

    /** The band-edge explanations, next to {@code anchor} (the energy-class legend's "why?" link). */
    static void showBandWhy(Node anchor) {
        popOver(bandEdges()).show(anchor);
    }

    private static List<Explanation> bandEdges() {
        List<Explanation> all = new ArrayList<>();
        for (Explanations.BandEdge e : Explanations.BandEdge.values()) {
            all.add(Explanations.bandEdge(e));
        }
        return all;
    }

    private static PopOver popOver(List<Explanation> items) {
        VBox box = new VBox(10);
        box.setPadding(new Insets(12));
        box.setMaxWidth(480);
        box.setId("why-popover");
        for (Explanation e : items) {
            TextFlow title = Typeset.flow(e.title());
            title.getStyleClass().addAll("explanation-title", "popover-text");
            TextFlow eq = Typeset.flow(e.equation());
            eq.getStyleClass().addAll("explanation-equation", "popover-text");
            TextFlow sentence = Typeset.flow(e.sentence());
            sentence.getStyleClass().add("popover-text");
            for (TextFlow f : List.of(title, eq, sentence)) {
                f.setMaxWidth(460);
                f.setPrefWidth(460); // wrap at the card's width rather than growing to one long line
            }
            box.getChildren().add(new VBox(3, title, eq, sentence));
        }
        // a long list scrolls rather than running off a laptop's screen
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportWidth(490);
        double room = javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() * 0.72;
        scroll.setPrefViewportHeight(Math.min(room, box.prefHeight(490)));
        scroll.setMaxHeight(room);
        scroll.getStyleClass().add("why-scroll");
        PopOver p = new PopOver(scroll);
        p.setTitle("Why?");
        p.setHeaderAlwaysVisible(true);
        p.setDetachable(false);
        p.setAutoHide(true);
        return p;
    }
}
