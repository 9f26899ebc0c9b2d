package org.hillasexplorer.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hillasexplorer.figure.FigureBuilder;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.physics.CandidateVerdict;
import org.hillasexplorer.physics.FigureOfMerit;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Units;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * Creates or edits a power-law population n_s(&gt;ℓ_S) = n₀ (ℓ_S/ℓ₀)^(−α_n) over [ℓ_min, ℓ_max], with a live preview
 * of the curve against the bands and its verdict. OK stays disabled while any field is invalid; the message says why.
 */
final class PopulationDialog {
    private final Scenario scenario;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextField label = new TextField("my population");
    private final TextField n0 = new TextField("1e3");
    private final TextField l0 = new TextField("1");
    private final TextField alpha = new TextField("2.5");
    private final TextField min = new TextField("0.1");
    private final TextField max = new TextField("1000");
    private final ChoiceBox<Integer> dim = new ChoiceBox<>();
    private final TextField aspect = new TextField("1");
    private final TextField nuS = new TextField();
    private final Label error = new Label();
    private final Label verdict = new Label();
    private final ChartViewer preview;
    private final String id;
    private PowerLawPopulation current;

    PopulationDialog(Window owner, Scenario scenario, PowerLawPopulation initial, String newId) {
        this.scenario = scenario;
        this.id = initial == null ? newId : initial.id();
        dialog.initOwner(owner);
        dialog.setTitle(initial == null ? "New power-law population" : "Edit population");
        dialog.setHeaderText("n_s(>ℓ_S) = n₀ (ℓ_S/ℓ₀)^(−α_n) for ℓ_min ≤ ℓ_S ≤ ℓ_max — the preview and verdict follow your typing");
        dim.getItems().addAll(0, 1, 2);
        dim.setValue(0);
        if (initial != null) {
            label.setText(initial.label());
            n0.setText(Units.formatNumber(initial.n0PerPc3()));
            l0.setText(Units.formatNumber(initial.referenceSizeAu()));
            alpha.setText(Units.formatNumber(initial.alphaN()));
            min.setText(Units.formatNumber(initial.minShortAxisAu()));
            max.setText(Units.formatNumber(initial.maxShortAxisAu()));
            dim.setValue(initial.dimensionality());
            aspect.setText(Units.formatNumber(initial.aspect()));
            initial.internalRatePerS().ifPresent(v -> nuS.setText(Units.formatNumber(v)));
        }
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        int r = 0;
        r = row(g, r, "Label", label, "", "Shown on the plot and in the catalogue list", "pop-label");
        r = row(g, r, "n₀", n0, "pc⁻³", "Cumulative number density of structures larger than ℓ₀", "pop-n0");
        r = row(g, r, "ℓ₀", l0, "au", "Reference size of n₀", "pop-l0");
        r = row(g, r, "α_n", alpha, "", "Slope of the cumulative size distribution, −5 to 10 (the paper needs 2 + δ_s for a fixed ν_s)", "pop-alpha");
        r = row(g, r, "ℓ_min", min, "au", "Smallest structure", "pop-min");
        r = row(g, r, "ℓ_max", max, "au", "Largest structure", "pop-max");
        g.add(new Label("D"), 0, r);
        g.add(dim, 1, r++);
        dim.setTooltip(new Tooltip("Dimensionality: 0 spheres, 1 filaments, 2 sheets"));
        r = row(g, r, "ℓ_L/ℓ_S", aspect, "", "Aspect ratio, 1 to 1e6 (no effect for D = 0)", "pop-aspect");
        row(g, r, "ν_s", nuS, "s⁻¹", "Optional internal scattering rate; enables constraints (4) and (5)–(6). Leave empty if unknown.", "pop-nus");
        error.getStyleClass().add("inline-error");
        error.setWrapText(true);
        error.setMaxWidth(330);
        verdict.setWrapText(true);
        verdict.setMaxWidth(330);
        verdict.setId("pop-verdict");
        preview = new ChartViewer(FigureBuilder.build(scenario, List.of(), List.of(), previewOptions()));
        preview.setPrefSize(560, 420);
        VBox left = new VBox(10, g, error, verdict);
        HBox content = new HBox(14, left, preview);
        content.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResizable(true);
        for (TextField f : new TextField[] {label, n0, l0, alpha, min, max, aspect, nuS}) {
            f.textProperty().addListener((o, a, b) -> refresh());
        }
        dim.valueProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private static FigureOptions previewOptions() {
        return FigureOptions.defaults(Plane.NUMBER_DENSITY).with(FigureOptions.Element.TITLE, false)
                .with(FigureOptions.Element.SECONDARY_AXIS, false);
    }

    private static int row(GridPane g, int r, String name, TextField f, String unit, String tip, String fieldId) {
        Label l = new Label();
        l.setGraphic(Symbols.of(name, 14));
        f.setId(fieldId);
        f.setPrefColumnCount(10);
        f.setTooltip(new Tooltip(tip));
        g.add(l, 0, r);
        g.add(f, 1, r);
        g.add(new Label(unit), 2, r);
        return r + 1;
    }

    /** The population the fields describe now, or empty with the reason shown. */
    Optional<PowerLawPopulation> parse() {
        try {
            String nu = nuS.getText().strip();
            PowerLawPopulation p = new PowerLawPopulation(id, label.getText().strip().isEmpty() ? id : label.getText().strip(),
                    number("n₀", n0), number("ℓ₀", l0), number("α_n", alpha), number("ℓ_min", min), number("ℓ_max", max),
                    dim.getValue(), number("ℓ_L/ℓ_S", aspect), nu.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(number("ν_s", nuS)));
            return Optional.of(p);
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
            return Optional.empty();
        }
    }

    private static double number(String name, TextField f) {
        try {
            return Double.parseDouble(f.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + f.getText().strip() + "' is not a number");
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
        FigureBuilder.update(chart, scenario, List.of(), List.of(current), previewOptions());
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
