package org.hillasexplorer.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.hillasexplorer.montecarlo.KnobValues;
import org.hillasexplorer.montecarlo.SimulationKnob;
import org.hillasexplorer.montecarlo.SimulationKnobs;

/**
 * The Monte Carlo window's inputs, one row per {@link SimulationKnobs} knob and all of it derived from the knob: the
 * label, a field holding the default (or empty, with what no value means as its prompt), name and unit, the tooltip,
 * and the inline message of a value the knob does not take. The run's knobs on the left, the regime map's and the
 * event limit on the right.
 */
final class SimulationKnobFields {
    private final Map<SimulationKnob, TextField> fields = new LinkedHashMap<>();
    private final Map<SimulationKnob, Label> errors = new LinkedHashMap<>();
    private final Runnable changed;
    private final HBox node;

    /** @param changed called after any field changed (and was checked) */
    SimulationKnobFields(Runnable changed) {
        this.changed = changed;
        GridPane runFields = grid();
        addRows(runFields, 0, SimulationKnobs.RUN);
        GridPane mapFields = grid();
        mapFields.add(heading("Regime map"), 0, 0, 3, 1);
        int next = addRows(mapFields, 1, SimulationKnobs.REGIME_MAP);
        mapFields.add(heading("Long runs"), 0, next, 3, 1);
        addRows(mapFields, next + 1, List.of(SimulationKnobs.MAX_EVENTS));
        node = new HBox(24, runFields, mapFields);
    }

    /** The rows, to place in the window. */
    Node node() {
        return node;
    }

    /** The texts of the non-empty fields (an empty field takes the knob's default, as an option not given does). */
    KnobValues values() {
        KnobValues v = KnobValues.none();
        for (Map.Entry<SimulationKnob, TextField> e : fields.entrySet()) {
            if (!e.getValue().getText().isBlank()) {
                v = v.with(e.getKey(), e.getValue().getText());
            }
        }
        return v;
    }

    /** The field of a knob. */
    TextField field(SimulationKnob knob) {
        return fields.get(knob);
    }

    /** The inline message under a knob's field (invisible while its text is fine). */
    Label error(SimulationKnob knob) {
        return errors.get(knob);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        return grid;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    /** One row per knob from {@code row} (the inline message in the row below it); returns the next free row. */
    private int addRows(GridPane grid, int row, List<SimulationKnob> knobs) {
        for (SimulationKnob k : knobs) {
            TextField field = new TextField(k.defaultText());
            field.setId("mc-field-" + k.key());
            field.setPrefColumnCount(12);
            field.setPromptText(k.hasDefault() ? "default " + k.defaultText() : k.absent());
            field.setAccessibleText(k.name() + (k.unit().isEmpty() ? "" : " in " + k.unit()));
            Label label = new Label(k.label());
            label.setLabelFor(field);
            Label name = new Label(k.name() + (k.unit().isEmpty() ? "" : " [" + k.unit() + "]"));
            Label error = new Label();
            error.setId("mc-error-" + k.key());
            error.getStyleClass().add("inline-error");
            error.setWrapText(true);
            error.setMaxWidth(300);
            error.setVisible(false);
            error.setManaged(false);
            Tooltip tip = new Tooltip(k.tooltip());
            tip.setShowDelay(Duration.millis(300));
            tip.setShowDuration(Duration.seconds(30));
            for (Control c : new Control[] {label, field, name}) {
                c.setTooltip(tip);
            }
            GridPane.setHalignment(label, HPos.RIGHT);
            grid.add(label, 0, row);
            grid.add(field, 1, row);
            grid.add(name, 2, row);
            grid.add(error, 1, row + 1, 2, 1);
            fields.put(k, field);
            errors.put(k, error);
            field.textProperty().addListener((o, a, b) -> {
                check(k);
                if (!k.alternative().isEmpty()) {
                    check(SimulationKnobs.byKey(k.alternative()));
                }
                changed.run();
            });
            row += 2;
        }
        return row;
    }

    /**
     * Shows the inline message of a field whose text its knob does not take (an empty field takes the default), or
     * that is filled in together with its alternative (τ_s and ν_s).
     */
    private void check(SimulationKnob k) {
        String text = fields.get(k).getText();
        String problem = "";
        if (!text.isBlank()) {
            try {
                k.check(text);
                TextField other = k.alternative().isEmpty() ? null : fields.get(SimulationKnobs.byKey(k.alternative()));
                if (other != null && !other.getText().isBlank()) {
                    problem = "give " + k.label() + " or " + SimulationKnobs.byKey(k.alternative()).label() + ", not both";
                }
            } catch (SimulationKnob.Rejected e) {
                problem = e.reason();
            }
        }
        Label error = errors.get(k);
        error.setText(problem);
        error.setVisible(!problem.isEmpty());
        error.setManaged(!problem.isEmpty());
    }
}
