package org.hillasexplorer.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import org.hillasexplorer.figure.FigureStyle;
import org.jfree.chart.fx.ChartViewer;

/**
 * Where the plots of {@link PlotArea} go: the {@link PlotArrangement} that suits the area's size (row, column, grid or
 * tabs), the cell each plot gets, where each plot's legend goes for the room its cell gives it, and the watch on each
 * plot's size that asks for a redraw when a legend threshold or a step of the font scale is crossed.
 */
final class PlotCells {
    private final PlotsViewModel plots;
    private final ExplorerModel model;
    private final Supplier<List<ChartViewer>> shown;
    private final Supplier<List<ChartViewer>> all;
    private final Function<ChartViewer, String> tabName;
    private final StackPane root = new StackPane();
    private final TabPane tabs = new TabPane();
    private PlotArrangement arrangement;
    private List<ChartViewer> arranged = List.of();
    private final Map<ChartViewer, String> drawnFor = new HashMap<>();
    private final Map<ChartViewer, double[]> cellOf = new HashMap<>();
    private final Map<ChartViewer, PlotsViewModel.LegendPlace> legendPlace = new HashMap<>();

    /**
     * @param shown the plots shown now, in order
     * @param all every plot that may be shown
     * @param tabName the title of a plot's tab
     */
    PlotCells(PlotsViewModel plots, Supplier<List<ChartViewer>> shown, Supplier<List<ChartViewer>> all,
            Function<ChartViewer, String> tabName) {
        this.plots = plots;
        this.model = plots.model();
        this.shown = shown;
        this.all = all;
        this.tabName = tabName;
        root.setId("plot-area");
        root.setMinSize(0, 0); // the window gives the plots their room; the arrangement fits the plots into it
        tabs.setId("plot-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.widthProperty().addListener((o, a, b) -> arrange());
        root.heightProperty().addListener((o, a, b) -> arrange());
    }

    StackPane node() {
        return root;
    }

    /** How the plots are arranged now. */
    PlotArrangement arrangement() {
        return arrangement == null ? PlotArrangement.ROW : arrangement;
    }

    /** Where the legend of viewer {@code v} is drawn now. */
    PlotsViewModel.LegendPlace legendPlace(ChartViewer v) {
        return legendPlace.getOrDefault(v, PlotsViewModel.LegendPlace.INSIDE);
    }

    /** The legend of {@code v} goes to {@code place}: a change of place changes the width the plot may take. */
    void placeLegend(ChartViewer v, PlotsViewModel.LegendPlace place) {
        if (legendPlace.put(v, place) != place) {
            fitWidth(v);
        }
    }

    /** The legend's place for viewer {@code v} with {@code entries} entries, from the room its cell gives it. */
    PlotsViewModel.LegendPlace placeFor(ChartViewer v, int entries) {
        double[] cell = cellOf.getOrDefault(v, new double[] {v.getWidth(), v.getHeight()});
        double plotW = Math.min(cell[0], cell[1] * PlotArrangement.MAX_ASPECT);
        boolean presentation = plots.appearance().presentationProperty().get();
        if (!PlotsViewModel.legendFits(plotW, cell[1])) {
            return presentation || entries == 0 ? PlotsViewModel.LegendPlace.NONE : PlotsViewModel.LegendPlace.BELOW;
        }
        return PlotsViewModel.legendPlace(entries, plotW, cell[1], cell[0] - plotW, FigureStyle.fontScale(plotW, cell[1]),
                presentation);
    }

    /** A cell wider than a landscape figure needs leaves the plot centred (plus a legend beside it), not its bands flattened. */
    private void fitWidth(ChartViewer v) {
        double[] cell = cellOf.get(v);
        if (cell == null || !(cell[1] > 0)) {
            v.setMaxWidth(Double.MAX_VALUE);
            return;
        }
        double plotW = cell[1] * PlotArrangement.MAX_ASPECT;
        if (legendPlace.get(v) == PlotsViewModel.LegendPlace.RIGHT) {
            plotW += PlotsViewModel.LEGEND_ENTRY_PX * FigureStyle.fontScale(plotW, cell[1]) + 8;
        }
        v.setMaxWidth(plotW);
    }

    /** What of a viewer's size its drawing depends on: whether the legend fits, and the font scale. */
    private String sizeKey(ChartViewer v) {
        double[] cell = cellOf.getOrDefault(v, new double[] {0, 0});
        return Math.round(cell[0] / 40) + "x" + Math.round(cell[1] / 40) + "/" + FigureStyle.fontScale(v.getWidth(), v.getHeight());
    }

    /** Runs {@code redraw} (later) when the size of {@code v} crosses a legend threshold or a step of the font scale. */
    void watchSize(ChartViewer v, Runnable redraw) {
        ChangeListener<Number> l = (o, a, b) -> {
            String key = sizeKey(v);
            if (!key.equals(drawnFor.put(v, key))) {
                Platform.runLater(redraw);
            }
        };
        v.widthProperty().addListener(l);
        v.heightProperty().addListener(l);
    }

    /** The layout or the plots shown changed: arrange them anew. */
    void relayout() {
        arrangement = null;
        arrange();
    }

    /** Puts the plots into the arrangement that suits the area's size now, if that is not the one they are in. */
    private void arrange() {
        List<ChartViewer> charts = shown.get();
        double w = root.getWidth();
        double h = root.getHeight();
        PlotArrangement a = PlotArrangement.choose(model.layout(), charts.size(), w, h,
                plots.appearance().presentationProperty().get() ? PlotArrangement.MIN_HEIGHT_PRESENTATION : PlotArrangement.MIN_HEIGHT);
        if (a != arrangement || !charts.equals(arranged)) {
            arrangement = a;
            arranged = charts;
            tabs.getTabs().forEach(t -> t.setContent(null));
            all.get().forEach(PlotCells::detach);
            root.getChildren().setAll(a == PlotArrangement.TABS ? tabbed(charts) : grid(a, charts));
        }
        // a cell wider than a landscape figure needs leaves the plot centred rather than its bands flattened
        double[][] cells = a.cells(charts.size(), w, h);
        for (int i = 0; i < charts.size(); i++) {
            cellOf.put(charts.get(i), cells[i]);
            fitWidth(charts.get(i));
        }
    }

    private static void detach(Node n) {
        Parent p = n.getParent();
        if (p instanceof Pane pane) {
            pane.getChildren().remove(n);
        }
    }

    private static GridPane grid(PlotArrangement a, List<ChartViewer> charts) {
        GridPane g = new GridPane();
        g.setMinSize(0, 0);
        for (int i = 0; i < charts.size(); i++) {
            ChartViewer c = charts.get(i);
            switch (a) {
                case COLUMN -> g.add(c, 0, i);
                case GRID -> {
                    if (i == 2) {
                        g.add(c, 0, 1, 2, 1);
                    } else {
                        g.add(c, i, 0);
                    }
                }
                default -> g.add(c, i, 0);
            }
            GridPane.setHalignment(c, HPos.CENTER);
            GridPane.setValignment(c, VPos.CENTER);
        }
        int cols = a == PlotArrangement.COLUMN ? 1 : a == PlotArrangement.GRID ? 2 : charts.size();
        int rows = a == PlotArrangement.COLUMN ? charts.size() : a == PlotArrangement.GRID ? 2 : 1;
        for (int c = 0; c < cols; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / cols);
            cc.setHgrow(Priority.ALWAYS);
            g.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            g.getRowConstraints().add(rc);
        }
        return g;
    }

    private TabPane tabbed(List<ChartViewer> charts) {
        int selected = Math.max(0, tabs.getSelectionModel().getSelectedIndex());
        tabs.getTabs().forEach(t -> t.setContent(null));
        tabs.getTabs().clear();
        for (ChartViewer c : charts) {
            Tab t = new Tab(tabName.apply(c), c);
            t.setId("tab-" + c.getId());
            tabs.getTabs().add(t);
        }
        tabs.getSelectionModel().select(Math.min(selected, charts.size() - 1));
        return tabs;
    }
}
