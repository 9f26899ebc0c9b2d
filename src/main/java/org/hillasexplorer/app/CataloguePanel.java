package org.hillasexplorer.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.controlsfx.control.textfield.TextFields;
import org.hillasexplorer.catalog.CatalogEntry;
import org.hillasexplorer.catalog.Category;
import org.hillasexplorer.figure.CandidateLayer;
import org.hillasexplorer.figure.Palette;
import org.hillasexplorer.physics.CandidateBox;
import org.hillasexplorer.physics.CandidateEvaluation;
import org.hillasexplorer.physics.ClassVerdict;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;

/**
 * The catalogue: entries grouped by category with show/hide check boxes, colour swatches, a search field and,
 * per entry, the verdict against each energy class (updated live with the parameters).
 */
final class CataloguePanel {
    private final ExplorerModel model;
    private final VBox root = new VBox(6);
    private final TextField search = TextFields.createClearableTextField();
    private final TreeView<Object> tree = new TreeView<>();
    private final Map<String, CheckBox> boxes = new LinkedHashMap<>();

    CataloguePanel(ExplorerModel model) {
        this.model = model;
        search.setPromptText("Search catalogue (name, id, reference)");
        search.setId("catalogue-search");
        tree.setId("catalogue-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new EntryCell());
        VBox.setVgrow(tree, Priority.ALWAYS);
        Label hint = new Label("Verdict per class on the entry's plane: ✓ reaches the band; −x too rare / +x too abundant "
                + "(dex); <r_g smaller than the gyroradius; >l_mfp larger than the mean free path");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        root.getChildren().addAll(search, tree, hint);
        root.setPadding(new Insets(6));
        search.textProperty().addListener((o, a, b) -> rebuild());
        model.catalogs().addListener((ListChangeListener<Object>) c -> rebuild());
        model.scenarioProperty().addListener((o, a, b) -> tree.refresh());
        model.hiddenCandidates().addListener((javafx.collections.SetChangeListener<String>) c -> tree.refresh());
        rebuild();
    }

    VBox node() {
        return root;
    }

    /** The show/hide check box of an entry (for tests). */
    Optional<CheckBox> checkBox(String id) {
        return Optional.ofNullable(boxes.get(id));
    }

    private void rebuild() {
        String q = search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
        TreeItem<Object> top = new TreeItem<>("catalogue");
        Map<Category, TreeItem<Object>> groups = new LinkedHashMap<>();
        // the user's own entries first: they are what a researcher adding a file came to see
        List<Category> order = new ArrayList<>(List.of(Category.values()));
        order.remove(Category.USER);
        order.add(0, Category.USER);
        for (Category c : order) {
            TreeItem<Object> g = new TreeItem<>(c);
            g.setExpanded(true);
            groups.put(c, g);
        }
        boxes.clear();
        for (var catalog : model.catalogs()) {
            for (CatalogEntry e : catalog.entries()) {
                String hay = (e.id() + " " + e.name() + " " + e.label() + " " + e.reference()).toLowerCase(Locale.ROOT);
                if (q.isEmpty() || hay.contains(q)) {
                    groups.get(e.category()).getChildren().add(new TreeItem<>(e));
                }
            }
        }
        for (TreeItem<Object> g : groups.values()) {
            if (!g.getChildren().isEmpty()) {
                top.getChildren().add(g);
            }
        }
        tree.setRoot(top);
    }

    /** Compact verdict text, e.g. "MeV −9.1 · GeV −8.1 · TeV −5.4". */
    static String verdictText(CatalogEntry e, Scenario s) {
        List<String> parts = new ArrayList<>();
        for (Plane p : Plane.values()) {
            Optional<CandidateBox> box = e.isOn(p) ? e.box(p) : Optional.empty();
            if (box.isEmpty()) {
                continue;
            }
            for (ClassVerdict v : CandidateEvaluation.evaluate(box.get(), s)) {
                String g = String.format(Locale.ROOT, "%.1f", v.gapDex());
                parts.add(v.energyClass().label() + " " + switch (v.status()) {
                    case OVERLAPS -> "✓";
                    case TOO_RARE -> "−" + g;
                    case TOO_ABUNDANT -> "+" + g;
                    case TOO_SMALL -> "<r_g";
                    case TOO_LARGE -> ">l_mfp";
                    case NO_BAND -> "–";
                });
            }
            break;
        }
        return parts.isEmpty() ? "no numbers yet" : String.join(" · ", parts);
    }

    /** The plain-words verdict, e.g. "explains none: 3.5–8.1 dex too rare", on the entry's first plane with numbers. */
    static String summaryText(CatalogEntry e, Scenario s) {
        for (Plane p : Plane.values()) {
            Optional<CandidateBox> box = e.isOn(p) ? e.box(p) : Optional.empty();
            if (box.isPresent()) {
                return org.hillasexplorer.physics.FigureOfMerit.evaluate(e.id(), e.label(), box.get(), s).summary();
            }
        }
        return "";
    }

    /** The palette colour the figure gives this entry on its plane (hidden boxes keep theirs). */
    private Color swatch(CatalogEntry e) {
        for (Plane p : Plane.values()) {
            List<CandidateLayer> layers = model.layers(p);
            for (int i = 0; i < layers.size(); i++) {
                if (layers.get(i).id().equals(e.id())) {
                    java.awt.Color c = Palette.OKABE_ITO.candidateColour(i);
                    return Color.rgb(c.getRed(), c.getGreen(), c.getBlue());
                }
            }
        }
        return Color.TRANSPARENT;
    }

    private final class EntryCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setGraphic(null);
            setTooltip(null);
            if (empty || item == null) {
                return;
            }
            if (item instanceof Category c) {
                Label l = new Label(switch (c) {
                    case MACROSCOPIC -> "Macroscopic ISM structures (Fig. 2, Sec. 4.1)";
                    case SMALL_SCALE -> "Small-scale structures (Fig. 3, Sec. 4.2)";
                    case THEORETICAL -> "Proposed mechanisms (Sec. 4.4)";
                    case USER -> "Your catalogues";
                });
                l.getStyleClass().add("category-header");
                setGraphic(l);
                return;
            }
            CatalogEntry e = (CatalogEntry) item;
            CheckBox show = new CheckBox();
            show.setId("show-" + e.id());
            show.setSelected(!model.hiddenCandidates().contains(e.id()));
            show.setAccessibleText("show " + e.name());
            show.selectedProperty().addListener((o, a, b) -> {
                if (b) {
                    model.hiddenCandidates().remove(e.id());
                } else {
                    model.hiddenCandidates().add(e.id());
                }
            });
            boxes.put(e.id(), show);
            Rectangle sw = new Rectangle(12, 12, swatch(e));
            sw.setStroke(Color.gray(0.3));
            sw.getStrokeDashArray().setAll(2.0, 2.0);
            Label name = new Label(e.label());
            name.getStyleClass().add("entry-name");
            Label verdict = new Label(verdictText(e, model.scenario()));
            verdict.getStyleClass().add("verdict");
            verdict.setId("verdict-" + e.id());
            Label summary = new Label(summaryText(e, model.scenario()));
            summary.getStyleClass().add("verdict-summary");
            summary.setId("summary-" + e.id());
            summary.setWrapText(true);
            summary.setMaxWidth(270);
            HBox line = new HBox(6, show, sw, name);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            VBox row = new VBox(1, line, summary, verdict);
            VBox.setMargin(verdict, new Insets(0, 0, 0, 44));
            VBox.setMargin(summary, new Insets(0, 0, 0, 44));
            setGraphic(row);
            Tooltip tip = new Tooltip(e.name() + "\nCategory: " + e.category().key() + ", D = " + e.dimensionality()
                    + "\nDerivation: " + e.derivation() + "\nReference: " + e.reference());
            tip.setWrapText(true);
            tip.setMaxWidth(460);
            tip.setShowDelay(Duration.millis(400));
            setTooltip(tip);
        }
    }
}
