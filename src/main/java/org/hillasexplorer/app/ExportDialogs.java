package org.hillasexplorer.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.hillasexplorer.export.ExportException;
import org.hillasexplorer.physics.Plane;

/** The dialogs of File ▸ Export: what to export, then where; the writing is {@link FigureExports}'. */
final class ExportDialogs {
    /** Writes to a chosen file; throws with a clear message on failure. */
    @FunctionalInterface
    private interface Write {
        void to(Path file) throws ExportException;
    }

    private final Stage stage;
    private final ExplorerModel model;
    private final FigureExports exports;
    private final Notices notices;

    ExportDialogs(Stage stage, ExplorerModel model, FigureExports exports, Notices notices) {
        this.stage = stage;
        this.model = model;
        this.exports = exports;
        this.notices = notices;
    }

    /** Asks "what" with {@code content}; true if the user chose to go on to the file. */
    private boolean ask(String title, String header, Node content) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle(title);
        d.setHeaderText(header);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().addAll(new ButtonType("Choose file…", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        Optional<ButtonType> r = d.showAndWait();
        return r.isPresent() && r.get().getButtonData() == ButtonBar.ButtonData.OK_DONE;
    }

    private FileChooser chooser(String title, String initialName, FileChooser.ExtensionFilter... filters) {
        FileChooser fc = FileChoosers.of(model.fileProperty().get(), title, filters);
        fc.setInitialFileName(initialName);
        return fc;
    }

    /** Writes to the file chosen in {@code fc} (if any); a failure is shown under {@code failure}. */
    private Optional<Path> save(FileChooser fc, String failure, Write write) {
        java.io.File f = fc.showSaveDialog(stage);
        if (f == null) {
            return Optional.empty();
        }
        return save(f.toPath(), failure, write);
    }

    private Optional<Path> save(Path p, String failure, Write write) {
        try {
            write.to(p);
            return Optional.of(p);
        } catch (ExportException e) {
            notices.error(failure, e.getMessage());
            return Optional.empty();
        }
    }

    void figure() {
        ShownFigures figures = exports.figures();
        ChoiceBox<ShownFigures.Target> what = new ChoiceBox<>();
        what.getItems().addAll(ShownFigures.Target.values());
        what.setValue(figures.visiblePlanes().size() == 1 ? (figures.firstPlane() == Plane.NUMBER_DENSITY
                ? ShownFigures.Target.NUMBER_DENSITY : ShownFigures.Target.FILLING_FACTOR) : ShownFigures.Target.BOTH);
        ChoiceBox<String> scale = new ChoiceBox<>();
        scale.getItems().addAll("1× (72 dpi, screen)", "2× (144 dpi, HiDPI, slides)", "3× (216 dpi)", "4× (288 dpi, print)");
        scale.setValue(scale.getItems().get(1));
        int[] screen = figures.size(figures.firstPlane(), 400, 300);
        ChoiceBox<FigureExports.SizePreset> preset = new ChoiceBox<>();
        preset.setId("export-size-preset");
        preset.getItems().addAll(FigureExports.SizePreset.values());
        TextField width = new TextField();
        TextField height = new TextField();
        width.setId("export-width-pt");
        height.setId("export-height-pt");
        width.setPrefColumnCount(6);
        height.setPrefColumnCount(6);
        Label perPlot = new Label();
        Label problem = new Label();
        problem.setStyle("-fx-text-fill: #C62828;");
        boolean[] syncing = {false};
        Runnable fill = () -> {
            syncing[0] = true;
            FigureExports.FigureSize sz = FigureExports.size(preset.getValue(), figures.charts(what.getValue()).size(), screen,
                    figures.arrangement());
            if (preset.getValue() != FigureExports.SizePreset.CUSTOM) {
                width.setText(Long.toString(Math.round(sz.widthPt())));
                height.setText(Long.toString(Math.round(sz.heightPt())));
            }
            boolean print = preset.getValue() == FigureExports.SizePreset.SINGLE_COLUMN
                    || preset.getValue() == FigureExports.SizePreset.DOUBLE_COLUMN;
            scale.setValue(scale.getItems().get(print ? 3 : 1));
            syncing[0] = false;
        };
        Runnable describe = () -> {
            try {
                FigureExports.FigureSize sz = chosenSize(preset.getValue(), width.getText(), height.getText(),
                        figures.charts(what.getValue()).size(), screen, figures.arrangement());
                int n = figures.charts(what.getValue()).size();
                perPlot.setText(String.format(Locale.ROOT, "%.2f × %.2f in; %s%d × %d pt per plot, type at %.0f %%",
                        sz.widthPt() / 72, sz.heightPt() / 72, n > 1 ? (sz.arrangement() == org.hillasexplorer.export
                        .CompositeExporter.Arrangement.STACKED ? "stacked, " : "side by side, ") : "",
                        Math.round(sz.chartWidth(n)), Math.round(sz.chartHeight(n)), 100 * sz.styleScale(n)));
                problem.setText("");
            } catch (IllegalArgumentException e) {
                perPlot.setText("");
                problem.setText(e.getMessage());
            }
        };
        preset.valueProperty().addListener((o, a, b) -> {
            fill.run();
            describe.run();
        });
        what.valueProperty().addListener((o, a, b) -> {
            fill.run();
            describe.run();
        });
        for (TextField f : new TextField[] {width, height}) {
            f.textProperty().addListener((o, a, b) -> {
                if (!syncing[0]) {
                    preset.setValue(FigureExports.SizePreset.CUSTOM);
                }
                describe.run();
            });
        }
        preset.setValue(FigureExports.SizePreset.SCREEN);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label("Content:"), what);
        g.addRow(1, new Label("Size:"), preset);
        g.addRow(2, new Label("Width × height:"), new HBox(6, width, new Label("×"), height, new Label("pt (1/72 in, as the CLI's --width/--height)")));
        g.addRow(3, new Label(""), perPlot);
        g.add(problem, 1, 4);
        g.addRow(5, new Label("PNG resolution:"), scale);
        g.addRow(6, new Label("Format:"), new Label("chosen by the file extension: .png, .svg or .pdf"));
        if (!ask("Export figure", "Export the figure laid out for this size, with the view range, visible layers and legend shown", g)) {
            return;
        }
        ShownFigures.Target target = what.getValue();
        FigureExports.FigureSize size;
        try {
            size = chosenSize(preset.getValue(), width.getText(), height.getText(), figures.charts(target).size(), screen,
                    figures.arrangement());
        } catch (IllegalArgumentException e) {
            notices.error("Could not export the figure", e.getMessage());
            return;
        }
        FileChooser fc = chooser("Export figure", target == ShownFigures.Target.FILLING_FACTOR ? "hillas-fv.png"
                        : target == ShownFigures.Target.NUMBER_DENSITY ? "hillas-ns.png" : "hillas-planes.png",
                new FileChooser.ExtensionFilter("PNG image", "*.png"), new FileChooser.ExtensionFilter("SVG vector graphics", "*.svg"),
                new FileChooser.ExtensionFilter("PDF document", "*.pdf"));
        java.io.File f = fc.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        String ext = fc.getSelectedExtensionFilter() == null ? "*.png" : fc.getSelectedExtensionFilter().getExtensions().get(0);
        Path p = FileChoosers.withExtension(f.toPath(), ext.substring(1), ".png", ".svg", ".pdf");
        double s = scale.getItems().indexOf(scale.getValue()) + 1;
        FigureExports.FigureSize chosen = size;
        save(p, "Could not export the figure", file -> exports.exportFigure(target, file, chosen, s));
    }

    /**
     * The size the dialog describes: the preset's, or for {@link FigureExports.SizePreset#CUSTOM} the typed width and
     * height [pt].
     *
     * @throws IllegalArgumentException naming the field and what is allowed if a typed size is not a number in range
     */
    static FigureExports.FigureSize chosenSize(FigureExports.SizePreset preset, String width, String height, int charts,
                                               int[] screen, org.hillasexplorer.export.CompositeExporter.Arrangement arrangement) {
        FigureExports.FigureSize base = FigureExports.size(preset, charts, screen, arrangement);
        if (preset != FigureExports.SizePreset.CUSTOM) {
            return base;
        }
        return new FigureExports.FigureSize(points("width", width), points("height", height), base.arrangement(), preset);
    }

    private static double points(String field, String text) {
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(field + " '" + text.strip() + "' is not a number of points; allowed 72–10000 pt");
    }

    void bands() {
        ChoiceBox<Plane> plane = new ChoiceBox<>();
        plane.getItems().addAll(Plane.values());
        plane.setValue(exports.figures().firstPlane());
        plane.setConverter(new StringConverter<>() {
            @Override
            public String toString(Plane p) {
                return p == null ? "" : p == Plane.NUMBER_DENSITY ? "ℓ_S–n_s plane" : "ℓ_S–f_V plane";
            }

            @Override
            public Plane fromString(String s) {
                return null;
            }
        });
        if (ask("Export band data", "Band polygons as CSV: band,vertex,log10_ls_au,log10_value", new HBox(8, new Label("Plane:"), plane))) {
            save(chooser("Export band data", "bands-" + plane.getValue().key() + ".csv", new FileChooser.ExtensionFilter("CSV", "*.csv")),
                    "Could not export band data", file -> exports.exportBands(plane.getValue(), file));
        }
    }

    void table() {
        ChoiceBox<FigureExports.TableContent> what = new ChoiceBox<>();
        what.getItems().addAll(FigureExports.TableContent.values());
        what.setValue(FigureExports.TableContent.CATALOGUE);
        if (ask("Export table", "A table with units that astropy (Table.read) and TOPCAT open", new HBox(8, new Label("Content:"), what))) {
            String name = "hillas-" + what.getValue().name().toLowerCase(Locale.ROOT).replace('_', '-') + ".ecsv";
            save(chooser("Export table", name, new FileChooser.ExtensionFilter("ECSV (*.ecsv)", "*.ecsv"),
                    new FileChooser.ExtensionFilter("VOTable (*.vot, *.xml)", "*.vot", "*.votable", "*.xml")),
                    "Could not export the table", file -> exports.exportTable(what.getValue(), file));
        }
    }

    void references() {
        save(chooser("Export references", "hillas-references.bib", new FileChooser.ExtensionFilter("BibTeX (*.bib)", "*.bib")),
                "Could not export the references", exports::exportReferences).ifPresent(f -> notices.notice(
                "Wrote the references of " + exports.visibleEntries().size() + " visible entries and the paper to " + f.getFileName()));
    }

    void sweep() {
        new SweepDialog(exports.figures(), stage).show();
    }
}
