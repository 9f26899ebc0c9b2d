/**
 * The headless command line (picocli): {@code render}, {@code bands}, {@code quantities}, {@code evaluate}.
 *
 * <p>May depend on physics, catalog, figure and export; never on JavaFX or the {@code app} package, so it runs
 * on machines without a display. Scenario options are generated from the {@code Parameter} definitions.
 */
package org.hillasexplorer.cli;
