package org.hillasexplorer.app;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.hillasexplorer.figure.FigureStyle;
import org.hillasexplorer.figure.Palette;

/**
 * How the window and its figures look: presentation mode, dark theme, the projector palette, and the figure style
 * these three select. Not part of the saved state, and not undone.
 */
final class Appearance {
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation", false);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final BooleanProperty highContrast = new SimpleBooleanProperty(this, "highContrast", false);
    private final ObjectBinding<FigureStyle> style = Bindings.createObjectBinding(
            () -> style(presentation.get(), dark.get(), highContrast.get()), presentation, dark, highContrast);

    /** Presentation mode: large fonts, heavy lines, essentials only. */
    BooleanProperty presentationProperty() {
        return presentation;
    }

    /** Dark theme for window and figures. */
    BooleanProperty darkProperty() {
        return dark;
    }

    /** The projector palette (high contrast, still colour-blind safe) instead of the paper one. */
    BooleanProperty highContrastProperty() {
        return highContrast;
    }

    /** The figure style the three switches select. */
    ObjectBinding<FigureStyle> styleProperty() {
        return style;
    }

    FigureStyle style() {
        return style.get();
    }

    /** The style's name as the CLI's {@code --style} knows it (without the palette). */
    String styleName() {
        return style().name().replaceAll("\\+.*", "");
    }

    /** The figure style of these switches; the projector palette has no dark variant, so dark wins. */
    static FigureStyle style(boolean presentation, boolean dark, boolean highContrast) {
        FigureStyle base = presentation ? (dark ? FigureStyle.PRESENTATION_DARK : FigureStyle.PRESENTATION)
                : (dark ? FigureStyle.DARK : FigureStyle.PAPER);
        return highContrast && !dark ? withPalette(base, Palette.HIGH_CONTRAST) : base;
    }

    private static FigureStyle withPalette(FigureStyle s, Palette p) {
        return new FigureStyle(s.name() + "+" + p.name(), s.fontFamily(), s.titleSizePt(), s.axisLabelSizePt(),
                s.tickLabelSizePt(), s.annotationSizePt(), s.legendSizePt(), s.bandOutlineWidthPx(), s.boxOutlineWidthPx(),
                s.locusWidthPx(), s.frameWidthPx(), s.gridWidthPx(), s.bandFillAlpha(), s.boxFillAlpha(), s.modelFillAlpha(), p);
    }
}
