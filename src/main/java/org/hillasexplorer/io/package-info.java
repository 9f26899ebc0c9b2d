/**
 * The small base every reader and writer shares, so that catalogues, scenario files, figures and exports handle
 * files from other people one way, without depending on each other for it:
 * <ul>
 *   <li>{@link org.hillasexplorer.io.BoundedFiles}: bounded, strict reads: only a regular file is opened (never a
 *       FIFO or device), never more than the caller's limit, strict UTF-8 text; a refusal is a
 *       {@link org.hillasexplorer.io.ReadException} naming the kind of problem, which each caller words in its own
 *       exception type;</li>
 *   <li>{@link org.hillasexplorer.io.AtomicFiles}: the one atomic writer every file the application writes goes
 *       through (all or nothing; never a device, FIFO or {@code /dev}; links written through; temporary files of
 *       killed writers cleaned); a failure is a {@link org.hillasexplorer.io.WriteException} whose message export and
 *       session hand on unchanged;</li>
 *   <li>the hardened XML parsers ({@link org.hillasexplorer.io.SafeXml}) through which catalogues (VOTable) and
 *       exports (SVG figures) read XML.</li>
 * </ul>
 *
 * <p>Layer (README "Architecture", checked by {@code ArchitectureTest}): may depend on JDK, JDK I/O, JDK XML.
 */
package org.hillasexplorer.io;
