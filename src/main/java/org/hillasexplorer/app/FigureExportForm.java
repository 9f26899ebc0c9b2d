package org.hillasexplorer.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import org.hillasexplorer.figure.RenderOption;
import org.hillasexplorer.figure.RenderOptions;

/**
 * The export-figure dialog without its controls: the size per plane and the PNG scale, typed and checked by their
 * {@link RenderOptions} descriptors (the same checks and messages as {@code render --width/--height/--scale}), and
 * the formats the file's extension may choose. The size starts as the plots are on screen, the scale at 2×.
 */
final class FigureExportForm {
    /** A PNG scale the dialog offers, with what it is for. */
    record ScaleChoice(double scale, String use) {
        ScaleChoice {
            if (!RenderOptions.SCALE.accepts(scale)) {
                throw new IllegalArgumentException(RenderOptions.SCALE.rejection(scale));
            }
        }

        @Override
        public String toString() {
            return RenderOptions.SCALE.text(scale) + "× (" + use + ")";
        }
    }

    /** The scales offered (all inside {@link RenderOptions#SCALE}'s range). */
    static final List<ScaleChoice> SCALES = List.of(new ScaleChoice(1, "screen"), new ScaleChoice(2, "HiDPI, slides"),
            new ScaleChoice(3, "print"), new ScaleChoice(4, "poster"));

    /** What each format {@link RenderOptions#OUT} allows is called in the file chooser, in its order. */
    static final Map<String, String> FORMAT_NAMES = formatNames();

    private final StringProperty width = new SimpleStringProperty(this, "width");
    private final StringProperty height = new SimpleStringProperty(this, "height");
    private final ObjectProperty<ScaleChoice> scale = new SimpleObjectProperty<>(this, "scale", SCALES.get(1));
    private final ObservableStringValue widthError = error(RenderOptions.WIDTH, width);
    private final ObservableStringValue heightError = error(RenderOptions.HEIGHT, height);
    private final BooleanBinding valid;

    /** @param onScreen the size of a plot on screen [pt], {width, height}, clamped into the allowed sides */
    FigureExportForm(int[] onScreen) {
        width.set(RenderOptions.WIDTH.text(clamp(RenderOptions.WIDTH, onScreen[0])));
        height.set(RenderOptions.HEIGHT.text(clamp(RenderOptions.HEIGHT, onScreen[1])));
        valid = Bindings.createBooleanBinding(() -> widthError.get().isEmpty() && heightError.get().isEmpty(), widthError,
                heightError);
    }

    private static Map<String, String> formatNames() {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> known = Map.of("png", "PNG image", "svg", "SVG vector graphics", "pdf", "PDF document");
        for (String ext : RenderOptions.OUT.choices()) {
            names.put(ext, known.getOrDefault(ext, ext.toUpperCase(java.util.Locale.ROOT)));
        }
        return java.util.Collections.unmodifiableMap(names);
    }

    private static double clamp(RenderOption o, int v) {
        return Math.max(o.range().min(), Math.min(o.range().max(), v));
    }

    private static ObservableStringValue error(RenderOption o, StringProperty text) {
        return Bindings.createStringBinding(() -> problem(o, text.get()).orElse(""), text);
    }

    /** Why {@code text} is not a value of {@code o}, in the descriptor's words; empty if it is one. */
    static Optional<String> problem(RenderOption o, String text) {
        try {
            o.check(text == null ? "" : text);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    StringProperty widthProperty() {
        return width;
    }

    StringProperty heightProperty() {
        return height;
    }

    ObjectProperty<ScaleChoice> scaleProperty() {
        return scale;
    }

    /** The message under the width field; empty while the width is fine. */
    ObservableStringValue widthError() {
        return widthError;
    }

    /** The message under the height field; empty while the height is fine. */
    ObservableStringValue heightError() {
        return heightError;
    }

    /** Whether the dialog may go on to the file. */
    BooleanBinding validProperty() {
        return valid;
    }

    /** The width [pt]. @throws IllegalArgumentException with the descriptor's message if it is not allowed */
    int width() {
        return RenderOptions.WIDTH.whole(width.get());
    }

    /** The height [pt]. @throws IllegalArgumentException with the descriptor's message if it is not allowed */
    int height() {
        return RenderOptions.HEIGHT.whole(height.get());
    }

    /** The PNG pixels per point. */
    double scale() {
        return scale.get().scale();
    }

    /** The format sentence the dialog shows, from {@link RenderOptions#OUT}: e.g. {@code chosen by the file extension: .png, .svg or .pdf}. */
    static String formatText() {
        return "chosen by the file extension: " + RenderOptions.OUT.rangeText().replace("a name ending in ", "");
    }
}
