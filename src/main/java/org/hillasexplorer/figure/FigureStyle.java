package org.hillasexplorer.figure;

import java.awt.Font;
import java.util.Objects;

/**
 * Fonts, line widths and fill opacities of a figure, so that a "presentation" or "dark" look is a new
 * constant rather than new code. Sizes are in points (1 pt = 1 px at scale 1).
 *
 * @param name                 short name, e.g. {@code paper}
 * @param fontFamily           logical or physical font family
 * @param titleSizePt          chart title
 * @param axisLabelSizePt      axis titles
 * @param tickLabelSizePt      tick labels
 * @param annotationSizePt     band and box labels
 * @param legendSizePt         legend entries
 * @param bandOutlineWidthPx   band outlines
 * @param boxOutlineWidthPx    dotted candidate-box outlines
 * @param locusWidthPx         hypothetical-model locus
 * @param frameWidthPx         plot frame
 * @param gridWidthPx          grid lines (0 hides them)
 * @param bandFillAlpha        band fill opacity ∈ [0, 1]
 * @param boxFillAlpha         candidate-box fill opacity ∈ [0, 1]
 * @param modelFillAlpha       hypothetical-model region opacity ∈ [0, 1]
 * @param palette              colours
 */
public record FigureStyle(String name, String fontFamily, float titleSizePt, float axisLabelSizePt,
                          float tickLabelSizePt, float annotationSizePt, float legendSizePt,
                          float bandOutlineWidthPx, float boxOutlineWidthPx, float locusWidthPx,
                          float frameWidthPx, float gridWidthPx, double bandFillAlpha, double boxFillAlpha,
                          double modelFillAlpha, Palette palette) {

    /** Journal figure: compact fonts, thin lines, colour-blind-safe palette on white. */
    public static final FigureStyle PAPER = new FigureStyle("paper", Font.SANS_SERIF, 13f, 13f, 12f, 11f, 10.5f,
            1.6f, 1.3f, 2.0f, 1.0f, 0.6f, 0.30, 0.22, 0.45, Palette.OKABE_ITO);

    /** Slides: larger fonts and heavier lines, same palette. */
    public static final FigureStyle PRESENTATION = new FigureStyle("presentation", Font.SANS_SERIF, 18f, 18f, 16f,
            15f, 14f, 2.6f, 2.0f, 3.0f, 1.5f, 0.8f, 0.35, 0.25, 0.5, Palette.OKABE_ITO);

    public FigureStyle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fontFamily, "fontFamily");
        Objects.requireNonNull(palette, "palette");
        for (float size : new float[] {titleSizePt, axisLabelSizePt, tickLabelSizePt, annotationSizePt, legendSizePt}) {
            if (!(size >= 4 && size <= 72)) {
                throw new IllegalArgumentException("font size " + size + " pt of style " + name + " is outside [4, 72]");
            }
        }
        for (double a : new double[] {bandFillAlpha, boxFillAlpha, modelFillAlpha}) {
            if (!(a >= 0 && a <= 1)) {
                throw new IllegalArgumentException("opacity " + a + " of style " + name + " is outside [0, 1]");
            }
        }
    }

    /** Plain font of this style's family at {@code sizePt}. */
    public Font font(float sizePt) {
        return new Font(fontFamily, Font.PLAIN, 12).deriveFont(sizePt);
    }
}
