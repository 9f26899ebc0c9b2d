package org.hillasexplorer.app;

import java.nio.file.Path;
import java.util.List;
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
import org.hillasexplorer.catalog.CatalogException;
import org.hillasexplorer.catalog.CurveReader;
import org.hillasexplorer.physics.CandidateVerdict;
import org.hillasexplorer.physics.FigureOfMerit;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.TabulatedPopulation;

/**
 * Candidate populations described by curves (power laws, tabulated curves from a file, the paper's intermittent
 * model): add, edit, show/hide and remove them; each shows its plain-words verdict, updated live.
 */
final class PopulationPanel {
    private final ExplorerModel model;
    private final Window owner;
    private final VBox root = new VBox(6);
    private final ListView<Population> list = new ListView<>();
    private java.util.function.BiConsumer<String, String> onError = (h, m) -> { };

    PopulationPanel(ExplorerModel model, Window owner) {
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
        paper.setOnAction(e -> addModel());
        Button edit = new Button("Edit…");
        edit.setOnAction(e -> editSelected());
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Button remove = new Button("Remove");
        remove.setId("remove-population");
        remove.setOnAction(e -> {
            Population p = list.getSelectionModel().getSelectedItem();
            if (p != null) {
                model.populations().remove(p);
            }
        });
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        FlowPane buttons = new FlowPane(6, 6, power, curve, paper, edit, remove);
        root.getChildren().addAll(list, buttons);
        root.setPadding(new Insets(6));
        model.scenarioProperty().addListener((o, a, b) -> list.refresh());
        model.hiddenCandidates().addListener((javafx.collections.SetChangeListener<String>) c -> list.refresh());
        model.populations().addListener((ListChangeListener<Population>) c -> list.refresh());
    }

    VBox node() {
        return root;
    }

    void setOnError(java.util.function.BiConsumer<String, String> handler) {
        onError = handler;
    }

    private List<String> ids() {
        return model.populations().stream().map(Population::id).toList();
    }

    void addPowerLaw() {
        new PopulationDialog(owner, model.scenario(), null, PopulationDialog.freshId(ids())).showAndWait()
                .ifPresent(p -> model.populations().add(p));
    }

    /** Adds the paper's intermittent model (once). */
    void addModel() {
        IntermittentModelPopulation m = IntermittentModelPopulation.paper();
        if (!ids().contains(m.id())) {
            model.populations().add(m);
        }
    }

    /** Reads a tabulated curve file and adds it; problems are reported, the state is kept on failure. */
    boolean addCurve(Path file) {
        try {
            var result = CurveReader.read(file);
            TabulatedPopulation p = result.population();
            if (ids().contains(p.id())) {
                model.populations().removeIf(q -> q.id().equals(p.id()));
            }
            model.populations().add(p);
            if (!result.problems().isEmpty()) {
                onError.accept("Some lines of " + file.getFileName() + " were skipped",
                        String.join("\n", result.problems().stream().map(Object::toString).toList()));
            }
            return true;
        } catch (CatalogException e) {
            onError.accept("Could not read the curve", e.getMessage());
            return false;
        }
    }

    private void addCurveDialog() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Add a tabulated population curve");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV (*.csv, *.txt)", "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        java.io.File f = fc.showOpenDialog(owner);
        if (f != null) {
            addCurve(f.toPath());
        }
    }

    private void editSelected() {
        Population p = list.getSelectionModel().getSelectedItem();
        if (p instanceof PowerLawPopulation pl) {
            Optional<PowerLawPopulation> edited = new PopulationDialog(owner, model.scenario(), pl, pl.id()).showAndWait();
            edited.ifPresent(e -> model.populations().set(model.populations().indexOf(p), e));
        } else if (p != null) {
            onError.accept("Only power laws can be edited here", p.label() + " comes from "
                    + (p instanceof TabulatedPopulation ? "a curve file: edit the file and add it again." : "the paper."));
        }
    }

    /** The verdict summary shown for a population: on the n_s plane for boxes' sake, f_V is equivalent for curves. */
    static String verdictText(Population p, org.hillasexplorer.physics.Scenario s) {
        CandidateVerdict v = FigureOfMerit.evaluate(p, Plane.NUMBER_DENSITY, s);
        return v.summary();
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
            show.setSelected(!model.hiddenCandidates().contains(p.id()));
            show.selectedProperty().addListener((o, a, b) -> {
                if (b) {
                    model.hiddenCandidates().remove(p.id());
                } else {
                    model.hiddenCandidates().add(p.id());
                }
            });
            Label name = new Label(p.label());
            name.getStyleClass().add("entry-name");
            Label verdict = new Label(verdictText(p, model.scenario()));
            verdict.getStyleClass().add("verdict");
            verdict.setWrapText(true);
            verdict.setMaxWidth(260);
            verdict.setId("population-verdict-" + p.id());
            VBox box = new VBox(1, new HBox(6, show, name), verdict);
            VBox.setMargin(verdict, new Insets(0, 0, 0, 26));
            setGraphic(box);
            CandidateVerdict v = FigureOfMerit.evaluate(p, Plane.NUMBER_DENSITY, model.scenario());
            StringBuilder t = new StringBuilder(p.label()).append('\n').append(v.summary());
            v.classes().forEach(c -> t.append('\n').append(c.describe()));
            v.violations().forEach(c -> t.append("\n• ").append(c.describe()));
            Tooltip tip = new Tooltip(t.toString());
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            setTooltip(tip);
        }
    }
}
