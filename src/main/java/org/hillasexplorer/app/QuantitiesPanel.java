package org.hillasexplorer.app;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.hillasexplorer.physics.DerivedQuantities;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Units;

/** The derived quantities of the current scenario at a chosen kinetic energy (as the CLI's {@code quantities}). */
final class QuantitiesPanel {
    private final ExplorerModel model;
    private final VBox root = new VBox(6);
    private final TextField energy = new TextField("1 GeV");
    private final Label error = new Label();
    private final GridPane table = new GridPane();
    private double energyGeV = 1;

    QuantitiesPanel(ExplorerModel model) {
        this.model = model;
        energy.setId("quantities-energy");
        energy.setPrefColumnCount(8);
        energy.setTooltip(new Tooltip("Kinetic energy per particle, e.g. 1 GeV, 10 MeV, 5 TeV. Enter applies."));
        energy.setOnAction(e -> commit());
        energy.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit();
            }
        });
        error.getStyleClass().add("inline-error");
        error.setVisible(false);
        error.setManaged(false);
        error.setWrapText(true);
        table.setHgap(10);
        table.setVgap(2);
        table.setId("quantities-table");
        GridPane head = new GridPane();
        head.setHgap(6);
        head.add(new Label("at T ="), 0, 0);
        head.add(energy, 1, 0);
        root.getChildren().addAll(head, error, table);
        root.setPadding(new Insets(6));
        model.scenarioProperty().addListener((o, a, b) -> refresh());
        refresh();
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
        try {
            double t = Units.parseEnergyGeV(energy.getText());
            Parameters.KINETIC_ENERGY_GEV.validate(t);
            energyGeV = t;
            error.setVisible(false);
            error.setManaged(false);
            energy.setText(Units.formatEnergy(t));
            refresh();
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage() + " — showing " + Units.formatEnergy(energyGeV));
            error.setVisible(true);
            error.setManaged(true);
        }
    }

    private void refresh() {
        DerivedQuantities q = model.scenario().at(energyGeV);
        table.getChildren().clear();
        int r = 0;
        r = row(r, "rigidity R", q.rigidityGV(), "GV", "p c/(Z e)");
        r = row(r, "β = v/c", q.beta(), "", "");
        r = row(r, "gyroradius r_g", q.gyroradiusAu(), "au", "eq. (3), exact 0.223 au R/B");
        r = row(r, "mean free path ℓ_mfp", q.meanFreePathPc(), "pc", "(c/ν̄₀) R^δ_s, eq. (2)");
        r = row(r, "ν_eff", q.effectiveRatePerS(), "s⁻¹", "ν̄₀ β R^−δ_s, eq. (1)");
        r = row(r, "1/ν_eff", q.scatteringTimeYr(), "yr", "time between deflections");
        r = row(r, "κ_eff = v²/ν_eff", q.kappaEffCm2PerS(), "cm² s⁻¹", "paper (f = 1); isotropic is ⅓ of it");
        r = row(r, "smallest f_V", q.minFillingFactor(), "", "r_g/ℓ_mfp, eq. (11)");
        r = row(r, "Σ_s limit", q.maxSurfaceDensityGPerCm2(), "g cm⁻²", "ρ_ISM ℓ_mfp (f_M < 1), eqs. (9)–(10)");
        row(r, "column limit", q.maxColumnDensityPerCm2(), "cm⁻²", "n_ISM ℓ_mfp");
    }

    private int row(int r, String name, double value, String unit, String note) {
        Label n = new Label();
        Typeset.show(n, name);
        Label v = new Label(String.format(Locale.ROOT, "%.4g", value).replace("e+", "e").replace("e0", "e").replace("e-0", "e-"));
        v.setId("q-" + r);
        v.getStyleClass().add("quantity-value");
        Label u = new Label(unit);
        if (!note.isEmpty()) {
            Tooltip t = new Tooltip(note);
            n.setTooltip(t);
            v.setTooltip(t);
        }
        table.addRow(r, n, v, u);
        return r + 1;
    }
}
