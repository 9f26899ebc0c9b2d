package org.hillasexplorer.app;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Pane;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.hillasexplorer.figure.CandidateLayer;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.FigureSpec;
import org.hillasexplorer.figure.FigureStyle;
import org.hillasexplorer.figure.Figures;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.session.Layout;
import org.hillasexplorer.teaching.Highlight;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.MouseHandlerFX;
import org.jfree.chart.fx.interaction.PanHandlerFX;
import org.jfree.chart.fx.interaction.ZoomHandlerFX;
import org.jfree.chart.plot.XYPlot;

/**
 * The two planes (and the rigidity view), drawn by the shared figure builder into JavaFX from {@link PlotsViewModel}.
 * Their ℓ_S axes are linked (zooming or panning one moves the other); drag pans, Shift+drag zooms to a box, the wheel
 * zooms, each gesture one undo step; hovering a candidate box highlights it and shows its details; the pointer
 * position is read out ({@link ReadoutViewModel}). The plots are arranged for the room they have
 * ({@link PlotArrangement}), and each is drawn with fonts and a legend for its own size in pixels.
 */
final class PlotArea {
    /** Wheel clicks closer together than this are one zoom (one undo step). */
    private static final Duration WHEEL_GESTURE = Duration.millis(600);

    private final PlotsViewModel plots;
    private final ExplorerModel model;
    private final ReadoutViewModel readout;
    private final StackPane root = new StackPane();
    private final TabPane tabs = new TabPane();
    private final Map<Plane, ChartViewer> viewers = new EnumMap<>(Plane.class);
    private final Map<Plane, CandidateLayer> hovered = new EnumMap<>(Plane.class);
    private final ObjectProperty<CandidateLayer> hoveredCandidate = new SimpleObjectProperty<>(this, "hovered");
    private final Tooltip boxTip = new Tooltip();
    private final ChartViewer rigidity;
    private final PlotOverlays overlays;
    private final PauseTransition wheelQuiet = new PauseTransition(WHEEL_GESTURE);
    private ExplorerModel.Gesture pointerGesture;
    private ExplorerModel.Gesture wheelGesture;
    private boolean updating;
    private PlotArrangement arrangement;
    private List<ChartViewer> arranged = List.of();
    private final Map<ChartViewer, String> drawnFor = new java.util.HashMap<>();
    private final Map<ChartViewer, double[]> cellOf = new java.util.HashMap<>();
    private final Map<ChartViewer, PlotsViewModel.LegendPlace> legendPlace = new java.util.HashMap<>();

    PlotArea(PlotsViewModel plots, ReadoutViewModel readout) {
        this.plots = plots;
        this.model = plots.model();
        this.readout = readout;
        root.setId("plot-area");
        root.setMinSize(0, 0); // the window gives the plots their room; the arrangement fits the plots into it
        tabs.setId("plot-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.widthProperty().addListener((o, a, b) -> arrange());
        root.heightProperty().addListener((o, a, b) -> arrange());
        boxTip.setShowDelay(Duration.ZERO);
        boxTip.setWrapText(true);
        boxTip.setMaxWidth(460);
        for (Plane p : Plane.values()) {
            JFreeChart chart = Figures.chart(FigureSpec.of(FigureOptions.View.of(p), model.scenario(), model.layers(p),
                    model.populations(), plots.options(p, null), plots.shading()));
            ChartViewer viewer = new ChartViewer(chart);
            viewer.setId("chart-" + p.key());
            viewer.setMinSize(200, 160);
            configureMouse(viewer, p);
            watchSize(viewer);
            XYPlot plot = chart.getXYPlot();
            plot.getDomainAxis().addChangeListener(e -> userMovedView(p));
            plot.getRangeAxis().addChangeListener(e -> userMovedView(p));
            viewers.put(p, viewer);
        }
        rigidity = new ChartViewer(Figures.chart(FigureOptions.View.RIGIDITY, model.scenario(),
                model.layers(Plane.NUMBER_DENSITY), model.populations(), plots.options(Plane.NUMBER_DENSITY, null)));
        rigidity.setId("chart-rigidity");
        rigidity.setMinSize(200, 160);
        watchSize(rigidity);
        overlays = new PlotOverlays(plots);
        wheelQuiet.setOnFinished(e -> {
            if (wheelGesture != null) {
                wheelGesture.end();
                wheelGesture = null;
            }
        });
        model.stateProperty().addListener((o, a, b) -> {
            if (!updating) {
                refresh();
            }
        });
        model.layoutProperty().addListener((o, a, b) -> relayout());
        model.catalogs().addListener((ListChangeListener<Object>) c -> refresh());
        plots.appearance().styleProperty().addListener((o, a, b) -> refresh());
        plots.appearance().presentationProperty().addListener((o, a, b) -> relayout());
        plots.ghostShownProperty().addListener((o, a, b) -> refresh());
        plots.ghostProperty().addListener((o, a, b) -> {
            if (plots.ghostShownProperty().get()) {
                refresh();
            }
        });
        plots.highlightsProperty().addListener((o, a, b) -> refresh());
        plots.shadingProperty().addListener((o, a, b) -> refresh());
        // axes frozen or refitted (drag start and end, View → Lock axes); labels placed afresh when a drag ends
        plots.frozenViewsProperty().addListener((o, a, b) -> refresh());
        model.gestureUnderWayProperty().addListener((o, was, is) -> {
            if (!is) {
                viewers.values().forEach(v -> Figures.relayoutLabels(v.getChart()));
                Figures.relayoutLabels(rigidity.getChart());
            }
        });
        plots.rigidityViewProperty().addListener((o, a, b) -> {
            relayout();
            refresh();
        });
        relayout();
        refresh();
    }

    StackPane node() {
        return root;
    }

    /** How the plots are arranged now. */
    PlotArrangement arrangement() {
        return arrangement == null ? PlotArrangement.ROW : arrangement;
    }

    /** The rigidity view (ℓ_mfp against R). */
    ChartViewer rigidityViewer() {
        return rigidity;
    }

    /** The chart viewer of a plane. */
    ChartViewer viewer(Plane p) {
        return viewers.get(p);
    }

    /** The candidate under the pointer, or null. */
    ObjectProperty<CandidateLayer> hoveredCandidateProperty() {
        return hoveredCandidate;
    }

    /** The options a plane is drawn with now: the view model's, its effective view, legend and fonts for its size. */
    FigureOptions optionsAsShown(Plane p) {
        return fitted(plots.options(p, plots.effectiveView(p)), viewers.get(p), legendPlace.get(viewers.get(p)));
    }

    /** The options the rigidity view is drawn with now. */
    FigureOptions rigidityOptionsAsShown() {
        return fitted(plots.options(Plane.NUMBER_DENSITY, null), rigidity, legendPlace.get(rigidity));
    }

    /** Where the legend of a plane is drawn now. */
    PlotsViewModel.LegendPlace legendPlace(Plane p) {
        return legendPlace.getOrDefault(viewers.get(p), PlotsViewModel.LegendPlace.INSIDE);
    }

    /** {@code o} for viewer {@code v}'s size: the legend inside only if it goes there, the fonts scaled to the plot's pixels. */
    private FigureOptions fitted(FigureOptions o, ChartViewer v, PlotsViewModel.LegendPlace place) {
        FigureOptions f = place == null || place == PlotsViewModel.LegendPlace.INSIDE ? o : o.with(FigureOptions.Element.LEGEND, false);
        return f.withStyle(f.style().withFontScale(FigureStyle.fontScale(v.getWidth(), v.getHeight())));
    }

    /** A fresh chart of plane {@code p} as shown, its legend where the window puts it (for exports and snapshots). */
    JFreeChart chartAsShown(Plane p, JFreeChart fresh) {
        OutsideLegend.place(fresh, optionsAsShown(p).style(), legendPlace(p));
        return fresh;
    }

    /** A fresh rigidity chart as shown. */
    JFreeChart rigidityChartAsShown(JFreeChart fresh) {
        OutsideLegend.place(fresh, rigidityOptionsAsShown().style(),
                legendPlace.getOrDefault(rigidity, PlotsViewModel.LegendPlace.INSIDE));
        return fresh;
    }

    /** The spec of plane {@code p} with options {@code o}, with the envelopes computed so far. */
    private FigureSpec planeSpec(Plane p, FigureOptions o) {
        return FigureSpec.of(FigureOptions.View.of(p), model.scenario(), model.layers(p), model.populations(), o,
                plots.shading());
    }

    private FigureSpec rigiditySpec() {
        return FigureSpec.of(FigureOptions.View.RIGIDITY, model.scenario(), model.layers(Plane.NUMBER_DENSITY),
                model.populations(), rigidityOptionsAsShown());
    }

    private void drawPlane(Plane p) {
        ChartViewer v = viewers.get(p);
        FigureOptions wanted = plots.options(p, plots.effectiveView(p));
        // where the legend goes depends on how many entries it has now and on the room the plot has
        FigureSpec full = planeSpec(p, fitted(wanted, v, PlotsViewModel.LegendPlace.INSIDE));
        PlotsViewModel.LegendPlace place = placeFor(v, wanted.shows(FigureOptions.Element.LEGEND) ? full.legend().size() : 0);
        if (legendPlace.put(v, place) != place) {
            fitWidth(v);
        }
        draw(v, place == PlotsViewModel.LegendPlace.INSIDE ? full : planeSpec(p, optionsAsShown(p)));
    }

    private void drawRigidity() {
        FigureOptions wanted = plots.options(Plane.NUMBER_DENSITY, null);
        FigureSpec full = FigureSpec.of(FigureOptions.View.RIGIDITY, model.scenario(), model.layers(Plane.NUMBER_DENSITY),
                model.populations(), fitted(wanted, rigidity, PlotsViewModel.LegendPlace.INSIDE));
        PlotsViewModel.LegendPlace place = placeFor(rigidity, wanted.shows(FigureOptions.Element.LEGEND) ? full.legend().size() : 0);
        if (legendPlace.put(rigidity, place) != place) {
            fitWidth(rigidity);
        }
        draw(rigidity, place == PlotsViewModel.LegendPlace.INSIDE ? full : rigiditySpec());
    }

    private void draw(ChartViewer v, FigureSpec spec) {
        Figures.update(v.getChart(), spec);
        OutsideLegend.place(v.getChart(), spec.style(), legendPlace.getOrDefault(v, PlotsViewModel.LegendPlace.INSIDE));
    }

    /** The legend's place for viewer {@code v} with {@code entries} entries, from the room its cell gives it. */
    private PlotsViewModel.LegendPlace placeFor(ChartViewer v, int entries) {
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

    /** Back to the automatic view on both planes. */
    void resetView() {
        plots.resetView();
        refresh(); // also when a zoom beyond what the axes show left no view to forget
    }

    /** Planes visible in the current layout. */
    List<Plane> visiblePlanes() {
        return plots.visiblePlanes();
    }

    /** The regions outlined now. */
    List<Highlight> highlights() {
        return plots.highlightsProperty().get();
    }

    /** Redraws every plot for the current state (cheap: a few ms per plane). */
    void refresh() {
        updating = true;
        try {
            for (Plane p : Plane.values()) {
                drawPlane(p);
                JFreeChart chart = viewers.get(p).getChart();
                overlays.hovered(chart, p, hovered.get(p));
                overlays.ghost(chart, p);
            }
            if (plots.rigidityViewProperty().get()) {
                drawRigidity();
            }
            overlays.highlights(plane -> plane == null ? rigidity.getChart() : viewers.get(plane).getChart());
        } finally {
            updating = false;
        }
    }

    /** Redraws {@code v} when its size crosses a legend threshold or a step of the font scale. */
    private void watchSize(ChartViewer v) {
        ChangeListener<Number> l = (o, a, b) -> {
            String key = sizeKey(v);
            if (!key.equals(drawnFor.put(v, key))) {
                Platform.runLater(this::refresh);
            }
        };
        v.widthProperty().addListener(l);
        v.heightProperty().addListener(l);
    }

    /** The layout or the plots shown changed: arrange them anew. */
    private void relayout() {
        arrangement = null;
        arrange();
    }

    private List<ChartViewer> shownCharts() {
        List<ChartViewer> charts = new ArrayList<>(visiblePlanes().stream().map(viewers::get).toList());
        if (plots.rigidityViewProperty().get()) {
            charts.add(rigidity);
        }
        return charts;
    }

    /** Puts the plots into the arrangement that suits the area's size now, if that is not the one they are in. */
    private void arrange() {
        List<ChartViewer> charts = shownCharts();
        double w = root.getWidth();
        double h = root.getHeight();
        PlotArrangement a = PlotArrangement.choose(model.layout(), charts.size(), w, h,
                plots.appearance().presentationProperty().get() ? PlotArrangement.MIN_HEIGHT_PRESENTATION : PlotArrangement.MIN_HEIGHT);
        if (a != arrangement || !charts.equals(arranged)) {
            arrangement = a;
            arranged = charts;
            tabs.getTabs().forEach(t -> t.setContent(null));
            shownChartsEver().forEach(PlotArea::detach);
            root.getChildren().setAll(a == PlotArrangement.TABS ? tabbed(charts) : grid(a, charts));
        }
        // a cell wider than a landscape figure needs leaves the plot centred rather than its bands flattened
        double[][] cells = a.cells(charts.size(), w, h);
        for (int i = 0; i < charts.size(); i++) {
            cellOf.put(charts.get(i), cells[i]);
            fitWidth(charts.get(i));
        }
    }

    private List<ChartViewer> shownChartsEver() {
        List<ChartViewer> all = new ArrayList<>(viewers.values());
        all.add(rigidity);
        return all;
    }

    private static void detach(Node n) {
        Parent p = n.getParent();
        if (p instanceof Pane pane) {
            pane.getChildren().remove(n);
        }
    }

    private GridPane grid(PlotArrangement a, List<ChartViewer> charts) {
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
            Tab t = new Tab(tabName(c), c);
            t.setId("tab-" + c.getId());
            tabs.getTabs().add(t);
        }
        tabs.getSelectionModel().select(Math.min(selected, charts.size() - 1));
        return tabs;
    }

    private String tabName(ChartViewer c) {
        if (c == rigidity) {
            return "ℓmfp against rigidity";
        }
        return c == viewers.get(Plane.NUMBER_DENSITY) ? "ℓS–ns plane (Fig. 2)" : "ℓS–fV plane (Fig. 3)";
    }

    private void configureMouse(ChartViewer viewer, Plane p) {
        ChartCanvas canvas = viewer.getCanvas();
        for (String id : new String[] {"pan", "zoom"}) {
            MouseHandlerFX h = canvas.getMouseHandler(id);
            if (h != null) {
                canvas.removeMouseHandler(h);
            }
        }
        canvas.addMouseHandler(new PanHandlerFX("pan", false, false, false, false));
        canvas.addMouseHandler(new ZoomHandlerFX("zoom", viewer, false, false, false, true));
        replaceWheelZoom(canvas);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointerMoved(p, e));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointerLeft(p));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                resetView();
            }
        });
        // a pan or a zoom box, from press to release, is one undo step; so is a run of wheel clicks
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> pointerGesture = model.beginGesture());
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            ExplorerModel.Gesture g = pointerGesture;
            if (g != null) {
                Platform.runLater(g::end); // after the chart's own handler has applied a zoom box
            }
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (wheelGesture == null) {
                wheelGesture = model.beginGesture();
            }
            wheelQuiet.playFromStart();
        });
    }

    /** Wheel up zooms in, as in maps and GeoGebra ({@link WheelZoomHandler}), instead of JFreeChart's wheel-up zoom out. */
    private static void replaceWheelZoom(ChartCanvas canvas) {
        MouseHandlerFX theirs = canvas.getMouseHandler(WheelZoomHandler.ID);
        if (theirs != null) {
            canvas.removeAuxiliaryMouseHandler(theirs);
        }
        canvas.addAuxiliaryMouseHandler(new WheelZoomHandler());
    }

    /** The user zoomed or panned plane {@code p}: remember its view and give the other plane the same ℓ_S range. */
    private void userMovedView(Plane p) {
        if (updating) {
            return;
        }
        XYPlot plot = viewers.get(p).getChart().getXYPlot();
        org.jfree.data.Range x = plot.getDomainAxis().getRange();
        org.jfree.data.Range y = plot.getRangeAxis().getRange();
        if (!(x.getLowerBound() > 0) || !(y.getLowerBound() > 0)) {
            return;
        }
        ViewRange mine;
        try {
            mine = new ViewRange(Math.log10(x.getLowerBound()), Math.log10(x.getUpperBound()),
                    Math.log10(y.getLowerBound()), Math.log10(y.getUpperBound()));
        } catch (IllegalArgumentException tooFar) {
            return; // zoomed beyond what the axes can show: keep the last good view
        }
        plots.moveView(p, mine);
    }

    /** Data coordinates (linear units) under a canvas point, or empty outside the data area. */
    Optional<double[]> dataAt(Plane p, double canvasX, double canvasY) {
        ChartCanvas canvas = viewers.get(p).getCanvas();
        if (canvas.getRenderingInfo() == null) {
            return Optional.empty();
        }
        Rectangle2D area = canvas.getRenderingInfo().getPlotInfo().getDataArea();
        if (!area.contains(canvasX, canvasY)) {
            return Optional.empty();
        }
        XYPlot plot = viewers.get(p).getChart().getXYPlot();
        double x = plot.getDomainAxis().java2DToValue(canvasX, area, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().java2DToValue(canvasY, area, plot.getRangeAxisEdge());
        return x > 0 && y > 0 && Double.isFinite(x) && Double.isFinite(y) ? Optional.of(new double[] {x, y}) : Optional.empty();
    }

    private void pointerMoved(Plane p, MouseEvent e) {
        Optional<double[]> at = dataAt(p, e.getX(), e.getY());
        if (at.isEmpty()) {
            pointerLeft(p);
            return;
        }
        CandidateLayer now = readout.pointerAt(p, at.get()[0], at.get()[1]).orElse(null);
        if (now != hovered.get(p)) {
            setHovered(p, now);
        }
        if (now != null) {
            Typeset.tooltip(boxTip, readout.details(now), 460);
            if (!boxTip.isShowing()) {
                boxTip.show(viewers.get(p), e.getScreenX() + 14, e.getScreenY() + 14);
            } else {
                boxTip.setAnchorX(e.getScreenX() + 14);
                boxTip.setAnchorY(e.getScreenY() + 14);
            }
        } else {
            boxTip.hide();
        }
    }

    private void pointerLeft(Plane p) {
        readout.pointerLeft();
        boxTip.hide();
        if (hovered.get(p) != null) {
            setHovered(p, null);
        }
    }

    /** Highlights {@code layer} on plane {@code p} (null to clear), as hovering does. */
    void setHovered(Plane p, CandidateLayer layer) {
        if (layer == null) {
            hovered.remove(p);
        } else {
            hovered.put(p, layer);
        }
        hoveredCandidate.set(layer);
        updating = true;
        try {
            JFreeChart chart = viewers.get(p).getChart();
            draw(viewers.get(p), planeSpec(p, optionsAsShown(p)));
            overlays.hovered(chart, p, layer);
        } finally {
            updating = false;
        }
    }
}
