package org.hillasexplorer.app;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.physics.Units;

/**
 * A slider with an editable value field for one scalar {@link Parameter}, both derived from its definition:
 * linear or logarithmic slider, range, tooltip and validation message. Dragging changes the scenario live
 * (one undo step per drag); a typed value is applied on Enter or when the field loses focus, and an invalid one
 * shows an inline message while the last valid value stays in force.
 */
final class ParameterControl {
    private final Parameter parameter;
    private final ScenarioViewModel model;
    private final Label symbol = new Label();
    private final Slider slider = new Slider();
    private final TextField field = new TextField();
    private final Label unit = new Label();
    private final Label error = new Label();
    private boolean syncing;
    private boolean shiftHeld;
    private ExplorerModel.Gesture drag;
    private javafx.scene.control.ToggleButton play;
    private javafx.scene.control.Button why;

    ParameterControl(Parameter parameter, ScenarioViewModel model) {
        this(parameter, model, "", 15);
    }

    /** A control whose node ids start with {@code idPrefix} (a second set, e.g. in presentation mode, needs its own). */
    ParameterControl(Parameter parameter, ScenarioViewModel model, String idPrefix, double symbolSizePx) {
        this.parameter = parameter;
        this.model = model;
        boolean log = parameter.scale() == Parameter.Scale.LOG;
        symbol.setGraphic(Symbols.of(parameter.symbol(), symbolSizePx));
        symbol.getStyleClass().add("parameter-symbol");
        symbol.setLabelFor(field);
        unit.setText(parameter.unit());
        unit.getStyleClass().add("parameter-unit");
        unit.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        error.getStyleClass().add("inline-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        slider.setId(idPrefix + "slider-" + parameter.key());
        field.setId(idPrefix + "field-" + parameter.key());
        field.setPrefColumnCount(7);
        field.setPromptText(parameter.unit().isEmpty() ? "number" : "e.g. " + parameter.dimension().examples());
        slider.setMin(log ? Math.log10(parameter.min()) : parameter.min());
        slider.setMax(log ? Math.log10(parameter.max()) : parameter.max());
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        double span = slider.getMax() - slider.getMin();
        slider.setMajorTickUnit(log ? Math.max(1, Math.round(span / 4)) : span / 3);
        slider.setMinorTickCount(log ? 0 : 4);
        slider.setBlockIncrement(log ? 0.1 : span / 100);
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return Units.formatNumber(log ? Math.pow(10, v) : v);
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s);
            }
        });
        slider.setPrefWidth(170);
        slider.setMinWidth(120);
        field.setMinWidth(78);
        Tooltip tip = Typeset.tooltip(parameter.tooltip(), 420);
        tip.setShowDelay(Duration.millis(300));
        tip.setShowDuration(Duration.seconds(30));
        for (var c : new javafx.scene.control.Control[] {slider, field}) {
            c.setTooltip(tip);
        }
        symbol.setTooltip(tip);
        slider.setAccessibleText(parameter.name());
        field.setAccessibleText(parameter.name() + " value in " + (parameter.unit().isEmpty() ? "no unit" : parameter.unit()));

        slider.valueChangingProperty().addListener((o, was, is) -> {
            if (is) {
                drag = model.beginDrag();
            } else if (drag != null) {
                drag.end();
                drag = null;
            }
        });
        // Shift while dragging a logarithmic slider snaps it to whole decades
        slider.addEventFilter(javafx.scene.input.MouseEvent.ANY, e -> shiftHeld = e.isShiftDown());
        slider.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                double x = log && shiftHeld ? Math.round(b.doubleValue()) : b.doubleValue();
                model.set(parameter, ScenarioViewModel.fromSlider(parameter, x));
            }
        });
        field.setOnAction(e -> commitText());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitText();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                sync();
            }
        });
        model.scenarioProperty().addListener((o, a, b) -> sync());
        sync();
    }

    /** Adds symbol, slider, field and unit to one grid row, and the inline message below it; returns the next row. */
    int addTo(GridPane grid, int row) {
        grid.add(symbol, 0, row);
        grid.add(slider, 1, row);
        grid.add(field, 2, row);
        grid.add(unit, 3, row);
        javafx.scene.layout.HBox extras = new javafx.scene.layout.HBox(2);
        if (play != null) {
            extras.getChildren().add(play);
        }
        if (why != null) {
            extras.getChildren().add(why);
        }
        grid.add(extras, 4, row);
        GridPane.setHalignment(symbol, HPos.RIGHT);
        grid.add(error, 1, row + 1, 3, 1);
        return row + 2;
    }

    /** Adds a ▶/⏸ button that toggles a sweep of this parameter; call before {@link #addTo}. */
    void setPlay(Runnable toggle, javafx.beans.value.ObservableValue<Parameter> playing) {
        play = new javafx.scene.control.ToggleButton("▶");
        play.setId(slider.getId().replace("slider-", "play-"));
        play.getStyleClass().add("mini-button");
        play.setTooltip(new Tooltip("Animate " + parameter.symbol() + ": sweep it between the limits set under Animate"));
        play.setFocusTraversable(true);
        play.setOnAction(e -> toggle.run());
        playing.addListener((o, a, b) -> {
            play.setSelected(b == parameter);
            play.setText(b == parameter ? "⏸" : "▶");
        });
    }

    /** Adds a "why?" button that opens an explanation; call before {@link #addTo}. */
    void setWhy(java.util.function.Consumer<javafx.scene.Node> open) {
        why = new javafx.scene.control.Button("?");
        why.setId(slider.getId().replace("slider-", "why-"));
        why.getStyleClass().add("mini-button");
        why.setTooltip(new Tooltip("Why does " + parameter.symbol() + " matter? (equation and one sentence)"));
        why.setOnAction(e -> open.accept(why));
    }

    /** The slider (for tests and focus traversal). */
    Slider slider() {
        return slider;
    }

    /** The value field. */
    TextField field() {
        return field;
    }

    /** The inline message (invisible when the typed value is fine). */
    Label error() {
        return error;
    }

    /** Enables or disables the whole row (the aspect ratio has no effect for D = 0). */
    void setDisable(boolean disable) {
        for (var n : new javafx.scene.Node[] {symbol, slider, field, unit}) {
            n.setDisable(disable);
        }
    }

    private void commitText() {
        var problem = model.type(parameter, field.getText());
        if (problem.isPresent()) {
            showError(problem.get());
        } else {
            sync();
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        error.setManaged(true);
        if (!field.getStyleClass().contains("invalid")) {
            field.getStyleClass().add("invalid");
        }
    }

    private void sync() {
        double v = model.value(parameter);
        syncing = true;
        try {
            slider.setValue(ScenarioViewModel.toSlider(parameter, v));
            field.setText(Units.formatNumber(v));
        } finally {
            syncing = false;
        }
        error.setVisible(false);
        error.setManaged(false);
        field.getStyleClass().remove("invalid");
    }
}
