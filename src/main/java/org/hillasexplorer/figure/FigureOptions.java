package org.hillasexplorer.figure;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hillasexplorer.physics.Plane;

/**
 * What a figure shows and how, independent of the physics (that is the {@link org.hillasexplorer.physics.Scenario}).
 *
 * @param plane               which plane (Fig. 2 or Fig. 3)
 * @param view                explicit view, or empty for the automatic range that shows every band and box
 * @param hiddenEnergyClasses labels of energy classes not drawn
 * @param hiddenCandidates    ids of candidate boxes not drawn (the others keep their colours)
 * @param shown               optional elements that are drawn
 * @param style               fonts, lines and colours
 */
public record FigureOptions(Plane plane, Optional<ViewRange> view, Set<String> hiddenEnergyClasses, Set<String> hiddenCandidates,
                            Set<Element> shown, FigureStyle style) {

    /**
     * The three views the figures offer: the two planes and the rigidity view ({@link RigidityChartBuilder}). A
     * {@link FigureOptions} always names a plane; for the rigidity view that plane is ignored and an explicit
     * {@link ViewRange} is in log10 R [GV] (x) and log10 ℓ_mfp [pc] (y).
     */
    public enum View {
        /** ℓ_S–n_s plane (Fig. 2). */
        NUMBER_DENSITY("ns", Plane.NUMBER_DENSITY),
        /** ℓ_S–f_V plane (Fig. 3). */
        FILLING_FACTOR("fv", Plane.FILLING_FACTOR),
        /** ℓ_mfp against rigidity: what each candidate gives. */
        RIGIDITY("rigidity", null);

        private final String key;
        private final Plane plane;

        View(String key, Plane plane) {
            this.key = key;
            this.plane = plane;
        }

        /** Short key used on the CLI: {@code ns}, {@code fv} or {@code rigidity}. */
        public String key() {
            return key;
        }

        /** The plane of a plane view, empty for the rigidity view. */
        public Optional<Plane> plane() {
            return Optional.ofNullable(plane);
        }

        /** The view of {@code p}. */
        public static View of(Plane p) {
            return p == Plane.NUMBER_DENSITY ? NUMBER_DENSITY : FILLING_FACTOR;
        }

        /** Parses {@code ns}, {@code fv} or {@code rigidity} (case-insensitive). */
        public static View fromKey(String key) {
            for (View v : values()) {
                if (v.key.equalsIgnoreCase(key.strip())) {
                    return v;
                }
            }
            throw new IllegalArgumentException("view '" + key + "' is not one of ns, fv, rigidity");
        }
    }

    /** Optional elements of a figure. */
    public enum Element {
        /** Candidate boxes (dotted rectangles). */
        CANDIDATE_BOXES,
        /** Labels next to the candidate boxes. */
        CANDIDATE_LABELS,
        /** Labels along the energy-class bands. */
        BAND_LABELS,
        /** The hypothetical intermittent model (f_V plane only). */
        HYPOTHETICAL_MODEL,
        /** The legend inside the plot. */
        LEGEND,
        /** The title above the plot. */
        TITLE,
        /** The top axis in pc. */
        SECONDARY_AXIS,
        /** A verdict marker on each candidate (reaches a band / near miss / far miss), colour-coded. */
        VERDICT_MARKERS,
        /** Candidate populations drawn as curves (power laws, tabulated curves, the intermittent model). */
        POPULATIONS,
        /** A caption under the plot with the short citation of every candidate box drawn (off by default). */
        CITATIONS
    }

    public FigureOptions {
        Objects.requireNonNull(plane, "plane");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(style, "style");
        hiddenEnergyClasses = Set.copyOf(hiddenEnergyClasses);
        hiddenCandidates = Set.copyOf(hiddenCandidates);
        shown = shown.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(shown));
    }

    /** Everything on but the citation caption, automatic view, paper style. */
    public static FigureOptions defaults(Plane plane) {
        return new FigureOptions(plane, Optional.empty(), Set.of(), Set.of(), EnumSet.complementOf(EnumSet.of(Element.CITATIONS)),
                FigureStyle.PAPER);
    }

    /** Whether {@code e} is drawn. */
    public boolean shows(Element e) {
        return shown.contains(e);
    }

    /** A copy with {@code e} shown or hidden. */
    public FigureOptions with(Element e, boolean visible) {
        EnumSet<Element> s = shown.isEmpty() ? EnumSet.noneOf(Element.class) : EnumSet.copyOf(shown);
        if (visible) {
            s.add(e);
        } else {
            s.remove(e);
        }
        return new FigureOptions(plane, view, hiddenEnergyClasses, hiddenCandidates, s, style);
    }

    /** A copy on another plane (the explicit view is dropped: its y axis means something else there). */
    public FigureOptions withPlane(Plane other) {
        return new FigureOptions(other, other == plane ? view : Optional.empty(), hiddenEnergyClasses, hiddenCandidates, shown, style);
    }

    /** A copy with an explicit view, or the automatic one if {@code range} is null. */
    public FigureOptions withView(ViewRange range) {
        return new FigureOptions(plane, Optional.ofNullable(range), hiddenEnergyClasses, hiddenCandidates, shown, style);
    }

    /** A copy hiding the energy classes with these labels. */
    public FigureOptions withHiddenEnergyClasses(Set<String> labels) {
        return new FigureOptions(plane, view, labels, hiddenCandidates, shown, style);
    }

    /** A copy with another style. */
    public FigureOptions withStyle(FigureStyle other) {
        return new FigureOptions(plane, view, hiddenEnergyClasses, hiddenCandidates, shown, other);
    }

    /** A copy hiding the candidate boxes with these ids. */
    public FigureOptions withHiddenCandidates(Set<String> ids) {
        return new FigureOptions(plane, view, hiddenEnergyClasses, ids, shown, style);
    }

    /** Whether the candidate box with this id is drawn. */
    public boolean showsCandidate(String id) {
        return !hiddenCandidates.contains(id);
    }

    /** Whether the energy class labelled {@code label} is drawn. */
    public boolean showsEnergyClass(String label) {
        return !hiddenEnergyClasses.contains(label);
    }
}
