/**
 * Draws the paper's "Hillas plots" (Butsky et al. 2024, Figs. 2 and 3) as JFreeChart charts: the
 * allowed bands of each energy class, candidate boxes, the hypothetical intermittent model, log–log
 * axes with 10ⁿ labels and a secondary pc axis, in a publication style.
 *
 * <p>Uses {@code org.hillasexplorer.catalog} only to adapt entries into {@link CandidateLayer}s ({@link CatalogLayers});
 * no JavaFX, no file I/O, and no Monte Carlo types: the regime map draws plain {@link RegimeMapChartBuilder.Cell}s.
 * Physics supplies plain polygons and curves in log10 coordinates; this package turns them into annotations on an
 * {@link org.jfree.chart.plot.XYPlot} (composition, no XYPlot subclass). The same chart is shown by the GUI and exported
 * by {@code org.hillasexplorer.export}.
 *
 * <p>Layer (README "Architecture", checked by {@code ArchitectureTest}): may depend on physics, catalog, JDK, AWT,
 * JFreeChart.
 */
package org.hillasexplorer.figure;
