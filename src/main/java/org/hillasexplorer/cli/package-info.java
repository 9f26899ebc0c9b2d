/**
 * The headless command line (picocli): {@code render}, {@code bands}, {@code quantities}, {@code evaluate}.
 *
 * <p>Never JavaFX or the {@code app} package, so it runs on machines without a display. Scenario options are generated
 * from the {@code Parameter} definitions.
 *
 * <p>Layer (README "Architecture", checked by {@code ArchitectureTest}): may depend on physics, io, montecarlo, catalog,
 * figure, export, session, JDK, JDK I/O, Jackson, picocli, JFreeChart.
 */
package org.hillasexplorer.cli;
