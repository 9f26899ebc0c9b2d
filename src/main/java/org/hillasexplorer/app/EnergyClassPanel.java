package org.hillasexplorer.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.hillasexplorer.figure.Palette;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Units;

/**
 * The energy classes: a check box to show or hide each band (with its colour) and editable kinetic-energy limits
 * ("1 MeV", "10GeV", "5e3 keV"). A bad limit shows an inline message and the class keeps its last valid range.
 */
final class EnergyClassPanel {
    private final ExplorerModel model;
    private final VBox root = new VBox(4);
    private final GridPane grid = new GridPane();
    private final Label error = new Label();
    private final List<TextField[]> fields = new ArrayList<>();

    EnergyClassPanel(ExplorerModel model) {
        this.model = model;
        grid.setHgap(6);
        grid.setVgap(4);
        error.getStyleClass().add("inline-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        javafx.scene.control.Hyperlink why = new javafx.scene.control.Hyperlink("Why are the bands shaped like this?");
        why.setId("why-bands");
        why.setOnAction(e -> Classroom.showBandWhy(why));
        root.getChildren().addAll(grid, error, why);
        root.setPadding(new Insets(4, 0, 4, 0));
        model.scenarioProperty().addListener((o, a, b) -> {
            if (a.energyClasses().size() != b.energyClasses().size()
                    || !labels(a).equals(labels(b))) {
                rebuild();
            } else {
                syncText();
            }
        });
        model.hiddenEnergyClasses().addListener((javafx.collections.SetChangeListener<String>) c -> rebuild());
        rebuild();
    }

    VBox node() {
        return root;
    }

    /** The low/high fields of class {@code index} (for tests). */
    TextField[] fields(int index) {
        return fields.get(index);
    }

    Label error() {
        return error;
    }

    private static List<String> labels(Scenario s) {
        return s.energyClasses().stream().map(EnergyClass::label).toList();
    }

    private void rebuild() {
        grid.getChildren().clear();
        fields.clear();
        grid.add(new Label("show"), 0, 0);
        grid.add(new Label("T_lo"), 2, 0);
        grid.add(new Label("T_hi"), 3, 0);
        List<EnergyClass> classes = model.scenario().energyClasses();
        for (int i = 0; i < classes.size(); i++) {
            EnergyClass c = classes.get(i);
            java.awt.Color awt = Palette.OKABE_ITO.bandColour(i);
            Rectangle sw = new Rectangle(12, 12, Color.rgb(awt.getRed(), awt.getGreen(), awt.getBlue(), 0.6));
            sw.setStroke(Color.rgb(awt.getRed(), awt.getGreen(), awt.getBlue()));
            CheckBox show = new CheckBox(c.label());
            show.setGraphic(sw);
            show.setId("show-class-" + c.label());
            show.setSelected(!model.hiddenEnergyClasses().contains(c.label()));
            show.setTooltip(new Tooltip("Show or hide the band of " + c.describe()));
            show.selectedProperty().addListener((o, a, b) -> {
                if (b) {
                    model.hiddenEnergyClasses().remove(c.label());
                } else {
                    model.hiddenEnergyClasses().add(c.label());
                }
            });
            TextField lo = new TextField(Units.formatEnergy(c.minKineticEnergyGeV()));
            TextField hi = new TextField(Units.formatEnergy(c.maxKineticEnergyGeV()));
            lo.setId("class-" + c.label() + "-lo");
            hi.setId("class-" + c.label() + "-hi");
            for (TextField f : new TextField[] {lo, hi}) {
                f.setPrefColumnCount(6);
                f.setTooltip(new Tooltip("Kinetic energy per particle with a unit: eV, keV, MeV, GeV, TeV or PeV "
                        + "(allowed 1 keV–10 PeV, T_lo < T_hi). Enter applies."));
                f.setOnAction(e -> commit());
                f.focusedProperty().addListener((o, was, is) -> {
                    if (!is) {
                        commit();
                    }
                });
            }
            fields.add(new TextField[] {lo, hi});
            grid.add(show, 0, i + 1, 2, 1);
            grid.add(lo, 2, i + 1);
            grid.add(hi, 3, i + 1);
        }
        hideError();
    }

    private void commit() {
        List<EnergyClass> old = model.scenario().energyClasses();
        List<EnergyClass> next = new ArrayList<>();
        for (int i = 0; i < old.size(); i++) {
            EnergyClass c = old.get(i);
            try {
                double lo = Units.parseEnergyGeV(fields.get(i)[0].getText());
                double hi = Units.parseEnergyGeV(fields.get(i)[1].getText());
                next.add(new EnergyClass(c.label(), lo, hi));
            } catch (IllegalArgumentException e) {
                showError(c.label() + ": " + e.getMessage() + " — kept " + Units.formatEnergy(c.minKineticEnergyGeV())
                        + "–" + Units.formatEnergy(c.maxKineticEnergyGeV()));
                return;
            }
        }
        hideError();
        model.change(model.scenario().withEnergyClasses(next));
        syncText();
    }

    private void syncText() {
        List<EnergyClass> classes = model.scenario().energyClasses();
        for (int i = 0; i < classes.size() && i < fields.size(); i++) {
            if (!fields.get(i)[0].isFocused()) {
                fields.get(i)[0].setText(Units.formatEnergy(classes.get(i).minKineticEnergyGeV()));
            }
            if (!fields.get(i)[1].isFocused()) {
                fields.get(i)[1].setText(Units.formatEnergy(classes.get(i).maxKineticEnergyGeV()));
            }
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        error.setManaged(true);
    }

    private void hideError() {
        error.setVisible(false);
        error.setManaged(false);
    }
}
