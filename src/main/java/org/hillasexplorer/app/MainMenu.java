package org.hillasexplorer.app;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.hillasexplorer.figure.ElementSwitch;
import org.hillasexplorer.figure.FigureOptions.Element;
import org.hillasexplorer.figure.RenderOptions;
import org.hillasexplorer.session.Layout;

/** The menu bar and its keys (README, "The window"); every item calls an action of the part it belongs to. */
final class MainMenu {
    /** The parts whose actions the menus offer. */
    record Actions(FileLifecycle files, CatalogueFiles catalogues, ExportDialogs dialogs, FigureExports exports,
                   ExplorerModel model, ScenarioViewModel scenario, PlotsViewModel plots, Runnable resetView,
                   Classroom classroom, CatalogueViewModel catalogue, SidePanels panels) {
    }

    private static final String[][] LAYOUTS = {{"Side by side", "Shortcut+1"}, {"Stacked", "Shortcut+2"},
        {"ℓ_S–n_s plane only", "Shortcut+3"}, {"ℓ_S–f_V plane only", "Shortcut+4"}};
    private MainMenu() {
    }

    /** The menu bar of a window over {@code stage}. */
    static MenuBar bar(Actions a, Stage stage) {
        MenuBar bar = new MenuBar(file(a), edit(a), view(a), presets(a.scenario()), tools(a, stage), help(a, stage));
        bar.setUseSystemMenuBar(true);
        bar.getMenus().forEach(MainMenu::keepSymbols);
        return bar;
    }

    /**
     * Items whose text has a symbol in the paper's notation (ℓ_mfp, f_V) lose mnemonic parsing, which would eat the
     * symbol's {@code _}; their own mnemonic mark (a {@code _} starting a word) is dropped instead.
     */
    static void keepSymbols(MenuItem item) {
        String t = item.getText();
        if (t != null && Typeset.hasScripts(t)) {
            item.setMnemonicParsing(false);
            item.setText(withoutMnemonic(t));
        }
        if (item instanceof Menu m) {
            m.getItems().forEach(MainMenu::keepSymbols);
        }
    }

    /** {@code text} without its mnemonic marks: a {@code _} at the start or after a space. */
    static String withoutMnemonic(String text) {
        return text.replaceAll("(^|(?<=\\s))_", "");
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private static Menu file(Actions a) {
        FileLifecycle files = a.files();
        ExportDialogs dialogs = a.dialogs();
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("_Open scenario…", "Shortcut+O", files::openDialog),
                recent(files),
                item("_Save scenario", "Shortcut+S", files::save),
                new SeparatorMenuItem(),
                item("_Add catalogue…", "Shortcut+Shift+O", a.catalogues()::addDialog),
                item("Remove added catalogues", null, a.catalogues()::removeAll),
                item("Save scenario _as…", "Shortcut+Shift+S", files::saveAsDialog),
                new SeparatorMenuItem(),
                item("_Export figure…", "Shortcut+E", dialogs::figure),
                item("Export _band data (CSV)…", "Shortcut+Shift+E", dialogs::bands),
                item("_Copy figure", "Shortcut+Shift+C", () -> a.exports().copyFigure(ShownFigures.Target.BOTH)),
                item("Export _table (ECSV, VOTable)…", null, dialogs::table),
                item("Export _references (BibTeX)…", null, dialogs::references),
                item("Export _sweep as a movie…", "Shortcut+M", dialogs::sweep),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", files::quit));
        return file;
    }

    private static Menu recent(FileLifecycle files) {
        Menu recent = new Menu("Open _Recent");
        Runnable fill = () -> {
            recent.getItems().clear();
            for (Path p : files.recentFiles()) {
                MenuItem m = new MenuItem(p.getFileName() + "  —  " + p.getParent());
                m.setMnemonicParsing(false);
                m.setOnAction(e -> files.openRecent(p));
                recent.getItems().add(m);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        files.recentFiles().addListener((ListChangeListener<Path>) c -> fill.run());
        fill.run();
        return recent;
    }

    private static Menu edit(Actions a) {
        ExplorerModel model = a.model();
        MenuItem undo = item("_Undo", "Shortcut+Z", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        MenuItem redo = item("_Redo", "Shortcut+Shift+Z", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("Copy as _command", "Shortcut+Shift+K", a.exports()::copyCommand), new SeparatorMenuItem(),
                item("Reset parameters to _defaults", "Shortcut+R", a.scenario()::resetToDefaults));
        return edit;
    }

    private static Menu view(Actions a) {
        PlotsViewModel plots = a.plots();
        Menu view = new Menu("_View");
        ToggleGroup layouts = new ToggleGroup();
        Map<Layout, RadioMenuItem> layoutItems = new EnumMap<>(Layout.class);
        for (Layout l : Layout.values()) {
            RadioMenuItem r = new RadioMenuItem(LAYOUTS[l.ordinal()][0]);
            r.setAccelerator(KeyCombination.keyCombination(LAYOUTS[l.ordinal()][1]));
            r.setToggleGroup(layouts);
            r.setOnAction(e -> plots.setLayout(l));
            layoutItems.put(l, r);
            view.getItems().add(r);
        }
        plots.layoutProperty().addListener((o, was, is) -> layoutItems.get(is).setSelected(true));
        layoutItems.get(plots.layoutProperty().get()).setSelected(true);
        CheckMenuItem ghostItem = new CheckMenuItem("_Ghost of the previous state");
        ghostItem.setAccelerator(KeyCombination.keyCombination("Shortcut+G"));
        ghostItem.selectedProperty().bindBidirectional(plots.ghostShownProperty());
        MenuItem pin = item("_Pin current state as the ghost", "Shortcut+Shift+G", plots::pinGhost);
        MenuItem unpin = item("_Unpin the ghost (follow the previous state)", null, () -> plots.ghostPinnedProperty().set(false));
        unpin.disableProperty().bind(plots.ghostPinnedProperty().not());
        view.getItems().addAll(ghostItem, pin, unpin, new SeparatorMenuItem());
        CheckMenuItem rigidityItem = new CheckMenuItem("ℓ_mfp against _rigidity (third plot)");
        rigidityItem.setAccelerator(KeyCombination.keyCombination("Shortcut+5"));
        rigidityItem.selectedProperty().bindBidirectional(plots.rigidityViewProperty());
        CheckMenuItem lockItem = new CheckMenuItem("_Lock axes (refit only on Reset view)");
        lockItem.setId("menu-lock-axes");
        lockItem.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        lockItem.selectedProperty().bindBidirectional(plots.lockAxesProperty());
        view.getItems().addAll(rigidityItem, new SeparatorMenuItem(), item("Reset _view", "Shortcut+0", a.resetView()),
                lockItem, new SeparatorMenuItem());
        for (ElementSwitch sw : RenderOptions.ELEMENTS) { // label and id from the element's switch, as the CLI's flags
            Element e = sw.element();
            CheckMenuItem c = new CheckMenuItem(sw.menuLabel());
            c.setId(sw.controlId());
            c.setMnemonicParsing(false);
            c.setSelected(plots.shows(e));
            c.selectedProperty().addListener((o, was, is) -> plots.setShown(e, is));
            plots.shownElementsProperty().addListener((o, was, is) -> c.setSelected(is.contains(e)));
            view.getItems().add(c);
        }
        view.getItems().add(new SeparatorMenuItem());
        view.getItems().addAll(panelItem(a.panels(), SidePanels.Side.LEFT, "Parameter panel", "F3"),
                panelItem(a.panels(), SidePanels.Side.RIGHT, "Catalogue panel", "F4"), new SeparatorMenuItem());
        view.getItems().addAll(a.classroom().menuItems());
        return view;
    }

    private static CheckMenuItem panelItem(SidePanels panels, SidePanels.Side side, String text, String key) {
        CheckMenuItem c = new CheckMenuItem(text);
        c.setAccelerator(KeyCombination.keyCombination(key));
        c.selectedProperty().bindBidirectional(panels.shownProperty(side));
        return c;
    }

    private static Menu presets(ScenarioViewModel scenario) {
        Menu presets = new Menu("_Presets");
        presets.getItems().addAll(item("Paper Fig. _2 (ℓ_S–n_s)", null, () -> scenario.applyPreset(Layout.NUMBER_DENSITY_ONLY)),
                item("Paper Fig. _3 (ℓ_S–f_V)", null, () -> scenario.applyPreset(Layout.FILLING_FACTOR_ONLY)),
                item("_Both planes at the paper's defaults", null, () -> scenario.applyPreset(Layout.SIDE_BY_SIDE)));
        return presets;
    }

    private static Menu tools(Actions a, Stage stage) {
        Menu tools = new Menu("_Tools");
        tools.getItems().add(item("_Monte Carlo check of ℓ_mfp ≈ ℓ_S/f_V…", "Shortcut+Shift+M",
                () -> new MonteCarloDialog(a.model(), stage).show()));
        MenuItem sensitivity = item("_Sensitivity of the selected entry (tornado)…", "Shortcut+T",
                () -> TornadoDialog.open(stage, a.catalogue(), a.catalogue().selectedProperty().get()));
        sensitivity.setId("menu-sensitivity");
        tools.getItems().add(sensitivity);
        return tools;
    }

    private static Menu help(Actions a, Stage stage) {
        Menu help = new Menu("_Help");
        help.getItems().addAll(item("Guided _tour", "F2", a.classroom()::startTour),
                item("_Why? Band edges and constraints", null, () -> WhyPopovers.showAllWhy(stage)),
                new SeparatorMenuItem(), item("_About Hillas Explorer", "F1", () -> about(stage)));
        return help;
    }

    private static void about(Stage stage) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle("About " + MainWindow.APP_TITLE);
        a.setHeaderText(MainWindow.APP_TITLE + " — a Hillas plot for cosmic-ray scattering");
        Label text = new Label("Where must structures that scatter cosmic rays lie, and can known ISM structures be them?\n\n"
                + "Physics after " + MainWindow.CITATION + "\n\nFree software under the GNU GPL v3 or later. "
                + "Built with JavaFX, JFreeChart, ControlsFX, picocli and Apache Commons.");
        text.setWrapText(true);
        text.setMaxWidth(520);
        a.getDialogPane().setContent(text);
        a.showAndWait();
    }
}
