package org.hillasexplorer.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Fonts sized from a plot's pixels (issue 13, item 1). */
class FigureStyleFontScaleTest {
    @Test
    void theScaleFollowsThePlotsAreaInStepsWithinBounds() {
        assertThat(FigureStyle.fontScale(720, 480)).isEqualTo(1.0);
        assertThat(FigureStyle.fontScale(0, 0)).as("not laid out").isEqualTo(1.0);
        assertThat(FigureStyle.fontScale(660, 300)).as("a plane of a 1280 × 720 window").isEqualTo(0.85);
        assertThat(FigureStyle.fontScale(1900, 1000)).isEqualTo(1.3);
        assertThat(FigureStyle.fontScale(900, 500)).isEqualTo(1.15);
        double k = FigureStyle.fontScale(777, 411);
        assertThat(Math.rint(k * 20)).isEqualTo(k * 20);
    }

    @Test
    void scalingChangesFontsOnly() {
        FigureStyle s = FigureStyle.PAPER.withFontScale(0.85);
        assertThat(s.tickLabelSizePt()).as("12 × 0.85 to whole points").isEqualTo(10f);
        assertThat(s.titleSizePt()).isEqualTo(11f);
        assertThat(FigureStyle.PRESENTATION.withFontScale(1.3).tickLabelSizePt()).isEqualTo(29f);
        assertThat(s.bandOutlineWidthPx()).isEqualTo(FigureStyle.PAPER.bandOutlineWidthPx());
        assertThat(s.palette()).isEqualTo(FigureStyle.PAPER.palette());
        assertThat(s.name()).isEqualTo("paper");
        assertThat(FigureStyle.PAPER.withFontScale(1)).isSameAs(FigureStyle.PAPER);
        assertThatThrownBy(() -> FigureStyle.PAPER.withFontScale(0)).hasMessageContaining("must be > 0");
    }
}
