package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hillasexplorer.figure.RenderOptions;
import org.junit.jupiter.api.Test;

/** The export-figure dialog's view model, without a window: sizes and scale checked by the render options' descriptors. */
class FigureExportFormTest {

    @Test
    void itStartsAtTheSizeOnScreenClampedIntoTheAllowedSides() {
        FigureExportForm f = new FigureExportForm(new int[] {640, 40});
        assertThat(f.widthProperty().get()).isEqualTo("640");
        assertThat(f.heightProperty().get()).isEqualTo("100");
        assertThat(f.width()).isEqualTo(640);
        assertThat(f.scale()).isEqualTo(2);
        assertThat(f.validProperty().get()).isTrue();
        assertThat(new FigureExportForm(new int[] {20000, 480}).width()).isEqualTo(10000);
    }

    @Test
    void aBadSizeHasTheDescriptorsMessageAndStopsTheExport() {
        FigureExportForm f = new FigureExportForm(new int[] {640, 480});
        f.heightProperty().set("abc");
        assertThat(f.heightError().get()).isEqualTo("height 'abc' is not a number; allowed whole numbers in [100, 10000] pt");
        assertThat(f.widthError().get()).isEmpty();
        assertThat(f.validProperty().get()).isFalse();
        assertThatThrownBy(f::height).hasMessage(f.heightError().get());
        f.heightProperty().set(" 720 ");
        assertThat(f.validProperty().get()).isTrue();
        assertThat(f.height()).isEqualTo(720);
        f.widthProperty().set("10001");
        assertThat(f.widthError().get()).isEqualTo(RenderOptions.WIDTH.rejection(10001));
    }

    @Test
    void theScalesAndFormatsOfferedAreThoseTheDescriptorsAllow() {
        assertThat(FigureExportForm.SCALES).extracting(Object::toString)
                .containsExactly("1× (screen)", "2× (HiDPI, slides)", "3× (print)", "4× (poster)");
        assertThat(FigureExportForm.SCALES).allMatch(c -> RenderOptions.SCALE.accepts(c.scale()));
        assertThatThrownBy(() -> new FigureExportForm.ScaleChoice(16, "wall")).hasMessage("scale = 16 is outside [0.25, 8]");
        assertThat(FigureExportForm.FORMAT_NAMES.keySet()).containsExactlyElementsOf(RenderOptions.OUT.choices());
        assertThat(FigureExportForm.formatText()).isEqualTo("chosen by the file extension: .png, .svg or .pdf");
    }
}
