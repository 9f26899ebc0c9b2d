package org.hillasexplorer.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The figure of merit (Section 4.4): populations and boxes against the MeV, GeV and TeV bands. */
class FigureOfMeritTest {
    private final Scenario paper = Scenario.defaults();
    private final IntermittentModelPopulation model = IntermittentModelPopulation.paper();

    /**
     * The required relation written out independently of the model: structures of size ℓ scatter CRs whose r_g = ℓ, so
     * n_s(&gt;ℓ) = 1/(ℓ_mfp(R(ℓ)) ℓ²) ∝ ℓ^(−2−δ_s); pinned at ℓ₀ = r_g(1 GeV), over r_g(1 MeV)–r_g(10 TeV).
     */
    private PowerLawPopulation requiredPowerLaw(Scenario s) {
        Particle gev = s.particle(1);
        double l0 = s.gyroradiusAu(gev);
        double n0 = 1 / (s.meanFreePathPc(gev) * Math.pow(Units.auToPc(l0), 2));
        return new PowerLawPopulation("required", "n_s = 1/(ℓ_mfp ℓ²) at ℓ = r_g", n0, l0, 2 + s.deltaS(),
                s.at(1e-3).gyroradiusAu(), s.at(1e4).gyroradiusAu(), 0, 1, OptionalDouble.empty());
    }

    @Test
    void hypotheticalModelExplainsAllThreeClassesOnBothPlanes() {
        for (Plane plane : Plane.values()) {
            CandidateVerdict v = FigureOfMerit.evaluate(model, plane, paper);
            assertThat(v.id()).isEqualTo("intermittent_model");
            assertThat(v.plane()).isEqualTo(plane);
            assertThat(v.classes()).extracting(ClassVerdict::status).containsExactly(
                    ClassVerdict.Status.OVERLAPS, ClassVerdict.Status.OVERLAPS, ClassVerdict.Status.OVERLAPS);
            assertThat(v.classes()).allSatisfy(c -> assertThat(c.gapDex()).isZero());
            assertThat(v.summary()).isEqualTo("explains MeV, GeV and TeV scattering");
            assertThat(v.violations()).isEmpty();
            assertThat(v.explainsAll()).isTrue();
        }
    }

    @Test
    void powerLawAlongTheRequiredRelationExplainsEveryClassAndMatchesTheModel() {
        PowerLawPopulation p = requiredPowerLaw(paper);
        for (double ls : new double[] {0.01, 1, 300}) {
            assertThat(p.log10NumberDensityPerPc3(paper, ls)).isCloseTo(model.log10NumberDensityPerPc3(paper, ls), within(1e-9));
        }
        for (Plane plane : Plane.values()) {
            CandidateVerdict v = FigureOfMerit.evaluate(p, plane, paper);
            assertThat(v.summary()).as("%s", plane).isEqualTo("explains MeV, GeV and TeV scattering");
        }
        // also for another field and slope, where the band geometry differs
        Scenario other = paper.with(Parameters.DELTA_S, 0.3).with(Parameters.B_MICROGAUSS, 10);
        assertThat(FigureOfMerit.evaluate(requiredPowerLaw(other), Plane.NUMBER_DENSITY, other).explainsAll()).isTrue();
    }

    @Test
    void theSameThreeDexLowerIsTooRareByThreeAtEveryClass() {
        PowerLawPopulation rare = requiredPowerLaw(paper).shiftedByDex(-3);
        for (Plane plane : Plane.values()) {
            CandidateVerdict v = FigureOfMerit.evaluate(rare, plane, paper);
            assertThat(v.classes()).allSatisfy(c -> {
                assertThat(c.status()).isEqualTo(ClassVerdict.Status.TOO_RARE);
                assertThat(c.gapDex()).isCloseTo(3, within(1e-6));
                assertThat(c.worstCornerGapDex()).isGreaterThanOrEqualTo(c.gapDex());
            });
            assertThat(v.summary()).isEqualTo("explains none: 3.0 dex too rare");
        }
        // the rare population gives a 1000 times longer mean free path than observed
        double t = 3;
        assertThat(rare.predictedMeanFreePathPc(paper, t) / paper.meanFreePathPc(paper.particle(t))).isCloseTo(1000, within(1e-6));
    }

    @Test
    void theSameThreeDexHigherIsTooAbundant() {
        PowerLawPopulation abundant = requiredPowerLaw(paper).shiftedByDex(3);
        for (Plane plane : Plane.values()) {
            CandidateVerdict v = FigureOfMerit.evaluate(abundant, plane, paper);
            assertThat(v.classes()).allSatisfy(c -> {
                assertThat(c.status()).isEqualTo(ClassVerdict.Status.TOO_ABUNDANT);
                // the band's upper edge (the T_lo segment, slope −2 or +1) rises away from the model line, so the
                // smallest vertical distance is below 3 dex and largest at the smallest sizes
                assertThat(c.gapDex()).isPositive().isLessThanOrEqualTo(3 + 1e-9);
                assertThat(c.worstCornerGapDex()).isCloseTo(3, within(1e-6));
            });
            assertThat(v.summary()).startsWith("explains none: ").endsWith(" dex too abundant");
        }
    }

    @Test
    void structuresBelowEveryGyroradiusAreTooSmallAndViolateConstraintThree() {
        PowerLawPopulation tiny = PowerLawPopulation.spheres("dust", "tiny", 1e20, 1e-4, 2.5, 1e-5, 1e-3);
        CandidateVerdict v = FigureOfMerit.evaluate(tiny, Plane.NUMBER_DENSITY, paper);
        assertThat(v.classes()).extracting(ClassVerdict::status).containsOnly(ClassVerdict.Status.TOO_SMALL);
        assertThat(v.classes().get(0).gapDex()).isCloseTo(Math.log10(paper.at(1e-3).gyroradiusAu()) + 3, within(1e-9));
        assertThat(v.summary()).isEqualTo("explains none: too small to scatter MeV, GeV and TeV CRs (ℓ_S < r_g)");
        assertThat(v.violations()).hasSize(3).allSatisfy(x -> {
            assertThat(x.constraint()).isEqualTo(Constraint.LARGER_THAN_GYRORADIUS);
            assertThat(x.marginDex()).isNegative();
            assertThat(x.shortAxisAu()).isEqualTo(1e-3);
        });
        assertThat(v.violations().get(0).where()).isEqualTo(
                "every structure (ℓ_S ≤ 0.001 au) is smaller than r_g = 0.003221 au of 1 MeV CRs: none can scatter the MeV class");
        assertThat(v.violations().get(0).marginDex()).isCloseTo(-v.classes().get(0).gapDex(), within(1e-9));
        assertThat(tiny.predictedMeanFreePathPc(paper, 1e-3)).isInfinite();
    }

    @Test
    void partialMatchSaysWhichClassesItExplainsAndHowTheOthersMiss() {
        // the required relation restricted to the GeV gyroradii: it is the GeV band's left edge, below the MeV band and
        // smaller than any TeV gyroradius
        PowerLawPopulation full = requiredPowerLaw(paper);
        PowerLawPopulation gevOnly = new PowerLawPopulation("gev", "GeV only", full.n0PerPc3(), full.referenceSizeAu(), full.alphaN(),
                paper.at(1).gyroradiusAu(), paper.at(10).gyroradiusAu(), 0, 1, OptionalDouble.empty());
        CandidateVerdict v = FigureOfMerit.evaluate(gevOnly, Plane.FILLING_FACTOR, paper);
        assertThat(v.classes()).extracting(ClassVerdict::status).containsExactly(
                ClassVerdict.Status.TOO_RARE, ClassVerdict.Status.OVERLAPS, ClassVerdict.Status.TOO_SMALL);
        // at equal ℓ_S the MeV band's lower edge is the 10 MeV segment: ℓ_mfp(1 GeV)/ℓ_mfp(10 MeV) above the model
        double gap = 0.5 * Math.log10(paper.at(1).rigidityGV() / paper.at(1e-2).rigidityGV());
        assertThat(v.classes().get(0).gapDex()).isCloseTo(gap, within(1e-6));
        assertThat(v.summary()).isEqualTo("explains GeV scattering only; " + String.format(java.util.Locale.ROOT, "%.1f", gap)
                + " dex too rare at MeV, too small to scatter TeV CRs (ℓ_S < r_g)");
        assertThat(v.violations()).extracting(ConstraintViolation::constraint).containsExactly(Constraint.LARGER_THAN_GYRORADIUS);
        assertThat(v.violations().get(0).energyClass()).isEqualTo(EnergyClass.TEV);
    }

    @Test
    void largestSizeBetweenTheGyroradiiOfAClassIsAPartialConstraintThreeViolation() {
        PowerLawPopulation full = requiredPowerLaw(paper);
        double top = paper.at(3e3).gyroradiusAu();
        PowerLawPopulation cut = new PowerLawPopulation("cut", "cut at 3 TeV", full.n0PerPc3(), full.referenceSizeAu(), full.alphaN(),
                full.minShortAxisAu(), top, 0, 1, OptionalDouble.empty());
        CandidateVerdict v = FigureOfMerit.evaluate(cut, Plane.NUMBER_DENSITY, paper);
        assertThat(v.summary()).isEqualTo("explains MeV, GeV and TeV scattering");
        assertThat(v.violations()).singleElement().satisfies(x -> {
            assertThat(x.energyClass()).isEqualTo(EnergyClass.TEV);
            assertThat(x.marginDex()).isCloseTo(Math.log10(top / paper.at(1e4).gyroradiusAu()), within(1e-12));
            assertThat(x.where()).startsWith("no structure is as large as r_g of CRs above 3 TeV")
                    .endsWith("the TeV class is scattered only below 3 TeV");
        });
    }

    @Test
    void internalRateEnablesTheOpticalDepthAndTrappingConstraints() {
        PowerLawPopulation full = requiredPowerLaw(paper);
        // τ_s = ν_s ℓ_S/v: a rate of 1e-8 s⁻¹ gives τ_s ≈ 1e-8 × 0.1 au / c ≈ 5e-6 for GeV CRs at their gyroradius
        PowerLawPopulation thin = new PowerLawPopulation("thin", "thin", full.n0PerPc3(), full.referenceSizeAu(), full.alphaN(),
                full.minShortAxisAu(), full.maxShortAxisAu(), 0, 1, OptionalDouble.of(1e-8));
        CandidateVerdict v = FigureOfMerit.evaluate(thin, Plane.FILLING_FACTOR, paper);
        assertThat(v.violations()).extracting(ConstraintViolation::constraint).containsOnly(Constraint.OPTICALLY_THICK);
        assertThat(v.violations()).hasSize(3).allSatisfy(x -> assertThat(x.where()).contains("too transparent"));
        // the worst GeV case is at 1 GeV and ℓ_S = r_g(1 GeV)
        ConstraintViolation gev = v.violations().get(1);
        Particle p = paper.particle(1);
        double tau = Geometry.opticalDepth(1e-8, paper.gyroradiusAu(p), p.speedCmPerS());
        assertThat(gev.marginDex()).isCloseTo(Math.log10(tau), within(1e-9));
        assertThat(gev.shortAxisAu()).isEqualTo(paper.gyroradiusAu(p));
        // a huge rate traps CRs in the largest structures
        PowerLawPopulation trapping = new PowerLawPopulation("trap", "trap", full.n0PerPc3(), full.referenceSizeAu(), full.alphaN(),
                full.minShortAxisAu(), full.maxShortAxisAu(), 0, 1, OptionalDouble.of(1e3));
        assertThat(FigureOfMerit.evaluate(trapping, Plane.FILLING_FACTOR, paper).violations())
                .extracting(ConstraintViolation::constraint).contains(Constraint.NOT_TRAPPING).doesNotContain(Constraint.OPTICALLY_THICK);
        // the same population without a rate: nothing to check
        assertThat(FigureOfMerit.evaluate(full, Plane.FILLING_FACTOR, paper).violations()).isEmpty();
    }

    @Test
    void overfillingPopulationIsCalledUnphysicalInTheSummary() {
        PowerLawPopulation dense = PowerLawPopulation.spheres("dense", "dense", 1e18, 1, 2, 1, 1e4);
        CandidateVerdict v = FigureOfMerit.evaluate(dense, Plane.NUMBER_DENSITY, paper);
        assertThat(v.summary()).contains("; f_V > 1 for ℓ_S = ").endsWith("more than fills space, unphysical");
        assertThat(FigureOfMerit.evaluate(model, Plane.NUMBER_DENSITY, paper).summary()).doesNotContain("f_V > 1");
    }

    @Test
    void elongatedPopulationIsJudgedAgainstBandsForItsOwnGeometry() {
        // filaments 100× longer than wide need 100× fewer of them (eq. 8) and fill the same volume (eq. 11)
        PowerLawPopulation sph = requiredPowerLaw(paper);
        PowerLawPopulation fil = new PowerLawPopulation("fil", "filaments", sph.n0PerPc3() / 100, sph.referenceSizeAu(), sph.alphaN(),
                sph.minShortAxisAu(), sph.maxShortAxisAu(), 1, 100, OptionalDouble.empty());
        for (Plane plane : Plane.values()) {
            assertThat(FigureOfMerit.evaluate(fil, plane, paper).summary()).isEqualTo("explains MeV, GeV and TeV scattering");
        }
        // the scenario's own D does not matter: the population states its geometry
        assertThat(FigureOfMerit.evaluate(sph, Plane.NUMBER_DENSITY, paper.with(Parameters.DIMENSIONALITY, 2)
                .with(Parameters.ASPECT, 1e3)).explainsAll()).isTrue();
    }

    @Test
    void tableOfTheModelPointsExplainsEveryClassAndShiftedDownIsTooRare() {
        Curve c = model.curve(Plane.FILLING_FACTOR, paper).orElseThrow();
        List<Double> ls = new java.util.ArrayList<>();
        List<Double> fv = new java.util.ArrayList<>();
        List<Double> fvLow = new java.util.ArrayList<>();
        for (int i = 0; i < c.size(); i += 5) {
            ls.add(Math.pow(10, c.x(i)));
            fv.add(Math.pow(10, c.y(i)));
            fvLow.add(Math.pow(10, c.y(i) - 2));
        }
        ls.add(model.maxShortAxisAu(paper));
        fv.add(Math.pow(10, model.log10FillingFactor(paper, model.maxShortAxisAu(paper))));
        fvLow.add(fv.get(fv.size() - 1) / 100);
        TabulatedPopulation t = TabulatedPopulation.spheres("tab", "model as a table", Plane.FILLING_FACTOR, ls, fv);
        TabulatedPopulation low = TabulatedPopulation.spheres("low", "model / 100", Plane.FILLING_FACTOR, ls, fvLow);
        for (Plane plane : Plane.values()) {
            assertThat(FigureOfMerit.evaluate(t, plane, paper).summary()).isEqualTo("explains MeV, GeV and TeV scattering");
            CandidateVerdict v = FigureOfMerit.evaluate(low, plane, paper);
            assertThat(v.summary()).isEqualTo("explains none: 2.0 dex too rare");
            assertThat(v.classes()).allSatisfy(x -> assertThat(x.gapDex()).isCloseTo(2, within(1e-6)));
        }
    }

    @Test
    void collapsedBandAtDeltaZeroIsStillMetByTheModel() {
        Scenario flat = paper.with(Parameters.DELTA_S, 0);
        assertThat(BandGeometry.band(flat, EnergyClass.GEV, Plane.FILLING_FACTOR).collapsedLine()).isPresent();
        for (Plane plane : Plane.values()) {
            assertThat(FigureOfMerit.evaluate(model, plane, flat).summary()).isEqualTo("explains MeV, GeV and TeV scattering");
            assertThat(FigureOfMerit.evaluate(requiredPowerLaw(flat).shiftedByDex(-1), plane, flat).summary())
                    .isEqualTo("explains none: 1.0 dex too rare");
        }
    }

    @Test
    void emptyBandsAreReportedAsSuch() {
        Scenario none = paper.with(Parameters.NU0_PER_S, 1e-5).with(Parameters.B_MICROGAUSS, 0.01);
        CandidateVerdict v = FigureOfMerit.evaluate(model, Plane.NUMBER_DENSITY, none);
        assertThat(v.classes().get(2).status()).isEqualTo(ClassVerdict.Status.NO_BAND);
        assertThat(v.summary()).contains("no TeV band in this scenario (r_g ≥ ℓ_mfp)");
    }

    // ------------------------------------------------------------------------------------------------ boxes

    private static CandidateBox ns(double lo, double hi, double nLo, double nHi) {
        return new CandidateBox(Plane.NUMBER_DENSITY, lo, hi, nLo, nHi);
    }

    @Test
    void everyMacroscopicCatalogueBoxFallsShortOfGeVByAtLeastTwoDex() {
        // sizes [au] and n_s [pc⁻³] of the paper's Fig. 2 candidates, from catalog/candidates.ecsv's research table
        record Entry(String id, CandidateBox box) { }
        List<Entry> macroscopic = List.of(
                new Entry("gmcs", ns(2.06e6, 2.06e7, 1e-9, 1e-7)),
                new Entry("hii_regions", ns(2.06e3, 2.06e7, 1e-8, 3e-7)),
                new Entry("planetary_nebulae", ns(4.13e3, 6.19e5, 1e-8, 3e-7)),
                new Entry("snrs", ns(4.13e5, 2.06e7, 1e-9, 5e-8)),
                new Entry("pwne", ns(6.19e3, 6.19e6, 5e-10, 2e-8)),
                new Entry("astrospheres", ns(10, 1e3, 0.01, 0.1)),
                new Entry("massive_star_magnetospheres", ns(0.03, 1, 1e-6, 3e-5)),
                new Entry("bok_globules", ns(2.06e4, 3.09e5, 1e-7, 3e-6)));
        for (Entry e : macroscopic) {
            CandidateVerdict v = FigureOfMerit.evaluate(e.id(), e.id(), e.box(), paper);
            ClassVerdict gev = v.forClass("GeV").orElseThrow();
            assertThat(gev.status()).as(e.id()).isEqualTo(ClassVerdict.Status.TOO_RARE);
            assertThat(gev.gapDex()).as(e.id()).isGreaterThanOrEqualTo(2);
            assertThat(v.summary()).as(e.id()).startsWith("explains none: ");
            assertThat(v.classes()).isEqualTo(CandidateEvaluation.evaluate(e.box(), paper));
        }
        // spiral arms (200–1000 pc) are larger than any GeV mean free path
        CandidateVerdict arms = FigureOfMerit.evaluate("spiral_arms", "spiral arms", ns(4.13e7, 2.06e8, 1e-11, 3e-9), paper);
        assertThat(arms.forClass("GeV").orElseThrow().status()).isEqualTo(ClassVerdict.Status.TOO_LARGE);
        assertThat(arms.summary()).startsWith("explains none: ");
        assertThat(arms.violations()).filteredOn(x -> x.energyClass().equals(EnergyClass.GEV))
                .singleElement().satisfies(x -> assertThat(x.where()).startsWith("every structure (ℓ_S ≥ 4.13e7 au = "));
    }

    @Test
    void gmcBoxSummaryAndConstraintSevenViolations() {
        CandidateVerdict v = FigureOfMerit.evaluate("gmcs", "Giant molecular clouds", ns(2.06e6, 2.06e7, 1e-9, 1e-7), paper);
        assertThat(v.summary()).isEqualTo(
                "explains none: 2.0–3.5 dex too rare at GeV and TeV, too large to act as patches for MeV CRs (ℓ_S > ℓ_mfp)");
        assertThat(v.violations()).extracting(ConstraintViolation::constraint)
                .containsOnly(Constraint.SMALLER_THAN_MEAN_FREE_PATH);
        // MeV: 10 pc exceeds even ℓ_mfp(10 MeV) = 3.6 pc; GeV: clouds above ℓ_mfp(1 GeV) = 12.65 pc (up to 100 pc)
        assertThat(v.violations()).extracting(x -> x.energyClass().label()).containsExactly("MeV", "GeV");
        assertThat(v.violations().get(1).where()).startsWith("structures larger than ℓ_mfp = 12.65 pc of 1 GeV CRs");
        assertThat(v.violations().get(1).marginDex()).isCloseTo(Math.log10(12.65 / Units.auToPc(2.06e7)), within(1e-3));
    }

    @Test
    void boxThatReachesABandAndAnImpossiblyDenseBox() {
        double y = BandGeometry.requiredLog10Value(paper, Plane.NUMBER_DENSITY, 3, 100);
        CandidateVerdict ok = FigureOfMerit.evaluate("x", "x", ns(100, 200, Math.pow(10, y - 0.1), Math.pow(10, y + 0.1)), paper);
        assertThat(ok.summary()).startsWith("explains GeV scattering only; ");
        // 200 au is below r_g of the upper TeV energies: only that constraint (3) remark
        assertThat(ok.violations()).singleElement().satisfies(x -> {
            assertThat(x.energyClass()).isEqualTo(EnergyClass.TEV);
            assertThat(x.where()).endsWith("the TeV class is scattered only below 2.69 TeV");
        });
        CandidateVerdict dense = FigureOfMerit.evaluate("d", "d", ns(1e5, 1e6, 1e3, 1e4), paper);
        assertThat(dense.summary()).contains("f_V = ").endsWith("> 1 even at its smallest size (more than fills space: unphysical)");
    }

    // ------------------------------------------------------------------------------------------------ wording

    private static ClassVerdict cv(EnergyClass c, ClassVerdict.Status st, double gap) {
        return new ClassVerdict(c, Plane.NUMBER_DENSITY, st, gap, 0, gap, 0, 0);
    }

    @Test
    void summaryWording() {
        EnergyClass mev = EnergyClass.MEV;
        EnergyClass gev = EnergyClass.GEV;
        EnergyClass tev = EnergyClass.TEV;
        var ok = ClassVerdict.Status.OVERLAPS;
        var rare = ClassVerdict.Status.TOO_RARE;
        var abundant = ClassVerdict.Status.TOO_ABUNDANT;
        assertThat(FigureOfMerit.summary(List.of(cv(mev, abundant, 0.8), cv(gev, ok, 0), cv(tev, rare, 3.1))))
                .isEqualTo("explains GeV scattering only; 3.1 dex too rare at TeV, 0.8 dex too abundant at MeV");
        assertThat(FigureOfMerit.summary(List.of(cv(mev, ok, 0), cv(gev, ok, 0), cv(tev, ok, 0))))
                .isEqualTo("explains MeV, GeV and TeV scattering");
        assertThat(FigureOfMerit.summary(List.of(cv(mev, rare, 9.04), cv(gev, rare, 5.2), cv(tev, rare, 6))))
                .isEqualTo("explains none: 5.2–9.0 dex too rare");
        assertThat(FigureOfMerit.summary(List.of(cv(mev, ok, 0), cv(gev, ok, 0), cv(tev, ClassVerdict.Status.TOO_SMALL, 1))))
                .isEqualTo("explains MeV and GeV scattering only; too small to scatter TeV CRs (ℓ_S < r_g)");
        assertThat(FigureOfMerit.summary(List.of(cv(mev, ClassVerdict.Status.TOO_LARGE, 1), cv(gev, rare, 0.01))))
                .isEqualTo("explains none: <0.1 dex too rare at GeV, too large to act as patches for MeV CRs (ℓ_S > ℓ_mfp)");
        assertThat(FigureOfMerit.summary(List.of(cv(gev, ClassVerdict.Status.NO_BAND, Double.NaN))))
                .isEqualTo("nothing to compare: no energy class has a band in this scenario (r_g ≥ ℓ_mfp)");
        assertThat(FigureOfMerit.summary(List.of())).isEqualTo("no energy classes to compare");
    }
}
