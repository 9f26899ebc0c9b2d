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
 * per entry, the verdict against each energy class (updated live with the parameters). When a parameter is
 * uncertain each entry also shows a badge with the share of the distribution in which it reaches each band, the plain
 * line of its robust verdict in the badge's tooltip, and its context menu opens the sensitivity view (a tornado).
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
        Label hint = new Label("Verdict per class on the entry's plane: " + org.hillasexplorer.physics.SignedMiss.legend());
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        root.getChildren().addAll(search, tree, hint);
        root.setPadding(new Insets(6));
        search.textProperty().bindBidirectional(model.searchProperty());
        model.groupsProperty().addListener((o, a, b) -> rebuild());
        model.scenarioProperty().addListener((o, a, b) -> tree.refresh());
        model.hiddenProperty().addListener((o, a, b) -> tree.refresh());
        model.robustnessProperty().addListener((o, a, b) -> tree.refresh());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                model.selectedProperty().set(b != null && b.getValue() instanceof CatalogEntry e ? e : null));
        rebuild();
    }

    VBox node() {
        return root;
    }

    /** The show/hide check box of an entry (for tests). */
    Optional<CheckBox> checkBox(String id) {
        return Optional.ofNullable(boxes.get(id));
    }

    /** Opens the sensitivity view of {@code e} (or of the first entry when null) over this panel's window. */
    TornadoDialog openSensitivity(CatalogEntry e) {
        return TornadoDialog.open(root.getScene() == null ? null : root.getScene().getWindow(), model, e);
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

    /** An entry's tooltip: its name, category and what it says about D, derivation and reference (unknowns left out). */
    static String tooltipText(CatalogEntry e) {
        return e.name() + "\nCategory: " + e.category().key()
                + e.provenance().stream().map(l -> "\n" + l).collect(java.util.stream.Collectors.joining());
    }

    private final class EntryCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setGraphic(null);
            setTooltip(null);
            setContextMenu(null);
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
            var robust = model.robustness(e);
            robust.ifPresent(v -> {
                Label badge = new Label(CatalogueViewModel.badgeText(v));
                badge.getStyleClass().add("robust-badge");
                badge.setId("robust-" + e.id());
                Tooltip why = new Tooltip("Over the uncertain parameters (" + v.samples() + " Sobol samples): " + v.summary());
                why.setWrapText(true);
                why.setMaxWidth(460);
                why.setShowDelay(Duration.millis(300));
                badge.setTooltip(why);
                row.getChildren().add(badge);
                VBox.setMargin(badge, new Insets(0, 0, 0, 44));
            });
            setGraphic(row);
            javafx.scene.control.MenuItem sensitivity = new javafx.scene.control.MenuItem(
                    "Sensitivity to the uncertain parameters (tornado)…");
            sensitivity.setId("sensitivity-" + e.id());
            sensitivity.setOnAction(a -> openSensitivity(e));
            sensitivity.setDisable(!model.anythingUncertain());
            setContextMenu(new javafx.scene.control.ContextMenu(sensitivity));
            Tooltip tip = new Tooltip(tooltipText(e)
                    + robust.map(v -> "\nOver the uncertain parameters: " + v.summary()).orElse(""));
            tip.setWrapText(true);
            tip.setMaxWidth(460);
            tip.setShowDelay(Duration.millis(400));
            setTooltip(tip);
        }
    }
}
