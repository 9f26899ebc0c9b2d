package org.hillasexplorer.app;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.SegmentedButton;
import org.hillasexplorer.catalog.Catalog;
import org.hillasexplorer.export.BandCsv;
import org.hillasexplorer.export.CompositeExporter;
import org.hillasexplorer.export.ExportException;
import org.hillasexplorer.export.FigureExporter;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.FigureSpec;
import org.hillasexplorer.figure.Figures;
import org.hillasexplorer.physics.BandGeometry;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.Layout;
import org.hillasexplorer.session.ScenarioFile;
import org.hillasexplorer.session.ScenarioFileException;
import org.jfree.chart.JFreeChart;

/**
 * The main window: menus, the parameter and energy-class panels, both planes, the catalogue with verdicts,
 * derived quantities and the pointer readout. All actions are methods, so menus, buttons and tests share them.
 */
final class MainWindow {
    static final String APP_TITLE = "Hillas Explorer";
    static final String CITATION = "Butsky, I. S., Hopkins, P. F., Kempski, P., Ponnada, S. B., Quataert, E. & Squire, J. (2024), "
            + "\"Galactic cosmic-ray scattering due to intermittent structures\", MNRAS 528, 4245.";

    /** What an export covers. */
    enum Target {
        NUMBER_DENSITY("ℓ_S–n_s plane (Fig. 2)"), FILLING_FACTOR("ℓ_S–f_V plane (Fig. 3)"), RIGIDITY("ℓ_mfp against rigidity"),
        BOTH("all plots shown, as laid out");

        final String text;

        Target(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private final Stage stage;
    private final ExplorerModel model;
    private final AppPreferences prefs;
    private final PlotArea plots;
    private final Map<Parameter, ParameterControl> controls = new java.util.LinkedHashMap<>();
    private final EnergyClassPanel classes;
    private final CataloguePanel catalogue;
    private final QuantitiesPanel quantities;
    private final PopulationPanel populations;
    private final Label status = new Label();
    private final Menu recentMenu = new Menu("Open _Recent");
    private final SegmentedButton dimension = new SegmentedButton();
    private final Map<Layout, RadioMenuItem> layoutItems = new EnumMap<>(Layout.class);
    private final BorderPane root = new BorderPane();
    private final UserCatalogs userCatalogs;
    private CatalogueConsent catalogueConsent;
    private final Animator animator;
    private final AnimationPanel animation;
    private final Classroom classroom;
    private SplitPane split;
    private javafx.scene.Node leftNode;
    private javafx.scene.Node rightNode;

    MainWindow(Stage stage, List<Catalog> catalogs, AppPreferences prefs) {
        this.stage = stage;
        this.prefs = prefs;
        this.model = new ExplorerModel(catalogs);
        this.userCatalogs = new UserCatalogs(model, catalogs.get(0));
        this.catalogueConsent = CatalogueConsent.dialog(stage);
        userCatalogs.setOnReload(o -> {
            if (!o.loaded()) {
                error("Could not reload a catalogue", o.refusal() + "\nThe previous version stays on the plot.");
            } else {
                notice(o.file().getFileName() + " changed on disk and was reloaded"
                        + (o.catalog().problems().isEmpty() ? "" : " (" + o.catalog().problems().size() + " rows skipped)"));
            }
        });
        this.plots = new PlotArea(model);
        this.classes = new EnergyClassPanel(model);
        this.catalogue = new CataloguePanel(model);
        this.quantities = new QuantitiesPanel(model);
        this.animator = new Animator(model);
        this.animation = new AnimationPanel(animator);
        this.populations = new PopulationPanel(model, stage);
        populations.setOnError(this::error);

        this.classroom = new Classroom(this, model, plots, animation, stage, prefs);
        root.setTop(new VBox(menuBar(), classroom.toolBar()));
        ScrollPane left = scroll(leftPanel());
        left.setMinWidth(385);
        left.setMaxWidth(470);
        VBox right = rightPanel();
        right.setMinWidth(340);
        right.setMaxWidth(480);
        leftNode = left;
        rightNode = right;
        split = new SplitPane(left, plots.node(), right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.25, 0.8);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        SplitPane.setResizableWithParent(split.getItems().get(2), false);
        // the tour's story sits beside the plots, never over them
        BorderPane center = new BorderPane(split);
        center.setRight(classroom.tourCard());
        root.setCenter(center);
        status.setId("status");
        status.setPadding(new Insets(3, 8, 3, 8));
        status.setMaxWidth(Double.MAX_VALUE);
        status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> plots.readoutProperty().get().isEmpty()
                        ? "Move the pointer over a plane for a readout · drag pans · Shift+drag zooms to a box · wheel zooms · double-click resets"
                        : plots.readoutProperty().get(), plots.readoutProperty()));
        status.setTooltip(new Tooltip());
        status.getTooltip().textProperty().bind(status.textProperty());
        // a fixed two-line height: a readout that grows would resize (and redraw) the plots under the pointer
        status.setMinHeight(40);
        status.setPrefHeight(40);
        status.setMaxHeight(40);
        status.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        root.setBottom(new VBox(classroom.essentialsBar(), status));

        model.fileProperty().addListener((o, a, b) -> updateTitle());
        model.dirtyProperty().addListener((o, a, b) -> updateTitle());
        model.dirtyProperty().set(false);
        updateTitle();

        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasFiles()) {
                for (java.io.File f : e.getDragboard().getFiles()) {
                    addDroppedFile(f.toPath());
                }
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        classroom.attach(scene);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double[] size = prefs.windowSize(1500, 900);
        stage.setWidth(Math.min(size[0], screen.getWidth()));
        stage.setHeight(Math.min(size[1], screen.getHeight()));
        stage.setMaximized(prefs.windowMaximized());
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) {
                e.consume();
            } else {
                prefs.saveWindow(stage.getWidth(), stage.getHeight(), stage.isMaximized());
            }
        });
        refreshRecent();
    }

    ExplorerModel model() {
        return model;
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

    /** Shows only the plots (presentation mode) or the full window. */
    void showSidePanels(boolean show) {
        if (show && split.getItems().size() == 1) {
            split.getItems().setAll(leftNode, plots.node(), rightNode);
            split.setDividerPositions(0.25, 0.8);
        } else if (!show && split.getItems().size() == 3) {
            split.getItems().setAll(plots.node());
        }
    }

    /** All charts as they are drawn now (for snapshots): planes in layout order, then the rigidity view if shown. */
    List<JFreeChart> chartsAsShown() {
        return charts(Target.BOTH);
    }

    /** How the charts are arranged in exports and snapshots. */
    CompositeExporter.Arrangement arrangementAsShown() {
        return arrangement();
    }

    PlotArea plots() {
        return plots;
    }

    ParameterControl control(Parameter p) {
        return controls.get(p);
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

    BorderPane root() {
        return root;
    }

    // ---------------------------------------------------------------- panels

    private VBox leftPanel() {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(2);
        int row = 0;
        for (Parameter p : Parameters.SCENARIO) {
            if (p == Parameters.DIMENSIONALITY) {
                row = addDimension(grid, row);
                continue;
            }
            ParameterControl c = new ParameterControl(p, model);
            if (AnimationPanel.DEFAULT_LIMITS.containsKey(p)) {
                c.setPlay(() -> animation.toggle(p), animator.playingProperty());
            }
            c.setWhy(anchor -> Classroom.showWhy(anchor, p.key()));
            controls.put(p, c);
            row = c.addTo(grid, row);
        }
        Runnable aspectEnabled = () -> controls.get(Parameters.ASPECT).setDisable(model.scenario().dimensionality() == 0);
        model.scenarioProperty().addListener((o, a, b) -> aspectEnabled.run());
        aspectEnabled.run();

        Button defaults = new Button("Defaults");
        defaults.setId("defaults");
        defaults.setTooltip(new Tooltip("Back to the paper's parameters (δ_s = 0.5, B = 3 μG, ν̄₀ = 1e-9 s⁻¹, D = 0, MeV/GeV/TeV)"));
        defaults.setOnAction(e -> resetToDefaults());
        Button fig2 = new Button("Paper Fig. 2");
        fig2.setId("preset-fig2");
        fig2.setOnAction(e -> applyPreset(Layout.NUMBER_DENSITY_ONLY));
        fig2.setTooltip(new Tooltip("The paper's Fig. 2: defaults, the ℓ_S–n_s plane with the macroscopic candidates"));
        Button fig3 = new Button("Paper Fig. 3");
        fig3.setId("preset-fig3");
        fig3.setOnAction(e -> applyPreset(Layout.FILLING_FACTOR_ONLY));
        fig3.setTooltip(new Tooltip("The paper's Fig. 3: defaults, the ℓ_S–f_V plane with small-scale structures and the model"));
        HBox buttons = new HBox(6, defaults, fig2, fig3);

        TitledPane scenario = new TitledPane("Scenario", new VBox(8, grid, buttons));
        scenario.setCollapsible(false);
        TitledPane energy = new TitledPane("Energy classes", classes.node());
        TitledPane derived = new TitledPane("Derived quantities", quantities.node());
        TitledPane animate = new TitledPane("Animate", animation.node());
        animate.setExpanded(false);
        TitledPane intermittency = new TitledPane("Intermittency (Sec. 4.3)", new IntermittencyPanel(model).node());
        intermittency.setExpanded(false);
        VBox box = new VBox(6, scenario, energy, animate, derived, intermittency);
        box.setPadding(new Insets(6));
        box.setPrefWidth(400);
        return box;
    }

    private int addDimension(GridPane grid, int row) {
        Parameter p = Parameters.DIMENSIONALITY;
        ToggleButton[] buttons = {new ToggleButton("0 sphere"), new ToggleButton("1 filament"), new ToggleButton("2 sheet")};
        for (int d = 0; d < 3; d++) {
            int dim = d;
            buttons[d].setId("dim-" + d);
            buttons[d].setTooltip(new Tooltip(p.tooltip()));
            buttons[d].setOnAction(e -> {
                if (!buttons[dim].isSelected()) {
                    buttons[dim].setSelected(true); // one is always chosen
                }
                model.change(model.scenario().with(p, dim));
            });
        }
        dimension.getButtons().setAll(buttons);
        Runnable sync = () -> buttons[model.scenario().dimensionality()].setSelected(true);
        model.scenarioProperty().addListener((o, a, b) -> sync.run());
        sync.run();
        Label sym = new Label();
        sym.setGraphic(Symbols.of(p.symbol(), 15));
        sym.setTooltip(new Tooltip(p.tooltip()));
        grid.add(sym, 0, row);
        grid.add(dimension, 1, row, 3, 1);
        return row + 1;
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

    PopulationPanel populations() {
        return populations;
    }

    private static ScrollPane scroll(Region content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return s;
    }

    // ---------------------------------------------------------------- menus

    private MenuBar menuBar() {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("_Open scenario…", "Shortcut+O", this::openDialog),
                recentMenu,
                item("_Save scenario", "Shortcut+S", this::save),
                new SeparatorMenuItem(),
                item("_Add catalogue…", "Shortcut+Shift+O", this::addCatalogueDialog),
                item("Remove added catalogues", null, this::removeUserCatalogues),
                item("Save scenario _as…", "Shortcut+Shift+S", this::saveAsDialog),
                new SeparatorMenuItem(),
                item("_Export figure…", "Shortcut+E", this::exportFigureDialog),
                item("Export _band data (CSV)…", "Shortcut+Shift+E", this::exportBandsDialog),
                item("_Copy figure", "Shortcut+Shift+C", () -> copyFigure(Target.BOTH)),
                item("Export _table (ECSV, VOTable)…", null, this::exportTableDialog),
                item("Export _references (BibTeX)…", null, this::exportReferencesDialog),
                item("Export _sweep as a movie…", "Shortcut+M", this::sweepDialog),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", this::quit));
        Menu edit = new Menu("_Edit");
        MenuItem undo = item("_Undo", "Shortcut+Z", model::undo);
        undo.disableProperty().bind(model.history().canUndoProperty().not());
        MenuItem redo = item("_Redo", "Shortcut+Shift+Z", model::redo);
        redo.disableProperty().bind(model.history().canRedoProperty().not());
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("Copy as _command", "Shortcut+Shift+K", this::copyCommand), new SeparatorMenuItem(),
                item("Reset parameters to _defaults", "Shortcut+R", this::resetToDefaults));
        Menu view = new Menu("_View");
        ToggleGroup layouts = new ToggleGroup();
        String[][] names = {{"Side by side", "Shortcut+1"}, {"Stacked", "Shortcut+2"}, {"ℓ_S–n_s plane only", "Shortcut+3"},
            {"ℓ_S–f_V plane only", "Shortcut+4"}};
        for (Layout l : Layout.values()) {
            RadioMenuItem r = new RadioMenuItem(names[l.ordinal()][0]);
            r.setAccelerator(KeyCombination.keyCombination(names[l.ordinal()][1]));
            r.setToggleGroup(layouts);
            r.setOnAction(e -> model.layoutProperty().set(l));
            layoutItems.put(l, r);
            view.getItems().add(r);
        }
        model.layoutProperty().addListener((o, a, b) -> layoutItems.get(b).setSelected(true));
        layoutItems.get(model.layoutProperty().get()).setSelected(true);
        CheckMenuItem ghostItem = new CheckMenuItem("_Ghost of the previous state");
        ghostItem.setAccelerator(KeyCombination.keyCombination("Shortcut+G"));
        ghostItem.selectedProperty().bindBidirectional(model.ghostShownProperty());
        MenuItem pin = item("_Pin current state as the ghost", "Shortcut+Shift+G", model::pinGhost);
        MenuItem unpin = item("_Unpin the ghost (follow the previous state)", null, () -> model.ghostPinnedProperty().set(false));
        unpin.disableProperty().bind(model.ghostPinnedProperty().not());
        view.getItems().addAll(ghostItem, pin, unpin, new SeparatorMenuItem());
        CheckMenuItem rigidityItem = new CheckMenuItem("ℓ_mfp against _rigidity (third plot)");
        rigidityItem.setAccelerator(KeyCombination.keyCombination("Shortcut+5"));
        rigidityItem.selectedProperty().bindBidirectional(model.rigidityViewProperty());
        view.getItems().addAll(rigidityItem, new SeparatorMenuItem(), item("Reset _view", "Shortcut+0", plots::resetView),
                new SeparatorMenuItem());
        Object[][] toggles = {{"Candidate boxes", FigureOptions.Element.CANDIDATE_BOXES}, {"Candidate labels", FigureOptions.Element.CANDIDATE_LABELS},
            {"Band labels", FigureOptions.Element.BAND_LABELS}, {"Hypothetical model (f_V plane)", FigureOptions.Element.HYPOTHETICAL_MODEL},
            {"Legend", FigureOptions.Element.LEGEND}, {"Verdict markers", FigureOptions.Element.VERDICT_MARKERS},
            {"Candidate populations", FigureOptions.Element.POPULATIONS}, {"Citations caption", FigureOptions.Element.CITATIONS}, {"Titles", FigureOptions.Element.TITLE}, {"ℓ_S axis in pc (top)", FigureOptions.Element.SECONDARY_AXIS}};
        for (Object[] t : toggles) {
            FigureOptions.Element e = (FigureOptions.Element) t[1];
            CheckMenuItem c = new CheckMenuItem((String) t[0]);
            c.setSelected(model.shownElements().contains(e));
            c.selectedProperty().addListener((o, a, b) -> {
                if (b) {
                    model.shownElements().add(e);
                } else {
                    model.shownElements().remove(e);
                }
            });
            model.shownElements().addListener((javafx.collections.SetChangeListener<FigureOptions.Element>) ch ->
                    c.setSelected(model.shownElements().contains(e)));
            view.getItems().add(c);
        }
        view.getItems().add(new SeparatorMenuItem());
        view.getItems().addAll(classroom.menuItems());
        Menu presets = new Menu("_Presets");
        presets.getItems().addAll(item("Paper Fig. _2 (ℓ_S–n_s)", null, () -> applyPreset(Layout.NUMBER_DENSITY_ONLY)),
                item("Paper Fig. _3 (ℓ_S–f_V)", null, () -> applyPreset(Layout.FILLING_FACTOR_ONLY)),
                item("_Both planes at the paper's defaults", null, () -> applyPreset(Layout.SIDE_BY_SIDE)));
        Menu tools = new Menu("_Tools");
        tools.getItems().add(item("_Monte Carlo check of ℓ_mfp ≈ ℓ_S/f_V…", "Shortcut+Shift+M",
                () -> new MonteCarloDialog(model, stage).show()));
        Menu help = new Menu("_Help");
        help.getItems().addAll(item("Guided _tour", "F2", classroom::startTour),
                item("_Why? Band edges and constraints", null, () -> Classroom.showAllWhy(stage)),
                new SeparatorMenuItem(), item("_About Hillas Explorer", "F1", this::about));
        MenuBar bar = new MenuBar(file, edit, view, presets, tools, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    // ---------------------------------------------------------------- actions

    void resetToDefaults() {
        model.change(Scenario.defaults());
    }

    /** The paper's defaults shown in {@code layout}, with the automatic view and everything visible. */
    void applyPreset(Layout layout) {
        // the user's own populations are work, not part of the paper's state: keep them
        model.apply(ExplorerState.defaults().withLayout(layout).withPopulations(List.copyOf(model.populations())));
    }

    /** Opens a scenario file; on any problem shows the message and leaves the current state as it was. */
    boolean open(Path file) {
        ExplorerState state;
        org.hillasexplorer.session.FigureState figure = null;
        try {
            if (isFigure(file)) {
                figure = org.hillasexplorer.session.FigureState.read(file);
                state = figure.state();
            } else {
                state = ScenarioFile.read(file);
            }
        } catch (ScenarioFileException e) {
            error("Could not open scenario", e.getMessage());
            return false;
        }
        model.apply(state);
        reloadCatalogues(state, figure, file);
        if (isFigure(file)) {
            // a figure is not a scenario file: saving must ask for a name rather than overwrite the image
            model.fileProperty().set(null);
            model.dirtyProperty().set(true);
            notice("Restored the state saved in " + file.getFileName());
        } else {
            model.fileProperty().set(file);
            model.dirtyProperty().set(false);
            prefs.addRecent(file);
            refreshRecent();
        }
        return true;
    }

    private static boolean isFigure(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".svg") || n.endsWith(".pdf");
    }

    /**
     * Re-adds the catalogue files a scenario or figure names. It may come from anyone, so no path in it is opened as
     * written: only files of the same name beside {@code source} (for a figure, with the SHA-256 it recorded) are
     * candidates ({@link org.hillasexplorer.session.NamedCatalogs}), and the user is asked before they are opened.
     */
    private void reloadCatalogues(ExplorerState state, org.hillasexplorer.session.FigureState figure, Path source) {
        userCatalogs.clear();
        if (state.catalogFiles().isEmpty()) {
            return;
        }
        var named = figure != null ? org.hillasexplorer.session.NamedCatalogs.ofFigure(figure, source)
                : org.hillasexplorer.session.NamedCatalogs.ofScenario(state, source);
        var usable = named.stream().filter(n -> n.usable()).toList();
        List<String> problems = new ArrayList<>(named.stream().filter(n -> !n.usable()).map(n -> n.describe()).toList());
        if (!usable.isEmpty() && catalogueConsent.openThese(source, usable.stream().map(n -> n.file()).toList(),
                List.copyOf(problems))) {
            for (var n : usable) {
                UserCatalogs.Outcome o = userCatalogs.add(n);
                if (!o.loaded()) {
                    problems.add(o.refusal());
                }
            }
        }
        if (!problems.isEmpty()) {
            error("Some catalogues the " + (figure != null ? "figure" : "scenario") + " names were not opened",
                    String.join("\n", problems));
        }
    }

    /** Replaces the question asked before opening the catalogue files a figure or scenario names (for tests). */
    void setCatalogueConsent(CatalogueConsent consent) {
        catalogueConsent = java.util.Objects.requireNonNull(consent, "consent");
    }

    /** The whole state as saved: the model's plus the added catalogue files. */
    ExplorerState stateToSave() {
        return model.toState().withCatalogFiles(userCatalogs.files().stream().map(Path::toString).toList());
    }

    /** Saves to {@code file}; on failure shows why and keeps the previous file untouched. */
    boolean saveTo(Path file) {
        try {
            ScenarioFile.write(stateToSave(), file);
        } catch (ScenarioFileException e) {
            error("Could not save scenario", e.getMessage());
            return false;
        }
        model.fileProperty().set(file);
        model.dirtyProperty().set(false);
        prefs.addRecent(file);
        refreshRecent();
        return true;
    }

    /**
     * Adds a catalogue file (ECSV, CSV with units in the header, or JSON). Skipped rows are listed in one message;
     * a file that is not a catalogue is refused with one message; either way the current state is kept.
     */
    boolean addCatalogue(Path file) {
        UserCatalogs.Outcome o = userCatalogs.add(file);
        if (!o.loaded()) {
            error("Could not add the catalogue", o.refusal());
            return false;
        }
        reportCatalogue(file, o);
        model.dirtyProperty().set(true);
        return true;
    }

    private void reportCatalogue(Path file, UserCatalogs.Outcome o) {
        var problems = o.catalog().problems();
        int n = o.catalog().entries().size();
        if (problems.isEmpty()) {
            notice("Added " + n + " entries from " + file.getFileName());
            return;
        }
        boolean skipped = problems.stream().anyMatch(p -> !p.warning());
        warning(skipped ? "Some rows of " + file.getFileName() + " could not be read; the " + n + " valid entries were added"
                : "Added " + n + " entries from " + file.getFileName() + ", with notes",
                org.hillasexplorer.catalog.CatalogProblem.report(problems));
    }

    /**
     * A file dropped on the window: a scenario file opens, a catalogue is added, a two-column curve becomes a
     * population; when it is none of these, one message says what each reader expected.
     */
    void addDroppedFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (isFigure(file)) {
            if (confirmDiscard()) {
                open(file);
            }
            return;
        }
        if (name.endsWith(".json")) {
            try {
                ExplorerState state = ScenarioFile.read(file);
                if (confirmDiscard()) {
                    model.apply(state);
                    reloadCatalogues(state, null, file);
                    model.fileProperty().set(file);
                    model.dirtyProperty().set(false);
                }
                return;
            } catch (ScenarioFileException notAScenario) {
                // not a scenario: try it as a JSON catalogue below
            }
        }
        UserCatalogs.Outcome o = userCatalogs.add(file);
        if (o.loaded()) {
            reportCatalogue(file, o);
            return;
        }
        try {
            org.hillasexplorer.catalog.CurveReader.read(file);
            populations.addCurve(file);
        } catch (org.hillasexplorer.catalog.CatalogException curveRefusal) {
            error("Could not use " + file.getFileName(), "As a catalogue: " + o.refusal() + "\n\nAs a population curve: "
                    + curveRefusal.getMessage());
        }
    }

    /** The user catalogues (for tests and the scenario file). */
    UserCatalogs userCatalogs() {
        return userCatalogs;
    }

    private void addCatalogueDialog() {
        FileChooser fc = chooser("Add catalogue",
                new FileChooser.ExtensionFilter("Catalogues (*.csv, *.ecsv, *.json, *.txt)", "*.csv", "*.ecsv", "*.json", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<java.io.File> files = fc.showOpenMultipleDialog(stage);
        if (files != null) {
            files.forEach(f -> addCatalogue(f.toPath()));
        }
    }

    private void removeUserCatalogues() {
        userCatalogs.clear();
        model.dirtyProperty().set(true);
        notice("Removed the added catalogues; the built-in one stays");
    }

    private void save() {
        Path f = model.fileProperty().get();
        if (f == null) {
            saveAsDialog();
        } else {
            saveTo(f);
        }
    }

    private void openDialog() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser fc = chooser("Open scenario or figure",
                new FileChooser.ExtensionFilter("Scenarios and figures (*.json, *.png, *.svg, *.pdf)", "*.json", "*.png", "*.svg", "*.pdf"),
                new FileChooser.ExtensionFilter("Hillas Explorer scenario (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("Figures made by Hillas Explorer (*.png, *.svg, *.pdf)", "*.png", "*.svg", "*.pdf"));
        java.io.File f = fc.showOpenDialog(stage);
        if (f != null) {
            open(f.toPath());
        }
    }

    private void saveAsDialog() {
        FileChooser fc = chooser("Save scenario", new FileChooser.ExtensionFilter("Hillas Explorer scenario (*.json)", "*.json"));
        fc.setInitialFileName("scenario.json");
        java.io.File f = fc.showSaveDialog(stage);
        if (f != null) {
            Path p = f.toPath();
            if (!p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
                p = p.resolveSibling(p.getFileName() + ".json");
            }
            saveTo(p);
        }
    }

    private FileChooser chooser(String title, FileChooser.ExtensionFilter... filters) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(filters);
        Path current = model.fileProperty().get();
        if (current != null && current.getParent() != null && current.getParent().toFile().isDirectory()) {
            fc.setInitialDirectory(current.getParent().toFile());
        }
        return fc;
    }

    private void refreshRecent() {
        recentMenu.getItems().clear();
        for (Path p : prefs.recentFiles()) {
            MenuItem m = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            m.setMnemonicParsing(false);
            m.setOnAction(e -> {
                if (confirmDiscard()) {
                    open(p);
                }
            });
            recentMenu.getItems().add(m);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    /** A fresh chart of {@code plane} exactly as shown: same scenario, view range and visible layers. */
    JFreeChart chartAsShown(Plane plane) {
        return Figures.chart(FigureSpec.of(model.scenario(), model.layers(plane), model.populations(), plots.optionsAsShown(plane)));
    }

    private JFreeChart rigidityChart() {
        return Figures.chart(FigureOptions.View.RIGIDITY, model.scenario(), model.layers(Plane.NUMBER_DENSITY),
                model.populations(), plots.rigidityOptionsAsShown());
    }

    private List<JFreeChart> charts(Target target) {
        return switch (target) {
            case NUMBER_DENSITY -> List.of(chartAsShown(Plane.NUMBER_DENSITY));
            case FILLING_FACTOR -> List.of(chartAsShown(Plane.FILLING_FACTOR));
            case RIGIDITY -> List.of(rigidityChart());
            case BOTH -> {
                List<JFreeChart> all = new ArrayList<>(plots.visiblePlanes().stream().map(this::chartAsShown).toList());
                if (model.rigidityViewProperty().get()) {
                    all.add(rigidityChart());
                }
                yield all;
            }
        };
    }

    private CompositeExporter.Arrangement arrangement() {
        return model.layoutProperty().get() == Layout.STACKED ? CompositeExporter.Arrangement.STACKED
                : CompositeExporter.Arrangement.SIDE_BY_SIDE;
    }

    /** Writes the figure; the format follows the extension (.png, .svg, .pdf). Throws with a clear message on failure. */
    void exportFigure(Target target, Path file, int widthPerChart, int heightPerChart, double scale) throws ExportException {
        List<JFreeChart> charts = charts(target);
        var metadata = figureMetadata(target, charts.size(), widthPerChart, heightPerChart, scale);
        if (charts.size() == 1) {
            FigureExporter.write(charts.get(0), file, widthPerChart, heightPerChart, scale, metadata);
        } else {
            CompositeExporter.write(charts, arrangement(), file, widthPerChart, heightPerChart, scale, metadata);
        }
    }

    /** The state a figure carries, so that opening it restores this window (issue: figures restore themselves). */
    private java.util.Map<String, String> figureMetadata(Target target, int charts, int w, int h, double scale) {
        String view = charts > 1 ? "composite" : switch (target) {
            case NUMBER_DENSITY -> "ns";
            case FILLING_FACTOR -> "fv";
            case RIGIDITY -> "rigidity";
            case BOTH -> model.rigidityViewProperty().get() && plots.visiblePlanes().isEmpty() ? "rigidity"
                    : plots.visiblePlanes().get(0).key();
        };
        return org.hillasexplorer.session.FigureState.metadata(stateWithViews(), view, w, h, scale,
                model.style().name().replaceAll("\\+.*", ""), catalogIdentities());
    }

    /** The saved state with the views as shown now (automatic views made explicit, so a figure reopens exactly). */
    ExplorerState stateWithViews() {
        ExplorerState s = stateToSave();
        for (Plane p : Plane.values()) {
            s = s.withView(p, plots.effectiveView(p));
        }
        return s;
    }

    private List<org.hillasexplorer.session.FigureState.CatalogIdentity> catalogIdentities() {
        List<org.hillasexplorer.session.FigureState.CatalogIdentity> out = new ArrayList<>();
        out.add(org.hillasexplorer.session.FigureState.CatalogIdentity.ofBuiltin());
        for (Path f : userCatalogs.files()) {
            try {
                out.add(org.hillasexplorer.session.FigureState.CatalogIdentity.ofFile(f));
            } catch (ScenarioFileException gone) {
                // a catalogue deleted since it was added: the figure simply does not name it
            }
        }
        return out;
    }

    /** The exact {@code render} command that reproduces the current view of {@code plane} (or the rigidity view). */
    String commandForCurrentView(String view) {
        Plane first = plots.visiblePlanes().get(0);
        int w = (int) Math.max(400, plots.viewer(first).getWidth());
        int h = (int) Math.max(300, plots.viewer(first).getHeight());
        String out = "hillas-" + view + ".png";
        return org.hillasexplorer.session.RenderCommandLine.of(stateWithViews(), view, w, h, 2,
                model.style().name().replaceAll("\\+.*", ""), out);
    }

    /** Puts the render command for the first visible plot on the clipboard. */
    void copyCommand() {
        String view = plots.visiblePlanes().get(0).key();
        String cmd = commandForCurrentView(view);
        ClipboardContent content = new ClipboardContent();
        content.putString(cmd);
        Clipboard.getSystemClipboard().setContent(content);
        notice("Copied: " + cmd);
    }

    /** Writes the band polygons of {@code plane} as CSV (the CLI's {@code bands} format). */
    void exportBands(Plane plane, Path file) throws ExportException {
        BandCsv.write(BandGeometry.bands(model.scenario(), plane), file);
    }

    /** Puts the figure on the clipboard as an image, at twice the on-screen size for crisp pasting. */
    void copyFigure(Target target) {
        List<JFreeChart> charts = charts(target);
        Plane first = charts.size() == 1 && target == Target.FILLING_FACTOR ? Plane.FILLING_FACTOR : plots.visiblePlanes().get(0);
        int w = (int) Math.max(400, plots.viewer(first).getWidth());
        int h = (int) Math.max(300, plots.viewer(first).getHeight());
        BufferedImage img = charts.size() == 1 ? FigureExporter.render(charts.get(0), w, h, 2)
                : CompositeExporter.render(charts, arrangement(), w, h, 2);
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(img, null));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void exportFigureDialog() {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle("Export figure");
        d.setHeaderText("Export the figure exactly as shown (view range and visible layers)");
        ChoiceBox<Target> what = new ChoiceBox<>();
        what.getItems().addAll(Target.values());
        what.setValue(plots.visiblePlanes().size() == 1
                ? (plots.visiblePlanes().get(0) == Plane.NUMBER_DENSITY ? Target.NUMBER_DENSITY : Target.FILLING_FACTOR) : Target.BOTH);
        ChoiceBox<String> scale = new ChoiceBox<>();
        scale.getItems().addAll("1× (screen)", "2× (HiDPI, slides)", "3× (print)", "4× (poster)");
        scale.setValue("2× (HiDPI, slides)");
        Plane first = plots.visiblePlanes().get(0);
        int w = (int) Math.max(400, plots.viewer(first).getWidth());
        int h = (int) Math.max(300, plots.viewer(first).getHeight());
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label("Content:"), what);
        g.addRow(1, new Label("PNG scale:"), scale);
        g.addRow(2, new Label("Size per plane:"), new Label(w + " × " + h + " pt (as on screen)"));
        g.addRow(3, new Label("Format:"), new Label("chosen by the file extension: .png, .svg or .pdf"));
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(new ButtonType("Choose file…", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        Optional<ButtonType> r = d.showAndWait();
        if (r.isEmpty() || r.get().getButtonData() != ButtonBar.ButtonData.OK_DONE) {
            return;
        }
        FileChooser fc = chooser("Export figure", new FileChooser.ExtensionFilter("PNG image", "*.png"),
                new FileChooser.ExtensionFilter("SVG vector graphics", "*.svg"), new FileChooser.ExtensionFilter("PDF document", "*.pdf"));
        fc.setInitialFileName(what.getValue() == Target.FILLING_FACTOR ? "hillas-fv.png" : what.getValue() == Target.NUMBER_DENSITY
                ? "hillas-ns.png" : "hillas-planes.png");
        java.io.File f = fc.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        Path p = f.toPath();
        String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!(name.endsWith(".png") || name.endsWith(".svg") || name.endsWith(".pdf"))) {
            String ext = fc.getSelectedExtensionFilter() == null ? "*.png" : fc.getSelectedExtensionFilter().getExtensions().get(0);
            p = p.resolveSibling(p.getFileName() + ext.substring(1));
        }
        double s = scale.getItems().indexOf(scale.getValue()) + 1;
        try {
            exportFigure(what.getValue(), p, w, h, s);
        } catch (ExportException e) {
            error("Could not export the figure", e.getMessage());
        }
    }

    private void exportBandsDialog() {
        ChoiceBox<Plane> plane = new ChoiceBox<>();
        plane.getItems().addAll(Plane.values());
        plane.setValue(plots.visiblePlanes().get(0));
        plane.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Plane p) {
                return p == null ? "" : p == Plane.NUMBER_DENSITY ? "ℓ_S–n_s plane" : "ℓ_S–f_V plane";
            }

            @Override
            public Plane fromString(String s) {
                return null;
            }
        });
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle("Export band data");
        d.setHeaderText("Band polygons as CSV: band,vertex,log10_ls_au,log10_value");
        d.getDialogPane().setContent(new HBox(8, new Label("Plane:"), plane));
        d.getDialogPane().getButtonTypes().addAll(new ButtonType("Choose file…", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        Optional<ButtonType> r = d.showAndWait();
        if (r.isEmpty() || r.get().getButtonData() != ButtonBar.ButtonData.OK_DONE) {
            return;
        }
        FileChooser fc = chooser("Export band data", new FileChooser.ExtensionFilter("CSV", "*.csv"));
        fc.setInitialFileName("bands-" + plane.getValue().key() + ".csv");
        java.io.File f = fc.showSaveDialog(stage);
        if (f != null) {
            try {
                exportBands(plane.getValue(), f.toPath());
            } catch (ExportException e) {
                error("Could not export band data", e.getMessage());
            }
        }
    }

    /** The catalogue entries visible on the plots now (the references a figure needs). */
    List<org.hillasexplorer.catalog.CatalogEntry> visibleEntries() {
        List<org.hillasexplorer.catalog.CatalogEntry> out = new ArrayList<>();
        for (Catalog c : model.catalogs()) {
            for (var e : c.entries()) {
                boolean drawn = model.shownElements().contains(FigureOptions.Element.CANDIDATE_BOXES)
                        && !model.hiddenCandidates().contains(e.id())
                        && plots.visiblePlanes().stream().anyMatch(p -> e.isOn(p) && e.box(p).isPresent());
                if (drawn) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** Writes a BibTeX file of every catalogue entry visible on the plots, plus the paper itself. */
    void exportReferences(Path file) throws ExportException {
        org.hillasexplorer.session.CatalogueExports.writeBibTeX(visibleEntries(), file);
    }

    /** What a table export holds. */
    enum TableContent {
        BANDS_NS("band polygons, ℓ_S–n_s plane"), BANDS_FV("band polygons, ℓ_S–f_V plane"),
        CATALOGUE("catalogue with verdicts"), QUANTITIES("derived quantities (1 MeV–10 TeV)");

        final String text;

        TableContent(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Writes a table with units; ECSV or VOTable by the extension (.ecsv, .vot, .votable, .xml). */
    void exportTable(TableContent what, Path file) throws ExportException {
        switch (what) {
            case BANDS_NS -> org.hillasexplorer.export.TableExporter.writeBands(
                    BandGeometry.bands(model.scenario(), Plane.NUMBER_DENSITY), Plane.NUMBER_DENSITY, model.scenario(), file);
            case BANDS_FV -> org.hillasexplorer.export.TableExporter.writeBands(
                    BandGeometry.bands(model.scenario(), Plane.FILLING_FACTOR), Plane.FILLING_FACTOR, model.scenario(), file);
            case CATALOGUE -> org.hillasexplorer.session.CatalogueExports.writeVerdictTable(
                    model.catalogs().stream().flatMap(c -> c.entries().stream()).toList(), model.scenario(), file);
            case QUANTITIES -> org.hillasexplorer.export.TableExporter.writeQuantities(model.scenario(),
                    List.of(1e-3, 1e-2, 0.1, 1.0, 10.0, 100.0, 1e3, 1e4), file);
        }
    }

    private void exportTableDialog() {
        ChoiceBox<TableContent> what = new ChoiceBox<>();
        what.getItems().addAll(TableContent.values());
        what.setValue(TableContent.CATALOGUE);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle("Export table");
        d.setHeaderText("A table with units that astropy (Table.read) and TOPCAT open");
        d.getDialogPane().setContent(new HBox(8, new Label("Content:"), what));
        d.getDialogPane().getButtonTypes().addAll(new ButtonType("Choose file…", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        Optional<ButtonType> r = d.showAndWait();
        if (r.isEmpty() || r.get().getButtonData() != ButtonBar.ButtonData.OK_DONE) {
            return;
        }
        FileChooser fc = chooser("Export table", new FileChooser.ExtensionFilter("ECSV (*.ecsv)", "*.ecsv"),
                new FileChooser.ExtensionFilter("VOTable (*.vot, *.xml)", "*.vot", "*.votable", "*.xml"));
        fc.setInitialFileName("hillas-" + what.getValue().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".ecsv");
        java.io.File f = fc.showSaveDialog(stage);
        if (f != null) {
            try {
                exportTable(what.getValue(), f.toPath());
            } catch (ExportException e) {
                error("Could not export the table", e.getMessage());
            }
        }
    }

    private void exportReferencesDialog() {
        FileChooser fc = chooser("Export references", new FileChooser.ExtensionFilter("BibTeX (*.bib)", "*.bib"));
        fc.setInitialFileName("hillas-references.bib");
        java.io.File f = fc.showSaveDialog(stage);
        if (f != null) {
            try {
                exportReferences(f.toPath());
                notice("Wrote the references of " + visibleEntries().size() + " visible entries and the paper to " + f.getName());
            } catch (ExportException e) {
                error("Could not export the references", e.getMessage());
            }
        }
    }

    private void sweepDialog() {
        new SweepDialog(this, model, plots, stage).show();
    }

    private void about() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle("About " + APP_TITLE);
        a.setHeaderText(APP_TITLE + " — a Hillas plot for cosmic-ray scattering");
        Label text = new Label("Where must structures that scatter cosmic rays lie, and can known ISM structures be them?\n\n"
                + "Physics after " + CITATION + "\n\nFree software under the GNU GPL v3 or later. "
                + "Built with JavaFX, JFreeChart, ControlsFX, picocli and Apache Commons.");
        text.setWrapText(true);
        text.setMaxWidth(520);
        a.getDialogPane().setContent(text);
        a.showAndWait();
    }

    private void quit() {
        if (confirmDiscard()) {
            prefs.saveWindow(stage.getWidth(), stage.getHeight(), stage.isMaximized());
            Platform.exit();
        }
    }

    /** True if there is nothing unsaved, or the user chose to save or to discard it. */
    private boolean confirmDiscard() {
        if (!model.dirtyProperty().get() || !stage.isShowing()) {
            return true;
        }
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "The scenario has unsaved changes.", saveButton, discard, ButtonType.CANCEL);
        a.initOwner(stage);
        a.setHeaderText("Save the changes to the scenario?");
        Optional<ButtonType> r = a.showAndWait();
        if (r.isEmpty() || r.get() == ButtonType.CANCEL) {
            return false;
        }
        if (r.get() == saveButton) {
            save();
            return !model.dirtyProperty().get();
        }
        return true;
    }

    private void error(String header, String message) {
        lastError = message;
        if (!stage.isShowing()) {
            return;
        }
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(stage);
        a.setTitle(APP_TITLE);
        a.setHeaderText(header);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(560);
        a.getDialogPane().setContent(text);
        a.show();
    }

    private String lastError = "";
    private String lastNotice = "";

    /** The last notice or warning shown (for tests). */
    String lastNotice() {
        return lastNotice;
    }

    private void notice(String message) {
        lastNotice = message;
        plotsNotice(message);
    }

    private void warning(String header, String message) {
        lastNotice = header + "\n" + message;
        if (!stage.isShowing()) {
            return;
        }
        Alert a = new Alert(Alert.AlertType.WARNING);
        a.initOwner(stage);
        a.setTitle(APP_TITLE);
        a.setHeaderText(header);
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(message);
        text.setEditable(false);
        text.setWrapText(false);
        text.setPrefSize(640, 260);
        a.getDialogPane().setContent(text);
        a.show();
    }

    /** Shows a short notice in the status bar for a few seconds. */
    private void plotsNotice(String message) {
        plots.readoutProperty().set(message);
    }

    /** The last error message shown (for tests). */
    String lastError() {
        return lastError;
    }

    private void updateTitle() {
        Path f = model.fileProperty().get();
        stage.setTitle((model.dirtyProperty().get() ? "• " : "") + (f == null ? "untitled" : f.getFileName().toString())
                + " — " + APP_TITLE);
    }

    /** All parameter controls in panel order (for tests). */
    List<ParameterControl> parameterControls() {
        return new ArrayList<>(controls.values());
    }
}
