package org.hillasexplorer.app;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.hillasexplorer.catalog.Catalog;
import org.hillasexplorer.physics.Parameter;

/**
 * The main window, composed of its areas: the scenario, energy-class, animation, derived-quantity and intermittency
 * panels on the left, the plots in the middle, the catalogue and populations on the right, the classroom toolbar,
 * tour card and essentials bar, the menus and the status bar. Each area is a view over its view model; the file
 * lifecycle, catalogue files, exports and notices are parts of their own. This class only puts them together.
 */
final class MainWindow {
    static final String APP_TITLE = "Hillas Explorer";
    static final String CITATION = "Butsky, I. S., Hopkins, P. F., Kempski, P., Ponnada, S. B., Quataert, E. & Squire, J. (2024), "
            + "\"Galactic cosmic-ray scattering due to intermittent structures\", MNRAS 528, 4245.";

    private final ExplorerModel model;
    private final Appearance look = new Appearance();
    private final ScenarioViewModel scenario;
    private final PlotsViewModel plotsModel;
    private final CatalogueViewModel catalogueModel;
    private final PopulationsViewModel populationsModel;
    private final EnergyClassesViewModel energyClassesModel;
    private final ReadoutViewModel readout;
    private final ClassroomViewModel classroomModel;
    private final PlotArea plots;
    private final ScenarioPanel scenarioPanel;
    private final EnergyClassPanel classes;
    private final CataloguePanel catalogue;
    private final QuantitiesPanel quantities;
    private final PopulationPanel populations;
    private final Animator animator;
    private final AnimationPanel animation;
    private final Classroom classroom;
    private final Notices notices;
    private final CatalogueFiles catalogueFiles;
    private final FileLifecycle files;
    private final FigureExports exports;
    private final BorderPane root = new BorderPane();
    private final SidePanels sides;
    private final VBox top;
    private final Label status;

    MainWindow(Stage stage, List<Catalog> catalogs, AppPreferences prefs) {
        model = new ExplorerModel(catalogs);
        scenario = new ScenarioViewModel(model);
        plotsModel = new PlotsViewModel(model, look);
        plotsModel.usePreferences(prefs);
        catalogueModel = new CatalogueViewModel(model);
        populationsModel = new PopulationsViewModel(model);
        energyClassesModel = new EnergyClassesViewModel(model);
        readout = new ReadoutViewModel(model, plotsModel);
        classroomModel = new ClassroomViewModel(model, plotsModel);
        EnvelopeService envelopes = EnvelopeService.start(model);
        plotsModel.showShading(envelopes);
        catalogueModel.showRobustness(envelopes);

        notices = new Notices(stage, readout);
        populationsModel.setOnError(notices::error);
        catalogueFiles = new CatalogueFiles(stage, model, new UserCatalogs(model, catalogs.get(0)), notices);
        files = new FileLifecycle(stage, model, prefs, notices, catalogueFiles, populationsModel);
        plots = new PlotArea(plotsModel, readout);
        ShownFigures figures = new ShownFigures(plotsModel, plots);
        exports = new FigureExports(model, figures, catalogueModel, catalogueFiles.userCatalogs(), look, notices);

        animator = new Animator(scenario);
        animation = new AnimationPanel(animator);
        scenarioPanel = new ScenarioPanel(scenario, animation, animator);
        classes = new EnergyClassPanel(energyClassesModel);
        catalogue = new CataloguePanel(catalogueModel);
        quantities = new QuantitiesPanel(model);
        populations = new PopulationPanel(populationsModel, stage);
        populations.showRobustness(envelopes);
        classroom = new Classroom(classroomModel, new Classroom.Needs(scenario, animation, animator, figures, readout,
                exports::copyCommand), stage, prefs);

        ScrollPane left = new ScrollPane(leftPanel());
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.setMinWidth(385);
        left.setPrefWidth(400);
        left.setMaxWidth(470);
        left.setId("left-panel");
        VBox right = rightPanel();
        right.setMinWidth(330);
        right.setMaxWidth(480);
        right.setId("right-panel");
        sides = new SidePanels(left, plots.node(), right);
        sides.allowedProperty().bind(classroomModel.sidePanelsProperty());
        var actions = new MainMenu.Actions(files, catalogueFiles, new ExportDialogs(stage, model, exports, notices), exports,
                model, scenario, plotsModel, plots::resetView, classroom, catalogueModel, sides);
        classroom.toolBar().getItems().addAll(0, List.of(panelToggle(SidePanels.Side.LEFT, "◧ Parameters (F3)",
                "Show or hide the parameter panel; where it does not fit beside the plots it opens over them"),
                panelToggle(SidePanels.Side.RIGHT, "Catalogue (F4) ◨",
                        "Show or hide the catalogue panel; where it does not fit beside the plots it opens over them"),
                new Separator()));
        top = new VBox(MainMenu.bar(actions, stage), classroom.toolBar());
        root.setTop(top);
        // the tour's story sits beside the plots, never over them
        BorderPane center = new BorderPane(sides.node());
        center.setRight(classroom.tourCard());
        StackPane.setAlignment(classroom.toast(), Pos.TOP_RIGHT);
        StackPane.setMargin(classroom.toast(), new Insets(16));
        root.setCenter(new StackPane(center, classroom.toast()));
        status = statusBar();
        root.setBottom(new VBox(classroom.essentialsBar(), status));
        look.presentationProperty().addListener((o, a, b) -> showChrome(!b));
        acceptDroppedFiles();

        model.dirtyProperty().set(false);
        stage.titleProperty().bind(files.titleProperty());
        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        classroom.attach(scene);
        stage.setFullScreenExitKeyCombination(javafx.scene.input.KeyCombination.NO_MATCH); // Esc leaves one level (Classroom)
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double[] size = windowSize(System.getProperty("hillas.window"), prefs.windowSize(1500, 900));
        stage.setWidth(Math.min(size[0], screen.getWidth()));
        stage.setHeight(Math.min(size[1], screen.getHeight()));
        stage.setMaximized(System.getProperty("hillas.window") == null && prefs.windowMaximized());
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setOnCloseRequest(e -> {
            if (!files.closeRequested()) {
                e.consume();
            }
        });
    }

    /**
     * The window size {@code -Dhillas.window=WIDTHxHEIGHT} asks for (for screenshots and demos on a given screen), or
     * {@code remembered} when it is not set.
     *
     * @throws IllegalArgumentException naming the property and the form it takes when it is set but not WIDTHxHEIGHT
     *                                  with sizes from 640×480 up
     */
    static double[] windowSize(String property, double[] remembered) {
        if (property == null || property.isBlank()) {
            return remembered;
        }
        var m = java.util.regex.Pattern.compile("\\s*(\\d{3,5})\\s*[x×]\\s*(\\d{3,5})\\s*").matcher(property);
        if (!m.matches() || Integer.parseInt(m.group(1)) < 640 || Integer.parseInt(m.group(2)) < 480) {
            throw new IllegalArgumentException("-Dhillas.window=" + property
                    + " is not WIDTHxHEIGHT in pixels, at least 640x480 (e.g. -Dhillas.window=1280x720)");
        }
        return new double[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private VBox leftPanel() {
        TitledPane scenarioPane = new TitledPane("Scenario", scenarioPanel.node());
        scenarioPane.setCollapsible(false);
        TitledPane energy = new TitledPane("Energy classes", classes.node());
        TitledPane derived = new TitledPane("Derived quantities", quantities.node());
        TitledPane animate = new TitledPane("Animate", animation.node());
        animate.setExpanded(false);
        TitledPane intermittency = new TitledPane("Intermittency (Sec. 4.3)", new IntermittencyPanel(look).node());
        intermittency.setExpanded(false);
        VBox box = new VBox(6, scenarioPane, energy, animate, derived, intermittency);
        box.setPadding(new Insets(6));
        box.setPrefWidth(400);
        return box;
    }

    private VBox rightPanel() {
        TitledPane pane = new TitledPane("Catalogue", catalogue.node());
        pane.setCollapsible(false);
        pane.setMaxHeight(Double.MAX_VALUE);
        TitledPane pops = new TitledPane("Candidate populations", populations.node());
        VBox.setVgrow(pane, Priority.ALWAYS);
        VBox box = new VBox(4, pane, pops);
        box.setPrefWidth(340);
        return box;
    }

    /** The status bar's height [px]: three lines of the readout. */
    static final double STATUS_HEIGHT = 58;

    private Label statusBar() {
        Label status = new Label();
        status.setId("status");
        status.setPadding(new Insets(3, 8, 3, 8));
        status.setMaxWidth(Double.MAX_VALUE);
        Tooltip tip = new Tooltip();
        status.setTooltip(tip);
        // the readout's symbols typeset, on the bar and in its tooltip (which shows what a narrow window cuts)
        status.setWrapText(true);
        Runnable show = () -> {
            Typeset.show(status, readout.statusProperty().get());
            Typeset.tooltip(tip, readout.statusProperty().get(), 900);
            if (status.getGraphic() instanceof javafx.scene.text.TextFlow f) {
                // the classes' readouts wrap onto the next line instead of running off the window's edge
                f.prefWidthProperty().bind(status.widthProperty().subtract(16));
                f.maxWidthProperty().bind(status.widthProperty().subtract(16));
            }
        };
        readout.statusProperty().addListener((o, a, b) -> show.run());
        show.run();
        // a fixed three-line height (the position, then the classes, wrapping): a readout that grows would resize
        // (and redraw) the plots under the pointer
        status.setMinHeight(STATUS_HEIGHT);
        status.setPrefHeight(STATUS_HEIGHT);
        status.setMaxHeight(STATUS_HEIGHT);
        status.setAlignment(Pos.TOP_LEFT);
        return status;
    }

    private void acceptDroppedFiles() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasFiles();
            if (done) {
                e.getDragboard().getFiles().forEach(f -> files.addDroppedFile(f.toPath()));
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    private ToggleButton panelToggle(SidePanels.Side side, String text, String tip) {
        ToggleButton b = new ToggleButton(text);
        b.setId(side == SidePanels.Side.LEFT ? "toggle-left-panel" : "toggle-right-panel");
        b.selectedProperty().bindBidirectional(sides.shownProperty(side));
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        return b;
    }

    /** Presentation mode hides the menus, the toolbar and the status bar; leaving it brings them back. */
    private void showChrome(boolean show) {
        for (Node n : List.of(top, status)) {
            n.setVisible(show);
            n.setManaged(show);
        }
    }

    // ---------------------------------------------------------------- the parts (for the app and tests)

    ExplorerModel model() {
        return model;
    }

    Appearance appearance() {
        return look;
    }

    ScenarioViewModel scenario() {
        return scenario;
    }

    PlotsViewModel plotsModel() {
        return plotsModel;
    }

    CatalogueViewModel catalogueModel() {
        return catalogueModel;
    }

    EnergyClassesViewModel energyClassesModel() {
        return energyClassesModel;
    }

    PopulationsViewModel populationsModel() {
        return populationsModel;
    }

    SidePanels sidePanels() {
        return sides;
    }

    PlotArea plots() {
        return plots;
    }

    ParameterControl control(Parameter p) {
        return scenarioPanel.control(p);
    }

    EnergyClassPanel energyClasses() {
        return classes;
    }

    CataloguePanel catalogue() {
        return catalogue;
    }

    QuantitiesPanel quantities() {
        return quantities;
    }

    Animator animator() {
        return animator;
    }

    AnimationPanel animation() {
        return animation;
    }

    Classroom classroom() {
        return classroom;
    }

    Notices notices() {
        return notices;
    }

    FileLifecycle files() {
        return files;
    }

    CatalogueFiles catalogueFiles() {
        return catalogueFiles;
    }

    /** The user catalogues (for tests and autosave). */
    UserCatalogs userCatalogs() {
        return catalogueFiles.userCatalogs();
    }

    FigureExports exports() {
        return exports;
    }

    BorderPane root() {
        return root;
    }
}
