package org.hillasexplorer.app;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.hillasexplorer.export.CompositeExporter;
import org.hillasexplorer.export.ExportException;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.teaching.TourStep;

/**
 * Everything a teacher drives from a projector, as the toolbar, the essentials bar and the tour card over
 * {@link ClassroomViewModel}: presentation mode (F5, Esc returns), dark theme and projector palette, the guided
 * tour, one-click snapshots for handouts, and "why?" explanations.
 */
final class Classroom {
    /** What the classroom controls need from the rest of the window. */
    record Needs(ScenarioViewModel scenario, AnimationPanel animation, Animator animator, ShownFigures figures,
                 ReadoutViewModel readout, Runnable copyCommand) {
    }

    private final ClassroomViewModel model;
    private final Appearance look;
    private final Needs needs;
    private final Stage stage;
    private final AppPreferences prefs;
    private final ToolBar toolBar = new ToolBar();
    private final FlowPane essentials = new FlowPane();
    private final Label toast = new Label("Esc leaves presentation mode");
    private final VBox tourCard = new VBox(8);
    private final Label tourTitle = new Label();
    private final Label tourCount = new Label();
    private final VBox tourText = new VBox(6);
    private final Button back = new Button("◀ Back");
    private final Button next = new Button("Next ▶");
    private ScrollPane textScroll;
    private Scene scene;
    private Path lastSnapshot;

    Classroom(ClassroomViewModel model, Needs needs, Stage stage, AppPreferences prefs) {
        this.model = model;
        this.look = model.appearance();
        this.needs = needs;
        this.stage = stage;
        this.prefs = prefs;
        buildToolBar();
        buildEssentials();
        buildTourCard();
        look.styleProperty().addListener((o, a, b) -> restyle());
        look.presentationProperty().addListener((o, a, b) -> showPresentation(b));
        model.stepProperty().addListener((o, a, b) -> showStep(b.intValue()));
        stage.fullScreenProperty().addListener((o, a, b) -> {
            if (!b && look.presentationProperty().get()) {
                setPresentation(false); // Esc (or the window manager) left full screen: leave presentation mode too
            }
        });
    }

    ClassroomViewModel model() {
        return model;
    }

    ToolBar toolBar() {
        return toolBar;
    }

    FlowPane essentialsBar() {
        return essentials;
    }

    /** The short "Esc leaves" note shown in a corner on entering presentation mode (mouse-transparent). */
    Label toast() {
        return toast;
    }

    VBox tourCard() {
        return tourCard;
    }

    /** Installs the stylesheets and the Esc key on the scene: Esc leaves one level, the tour first, then presentation mode. */
    void attach(Scene s) {
        scene = s;
        s.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && escape()) {
                e.consume();
            }
        });
        restyle();
    }

    /** Leaves the innermost of the tour and presentation mode; false if neither was on. */
    boolean escape() {
        if (model.tourStep() >= 0) {
            model.leaveTour();
            return true;
        }
        if (look.presentationProperty().get()) {
            setPresentation(false);
            return true;
        }
        return false;
    }

    /** Menu items for the View menu. */
    List<MenuItem> menuItems() {
        CheckMenuItem present = new CheckMenuItem("_Presentation mode");
        present.setAccelerator(KeyCombination.keyCombination("F5"));
        present.selectedProperty().bindBidirectional(look.presentationProperty());
        present.setOnAction(e -> setPresentation(present.isSelected()));
        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(look.darkProperty());
        CheckMenuItem contrast = new CheckMenuItem("_High-contrast palette (projector)");
        contrast.selectedProperty().bindBidirectional(look.highContrastProperty());
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
        model.setPresentation(on);
        showPresentation(on);
    }

    private void showPresentation(boolean on) {
        essentials.setVisible(on);
        essentials.setManaged(on);
        if (stage.isFullScreen() != on) {
            stage.setFullScreenExitHint(""); // our own note, in a corner rather than over the plots
            stage.setFullScreen(on);
        }
        if (on) {
            showToast();
        } else {
            toast.setVisible(false);
        }
        restyle();
    }

    private void showToast() {
        toast.setOpacity(1);
        toast.setVisible(true);
        FadeTransition fade = new FadeTransition(javafx.util.Duration.millis(800), toast);
        fade.setToValue(0);
        SequentialTransition t = new SequentialTransition(new PauseTransition(javafx.util.Duration.seconds(3)), fade);
        t.setOnFinished(e -> toast.setVisible(false));
        t.play();
    }

    private void restyle() {
        double w = look.presentationProperty().get() ? 520 : 400;
        tourCard.setPrefWidth(w);
        tourCard.setMaxWidth(w);
        if (scene == null) {
            return;
        }
        var sheets = scene.getStylesheets();
        String presentation = Classroom.class.getResource("presentation.css").toExternalForm();
        String dark = Classroom.class.getResource("dark.css").toExternalForm();
        sheets.remove(presentation);
        sheets.remove(dark);
        if (look.presentationProperty().get()) {
            sheets.add(presentation);
        }
        if (look.darkProperty().get()) {
            sheets.add(dark);
        }
    }

    private void buildToolBar() {
        ToggleButton present = new ToggleButton("Presentation (F5)");
        present.setId("presentation-toggle");
        present.selectedProperty().bindBidirectional(look.presentationProperty());
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
        dark.selectedProperty().bindBidirectional(look.darkProperty());
        CheckBox contrast = new CheckBox("High contrast");
        contrast.selectedProperty().bindBidirectional(look.highContrastProperty());
        contrast.setTooltip(new Tooltip("A saturated, colour-blind-safe palette that survives a washed-out projector"));
        Button why = new Button("Why?");
        why.setOnAction(e -> WhyPopovers.showAllWhy(stage));
        why.setTooltip(new Tooltip("The equation and one sentence behind each band edge and constraint"));
        Button command = new Button("Copy as command");
        command.setId("copy-command");
        command.setOnAction(e -> needs.copyCommand().run());
        command.setTooltip(new Tooltip("Put the exact 'render' command that reproduces the first plot on the clipboard"));
        toolBar.getItems().addAll(present, tour, snap, new Separator(), dark, contrast, new Separator(), why, command);
    }

    private void buildEssentials() {
        essentials.getStyleClass().add("essentials");
        essentials.setId("essentials");
        essentials.setAlignment(Pos.CENTER_LEFT);
        toast.setId("presentation-toast");
        toast.getStyleClass().add("toast");
        toast.setMouseTransparent(true);
        toast.setVisible(false);
        for (Parameter p : AnimationPanel.DEFAULT_LIMITS.keySet()) {
            ParameterControl c = new ParameterControl(p, needs.scenario(), "present-", 26);
            c.setPlay(() -> needs.animation().toggle(p), needs.animator().playingProperty());
            GridPane g = new GridPane();
            g.setHgap(6);
            c.addTo(g, 0);
            essentials.getChildren().add(g);
        }
        Button leave = new Button("Leave (Esc)");
        leave.setId("presentation-leave");
        leave.setOnAction(e -> setPresentation(false));
        essentials.getChildren().add(leave);
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
        tourText.setMaxWidth(Double.MAX_VALUE);
        tourText.setMinWidth(0);
        tourText.setPrefWidth(1); // let the scroll pane's width, not the text's length, decide where lines wrap
        tourText.setPadding(new javafx.geometry.Insets(0, 14, 0, 0)); // clear of the scroll bar
        tourTitle.setMaxWidth(Double.MAX_VALUE);
        ScrollPane textScroll = new ScrollPane(tourText);
        textScroll.setFitToWidth(true);
        textScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        textScroll.getStyleClass().add("tour-scroll");
        VBox.setVgrow(textScroll, Priority.ALWAYS);
        this.textScroll = textScroll;
        back.setId("tour-back");
        next.setId("tour-next");
        Button leave = new Button("Leave tour");
        leave.setId("tour-leave");
        back.setOnAction(e -> model.back());
        next.setOnAction(e -> model.next());
        leave.setOnAction(e -> model.leaveTour());
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
        model.startTour();
        next.requestFocus();
    }

    /** Shows step {@code i} (0-based) on the card, or hides the card (−1). */
    private void showStep(int i) {
        boolean on = i >= 0;
        tourCard.setVisible(on);
        tourCard.setManaged(on);
        if (!on) {
            return;
        }
        List<TourStep> steps = model.tourSteps();
        TourStep s = steps.get(i);
        tourTitle.setText(s.title());
        javafx.scene.text.TextFlow text = Typeset.flow(s.text());
        text.setId("tour-text-flow");
        text.setLineSpacing(2);
        tourText.getChildren().setAll(text);
        // the notes of the outlined regions, by the numbers of their badges on the plots
        for (int n = 0; n < s.highlights().size(); n++) {
            javafx.scene.text.TextFlow note = Typeset.flow(PlotOverlays.badge(n) + "  " + s.highlights().get(n).caption());
            note.getStyleClass().add("tour-note");
            note.setId("tour-note-" + (n + 1));
            tourText.getChildren().add(note);
        }
        textScroll.setVvalue(0);
        tourCount.setText("Step " + (i + 1) + " of " + steps.size());
        back.setDisable(i == 0);
        next.setText(i == steps.size() - 1 ? "Finish" : "Next ▶");
    }

    /** The step shown, 0-based, or −1 when the tour is not running. */
    int tourStep() {
        return model.tourStep();
    }

    List<TourStep> tourSteps() {
        return model.tourSteps();
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
        Optional<Path> next = ClassroomViewModel.snapshotFile(folder, LocalDateTime.now());
        if (next.isEmpty()) {
            return Optional.empty();
        }
        Path file = next.get();
        ShownFigures figures = needs.figures();
        int[] size = figures.size(figures.firstPlane(), 500, 360);
        try {
            CompositeExporter.write(figures.charts(ShownFigures.Target.BOTH), figures.arrangement(), file, size[0], size[1], 2);
        } catch (ExportException e) {
            needs.readout().notice("Snapshot failed: " + e.getMessage());
            return Optional.empty();
        }
        lastSnapshot = file;
        needs.readout().notice("Snapshot saved: " + file);
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
}
