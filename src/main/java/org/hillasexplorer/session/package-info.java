/**
 * The saved state of an exploration: the scenario, the zoomed view of each plane, what is hidden and shown, the
 * window layout, the candidate populations drawn as curves and the user catalogue files
 * ({@link org.hillasexplorer.session.ExplorerState}), and its human-readable JSON file format
 * ({@link org.hillasexplorer.session.ScenarioFile}); the provenance block embedded in exported figures
 * ({@link org.hillasexplorer.session.FigureState}) and "copy as command"
 * ({@link org.hillasexplorer.session.RenderCommandLine}).
 *
 * <p>May depend on {@code org.hillasexplorer.physics}, {@code org.hillasexplorer.figure} (value types only, such as
 * {@code ViewRange} and {@code FigureOptions.Element}), {@code org.hillasexplorer.export} ({@code AtomicFiles},
 * {@code FigureMetadata}) and {@code org.hillasexplorer.catalog} (the built-in catalogue's resource name, for its
 * checksum); never on JavaFX, so the CLI can read and write scenario files too.
 */
package org.hillasexplorer.session;
