package org.hillasexplorer.figure;

import java.awt.Font;
import java.util.List;
import java.util.Locale;
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

    /** Journal figure: compact fonts, thin lines, colour-blind-safe {@link Palette#OKABE_ITO} on white. */
    public static final FigureStyle PAPER = new FigureStyle("paper", Font.SANS_SERIF, 13f, 13f, 12f, 11f, 10.5f,
            1.6f, 1.3f, 2.0f, 1.0f, 0.6f, 0.30, 0.22, 0.45, Palette.OKABE_ITO);

    /**
     * A lecture hall's projector, read from the back row: fonts about twice the paper's, heavy band outlines, curves and
     * frame, denser fills and the saturated {@link Palette#HIGH_CONTRAST} on white.
     */
    public static final FigureStyle PRESENTATION = new FigureStyle("presentation", Font.SANS_SERIF, 24f, 24f, 22f,
            19f, 18f, 3.6f, 2.6f, 4.5f, 2.5f, 1.0f, 0.42, 0.32, 0.55, Palette.HIGH_CONTRAST);

    /** The paper's sizes on a dark background (#1A1A1A) with light text and {@link Palette#DARK} colours. */
    public static final FigureStyle DARK = new FigureStyle("dark", Font.SANS_SERIF, 13f, 13f, 12f, 11f, 10.5f,
            1.8f, 1.4f, 2.2f, 1.0f, 0.6f, 0.36, 0.28, 0.40, Palette.DARK);

    /** {@link #PRESENTATION}'s sizes and lines on a dark background with {@link Palette#DARK} colours. */
    public static final FigureStyle PRESENTATION_DARK = new FigureStyle("presentation-dark", Font.SANS_SERIF, 24f, 24f,
            22f, 19f, 18f, 3.6f, 2.6f, 4.5f, 2.5f, 1.0f, 0.44, 0.34, 0.45, Palette.DARK);

    private static final List<FigureStyle> ALL = List.of(PAPER, PRESENTATION, DARK, PRESENTATION_DARK);

    /** Every built-in style, in menu order: paper, presentation, dark, presentation-dark. */
    public static List<FigureStyle> all() {
        return ALL;
    }

    /** The names {@link #byName} accepts, comma-separated: {@code paper, presentation, dark, presentation-dark}. */
    public static String names() {
        return String.join(", ", ALL.stream().map(FigureStyle::name).toList());
    }

    /**
     * The built-in style called {@code name} (case-insensitive, surrounding blanks and {@code _} for {@code -} allowed):
     * {@code paper}, {@code presentation}, {@code dark} or {@code presentation-dark}.
     *
     * @throws IllegalArgumentException naming the allowed names if there is no such style
     */
    public static FigureStyle byName(String name) {
        Objects.requireNonNull(name, "name");
        String key = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (FigureStyle s : ALL) {
            if (s.name().equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("style '" + name + "' is not one of " + names());
    }

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

    /**
     * This style with every font size and line width times {@code k} (fonts kept at 4 pt or more), for a figure laid
     * out at a smaller size than the window's, e.g. a journal column: the same look, in proportion.
     *
     * @param k factor ∈ (0, 4]
     */
    public FigureStyle scaled(double k) {
        if (!(k > 0 && k <= 4)) {
            throw new IllegalArgumentException("style scale " + k + " is outside (0, 4]");
        }
        float f = (float) k;
        return new FigureStyle(name, fontFamily, pt(titleSizePt * f), pt(axisLabelSizePt * f), pt(tickLabelSizePt * f),
                pt(annotationSizePt * f), pt(legendSizePt * f), bandOutlineWidthPx * f, boxOutlineWidthPx * f,
                locusWidthPx * f, frameWidthPx * f, gridWidthPx * f, bandFillAlpha, boxFillAlpha, modelFillAlpha, palette);
    }

    private static float pt(float size) {
        return Math.max(4f, Math.min(72f, size));
    }

    /** Whether this style draws on a dark background. */
    public boolean isDark() {
        return palette.isDark();
    }

    /** The plot size [px] at which a style's fonts are drawn at their stated sizes (see {@link #fontScale}). */
    static final double REFERENCE_PLOT_AREA_PX2 = 720.0 * 480.0;

    /**
     * How much to scale the fonts of a plot drawn {@code widthPx} × {@code heightPx} px so that text keeps its share of
     * the plot: the square root of the plot's area over a 720 × 480 px plot's, between 0.85 and 1.3, in steps of 0.05
     * (so a window being resized redraws at a few sizes only); 1 for a plot not laid out yet (a size of 0).
     */
    public static double fontScale(double widthPx, double heightPx) {
        if (!(widthPx > 0 && heightPx > 0)) {
            return 1;
        }
        double k = Math.sqrt(widthPx * heightPx / REFERENCE_PLOT_AREA_PX2);
        return Math.rint(Math.max(0.85, Math.min(1.3, k)) * 20) / 20;
    }

    /**
     * This style with every font size multiplied by {@code k} (&gt; 0) and rounded to whole points (the window's
     * JavaFX canvas draws text at whole sizes while layout measures the exact size, so a fractional size would let
     * runs of a title run into each other), kept within [4, 72] pt; lines and colours stay.
     */
    public FigureStyle withFontScale(double k) {
        if (!(k > 0)) {
            throw new IllegalArgumentException("font scale " + k + " must be > 0");
        }
        if (k == 1) {
            return this;
        }
        return new FigureStyle(name, fontFamily, scaled(titleSizePt, k), scaled(axisLabelSizePt, k), scaled(tickLabelSizePt, k),
                scaled(annotationSizePt, k), scaled(legendSizePt, k), bandOutlineWidthPx, boxOutlineWidthPx, locusWidthPx,
                frameWidthPx, gridWidthPx, bandFillAlpha, boxFillAlpha, modelFillAlpha, palette);
    }

    private static float scaled(float sizePt, double k) {
        return (float) Math.max(4, Math.min(72, Math.rint(sizePt * k)));
    }

    /** Plain font of this style's family at {@code sizePt}. */
    public Font font(float sizePt) {
        return new Font(fontFamily, Font.PLAIN, 12).deriveFont(sizePt);
    }
}
