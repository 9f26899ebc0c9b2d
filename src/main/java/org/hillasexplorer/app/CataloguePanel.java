package org.hillasexplorer.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
import org.hillasexplorer.figure.Palette;

/**
 * The catalogue: entries grouped by category with show/hide check boxes, colour swatches, a search field and,
 * per entry, the verdict against each energy class (updated live with the parameters).
 */
final class CataloguePanel {
    private final CatalogueViewModel model;
    private final VBox root = new VBox(6);
    private final TextField search = TextFields.createClearableTextField();
    private final TreeView<Object> tree = new TreeView<>();
    private final Map<String, CheckBox> boxes = new LinkedHashMap<>();

    CataloguePanel(CatalogueViewModel model) {
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
        search.textProperty().bindBidirectional(model.searchProperty());
        model.groupsProperty().addListener((o, a, b) -> rebuild());
        model.scenarioProperty().addListener((o, a, b) -> tree.refresh());
        model.hiddenProperty().addListener((o, a, b) -> tree.refresh());
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
        TreeItem<Object> top = new TreeItem<>("catalogue");
        boxes.clear();
        model.groupsProperty().get().forEach((category, entries) -> {
            TreeItem<Object> g = new TreeItem<>(category);
            g.setExpanded(true);
            entries.forEach(e -> g.getChildren().add(new TreeItem<>(e)));
            top.getChildren().add(g);
        });
        tree.setRoot(top);
    }

    /** The palette colour the figure gives this entry on its plane (hidden boxes keep theirs). */
    private Color swatch(CatalogEntry e) {
        return model.colour(e, Palette.OKABE_ITO).map(c -> Color.rgb(c.getRed(), c.getGreen(), c.getBlue()))
                .orElse(Color.TRANSPARENT);
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
            show.setSelected(model.isShown(e.id()));
            show.setAccessibleText("show " + e.name());
            show.selectedProperty().addListener((o, a, b) -> model.setShown(e.id(), b));
            boxes.put(e.id(), show);
            Rectangle sw = new Rectangle(12, 12, swatch(e));
            sw.setStroke(Color.gray(0.3));
            sw.getStrokeDashArray().setAll(2.0, 2.0);
            Label name = new Label(e.label());
            name.getStyleClass().add("entry-name");
            Label verdict = new Label(model.verdict(e));
            verdict.getStyleClass().add("verdict");
            verdict.setId("verdict-" + e.id());
            Label summary = new Label(model.summary(e));
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
