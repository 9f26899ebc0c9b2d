package org.hillasexplorer.app;

import java.util.ArrayList;
import java.util.List;
import org.hillasexplorer.export.CompositeExporter;
import org.hillasexplorer.figure.CandidateLayer;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.FigureSpec;
import org.hillasexplorer.figure.Figures;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.Layout;
import org.jfree.chart.JFreeChart;

/**
 * Fresh charts exactly as the window shows them (same scenario, views, layers, style and legend), for exports,
 * snapshots, the clipboard and sweeps, and the state they show.
 */
final class ShownFigures {
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

    private final ExplorerModel model;
    private final PlotsViewModel plots;
    private final PlotArea area;

    ShownFigures(PlotsViewModel plots, PlotArea area) {
        this.model = plots.model();
        this.plots = plots;
        this.area = area;
    }

    /** The scenario shown. */
    Scenario scenario() {
        return model.scenario();
    }

    /**
     * A fresh chart of {@code plane} exactly as shown (its legend where the window puts it), with the envelopes of the
     * state at their full sample count.
     */
    JFreeChart chart(Plane plane) {
        return area.chartAsShown(plane, planeChart(plane, area.optionsAsShown(plane)));
    }

    private JFreeChart planeChart(Plane plane, FigureOptions options) {
        return Figures.chart(FigureSpec.of(FigureOptions.View.of(plane), model.scenario(), model.layers(plane),
                model.populations(), options, plots.exactShading()));
    }

    private JFreeChart rigidityChart(FigureOptions options) {
        return Figures.chart(FigureOptions.View.RIGIDITY, model.scenario(), model.layers(Plane.NUMBER_DENSITY),
                model.populations(), options);
    }

    /** The charts {@code target} covers; for {@link Target#BOTH} the planes in layout order, then the rigidity view if shown. */
    List<JFreeChart> charts(Target target) {
        return charts(target, this::chart, () -> area.rigidityChartAsShown(rigidityChart(area.rigidityOptionsAsShown())));
    }

    /**
     * As {@link #charts(Target)}, each chart's options as shown but not fitted to the plot's size on screen, passed
     * through {@code adjust} (for another size: the figure then sizes its type and places its own legend for that size,
     * not as the window does for its plots).
     */
    List<JFreeChart> charts(Target target, java.util.function.UnaryOperator<FigureOptions> adjust) {
        return charts(target, p -> planeChart(p, adjust.apply(area.optionsUnfitted(p))),
                () -> rigidityChart(adjust.apply(area.rigidityOptionsUnfitted())));
    }

    private List<JFreeChart> charts(Target target, java.util.function.Function<Plane, JFreeChart> chart,
                                    java.util.function.Supplier<JFreeChart> rigidityChart) {
        return switch (target) {
            case NUMBER_DENSITY -> List.of(chart.apply(Plane.NUMBER_DENSITY));
            case FILLING_FACTOR -> List.of(chart.apply(Plane.FILLING_FACTOR));
            case RIGIDITY -> List.of(rigidityChart.get());
            case BOTH -> {
                List<JFreeChart> all = new ArrayList<>(plots.visiblePlanes().stream().map(chart).toList());
                if (plots.rigidityViewProperty().get()) {
                    all.add(rigidityChart.get());
                }
                yield all;
            }
        };
    }

    /** How the charts are arranged in composites: as the layout arranges the planes. */
    CompositeExporter.Arrangement arrangement() {
        return model.layout() == Layout.STACKED ? CompositeExporter.Arrangement.STACKED : CompositeExporter.Arrangement.SIDE_BY_SIDE;
    }

    /** The planes shown, in layout order. */
    List<Plane> visiblePlanes() {
        return plots.visiblePlanes();
    }

    /** The first visible plane. */
    Plane firstPlane() {
        return plots.visiblePlanes().get(0);
    }

    /** Whether the rigidity view is shown. */
    boolean rigidityShown() {
        return plots.rigidityViewProperty().get();
    }

    /** The on-screen size [px] of plane {@code p}, at least {@code minWidth} × {@code minHeight}. */
    int[] size(Plane p, int minWidth, int minHeight) {
        var v = area.viewer(p);
        return new int[] {(int) Math.max(minWidth, v.getWidth()), (int) Math.max(minHeight, v.getHeight())};
    }

    /** The state as shown: the automatic views made explicit, so a figure of it reopens exactly. */
    ExplorerState stateWithViews() {
        ExplorerState s = model.state();
        for (Plane p : Plane.values()) {
            s = s.withView(p, plots.effectiveView(p));
        }
        return s;
    }

    /** Everything the charts of the plots as shown need, read now, to draw them for other scenarios off the FX thread. */
    Frames freeze() {
        List<Plane> planes = plots.visiblePlanes();
        return new Frames(planes.stream().map(model::layers).toList(), planes.stream().map(area::optionsAsShown).toList(),
                List.copyOf(model.populations()), plots.rigidityViewProperty().get(), model.layers(Plane.NUMBER_DENSITY),
                area.rigidityOptionsAsShown(), arrangement());
    }

    /**
     * The plots as shown, for any scenario (a sweep's frames); immutable, so any thread may draw them. They draw no
     * envelopes: those belong to the state's scenario, not to the frames'.
     */
    record Frames(List<List<CandidateLayer>> layers, List<FigureOptions> options, List<Population> populations,
                  boolean rigidity, List<CandidateLayer> rigidityLayers, FigureOptions rigidityOptions,
                  CompositeExporter.Arrangement arrangement) {
        /** The charts of the visible plots for {@code s}. */
        List<JFreeChart> charts(Scenario s) {
            List<JFreeChart> charts = new ArrayList<>();
            for (int i = 0; i < layers.size(); i++) {
                charts.add(Figures.chart(FigureSpec.of(s, layers.get(i), populations, options.get(i))));
            }
            if (rigidity) {
                charts.add(Figures.chart(FigureOptions.View.RIGIDITY, s, rigidityLayers, populations, rigidityOptions));
            }
            return charts;
        }
    }
}
