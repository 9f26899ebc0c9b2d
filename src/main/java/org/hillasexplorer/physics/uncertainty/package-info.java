/**
 * Parameter uncertainty (issue 12): a scenario parameter given as a value or a distribution ({@link
 * org.hillasexplorer.physics.uncertainty.Uncertain}), the joint distribution of a scenario and its quasi-random
 * samples ({@link org.hillasexplorer.physics.uncertainty.ParameterDistribution}), how robust a candidate's verdict is
 * over it ({@link org.hillasexplorer.physics.uncertainty.Robustness}), which parameter moves a verdict most ({@link
 * org.hillasexplorer.physics.uncertainty.Sensitivity}) and the fit of δ_s and ν̄₀ to transport data ({@link
 * org.hillasexplorer.physics.uncertainty.TransportFit}).
 *
 * <p>Part of the {@code physics} layer: pure, UI-free and free of I/O; numerics from Apache Commons Math.
 */
@NullMarked
package org.hillasexplorer.physics.uncertainty;

import org.jspecify.annotations.NullMarked;
