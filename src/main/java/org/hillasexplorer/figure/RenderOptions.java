package org.hillasexplorer.figure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.hillasexplorer.figure.FigureOptions.Element;
import org.hillasexplorer.figure.RenderOption.Kind;
import org.hillasexplorer.physics.Interval;
import org.hillasexplorer.physics.Plane;

/**
 * Every option of a rendered figure, defined once: {@code render}'s options and their help, the export dialog's
 * controls and the View menu's element items are made from these, the CLI reads them into {@link Settings} and
 * {@link #arguments} writes settings back as the command's words, so the three cannot drift apart. Adding an option
 * is one constant here, its place in a list, and its use where the figure is drawn.
 */
public final class RenderOptions {
    /** The smallest and largest side of a figure [pt]. */
    public static final Interval SIDE = Interval.closed(100, 10000);

    /** The view drawn: {@code ns}, {@code fv} or {@code rigidity}. */
    public static final RenderOption PLANE = new RenderOption("plane", "plane", Kind.CHOICE, "ns|fv|rigidity", "", Interval.any(),
            Stream.of(FigureOptions.View.values()).map(FigureOptions.View::key).toList(), "",
            "ns: ℓ_S–n_s (Fig. 2); fv: ℓ_S–f_V (Fig. 3); rigidity: ℓ_mfp against rigidity R for the observed relation, each "
                    + "population and each n_s-plane catalogue box.");

    /** Width in points. */
    public static final RenderOption WIDTH = new RenderOption("width", "width", Kind.WHOLE_NUMBER, "PX", "pt", SIDE, List.of(),
            "1000", "Width of the figure in points (a PNG has scale × as many pixels).");

    /** Height in points. */
    public static final RenderOption HEIGHT = new RenderOption("height", "height", Kind.WHOLE_NUMBER, "PX", "pt", SIDE, List.of(),
            "720", "Height of the figure in points (a PNG has scale × as many pixels).");

    /** PNG pixels per point. */
    public static final RenderOption SCALE = new RenderOption("scale", "scale", Kind.NUMBER, "S", "", Interval.closed(0.25, 8),
            List.of(), "2", "PNG only: pixels per point, e.g. 1 for screen, 2 for HiDPI or slides, 3 for print, 4 for a poster.");

    /** Fonts, lines and colours. */
    public static final RenderOption STYLE = new RenderOption("style", "style", Kind.CHOICE, "NAME", "", Interval.any(),
            FigureStyle.all().stream().map(FigureStyle::name).toList(), "paper",
            "Fonts, lines and colours: presentation is for a projector (large type, heavy lines), dark is light on dark.");

    /** The file written; its extension chooses the format. */
    public static final RenderOption OUT = new RenderOption("out", "out", Kind.FILE, "FILE", "", Interval.any(),
            List.of("png", "svg", "pdf"), "", "Output file; the extension chooses the format (PNG image, SVG or PDF vector "
                    + "graphics). Written atomically. Repeatable: the figure is computed once and written to each FILE "
                    + "(e.g. --out f.svg --out f.pdf). With --sweep (one --out only): NAME.gif, a directory (frames/) or a "
                    + "numbered name (frames/f-%03d.png).");

    /** Visible ℓ_S range of a plane. */
    public static final RenderOption LS_RANGE = new RenderOption("ls-range", "ℓ_S range", Kind.LOG_RANGE, "LO..HI", "au",
            Interval.any(), List.of(), "", "Visible ℓ_S range in au of a plane, e.g. 1e-3..1e9 (default: automatic).");

    /** Visible R range of the rigidity view. */
    public static final RenderOption R_RANGE = new RenderOption("r-range", "R range", Kind.LOG_RANGE, "LO..HI", "GV",
            Interval.any(), List.of(), "", "Rigidity view: visible R range in GV, e.g. 1e-3..1e5 (default: automatic).");

    /** Visible vertical range. */
    public static final RenderOption Y_RANGE = new RenderOption("y-range", "y range", Kind.LOG_RANGE, "LO..HI", "",
            Interval.any(), List.of(), "", "Visible n_s [pc^-3], f_V or (rigidity view) ℓ_mfp [pc] range, e.g. 1e-13..1e17 "
                    + "(default: automatic).");

    /** The options that take a value, in the order the command writes them. */
    public static final List<RenderOption> VALUED = List.of(PLANE, LS_RANGE, R_RANGE, Y_RANGE, WIDTH, HEIGHT, SCALE, STYLE, OUT);

    /** The switches of the optional elements, in the View menu's order. */
    public static final List<ElementSwitch> ELEMENTS = List.of(
            new ElementSwitch(Element.CANDIDATE_BOXES, "Candidate boxes", "the candidate boxes", ""),
            new ElementSwitch(Element.CANDIDATE_LABELS, "Candidate labels", "the labels of the candidate boxes", ""),
            new ElementSwitch(Element.BAND_LABELS, "Band labels", "the labels along the energy-class bands", ""),
            new ElementSwitch(Element.HYPOTHETICAL_MODEL, "Hypothetical model (f_V plane)",
                    "the hypothetical intermittent model (f_V plane)", "--no-model"),
            new ElementSwitch(Element.LEGEND, "Legend", "the legend", "--no-legend"),
            new ElementSwitch(Element.VERDICT_MARKERS, "Verdict markers", "the verdict marker next to each candidate's label "
                    + "(circle: reaches a band; triangle: misses by < 1 dex; cross: misses by ≥ 1 dex)", "--no-verdicts"),
            new ElementSwitch(Element.POPULATIONS, "Candidate populations", "the candidate populations' curves", ""),
            new ElementSwitch(Element.CITATIONS, "Citations caption",
                    "a caption listing the short citation of every candidate box drawn", "--citations"),
            new ElementSwitch(Element.TITLE, "Titles", "the title (for a caption underneath instead)", "--no-title"),
            new ElementSwitch(Element.SECONDARY_AXIS, "ℓ_S axis in pc (top)", "the top ℓ_S axis in pc", ""));

    /** The option that names an element without a flag of its own. */
    public static final String HIDE_ELEMENT = "--hide-element";

    /** The flag that draws no catalogue at all (candidate boxes and labels off). */
    public static final String NO_CATALOG = "--no-catalog";

    static {
        if (ELEMENTS.size() != Element.values().length
                || !EnumSet.copyOf(ELEMENTS.stream().map(ElementSwitch::element).toList()).equals(EnumSet.allOf(Element.class))) {
            throw new IllegalStateException("every figure element needs exactly one switch");
        }
        for (RenderOption o : VALUED) {
            if (o.hasDefault()) {
                o.check(o.defaultText()); // a default the option refuses is a programming error: fail at once
            }
        }
    }

    private RenderOptions() {
    }

    /** The help of {@link #HIDE_ELEMENT}: the keys it takes. */
    public static String hideElementHelp() {
        return "Leave out an optional element (repeatable): " + String.join(", ", ELEMENTS.stream().map(ElementSwitch::key).toList())
                + ".";
    }

    /** The option with this key. @throws IllegalArgumentException if there is none */
    public static RenderOption byKey(String key) {
        return VALUED.stream().filter(o -> o.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no render option '" + key + "'"));
    }

    /** The switch of {@code e}. */
    public static ElementSwitch of(Element e) {
        return ELEMENTS.stream().filter(s -> s.element() == e).findFirst().orElseThrow();
    }

    /**
     * The element named {@code key} in a scenario file or {@code --hide-element} (case-insensitive).
     *
     * @throws IllegalArgumentException e.g. {@code 'x' is not one of candidate-boxes, …}
     */
    public static ElementSwitch element(String key) {
        String k = key.strip();
        return ELEMENTS.stream().filter(s -> s.key().equalsIgnoreCase(k)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + key + "' is not one of "
                        + String.join(", ", ELEMENTS.stream().map(ElementSwitch::key).toList())));
    }

    /** A visible axis range as log10 of its ends. */
    public record Span(double log10Lo, double log10Hi) {
    }

    /**
     * The render options of one figure, as read from a command or a window.
     *
     * @param plane  {@code ns}, {@code fv} or {@code rigidity}
     * @param width  width [pt]
     * @param height height [pt]
     * @param scale  PNG pixels per point
     * @param style  a style name ({@link FigureStyle#byName})
     * @param x      the visible ℓ_S range (planes) or R range (rigidity view), if set
     * @param y      the visible vertical range, if set
     * @param shown  the optional elements drawn
     * @param out    the file written
     */
    public record Settings(String plane, int width, int height, double scale, String style, Optional<Span> x, Optional<Span> y,
                           Set<Element> shown, String out) {
        public Settings {
            Objects.requireNonNull(plane, "plane");
            Objects.requireNonNull(style, "style");
            Objects.requireNonNull(x, "x");
            Objects.requireNonNull(y, "y");
            shown = shown.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(shown));
            Objects.requireNonNull(out, "out");
        }

        /** The defaults of every option, for {@code plane} into {@code out}. */
        public static Settings defaults(String plane, String out) {
            return new Settings(plane, WIDTH.whole(WIDTH.defaultText()), HEIGHT.whole(HEIGHT.defaultText()),
                    SCALE.number(SCALE.defaultText()), STYLE.defaultText(), Optional.empty(), Optional.empty(),
                    FigureOptions.defaults(Plane.NUMBER_DENSITY).shown(), out);
        }
    }

    /**
     * The command's words for {@code s} (unquoted), each option as its descriptor writes it: {@link #head},
     * {@link #ranges}, {@link #elementArguments} and {@link #tail}. A command with more than render options (the
     * scenario, populations, catalogues) puts its words between these parts, as {@code session.RenderCommandLine} does.
     */
    public static List<String> arguments(Settings s) {
        List<String> a = new ArrayList<>(head(s));
        a.addAll(ranges(s));
        a.addAll(elementArguments(s.shown()));
        a.addAll(tail(s));
        return List.copyOf(a);
    }

    /** {@code --plane VIEW}. */
    public static List<String> head(Settings s) {
        return List.of(PLANE.cliOption(), PLANE.choice(s.plane()));
    }

    /** {@code --ls-range}/{@code --r-range} and {@code --y-range} where set, each end exact in log10. */
    public static List<String> ranges(Settings s) {
        List<String> a = new ArrayList<>();
        boolean rigidity = s.plane().equals(FigureOptions.View.RIGIDITY.key());
        s.x().ifPresent(x -> {
            RenderOption o = rigidity ? R_RANGE : LS_RANGE;
            a.add(o.cliOption());
            a.add(o.text(x));
        });
        s.y().ifPresent(y -> {
            a.add(Y_RANGE.cliOption());
            a.add(Y_RANGE.text(y));
        });
        return List.copyOf(a);
    }

    /** {@code --width}, {@code --height}, {@code --scale} (for a PNG only), {@code --style} (unless the default) and {@code --out}. */
    public static List<String> tail(Settings s) {
        List<String> a = new ArrayList<>();
        a.add(WIDTH.cliOption());
        a.add(WIDTH.text(s.width()));
        a.add(HEIGHT.cliOption());
        a.add(HEIGHT.text(s.height()));
        if (OUT.format(s.out()).equals("png")) {
            a.add(SCALE.cliOption());
            a.add(SCALE.text(s.scale()));
        }
        if (!s.style().equals(STYLE.defaultText())) {
            a.add(STYLE.cliOption());
            a.add(s.style());
        }
        a.add(OUT.cliOption());
        a.add(s.out());
        return List.copyOf(a);
    }

    /**
     * The words that turn the default elements into {@code shown}: {@link #NO_CATALOG} when candidate boxes and labels
     * are both off, {@code --citations} when on, then in element order each flag or {@link #HIDE_ELEMENT} KEY.
     */
    public static List<String> elementArguments(Set<Element> shown) {
        List<String> a = new ArrayList<>();
        boolean noCatalog = !shown.contains(Element.CANDIDATE_BOXES) && !shown.contains(Element.CANDIDATE_LABELS);
        if (noCatalog) {
            a.add(NO_CATALOG);
        }
        ElementSwitch citations = of(Element.CITATIONS);
        if (shown.contains(Element.CITATIONS) != citations.shownByDefault()) {
            a.add(citations.flag());
        }
        for (Element e : Element.values()) {
            ElementSwitch sw = of(e);
            boolean catalogue = e == Element.CANDIDATE_BOXES || e == Element.CANDIDATE_LABELS;
            if (e == Element.CITATIONS || shown.contains(e) == sw.shownByDefault() || (noCatalog && catalogue)) {
                continue;
            }
            if (sw.hasFlag()) {
                a.add(sw.flag());
            } else {
                a.add(HIDE_ELEMENT);
                a.add(sw.key());
            }
        }
        return List.copyOf(a);
    }
}
