package org.hillasexplorer.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

/** The optional caption that lists the short citation of every box drawn. */
class CitationCaptionTest {
    private static String caption(JFreeChart chart) {
        return ((List<?>) chart.getSubtitles()).stream().filter(t -> t instanceof TextTitle)
                .map(t -> ((TextTitle) t).getText()).findFirst().orElse("");
    }

    @Test
    void captionListsTheVisibleBoxesSourcesOnlyWhenAskedFor() {
        List<CandidateLayer> layers = CatalogLayers.on(Plane.NUMBER_DENSITY, List.of(CatalogReader.readBuiltin()));
        FigureOptions off = FigureOptions.defaults(Plane.NUMBER_DENSITY);
        assertThat(off.shows(FigureOptions.Element.CITATIONS)).isFalse();
        assertThat(caption(FigureBuilder.build(Scenario.defaults(), layers, off))).isEmpty();
        FigureOptions on = off.with(FigureOptions.Element.CITATIONS, true).withHiddenCandidates(java.util.Set.of("snrs"));
        String text = caption(FigureBuilder.build(Scenario.defaults(), layers, on));
        assertThat(text).startsWith("Bands: Butsky et al. 2024. Boxes: ").contains("GMCs — Blitz & Rosolowsky 2005")
                .doesNotContain("SNRs");
    }

    @Test
    void shortCitationKeepsAuthorsAndYear() {
        assertThat(CatalogLayers.shortCitation("Green 2019 J. Astrophys. Astron. 40 36")).isEqualTo("Green 2019");
        assertThat(CatalogLayers.shortCitation("Blitz & Rosolowsky 2005; Draine 2011")).isEqualTo("Blitz & Rosolowsky 2005");
        assertThat(CatalogLayers.shortCitation("Harris 1996 AJ 112 1487 (2010 edition)")).isEqualTo("Harris 1996");
    }
}
