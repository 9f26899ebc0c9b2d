/**
 * Writes figures (PNG, SVG, PDF, GIF), tables (CSV, ECSV, VOTable) and BibTeX to disk, atomically: a failed export
 * never leaves a partial file behind and never replaces an existing one. Every write goes through the one atomic
 * writer of the base, {@link org.hillasexplorer.io.AtomicFiles} (its failures become
 * {@link org.hillasexplorer.export.ExportException}s with the same message), which also refuses devices, FIFOs and the
 * /dev folder, writes through symbolic links and removes the temporary files of killed writers
 * (WritersUseAtomicFilesTest keeps it so).
 *
 * <p>Writes what it is given: it does not see the catalogue's types nor judge candidates — the verdict table takes
 * {@link org.hillasexplorer.export.TableExporter.CandidateRow}s and BibTeX takes
 * {@link org.hillasexplorer.export.BibTeX.Source}s, which {@code session.CatalogueExports} makes. Nothing in physics or
 * figure depends on it.
 *
 * <p>Layer (README "Architecture", checked by {@code ArchitectureTest}): may depend on physics, io, JDK, JDK I/O, AWT,
 * JDK XML, JFreeChart, JFreeSVG, OrsonPDF, PDFBox, STIL, Jackson, JSpecify.
 *
 * <p>Null-marked (JSpecify): every type here is non-null unless it is annotated {@code @Nullable}.
 */
@NullMarked
package org.hillasexplorer.export;

import org.jspecify.annotations.NullMarked;
