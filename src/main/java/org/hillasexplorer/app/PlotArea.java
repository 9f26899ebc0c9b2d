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
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.util.Duration;
import org.hillasexplorer.figure.CandidateLayer;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.FigureSpec;
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
 * position is read out ({@link ReadoutViewModel}).
 */
final class PlotArea {
    /** Wheel clicks closer together than this are one zoom (one undo step). */
    private static final Duration WHEEL_GESTURE = Duration.millis(600);

    private final PlotsViewModel plots;
    private final ExplorerModel model;
    private final ReadoutViewModel readout;
    private final GridPane root = new GridPane();
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

    PlotArea(PlotsViewModel plots, ReadoutViewModel readout) {
        this.plots = plots;
        this.model = plots.model();
        this.readout = readout;
        root.setId("plot-area");
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
            watchLegendThreshold(viewer);
            XYPlot plot = chart.getXYPlot();
            plot.getDomainAxis().addChangeListener(e -> userMovedView(p));
            plot.getRangeAxis().addChangeListener(e -> userMovedView(p));
            viewers.put(p, viewer);
        }
        rigidity = new ChartViewer(Figures.chart(FigureOptions.View.RIGIDITY, model.scenario(),
                model.layers(Plane.NUMBER_DENSITY), model.populations(), plots.options(Plane.NUMBER_DENSITY, null)));
        rigidity.setId("chart-rigidity");
        rigidity.setMinSize(200, 160);
        watchLegendThreshold(rigidity);
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

    GridPane node() {
        return root;
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

    /** The options a plane is drawn with now: the view model's, its effective view, and no legend if the plot is small. */
    FigureOptions optionsAsShown(Plane p) {
        return fitLegend(plots.options(p, plots.effectiveView(p)), viewers.get(p));
    }

    /** The options the rigidity view is drawn with now. */
    FigureOptions rigidityOptionsAsShown() {
        return fitLegend(plots.options(Plane.NUMBER_DENSITY, null), rigidity);
    }

    private FigureOptions fitLegend(FigureOptions o, ChartViewer v) {
        return PlotsViewModel.fitLegend(o, v.getWidth(), v.getHeight(), plots.appearance().presentationProperty().get());
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
                JFreeChart chart = viewers.get(p).getChart();
                Figures.update(chart, spec(p));
                overlays.hovered(chart, p, hovered.get(p));
                overlays.ghost(chart, p);
            }
            if (plots.rigidityViewProperty().get()) {
                Figures.update(rigidity.getChart(), FigureSpec.of(FigureOptions.View.RIGIDITY, model.scenario(),
                        model.layers(Plane.NUMBER_DENSITY), model.populations(), rigidityOptionsAsShown()));
            }
            overlays.highlights(plane -> plane == null ? rigidity.getChart() : viewers.get(plane).getChart());
        } finally {
            updating = false;
        }
    }

    /** The spec of plane {@code p} as shown now, with the envelopes computed so far. */
    private FigureSpec spec(Plane p) {
        return FigureSpec.of(FigureOptions.View.of(p), model.scenario(), model.layers(p), model.populations(), optionsAsShown(p),
                plots.shading());
    }

    private void watchLegendThreshold(ChartViewer v) {
        ChangeListener<Number> l = (o, a, b) -> {
            double min = o == v.widthProperty() ? PlotsViewModel.LEGEND_MIN_WIDTH : PlotsViewModel.LEGEND_MIN_HEIGHT;
            if (a.doubleValue() >= min != b.doubleValue() >= min) {
                Platform.runLater(this::refresh);
            }
        };
        v.widthProperty().addListener(l);
        v.heightProperty().addListener(l);
    }

    private void relayout() {
        root.getChildren().clear();
        root.getColumnConstraints().clear();
        root.getRowConstraints().clear();
        boolean stacked = model.layout() == Layout.STACKED;
        List<ChartViewer> charts = new ArrayList<>(visiblePlanes().stream().map(viewers::get).toList());
        if (plots.rigidityViewProperty().get()) {
            charts.add(rigidity);
        }
        // both planes and the rigidity view side by side would be three slivers: planes on top, rigidity below
        boolean grid = !stacked && charts.size() == 3;
        for (int i = 0; i < charts.size(); i++) {
            if (grid && i == 2) {
                root.add(charts.get(i), 0, 1, 2, 1);
            } else {
                root.add(charts.get(i), stacked ? 0 : i, stacked ? i : 0);
            }
        }
        int cols = stacked ? 1 : grid ? 2 : charts.size();
        int rows = stacked ? charts.size() : grid ? 2 : 1;
        for (int c = 0; c < cols; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / cols);
            cc.setHgrow(Priority.ALWAYS);
            root.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            root.getRowConstraints().add(rc);
        }
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
            boxTip.setText(readout.details(now));
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
            Figures.update(chart, spec(p));
            overlays.hovered(chart, p, layer);
        } finally {
            updating = false;
        }
    }
}
