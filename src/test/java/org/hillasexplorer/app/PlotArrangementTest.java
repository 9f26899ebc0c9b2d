package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.hillasexplorer.session.Layout;
import org.junit.jupiter.api.Test;

/** Which arrangement keeps the plots landscape in the room they have (issue 13, item 1). */
class PlotArrangementTest {
    @Test
    void twoPlanesGoSideBySideOnlyWhereBothStayLandscape() {
        assertThat(PlotArrangement.choose(Layout.SIDE_BY_SIDE, 2, 1900, 700)).isEqualTo(PlotArrangement.ROW);
        // 1500 × 900 with both panels: side by side would be 380 × 760 portrait strips
        assertThat(PlotArrangement.choose(Layout.SIDE_BY_SIDE, 2, 760, 760)).isEqualTo(PlotArrangement.COLUMN);
        assertThat(PlotArrangement.choose(Layout.SIDE_BY_SIDE, 2, 880, 600)).isEqualTo(PlotArrangement.COLUMN);
        assertThat(PlotArrangement.choose(Layout.STACKED, 2, 1900, 900)).isEqualTo(PlotArrangement.COLUMN);
        assertThat(PlotArrangement.choose(Layout.SIDE_BY_SIDE, 1, 400, 900)).isEqualTo(PlotArrangement.ROW);
        // near-square halves are not landscape: presentation mode at 1280 × 720 gets one large plane per tab
        assertThat(PlotArrangement.choose(Layout.SIDE_BY_SIDE, 2, 1280, 580)).isEqualTo(PlotArrangement.COLUMN);
        assertThat(PlotArrangement.choose(Layout.SIDE_BY_SIDE, 2, 1280, 580, PlotArrangement.MIN_HEIGHT_PRESENTATION))
                .isEqualTo(PlotArrangement.TABS);
        assertThat(PlotArrangement.choose(Layout.SIDE_BY_SIDE, 2, 1920, 980, PlotArrangement.MIN_HEIGHT_PRESENTATION))
                .isEqualTo(PlotArrangement.COLUMN);
    }

    @Test
    void threePlotsUseTheGridOrTabsWhenAColumnWouldBeTooLow() {
        assertThat(PlotArrangement.choose(Layout.SIDE_BY_SIDE, 3, 1400, 900)).isEqualTo(PlotArrangement.GRID);
        assertThat(PlotArrangement.choose(Layout.SIDE_BY_SIDE, 3, 880, 600)).isEqualTo(PlotArrangement.GRID);
        assertThat(PlotArrangement.choose(Layout.SIDE_BY_SIDE, 3, 600, 450)).isEqualTo(PlotArrangement.TABS);
        assertThat(PlotArrangement.choose(Layout.STACKED, 3, 880, 600)).as("a column of three 200 px plots").isEqualTo(PlotArrangement.TABS);
        assertThat(PlotArrangement.choose(Layout.STACKED, 2, 600, 400)).isEqualTo(PlotArrangement.TABS);
    }

    @Test
    void everyCellOfTheChosenArrangementIsLandscapeOrTheyAreTabs() {
        for (int w = 600; w <= 2000; w += 50) {
            for (int h = 500; h <= 1100; h += 50) {
                for (int n = 2; n <= 3; n++) {
                    PlotArrangement a = PlotArrangement.choose(Layout.SIDE_BY_SIDE, n, w, h);
                    if (a == PlotArrangement.TABS) {
                        continue;
                    }
                    for (double[] c : a.cells(n, w, h)) {
                        assertThat(c[0] / c[1]).as("%s for %d plots in %d × %d", a, n, w, h).isGreaterThanOrEqualTo(PlotArrangement.MIN_ASPECT);
                        assertThat(c[0]).as("%s for %d plots in %d × %d", a, n, w, h).isGreaterThanOrEqualTo(PlotArrangement.MIN_WIDTH);
                        assertThat(c[1]).as("%s for %d plots in %d × %d", a, n, w, h).isGreaterThanOrEqualTo(PlotArrangement.MIN_HEIGHT);
                    }
                }
            }
        }
    }

    @Test
    void theLegendGoesInsideBesideOrBelowButIsNotDroppedForWantOfRoom() {
        assertThat(PlotsViewModel.legendPlace(5, 900, 500, 0, 1, false)).isEqualTo(PlotsViewModel.LegendPlace.INSIDE);
        assertThat(PlotsViewModel.legendPlace(5, 900, 500, 300, 1, false)).as("spare room beside").isEqualTo(PlotsViewModel.LegendPlace.RIGHT);
        assertThat(PlotsViewModel.legendPlace(11, 660, 300, 230, 0.85, false)).isEqualTo(PlotsViewModel.LegendPlace.RIGHT);
        assertThat(PlotsViewModel.legendPlace(11, 660, 400, 0, 0.85, false)).isEqualTo(PlotsViewModel.LegendPlace.BELOW);
        assertThat(PlotsViewModel.legendPlace(11, 660, 280, 0, 0.85, false)).isEqualTo(PlotsViewModel.LegendPlace.INSIDE);
        assertThat(PlotsViewModel.legendPlace(5, 900, 500, 0, 1, true)).isEqualTo(PlotsViewModel.LegendPlace.NONE);
        assertThat(PlotsViewModel.legendPlace(0, 900, 500, 0, 1, false)).isEqualTo(PlotsViewModel.LegendPlace.NONE);
    }

    @Test
    void theWindowSizePropertyIsWidthByHeight() {
        double[] remembered = {1500, 900};
        assertThat(MainWindow.windowSize(null, remembered)).isSameAs(remembered);
        assertThat(MainWindow.windowSize("1280x720", remembered)).containsExactly(1280, 720);
        assertThat(MainWindow.windowSize(" 1920 × 1080 ", remembered)).containsExactly(1920, 1080);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MainWindow.windowSize("big", remembered))
                .hasMessageContaining("-Dhillas.window=big").hasMessageContaining("WIDTHxHEIGHT");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MainWindow.windowSize("320x200", remembered))
                .hasMessageContaining("at least 640x480");
    }
}
