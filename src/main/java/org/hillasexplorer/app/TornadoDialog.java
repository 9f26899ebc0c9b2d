package org.hillasexplorer.app;

import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hillasexplorer.catalog.CatalogEntry;
import org.hillasexplorer.figure.FigureStyle;
import org.hillasexplorer.figure.TornadoCharts;
import org.hillasexplorer.physics.CandidateEvaluation;
import org.hillasexplorer.physics.ClassVerdict;
import org.hillasexplorer.physics.uncertainty.Sensitivity;
import org.jfree.chart.fx.ChartViewer;

/**
 * The sensitivity view: for a chosen catalogue entry and energy class, a tornado chart with one row per uncertain
 * parameter showing how its low and high end move the entry's miss in dex ({@link Sensitivity}), and the largest mover
 * in words. It follows the scenario and what is uncertain while open.
 */
final class TornadoDialog {
    private final CatalogueViewModel model;
    private final Stage stage = new Stage();
    private final ComboBox<CatalogEntry> entry = new ComboBox<>();
    private final ComboBox<String> energyClass = new ComboBox<>();
    private final ChartViewer viewer = new ChartViewer(null);
    private final Label message = new Label();
    private final Label summary = new Label();
    private final BorderPane root = new BorderPane();
    private Sensitivity.Tornado tornado;

    private TornadoDialog(Window owner, CatalogueViewModel model, CatalogEntry first) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Sensitivity: which uncertain parameter moves the verdict");
        entry.setId("tornado-entry");
        energyClass.setId("tornado-class");
        viewer.setId("tornado-chart");
        message.setId("tornado-message");
        summary.setId("tornado-summary");
        message.setWrapText(true);
        message.setMaxWidth(520);
        summary.setWrapText(true);
        entry.getItems().setAll(model.entriesWithNumbers());
        entry.setCellFactory(v -> new EntryCell());
        entry.setButtonCell(new EntryCell());
        entry.setValue(first != null && entry.getItems().contains(first) ? first
                : entry.getItems().isEmpty() ? null : entry.getItems().get(0));
        fillClasses();
        HBox choose = new HBox(8, new Label("Candidate"), entry, new Label("Energy class"), energyClass);
        choose.setAlignment(Pos.CENTER_LEFT);
        choose.setPadding(new Insets(8));
        root.setTop(choose);
        root.setBottom(summary);
        BorderPane.setMargin(summary, new Insets(6, 8, 8, 8));
        entry.valueProperty().addListener((o, a, b) -> {
            fillClasses();
            redraw();
        });
        energyClass.valueProperty().addListener((o, a, b) -> redraw());
        InvalidationListener follow = o -> {
            fillClasses();
            redraw();
        };
        model.scenarioProperty().addListener(follow);
        model.uncertaintyProperty().addListener(follow);
        stage.setOnHidden(e -> {
            model.scenarioProperty().removeListener(follow);
            model.uncertaintyProperty().removeListener(follow);
        });
        redraw();
        stage.setScene(new Scene(root, 760, 420));
    }

    /** Opens the view for {@code entry} (or the first entry with numbers when null), over {@code owner}. */
    static TornadoDialog open(Window owner, CatalogueViewModel model, CatalogEntry entry) {
        TornadoDialog d = new TornadoDialog(owner, model, entry);
        d.stage.show();
        return d;
    }

    /** The tornado drawn now, or null when there is none (nothing uncertain, no entry). */
    Sensitivity.Tornado tornado() {
        return tornado;
    }

    ChartViewer viewer() {
        return viewer;
    }

    Stage stage() {
        return stage;
    }

    /**
     * The class choices for the entry: the scenario's classes, first the one whose band the entry comes closest to in
     * abundance (a size miss can be small while the abundance is far off), else in anything.
     */
    private void fillClasses() {
        List<String> labels = model.classLabels();
        String keep = energyClass.getValue();
        if (!energyClass.getItems().equals(labels)) {
            energyClass.getItems().setAll(labels);
        }
        if (keep != null && labels.contains(keep)) {
            energyClass.setValue(keep);
        } else if (entry.getValue() != null) {
            energyClass.setValue(closestClass(entry.getValue()));
        } else if (!labels.isEmpty()) {
            energyClass.setValue(labels.get(0));
        }
    }

    private String closestClass(CatalogEntry e) {
        var box = CatalogueViewModel.firstBox(e);
        String best = model.classLabels().isEmpty() ? null : model.classLabels().get(0);
        if (box.isEmpty()) {
            return best;
        }
        double gap = Double.POSITIVE_INFINITY;
        boolean abundance = false;
        for (ClassVerdict v : CandidateEvaluation.evaluate(box.get(), model.scenarioProperty().get())) {
            boolean a = switch (v.status()) {
                case OVERLAPS, TOO_RARE, TOO_ABUNDANT -> true;
                default -> false;
            };
            double g = v.status() == ClassVerdict.Status.OVERLAPS ? 0 : v.gapDex();
            if (Double.isFinite(g) && (a && !abundance || a == abundance && g < gap)) {
                gap = g;
                abundance = a;
                best = v.energyClass().label();
            }
        }
        return best;
    }

    private void redraw() {
        tornado = null;
        if (!model.anythingUncertain()) {
            show("Nothing is uncertain yet: press ± beside δ_s, B or ν̄₀ in the scenario panel (or type a range such as "
                    + "0.3..0.7 in its field), then each uncertain parameter gets a bar here.");
            return;
        }
        if (entry.getValue() == null || energyClass.getValue() == null) {
            show("Choose a catalogue entry with numbers and an energy class.");
            return;
        }
        try {
            tornado = model.tornado(entry.getValue(), energyClass.getValue());
        } catch (IllegalArgumentException e) {
            show(e.getMessage());
            return;
        }
        FigureStyle style = FigureStyle.PAPER;
        viewer.setChart(org.hillasexplorer.figure.Figures.forScreen(org.hillasexplorer.figure.TornadoCharts.chart(TornadoCharts.of(tornado, style))));
        root.setCenter(viewer);
        summary.setText(words(tornado));
    }

    /** The largest mover in words. */
    static String words(Sensitivity.Tornado t) {
        if (t.bars().isEmpty()) {
            return "";
        }
        Sensitivity.Bar top = t.bars().get(0);
        return String.format(Locale.ROOT, "%s moves the miss most: %s at %s, %s at %s (swing %.2f dex)%s.",
                top.parameter().symbol(), dex(top.missAtLowDex()), org.hillasexplorer.physics.Units.formatNumber(top.lowValue()),
                dex(top.missAtHighDex()), org.hillasexplorer.physics.Units.formatNumber(top.highValue()), top.swingDex(),
                t.bars().size() > 1 ? String.format(Locale.ROOT, "; then %s (%.2f dex)", t.bars().get(1).parameter().symbol(),
                        t.bars().get(1).swingDex()) : "");
    }

    private static String dex(double miss) {
        return Double.isNaN(miss) ? "no band" : miss == 0 ? "reaches the band" : String.format(Locale.ROOT, "%.2f dex", miss);
    }

    private void show(String text) {
        message.setText(text);
        root.setCenter(message);
        BorderPane.setMargin(message, new Insets(16));
        summary.setText("");
    }

    private static final class EntryCell extends ListCell<CatalogEntry> {
        @Override
        protected void updateItem(CatalogEntry e, boolean empty) {
            super.updateItem(e, empty);
            setText(empty || e == null ? null : e.label());
        }
    }
}
