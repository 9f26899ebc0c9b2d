package org.hillasexplorer.teaching;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hillasexplorer.figure.FigureOptions.Element;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.Layout;

/**
 * Guided tours for the projector. {@link #paper()} walks through the argument of Butsky et al. (2024) in seven steps,
 * from the observed mean free path to the hypothetical intermittent model. Every step starts from
 * {@link ExplorerState#defaults()} (the paper's scenario: D = 0, δ_s = 0.5, B = 3 μG, ν̄₀ = 10⁻⁹ s⁻¹, MeV/GeV/TeV
 * protons), so the numbers quoted in the texts are those the app shows at that step.
 */
public final class GuidedTour {

    /** Figure elements drawn when the candidates are not yet part of the story. */
    private static final Set<Element> BANDS_ONLY = EnumSet.of(Element.BAND_LABELS, Element.LEGEND, Element.TITLE,
            Element.SECONDARY_AXIS);
    /** Figure elements drawn when candidate boxes are compared with the bands. */
    private static final Set<Element> WITH_CANDIDATES = EnumSet.of(Element.BAND_LABELS, Element.LEGEND, Element.TITLE,
            Element.SECONDARY_AXIS, Element.CANDIDATE_BOXES, Element.CANDIDATE_LABELS, Element.VERDICT_MARKERS);
    /** Figure elements of the last step: candidates, the model region and the model population. */
    private static final Set<Element> WITH_MODEL = EnumSet.of(Element.BAND_LABELS, Element.LEGEND, Element.TITLE,
            Element.SECONDARY_AXIS, Element.CANDIDATE_BOXES, Element.CANDIDATE_LABELS, Element.VERDICT_MARKERS,
            Element.HYPOTHETICAL_MODEL, Element.POPULATIONS);

    /** Every entry of the built-in catalogue ({@code catalog/candidates.ecsv}), so a step can show exactly a few. */
    static final Set<String> BUILT_IN_CANDIDATES = Set.of("astrospheres", "massive_star_magnetospheres", "hii_regions",
            "gmcs", "planetary_nebulae", "snrs", "spiral_arms", "bok_globules", "pwne", "gc_cores",
            "colliding_wind_binaries", "tsas", "ese_lenses", "cnm_filaments", "plasma_sheets", "mixing_layers",
            "magnetic_mirrors", "plasmoids", "weak_shocks", "dust_cr_regions", "runaway_self_confinement",
            "curvature_regions");
    /** The paper's Fig. 2 set of macroscopic candidates (Section 4.1), the only entries shown in step 4. */
    static final Set<String> FIG2_CANDIDATES = Set.of("astrospheres", "hii_regions", "gmcs", "planetary_nebulae", "snrs",
            "spiral_arms");
    /** The small-scale candidates of Section 4.2, the only entries shown in steps 6 and 7. */
    static final Set<String> SMALL_SCALE_CANDIDATES = Set.of("tsas", "ese_lenses");

    /** The whole ℓ_S–n_s plane with all three default bands. */
    private static final ViewRange NS_ALL_BANDS = new ViewRange(-3.5, 9.5, -10.5, 16.5);
    /** The GeV band alone. */
    private static final ViewRange NS_GEV = new ViewRange(-2.5, 8.0, -6.5, 13.5);
    /** The bands and the macroscopic boxes down to the spiral arms. */
    private static final ViewRange NS_WITH_BOXES = new ViewRange(-3.5, 9.5, -12.0, 16.5);
    /** The whole ℓ_S–f_V plane with all three default bands. */
    private static final ViewRange FV_ALL_BANDS = new ViewRange(-3.5, 9.5, -9.5, 0.8);
    /** The small-size end of the ℓ_S–f_V plane, down to the ESE lenses' lowest f_V. */
    private static final ViewRange FV_SMALL = new ViewRange(-3.5, 6.0, -12.0, 0.5);

    private GuidedTour() {
    }

    /** Every built-in catalogue id except {@code shown}. */
    private static Set<String> allBut(Set<String> shown) {
        Set<String> hidden = new java.util.TreeSet<>(BUILT_IN_CANDIDATES);
        hidden.removeAll(shown);
        return hidden;
    }

    /** The seven-step tour through the paper's argument (Sections 2–5, Figs. 1–3). */
    public static List<TourStep> paper() {
        ExplorerState base = ExplorerState.defaults();

        TourStep meanFreePath = new TourStep("1. How far a cosmic ray travels between scatterings",
                "Cosmic rays do not fly straight: small kinks in the Galaxy's magnetic field keep turning them around. "
                        + "The mean free path ℓ_mfp is the distance a cosmic ray travels before its direction is "
                        + "randomised. Measurements give ℓ_mfp = (c/ν̄₀) R^δ_s, where the rigidity R is momentum per "
                        + "charge, in gigavolts (GV). A 1 GeV proton has R = 1.70 GV and ℓ_mfp = 12.65 pc (1 pc is about "
                        + "3.3 light years). With δ_s = 0.5, a hundred times the rigidity gives ten times the path: "
                        + "1 TeV protons travel about 300 pc. The highlighted line is this observed relation (paper eq. 2).",
                base.withLayout(Layout.NUMBER_DENSITY_ONLY)
                        .withShownElements(BANDS_ONLY)
                        .withView(Plane.NUMBER_DENSITY, NS_ALL_BANDS),
                List.of(new Highlight(null, new ViewRange(-1.6, 4.3, 0.0, 3.3), "observed ℓ_mfp = (c/ν̄₀) R^δ_s"),
                        new Highlight(null, new ViewRange(0.0, 0.45, 0.85, 1.35), "1 GeV proton: ℓ_mfp = 12.65 pc")),
                true);

        TourStep sizeLimits = new TourStep("2. Big enough to scatter, small enough to be a patch",
                "Suppose cosmic rays are scattered not everywhere but by separate patches of size ℓ_S. A patch must be "
                        + "larger than the gyroradius r_g, the radius of the circle a cosmic ray spirals on around the "
                        + "field; a smaller patch barely bends it (eq. 3). In a 3 μG field r_g is 0.126 au at 1 GeV and "
                        + "0.81 au at 10 GeV: the left edge of the GeV band. A patch must also be smaller than the "
                        + "distance between patches, ℓ_mfp, which is 12.65 pc at 1 GeV and 32 pc at 10 GeV (eq. 7): the "
                        + "right edge. So GeV patches may be anything from a tenth of an au to tens of parsecs.",
                base.withLayout(Layout.NUMBER_DENSITY_ONLY)
                        .withShownElements(BANDS_ONLY)
                        .withHiddenEnergyClasses(Set.of("MeV", "TeV"))
                        .withView(Plane.NUMBER_DENSITY, NS_GEV),
                List.of(new Highlight(Plane.NUMBER_DENSITY, new ViewRange(-1.3, 0.3, 8.8, 11.8),
                                "smallest: ℓ_S = r_g (0.126–0.81 au)"),
                        new Highlight(Plane.NUMBER_DENSITY, new ViewRange(6.0, 7.3, -5.0, -2.8),
                                "largest: ℓ_S = ℓ_mfp (12.65–32 pc)")),
                false);

        TourStep bands = new TourStep("3. How many patches are needed: the bands",
                "A cosmic ray should meet one patch every ℓ_mfp, so round patches of size ℓ_S must have a number "
                        + "density n_s = 1/(ℓ_mfp ℓ_S²) (eq. 8). Halve the size and you need four times as many: that is "
                        + "why every band slopes down. For 1 GeV protons, patches 1 au across must number about "
                        + "3.4 × 10⁹ per cubic parsec. MeV cosmic rays have shorter paths and smaller gyroradii, so "
                        + "their band lies higher and reaches smaller sizes; the TeV band lies lower and further right. "
                        + "One kind of structure explaining all cosmic rays would have to cross all three bands.",
                base.withLayout(Layout.NUMBER_DENSITY_ONLY)
                        .withShownElements(BANDS_ONLY)
                        .withView(Plane.NUMBER_DENSITY, NS_ALL_BANDS),
                List.of(new Highlight(Plane.NUMBER_DENSITY, new ViewRange(-3.2, -1.8, 14.3, 16.2),
                                "1 MeV: the smallest, most numerous patches"),
                        new Highlight(Plane.NUMBER_DENSITY, new ViewRange(-0.4, 0.4, 9.1, 9.9),
                                "1 au patches for 1 GeV: n_s ≈ 3.4 × 10⁹ pc⁻³"),
                        new Highlight(Plane.NUMBER_DENSITY, new ViewRange(7.6, 9.0, -9.9, -8.0),
                                "10 TeV: the largest, rarest patches")),
                false);

        TourStep macroscopic = new TourStep("4. Known big structures are far too rare",
                "The boxes show where familiar structures of our Galaxy lie: giant molecular clouds (GMCs), HII "
                        + "regions (gas ionised by hot young stars), planetary nebulae, supernova remnants, the "
                        + "astrospheres around stars and the spiral arms. All sit far below the bands: there are far too "
                        + "few of them. GMCs come closest and are still about 3.5 orders of magnitude, a factor of about "
                        + "3000, too rare for GeV cosmic rays; supernova remnants miss by about 5 orders of magnitude and "
                        + "HII regions by about 9. They may well scatter cosmic rays, but cannot provide most of the scattering "
                        + "(paper Fig. 2, Sec. 4.1).",
                base.withLayout(Layout.NUMBER_DENSITY_ONLY)
                        .withShownElements(WITH_CANDIDATES)
                        .withHiddenCandidates(allBut(FIG2_CANDIDATES))
                        .withView(Plane.NUMBER_DENSITY, NS_WITH_BOXES),
                List.of(new Highlight(Plane.NUMBER_DENSITY, new ViewRange(0.7, 8.6, -11.5, -0.7),
                                "macroscopic candidates"),
                        new Highlight(Plane.NUMBER_DENSITY, new ViewRange(6.1, 6.5, -7.0, -3.4),
                                "GMCs: 3.5 dex too rare for GeV")),
                false);

        TourStep fillingFactor = new TourStep("5. A second view: the volume-filling factor",
                "The number needed depends on the shape of the patches, which we rarely know. The volume-filling factor "
                        + "f_V, the fraction of space the patches fill, does not: f_V = n_s × volume = ℓ_S/ℓ_mfp "
                        + "(eq. 11), for balls, filaments and sheets alike. On this plane each band rises from patches as "
                        + "small as r_g up to f_V = 1, where patches would fill all of space. If its patches are as small as "
                        + "its gyroradius, a 1 GeV proton needs f_V ≈ 5 × 10⁻⁸: one part in twenty million. Try another "
                        + "dimensionality D in the scenario panel: these bands stay put.",
                base.withLayout(Layout.FILLING_FACTOR_ONLY)
                        .withShownElements(BANDS_ONLY)
                        .withView(Plane.FILLING_FACTOR, FV_ALL_BANDS),
                List.of(new Highlight(Plane.FILLING_FACTOR, new ViewRange(-1.3, -0.5, -7.7, -6.9),
                                "1 GeV, ℓ_S = r_g: f_V ≈ 5 × 10⁻⁸"),
                        new Highlight(Plane.FILLING_FACTOR, new ViewRange(5.3, 8.6, -0.35, 0.3),
                                "f_V = 1: ℓ_S = ℓ_mfp")),
                false);

        ExplorerState smallScale = base.withLayout(Layout.FILLING_FACTOR_ONLY)
                .withShownElements(WITH_CANDIDATES)
                .withHiddenCandidates(allBut(SMALL_SCALE_CANDIDATES))
                .withView(Plane.FILLING_FACTOR, FV_SMALL);
        TourStep smallStructures = new TourStep("6. Small structures reach the bands, but how many are there?",
                "Two kinds of tiny structure found by radio astronomers match much better. Tiny-scale atomic structure "
                        + "(TSAS) is cold gas in clumps of about 5 to 10,000 au. Extreme-scattering-event (ESE) lenses "
                        + "are plasma clouds of 0.3 to 10 au that for weeks or months distort the radio light of distant quasars. "
                        + "Both boxes touch the bands, so the app marks them as reaching MeV and GeV, and TSAS also TeV. "
                        + "But their filling factors are very uncertain: estimates for TSAS run from 10⁻⁷ to 10⁻², for "
                        + "ESE lenses from 10⁻¹¹ to 10⁻⁶. They are not ruled out, but not confirmed either (Sec. 4.2).",
                smallScale,
                List.of(new Highlight(Plane.FILLING_FACTOR, new ViewRange(0.5, 4.2, -7.3, -1.7),
                                "TSAS: f_V from 10⁻⁷ to 10⁻²"),
                        new Highlight(Plane.FILLING_FACTOR, new ViewRange(-0.8, 1.3, -11.3, -5.7),
                                "ESE lenses: f_V from 10⁻¹¹ to 10⁻⁶")),
                false);

        TourStep model = new TourStep("7. Rare, strong patches: the intermittent model",
                "The black curve is the paper's hypothetical model: rare patches of strong field, each one gyroradius "
                        + "across (ℓ_S = r_g), just numerous enough for the observed mean free path. They would fill only "
                        + "about 10⁻⁸ of space for MeV cosmic rays and 4 × 10⁻⁶ at 10 TeV (1.4 × 10⁻⁷ for 1 au patches), "
                        + "yet explain scattering from MeV to TeV, as the rigidity view shows. Such rare, strong "
                        + "fluctuations could come from intermittent turbulence. Testing this needs gamma-ray or radio "
                        + "maps sharp enough to see au-sized patches, better than an arcsecond: far beyond today's "
                        + "telescopes (Sec. 5).",
                smallScale.withShownElements(WITH_MODEL)
                        .withPopulations(List.of(IntermittentModelPopulation.paper())),
                List.of(new Highlight(Plane.FILLING_FACTOR, new ViewRange(-2.8, 3.2, -8.6, -5.0),
                                "model: ℓ_S = r_g, f_V ≈ 10⁻⁸ to 4 × 10⁻⁶"),
                        new Highlight(null, new ViewRange(-1.6, 4.3, 0.0, 3.3),
                                "model gives the observed ℓ_mfp at every energy")),
                true);

        return List.of(meanFreePath, sizeLimits, bands, macroscopic, fillingFactor, smallStructures, model);
    }
}
