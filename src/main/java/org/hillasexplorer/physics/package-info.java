/**
 * The physics of patchy cosmic-ray scattering (Butsky et al. 2024, Sections 2–4): particle
 * kinematics, the observed scattering relation, structure geometry, the constraints (3)–(7),
 * the allowed bands on the ℓ_S–n_s and ℓ_S–f_V planes and the verdict of a candidate box.
 *
 * <p>Pure, immutable and UI-free: only the JDK's core and Apache Commons Math for numerics (quasi-random sampling,
 * distributions, least squares; no JavaFX, AWT, JFreeChart or I/O); everything else depends on it, never the other way
 * round. Every public method states its units in its name or Javadoc. Internally quantities
 * are cgs; lengths are shown in au/pc, number densities in pc⁻³.
 *
 * <p>Layer (README "Architecture", checked by {@code ArchitectureTest}): may depend on JDK, JSpecify, Commons Math.
 *
 * <p>Null-marked (JSpecify): every type here is non-null unless it is annotated {@code @Nullable}.
 */
@NullMarked
package org.hillasexplorer.physics;

import org.jspecify.annotations.NullMarked;
