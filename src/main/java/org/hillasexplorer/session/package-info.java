/**
 * The saved state of an exploration: the scenario, the zoomed view of each plane, what is hidden and shown, the
 * window layout, the candidate populations drawn as curves and the user catalogue files
 * ({@link org.hillasexplorer.session.ExplorerState}), and its human-readable JSON file format
 * ({@link org.hillasexplorer.session.ScenarioFile}); the provenance block embedded in exported figures
 * ({@link org.hillasexplorer.session.FigureState}) and "copy as command"
 * ({@link org.hillasexplorer.session.RenderCommandLine}).
 *
 * <p>Also the plain values catalogue entries hand to export ({@link org.hillasexplorer.session.CatalogueExports}). Uses
 * figure's value types ({@code ViewRange}, {@code FigureOptions}), the base's {@code BoundedFiles} and
 * {@code AtomicFiles} (io), export's {@code FigureMetadata}, and the catalogue; never JavaFX, so the CLI can read and
 * write scenario files too.
 *
 * <p>Layer (README "Architecture", checked by {@code ArchitectureTest}): may depend on physics, io, catalog,
 * figure, export, JDK, JDK I/O, Jackson.
 */
package org.hillasexplorer.session;
