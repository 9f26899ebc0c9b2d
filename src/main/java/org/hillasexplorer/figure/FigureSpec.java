package org.hillasexplorer.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.Scenario;

/**
 * Everything one figure shows, as plain immutable values: computed once from the state ({@link #of}), drawn by
 * {@link Figures#chart} / {@link Figures#update} without any physics, and compared with {@code equals} (two specs are
 * equal exactly when they would draw the same figure).
 *
 * <p><b>Coordinates.</b> All geometry is in log10 data coordinates, like {@link ViewRange}: on the planes
 * x = log10(ℓ_S / au) and y = log10(n_s / pc⁻³) or log10 f_V; on the rigidity view x = log10(R / GV) and
 * y = log10(ℓ_mfp / pc).
 *
 * <p><b>Colours and lines</b> are resolved: a palette colour with the style's opacity already applied, as
 * {@link java.awt.Color}, and line styles as {@link java.awt.BasicStroke}; both are immutable value types of
 * {@code java.awt}. The spec holds no JFreeChart type; fonts and sizes come from {@link #style()} at draw time.
 *
 * <p><b>Labels.</b> The spec holds each label's texts, colour, verdict marker and anchor (the region, box or curve
 * it labels, or an x position). Where a label finally goes in pixels is decided at draw time by {@link LabelLayer},
 * because it depends on font metrics, the chart's size and the current zoom; the legend's corner likewise.
 *
 * @param view        which figure: one of the planes or the rigidity view
 * @param style       fonts, sizes and frame of the figure (its colours are already resolved in the elements)
 * @param axes        axis titles and ranges
 * @param shapes      regions, boxes and curves, back to front
 * @param rules       horizontal reference lines drawn behind the data (the f_V = 1 line)
 * @param labels      text labels; within each kind ({@link Along}, {@link AtBox}, …) in placement order
 * @param legend      legend entries in order (always the plot's legend items, also when the legend box is hidden)
 * @param legendShown whether the legend box is drawn inside the plot
 * @param title       title above the plot, if shown
 * @param caption     caption under the plot (citations of the boxes drawn), if shown
 */
public record FigureSpec(FigureOptions.View view, FigureStyle style, Axes axes, List<Shape> shapes, List<Rule> rules,
                         List<Label> labels, List<LegendEntry> legend, boolean legendShown, Optional<RichText> title,
                         Optional<String> caption) {

    public FigureSpec {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(axes, "axes");
        shapes = List.copyOf(shapes);
        rules = List.copyOf(rules);
        labels = List.copyOf(labels);
        legend = List.copyOf(legend);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caption, "caption");
    }

    /**
     * The spec of {@code view} for these inputs: a plane, or the rigidity view, whose candidate boxes are those of the
     * n_s plane (and which ignores {@code options.plane()}). Candidates of other planes are left out, so callers may
     * pass every candidate.
     *
     * @throws IllegalArgumentException if {@code view} is a plane other than {@code options.plane()}
     */
    public static FigureSpec of(FigureOptions.View view, Scenario scenario, List<CandidateLayer> candidates,
                                List<Population> populations, FigureOptions options) {
        return of(view, scenario, candidates, populations, options, Shading.NONE);
    }

    /**
     * As {@link #of(FigureOptions.View, Scenario, List, List, FigureOptions)}, with credible-region envelopes shaded
     * under the exact bands of a plane view ({@link Shading#NONE}: none; the rigidity view ignores them).
     */
    public static FigureSpec of(FigureOptions.View view, Scenario scenario, List<CandidateLayer> candidates,
                                List<Population> populations, FigureOptions options, Shading shading) {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(shading, "shading");
        if (view == FigureOptions.View.RIGIDITY) {
            return RigiditySpecs.of(scenario, candidates, populations, options);
        }
        requireSamePlane(view, options);
        return PlaneSpecs.of(scenario, candidates, populations, options, shading);
    }

    /** The spec of the plane {@code options.plane()}. */
    public static FigureSpec of(Scenario scenario, List<CandidateLayer> candidates, List<Population> populations,
                                FigureOptions options) {
        return of(FigureOptions.View.of(options.plane()), scenario, candidates, populations, options);
    }

    /**
     * The automatic view of {@code view} for these inputs, the range {@link #of} uses when {@code options} has no
     * explicit view: every visible band, box, model and population curve of a plane (see
     * {@link FigureBuilder#autoRange}), or the rigidity view's R range with the ℓ_mfp it gives (see
     * {@link RigidityChartBuilder#autoRange}). For callers that widen or combine views, e.g. over a sweep.
     *
     * @throws IllegalArgumentException if {@code view} is a plane other than {@code options.plane()}
     */
    public static ViewRange autoRange(FigureOptions.View view, Scenario scenario, List<CandidateLayer> candidates,
                                      List<Population> populations, FigureOptions options) {
        return autoRange(view, scenario, candidates, populations, options, Shading.NONE);
    }

    /**
     * As {@link #autoRange(FigureOptions.View, Scenario, List, List, FigureOptions)}, the envelopes of {@code shading}
     * (visible classes, this plane) included, as {@link #of(FigureOptions.View, Scenario, List, List, FigureOptions,
     * Shading)} uses it.
     */
    public static ViewRange autoRange(FigureOptions.View view, Scenario scenario, List<CandidateLayer> candidates,
                                      List<Population> populations, FigureOptions options, Shading shading) {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(shading, "shading");
        if (view == FigureOptions.View.RIGIDITY) {
            return RigiditySpecs.autoRange(scenario, candidates, populations, options);
        }
        requireSamePlane(view, options);
        return PlaneSpecs.autoRange(scenario, candidates, populations, options, shading);
    }

    private static void requireSamePlane(FigureOptions.View view, FigureOptions options) {
        if (view.plane().orElseThrow() != options.plane()) {
            throw new IllegalArgumentException("view " + view.key() + " does not match the options' plane "
                    + options.plane().key());
        }
    }

    /** The shapes of one kind, back to front. */
    public List<Shape> shapes(Kind kind) {
        return shapes.stream().filter(s -> s.kind() == kind).toList();
    }

    /** The labels of one kind. */
    public List<Label> labels(Kind kind) {
        return labels.stream().filter(l -> l.kind() == kind).toList();
    }

    /** The verdict marker next to the label of {@code subject} (a candidate or population id), if one is drawn. */
    public Optional<VerdictMark> verdict(Kind kind, String subject) {
        return labels.stream().filter(l -> l.kind() == kind && l.subject().equals(subject)).map(Label::mark)
                .flatMap(Optional::stream).findFirst();
    }

    /** The legend texts in order. */
    public List<String> legendTexts() {
        return legend.stream().map(LegendEntry::text).toList();
    }

    /** What a shape or label depicts. */
    public enum Kind {
        /** An energy class: its band on a plane, its rigidity span on the rigidity view. */
        BAND,
        /**
         * A credible region of an energy class's band over the parameter distribution ({@link Shading}), shaded under
         * the exact band; its subject is the class label.
         */
        ENVELOPE,
        /** A candidate box, or on the rigidity view the ℓ_mfp range it gives. */
        CANDIDATE,
        /** A population curve. */
        POPULATION,
        /** The hypothetical model's shaded region (and its label). */
        MODEL_REGION,
        /** The hypothetical model's locus ℓ_S = r_g. */
        MODEL_LOCUS,
        /** The observed ℓ_mfp(R) (rigidity view). */
        OBSERVED
    }

    /** How labels treat a shape when they look for room. */
    public enum Obstacle {
        /** Labels may cover it. */
        NONE,
        /** Labels avoid covering it if at all possible (bands, the model region). */
        HARD,
        /** Labels avoid it when there is room (candidate boxes). */
        SOFT,
        /** An open curve labels must not cross; the legend avoids it most. */
        CURVE
    }

    /**
     * A polyline or polygon through log10 vertices, compared by its coordinates.
     *
     * @param xs log10 x of the vertices (copied)
     * @param ys log10 y of the vertices (copied), as many as {@code xs}
     */
    public record Polyline(double[] xs, double[] ys) {
        public Polyline {
            if (xs.length != ys.length) {
                throw new IllegalArgumentException("a polyline needs as many x as y, not " + xs.length + " and " + ys.length);
            }
            xs = xs.clone();
            ys = ys.clone();
        }

        /** The rectangle x0..x1 × y0..y1, counter-clockwise from (x0, y0). */
        public static Polyline box(double x0, double x1, double y0, double y1) {
            return new Polyline(new double[] {x0, x1, x1, x0}, new double[] {y0, y0, y1, y1});
        }

        /** A copy of the x coordinates. */
        @Override
        public double[] xs() {
            return xs.clone();
        }

        /** A copy of the y coordinates. */
        @Override
        public double[] ys() {
            return ys.clone();
        }

        /** Number of vertices. */
        public int size() {
            return xs.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Polyline p && Arrays.equals(xs, p.xs) && Arrays.equals(ys, p.ys);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(xs) + Arrays.hashCode(ys);
        }

        @Override
        public String toString() {
            return "Polyline[" + xs.length + " vertices]";
        }
    }

    /** A line segment (x0, y0)–(x1, y1) in log10 coordinates, e.g. the direction a label runs along. */
    public record Segment(double x0, double y0, double x1, double y1) {
    }

    /** A line colour and style. */
    public record Pen(Color colour, BasicStroke stroke) {
        public Pen {
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(stroke, "stroke");
        }
    }

    /**
     * Axis titles and ranges. The right axis mirrors the left one without tick labels; the top axis shows
     * {@code topPerX} times the bottom one (au → pc on the planes, GV → r_g in au on the rigidity view).
     *
     * @param xTitle   bottom axis title
     * @param yTitle   left axis title
     * @param topTitle top axis title
     * @param range    visible range (log10), the explicit view or the automatic one
     * @param topPerX  factor from bottom-axis to top-axis values (linear units)
     * @param topShown whether the top axis is drawn
     */
    public record Axes(RichText xTitle, RichText yTitle, RichText topTitle, ViewRange range, double topPerX,
                       boolean topShown) {
        public Axes {
            Objects.requireNonNull(xTitle, "xTitle");
            Objects.requireNonNull(yTitle, "yTitle");
            Objects.requireNonNull(topTitle, "topTitle");
            Objects.requireNonNull(range, "range");
        }
    }

    /**
     * One drawn region, box or curve, clipped to the data area and grouped for vector output.
     *
     * @param kind     what it depicts
     * @param subject  energy-class label, candidate or population id, or empty for the model and the observed line
     * @param groupId  SVG group id, e.g. {@code band-GeV}
     * @param path     vertices (log10)
     * @param closed   polygon (true) or open polyline
     * @param fill     fill colour of a polygon, if filled
     * @param pen      outline or line, if drawn
     * @param obstacle how labels treat it
     * @param holes    outlines cut out of a closed polygon's fill (an envelope region's holes); none for others
     */
    public record Shape(Kind kind, String subject, String groupId, Polyline path, boolean closed, Optional<Color> fill,
                        Optional<Pen> pen, Obstacle obstacle, List<Polyline> holes) {

        /** A shape without holes. */
        public Shape(Kind kind, String subject, String groupId, Polyline path, boolean closed, Optional<Color> fill,
                     Optional<Pen> pen, Obstacle obstacle) {
            this(kind, subject, groupId, path, closed, fill, pen, obstacle, List.of());
        }

        public Shape {
            holes = List.copyOf(holes);
            if (!closed && !holes.isEmpty()) {
                throw new IllegalArgumentException("an open polyline cannot have holes");
            }
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(fill, "fill");
            Objects.requireNonNull(pen, "pen");
            Objects.requireNonNull(obstacle, "obstacle");
        }
    }

    /** A horizontal line across the plot at log10 y, behind the data. */
    public record Rule(double log10Y, Pen pen) {
    }

    /** A text label; {@link LabelLayer} places it at draw time next to its anchor. */
    public sealed interface Label permits Along, AtBox, OnCurve, Pinned {
        /** What the labelled thing depicts. */
        Kind kind();

        /** Energy-class label, candidate or population id, or empty. */
        String subject();

        /** Full text. */
        RichText text();

        /** Text colour. */
        Color colour();

        /** SVG group id. */
        String groupId();

        /** The verdict marker drawn before the text, if any. */
        default Optional<VerdictMark> mark() {
            return Optional.empty();
        }
    }

    /**
     * A label running along an elongated region (a band, the model), just outside it.
     *
     * @param shortText   fallback when the full text does not fit
     * @param region      the region's outline
     * @param axis        direction to run along; the region's longest edge when empty
     * @param preferBelow whether to try the lower side first
     * @param bold        set in the bold label font
     */
    public record Along(Kind kind, String subject, RichText text, RichText shortText, Polyline region,
                        Optional<Segment> axis, Color colour, boolean preferBelow, boolean bold, String groupId)
            implements Label {
    }

    /** A label next to a box x0..x1 × y0..y1 (log10), with an optional verdict marker before the text. */
    public record AtBox(Kind kind, String subject, RichText text, double x0, double x1, double y0, double y1, Color colour,
                        String groupId, Optional<VerdictMark> mark) implements Label {
    }

    /** A label along an open curve, rotated to its local direction, with an optional verdict marker. */
    public record OnCurve(Kind kind, String subject, RichText text, RichText shortText, Polyline curve, Color colour,
                          String groupId, Optional<VerdictMark> mark) implements Label {
    }

    /** A label at the top (or bottom) edge of the data area, centred on log10 x (an energy class's span). */
    public record Pinned(Kind kind, String subject, RichText text, double log10X, Color colour, String groupId)
            implements Label {
    }

    /** One legend row. */
    public sealed interface LegendEntry permits Swatch, LineSample, Marker {
        /** The row's text. */
        String text();
    }

    /** A legend row with a filled swatch (a band, box category, region). */
    public record Swatch(String text, Color fill, Pen outline) implements LegendEntry {
    }

    /** A legend row with a short line (a curve). */
    public record LineSample(String text, Pen pen) implements LegendEntry {
    }

    /** A legend row explaining a verdict marker, in the palette's verdict colours. */
    public record Marker(VerdictMark mark) implements LegendEntry {
        @Override
        public String text() {
            return mark.words();
        }
    }
}
