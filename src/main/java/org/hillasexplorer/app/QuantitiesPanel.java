package org.hillasexplorer.app;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The derived quantities of the current scenario at a chosen kinetic energy (as the CLI's {@code quantities}): the
 * fields of a {@link QuantitiesViewModel}.
 */
final class QuantitiesPanel {
    private final QuantitiesViewModel model;
    private final VBox root = new VBox(6);
    private final TextField energy = new TextField();
    private final Label error = new Label();
    private final GridPane table = new GridPane();

    /** The panel with a view model of its own over {@code model}. */
    QuantitiesPanel(ExplorerModel model) {
        this(new QuantitiesViewModel(model));
    }

    QuantitiesPanel(QuantitiesViewModel model) {
        this.model = model;
        energy.setId("quantities-energy");
        energy.setText(model.energyTextProperty().get());
        energy.setPrefColumnCount(8);
        energy.setTooltip(new Tooltip("Kinetic energy per particle, e.g. 1 GeV, 10 MeV, 5 TeV. Enter applies."));
        energy.setOnAction(e -> commit());
        energy.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit();
            }
        });
        error.getStyleClass().add("inline-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        table.setHgap(10);
        table.setVgap(2);
        table.setId("quantities-table");
        GridPane head = new GridPane();
        head.setHgap(6);
        head.add(new Label("at T ="), 0, 0);
        head.add(energy, 1, 0);
        root.getChildren().addAll(head, error, table);
        root.setPadding(new Insets(6));
        model.rowsProperty().addListener((o, a, b) -> fill(b));
        fill(model.rows());
    }

    VBox node() {
        return root;
    }

    TextField energyField() {
        return energy;
    }

    GridPane table() {
        return table;
    }

    private void commit() {
        if (model.commit(energy.getText()).isEmpty()) {
            energy.setText(model.energyTextProperty().get());
        }
    }

    private void fill(List<QuantitiesViewModel.Row> rows) {
        table.getChildren().clear();
        for (int r = 0; r < rows.size(); r++) {
            QuantitiesViewModel.Row row = rows.get(r);
            Label n = new Label();
            Typeset.show(n, row.name());
            Label v = new Label(row.valueText());
            v.setId("q-" + r);
            v.getStyleClass().add("quantity-value");
            Label u = new Label(row.unit());
            if (!row.note().isEmpty()) {
                Tooltip t = new Tooltip(row.note());
                n.setTooltip(t);
                v.setTooltip(t);
            }
            table.addRow(r, n, v, u);
        }
    }
}
