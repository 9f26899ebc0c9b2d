/**
 * The JavaFX desktop application: view models holding JavaFX properties, views and controls.
 *
 * <p>Top of the layering: may use every other package; nothing depends on it. Charts are the shared
 * {@code figure} builder's JFreeCharts drawn through {@code org.jfree.chart.fx}, so what the window shows is
 * exactly what an export writes.
 */
package org.hillasexplorer.app;
