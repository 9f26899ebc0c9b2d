package org.hillasexplorer.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.FigureSpec;
import org.hillasexplorer.figure.Figures;
import org.hillasexplorer.physics.CandidateVerdict;
import org.hillasexplorer.physics.FigureOfMerit;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.PopulationParameter;
import org.hillasexplorer.physics.PopulationParameters;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.Scenario;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * Creates or edits a power-law population n_s(&gt;ℓ_S) = n₀ (ℓ_S/ℓ₀)^(−α_n) over [ℓ_min, ℓ_max], with a live preview
 * of the curve against the bands and its verdict. OK stays disabled while any field is invalid; the message says why.
 *
 * <p>One row per knob of {@link PopulationParameters#POWER_LAW} (symbol, field, unit, tooltip and range message from
 * its {@link PopulationParameter}); a whole-number knob with a few values (D) is a choice. Fields accept units
 * ({@code 0.1 pc} in an au field); an empty optional field (ν_s) means unknown, an empty defaulted one its default.
 */
final class PopulationDialog {
    private final Scenario scenario;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextField label = new TextField("my population");
    private final List<Row> rows = new ArrayList<>();
    private final Label error = new Label();
    private final Label verdict = new Label();
    private final ChartViewer preview;
    private final String id;
    private PowerLawPopulation current;

    /** One knob's control: a text field, or a choice for a whole number with a few values. */
    private record Row(PopulationParameter knob, TextField field, ChoiceBox<Integer> choice) {
        static Row of(PopulationParameter k, PowerLawPopulation initial) {
            OptionalDouble start = initial != null ? initial.get(k)
                    : k.presence() == PopulationParameter.Presence.REQUIRED ? OptionalDouble.of(k.example())
                    : k.presence() == PopulationParameter.Presence.DEFAULTED ? OptionalDouble.of(k.defaultValue())
                    : OptionalDouble.empty();
            if (!k.choices().isEmpty()) {
                ChoiceBox<Integer> c = new ChoiceBox<>();
                c.getItems().addAll(k.choices());
                c.setValue((int) start.orElse(k.choices().get(0)));
                return new Row(k, null, c);
            }
            return new Row(k, new TextField(start.isPresent() ? k.fieldText(start.getAsDouble()) : ""), null);
        }

        Control control() {
            return field != null ? field : choice;
        }

        String text() {
            return field != null ? field.getText().strip() : String.valueOf(choice.getValue());
        }
    }

    PopulationDialog(Window owner, Scenario scenario, PowerLawPopulation initial, String newId) {
        this.scenario = scenario;
        this.id = initial == null ? newId : initial.id();
        dialog.initOwner(owner);
        dialog.setTitle(initial == null ? "New power-law population" : "Edit population");
        dialog.setHeaderText("n_s(>ℓ_S) = n₀ (ℓ_S/ℓ₀)^(−α_n) for ℓ_min ≤ ℓ_S ≤ ℓ_max — the preview and verdict follow your typing");
        if (initial != null) {
            label.setText(initial.label());
        }
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        PopulationParameters.Text text = PopulationParameters.LABEL;
        int r = row(g, 0, text.name(), label, "", text.description(), "pop-" + text.key());
        for (PopulationParameter k : PopulationParameters.POWER_LAW) {
            Row row = Row.of(k, initial);
            rows.add(row);
            r = row(g, r, k.symbol(), row.control(), k.unit(), k.tooltip(), "pop-" + k.key());
        }
        error.getStyleClass().add("inline-error");
        error.setWrapText(true);
        error.setMaxWidth(330);
        verdict.setWrapText(true);
        verdict.setMaxWidth(330);
        verdict.setId("pop-verdict");
        preview = new ChartViewer(Figures.forScreen(Figures.chart(FigureSpec.of(scenario, List.of(), List.of(), previewOptions()))));
        preview.setPrefSize(560, 420);
        VBox left = new VBox(10, g, error, verdict);
        HBox content = new HBox(14, left, preview);
        content.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResizable(true);
        label.textProperty().addListener((o, a, b) -> refresh());
        for (Row row : rows) {
            if (row.field() != null) {
                row.field().textProperty().addListener((o, a, b) -> refresh());
            } else {
                row.choice().valueProperty().addListener((o, a, b) -> refresh());
            }
        }
        refresh();
    }

    private static FigureOptions previewOptions() {
        return FigureOptions.defaults(Plane.NUMBER_DENSITY).with(FigureOptions.Element.TITLE, false)
                .with(FigureOptions.Element.SECONDARY_AXIS, false);
    }

    private static int row(GridPane g, int r, String symbol, Control c, String unit, String tip, String controlId) {
        Label l = new Label();
        l.setGraphic(Symbols.of(symbol, 14));
        c.setId(controlId);
        if (c instanceof TextField f) {
            f.setPrefColumnCount(10);
        }
        c.setTooltip(new Tooltip(tip));
        g.add(l, 0, r);
        g.add(c, 1, r);
        g.add(new Label(unit), 2, r);
        return r + 1;
    }

    /** The population the fields describe now, or empty with the reason shown. */
    Optional<PowerLawPopulation> parse() {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Row row : rows) {
            PopulationParameter k = row.knob();
            String t = row.text();
            try {
                if (t.isEmpty()) {
                    if (k.presence() == PopulationParameter.Presence.REQUIRED) {
                        k.parse(t); // says "no value given" and the range
                    }
                    continue; // its default, or unknown
                }
                double v;
                try {
                    v = k.quantity().parse(t);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(k.symbol() + ": " + e.getMessage(), e);
                }
                values.put(k.key(), k.validate(v, values));
            } catch (IllegalArgumentException e) {
                error.setText(e.getMessage());
                return Optional.empty();
            }
        }
        String name = label.getText().strip();
        try {
            return Optional.of(PowerLawPopulation.of(id, name.isEmpty() ? id : name, values));
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
            return Optional.empty();
        }
    }

    private void refresh() {
        Optional<PowerLawPopulation> p = parse();
        dialog.getDialogPane().lookupButton(ButtonType.OK).setDisable(p.isEmpty());
        if (p.isEmpty()) {
            verdict.setText("");
            return;
        }
        current = p.get();
        error.setText("");
        JFreeChart chart = preview.getChart();
        Figures.update(chart, FigureSpec.of(scenario, List.of(), List.of(current), previewOptions()));
        CandidateVerdict v = FigureOfMerit.evaluate(current, Plane.NUMBER_DENSITY, scenario);
        StringBuilder b = new StringBuilder("Verdict: ").append(v.summary());
        v.violations().stream().limit(4).forEach(c -> b.append("\n• ").append(c.describe()));
        verdict.setText(b.toString());
    }

    /** Shows the dialog; the population if the user pressed OK with valid fields. */
    Optional<PowerLawPopulation> showAndWait() {
        Optional<ButtonType> r = dialog.showAndWait();
        if (r.isPresent() && r.get().getButtonData() == ButtonBar.ButtonData.OK_DONE) {
            return parse();
        }
        return Optional.empty();
    }

    /** The population as currently typed (for tests), or null if invalid. */
    PowerLawPopulation current() {
        return parse().orElse(null);
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** A fresh id not in {@code taken}, like {@code population-2}. */
    static String freshId(List<String> taken) {
        for (int i = 1; ; i++) {
            String candidate = String.format(Locale.ROOT, "population-%d", i);
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
