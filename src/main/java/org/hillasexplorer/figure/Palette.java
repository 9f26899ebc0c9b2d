package org.hillasexplorer.figure;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * The colours of a figure. Bands get cool colours and candidate boxes warm ones, as in the paper's
 * Fig. 2 caption ("blue/green" bands, "warmer-colored" candidates); all are colour-blind safe.
 *
 * @param name            short name, e.g. {@code okabe-ito}
 * @param background      chart and plot background
 * @param foreground      axes, tick labels, titles, frame
 * @param grid            major grid lines
 * @param bandColours     one per energy class, cycled
 * @param candidateColours one per candidate box, cycled
 * @param model           hypothetical-model locus and its label
 * @param modelFill       hypothetical-model shaded region (opaque; alpha comes from the style)
 * @param populationColours one per population curve (power laws, tables), cycled; dark, saturated hues that are
 *                        neither the bands' cool colours nor the boxes' warm ones
 * @param populationModel the intermittent-model population curve (near-black)
 */
public record Palette(String name, Color background, Color foreground, Color grid, List<Color> bandColours,
                      List<Color> candidateColours, Color model, Color modelFill, List<Color> populationColours,
                      Color populationModel) {

    /**
     * Okabe &amp; Ito (2008) for the bands, warm colours of Okabe–Ito and Paul Tol's "muted" scheme for the
     * candidates: distinguishable with all common colour-vision deficiencies.
     */
    public static final Palette OKABE_ITO = new Palette("okabe-ito", Color.WHITE, new Color(0x1A1A1A),
            new Color(0xE6E6E6),
            List.of(new Color(0x0072B2), new Color(0x009E73), new Color(0x56B4E9), new Color(0x332288),
                    new Color(0x44AA99), new Color(0x117733), new Color(0x88CCEE), new Color(0x999933)),
            List.of(new Color(0xD55E00), new Color(0xE69F00), new Color(0xCC79A7), new Color(0x882255),
                    new Color(0xCC6677), new Color(0xDDAA33), new Color(0xAA4499), new Color(0x996633),
                    new Color(0xEE7733), new Color(0xBB5566)),
            Color.BLACK, new Color(0x7F7F7F),
            List.of(new Color(0xC51B7D), new Color(0x5E3C99), new Color(0x8C510A), new Color(0xB2182B),
                    new Color(0x01665E), new Color(0x762A83)),
            new Color(0x222222));

    public Palette {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(foreground, "foreground");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(modelFill, "modelFill");
        Objects.requireNonNull(populationModel, "populationModel");
        bandColours = List.copyOf(bandColours);
        candidateColours = List.copyOf(candidateColours);
        populationColours = List.copyOf(populationColours);
        if (bandColours.isEmpty() || candidateColours.isEmpty() || populationColours.isEmpty()) {
            throw new IllegalArgumentException("palette " + name + " needs at least one band, one candidate and one population colour");
        }
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

    /** A darker shade of {@code c} for text, so light fills still give legible labels. */
    public static Color textShade(Color c) {
        double k = 0.72;
        return new Color((int) (c.getRed() * k), (int) (c.getGreen() * k), (int) (c.getBlue() * k));
    }

    /** {@code c} with alpha {@code alpha} ∈ [0, 1]. */
    public static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * Math.max(0, Math.min(1, alpha))));
    }
}
