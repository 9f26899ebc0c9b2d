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
import org.hillasexplorer.physics.EnergyClassField;
import org.hillasexplorer.physics.EnergyClassFields;

/**
 * The energy classes: a check box to show or hide each band (with its colour) and editable kinetic-energy limits
 * ("1 MeV", "10GeV", "5e3 keV"). A bad limit shows an inline message and the class keeps its last valid range.
 */
final class EnergyClassPanel {
    private final EnergyClassesViewModel model;
    private final VBox root = new VBox(4);
    private final GridPane grid = new GridPane();
    private final Label error = new Label();
    private final List<TextField[]> fields = new ArrayList<>();
    private final List<CheckBox> shown = new ArrayList<>();

    EnergyClassPanel(EnergyClassesViewModel model) {
        this.model = model;
        grid.setHgap(6);
        grid.setVgap(4);
        error.getStyleClass().add("inline-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        javafx.scene.control.Hyperlink why = new javafx.scene.control.Hyperlink("Why are the bands shaped like this?");
        why.setId("why-bands");
        why.setOnAction(e -> WhyPopovers.showBandWhy(why));
        root.getChildren().addAll(grid, error, why);
        root.setPadding(new Insets(4, 0, 4, 0));
        model.labelsProperty().addListener((o, a, b) -> rebuild());
        model.classesProperty().addListener((o, a, b) -> syncText());
        model.hiddenProperty().addListener((o, a, b) -> shown.forEach(c -> c.setSelected(model.isShown(c.getText()))));
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

    private void rebuild() {
        grid.getChildren().clear();
        fields.clear();
        shown.clear();
        grid.add(header("show", EnergyClassFields.LABEL), 0, 0);
        grid.add(header(EnergyClassFields.T_LO.symbol(), EnergyClassFields.T_LO), 2, 0);
        grid.add(header(EnergyClassFields.T_HI.symbol(), EnergyClassFields.T_HI), 3, 0);
        List<EnergyClass> classes = model.classes();
        for (int i = 0; i < classes.size(); i++) {
            EnergyClass c = classes.get(i);
            java.awt.Color awt = Palette.OKABE_ITO.bandColour(i);
            Rectangle sw = new Rectangle(12, 12, Color.rgb(awt.getRed(), awt.getGreen(), awt.getBlue(), 0.6));
            sw.setStroke(Color.rgb(awt.getRed(), awt.getGreen(), awt.getBlue()));
            CheckBox show = new CheckBox(c.label());
            show.setGraphic(sw);
            show.setId("show-class-" + c.label());
            show.setSelected(model.isShown(c.label()));
            show.setTooltip(new Tooltip("Show or hide the band of " + c.describe()));
            show.selectedProperty().addListener((o, a, b) -> model.setShown(c.label(), b));
            shown.add(show);
            TextField lo = new TextField(EnergyClassesViewModel.text(c)[0]);
            TextField hi = new TextField(EnergyClassesViewModel.text(c)[1]);
            lo.setId("class-" + c.label() + "-lo");
            hi.setId("class-" + c.label() + "-hi");
            lo.setTooltip(new Tooltip(EnergyClassFields.T_LO.tooltip() + "\nEnter applies."));
            hi.setTooltip(new Tooltip(EnergyClassFields.T_HI.tooltip() + "\nEnter applies."));
            for (TextField f : new TextField[] {lo, hi}) {
                f.setPrefColumnCount(6);
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

    /** A column header whose tooltip is the field's. */
    private static Label header(String text, EnergyClassField field) {
        Label l = new Label(text);
        l.setId("class-header-" + field.key());
        l.setTooltip(new Tooltip(field.tooltip()));
        return l;
    }

    private void commit() {
        var problem = model.commit(fields.stream().map(f -> new String[] {f[0].getText(), f[1].getText()}).toList());
        if (problem.isPresent()) {
            showError(problem.get());
            return;
        }
        hideError();
        syncText();
    }

    private void syncText() {
        List<EnergyClass> classes = model.classes();
        for (int i = 0; i < classes.size() && i < fields.size(); i++) {
            String[] text = EnergyClassesViewModel.text(classes.get(i));
            for (int k = 0; k < 2; k++) {
                if (!fields.get(i)[k].isFocused()) {
                    fields.get(i)[k].setText(text[k]);
                }
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
