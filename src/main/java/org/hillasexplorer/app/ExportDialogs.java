package org.hillasexplorer.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.hillasexplorer.export.ExportException;
import org.hillasexplorer.figure.RenderOption;
import org.hillasexplorer.figure.RenderOptions;
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
        return ask(title, header, content, null);
    }

    /** As {@link #ask(String, String, Node)}, the button enabled only while {@code valid} holds (if given). */
    private boolean ask(String title, String header, Node content, ObservableBooleanValue valid) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle(title);
        d.setHeaderText(header);
        d.getDialogPane().setContent(content);
        ButtonType go = new ButtonType("Choose file…", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        if (valid != null) {
            d.getDialogPane().lookupButton(go).disableProperty().bind(Bindings.not(valid));
        }
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
        int[] screen = figures.size(figures.firstPlane(), 400, 300);
        FigureExportForm form = new FigureExportForm(screen);
        ChoiceBox<FigureExports.SizePreset> preset = new ChoiceBox<>();
        preset.setId("export-size-preset");
        preset.getItems().addAll(FigureExports.SizePreset.values());
        Label perPlot = new Label();
        boolean[] syncing = {false};
        Runnable fill = () -> { // a preset's width × height [pt] into the descriptor-checked fields
            syncing[0] = true;
            FigureExports.FigureSize sz = FigureExports.size(preset.getValue(), figures.charts(what.getValue()).size(), screen,
                    figures.arrangement());
            if (preset.getValue() != FigureExports.SizePreset.CUSTOM) {
                form.widthProperty().set(Long.toString(Math.round(sz.widthPt())));
                form.heightProperty().set(Long.toString(Math.round(sz.heightPt())));
            }
            boolean print = preset.getValue() == FigureExports.SizePreset.SINGLE_COLUMN
                    || preset.getValue() == FigureExports.SizePreset.DOUBLE_COLUMN;
            form.scaleProperty().set(FigureExportForm.SCALES.get(print ? FigureExportForm.SCALES.size() - 1 : 1));
            syncing[0] = false;
        };
        Runnable describe = () -> {
            try {
                int n = figures.charts(what.getValue()).size();
                FigureExports.FigureSize sz = chosenSize(preset.getValue(), form.widthProperty().get(),
                        form.heightProperty().get(), n, screen, figures.arrangement());
                perPlot.setText(String.format(Locale.ROOT, "%.2f × %.2f in; %s%d × %d pt per plot, type at %.0f %%",
                        sz.widthPt() / 72, sz.heightPt() / 72, n > 1 ? (sz.arrangement() == org.hillasexplorer.export
                        .CompositeExporter.Arrangement.STACKED ? "stacked, " : "side by side, ") : "",
                        Math.round(sz.chartWidth(n)), Math.round(sz.chartHeight(n)), 100 * sz.styleScale(n)));
            } catch (IllegalArgumentException e) {
                perPlot.setText(""); // the field's own message says what is wrong
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
        for (var f : List.of(form.widthProperty(), form.heightProperty())) {
            f.addListener((o, a, b) -> {
                if (!syncing[0]) {
                    preset.setValue(FigureExports.SizePreset.CUSTOM);
                }
                describe.run();
            });
        }
        preset.setValue(FigureExports.SizePreset.SCREEN);
        HBox presetRow = new HBox(8, new Label("Size:"), preset);
        presetRow.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(8, presetRow, figureForm(form, what, exports.styleName()), perPlot);
        if (!ask("Export figure", "Export the figure laid out for this size, with the view range, visible layers and legend shown",
                content, form.validProperty())) {
            return;
        }
        ShownFigures.Target target = what.getValue();
        FigureExports.FigureSize size;
        try {
            size = chosenSize(FigureExports.SizePreset.CUSTOM, form.widthProperty().get(), form.heightProperty().get(),
                    figures.charts(target).size(), screen, figures.arrangement());
            size = new FigureExports.FigureSize(size.widthPt(), size.heightPt(),
                    FigureExports.size(preset.getValue(), figures.charts(target).size(), screen, figures.arrangement()).arrangement(),
                    preset.getValue());
        } catch (IllegalArgumentException e) {
            notices.error("Could not export the figure", e.getMessage());
            return;
        }
        String base = target == ShownFigures.Target.FILLING_FACTOR ? "hillas-fv"
                : target == ShownFigures.Target.NUMBER_DENSITY ? "hillas-ns" : "hillas-planes";
        List<FileChooser.ExtensionFilter> filters = FigureExportForm.FORMAT_NAMES.entrySet().stream()
                .map(e -> new FileChooser.ExtensionFilter(e.getValue(), "*." + e.getKey())).toList();
        FileChooser fc = chooser("Export figure", base + "." + RenderOptions.OUT.choices().get(0),
                filters.toArray(FileChooser.ExtensionFilter[]::new));
        java.io.File f = fc.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        String ext = fc.getSelectedExtensionFilter() == null ? filters.get(0).getExtensions().get(0)
                : fc.getSelectedExtensionFilter().getExtensions().get(0);
        Path p = FileChoosers.withExtension(f.toPath(), ext.substring(1),
                RenderOptions.OUT.choices().stream().map(e -> "." + e).toArray(String[]::new));
        FigureExports.FigureSize chosen = size;
        save(p, "Could not export the figure", file -> exports.exportFigure(target, file, chosen, form.scale()));
    }

    /**
     * The export-figure dialog's rows, each control with the id and tooltip of its {@link RenderOptions} descriptor:
     * content (the view), width and height with their inline messages, PNG scale, style and view range (as shown), and
     * the format.
     */
    static GridPane figureForm(FigureExportForm form, ChoiceBox<ShownFigures.Target> what, String styleName) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        what.setId(RenderOptions.PLANE.controlId());
        what.setTooltip(new Tooltip(RenderOptions.PLANE.tooltip()));
        g.addRow(0, new Label("Content:"), what);
        int row = 1;
        for (RenderOption o : List.of(RenderOptions.WIDTH, RenderOptions.HEIGHT)) {
            TextField field = new TextField();
            field.setId(o.controlId());
            field.setPrefColumnCount(6);
            field.setTooltip(new Tooltip(o.tooltip()));
            field.textProperty().bindBidirectional(o == RenderOptions.WIDTH ? form.widthProperty() : form.heightProperty());
            Label error = new Label();
            error.getStyleClass().add("inline-error");
            error.setId(o.controlId() + "-error");
            error.textProperty().bind(o == RenderOptions.WIDTH ? form.widthError() : form.heightError());
            error.visibleProperty().bind(error.textProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            String name = Character.toUpperCase(o.name().charAt(0)) + o.name().substring(1);
            HBox withUnit = new HBox(6, field, new Label(o.unit()));
            withUnit.setAlignment(Pos.CENTER_LEFT);
            g.addRow(row++, new Label(name + ":"), new VBox(2, withUnit, error));
        }
        ChoiceBox<FigureExportForm.ScaleChoice> scale = new ChoiceBox<>();
        scale.getItems().addAll(FigureExportForm.SCALES);
        scale.valueProperty().bindBidirectional(form.scaleProperty());
        scale.setId(RenderOptions.SCALE.controlId());
        scale.setTooltip(new Tooltip(RenderOptions.SCALE.tooltip()));
        g.addRow(row++, new Label("PNG scale:"), scale);
        g.addRow(row++, new Label("Style:"), shown(RenderOptions.STYLE, styleName + " (as shown: View ▸ Presentation mode, Dark theme)",
                RenderOptions.STYLE.tooltip()));
        g.addRow(row++, new Label("View range:"), shown(RenderOptions.LS_RANGE, "as shown (pan and zoom the plots)",
                String.join("\n\n", RenderOptions.LS_RANGE.tooltip(), RenderOptions.R_RANGE.tooltip(), RenderOptions.Y_RANGE.tooltip())));
        g.addRow(row, new Label("Format:"), shown(RenderOptions.OUT, FigureExportForm.formatText(), RenderOptions.OUT.tooltip()));
        return g;
    }

    private static Label shown(RenderOption o, String text, String tooltip) {
        Label l = new Label(text);
        l.setId(o.controlId());
        l.setTooltip(new Tooltip(tooltip));
        return l;
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
