/**
 * Test-particle Monte Carlo of patchy cosmic-ray scattering (Butsky et al. 2024, Secs. 3.1 and 5): checks
 * ℓ_mfp ≈ ℓ_S/f_V (eq. 12), the optical-depth condition τ_s = ν_s ℓ_S/v ≳ 1 (eq. 4) and the trapping time
 * Δt_s = (ℓ_S/v)² ν_s (eq. 5) by following particles along a magnetic field line.
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>Each particle moves along one field line (1-D position z) with speed v from its species and kinetic energy
 *       ({@code physics.Particle}) and pitch-angle cosine μ ∈ [−1, 1]: dz/dt = v μ. It starts at z = 0 with
 *       μ ~ U(−1, 1) at a stationary (uniformly random) place on its line.</li>
 *   <li>Patches of depth ℓ_S alternate with gaps of exponentially distributed length, mean ℓ_S(1 − f_V)/f_V; i.e. the
 *       patch left edges form a Poisson process on the patch-free part of the line. The mean centre spacing is
 *       exactly L = ℓ_S/f_V and the line fraction inside patches exactly f_V. Patches never overlap by construction,
 *       so no merging is needed (a Poisson process of centres on the whole line with overlaps merged would instead
 *       cover 1 − e^{−f_V}).</li>
 *   <li>The line is generated lazily from the particle's own random stream, one patch/gap at a time, as the particle
 *       first reaches it, and remembered for later visits: memory is O(patches visited).</li>
 *   <li>Inside a patch μ is re-drawn isotropically, μ ~ U(−1, 1), at rate ν_s; between patches at rate ν_bg
 *       (0: free streaming). The continuous limit ({@link org.hillasexplorer.montecarlo.PatchPopulation#continuous})
 *       is one infinite patch (ℓ_S = ∞, f_V = 1).</li>
 *   <li>Event-driven, no time step: the particle carries an Exp(1) optical depth to its next re-draw, consumed at the
 *       local rate; the next event is the earlier of the re-draw and reaching the current patch/gap edge.</li>
 *   <li>Particle i uses a xoroshiro128+ stream seeded (via SplitMix64) only from (seed, i). Particles are split into
 *       fixed chunks (independent of the thread count) whose tallies are summed in chunk order, so a seed gives
 *       bit-identical results at any thread count. Runs are parallel over chunks in a {@code ForkJoinPool} of the
 *       requested size, report progress per chunk and poll cancellation before each particle and every 2¹⁶ steps
 *       within one, so even a single very long particle stops promptly.</li>
 * </ul>
 *
 * <h2>Cost</h2>
 * The run time is proportional to the steps of the event loop, re-draws plus patch-edge crossings, which
 * {@link org.hillasexplorer.montecarlo.SimulationCost} estimates from the setup before anything runs
 * (N T (f_V ν_s + (1 − f_V) ν_bg) re-draws and N T f_V v/ℓ_S crossings, i.e. N (τ_s + 1) T/t_mfp); the CLI and the
 * window refuse or ask above {@link org.hillasexplorer.montecarlo.SimulationCost#DEFAULT_LIMIT}.
 *
 * <h2>Knobs</h2>
 * Every input of a run and of the regime map (ℓ_S, f_V, τ_s or ν_s, ν_bg, T, particles, duration, seed, threads, the
 * map's τ_s and f_V grids and particles per cell, and the event limit) is one
 * {@link org.hillasexplorer.montecarlo.SimulationKnob} in {@link org.hillasexplorer.montecarlo.SimulationKnobs}: the
 * CLI's options and help and the window's fields and tooltips are generated from them, and both read the typed texts
 * ({@link org.hillasexplorer.montecarlo.KnobValues}) into a run with the same
 * {@link org.hillasexplorer.montecarlo.SimulationKnobs#setup}.
 *
 * <h2>Measurements</h2>
 * <ul>
 *   <li>κ_∥: ⟨Δz²⟩ is sampled at 100 equally spaced times; per particle the least-squares slope over the late half
 *       is taken, κ = ⟨slope⟩/2 and the error is the standard error over particles (particles are independent, the
 *       correlation of one particle's samples is included). Expected: v²/(3 ν̄), ν̄ = f_V ν_s + (1 − f_V) ν_bg —
 *       exact in the continuous limit; for patches the 1-D series value, approached for τ_s ≫ 1. On a single field
 *       line patches act in series (a CR cannot go round a patch), so thick patches lower κ_∥ by ≈ τ_s below
 *       v ℓ_S/(3 f_V).</li>
 *   <li>ℓ_mfp: path length per <em>large deflection</em>. A large deflection is a background re-draw, each re-draw in
 *       the continuous limit, or one patch visit (entry to exit) with at least one re-draw inside it (its exit direction
 *       is randomised relative to its entry). It is not the distance between μ sign changes. Expected: eq. (12)
 *       ℓ_S/f_V (with ν_bg as a parallel channel), v/ν in the continuous limit. For τ_s ≫ 1 stationarity makes the
 *       path per patch visit exactly L; transparent patches (τ_s ≪ 1) are often crossed without a re-draw, so
 *       ℓ_mfp ≫ ℓ_S/f_V. With no deflection at all the value is +∞. Error by the delta method over particles.</li>
 *   <li>Trapping time: mean duration of patch visits that exit on the far side (transmissions; reflections are
 *       short and by the mean-chord theorem all visits average ℓ_S/v). Expected: the paper's (ℓ_S/v)² ν_s (eq. 5)
 *       for τ_s ≥ 1, ℓ_S/v for τ_s &lt; 1; the exact 1-D means are half of eq. (5) for τ_s ≫ 1 (the conditioned
 *       first-passage time ℓ_S²/(6κ_s), κ_s = v²/(3ν_s)) and 2ℓ_S/v for τ_s ≪ 1 (the ballistic flux-weighted
 *       mean).</li>
 *   <li>Fraction inside: time fraction spent in patches vs f_V.</li>
 * </ul>
 *
 * <p>Where the expectation is only the paper's order of magnitude, {@link org.hillasexplorer.montecarlo.ExpectedRatio}
 * says what measured/expected a correct run gives ({@link org.hillasexplorer.montecarlo.SimulationResult#expectedRatio}):
 * ½ for Δt_s at τ_s ≫ 1 and 2 at τ_s ≪ 1; 1/(1 − 2E₃(τ_s)) for ℓ_mfp (a patch visit deflects with probability
 * 1 − 2E₃(τ_s), background re-draws added in parallel); 1 where the expectation is exact.
 *
 * <p>Pure computation: no UI, no charts, no I/O.
 *
 * <p>Layer (README "Architecture", checked by {@code ArchitectureTest}): may depend on physics, JDK.
 */
package org.hillasexplorer.montecarlo;
