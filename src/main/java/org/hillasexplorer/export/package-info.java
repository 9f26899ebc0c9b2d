/**
 * Writes figures (PNG, SVG, PDF) and band outlines (CSV) to disk, atomically: a failed export never leaves a
 * partial file behind and never replaces an existing one. Every file the application writes goes through
 * {@link org.hillasexplorer.export.AtomicFiles}, which also refuses devices, FIFOs and the /dev folder, writes
 * through symbolic links and removes the temporary files of killed writers (WritersUseAtomicFilesTest keeps it so).
 *
 * <p>May depend on {@code org.hillasexplorer.physics}, {@code org.hillasexplorer.figure}, JFreeChart, JFreeSVG,
 * OrsonPDF and javax.imageio; nothing in physics or figure depends on it.
 */
package org.hillasexplorer.export;
