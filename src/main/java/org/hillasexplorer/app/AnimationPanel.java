package org.hillasexplorer.app;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Units;

/** The animation controls: which parameter, between which limits, how fast; play/pause. */
final class AnimationPanel {
    /** The parameters a class would sweep, with limits that show the point without leaving the physical range. */
    static final Map<Parameter, double[]> DEFAULT_LIMITS = new LinkedHashMap<>();

    static {
        DEFAULT_LIMITS.put(Parameters.DELTA_S, new double[] {0.3, 0.7});
        DEFAULT_LIMITS.put(Parameters.B_MICROGAUSS, new double[] {1, 10});
        DEFAULT_LIMITS.put(Parameters.NU0_PER_S, new double[] {3e-10, 3e-9});
    }

    private final Animator animator;
    private final VBox root = new VBox(6);
    private final ChoiceBox<Parameter> which = new ChoiceBox<>();
    private final TextField lo = new TextField();
    private final TextField hi = new TextField();
    private final Label error = new Label();
    private final ToggleButton play = new ToggleButton("▶ Play");
    private final Map<Parameter, double[]> limits = new LinkedHashMap<>();

    AnimationPanel(Animator animator) {
        this.animator = animator;
        DEFAULT_LIMITS.forEach((p, l) -> limits.put(p, l.clone()));
        which.getItems().addAll(limits.keySet());
        which.setConverter(new StringConverter<>() {
            @Override
            public String toString(Parameter p) {
                return p == null ? "" : p.symbol() + " (" + p.name() + ")";
            }

            @Override
            public Parameter fromString(String s) {
                return null;
            }
        });
        which.setValue(Parameters.DELTA_S);
        which.valueProperty().addListener((o, a, b) -> showLimits());
        which.setId("animate-parameter");
        lo.setId("animate-from");
        hi.setId("animate-to");
        lo.setPrefColumnCount(6);
        hi.setPrefColumnCount(6);
        Slider speed = new Slider(1, 30, animator.sweepSecondsProperty().get());
        speed.setId("animate-speed");
        speed.setTooltip(new Tooltip("Seconds per sweep from one limit to the other"));
        animator.sweepSecondsProperty().bind(speed.valueProperty());
        play.setId("animate-play");
        play.setTooltip(new Tooltip("Sweep the chosen parameter between the limits and back; pause leaves it where it is"));
        play.setOnAction(e -> {
            if (play.isSelected()) {
                start(which.getValue());
            } else {
                animator.pause();
            }
        });
        animator.playingProperty().addListener((o, a, b) -> {
            play.setSelected(b != null);
            play.setText(b != null ? "⏸ Pause" : "▶ Play");
        });
        error.getStyleClass().add("inline-error");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(6);
        g.addRow(0, new Label("Sweep"), which);
        g.addRow(1, new Label("from"), lo);
        g.addRow(2, new Label("to"), hi);
        g.addRow(3, new Label("slow ↔ fast"), speed);
        speed.setRotate(180); // right = fast: fewer seconds per sweep
        g.add(play, 1, 4);
        root.getChildren().addAll(g, error);
        root.setPadding(new Insets(4));
        showLimits();
    }

    VBox node() {
        return root;
    }

    ToggleButton playButton() {
        return play;
    }

    /** Plays {@code p} with the limits typed for it (used by the ▶ buttons beside the sliders). */
    void start(Parameter p) {
        if (which.getValue() != p) {
            which.setValue(p);
        }
        try {
            double a = Double.parseDouble(lo.getText().strip());
            double b = Double.parseDouble(hi.getText().strip());
            if (!p.accepts(a) || !p.accepts(b) || a == b) {
                throw new IllegalArgumentException(p.symbol() + ": limits must differ and lie in " + p.rangeText());
            }
            limits.put(p, new double[] {a, b});
            error.setVisible(false);
            error.setManaged(false);
            animator.play(p, a, b);
        } catch (IllegalArgumentException e) {
            error.setText(e instanceof NumberFormatException ? "limits must be numbers" : e.getMessage());
            error.setVisible(true);
            error.setManaged(true);
            play.setSelected(false);
        }
    }

    /** Toggles the sweep of {@code p}. */
    void toggle(Parameter p) {
        if (animator.playingProperty().get() == p) {
            animator.pause();
        } else {
            start(p);
        }
    }

    private void showLimits() {
        double[] l = limits.get(which.getValue());
        lo.setText(Units.formatNumber(l[0]));
        hi.setText(Units.formatNumber(l[1]));
    }
}
