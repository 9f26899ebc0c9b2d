package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hillasexplorer.export.CompositeExporter.Arrangement;
import org.junit.jupiter.api.Test;

/** The export dialog's sizes (issue 13, item 4): journal columns, a slide, the screen, typed sizes. */
class FigureSizeTest {
    private static final int[] SCREEN = {640, 480};

    @Test
    void aJournalColumnFixesTheWidthAndStacksSquarePanelsOfPlotAndLegend() {
        FigureExports.FigureSize one = FigureExports.size(FigureExports.SizePreset.SINGLE_COLUMN, 1, SCREEN, Arrangement.SIDE_BY_SIDE);
        assertThat(one.widthPt()).isEqualTo(3.5 * 72);
        assertThat(one.chartHeight(1)).isEqualTo(252);
        FigureExports.FigureSize two = FigureExports.size(FigureExports.SizePreset.SINGLE_COLUMN, 2, SCREEN, Arrangement.SIDE_BY_SIDE);
        assertThat(two.arrangement()).isEqualTo(Arrangement.STACKED);
        assertThat(two.heightPt()).isEqualTo(2 * 252);
        assertThat(two.chartWidth(2)).isEqualTo(252);
        // type shrinks in proportion, but never below 62 % of the window's (7.4 pt tick labels)
        assertThat(two.styleScale(2)).isEqualTo(0.62);
        FigureExports.FigureSize wide = FigureExports.size(FigureExports.SizePreset.DOUBLE_COLUMN, 2, SCREEN, Arrangement.STACKED);
        assertThat(wide.widthPt()).isEqualTo(7 * 72);
        assertThat(wide.arrangement()).isEqualTo(Arrangement.SIDE_BY_SIDE);
        assertThat(wide.chartWidth(2)).isEqualTo(252);
        assertThat(wide.chartHeight(2)).isEqualTo(252);
        assertThat(FigureExports.size(FigureExports.SizePreset.DOUBLE_COLUMN, 1, SCREEN, Arrangement.STACKED).heightPt())
                .as("one plot across the page: 2:1").isEqualTo(252);
    }

    @Test
    void aSlideIsSixteenToNineAtTheWindowsTypeAndTheScreenPresetKeepsTheWindowsLayout() {
        FigureExports.FigureSize slide = FigureExports.size(FigureExports.SizePreset.SLIDE, 2, SCREEN, Arrangement.STACKED);
        assertThat(slide.widthPt() / slide.heightPt()).isEqualTo(16.0 / 9);
        assertThat(slide.styleScale(2)).isEqualTo(1);
        FigureExports.FigureSize screen = FigureExports.size(FigureExports.SizePreset.SCREEN, 2, SCREEN, Arrangement.STACKED);
        assertThat(screen.arrangement()).isEqualTo(Arrangement.STACKED);
        assertThat(screen.chartWidth(2)).isEqualTo(640);
        assertThat(screen.chartHeight(2)).isEqualTo(480);
        assertThat(screen.styleScale(2)).isEqualTo(1);
    }

    @Test
    void typedSizesAreCheckedWithAMessageNamingTheFieldAndTheRange() {
        FigureExports.FigureSize custom = ExportDialogs.chosenSize(FigureExports.SizePreset.CUSTOM, "300", " 200 ", 1, SCREEN,
                Arrangement.SIDE_BY_SIDE);
        assertThat(custom.widthPt()).isEqualTo(300);
        assertThat(custom.heightPt()).isEqualTo(200);
        assertThat(custom.styleScale(1)).as("200 pt tall: 48 %, kept at 62 %").isEqualTo(0.62);
        assertThat(ExportDialogs.chosenSize(FigureExports.SizePreset.CUSTOM, "420", "315", 1, SCREEN, Arrangement.SIDE_BY_SIDE)
                .styleScale(1)).isEqualTo(0.75);
        assertThatThrownBy(() -> ExportDialogs.chosenSize(FigureExports.SizePreset.CUSTOM, "wide", "200", 1, SCREEN,
                Arrangement.SIDE_BY_SIDE)).hasMessageContaining("width 'wide'").hasMessageContaining("72–10000 pt");
        assertThatThrownBy(() -> ExportDialogs.chosenSize(FigureExports.SizePreset.CUSTOM, "300", "20", 1, SCREEN,
                Arrangement.SIDE_BY_SIDE)).hasMessageContaining("300 × 20 pt").hasMessageContaining("72–10000 pt");
    }
}
