package org.hillasexplorer.app;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.util.Duration;
import org.hillasexplorer.catalog.CatalogEntry;
import org.hillasexplorer.figure.CandidateLayer;
import org.hillasexplorer.figure.FigureBuilder;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.FigureSpec;
import org.hillasexplorer.figure.Figures;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.PointReadout;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Units;
import org.hillasexplorer.session.Layout;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.MouseHandlerFX;
import org.jfree.chart.fx.interaction.PanHandlerFX;
import org.jfree.chart.fx.interaction.ZoomHandlerFX;
import org.jfree.chart.plot.XYPlot;

/**
 * The two planes, drawn by the shared figure builder into JavaFX. Their ℓ_S axes are linked (zooming or panning
 * one moves the other); drag pans, Shift+drag zooms to a box, the wheel zooms; hovering a candidate box
 * highlights it and shows its details; the pointer position is read out for every energy class.
 */
final class PlotArea {
    private final ExplorerModel model;
    private final GridPane root = new GridPane();
    private final Map<Plane, ChartViewer> viewers = new EnumMap<>(Plane.class);
    private final Map<Plane, CandidateLayer> hovered = new EnumMap<>(Plane.class);
    private final StringProperty readout = new SimpleStringProperty(this, "readout", "");
    private final ObjectProperty<CandidateLayer> hoveredCandidate = new SimpleObjectProperty<>(this, "hovered");
    private final Tooltip boxTip = new Tooltip();
    private final ChartViewer rigidity;
    private List<org.hillasexplorer.teaching.Highlight> highlights = List.of();
    private boolean updating;

    PlotArea(ExplorerModel model) {
        this.model = model;
        root.setId("plot-area");
        boxTip.setShowDelay(Duration.ZERO);
        boxTip.setWrapText(true);
        boxTip.setMaxWidth(460);
        for (Plane p : Plane.values()) {
            JFreeChart chart = Figures.chart(FigureSpec.of(model.scenario(), model.layers(p), model.populations(),
                    model.options(p, null)));
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
                model.layers(Plane.NUMBER_DENSITY), model.populations(), model.options(Plane.NUMBER_DENSITY, null)));
        rigidity.setId("chart-rigidity");
        rigidity.setMinSize(200, 160);
        watchLegendThreshold(rigidity);
        model.scenarioProperty().addListener((o, a, b) -> refresh());
        model.populations().addListener((ListChangeListener<Object>) c -> refresh());
        model.ghostShownProperty().addListener((o, a, b) -> refresh());
        model.ghostProperty().addListener((o, a, b) -> {
            if (model.ghostShownProperty().get()) {
                refresh();
            }
        });
        model.rigidityViewProperty().addListener((o, a, b) -> {
            relayout();
            refresh();
        });
        model.hiddenEnergyClasses().addListener((SetChangeListener<String>) c -> refresh());
        model.hiddenCandidates().addListener((SetChangeListener<String>) c -> refresh());
        model.shownElements().addListener((SetChangeListener<FigureOptions.Element>) c -> refresh());
        model.catalogs().addListener((ListChangeListener<Object>) c -> refresh());
        for (Plane p : Plane.values()) {
            model.viewProperty(p).addListener((o, a, b) -> {
                if (!updating) {
                    refresh();
                }
            });
        }
        model.layoutProperty().addListener((o, a, b) -> relayout());
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

    /** The pointer readout (empty when the pointer is not over a plot). */
    StringProperty readoutProperty() {
        return readout;
    }

    /** The candidate under the pointer, or null. */
    ObjectProperty<CandidateLayer> hoveredCandidateProperty() {
        return hoveredCandidate;
    }

    /** Below this size [px] a legend would hide most of the plot, so the window leaves it out (and so does an export). */
    static final double LEGEND_MIN_WIDTH = 560;
    static final double LEGEND_MIN_HEIGHT = 400;

    /** The options a plane is drawn with now: the model's, its effective view, and no legend if the plot is small. */
    FigureOptions optionsAsShown(Plane p) {
        return fitLegend(model.options(p, effectiveView(p)), viewers.get(p));
    }

    /** The options the rigidity view is drawn with now. */
    FigureOptions rigidityOptionsAsShown() {
        return fitLegend(model.options(Plane.NUMBER_DENSITY, null), rigidity);
    }

    private FigureOptions fitLegend(FigureOptions o, ChartViewer v) {
        boolean laidOut = v.getWidth() > 0 && v.getHeight() > 0;
        boolean small = laidOut && (v.getWidth() < LEGEND_MIN_WIDTH || v.getHeight() < LEGEND_MIN_HEIGHT);
        // on a projector the bands are labelled on the plot and the legend's large type would cover the data
        return small || model.presentationProperty().get() ? o.with(FigureOptions.Element.LEGEND, false) : o;
    }

    /** Back to the automatic view on both planes. */
    void resetView() {
        for (Plane p : Plane.values()) {
            model.viewProperty(p).set(null);
        }
        refresh();
    }

    /** The view each plane shows now: the explicit one, or the automatic one with ℓ_S ranges made equal. */
    ViewRange effectiveView(Plane p) {
        ViewRange explicit = model.viewProperty(p).get();
        if (explicit != null) {
            return explicit;
        }
        Scenario s = model.scenario();
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        ViewRange own = null;
        for (Plane q : Plane.values()) {
            ViewRange auto = model.viewProperty(q).get() != null ? model.viewProperty(q).get()
                    : FigureSpec.autoRange(FigureOptions.View.of(q), s, model.layers(q), List.of(), model.options(q, null));
            xMin = Math.min(xMin, auto.log10XMin());
            xMax = Math.max(xMax, auto.log10XMax());
            if (q == p) {
                own = auto;
            }
        }
        return new ViewRange(xMin, xMax, own.log10YMin(), own.log10YMax());
    }

    /** Redraws every plane for the model's current state (cheap: a few ms per plane). */
    void refresh() {
        updating = true;
        try {
            for (Plane p : Plane.values()) {
                JFreeChart chart = viewers.get(p).getChart();
                Figures.update(chart, FigureSpec.of(model.scenario(), model.layers(p), model.populations(), optionsAsShown(p)));
                addHighlight(p);
                addGhost(p);
            }
            if (model.rigidityViewProperty().get()) {
                Figures.update(rigidity.getChart(), FigureSpec.of(FigureOptions.View.RIGIDITY, model.scenario(),
                        model.layers(Plane.NUMBER_DENSITY), model.populations(), rigidityOptionsAsShown()));
            }
            drawHighlights();
        } finally {
            updating = false;
        }
    }

    private void watchLegendThreshold(ChartViewer v) {
        javafx.beans.value.ChangeListener<Number> l = (o, a, b) -> {
            boolean was = a.doubleValue() >= (o == v.widthProperty() ? LEGEND_MIN_WIDTH : LEGEND_MIN_HEIGHT);
            boolean is = b.doubleValue() >= (o == v.widthProperty() ? LEGEND_MIN_WIDTH : LEGEND_MIN_HEIGHT);
            if (was != is) {
                javafx.application.Platform.runLater(this::refresh);
            }
        };
        v.widthProperty().addListener(l);
        v.heightProperty().addListener(l);
    }

    private void relayout() {
        root.getChildren().clear();
        root.getColumnConstraints().clear();
        root.getRowConstraints().clear();
        Layout layout = model.layoutProperty().get();
        List<Plane> shown = switch (layout) {
            case NUMBER_DENSITY_ONLY -> List.of(Plane.NUMBER_DENSITY);
            case FILLING_FACTOR_ONLY -> List.of(Plane.FILLING_FACTOR);
            default -> List.of(Plane.NUMBER_DENSITY, Plane.FILLING_FACTOR);
        };
        boolean stacked = layout == Layout.STACKED;
        List<ChartViewer> charts = new java.util.ArrayList<>(shown.stream().map(viewers::get).toList());
        if (model.rigidityViewProperty().get()) {
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

    /** Planes visible in the current layout. */
    List<Plane> visiblePlanes() {
        return switch (model.layoutProperty().get()) {
            case NUMBER_DENSITY_ONLY -> List.of(Plane.NUMBER_DENSITY);
            case FILLING_FACTOR_ONLY -> List.of(Plane.FILLING_FACTOR);
            default -> List.of(Plane.NUMBER_DENSITY, Plane.FILLING_FACTOR);
        };
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
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointerMoved(p, e));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointerLeft(p));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                resetView();
            }
        });
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
        Plane other = p == Plane.NUMBER_DENSITY ? Plane.FILLING_FACTOR : Plane.NUMBER_DENSITY;
        ViewRange theirs = effectiveView(other);
        updating = true;
        try {
            model.viewProperty(other).set(new ViewRange(mine.log10XMin(), mine.log10XMax(), theirs.log10YMin(), theirs.log10YMax()));
            model.viewProperty(p).set(mine);
        } finally {
            updating = false;
        }
        refresh();
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
        double ls = at.get()[0];
        double value = at.get()[1];
        readout.set(readoutText(model.scenario(), p, ls, value));
        FigureOptions o = model.options(p, null);
        Optional<CandidateLayer> hit = FigureBuilder.candidateAt(
                model.layers(p).stream().filter(l -> o.showsCandidate(l.id())).toList(), p, ls, value);
        CandidateLayer now = o.shows(FigureOptions.Element.CANDIDATE_BOXES) ? hit.orElse(null) : null;
        if (now != hovered.get(p)) {
            setHovered(p, now);
        }
        if (now != null) {
            boxTip.setText(details(now));
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
        readout.set("");
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
            Figures.update(viewers.get(p).getChart(), FigureSpec.of(model.scenario(), model.layers(p), model.populations(),
                    optionsAsShown(p)));
            addHighlight(p);
        } finally {
            updating = false;
        }
    }

    /** Outlines these regions (a tour step's point) until replaced; an empty list clears them. */
    void setHighlights(List<org.hillasexplorer.teaching.Highlight> regions) {
        highlights = List.copyOf(regions);
        refresh();
    }

    /** The regions outlined now. */
    List<org.hillasexplorer.teaching.Highlight> highlights() {
        return highlights;
    }

    private void drawHighlights() {
        java.util.Set<JFreeChart> touched = new java.util.HashSet<>();
        for (org.hillasexplorer.teaching.Highlight h : highlights) {
            JFreeChart chart = h.plane() == null ? rigidity.getChart() : viewers.get(h.plane()).getChart();
            touched.add(chart);
            ViewRange r = h.region();
            double x0 = Math.pow(10, r.log10XMin());
            double x1 = Math.pow(10, r.log10XMax());
            double y0 = Math.pow(10, r.log10YMin());
            double y1 = Math.pow(10, r.log10YMax());
            float w = model.presentationProperty().get() ? 5f : 3f;
            Color ink = model.darkProperty().get() ? new Color(0xFFD54F) : new Color(0xD55E00);
            chart.getXYPlot().addAnnotation(new XYPolygonAnnotation(new double[] {x0, y0, x1, y0, x1, y1, x0, y1},
                    new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {10f, 7f}, 0f),
                    ink, null), false);
            // anchor the caption at the region's top-left corner, kept inside the visible range
            org.jfree.data.Range xr = chart.getXYPlot().getDomainAxis().getRange();
            double mid = Math.sqrt(xr.getLowerBound() * xr.getUpperBound());
            boolean rightHalf = Math.sqrt(x0 * x1) > mid; // grow the caption towards the free side of the plot
            double xAnchor = rightHalf ? Math.min(x1, xr.getUpperBound() / 1.05) : Math.max(x0, xr.getLowerBound() * 1.05);
            org.jfree.chart.annotations.XYTextAnnotation caption =
                    new org.jfree.chart.annotations.XYTextAnnotation(" " + h.caption() + " ", xAnchor, y1);
            caption.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD,
                    model.presentationProperty().get() ? 22 : 14));
            caption.setPaint(ink);
            caption.setTextAnchor(rightHalf ? org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT : org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
            chart.getXYPlot().addAnnotation(caption, false);
        }
        touched.forEach(JFreeChart::fireChartChanged); // the builders fired before these were added
    }

    /** The faint dashed outline of each visible band as it was in the ghost state. */
    private void addGhost(Plane p) {
        org.hillasexplorer.physics.Scenario g = model.ghostProperty().get();
        if (!model.ghostShownProperty().get() || g == null || g.equals(model.scenario())) {
            return;
        }
        FigureOptions o = model.options(p, null);
        Color ink = model.darkProperty().get() ? new Color(255, 255, 255, 150) : new Color(60, 60, 60, 150);
        BasicStroke dashed = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 4f}, 0f);
        for (org.hillasexplorer.physics.Band b : org.hillasexplorer.physics.BandGeometry.bands(g, p)) {
            if (b.outline().isEmpty() || !o.showsEnergyClass(b.energyClass().label())) {
                continue;
            }
            org.hillasexplorer.physics.Polygon poly = b.outline().get();
            double[] xy = new double[2 * poly.size()];
            for (int i = 0; i < poly.size(); i++) {
                xy[2 * i] = Math.pow(10, poly.x(i));
                xy[2 * i + 1] = Math.pow(10, poly.y(i));
            }
            viewers.get(p).getChart().getXYPlot().addAnnotation(new XYPolygonAnnotation(xy, dashed, ink, null), false);
        }
        viewers.get(p).getChart().fireChartChanged();
    }

    private void addHighlight(Plane p) {
        CandidateLayer h = hovered.get(p);
        if (h == null || !model.options(p, null).showsCandidate(h.id())) {
            return;
        }
        var b = h.box();
        double[] poly = {b.minShortAxisAu(), b.minValue(), b.maxShortAxisAu(), b.minValue(), b.maxShortAxisAu(), b.maxValue(),
            b.minShortAxisAu(), b.maxValue()};
        viewers.get(p).getChart().getXYPlot().addAnnotation(new XYPolygonAnnotation(poly, new BasicStroke(3f),
                new Color(0x1A1A1A), new Color(255, 230, 0, 70)));
    }

    private String details(CandidateLayer layer) {
        Optional<CatalogEntry> entry = model.catalogs().stream().flatMap(c -> c.entries().stream())
                .filter(e -> e.id().equals(layer.id())).findFirst();
        var b = layer.box();
        StringBuilder s = new StringBuilder();
        s.append(entry.map(CatalogEntry::name).orElse(layer.label())).append('\n');
        s.append("ℓ_S: ").append(Units.formatNumber(b.minShortAxisAu())).append("–").append(Units.formatNumber(b.maxShortAxisAu()))
                .append(" au (").append(Units.formatNumber(Units.auToPc(b.minShortAxisAu()))).append("–")
                .append(Units.formatNumber(Units.auToPc(b.maxShortAxisAu()))).append(" pc)\n");
        s.append(b.plane() == Plane.NUMBER_DENSITY ? "n_s: " : "f_V: ").append(Units.formatNumber(b.minValue())).append("–")
                .append(Units.formatNumber(b.maxValue())).append(b.plane() == Plane.NUMBER_DENSITY ? " pc⁻³\n" : "\n");
        entry.ifPresent(e -> {
            s.append("D = ").append(e.dimensionality()).append('\n');
            s.append("Derivation: ").append(e.derivation()).append('\n');
            s.append("Reference: ").append(e.reference()).append('\n');
        });
        for (var v : org.hillasexplorer.physics.CandidateEvaluation.evaluate(b, model.scenario())) {
            s.append(v.describe()).append('\n');
        }
        return s.toString().strip();
    }

    /** The status-bar text for a pointer at (ℓ_S [au], value) on plane {@code p}. */
    static String readoutText(Scenario s, Plane p, double lsAu, double value) {
        StringBuilder b = new StringBuilder();
        b.append("ℓ_S = ").append(Units.formatNumber(lsAu)).append(" au = ").append(Units.formatNumber(Units.auToPc(lsAu)))
                .append(" pc,  ").append(p == Plane.NUMBER_DENSITY ? "n_s = " + Units.formatNumber(value) + " pc⁻³"
                        : "f_V = " + Units.formatNumber(value));
        if (p == Plane.FILLING_FACTOR && value > 1) {
            return b.append("  (f_V > 1 is unphysical)").toString();
        }
        String sep = "\n";
        for (PointReadout.ClassReadout c : PointReadout.at(s, p, lsAu, value).classes()) {
            double dex = c.meanFreePathMismatchDex();
            b.append(sep).append(c.energyClass().label()).append(": ℓ_mfp ").append(Units.formatNumber(c.impliedMeanFreePathPc()))
                    .append(" vs ").append(Units.formatNumber(c.requiredMinMeanFreePathPc())).append("–")
                    .append(Units.formatNumber(c.requiredMaxMeanFreePathPc())).append(" pc")
                    .append(dex == 0 ? " ✓" : String.format(java.util.Locale.ROOT, " (%s%.1f dex)", dex > 0 ? "too rare, +" : "too abundant, ", dex))
                    .append(", ℓ_S>r_g ").append(c.largerThanGyroradius() ? "✓" : "✗")
                    .append(", ℓ_S<ℓ_mfp ").append(c.smallerThanMeanFreePath() ? "✓" : "✗");
            sep = "  │  ";
        }
        return b.toString();
    }
}
