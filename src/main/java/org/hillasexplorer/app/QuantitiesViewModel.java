package org.hillasexplorer.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hillasexplorer.physics.DerivedQuantities;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Units;

/**
 * The derived-quantities readout without its fields: the kinetic energy typed ("1 GeV", "10 MeV", "5 TeV", checked
 * against T's range; a bad one keeps the last good energy and says so), and the rows of the table for the current
 * scenario at that energy. How a row's value is written is {@link #valueText} alone.
 */
final class QuantitiesViewModel {
    /** The energy the readout starts at [GeV]. */
    static final double INITIAL_ENERGY_GEV = 1;

    /**
     * One row of the table.
     *
     * @param name  the quantity, e.g. {@code rigidity R}
     * @param value its value in {@code unit}
     * @param unit  e.g. {@code GV}; empty for a pure number
     * @param note  where it comes from (the tooltip); empty if there is nothing to add
     */
    record Row(String name, double value, String unit, String note) {
        /** The value as the table shows it. */
        String valueText() {
            return QuantitiesViewModel.valueText(value);
        }
    }

    private final ExplorerModel model;
    private final ReadOnlyDoubleWrapper energyGeV = new ReadOnlyDoubleWrapper(this, "energyGeV", INITIAL_ENERGY_GEV);
    private final ReadOnlyStringWrapper energyText = new ReadOnlyStringWrapper(this, "energyText", Units.formatEnergy(INITIAL_ENERGY_GEV));
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<List<Row>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());

    QuantitiesViewModel(ExplorerModel model) {
        this.model = model;
        model.scenarioProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** The energy the quantities are computed at [GeV]. */
    ReadOnlyDoubleProperty energyGeVProperty() {
        return energyGeV.getReadOnlyProperty();
    }

    /** The energy as the field shows it once applied, e.g. {@code 10 GeV}. */
    ReadOnlyStringProperty energyTextProperty() {
        return energyText.getReadOnlyProperty();
    }

    /** Why the last typed energy was refused, and which one is shown instead; empty while it was fine. */
    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The table's rows; a new list whenever the scenario or the energy changes. */
    ReadOnlyObjectProperty<List<Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    List<Row> rows() {
        return rows.get();
    }

    /**
     * The energy typed: applied if it reads and lies in T's range, else nothing changes.
     *
     * @return the inline message for a refused energy (it names what is shown instead), or empty
     */
    Optional<String> commit(String text) {
        try {
            double t = Parameters.KINETIC_ENERGY_GEV.validate(Units.parseEnergyGeV(text));
            error.set("");
            energyGeV.set(t);
            energyText.set(Units.formatEnergy(t));
            refresh();
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage() + " — showing " + Units.formatEnergy(energyGeV.get()));
            return Optional.of(error.get());
        }
    }

    private void refresh() {
        rows.set(rows(model.scenario(), energyGeV.get()));
    }

    /** The rows for scenario {@code s} at kinetic energy {@code tGeV} [GeV]. */
    static List<Row> rows(Scenario s, double tGeV) {
        DerivedQuantities q = s.at(tGeV);
        return List.of(
                new Row("rigidity R", q.rigidityGV(), "GV", "p c/(Z e)"),
                new Row("β = v/c", q.beta(), "", ""),
                new Row("gyroradius r_g", q.gyroradiusAu(), "au", "eq. (3), exact 0.223 au R/B"),
                new Row("mean free path ℓ_mfp", q.meanFreePathPc(), "pc", "(c/ν̄₀) R^δ_s, eq. (2)"),
                new Row("ν_eff", q.effectiveRatePerS(), "s⁻¹", "ν̄₀ β R^−δ_s, eq. (1)"),
                new Row("1/ν_eff", q.scatteringTimeYr(), "yr", "time between deflections"),
                new Row("κ_eff = v²/ν_eff", q.kappaEffCm2PerS(), "cm² s⁻¹", "paper (f = 1); isotropic is ⅓ of it"),
                new Row("smallest f_V", q.minFillingFactor(), "", "r_g/ℓ_mfp, eq. (11)"),
                new Row("Σ_s limit", q.maxSurfaceDensityGPerCm2(), "g cm⁻²", "ρ_ISM ℓ_mfp (f_M < 1), eqs. (9)–(10)"),
                new Row("column limit", q.maxColumnDensityPerCm2(), "cm⁻²", "n_ISM ℓ_mfp"));
    }

    /** How the table writes a value: four significant digits, a short exponent ({@code 1.234e5}, {@code 2e-7}). */
    static String valueText(double value) {
        return String.format(Locale.ROOT, "%.4g", value).replace("e+", "e").replace("e0", "e").replace("e-0", "e-");
    }
}
