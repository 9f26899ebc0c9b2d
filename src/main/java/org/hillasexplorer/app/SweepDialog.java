package org.hillasexplorer.app;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.hillasexplorer.export.Sweep;
import org.hillasexplorer.export.SweepSpec;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Units;

/**
 * Renders a sweep of one parameter as an animated GIF or numbered PNG frames, in the background with a progress
 * bar and a cancel button; the plots are drawn exactly as shown (same views, layers and style).
 */
final class SweepDialog {
    private final ShownFigures figures;
    private final Stage stage;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ChoiceBox<Parameter> which = new ChoiceBox<>();
    private final TextField from = new TextField("0.3");
    private final TextField to = new TextField("0.7");
    private final Spinner<Integer> frames = new Spinner<>(SweepSpec.MIN_FRAMES, SweepSpec.MAX_FRAMES, 40);
    private final ChoiceBox<String> format = new ChoiceBox<>();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button start = new Button("Choose output and start…");
    private final Button cancel = new Button("Cancel");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Task<Path> running;

    SweepDialog(ShownFigures figures, Stage stage) {
        this.figures = figures;
        this.stage = stage;
        dialog.initOwner(stage);
        dialog.setTitle("Sweep as a movie");
        dialog.setHeaderText("Step one parameter from → to and save every frame as the plots show it");
        for (Parameter p : Parameters.SCENARIO) {
            if (!p.integer()) {
                which.getItems().add(p);
            }
        }
        which.setConverter(new StringConverter<>() {
            @Override
            public String toString(Parameter p) {
                return p == null ? "" : p.symbol() + " (" + p.name() + (p.unit().isEmpty() ? "" : ", " + p.unit()) + ")";
            }

            @Override
            public Parameter fromString(String s) {
                return null;
            }
        });
        which.setValue(Parameters.DELTA_S);
        which.valueProperty().addListener((o, a, b) -> {
            double[] l = AnimationPanel.DEFAULT_LIMITS.getOrDefault(b, new double[] {b.min(), b.max()});
            from.setText(Units.formatNumber(l[0]));
            to.setText(Units.formatNumber(l[1]));
        });
        frames.setEditable(true);
        format.getItems().addAll("animated GIF", "numbered PNG frames (folder)");
        format.setValue("animated GIF");
        progress.setPrefWidth(320);
        status.setWrapText(true);
        status.setMaxWidth(380);
        status.setId("sweep-status");
        cancel.setDisable(true);
        start.setOnAction(e -> chooseAndStart());
        cancel.setOnAction(e -> cancelled.set(true));
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label("Parameter"), which);
        g.addRow(1, new Label("From"), from);
        g.addRow(2, new Label("To"), to);
        g.addRow(3, new Label("Frames"), frames);
        g.addRow(4, new Label("Output"), format);
        VBox box = new VBox(10, g, new HBox(8, start, cancel), progress, status);
        box.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setOnCloseRequest(e -> cancelled.set(true));
    }

    void show() {
        dialog.show();
    }

    /** The spec the fields describe (units accepted), or an exception whose message says what is wrong. */
    SweepSpec spec() {
        Parameter p = which.getValue();
        return new SweepSpec(p, p.parse(from.getText()), p.parse(to.getText()), frames.getValue());
    }

    private void chooseAndStart() {
        SweepSpec spec;
        try {
            spec = spec();
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        Path out;
        if (format.getValue().startsWith("animated")) {
            FileChooser fc = new FileChooser();
            fc.setTitle("Save the sweep as");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Animated GIF", "*.gif"));
            fc.setInitialFileName("sweep-" + spec.parameter().key() + ".gif");
            java.io.File f = fc.showSaveDialog(stage);
            if (f == null) {
                return;
            }
            out = f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".gif") ? f.toPath() : Path.of(f.getPath() + ".gif");
        } else {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle("Folder for the frames (frame-001.png, …)");
            java.io.File f = dc.showDialog(stage);
            if (f == null) {
                return;
            }
            out = f.toPath();
        }
        start(spec, out);
    }

    /** Renders {@code spec} into {@code out} in the background; returns the task (for tests). */
    Task<Path> start(SweepSpec spec, Path out) {
        // read everything the frames need on the FX thread; the worker only builds charts from these values
        Scenario base = figures.scenario();
        ShownFigures.Frames frames = figures.freeze();
        int[] size = figures.size(figures.firstPlane(), 480, 340);
        cancelled.set(false);
        running = new Task<>() {
            @Override
            protected Path call() throws Exception {
                Sweep.render(base, spec, frames::charts, frames.arrangement(), size[0], size[1], 1, out, new Sweep.Progress() {
                    @Override
                    public void frameDone(int done, int total) {
                        updateProgress(done, total);
                        updateMessage("frame " + done + " of " + total);
                    }

                    @Override
                    public boolean cancelled() {
                        return cancelled.get() || isCancelled();
                    }
                });
                return out;
            }
        };
        progress.progressProperty().bind(running.progressProperty());
        status.textProperty().bind(running.messageProperty());
        start.setDisable(true);
        cancel.setDisable(false);
        running.setOnSucceeded(e -> finish("Saved " + out));
        running.setOnFailed(e -> finish(running.getException() instanceof InterruptedException
                ? "Cancelled; nothing was left behind." : "Could not write the sweep: " + running.getException().getMessage()));
        running.setOnCancelled(e -> finish("Cancelled; nothing was left behind."));
        Thread t = new Thread(running, "sweep-renderer");
        t.setDaemon(true);
        t.start();
        return running;
    }

    private void finish(String message) {
        Platform.runLater(() -> {
            progress.progressProperty().unbind();
            status.textProperty().unbind();
            status.setText(message);
            start.setDisable(false);
            cancel.setDisable(true);
        });
    }

    /** Asks the running sweep to stop (as the Cancel button does). */
    void cancel() {
        cancelled.set(true);
    }

    Label status() {
        return status;
    }
}
