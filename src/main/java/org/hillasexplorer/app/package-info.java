/**
 * The JavaFX desktop application: view models holding JavaFX properties, views and controls.
 *
 * <p>Top of the layering: only the launcher depends on it. Charts are the shared {@code figure} builder's JFreeCharts
 * drawn through {@code org.jfree.chart.fx}, so what the window shows is exactly what an export writes.
 *
 * <p>Layer (README "Architecture", checked by {@code ArchitectureTest}): may depend on physics, io, montecarlo,
 * catalog, figure, export, session, teaching, JDK, JDK I/O, AWT, JFreeChart, JavaFX.
 */
package org.hillasexplorer.app;
