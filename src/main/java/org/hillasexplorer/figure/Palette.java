package org.hillasexplorer.figure;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * The colours of a figure: everything the builders draw takes its colour from here, so that a dark or projector look
 * is a new constant rather than new code. Bands get cool colours and candidate boxes warm ones, as in the paper's
 * Fig. 2 caption ("blue/green" bands, "warmer-colored" candidates); every palette is colour-blind safe (its Javadoc
 * names the scheme).
 *
 * @param name              short name, e.g. {@code okabe-ito}
 * @param background        chart and plot background
 * @param foreground        axes, tick marks, tick labels, titles, frame, legend text
 * @param grid              major grid lines
 * @param bandColours       one per energy class, cycled
 * @param candidateColours  one per candidate box, cycled
 * @param model             hypothetical-model locus, its label, and the rigidity view's observed line
 * @param modelFill         hypothetical-model shaded region (opaque; alpha comes from the style)
 * @param populationColours one per population curve (power laws, tables), cycled; saturated hues that are neither the
 *                          bands' cool colours nor the boxes' warm ones
 * @param populationModel   the intermittent-model population curve (near-black on light, near-white on dark)
 * @param legendBackground  legend box background (drawn at 90 % opacity)
 * @param legendBorder      legend box frame
 * @param reference         neutral reference elements: the f_V = 1 line, category swatches in the legend
 * @param verdictColours    the verdict markers, in the order of {@link VerdictMark}: reaches, near miss, far miss, no band
 */
public record Palette(String name, Color background, Color foreground, Color grid, List<Color> bandColours,
                      List<Color> candidateColours, Color model, Color modelFill, List<Color> populationColours,
                      Color populationModel, Color legendBackground, Color legendBorder, Color reference,
                      List<Color> verdictColours) {

    /** Okabe &amp; Ito (2008) verdict colours: bluish green, orange, vermillion, grey. */
    private static final List<Color> OKABE_ITO_VERDICTS = List.of(new Color(0x009E73), new Color(0xE69F00),
            new Color(0xD55E00), new Color(0x9A9A9A));

    /**
     * For print, on white. Okabe &amp; Ito (2008) for the bands; for the candidates the warm colours of Okabe–Ito
     * (vermillion, orange, reddish purple) and of Paul Tol's "muted" scheme (wine, sand, purple, olive, rose), his
     * "vibrant" magenta, a brown and a dark red-brown: eleven, which {@link #distinctCandidateColours} hands out so
     * that neighbouring boxes differ most: distinguishable with all common colour-vision deficiencies.
     */
    public static final Palette OKABE_ITO = new Palette("okabe-ito", Color.WHITE, new Color(0x1A1A1A),
            new Color(0xE6E6E6),
            List.of(new Color(0x0072B2), new Color(0x009E73), new Color(0x56B4E9), new Color(0x332288),
                    new Color(0x44AA99), new Color(0x117733), new Color(0x88CCEE), new Color(0x999933)),
            List.of(new Color(0xD55E00), new Color(0xE69F00), new Color(0xCC79A7), new Color(0x882255),
                    new Color(0xDDCC77), new Color(0xAA4499), new Color(0x999933), new Color(0x996633),
                    new Color(0xCC6677), new Color(0xEE3377), new Color(0x663333)),
            Color.BLACK, new Color(0x7F7F7F),
            List.of(new Color(0xC51B7D), new Color(0x5E3C99), new Color(0x8C510A), new Color(0xB2182B),
                    new Color(0x01665E), new Color(0x762A83)),
            new Color(0x222222), Color.WHITE, new Color(0xB0B0B0), new Color(0x8C8C8C), OKABE_ITO_VERDICTS);

    /**
     * For projectors, on white: Paul Tol's "vibrant" scheme (blue #0077BB, teal #009988, cyan #33BBEE for the bands;
     * red #CC3311, orange #EE7733, magenta #EE3377 for the candidates) completed by his "high-contrast" blue, yellow and
     * red (#004488, #DDAA33, #BB5566) and "bright" purple: saturated colours that survive a washed-out projector and
     * stay distinguishable with all common colour-vision deficiencies. Black text and frame, a visible grid.
     */
    public static final Palette HIGH_CONTRAST = new Palette("high-contrast", Color.WHITE, Color.BLACK,
            new Color(0xD4D4D4),
            List.of(new Color(0x0077BB), new Color(0x009988), new Color(0x33BBEE), new Color(0x004488),
                    new Color(0x117733), new Color(0x44AA99), new Color(0x88CCEE), new Color(0x332288)),
            List.of(new Color(0xCC3311), new Color(0xEE7733), new Color(0xEE3377), new Color(0xAA3377),
                    new Color(0xDDAA33), new Color(0xBB5566), new Color(0x882255), new Color(0x996633),
                    new Color(0xCC6677), new Color(0xDD7700)),
            Color.BLACK, new Color(0x5A5A5A),
            List.of(new Color(0xC51B7D), new Color(0x5E3C99), new Color(0x8C510A), new Color(0xB2182B),
                    new Color(0x01665E), new Color(0x762A83)),
            Color.BLACK, Color.WHITE, new Color(0x555555), new Color(0x666666),
            List.of(new Color(0x009988), new Color(0xEE7733), new Color(0xCC3311), new Color(0x999999)));

    /**
     * For dark backgrounds (#1A1A1A): Paul Tol's "light" and "bright" schemes, which keep their lightness on black —
     * light blue #77AADD, mint #44BB99, light cyan #99DDFF for the bands; orange #EE8866, pink #FFAABB, light yellow
     * #EEDD88, bright red #EE6677 for the candidates — plus the lighter Okabe–Ito colours (sky blue, orange, yellow,
     * reddish purple). Colour-blind safe; near-white text, frame and model, a dark grid and a dark legend.
     */
    public static final Palette DARK = new Palette("dark", new Color(0x1A1A1A), new Color(0xEDEDED),
            new Color(0x3A3A3A),
            List.of(new Color(0x77AADD), new Color(0x44BB99), new Color(0x99DDFF), new Color(0x56B4E9),
                    new Color(0xBBCC33), new Color(0x66CCEE), new Color(0xAAAA00), new Color(0x4477AA)),
            List.of(new Color(0xEE8866), new Color(0xFFAABB), new Color(0xEEDD88), new Color(0xEE6677),
                    new Color(0xE69F00), new Color(0xCC79A7), new Color(0xF0E442), new Color(0xDDAA33),
                    new Color(0xFF9966), new Color(0xDD99CC)),
            new Color(0xF5F5F5), new Color(0xB0B0B0),
            List.of(new Color(0xFF5CA8), new Color(0xB9A3FF), new Color(0xE8C468), new Color(0xFF7A6B),
                    new Color(0x5FD3C6), new Color(0xE08CF0)),
            new Color(0xF5F5F5), new Color(0x222222), new Color(0x6A6A6A), new Color(0x9A9A9A),
            List.of(new Color(0x44BB99), new Color(0xEECC66), new Color(0xEE6677), new Color(0x8A8A8A)));

    public Palette {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(foreground, "foreground");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(modelFill, "modelFill");
        Objects.requireNonNull(populationModel, "populationModel");
        Objects.requireNonNull(legendBackground, "legendBackground");
        Objects.requireNonNull(legendBorder, "legendBorder");
        Objects.requireNonNull(reference, "reference");
        bandColours = List.copyOf(bandColours);
        candidateColours = List.copyOf(candidateColours);
        populationColours = List.copyOf(populationColours);
        verdictColours = List.copyOf(verdictColours);
        if (bandColours.isEmpty() || candidateColours.isEmpty() || populationColours.isEmpty()) {
            throw new IllegalArgumentException("palette " + name + " needs at least one band, one candidate and one population colour");
        }
        if (verdictColours.size() != VerdictMark.values().length) {
            throw new IllegalArgumentException("palette " + name + " needs " + VerdictMark.values().length
                    + " verdict colours, got " + verdictColours.size());
        }
    }

    /**
     * A palette with the legend, reference and verdict colours derived from the others: the legend on the background
     * with a frame halfway to the foreground, and the Okabe–Ito verdict colours.
     */
    public Palette(String name, Color background, Color foreground, Color grid, List<Color> bandColours,
                   List<Color> candidateColours, Color model, Color modelFill, List<Color> populationColours,
                   Color populationModel) {
        this(name, background, foreground, grid, bandColours, candidateColours, model, modelFill, populationColours,
                populationModel, background, mix(background, foreground, 0.35), mix(background, foreground, 0.5),
                OKABE_ITO_VERDICTS);
    }

    /** Whether the background is dark (relative luminance below 0.4): text is then lightened, not darkened. */
    public boolean isDark() {
        return luminance(background) < 0.4;
    }

    /** Colour of the i-th population curve that is not the intermittent model (cycled). */
    public Color populationColour(int index) {
        return populationColours.get(Math.floorMod(index, populationColours.size()));
    }

    /** Colour of the i-th energy class (cycled). */
    public Color bandColour(int index) {
        return bandColours.get(Math.floorMod(index, bandColours.size()));
    }

    /** Colour of the i-th candidate box (cycled). */
    public Color candidateColour(int index) {
        return candidateColours.get(Math.floorMod(index, candidateColours.size()));
    }

    /** Boxes closer than this [dex] on both axes count as neighbours whose colours must differ most. */
    static final double NEIGHBOUR_DEX = 2.0;
    /** Colours this far apart (ΔE, under every colour vision) count as plainly distinct. */
    static final double DISTINCT_DELTA_E = 60;

    /**
     * One colour per candidate box, in the order given, such that boxes that overlap or lie within
     * {@value #NEIGHBOUR_DEX} dex of each other get colours as far apart as the palette allows — measured as the
     * smallest CIELAB distance under normal vision and simulated protanopia, deuteranopia and tritanopia (Machado et al.
     * 2009) — so that a cluster such as the 10⁴–10⁷ au one of Fig. 2 shows each entry in its own colour. Greedy in
     * order, so a box's colour depends only on the boxes before it: appending boxes (a user catalogue) or hiding some
     * (the caller passes the hidden ones too) never recolours the others. Each box takes a colour no other box has
     * yet, the one farthest from its neighbours' colours; only when every colour is taken does a colour repeat, and
     * then the one used least and farthest from the neighbours' (never a neighbour's own while another is left).
     *
     * @param boxes log10 boxes {x0, x1, y0, y1}
     */
    public List<Color> distinctCandidateColours(List<double[]> boxes) {
        int n = candidateColours.size();
        double[][][] lab = new double[n][][];
        for (int k = 0; k < n; k++) {
            lab[k] = ColourVision.labUnderAllVisions(candidateColours.get(k));
        }
        int[] uses = new int[n];
        int[] chosen = new int[boxes.size()];
        List<Color> out = new java.util.ArrayList<>(boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            double[] b = boxes.get(i);
            List<Integer> near = new java.util.ArrayList<>();
            for (int j = 0; j < i; j++) {
                double[] o = boxes.get(j);
                if (b[0] - NEIGHBOUR_DEX <= o[1] && o[0] <= b[1] + NEIGHBOUR_DEX
                        && b[2] - NEIGHBOUR_DEX <= o[3] && o[2] <= b[3] + NEIGHBOUR_DEX) {
                    near.add(chosen[j]);
                }
            }
            int best = Math.floorMod(i, n);
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < n; k++) {
                double d = Double.POSITIVE_INFINITY;
                for (int c : near) {
                    d = Math.min(d, ColourVision.distance(lab[k], lab[c]));
                }
                // used least, then no neighbour's, then far from theirs (beyond ΔE 60 colours are told apart at a
                // glance: farther is no better than palette order)
                double score = (near.contains(k) ? -1e6 : 0) + Math.min(d, DISTINCT_DELTA_E) - 1e3 * uses[k];
                if (score > bestScore + 1e-9) {
                    bestScore = score;
                    best = k;
                }
            }
            chosen[i] = best;
            uses[best]++;
            out.add(candidateColours.get(best));
        }
        return out;
    }

    /** Fill colour of a verdict marker. */
    public Color verdictColour(VerdictMark mark) {
        return verdictColours.get(mark.ordinal());
    }

    /**
     * The colour for text labelling something drawn in {@code c}: a darker shade on a light background
     * ({@link #textShade}), a lighter tint on a dark one, so light fills still give legible labels either way.
     */
    public Color labelColour(Color c) {
        return isDark() ? mix(c, Color.WHITE, 0.3) : textShade(c);
    }

    /** A darker shade of {@code c} for text on a light background. */
    public static Color textShade(Color c) {
        double k = 0.72;
        return new Color((int) (c.getRed() * k), (int) (c.getGreen() * k), (int) (c.getBlue() * k));
    }

    /** {@code c} with alpha {@code alpha} ∈ [0, 1]. */
    public static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * Math.max(0, Math.min(1, alpha))));
    }

    /** {@code a} moved a fraction {@code t} ∈ [0, 1] of the way to {@code b} (opaque). */
    static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }

    /** WCAG relative luminance ∈ [0, 1]. */
    static double luminance(Color c) {
        return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
    }

    private static double lin(int v) {
        double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
