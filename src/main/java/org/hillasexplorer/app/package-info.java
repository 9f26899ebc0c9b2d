/**
 * The JavaFX desktop application: view models holding JavaFX properties, views and controls.
 *
 * <p>{@code ExplorerModel} holds the whole state as one immutable {@code session.ExplorerState} and undoes all of it.
 * Each area of the window has a view model over it that needs no window ({@code ScenarioViewModel},
 * {@code EnergyClassesViewModel}, {@code CatalogueViewModel}, {@code PopulationsViewModel}, {@code PlotsViewModel},
 * {@code ReadoutViewModel}, {@code ClassroomViewModel}, {@code Appearance}) and a view that shows it; the menus,
 * the file lifecycle, catalogue files, exports and notices are parts of their own, and {@code MainWindow} only
 * composes them.
 *
 * <p>Top of the layering: only the launcher depends on it. Charts are the shared {@code figure} builder's JFreeCharts
 * drawn through {@code org.jfree.chart.fx}, so what the window shows is exactly what an export writes.
 *
 * <p>Layer (README "Architecture", checked by {@code ArchitectureTest}): may depend on physics, io, montecarlo,
 * catalog, figure, export, session, teaching, JDK, JDK I/O, AWT, JFreeChart, JavaFX.
 */
package org.hillasexplorer.app;
