/**
 * The teaching content of Hillas Explorer: a guided tour through the argument of Butsky et al. (2024)
 * ({@link org.hillasexplorer.teaching.GuidedTour}), each step a complete {@link org.hillasexplorer.session.ExplorerState}
 * with the regions to outline ({@link org.hillasexplorer.teaching.Highlight}), and one-sentence "why?" explanations of
 * every constraint, band edge and scenario parameter ({@link org.hillasexplorer.teaching.Explanations}).
 *
 * <p>UI-free plain data: this package may depend on {@code org.hillasexplorer.physics}, {@code org.hillasexplorer.session}
 * and {@code org.hillasexplorer.figure} (value types only: {@code ViewRange}, {@code FigureOptions.Element}); never on
 * JavaFX, AWT/Swing or JFreeChart, so a window, the command line or a test can all use it. Texts are plain Unicode
 * without markup; the numbers they quote are those the app computes at the step's state (checked by the tests).
 */
package org.hillasexplorer.teaching;
