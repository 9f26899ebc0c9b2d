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
import org.hillasexplorer.physics.uncertainty.Uncertain;
import org.controlsfx.control.RangeSlider;

/**
 * A slider with an editable value field for one scalar {@link Parameter}, both derived from its definition:
 * linear or logarithmic slider, range, tooltip and validation message. Dragging changes the scenario live
 * (one undo step per drag); a typed value is applied on Enter or when the field loses focus, and an invalid one
 * shows an inline message while the last valid value stays in force.
 *
 * <p>With {@link #setUncertainToggle()} a "±" button makes the parameter uncertain: a second row appears with a
 * two-handled {@link RangeSlider} over the same (linear or logarithmic) scale and a field that takes a range or
 * distribution ({@code 0.3..0.7}, {@code 1..10 log}, {@code 0.5+-0.1}, <code>1e-9*&#47;3</code>). The single slider
 * above keeps the value the exact band is drawn at. Dragging the handles gives a uniform (log-uniform) range, one undo
 * step per drag; a normal or log-normal typed in the field shows its central 95 % on the handles.
 */
final class ParameterControl {
    private final Parameter parameter;
    private final ScenarioViewModel model;
    private final Label symbol = new Label();
    private final Slider slider = new Slider();
    private final org.controlsfx.control.textfield.CustomTextField field = new org.controlsfx.control.textfield.CustomTextField();
    private final Label unit = new Label();
    private final Label error = new Label();
    private boolean syncing;
    private boolean shiftHeld;
    private ExplorerModel.Gesture drag;
    private javafx.scene.control.ToggleButton play;
    private javafx.scene.control.Button why;
    private javafx.scene.control.ToggleButton uncertainToggle;
    private RangeSlider range;
    private final TextField rangeField = new TextField();
    private final Label rangeLabel = new Label("range");
    private boolean rangeShown;

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
        if (range != null) {
            grid.add(rangeLabel, 0, row + 1);
            GridPane.setHalignment(rangeLabel, HPos.RIGHT);
            grid.add(range, 1, row + 1);
            grid.add(rangeField, 2, row + 1, 2, 1);
            grid.add(error, 1, row + 2, 3, 1);
            InlineMessage.floatBelow(error, slider, field, unit, rangeField); // under the range row while it is shown
            return row + 3;
        }
        grid.add(error, 1, row + 1, 3, 1);
        InlineMessage.floatBelow(error, slider, field, unit); // over the next row: the panel does not jump
        return row + 2;
    }

    /**
     * Adds the "±" button that makes this parameter uncertain, and the range row it shows (see the class comment);
     * call before {@link #addTo}.
     */
    void setUncertainToggle() {
        boolean log = parameter.scale() == Parameter.Scale.LOG;
        String prefix = slider.getId().substring(0, slider.getId().indexOf("slider-"));
        uncertainToggle = new javafx.scene.control.ToggleButton("±");
        uncertainToggle.setId(prefix + "uncertain-" + parameter.key());
        uncertainToggle.getStyleClass().add("mini-button");
        uncertainToggle.setTooltip(new Tooltip("Make " + parameter.symbol() + " uncertain: give a range or distribution; "
                + "the bands are then shaded by credible level over it (the exact band stays at the value)"));
        uncertainToggle.setAccessibleText(parameter.name() + " uncertain");
        uncertainToggle.setOnAction(e -> model.setUncertain(parameter, uncertainToggle.isSelected()));
        uncertainToggle.setFocusTraversable(true);
        uncertainToggle.setCursor(javafx.scene.Cursor.DEFAULT);
        field.setRight(uncertainToggle); // inside the value field: the panel has no width to spare
        range = new RangeSlider(slider.getMin(), slider.getMax(), slider.getMin(), slider.getMax());
        range.setId(prefix + "range-" + parameter.key());
        range.setShowTickMarks(true);
        range.setMajorTickUnit(slider.getMajorTickUnit());
        range.setMinorTickCount(slider.getMinorTickCount());
        range.setBlockIncrement(slider.getBlockIncrement());
        range.setPrefWidth(slider.getPrefWidth());
        range.setMinWidth(slider.getMinWidth());
        range.setAccessibleText(parameter.name() + " range");
        Tooltip tip = new Tooltip("The range of " + parameter.symbol() + " over which the envelopes are drawn: "
                + (log ? "log-uniform" : "uniform") + " between the handles. Type a normal (0.5+-0.1) or log-normal (1e-9*/3) "
                + "in the field beside it");
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        range.setTooltip(tip);
        rangeField.setId(prefix + "range-field-" + parameter.key());
        rangeField.setPrefColumnCount(9);
        rangeField.setPromptText(log ? "e.g. 1..10 log" : "e.g. 0.3..0.7");
        rangeField.setTooltip(new Tooltip(parameter.symbol() + " as A..B (uniform), A..B log (log-uniform), M+-S (normal) "
                + "or M*/F (log-normal, factor F); allowed " + parameter.rangeText()));
        rangeField.setAccessibleText(parameter.name() + " range or distribution");
        rangeLabel.getStyleClass().add("parameter-unit");
        javafx.beans.value.ChangeListener<Boolean> changing = (o, was, is) -> {
            if (is) {
                if (drag == null) {
                    drag = model.beginDrag();
                }
            } else if (!range.isLowValueChanging() && !range.isHighValueChanging() && drag != null) {
                drag.end();
                drag = null;
            }
        };
        // the range slider's skin consumes every key it is sent, the window's shortcuts (Ctrl+Z) included: pass those on
        range.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (range.getScene() != null && (e.isShortcutDown() || e.isAltDown())) {
                for (var a : range.getScene().getAccelerators().entrySet()) {
                    if (a.getKey().match(e)) {
                        e.consume();
                        a.getValue().run();
                        return;
                    }
                }
            }
        });
        range.lowValueChangingProperty().addListener(changing);
        range.highValueChangingProperty().addListener(changing);
        javafx.beans.value.ChangeListener<Number> moved = (o, a, b) -> {
            if (!syncing) {
                model.setRange(parameter, ScenarioViewModel.fromSlider(parameter, range.getLowValue()),
                        ScenarioViewModel.fromSlider(parameter, range.getHighValue()));
            }
        };
        range.lowValueProperty().addListener(moved);
        range.highValueProperty().addListener(moved);
        rangeField.setOnAction(e -> commitRange());
        rangeField.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitRange();
            }
        });
        rangeField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                sync();
            }
        });
        model.uncertaintyProperty().addListener((o, a, b) -> sync());
        sync();
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

    /** The "±" button, or null if this control has none. */
    javafx.scene.control.ToggleButton uncertainToggle() {
        return uncertainToggle;
    }

    /** The two-handled range slider, or null without the "±" button. */
    RangeSlider range() {
        return range;
    }

    /** The field of the range or distribution. */
    TextField rangeField() {
        return rangeField;
    }

    /** Whether the range row is shown (the parameter is uncertain). */
    boolean rangeShown() {
        return rangeShown;
    }

    /** The inline message (invisible when the typed value is fine). */
    Label error() {
        return error;
    }

    /** Enables or disables the whole row (the aspect ratio has no effect for D = 0). */
    void setDisable(boolean disable) {
        for (var n : new javafx.scene.Node[] {symbol, slider, field, unit, uncertainToggle, range, rangeField, rangeLabel}) {
            if (n != null) {
                n.setDisable(disable);
            }
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

    private void commitRange() {
        String text = rangeField.getText().strip();
        if (text.equals(model.uncertain(parameter).map(Uncertain::toSpec).orElse(""))) {
            return;
        }
        java.util.Optional<String> problem = java.util.Optional.empty();
        if (text.isEmpty()) {
            model.setUncertain(parameter, false); // an emptied field: one value again
        } else {
            problem = model.typeUncertainty(parameter, text);
        }
        if (problem.isPresent()) {
            showError(problem.get(), rangeField);
        } else {
            sync();
        }
    }

    private void showError(String message) {
        showError(message, field);
    }

    private void showError(String message, TextField where) {
        error.setText(message);
        error.setVisible(true);
        error.setManaged(true);
        if (!where.getStyleClass().contains("invalid")) {
            where.getStyleClass().add("invalid");
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
        if (range != null) {
            syncRange();
        }
        error.setVisible(false);
        error.setManaged(false);
        field.getStyleClass().remove("invalid");
        rangeField.getStyleClass().remove("invalid");
    }

    private void syncRange() {
        var u = model.uncertain(parameter);
        rangeShown = u.isPresent();
        syncing = true;
        try {
            uncertainToggle.setSelected(rangeShown);
            if (rangeShown) {
                double lo = ScenarioViewModel.toSlider(parameter, u.get().lowEnd());
                double hi = ScenarioViewModel.toSlider(parameter, u.get().highEnd());
                // the handles may not cross while they move: open the range fully first
                range.setLowValue(range.getMin());
                range.setHighValue(Math.min(range.getMax(), hi));
                range.setLowValue(Math.max(range.getMin(), lo));
                rangeField.setText(u.get().toSpec());
            } else {
                rangeField.setText("");
            }
        } finally {
            syncing = false;
        }
        for (var n : new javafx.scene.Node[] {range, rangeField, rangeLabel}) {
            n.setVisible(rangeShown);
            n.setManaged(rangeShown);
        }
    }
}
