/**
 * The small base every reader and writer shares: the hardened XML parsers ({@link org.hillasexplorer.io.SafeXml})
 * through which catalogues (VOTable) and exports (SVG figures) read XML from other people, so that neither depends on
 * the other for it.
 *
 * <p>Layer (README "Architecture", checked by {@code ArchitectureTest}): may depend on JDK, JDK XML.
 */
package org.hillasexplorer.io;
