package org.hillasexplorer.teaching;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hillasexplorer.physics.Constraint;
import org.jspecify.annotations.Nullable;

/**
 * The "why?" cards of Hillas Explorer: for every constraint of Section 3.1.1, every edge of an allowed band, every
 * scenario parameter and the key derived quantities, the equation (with the paper's equation number in the title) and
 * one plain sentence. Equations are those of Butsky et al. (2024) with the exact coefficients the app uses.
 */
public final class Explanations {

    /** The four edges of an allowed band on either plane (paper Figs. 2–3). */
    public enum BandEdge {
        /** The left edge: ℓ_S = r_g(T) for T across the class (eq. 3). */
        SMALLEST_SIZE,
        /** The right edge: ℓ_S = ℓ_mfp(T) for T across the class (eq. 7). */
        LARGEST_SIZE,
        /** The segment at the class's lowest energy T_lo: the most structures needed at a given size. */
        LOWEST_ENERGY,
        /** The segment at the class's highest energy T_hi: the fewest structures needed at a given size. */
        HIGHEST_ENERGY
    }

    private static final Map<Constraint, Explanation> CONSTRAINTS = new EnumMap<>(Constraint.class);
    private static final Map<BandEdge, Explanation> EDGES = new EnumMap<>(BandEdge.class);
    private static final Map<String, Explanation> PARAMETERS = new java.util.LinkedHashMap<>();
    private static final List<Explanation> QUANTITIES = new ArrayList<>();

    static {
        CONSTRAINTS.put(Constraint.LARGER_THAN_GYRORADIUS, new Explanation("constraint.larger-than-gyroradius",
                "Bigger than the gyroradius (eq. 3)",
                "ℓ_S ≳ r_g = p c/(Z e B) ≈ 0.223 au · R_GV/B_μG",
                "A cosmic ray spirals along the field on a circle of radius r_g, so a patch much smaller than that circle "
                        + "is crossed in a fraction of a turn and cannot turn the particle around."));
        CONSTRAINTS.put(Constraint.OPTICALLY_THICK, new Explanation("constraint.optically-thick",
                "Thick enough to scatter (eq. 4)",
                "τ_s = ν_s ℓ_S/v ≳ 1, i.e. ℓ_S ≳ v/ν_s",
                "A patch only counts if a cosmic ray crossing it is reliably deflected before it gets out, which needs "
                        + "the crossing time ℓ_S/v to be longer than the time 1/ν_s between deflections inside."));
        CONSTRAINTS.put(Constraint.NOT_TRAPPING, new Explanation("constraint.not-trapping",
                "Not a trap (eqs. 5–6)",
                "Δt_s ≈ (ℓ_S/v)² ν_s < ℓ_mfp/v, i.e. ℓ_S² < v ℓ_mfp/ν_s",
                "Inside a strongly scattering patch a cosmic ray random-walks out slowly, and if that took longer than "
                        + "the trip to the next patch the time spent trapped would make cosmic rays stay in the Galaxy "
                        + "longer than observed."));
        CONSTRAINTS.put(Constraint.SMALLER_THAN_MEAN_FREE_PATH, new Explanation("constraint.smaller-than-mean-free-path",
                "Smaller than the distance between patches (eq. 7)",
                "ℓ_S < ℓ_mfp, equivalently f_V = ℓ_S/ℓ_mfp < 1",
                "Being thick enough to scatter (eq. 4) and yet not trapping (eq. 6) are only possible together if a "
                        + "patch is smaller than the distance between patches, so the patches fill less than all of space."));

        EDGES.put(BandEdge.SMALLEST_SIZE, new Explanation("edge.smallest-size",
                "Left edge: the smallest patches (eqs. 3 and 8)",
                "ℓ_S = r_g(T), n_s = 1/(ℓ_mfp(T) ℓ_L^D r_g(T)^(2−D)), f_V = r_g(T)/ℓ_mfp(T)",
                "Patches cannot be smaller than the gyroradius of the cosmic rays they scatter, so along this edge "
                        + "each patch is exactly one gyroradius across and, being so small, they must be the most numerous."));
        EDGES.put(BandEdge.LARGEST_SIZE, new Explanation("edge.largest-size",
                "Right edge: the largest patches (eqs. 7, 8 and 11)",
                "ℓ_S = ℓ_mfp(T), n_s = 1/(a^D ℓ_mfp(T)³), f_V = 1",
                "Along this edge each patch is as big as the distance between patches, so together they would fill "
                        + "all of space (f_V = 1), and any bigger would no longer be separate patches at all."));
        EDGES.put(BandEdge.LOWEST_ENERGY, new Explanation("edge.lowest-energy",
                "Upper edge: the lowest energy of the class (eqs. 2 and 8)",
                "T = T_lo: n_s = 1/(ℓ_mfp(T_lo) ℓ_L^D ℓ_S^(2−D)), f_V = ℓ_S/ℓ_mfp(T_lo)",
                "The least energetic cosmic rays of the class have the shortest mean free path, so at any given size "
                        + "they need the most patches, which makes this segment the band's upper side."));
        EDGES.put(BandEdge.HIGHEST_ENERGY, new Explanation("edge.highest-energy",
                "Lower edge: the highest energy of the class (eqs. 2 and 8)",
                "T = T_hi: n_s = 1/(ℓ_mfp(T_hi) ℓ_L^D ℓ_S^(2−D)), f_V = ℓ_S/ℓ_mfp(T_hi)",
                "The most energetic cosmic rays of the class travel farthest between scatterings, so at any given size "
                        + "they need the fewest patches, which makes this segment the band's lower side."));

        parameter("delta", "Rigidity index δ_s (eqs. 1–2)",
                "ν_eff = ν̄₀ β R_GV^(−δ_s), ℓ_mfp = (c/ν̄₀) R_GV^δ_s",
                "δ_s says how much farther stiffer cosmic rays travel between scatterings: at δ_s = 0.5 a hundred times "
                        + "the rigidity gives a ten times longer mean free path, so the bands of higher energies lie lower.");
        parameter("b-ug", "Magnetic field B (eq. 3)",
                "r_g = p c/(Z e B) ≈ 0.223 au · R_GV/B_μG",
                "A stronger field bends cosmic rays on tighter circles, so smaller patches can already scatter them and "
                        + "every band reaches further to the left, while the mean free path and the rest of the band stay put.");
        parameter("nu0", "Scattering-rate normalisation ν̄₀ (eqs. 1–2)",
                "ℓ_mfp = (c/ν̄₀) R_GV^δ_s, with c/ν̄₀ ≈ 9.72 pc for ν̄₀ = 10⁻⁹ s⁻¹",
                "A larger ν̄₀ means cosmic rays are scattered more often, so the mean free path is shorter and more "
                        + "patches are needed: every band moves up and its right edge moves left.");
        parameter("dim", "Dimensionality D (Section 3.1, eq. 8)",
                "A_s = ℓ_L^D ℓ_S^(2−D), n_s = 1/(ℓ_mfp ℓ_L^D ℓ_S^(2−D))",
                "Filaments (D = 1) and sheets (D = 2) block a larger area than a ball of the same thickness, so fewer of "
                        + "them are needed on the n_s plane, while the f_V plane does not change at all.");
        parameter("aspect", "Aspect ratio ℓ_L/ℓ_S (Section 3.1, eq. 8)",
                "ℓ_L = a ℓ_S, n_s = 1/(ℓ_mfp a^D ℓ_S²)",
                "Longer filaments or wider sheets each block more paths, so the number needed falls as a^(−D), and for "
                        + "round patches (D = 0) the aspect ratio has no effect.");
        parameter("n-ism", "ISM density n_ISM (eqs. 9–10)",
                "Σ_s = f_M ρ_ISM ℓ_mfp < ρ_ISM ℓ_mfp, ρ_ISM = m_H n_ISM",
                "The patches cannot contain more gas than the interstellar medium has, so the mass they hold along one "
                        + "mean free path must stay below ρ_ISM ℓ_mfp (about 5 × 10⁻⁵ g cm⁻² at 1 GV for n_ISM = 1 cm⁻³), "
                        + "a limit that does not move the bands.");

        QUANTITIES.add(new Explanation("quantity.mean-free-path", "Mean free path ℓ_mfp (eq. 2)",
                "ℓ_mfp = v/ν_eff = (c/ν̄₀) R_GV^δ_s ≈ 9.72 pc · R_GV^0.5",
                "The observed mean free path is the distance a cosmic ray travels before its direction is randomised, "
                        + "and in the patchy picture it is simply the distance between patches."));
        QUANTITIES.add(new Explanation("quantity.gyroradius", "Gyroradius r_g (eq. 3)",
                "r_g = p c/(Z e B) ≈ 0.223 au · R_GV/B_μG",
                "The gyroradius is the radius of the circle a cosmic ray spirals on around the magnetic field, "
                        + "about 0.126 au for a 1 GeV proton in a 3 μG field."));
        QUANTITIES.add(new Explanation("quantity.number-density", "Required number density n_s (eq. 8)",
                "n_s = 1/(ℓ_mfp A_s) = 1/(ℓ_mfp ℓ_L^D ℓ_S^(2−D))",
                "A cosmic ray meets one patch per mean free path when the patches' cross-sections A_s, stacked along "
                        + "that path, just cover it, so smaller patches must be more numerous."));
        QUANTITIES.add(new Explanation("quantity.filling-factor", "Volume-filling factor f_V (eqs. 11–12)",
                "f_V = n_s V_s = ℓ_S/ℓ_mfp, so ℓ_mfp = ℓ_S/f_V",
                "The fraction of space the patches fill depends only on their thickness and the mean free path, not "
                        + "on whether they are balls, filaments or sheets."));
        QUANTITIES.add(new Explanation("quantity.surface-density", "Surface density Σ_s (eqs. 9–10)",
                "Σ_s = f_M ρ_ISM ℓ_mfp, f_M = (ρ_s/ρ_ISM)(ℓ_S/ℓ_mfp) < 1",
                "Because the patches hold at most all of the interstellar gas (f_M < 1), the gas column of one patch "
                        + "is at most the gas along one mean free path."));
        QUANTITIES.add(new Explanation("quantity.size-distribution", "Size distribution (Section 3.3)",
                "n_s(>ℓ_S) ∝ ℓ_S^(D−2−δ_s) ℓ_L^(−D), i.e. α_n = 2 + δ_s for D = 0",
                "Larger patches can scatter more energetic cosmic rays, so a population in which large patches are "
                        + "rarer than small ones in just this way reproduces the observed rise of ℓ_mfp with rigidity."));
        QUANTITIES.add(new Explanation("quantity.intermittent-model", "The hypothetical intermittent model (Sections 4.2–4.3)",
                "ℓ_S = r_g, f_V = r_g/ℓ_mfp ≈ 1.05×10⁻⁷ B_μG^(−δ_s) (ν̄₀/10⁻⁹ s⁻¹) (ℓ_S/0.2 au)^(1−δ_s)",
                "Patches one gyroradius across with strong fields inside, filling only about 10⁻⁸ (for 1 MeV) to 4 × 10⁻⁶ "
                        + "(for 10 TeV) of space, would give the observed mean free path at every energy from MeV to TeV."));
        QUANTITIES.add(new Explanation("quantity.intermittency", "Patchy or traditional? (Section 4.3)",
                "dP_V/dln|δB| ∝ |δB|^(−α_P): patchy for α_P < 2, traditional for α_P > 2",
                "Scattering grows as |δB|², so if strong field fluctuations become rare more slowly than |δB|⁻² the rare "
                        + "strong ones do most of the scattering, which is the patchy picture."));
    }

    private Explanations() {
    }

    private static void parameter(String key, String title, String equation, String sentence) {
        PARAMETERS.put(key, new Explanation("parameter." + key, title, equation, sentence));
    }

    /** Every explanation: constraints, band edges, scenario parameters, then the key quantities. */
    public static List<Explanation> all() {
        List<Explanation> out = new ArrayList<>(CONSTRAINTS.values());
        out.addAll(EDGES.values());
        out.addAll(PARAMETERS.values());
        out.addAll(QUANTITIES);
        return List.copyOf(out);
    }

    /** The explanation of constraint {@code c} (paper eqs. 3–7). */
    public static Explanation forConstraint(Constraint c) {
        return CONSTRAINTS.get(Objects.requireNonNull(c, "c"));
    }

    /** The explanation of band edge {@code e}. */
    public static Explanation bandEdge(BandEdge e) {
        return EDGES.get(Objects.requireNonNull(e, "e"));
    }

    /**
     * The explanation of the scenario parameter with this key ({@code delta}, {@code b-ug}, {@code nu0}, {@code dim},
     * {@code aspect}, {@code n-ism}, as in {@link org.hillasexplorer.physics.Parameter#key()}), or empty for any other key.
     */
    public static Optional<Explanation> forParameter(@Nullable String parameterKey) {
        return parameterKey == null ? Optional.empty() : Optional.ofNullable(PARAMETERS.get(parameterKey));
    }
}
