/**
 * Hillas Explorer: the interactive "Hillas plot" for patchy cosmic-ray scattering (Butsky et al. 2024). This root
 * package holds only {@link org.hillasexplorer.Launcher}, which opens the window ({@code app}) or runs the command line
 * ({@code cli}); the packages and how they may depend on one another are the table in README.md, "Architecture".
 *
 * <p>Layer (README "Architecture", checked by {@code ArchitectureTest}): may depend on app, cli, JDK, JDK I/O.
 */
package org.hillasexplorer;
