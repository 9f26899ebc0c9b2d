package org.hillasexplorer.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.hillasexplorer.export.ExportException;
import org.hillasexplorer.export.FigureExporter;
import org.hillasexplorer.figure.FigureStyle;
import org.hillasexplorer.figure.RegimeMapChartBuilder;
import org.hillasexplorer.montecarlo.KnobValues;
import org.hillasexplorer.montecarlo.Measurement;
import org.hillasexplorer.montecarlo.RegimeMap;
import org.hillasexplorer.montecarlo.RegimeMapSetup;
import org.hillasexplorer.montecarlo.SimulationCost;
import org.hillasexplorer.montecarlo.SimulationKnob;
import org.hillasexplorer.montecarlo.SimulationKnobs;
import org.hillasexplorer.montecarlo.SimulationResult;
import org.hillasexplorer.montecarlo.SimulationSetup;
import org.hillasexplorer.montecarlo.Simulator;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.TabulatedPopulation;
import org.hillasexplorer.physics.UnitParser;
import org.hillasexplorer.physics.Units;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * "Does ℓ_mfp ≈ ℓ_S/f_V really hold for my patches?": runs the test-particle Monte Carlo in the background (progress,
 * cancel; the window stays live), shows measured against expected with error bars, puts the measured point on the
 * f_V plane, and sweeps τ_s and f_V into a regime map. Its fields are those of {@link SimulationKnobs} (see
 * {@link SimulationKnobFields}), read into a run by the same {@link SimulationKnobs#setup} as {@code simulate}'s options.
 */
final class MonteCarloDialog {
    private final ExplorerModel model;
    private final Stage stage;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Label estimate = new Label();
    private final SimulationKnobFields knobs = new SimulationKnobFields(this::updateEstimate);
    private final GridPane results = new GridPane();
    private final Button run = new Button("Run");
    private final Button map = new Button("Regime map");
    private final Button cancel = new Button("Cancel");
    private final Button place = new Button("Put the measured point on the f_V plane");
    private final Button exportMap = new Button("Export regime map…");
    private final ChartViewer mapViewer = new ChartViewer(null);
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private SimulationResult last;
    private JFreeChart lastMap;

    MonteCarloDialog(ExplorerModel model, Stage stage) {
        this.model = model;
        this.stage = stage;
        dialog.initOwner(stage);
        dialog.setTitle("Monte Carlo check");
        dialog.setHeaderText("Test particles through random patches: does ℓ_mfp ≈ ℓ_S/f_V (eq. 12) hold?");
        dialog.setResizable(true);
        run.setId("mc-run");
        run.setDefaultButton(true);
        cancel.setId("mc-cancel");
        cancel.setDisable(true);
        place.setId("mc-place");
        place.setDisable(true);
        exportMap.setDisable(true);
        run.setOnAction(e -> start(false));
        map.setOnAction(e -> start(true));
        map.setTooltip(new Tooltip("Sweep the " + SimulationKnobs.TAU_RANGE.label() + " × " + SimulationKnobs.FV_RANGE.label()
                + " (right) at this " + SimulationKnobs.LS.label() + " and " + SimulationKnobs.ENERGY.label() + ", protons"));
        cancel.setOnAction(e -> cancelled.set(true));
        place.setOnAction(e -> placeMeasuredPoint());
        exportMap.setOnAction(e -> exportMap());
        results.setHgap(12);
        results.setVgap(3);
        results.setId("mc-results");
        status.setId("mc-status");
        status.setWrapText(true);
        status.setMaxWidth(620);
        progress.setPrefWidth(360);
        mapViewer.setPrefSize(620, 420);
        mapViewer.setVisible(false);
        mapViewer.setManaged(false);
        estimate.setId("mc-estimate");
        estimate.setWrapText(true);
        estimate.setMaxWidth(620);
        updateEstimate();
        VBox box = new VBox(10, knobs.node(), estimate, new HBox(8, run, map, cancel), progress, status, results, place, mapViewer, exportMap);
        box.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        // Enter runs the simulation rather than closing the dialog
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CLOSE)).setDefaultButton(false);
        dialog.setOnCloseRequest(e -> cancelled.set(true));
    }

    void show() {
        dialog.show();
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** The texts of the non-empty fields (an empty field takes the knob's default, as an option not given does). */
    KnobValues values() {
        return knobs.values();
    }

    /** The run the fields describe. @throws SimulationKnob.Rejected naming the field at fault */
    SimulationSetup setup() {
        return SimulationKnobs.setup(values(), model.scenario().species(), Runtime.getRuntime().availableProcessors());
    }

    /** The regime-map sweep the fields describe. @throws SimulationKnob.Rejected naming the field at fault */
    RegimeMapSetup regimeMapSetup() {
        return SimulationKnobs.regimeMap(values(), Runtime.getRuntime().availableProcessors());
    }

    /** The estimate line under the fields: what Run and Regime map would cost. */
    private void updateEstimate() {
        try {
            SimulationSetup setup = setup();
            double limit = SimulationKnobs.eventLimit(values());
            SimulationCost runCost = SimulationCost.of(setup);
            String text = "Estimate: " + runCost.describe(setup.busyThreads());
            boolean asks = runCost.exceeds(limit);
            try {
                RegimeMapSetup m = regimeMapSetup();
                SimulationCost mapCost = m.cost();
                text += "; regime map ≈ " + SimulationCost.count(mapCost.events()) + " events, "
                        + SimulationCost.about(mapCost.seconds(m.busyThreads())) + ".";
                asks |= mapCost.exceeds(limit);
            } catch (IllegalArgumentException e) {
                text += "; regime map: —.";
            }
            if (asks) {
                text += " Above " + SimulationCost.count(limit) + " events a run asks first.";
            }
            estimate.setText(text);
        } catch (IllegalArgumentException e) {
            estimate.setText("Estimate: —");
        }
    }

    /**
     * Asks whether to start a run above the event limit; one that would not finish in a month is refused without
     * asking. Returns whether to start.
     */
    private boolean confirmLongRun(SimulationCost cost, int threads, double limit, boolean regime) {
        String what = cost.describe(threads);
        String shorter = regime ? "fewer " + SimulationKnobs.CELL_PARTICLES.label() + " or a smaller " + SimulationKnobs.TAU_RANGE.label()
                : "fewer " + SimulationKnobs.PARTICLES.label() + " or a smaller " + SimulationKnobs.TAU_S.label();
        if (!SimulationCost.reasonable(cost.events(), cost.seconds(threads))) {
            status.setText("Not started: " + what + " — it would not finish in any reasonable time. Use " + shorter + ".");
            return false;
        }
        ButtonType runAnyway = new ButtonType("Run anyway", ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", runAnyway, ButtonType.CANCEL);
        a.initOwner(dialog.getDialogPane().getScene().getWindow());
        a.setTitle("Monte Carlo check");
        a.setHeaderText("This run is long");
        Label text = new Label("It would need " + what + ", more than the " + SimulationCost.count(limit)
                + " events a run starts without asking. Cancel stops it at any time; " + shorter + " make it shorter.");
        text.setWrapText(true);
        text.setMaxWidth(460);
        a.getDialogPane().setContent(text);
        a.getDialogPane().setId("mc-confirm");
        Optional<ButtonType> r = a.showAndWait();
        if (r.isPresent() && r.get() == runAnyway) {
            return true;
        }
        status.setText("Not started: " + what + ".");
        return false;
    }

    /** Starts a run (or a regime-map sweep) in the background; returns the task (for tests), null if not started. */
    Task<?> start(boolean regime) {
        SimulationCost cost;
        int busy;
        double limit;
        double lsAu;
        Callable<Object> work;
        try {
            limit = SimulationKnobs.eventLimit(values());
            if (regime) {
                RegimeMapSetup m = regimeMapSetup();
                cost = m.cost();
                busy = m.busyThreads();
                lsAu = m.shortAxisAu();
                work = () -> m.compute(progressTo());
            } else {
                SimulationSetup setup = setup();
                cost = SimulationCost.of(setup);
                busy = setup.busyThreads();
                lsAu = setup.patches().shortAxisAu();
                work = () -> Simulator.run(setup, progressTo());
            }
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return null;
        }
        if (cost.exceeds(limit) && !confirmLongRun(cost, busy, limit, regime)) {
            return null;
        }
        cancelled.set(false);
        Task<Object> task = new Task<>() {
            @Override
            protected Object call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            if (task.getValue() instanceof SimulationResult r) {
                show(r);
            } else {
                @SuppressWarnings("unchecked")
                List<RegimeMap.Cell> cells = (List<RegimeMap.Cell>) task.getValue();
                lastMap = RegimeMapChartBuilder.build(cells.stream().map(c -> new RegimeMapChartBuilder.Cell(c.opticalDepth(),
                        c.fillingFactor(), c.measuredOverExpected())).toList(), lsAu, FigureStyle.PAPER);
                mapViewer.setChart(lastMap);
                mapViewer.setVisible(true);
                mapViewer.setManaged(true);
                exportMap.setDisable(false);
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
                status.setText("Regime map: blue cells give a shorter ℓ_mfp than ℓ_S/f_V, red a longer one; white agrees.");
            }
            done();
        });
        task.setOnFailed(e -> {
            status.setText(task.getException() instanceof InterruptedException ? "Cancelled."
                    : "Could not run: " + task.getException().getMessage());
            done();
        });
        run.setDisable(true);
        map.setDisable(true);
        cancel.setDisable(false);
        status.setText((regime ? "Sweeping τ_s and f_V… (" : "Running… (") + cost.describe(busy) + ")");
        Thread t = new Thread(task, "monte-carlo");
        t.setDaemon(true);
        t.start();
        return task;
    }

    /** Progress to the bar; cancelled by Cancel or closing the dialog. */
    private Simulator.Progress progressTo() {
        return new Simulator.Progress() {
            @Override
            public void done(long doneCount, long total) {
                Platform.runLater(() -> progress.setProgress((double) doneCount / Math.max(1, total)));
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
    }

    private void done() {
        run.setDisable(false);
        map.setDisable(false);
        cancel.setDisable(true);
    }

    private void show(SimulationResult r) {
        last = r;
        results.getChildren().clear();
        results.addRow(0, bold("quantity"), bold("measured"), bold("expected"), bold("ratio (what it should be)"));
        int row = 1;
        for (Measurement m : r.measurements()) {
            var should = r.expectedRatio(m);
            Label ratio = new Label(MonteCarloText.ratio(m, should));
            ratio.setId("mc-ratio-" + row);
            ratio.setTooltip(new Tooltip(should.describe()));
            Label measured = new Label(MonteCarloText.measured(m));
            measured.setId("mc-measured-" + row);
            Label expected = new Label(MonteCarloText.expected(m));
            expected.setId("mc-expected-" + row);
            results.addRow(row++, new Label(m.name()), measured, expected, ratio);
        }
        status.setText(String.format(Locale.ROOT, "τ_s = %s; %d scattering events in %.2f s (%s per second).",
                Units.formatNumber(Double.parseDouble(String.format(Locale.ROOT, "%.3g", r.opticalDepth()))), r.scatteringEvents(),
                r.wallSeconds(), SimulationCost.count(r.scatteringEvents() / Math.max(1e-9, r.wallSeconds()))));
        place.setDisable(false);
        dialog.getDialogPane().getScene().getWindow().sizeToScene(); // room for the results table
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    /** Adds the measured point as a short segment on the f_V plane: f_V,eff = ℓ_S/ℓ_mfp,measured. */
    void placeMeasuredPoint() {
        if (last == null) {
            return;
        }
        double lsAu = last.setup().patches().shortAxisAu();
        double mfpPc = last.meanFreePath().unit().equals("pc") ? last.meanFreePath().value()
                : UnitParser.convert(last.meanFreePath().value(), last.meanFreePath().unit(), "pc");
        double fEff = Math.min(1, Units.auToPc(lsAu) / mfpPc);
        String id = "mc-" + (model.populations().stream().filter(p -> p.id().startsWith("mc-")).count() + 1);
        model.addPopulation(new TabulatedPopulation(id, String.format(Locale.ROOT, "Monte Carlo (ℓ_S = %s au, f_V = %s)",
                Units.formatNumber(lsAu), Units.formatNumber(last.setup().patches().fillingFactor())), Plane.FILLING_FACTOR,
                List.of(lsAu / 1.5, lsAu * 1.5), List.of(fEff, fEff), 0, 1, OptionalDouble.empty()));
        status.setText("Added " + id + " on the f_V plane (effective f_V = ℓ_S/ℓ_mfp measured = " + Units.formatNumber(fEff) + ").");
    }

    private void exportMap() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export regime map");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PNG", "*.png"), new FileChooser.ExtensionFilter("SVG", "*.svg"),
                new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        fc.setInitialFileName("regime-map.png");
        java.io.File f = fc.showSaveDialog(stage);
        if (f != null && lastMap != null) {
            try {
                FigureExporter.write(lastMap, f.toPath(), 1000, 720, 2);
            } catch (ExportException e) {
                status.setText(e.getMessage());
            }
        }
    }

    /** The last run's result (for tests). */
    SimulationResult lastResult() {
        return last;
    }

    Label status() {
        return status;
    }

    Label estimate() {
        return estimate;
    }

    /** The field of a knob (for tests). */
    TextField field(SimulationKnob knob) {
        return knobs.field(knob);
    }

    /** The inline message under a knob's field (for tests). */
    Label error(SimulationKnob knob) {
        return knobs.error(knob);
    }
}
