package org.hillasexplorer.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.PopOver;
import org.hillasexplorer.export.CompositeExporter;
import org.hillasexplorer.export.ExportException;
import org.hillasexplorer.physics.Constraint;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.teaching.Explanation;
import org.hillasexplorer.teaching.Explanations;
import org.hillasexplorer.teaching.GuidedTour;
import org.hillasexplorer.teaching.TourStep;

/**
 * Everything a teacher drives from a projector: presentation mode (F5, Esc returns), dark theme and projector
 * palette, the guided tour, one-click snapshots for handouts, and "why?" explanations.
 */
final class Classroom {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private final MainWindow window;
    private final ExplorerModel model;
    private final PlotArea plots;
    private final Stage stage;
    private final AppPreferences prefs;
    private final ToolBar toolBar = new ToolBar();
    private final HBox essentials = new HBox();
    private final VBox tourCard = new VBox(8);
    private final Label tourTitle = new Label();
    private final Label tourCount = new Label();
    private final Label tourText = new Label();
    private final Button back = new Button("◀ Back");
    private final Button next = new Button("Next ▶");
    private final List<TourStep> steps = GuidedTour.paper();
    private int stepIndex = -1;
    private javafx.scene.control.ScrollPane textScroll;
    private Scene scene;
    private Path lastSnapshot;

    Classroom(MainWindow window, ExplorerModel model, PlotArea plots, AnimationPanel animation, Stage stage, AppPreferences prefs) {
        this.window = window;
        this.model = model;
        this.plots = plots;
        this.stage = stage;
        this.prefs = prefs;
        buildToolBar();
        buildEssentials(animation);
        buildTourCard();
        for (var p : new javafx.beans.property.BooleanProperty[] {model.presentationProperty(), model.darkProperty(),
            model.highContrastProperty()}) {
            p.addListener((o, a, b) -> {
                restyle();
                plots.refresh();
            });
        }
        stage.fullScreenProperty().addListener((o, a, b) -> {
            if (!b && model.presentationProperty().get()) {
                setPresentation(false); // Esc (or the window manager) left full screen: leave presentation mode too
            }
        });
    }

    ToolBar toolBar() {
        return toolBar;
    }

    HBox essentialsBar() {
        return essentials;
    }

    VBox tourCard() {
        return tourCard;
    }

    /** Installs the stylesheets and the Esc key on the scene. */
    void attach(Scene s) {
        scene = s;
        s.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.presentationProperty().get()) {
                setPresentation(false);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && stepIndex >= 0) {
                leaveTour();
                e.consume();
            }
        });
        restyle();
    }

    /** Menu items for the View menu. */
    List<MenuItem> menuItems() {
        CheckMenuItem present = new CheckMenuItem("_Presentation mode");
        present.setAccelerator(KeyCombination.keyCombination("F5"));
        present.selectedProperty().bindBidirectional(model.presentationProperty());
        present.setOnAction(e -> setPresentation(present.isSelected()));
        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(model.darkProperty());
        CheckMenuItem contrast = new CheckMenuItem("_High-contrast palette (projector)");
        contrast.selectedProperty().bindBidirectional(model.highContrastProperty());
        MenuItem snap = new MenuItem("_Snapshot to folder");
        snap.setAccelerator(KeyCombination.keyCombination("F6"));
        snap.setOnAction(e -> snapshot());
        MenuItem folder = new MenuItem("Choose snapshot _folder…");
        folder.setOnAction(e -> chooseSnapshotFolder());
        return List.of(present, dark, contrast, snap, folder);
    }

    // ---------------------------------------------------------------- presentation mode

    /** Enters or leaves presentation mode: full screen, large type, plots and essential controls only. */
    void setPresentation(boolean on) {
        model.presentationProperty().set(on);
        window.showSidePanels(!on);
        essentials.setVisible(on);
        essentials.setManaged(on);
        if (stage.isFullScreen() != on) {
            stage.setFullScreenExitHint(on ? "Esc leaves presentation mode" : "");
            stage.setFullScreen(on);
        }
        restyle();
    }

    private void restyle() {
        double w = model.presentationProperty().get() ? 520 : 400;
        tourCard.setPrefWidth(w);
        tourCard.setMaxWidth(w);
        if (scene == null) {
            return;
        }
        var sheets = scene.getStylesheets();
        String presentation = MainWindow.class.getResource("presentation.css").toExternalForm();
        String dark = MainWindow.class.getResource("dark.css").toExternalForm();
        sheets.remove(presentation);
        sheets.remove(dark);
        if (model.presentationProperty().get()) {
            sheets.add(presentation);
        }
        if (model.darkProperty().get()) {
            sheets.add(dark);
        }
    }

    private void buildToolBar() {
        ToggleButton present = new ToggleButton("Presentation (F5)");
        present.setId("presentation-toggle");
        present.selectedProperty().bindBidirectional(model.presentationProperty());
        present.setOnAction(e -> setPresentation(present.isSelected()));
        present.setTooltip(new Tooltip("Full screen, large type and thick lines for a projector; Esc returns"));
        Button tour = new Button("Guided tour (F2)");
        tour.setId("tour-start");
        tour.setOnAction(e -> startTour());
        tour.setTooltip(new Tooltip("Seven steps through the paper's argument, each setting up the plots"));
        Button snap = new Button("Snapshot (F6)");
        snap.setId("snapshot");
        snap.setOnAction(e -> snapshot());
        snap.setTooltip(new Tooltip("Save the plots as they are now as a PNG in the snapshot folder, named by date and time"));
        CheckBox dark = new CheckBox("Dark");
        dark.setId("dark-toggle");
        dark.selectedProperty().bindBidirectional(model.darkProperty());
        CheckBox contrast = new CheckBox("High contrast");
        contrast.selectedProperty().bindBidirectional(model.highContrastProperty());
        contrast.setTooltip(new Tooltip("A saturated, colour-blind-safe palette that survives a washed-out projector"));
        Button why = new Button("Why?");
        why.setOnAction(e -> showAllWhy(stage));
        why.setTooltip(new Tooltip("The equation and one sentence behind each band edge and constraint"));
        Button command = new Button("Copy as command");
        command.setId("copy-command");
        command.setOnAction(e -> window.copyCommand());
        command.setTooltip(new Tooltip("Put the exact 'render' command that reproduces the first plot on the clipboard"));
        toolBar.getItems().addAll(present, tour, snap, new Separator(), dark, contrast, new Separator(), why, command);
    }

    private void buildEssentials(AnimationPanel animation) {
        essentials.getStyleClass().add("essentials");
        essentials.setId("essentials");
        essentials.setAlignment(Pos.CENTER_LEFT);
        for (Parameter p : AnimationPanel.DEFAULT_LIMITS.keySet()) {
            ParameterControl c = new ParameterControl(p, model, "present-", 26);
            c.setPlay(() -> animation.toggle(p), window.animator().playingProperty());
            GridPane g = new GridPane();
            g.setHgap(6);
            c.addTo(g, 0);
            essentials.getChildren().add(g);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button leave = new Button("Leave (Esc)");
        leave.setOnAction(e -> setPresentation(false));
        essentials.getChildren().addAll(gap, leave);
        essentials.setVisible(false);
        essentials.setManaged(false);
    }

    // ---------------------------------------------------------------- guided tour

    private void buildTourCard() {
        tourCard.getStyleClass().add("tour-card");
        tourCard.setId("tour-card");
        tourCard.setPrefWidth(400);
        tourCard.setMinWidth(340);
        tourCard.setMaxWidth(400);
        tourTitle.getStyleClass().add("tour-title");
        tourTitle.setId("tour-title");
        tourTitle.setWrapText(true);
        tourText.getStyleClass().add("tour-text");
        tourText.setId("tour-text");
        tourText.setWrapText(true);
        tourText.setMaxWidth(Double.MAX_VALUE);
        tourText.setMinWidth(0);
        tourText.setPrefWidth(1); // let the scroll pane's width, not the text's length, decide where lines wrap
        tourTitle.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.control.ScrollPane textScroll = new javafx.scene.control.ScrollPane(tourText);
        textScroll.setFitToWidth(true);
        textScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        textScroll.getStyleClass().add("tour-scroll");
        VBox.setVgrow(textScroll, Priority.ALWAYS);
        this.textScroll = textScroll;
        back.setId("tour-back");
        next.setId("tour-next");
        Button leave = new Button("Leave tour");
        leave.setId("tour-leave");
        back.setOnAction(e -> go(stepIndex - 1));
        next.setOnAction(e -> {
            if (stepIndex == steps.size() - 1) {
                leaveTour();
            } else {
                go(stepIndex + 1);
            }
        });
        leave.setOnAction(e -> leaveTour());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox nav = new HBox(8, back, next, gap, leave);
        nav.setAlignment(Pos.CENTER_LEFT);
        tourCard.getChildren().addAll(tourCount, tourTitle, textScroll, nav);
        tourCard.setVisible(false);
        tourCard.setManaged(false);
    }

    /** Starts the guided tour at its first step. */
    void startTour() {
        tourCard.setVisible(true);
        tourCard.setManaged(true);
        window.showSidePanels(false); // the tour drives the parameters: the plots get the room
        go(0);
        next.requestFocus();
    }

    /** Shows step {@code i} (0-based): its parameters, layers, view and highlights. */
    void go(int i) {
        if (i < 0 || i >= steps.size()) {
            return;
        }
        stepIndex = i;
        TourStep s = steps.get(i);
        model.apply(s.state());
        model.rigidityViewProperty().set(s.showRigidityView());
        plots.setHighlights(s.highlights());
        tourTitle.setText(s.title());
        tourText.setText(s.text());
        textScroll.setVvalue(0);
        tourCount.setText("Step " + (i + 1) + " of " + steps.size());
        back.setDisable(i == 0);
        next.setText(i == steps.size() - 1 ? "Finish" : "Next ▶");
    }

    /** Leaves the tour; the plots stay as the step left them. */
    void leaveTour() {
        stepIndex = -1;
        plots.setHighlights(List.of());
        tourCard.setVisible(false);
        tourCard.setManaged(false);
        window.showSidePanels(!model.presentationProperty().get());
    }

    /** The step shown, 0-based, or −1 when the tour is not running. */
    int tourStep() {
        return stepIndex;
    }

    List<TourStep> tourSteps() {
        return steps;
    }

    // ---------------------------------------------------------------- snapshots

    /** Saves the plots as shown into the snapshot folder (asking for one the first time). */
    void snapshot() {
        Optional<Path> folder = snapshotFolder();
        if (folder.isEmpty()) {
            folder = chooseSnapshotFolder();
        }
        folder.ifPresent(this::snapshotTo);
    }

    /**
     * Writes a PNG of the plots as shown into {@code folder} with a sortable name,
     * {@code hillas-YYYYMMDD-HHMMSS-NN.png}; returns the file, or empty (with a message) on failure.
     */
    Optional<Path> snapshotTo(Path folder) {
        String stamp = STAMP.format(LocalDateTime.now());
        Path file = null;
        for (int n = 1; n < 1000; n++) {
            Path candidate = folder.resolve(String.format(Locale.ROOT, "hillas-%s-%02d.png", stamp, n));
            if (!Files.exists(candidate)) {
                file = candidate;
                break;
            }
        }
        if (file == null) {
            return Optional.empty();
        }
        var first = plots.viewer(plots.visiblePlanes().get(0));
        int w = (int) Math.max(500, first.getWidth());
        int h = (int) Math.max(360, first.getHeight());
        try {
            CompositeExporter.write(window.chartsAsShown(), window.arrangementAsShown(), file, w, h, 2);
        } catch (ExportException e) {
            plots.readoutProperty().set("Snapshot failed: " + e.getMessage());
            return Optional.empty();
        }
        lastSnapshot = file;
        plots.readoutProperty().set("Snapshot saved: " + file);
        return Optional.of(file);
    }

    /** The last snapshot written, if any (for tests). */
    Optional<Path> lastSnapshot() {
        return Optional.ofNullable(lastSnapshot);
    }

    private Optional<Path> snapshotFolder() {
        return prefs.snapshotFolder();
    }

    private Optional<Path> chooseSnapshotFolder() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Folder for snapshots");
        java.io.File f = dc.showDialog(stage);
        if (f == null) {
            return Optional.empty();
        }
        prefs.setSnapshotFolder(f.toPath());
        return Optional.of(f.toPath());
    }

    // ---------------------------------------------------------------- why? popovers

    /** A "why?" popover for the scenario parameter {@code key}, next to {@code anchor}. */
    static void showWhy(Node anchor, String key) {
        List<Explanation> shown = new ArrayList<>();
        Explanations.forParameter(key).ifPresent(shown::add);
        switch (key) {
            case "b-ug" -> shown.add(Explanations.forConstraint(Constraint.LARGER_THAN_GYRORADIUS));
            case "nu0", "delta" -> shown.add(Explanations.forConstraint(Constraint.SMALLER_THAN_MEAN_FREE_PATH));
            default -> { }
        }
        popOver(shown).show(anchor);
    }

    /** Every band-edge and constraint explanation, from the toolbar, Help menu or the energy-class legend. */
    static void showAllWhy(Window owner) {
        List<Explanation> all = new ArrayList<>();
        for (Explanations.BandEdge e : Explanations.BandEdge.values()) {
            all.add(Explanations.bandEdge(e));
        }
        for (Constraint c : Constraint.values()) {
            all.add(Explanations.forConstraint(c));
        }
        PopOver p = popOver(all);
        p.setArrowSize(0);
        p.show(owner, owner.getX() + owner.getWidth() / 2 - 240, owner.getY() + 90);
    }

    /** The band-edge explanations, next to {@code anchor} (the energy-class legend's "why?" link). */
    static void showBandWhy(Node anchor) {
        List<Explanation> all = new ArrayList<>();
        for (Explanations.BandEdge e : Explanations.BandEdge.values()) {
            all.add(Explanations.bandEdge(e));
        }
        popOver(all).show(anchor);
    }

    private static PopOver popOver(List<Explanation> items) {
        VBox box = new VBox(10);
        box.setPadding(new Insets(12));
        box.setMaxWidth(480);
        box.setId("why-popover");
        for (Explanation e : items) {
            Label title = new Label(e.title());
            title.getStyleClass().add("explanation-title");
            Label eq = new Label(e.equation());
            eq.getStyleClass().add("explanation-equation");
            eq.setWrapText(true);
            Label sentence = new Label(e.sentence());
            sentence.setWrapText(true);
            sentence.setMaxWidth(460);
            box.getChildren().add(new VBox(2, title, eq, sentence));
        }
        PopOver p = new PopOver(box);
        p.setTitle("Why?");
        p.setHeaderAlwaysVisible(true);
        p.setDetachable(false);
        p.setAutoHide(true);
        return p;
    }
}
