package org.hillasexplorer.app;

import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.TabulatedPopulation;

/**
 * Candidate populations described by curves (power laws, tabulated curves from a file, the paper's intermittent
 * model): add, edit, show/hide and remove them; each shows its plain-words verdict, updated live, and when a parameter
 * is uncertain the share of the distribution in which it reaches each band ({@link EnvelopeService}).
 */
final class PopulationPanel {
    private final PopulationsViewModel model;
    private final Window owner;
    private final VBox root = new VBox(6);
    private final ListView<Population> list = new ListView<>();
    private EnvelopeService envelopes;

    PopulationPanel(PopulationsViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
        list.setId("population-list");
        list.setItems(model.populations());
        list.setPrefHeight(150);
        list.setCellFactory(v -> new PopulationCell());
        list.setPlaceholder(new Label("No populations yet: add a power law, a curve file or the paper's model."));
        Button power = new Button("Power law…");
        power.setId("add-power-law");
        power.setTooltip(new Tooltip("A cumulative size distribution n_s(>ℓ_S) = n₀ (ℓ_S/ℓ₀)^(−α_n), with a live preview"));
        power.setOnAction(e -> addPowerLaw());
        Button curve = new Button("Curve file…");
        curve.setTooltip(new Tooltip("A tabulated (ℓ_S, n_s) or (ℓ_S, f_V) curve from a CSV file"));
        curve.setOnAction(e -> addCurveDialog());
        Button paper = new Button("Paper's model");
        paper.setId("add-model");
        paper.setTooltip(new Tooltip("The hypothetical intermittent model of Fig. 3: ℓ_S = r_g, f_V = r_g/ℓ_mfp"));
        paper.setOnAction(e -> model.addModel());
        Button edit = new Button("Edit…");
        edit.setOnAction(e -> editSelected());
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Button remove = new Button("Remove");
        remove.setId("remove-population");
        remove.setOnAction(e -> {
            Population p = list.getSelectionModel().getSelectedItem();
            if (p != null) {
                model.remove(p);
            }
        });
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        FlowPane buttons = new FlowPane(6, 6, power, curve, paper, edit, remove);
        root.getChildren().addAll(list, buttons);
        root.setPadding(new Insets(6));
        model.scenarioProperty().addListener((o, a, b) -> list.refresh());
        model.hiddenProperty().addListener((o, a, b) -> list.refresh());
        model.populations().addListener((ListChangeListener<Population>) c -> list.refresh());
    }

    VBox node() {
        return root;
    }

    /** Shows each population's robust verdict from {@code service} (without it, none). */
    void showRobustness(EnvelopeService service) {
        envelopes = service;
        service.resultProperty().addListener((o, a, b) -> list.refresh());
    }

    void addPowerLaw() {
        new PopulationDialog(owner, model.scenario(), null, PopulationDialog.freshId(model.ids())).showAndWait()
                .ifPresent(model::add);
    }

    private void addCurveDialog() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Add a tabulated population curve");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV (*.csv, *.txt)", "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        java.io.File f = fc.showOpenDialog(owner);
        if (f != null) {
            model.addCurve(f.toPath());
        }
    }

    private void editSelected() {
        Population p = list.getSelectionModel().getSelectedItem();
        if (p instanceof PowerLawPopulation pl) {
            Optional<PowerLawPopulation> edited = new PopulationDialog(owner, model.scenario(), pl, pl.id()).showAndWait();
            edited.ifPresent(e -> model.replace(p, e));
        } else if (p != null) {
            model.report("Only power laws can be edited here", p.label() + " comes from "
                    + (p instanceof TabulatedPopulation ? "a curve file: edit the file and add it again." : "the paper."));
        }
    }

    private final class PopulationCell extends ListCell<Population> {
        @Override
        protected void updateItem(Population p, boolean empty) {
            super.updateItem(p, empty);
            setText(null);
            setGraphic(null);
            setTooltip(null);
            if (empty || p == null) {
                return;
            }
            CheckBox show = new CheckBox();
            show.setId("show-" + p.id());
            show.setSelected(model.isShown(p.id()));
            show.selectedProperty().addListener((o, a, b) -> model.setShown(p.id(), b));
            Label name = new Label(p.label());
            name.getStyleClass().add("entry-name");
            Label verdict = new Label(PopulationsViewModel.verdictText(p, model.scenario()));
            verdict.getStyleClass().add("verdict");
            verdict.setWrapText(true);
            verdict.setMaxWidth(260);
            verdict.setId("population-verdict-" + p.id());
            VBox box = new VBox(1, new HBox(6, show, name), verdict);
            VBox.setMargin(verdict, new Insets(0, 0, 0, 26));
            var robust = envelopes == null ? null : envelopes.result().populations().get(p.id());
            if (robust != null) {
                Label badge = new Label(CatalogueViewModel.badgeText(robust));
                badge.getStyleClass().add("robust-badge");
                badge.setId("robust-" + p.id());
                Tooltip why = new Tooltip("Over the uncertain parameters (" + robust.samples() + " Sobol samples): "
                        + robust.summary());
                why.setWrapText(true);
                why.setMaxWidth(460);
                badge.setTooltip(why);
                box.getChildren().add(badge);
                VBox.setMargin(badge, new Insets(0, 0, 0, 26));
            }
            setGraphic(box);
            Tooltip tip = new Tooltip(PopulationsViewModel.details(p, model.scenario()));
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            setTooltip(tip);
        }
    }
}
