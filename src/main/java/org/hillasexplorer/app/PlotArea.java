package org.hillasexplorer.app;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.layout.StackPane;
import org.hillasexplorer.figure.CandidateLayer;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.FigureSpec;
import org.hillasexplorer.figure.FigureStyle;
import org.hillasexplorer.figure.Figures;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.teaching.Highlight;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;

/**
 * The two planes (and the rigidity view), drawn by the shared figure builder into JavaFX from {@link PlotsViewModel}.
 * Their ℓ_S axes are linked (zooming or panning one moves the other); drag pans, Shift+drag zooms to a box, the wheel
 * zooms, each gesture one undo step; hovering a candidate box highlights it and shows its details; the pointer
 * position is read out ({@link ReadoutViewModel}). The plots are arranged for the room they have
 * ({@link PlotArrangement}), and each is drawn with fonts and a legend for its own size in pixels. Where the plots
 * and their legends go is {@link PlotCells}'s; the mouse, the gestures and the hover tooltip are {@link PlotPointer}'s.
 */
final class PlotArea {
    private final PlotsViewModel plots;
    private final ExplorerModel model;
    private final PlotCells cells;
    private final PlotPointer pointer;
    private final Map<Plane, ChartViewer> viewers = new EnumMap<>(Plane.class);
    private final Map<Plane, CandidateLayer> hovered = new EnumMap<>(Plane.class);
    private final ObjectProperty<CandidateLayer> hoveredCandidate = new SimpleObjectProperty<>(this, "hovered");
    private final ChartViewer rigidity;
    private final PlotOverlays overlays;
    private boolean updating;

    PlotArea(PlotsViewModel plots, ReadoutViewModel readout) {
        this.plots = plots;
        this.model = plots.model();
        this.cells = new PlotCells(plots, this::shownCharts, this::shownChartsEver, this::tabName);
        this.pointer = new PlotPointer(model, readout, viewers::get, hovered::get, this::setHovered, this::resetView);
        for (Plane p : Plane.values()) {
            JFreeChart chart = Figures.chart(FigureSpec.of(FigureOptions.View.of(p), model.scenario(), model.layers(p),
                    model.populations(), plots.options(p, null), plots.shading()));
            ChartViewer viewer = new ChartViewer(Figures.forScreen(chart));
            viewer.setId("chart-" + p.key());
            viewer.setMinSize(200, 160);
            pointer.configure(viewer, p);
            cells.watchSize(viewer, this::refresh);
            XYPlot plot = chart.getXYPlot();
            plot.getDomainAxis().addChangeListener(e -> userMovedView(p));
            plot.getRangeAxis().addChangeListener(e -> userMovedView(p));
            viewers.put(p, viewer);
        }
        rigidity = new ChartViewer(Figures.forScreen(Figures.chart(FigureOptions.View.RIGIDITY, model.scenario(),
                model.layers(Plane.NUMBER_DENSITY), model.populations(), plots.options(Plane.NUMBER_DENSITY, null))));
        rigidity.setId("chart-rigidity");
        rigidity.setMinSize(200, 160);
        cells.watchSize(rigidity, this::refresh);
        overlays = new PlotOverlays(plots);
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
        return cells.node();
    }

    /** How the plots are arranged now. */
    PlotArrangement arrangement() {
        return cells.arrangement();
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
        return fitted(plots.options(p, plots.effectiveView(p)), viewers.get(p), cells.legendPlace(viewers.get(p)));
    }

    /**
     * The options of plane {@code p} as shown, before they are fitted to the plot's size on screen (its legend place
     * and font scale): what an export laid out for another size starts from.
     */
    FigureOptions optionsUnfitted(Plane p) {
        return plots.options(p, plots.effectiveView(p));
    }

    /** The rigidity view's options before they are fitted to its size on screen. */
    FigureOptions rigidityOptionsUnfitted() {
        return plots.options(Plane.NUMBER_DENSITY, null);
    }

    /** The options the rigidity view is drawn with now. */
    FigureOptions rigidityOptionsAsShown() {
        return fitted(plots.options(Plane.NUMBER_DENSITY, null), rigidity, cells.legendPlace(rigidity));
    }

    /** Where the legend of a plane is drawn now. */
    PlotsViewModel.LegendPlace legendPlace(Plane p) {
        return cells.legendPlace(viewers.get(p));
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
        OutsideLegend.place(fresh, rigidityOptionsAsShown().style(), cells.legendPlace(rigidity));
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
        PlotsViewModel.LegendPlace place = cells.placeFor(v, wanted.shows(FigureOptions.Element.LEGEND) ? full.legend().size() : 0);
        cells.placeLegend(v, place);
        draw(v, place == PlotsViewModel.LegendPlace.INSIDE ? full : planeSpec(p, optionsAsShown(p)));
    }

    private void drawRigidity() {
        FigureOptions wanted = plots.options(Plane.NUMBER_DENSITY, null);
        FigureSpec full = FigureSpec.of(FigureOptions.View.RIGIDITY, model.scenario(), model.layers(Plane.NUMBER_DENSITY),
                model.populations(), fitted(wanted, rigidity, PlotsViewModel.LegendPlace.INSIDE));
        PlotsViewModel.LegendPlace place = cells.placeFor(rigidity, wanted.shows(FigureOptions.Element.LEGEND) ? full.legend().size() : 0);
        cells.placeLegend(rigidity, place);
        draw(rigidity, place == PlotsViewModel.LegendPlace.INSIDE ? full : rigiditySpec());
    }

    private void draw(ChartViewer v, FigureSpec spec) {
        Figures.update(v.getChart(), spec);
        OutsideLegend.place(v.getChart(), spec.style(), cells.legendPlace(v));
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

    /** The layout or the plots shown changed: arrange them anew. */
    private void relayout() {
        cells.relayout();
    }

    private List<ChartViewer> shownCharts() {
        List<ChartViewer> charts = new ArrayList<>(visiblePlanes().stream().map(viewers::get).toList());
        if (plots.rigidityViewProperty().get()) {
            charts.add(rigidity);
        }
        return charts;
    }

    private List<ChartViewer> shownChartsEver() {
        List<ChartViewer> all = new ArrayList<>(viewers.values());
        all.add(rigidity);
        return all;
    }

    private String tabName(ChartViewer c) {
        if (c == rigidity) {
            return "ℓmfp against rigidity";
        }
        return c == viewers.get(Plane.NUMBER_DENSITY) ? "ℓS–ns plane (Fig. 2)" : "ℓS–fV plane (Fig. 3)";
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
        return pointer.dataAt(p, canvasX, canvasY);
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
