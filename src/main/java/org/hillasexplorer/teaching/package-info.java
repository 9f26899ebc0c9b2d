/**
 * The teaching content of Hillas Explorer: a guided tour through the argument of Butsky et al. (2024)
 * ({@link org.hillasexplorer.teaching.GuidedTour}), each step a complete {@link org.hillasexplorer.session.ExplorerState}
 * with the regions to outline ({@link org.hillasexplorer.teaching.Highlight}), and one-sentence "why?" explanations of
 * every constraint, band edge and scenario parameter ({@link org.hillasexplorer.teaching.Explanations}).
 *
 * <p>UI-free plain data: from {@code org.hillasexplorer.figure} only the value types {@code ViewRange} and
 * {@code FigureOptions.Element}; never JavaFX, AWT/Swing or JFreeChart, so a window, the command line or a test can all
 * use it. Texts are plain Unicode without markup; the numbers they quote are those the app computes at the step's state
 * (checked by the tests).
 *
 * <p>Layer (README "Architecture", checked by {@code ArchitectureTest}): may depend on physics, figure, session, JDK,
 * JSpecify.
 *
 * <p>Null-marked (JSpecify): every type here is non-null unless it is annotated {@code @Nullable}.
 */
@NullMarked
package org.hillasexplorer.teaching;

import org.jspecify.annotations.NullMarked;
