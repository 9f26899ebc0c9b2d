package org.hillasexplorer.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
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
import org.hillasexplorer.montecarlo.Measurement;
import org.hillasexplorer.montecarlo.PatchPopulation;
import org.hillasexplorer.montecarlo.RegimeMap;
import org.hillasexplorer.montecarlo.SimulationCost;
import org.hillasexplorer.montecarlo.SimulationResult;
import org.hillasexplorer.montecarlo.SimulationSetup;
import org.hillasexplorer.montecarlo.Simulator;
import org.hillasexplorer.physics.Dimension;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.TabulatedPopulation;
import org.hillasexplorer.physics.UnitParser;
import org.hillasexplorer.physics.Units;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * "Does ℓ_mfp ≈ ℓ_S/f_V really hold for my patches?": runs the test-particle Monte Carlo in the background (progress,
 * cancel; the window stays live), shows measured against expected with error bars, puts the measured point on the
 * f_V plane, and sweeps τ_s and f_V into a regime map.
 */
final class MonteCarloDialog {
    /** The regime map's grid (7 × 5 cells). */
    private static final double[] MAP_TAUS = {0.1, 0.3, 1, 3, 10, 30, 100};
    private static final double[] MAP_FVS = {1e-3, 3e-3, 1e-2, 3e-2, 0.1};

    private final ExplorerModel model;
    private final Stage stage;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextField ls = new TextField("10 au");
    private final TextField fv = new TextField("0.01");
    private final TextField tau = new TextField("30");
    private final TextField energy = new TextField("1 GeV");
    private final TextField particles = new TextField("2000");
    private final TextField seed = new TextField("1");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Label estimate = new Label();
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
        GridPane in = new GridPane();
        in.setHgap(8);
        in.setVgap(6);
        in.addRow(0, new Label("ℓ_S"), ls, new Label("patch depth, with a unit"));
        in.addRow(1, new Label("f_V"), fv, new Label("volume-filling factor"));
        in.addRow(2, new Label("τ_s"), tau, new Label("optical depth ν_s ℓ_S/v (≥ 1: patches scatter)"));
        in.addRow(3, new Label("T"), energy, new Label("kinetic energy"));
        in.addRow(4, new Label("particles"), particles);
        in.addRow(5, new Label("seed"), seed, new Label("same seed, same numbers"));
        run.setId("mc-run");
        run.setDefaultButton(true);
        cancel.setId("mc-cancel");
        cancel.setDisable(true);
        place.setId("mc-place");
        place.setDisable(true);
        exportMap.setDisable(true);
        run.setOnAction(e -> start(false));
        map.setOnAction(e -> start(true));
        map.setTooltip(new Tooltip("Sweep τ_s from 0.1 to 100 and f_V from 0.001 to 0.3 at this ℓ_S (7 × 5 cells)"));
        cancel.setOnAction(e -> cancelled.set(true));
        place.setOnAction(e -> placeMeasuredPoint());
        exportMap.setOnAction(e -> exportMap());
        results.setHgap(12);
        results.setVgap(3);
        results.setId("mc-results");
        status.setId("mc-status");
        status.setWrapText(true);
        status.setMaxWidth(520);
        progress.setPrefWidth(360);
        mapViewer.setPrefSize(620, 420);
        mapViewer.setVisible(false);
        mapViewer.setManaged(false);
        estimate.setId("mc-estimate");
        estimate.setWrapText(true);
        estimate.setMaxWidth(520);
        for (TextField f : List.of(ls, fv, tau, energy, particles)) {
            f.textProperty().addListener((o, a, b) -> updateEstimate());
        }
        updateEstimate();
        VBox box = new VBox(10, in, estimate, new HBox(8, run, map, cancel), progress, status, results, place, mapViewer, exportMap);
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

    /** What the fields ask for, validated. */
    private record Inputs(double lsAu, double tGeV, int particles, long seed, SimulationSetup setup) {
        int cellParticles() {
            return Math.max(100, particles / 10);
        }

        SimulationCost cost(boolean regime) {
            return regime ? RegimeMap.cost(lsAu, MAP_TAUS, MAP_FVS, tGeV, cellParticles()) : SimulationCost.of(setup);
        }
    }

    /** Parses and validates the fields. @throws IllegalArgumentException with a message for the status line */
    private Inputs inputs() {
        double lsAu = UnitParser.parse(ls.getText(), Dimension.LENGTH, "au");
        double fvValue = Double.parseDouble(fv.getText().strip());
        double tauValue = Double.parseDouble(tau.getText().strip());
        double tGeV = Units.parseEnergyGeV(energy.getText());
        int n = Integer.parseInt(particles.getText().strip());
        long seedValue = Long.parseLong(seed.getText().strip());
        var species = model.scenario().species();
        double v = model.scenario().particle(tGeV).speedCmPerS();
        PatchPopulation patches = new PatchPopulation(lsAu, fvValue, tauValue * v / (lsAu * Units.AU_CM), 0);
        SimulationSetup setup = new SimulationSetup(patches, tGeV, species, n,
                SimulationSetup.recommendedDurationS(patches, tGeV, species), seedValue, threads());
        return new Inputs(lsAu, tGeV, n, seedValue, setup);
    }

    private static int threads() {
        return Math.min(SimulationSetup.MAX_THREADS, Runtime.getRuntime().availableProcessors());
    }

    /** The estimate line under the fields: what Run and Regime map would cost. */
    private void updateEstimate() {
        try {
            Inputs in = inputs();
            int t = threads();
            SimulationCost runCost = in.cost(false);
            SimulationCost mapCost = in.cost(true);
            String text = "Estimate: " + runCost.describe(Math.min(t, in.particles())) + "; regime map ≈ "
                    + SimulationCost.count(mapCost.events()) + " events, " + SimulationCost.about(mapCost.seconds(Math.min(t, in.cellParticles())))
                    + ".";
            if (runCost.exceeds(SimulationCost.DEFAULT_LIMIT) || mapCost.exceeds(SimulationCost.DEFAULT_LIMIT)) {
                text += " Above " + SimulationCost.count(SimulationCost.DEFAULT_LIMIT) + " events a run asks first.";
            }
            estimate.setText(text);
        } catch (IllegalArgumentException e) {
            estimate.setText("Estimate: —");
        }
    }

    /**
     * Asks whether to start a run above {@link SimulationCost#DEFAULT_LIMIT}; one that would not finish in a month
     * is refused without asking. Returns whether to start.
     */
    private boolean confirmLongRun(SimulationCost cost, int threads) {
        String what = cost.describe(threads);
        if (!Double.isFinite(cost.events()) || cost.seconds(threads) > 30 * 86400) {
            status.setText("Not started: " + what + " — it would not finish in any reasonable time. "
                    + "Use fewer particles or a smaller τ_s.");
            return false;
        }
        ButtonType runAnyway = new ButtonType("Run anyway", ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", runAnyway, ButtonType.CANCEL);
        a.initOwner(dialog.getDialogPane().getScene().getWindow());
        a.setTitle("Monte Carlo check");
        a.setHeaderText("This run is long");
        Label text = new Label("It would need " + what + ", more than the " + SimulationCost.count(SimulationCost.DEFAULT_LIMIT)
                + " events a run starts without asking. Cancel stops it at any time; fewer particles or a smaller τ_s make it shorter.");
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
        Inputs in;
        SimulationCost cost;
        try {
            in = inputs();
            cost = in.cost(regime);
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return null;
        }
        int threads = threads();
        int busy = Math.min(threads, regime ? in.cellParticles() : in.particles());
        if (cost.exceeds(SimulationCost.DEFAULT_LIMIT) && !confirmLongRun(cost, busy)) {
            return null;
        }
        double lsAu = in.lsAu();
        cancelled.set(false);
        Simulator.Progress p = new Simulator.Progress() {
            @Override
            public void done(long doneCount, long total) {
                Platform.runLater(() -> progress.setProgress((double) doneCount / Math.max(1, total)));
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
        Task<Object> task = new Task<>() {
            @Override
            protected Object call() throws Exception {
                if (regime) {
                    return RegimeMap.compute(lsAu, MAP_TAUS, MAP_FVS, in.tGeV(), in.cellParticles(), in.seed(), threads, p);
                }
                return Simulator.run(in.setup(), p);
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

    private void done() {
        run.setDisable(false);
        map.setDisable(false);
        cancel.setDisable(true);
    }

    private void show(SimulationResult r) {
        last = r;
        results.getChildren().clear();
        results.addRow(0, bold("quantity"), bold("measured"), bold("expected"), bold("ratio"));
        int row = 1;
        for (Measurement m : List.of(r.kappaParallel(), r.meanFreePath(), r.trappingTime(), r.fractionInside())) {
            Label ratio = new Label(String.format(Locale.ROOT, "%.3f ± %.3f", m.ratio(), m.ratioError()));
            ratio.setId("mc-ratio-" + row);
            results.addRow(row++, new Label(m.name()),
                    new Label(String.format(Locale.ROOT, "%.4g ± %.2g %s", m.value(), m.error(), m.unit())),
                    new Label(String.format(Locale.ROOT, "%.4g %s", m.expected(), m.unit())), ratio);
        }
        status.setText(String.format(Locale.ROOT, "τ_s = %.3g; %d scattering events in %.2f s (%.3g per second).",
                r.opticalDepth(), r.scatteringEvents(), r.wallSeconds(), r.scatteringEvents() / Math.max(1e-9, r.wallSeconds())));
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

    /** The particles field (for tests). */
    TextField particlesField() {
        return particles;
    }

    /** The τ_s field (for tests). */
    TextField tauField() {
        return tau;
    }
}
