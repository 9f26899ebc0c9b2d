package org.hillasexplorer.figure;

import java.util.List;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.Scenario;
import org.jfree.chart.JFreeChart;

/**
 * The one way to turn a state into a figure, for the window, the CLI, sweeps, the population preview and exports:
 * {@code Figures.chart(FigureSpec.of(view, scenario, candidates, populations, options))}, and
 * {@link #update(JFreeChart, FigureSpec)} to redraw a chart in place when the state changes.
 *
 * <p>Computing the {@link FigureSpec} does all the physics (bands, verdicts, curves, automatic view); drawing it does
 * none, so a caller that keeps the spec can compare it with the previous one, test it, or draw it several times.
 */
public final class Figures {
    private Figures() {
    }

    /**
     * Marks {@code chart} as drawn on a JavaFX canvas: its text is drawn without combining marks (see
     * {@link RichText#KEY_NO_COMBINING_MARKS}). Exports use fresh charts without the mark.
     *
     * @return {@code chart}
     */
    public static JFreeChart forScreen(JFreeChart chart) {
        chart.getRenderingHints().put(RichText.KEY_NO_COMBINING_MARKS, Boolean.TRUE);
        return chart;
    }

    /** A new chart of {@code spec}. */
    public static JFreeChart chart(FigureSpec spec) {
        return ChartDrawer.chart(spec);
    }

    /** A new chart of {@code view} for these inputs: {@code chart(FigureSpec.of(view, …))}. */
    public static JFreeChart chart(FigureOptions.View view, Scenario scenario, List<CandidateLayer> candidates,
                                   List<Population> populations, FigureOptions options) {
        return chart(FigureSpec.of(view, scenario, candidates, populations, options));
    }

    /**
     * Redraws {@code chart} (made by {@link #chart} for the same kind of view: a plane, or the rigidity view) to show
     * {@code spec}, firing exactly one chart change event. A plane chart can show either plane.
     *
     * @throws IllegalArgumentException if {@code chart} was made for the other kind of view, or not by this class
     */
    public static void update(JFreeChart chart, FigureSpec spec) {
        ChartDrawer.update(chart, spec);
    }

    /**
     * The colour each candidate box of one plane gets on the figure (its outline; the fill is this at the style's
     * opacity), by id: neighbouring boxes get distinct colours of {@code palette} ({@link Palette#distinctCandidateColours}).
     * Pass every box of the plane, hidden ones included, as the figure does.
     */
    public static java.util.Map<String, java.awt.Color> candidateColours(Palette palette, List<CandidateLayer> boxes) {
        List<java.awt.Color> cs = PlaneSpecs.candidateColours(palette, boxes);
        java.util.Map<String, java.awt.Color> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < boxes.size(); i++) {
            out.putIfAbsent(boxes.get(i).id(), cs.get(i));
        }
        return out;
    }

    /**
     * Where the last drawing of {@code chart} put each label, in that drawing's pixels; empty before the chart was
     * first drawn, or for a chart not made here. While the frame of a chart (its data area and axis ranges) stays
     * the same, {@link #update} keeps each label in the place it had unless that would put it on another label, so
     * labels do not reshuffle while a slider moves the bands; see {@link #relayoutLabels}.
     */
    public static List<PlacedLabel> placements(JFreeChart chart) {
        return ChartDrawer.labelLayer(chart).map(LabelLayer::placements).orElse(List.of());
    }

    /**
     * Makes the next drawing of {@code chart} place every label afresh, as for a new chart (e.g. when a slider is
     * released); a chart whose frame changed is placed afresh anyway.
     */
    public static void relayoutLabels(JFreeChart chart) {
        ChartDrawer.labelLayer(chart).ifPresent(l -> l.memory().forget());
        chart.fireChartChanged();
    }
}
