package org.hillasexplorer.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hillasexplorer.catalog.Catalog;
import org.hillasexplorer.catalog.CatalogEntry;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.figure.FigureOptions.Element;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.Band;
import org.hillasexplorer.physics.BandGeometry;
import org.hillasexplorer.physics.CandidateBox;
import org.hillasexplorer.physics.ClassVerdict;
import org.hillasexplorer.physics.Curve;
import org.hillasexplorer.physics.DerivedQuantities;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.FigureOfMerit;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Polygon;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Units;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.Layout;
import org.junit.jupiter.api.Test;

class GuidedTourTest {

    private static final List<TourStep> TOUR = GuidedTour.paper();
    private static final Scenario PAPER = Scenario.defaults();
    private static final Catalog BUILT_IN = CatalogReader.readBuiltin();

    // ---------------------------------------------------------------- shape of the tour

    @Test
    void hasSixToEightStepsWithDistinctTitles() {
        assertThat(TOUR).hasSizeBetween(6, 8);
        assertThat(TOUR.stream().map(TourStep::title).collect(Collectors.toSet())).hasSize(TOUR.size());
        assertThat(TOUR).allSatisfy(s -> assertThat(s.title()).isNotBlank());
    }

    @Test
    void textsArePlainAndFortyToHundredSixtyWordsLong() {
        for (TourStep s : TOUR) {
            int words = s.text().strip().split("\\s+").length;
            assertThat(words).as("words in '%s'", s.title()).isBetween(40, 160);
            assertThat(s.text()).as(s.title()).doesNotContain("*", "<", ">", "`", "$", "{", "}", "\\", "\n");
            assertThat(s.text().strip()).as(s.title()).matches("(?s)\\p{Lu}.*[.)]");
        }
    }

    @Test
    void textsAimAtSixtyToHundredTwentyWords() {
        for (TourStep s : TOUR) {
            assertThat(s.text().strip().split("\\s+").length).as(s.title()).isBetween(60, 120);
        }
    }

    @Test
    void everyStateIsValidAndDiffersFromThePreviousStep() {
        ExplorerState previous = null;
        for (TourStep s : TOUR) {
            ExplorerState st = s.state();
            // rebuilding through the canonical constructor re-runs every validation of the records
            ExplorerState rebuilt = new ExplorerState(new Scenario(st.scenario().deltaS(), st.scenario().bMicroGauss(),
                    st.scenario().nu0PerS(), st.scenario().dimensionality(), st.scenario().aspect(),
                    st.scenario().nIsmPerCm3(), st.scenario().energyClasses(), st.scenario().species()),
                    st.views(), st.hiddenEnergyClasses(), st.hiddenCandidates(), st.shownElements(), st.layout(),
                    st.populations(), st.catalogFiles());
            assertThat(rebuilt).isEqualTo(st);
            Set<String> labels = st.scenario().energyClasses().stream().map(EnergyClass::label).collect(Collectors.toSet());
            assertThat(labels).as(s.title()).containsAll(st.hiddenEnergyClasses());
            assertThat(labels).as("%s shows at least one band", s.title()).isNotEqualTo(st.hiddenEnergyClasses());
            assertThat(st.catalogFiles()).isEmpty();
            if (previous != null) {
                assertThat(st).as(s.title()).isNotEqualTo(previous);
            }
            previous = st;
        }
    }

    @Test
    void everyStateKeepsThePaperScenarioSoTheQuotedNumbersHold() {
        assertThat(TOUR).allSatisfy(s -> assertThat(s.state().scenario()).isEqualTo(PAPER));
    }

    @Test
    void hiddenCandidatesAreBuiltInIds() {
        Set<String> ids = BUILT_IN.entries().stream().map(CatalogEntry::id).collect(Collectors.toSet());
        assertThat(GuidedTour.BUILT_IN_CANDIDATES).isEqualTo(ids);
        for (TourStep s : TOUR) {
            assertThat(ids).as(s.title()).containsAll(s.state().hiddenCandidates());
        }
    }

    @Test
    void highlightsLieOnShownPlanesAndInsideTheirViews() {
        for (TourStep s : TOUR) {
            assertThat(s.highlights()).as(s.title()).isNotEmpty();
            for (Highlight h : s.highlights()) {
                assertThat(h.caption()).isNotBlank();
                if (h.onRigidityView()) {
                    assertThat(s.showRigidityView()).isTrue();
                    assertInside(h.region(), guaranteedRigidityView(s.state().scenario()), s.title() + ": " + h.caption());
                } else {
                    assertThat(shownPlanes(s.state().layout())).as(s.title() + ": " + h.caption()).contains(h.plane());
                    s.state().view(h.plane()).ifPresent(v -> assertInside(h.region(), v, s.title() + ": " + h.caption()));
                }
            }
        }
    }

    @Test
    void everyShownPlaneHasAnExplicitView() {
        for (TourStep s : TOUR) {
            for (Plane p : shownPlanes(s.state().layout())) {
                assertThat(s.state().view(p)).as("%s, %s", s.title(), p).isPresent();
            }
        }
    }

    @Test
    void bandFramingStepsShowEveryVisibleBandWhole() {
        for (TourStep s : TOUR.subList(0, 5)) {
            for (Plane p : shownPlanes(s.state().layout())) {
                ViewRange v = s.state().view(p).orElseThrow();
                for (Band b : BandGeometry.bands(s.state().scenario(), p)) {
                    if (s.state().hiddenEnergyClasses().contains(b.energyClass().label())) {
                        continue;
                    }
                    Polygon poly = b.outline().orElseThrow();
                    assertInside(new ViewRange(poly.minX(), poly.maxX(), poly.minY(), poly.maxY()), v,
                            s.title() + ": band " + b.energyClass().label());
                }
            }
        }
    }

    @Test
    void visibleCandidateBoxesLieInsideTheView() {
        for (TourStep s : TOUR) {
            if (!s.state().shows(Element.CANDIDATE_BOXES)) {
                continue;
            }
            for (Plane p : shownPlanes(s.state().layout())) {
                ViewRange v = s.state().view(p).orElseThrow();
                for (CatalogEntry e : BUILT_IN.entriesOn(p)) {
                    if (s.state().hiddenCandidates().contains(e.id()) || e.box(p).isEmpty()) {
                        continue;
                    }
                    CandidateBox b = e.box(p).get();
                    assertInside(new ViewRange(Math.log10(b.minShortAxisAu()), Math.log10(b.maxShortAxisAu()),
                            Math.log10(b.minValue()), Math.log10(b.maxValue())), v, s.title() + ": " + e.id());
                }
            }
        }
    }

    // ---------------------------------------------------------------- each step makes its point

    @Test
    void step1ShowsTheRigidityViewWithTheObservedLineHighlighted() {
        TourStep s = TOUR.get(0);
        assertThat(s.showRigidityView()).isTrue();
        assertThat(s.state().shows(Element.CANDIDATE_BOXES)).isFalse();
        Highlight line = s.highlights().get(0);
        assertThat(line.onRigidityView()).isTrue();
        for (double t : new double[] {1e-3, 1e-2, 1, 10, 1e3, 1e4}) {
            DerivedQuantities q = PAPER.at(t);
            assertThat(line.region().contains(Math.log10(q.rigidityGV()), Math.log10(q.meanFreePathPc()))).as("T = %s GeV", t).isTrue();
        }
        DerivedQuantities gev = PAPER.at(1);
        assertThat(s.highlights().get(1).region().contains(Math.log10(gev.rigidityGV()), Math.log10(gev.meanFreePathPc()))).isTrue();
    }

    @Test
    void step2HighlightsTheLeftAndRightEdgesOfTheGeVBandOnly() {
        TourStep s = TOUR.get(1);
        assertThat(s.state().hiddenEnergyClasses()).containsExactlyInAnyOrder("MeV", "TeV");
        assertThat(s.state().shows(Element.CANDIDATE_BOXES)).isFalse();
        Highlight left = s.highlights().get(0);
        Highlight right = s.highlights().get(1);
        for (double t = 1; t <= 10.0001; t *= Math.pow(10, 0.25)) {
            DerivedQuantities q = PAPER.at(t);
            double rg = q.gyroradiusAu();
            double mfpAu = Units.pcToAu(q.meanFreePathPc());
            assertThat(left.region().contains(Math.log10(rg), BandGeometry.requiredLog10Value(PAPER, Plane.NUMBER_DENSITY, t, rg)))
                    .as("left end at T = %s GeV", t).isTrue();
            assertThat(right.region().contains(Math.log10(mfpAu), BandGeometry.requiredLog10Value(PAPER, Plane.NUMBER_DENSITY, t, mfpAu)))
                    .as("right end at T = %s GeV", t).isTrue();
        }
    }

    @Test
    void step3ShowsAllBandsOnTheNumberDensityPlane() {
        TourStep s = TOUR.get(2);
        assertThat(s.state().hiddenEnergyClasses()).isEmpty();
        assertThat(s.state().layout()).isEqualTo(Layout.NUMBER_DENSITY_ONLY);
        assertThat(s.state().shows(Element.CANDIDATE_BOXES)).isFalse();
        double rgMev = PAPER.at(1e-3).gyroradiusAu();
        assertThat(s.highlights().get(0).region().contains(Math.log10(rgMev),
                BandGeometry.requiredLog10Value(PAPER, Plane.NUMBER_DENSITY, 1e-3, rgMev))).isTrue();
        assertThat(s.highlights().get(1).region().contains(0, BandGeometry.requiredLog10Value(PAPER, Plane.NUMBER_DENSITY, 1, 1))).isTrue();
        double mfpTev = Units.pcToAu(PAPER.at(1e4).meanFreePathPc());
        assertThat(s.highlights().get(2).region().contains(Math.log10(mfpTev),
                BandGeometry.requiredLog10Value(PAPER, Plane.NUMBER_DENSITY, 1e4, mfpTev))).isTrue();
    }

    @Test
    void step4ShowsExactlyTheFig2CandidatesAllTooRareAndMarksTheGmcGap() {
        TourStep s = TOUR.get(3);
        assertThat(s.state().shows(Element.CANDIDATE_BOXES)).isTrue();
        Set<String> shown = new HashSet<>();
        for (CatalogEntry e : BUILT_IN.entriesOn(Plane.NUMBER_DENSITY)) {
            if (!s.state().hiddenCandidates().contains(e.id())) {
                shown.add(e.id());
                assertThat(s.highlights().get(0).region().contains(Math.log10(e.box(Plane.NUMBER_DENSITY).get().minShortAxisAu()),
                        Math.log10(e.box(Plane.NUMBER_DENSITY).get().maxValue()))).as(e.id()).isTrue();
                for (ClassVerdict v : verdicts(e.id(), Plane.NUMBER_DENSITY)) {
                    assertThat(v.status()).as(e.id() + " " + v.energyClass().label())
                            .isIn(ClassVerdict.Status.TOO_RARE, ClassVerdict.Status.TOO_LARGE);
                }
            }
        }
        assertThat(shown).isEqualTo(GuidedTour.FIG2_CANDIDATES);
        ClassVerdict gmcGev = verdicts("gmcs", Plane.NUMBER_DENSITY).get(1);
        double top = Math.log10(BUILT_IN.byId("gmcs").orElseThrow().box(Plane.NUMBER_DENSITY).get().maxValue());
        ViewRange gap = s.highlights().get(1).region();
        assertThat(gap.contains(gmcGev.log10LsAtGapAu(), top)).isTrue();
        assertThat(gap.contains(gmcGev.log10LsAtGapAu(), top + gmcGev.gapDex())).isTrue();
    }

    @Test
    void step5IsTheFillingFactorPlaneMarkingTheSmallestFvAndFvOne() {
        TourStep s = TOUR.get(4);
        assertThat(s.state().layout()).isEqualTo(Layout.FILLING_FACTOR_ONLY);
        DerivedQuantities q = PAPER.at(1);
        assertThat(s.highlights().get(0).region().contains(Math.log10(q.gyroradiusAu()), Math.log10(q.minFillingFactor()))).isTrue();
        for (EnergyClass c : PAPER.energyClasses()) {
            double mfpAu = Units.pcToAu(PAPER.at(c.minKineticEnergyGeV()).meanFreePathPc());
            if (mfpAu > Math.pow(10, 5.3)) {
                assertThat(s.highlights().get(1).region().contains(Math.log10(mfpAu), 0)).as(c.label()).isTrue();
            }
        }
    }

    @Test
    void step6ShowsTsasAndEseLensesReachingBands() {
        TourStep s = TOUR.get(5);
        assertThat(s.state().layout()).isEqualTo(Layout.FILLING_FACTOR_ONLY);
        Set<String> shown = BUILT_IN.entriesOn(Plane.FILLING_FACTOR).stream().map(CatalogEntry::id)
                .filter(id -> !s.state().hiddenCandidates().contains(id)).collect(Collectors.toSet());
        assertThat(shown).isEqualTo(GuidedTour.SMALL_SCALE_CANDIDATES);
        assertThat(verdicts("tsas", Plane.FILLING_FACTOR)).allSatisfy(v -> assertThat(v.status()).isEqualTo(ClassVerdict.Status.OVERLAPS));
        List<ClassVerdict> ese = verdicts("ese_lenses", Plane.FILLING_FACTOR);
        assertThat(ese.get(0).status()).isEqualTo(ClassVerdict.Status.OVERLAPS);
        assertThat(ese.get(1).status()).isEqualTo(ClassVerdict.Status.OVERLAPS);
        assertThat(ese.get(2).status()).isEqualTo(ClassVerdict.Status.TOO_SMALL);
        assertBoxInside("tsas", s.highlights().get(0).region());
        assertBoxInside("ese_lenses", s.highlights().get(1).region());
    }

    @Test
    void step7AddsTheIntermittentModelAndHighlightsIt() {
        TourStep s = TOUR.get(6);
        assertThat(s.showRigidityView()).isTrue();
        assertThat(s.state().populations()).containsExactly(IntermittentModelPopulation.paper());
        assertThat(s.state().shows(Element.POPULATIONS)).isTrue();
        assertThat(s.state().shows(Element.HYPOTHETICAL_MODEL)).isTrue();
        Curve c = IntermittentModelPopulation.paper().curve(Plane.FILLING_FACTOR, PAPER).orElseThrow();
        for (int i = 0; i < c.size(); i++) {
            assertThat(s.highlights().get(0).region().contains(c.x(i), c.y(i))).as("model vertex %d", i).isTrue();
        }
    }

    @Test
    void stepsOneToThreeAndFiveHideTheCandidates() {
        for (int i : new int[] {0, 1, 2, 4}) {
            assertThat(TOUR.get(i).state().shows(Element.CANDIDATE_BOXES)).as(TOUR.get(i).title()).isFalse();
            assertThat(TOUR.get(i).state().populations()).isEmpty();
        }
    }

    // ---------------------------------------------------------------- numbers quoted agree with the physics

    /** A value a text may quote, with the tolerance its rounding allows. */
    private record Known(String what, double value, double relTol) {
        boolean matches(double x) {
            return Math.abs(x / value - 1) <= relTol;
        }
    }

    private static Known exact(String what, double v) {
        return new Known(what, v, 1e-9);
    }

    private static Known rounded(String what, double v, double relTol) {
        return new Known(what, v, relTol);
    }

    /** Every value each step may quote (inputs of the paper scenario and what the app computes), by step. */
    private static Map<Integer, List<Known>> knownValues() {
        DerivedQuantities gev1 = PAPER.at(1);
        DerivedQuantities gev10 = PAPER.at(10);
        IntermittentModelPopulation m = IntermittentModelPopulation.paper();
        double lightYearCm = Units.C_CM_PER_S * Units.YEAR_S;
        ClassVerdict gmc = verdicts("gmcs", Plane.NUMBER_DENSITY).get(1);
        CandidateBox tsas = box("tsas", Plane.FILLING_FACTOR);
        CandidateBox ese = box("ese_lenses", Plane.FILLING_FACTOR);
        return Map.of(
                0, List.of(exact("1 GeV, 1 TeV, 1 pc", 1), exact("δ_s", PAPER.deltaS()),
                        rounded("R(1 GeV) [GV]", gev1.rigidityGV(), 0.005),
                        rounded("ℓ_mfp(1 GeV) [pc]", gev1.meanFreePathPc(), 0.0005),
                        rounded("light years per pc", Units.PC_CM / lightYearCm, 0.02),
                        rounded("ℓ_mfp(1 TeV) [pc]", PAPER.at(1e3).meanFreePathPc(), 0.05)),
                1, List.of(exact("1 GeV", 1), exact("10 GeV", 10), exact("B [μG]", PAPER.bMicroGauss()),
                        rounded("r_g(1 GeV) [au]", gev1.gyroradiusAu(), 0.005),
                        rounded("r_g(10 GeV) [au]", gev10.gyroradiusAu(), 0.005),
                        rounded("ℓ_mfp(1 GeV) [pc]", gev1.meanFreePathPc(), 0.0005),
                        rounded("ℓ_mfp(10 GeV) [pc]", gev10.meanFreePathPc(), 0.02)),
                2, List.of(exact("1 GeV, 1 au", 1), exact("10 TeV [TeV]", 10),
                        rounded("n_s(1 au, 1 GeV) [pc⁻³]", Math.pow(10, BandGeometry.requiredLog10Value(PAPER, Plane.NUMBER_DENSITY, 1, 1)), 0.02)),
                3, List.of(rounded("GMC gap at GeV [dex]", gmc.gapDex(), 0.02),
                        rounded("GMC factor at GeV", Math.pow(10, gmc.gapDex()), 0.05),
                        rounded("SNR gap at GeV [dex]", verdicts("snrs", Plane.NUMBER_DENSITY).get(1).gapDex(), 0.06),
                        rounded("HII gap at GeV [dex]", verdicts("hii_regions", Plane.NUMBER_DENSITY).get(1).gapDex(), 0.03)),
                4, List.of(exact("1 GeV, f_V = 1", 1),
                        rounded("f_V(1 GeV, ℓ_S = r_g)", gev1.minFillingFactor(), 0.05)),
                5, List.of(exact("TSAS smallest [au]", tsas.minShortAxisAu()), exact("TSAS largest [au]", tsas.maxShortAxisAu()),
                        exact("ESE smallest [au]", ese.minShortAxisAu()), exact("ESE largest [au]", ese.maxShortAxisAu()),
                        exact("TSAS f_V low", tsas.minValue()), exact("TSAS f_V high", tsas.maxValue()),
                        exact("ESE f_V low", ese.minValue()), exact("ESE f_V high", ese.maxValue())),
                6, List.of(exact("1 au, 10 TeV", 1), exact("10 TeV", 10),
                        rounded("model f_V at 1 MeV", Math.pow(10, m.log10FillingFactor(PAPER, m.minShortAxisAu(PAPER))), 0.3),
                        rounded("model f_V at 10 TeV", Math.pow(10, m.log10FillingFactor(PAPER, m.maxShortAxisAu(PAPER))), 0.1),
                        rounded("model f_V at 1 au", Math.pow(10, m.log10FillingFactor(PAPER, 1.0)), 0.04)));
    }

    private static final Pattern REFERENCE = Pattern.compile("(?:eqs?\\.|Sec\\.|Fig\\.)\\s*\\d+(?:\\.\\d+)?(?:\\s*[–,]\\s*\\d+)*");
    private static final String SUP = "[⁰¹²³⁴⁵⁶⁷⁸⁹]";
    private static final Pattern NUMBER = Pattern.compile("10(⁻?" + SUP + "+)|(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(?:\\s*×\\s*10(⁻?" + SUP + "+))?");

    /** Every number in a text or caption, parsed ("3.4 × 10⁹", "10⁻¹¹", "10,000", "12.65"); references left out. */
    static List<Double> numbersIn(String text) {
        String t = REFERENCE.matcher(text).replaceAll(" ");
        List<Double> out = new ArrayList<>();
        Matcher mt = NUMBER.matcher(t);
        while (mt.find()) {
            if (mt.start() > 0 && Character.isLetter(t.charAt(mt.start() - 1))) {
                continue; // part of a symbol such as ℓ_S² (no digits) or a name; none in the texts, but be safe
            }
            if (mt.group(1) != null) {
                out.add(Math.pow(10, superscript(mt.group(1))));
            } else {
                double mantissa = Double.parseDouble(mt.group(2).replace(",", ""));
                out.add(mt.group(3) == null ? mantissa : mantissa * Math.pow(10, superscript(mt.group(3))));
            }
        }
        return out;
    }

    private static int superscript(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c == '⁻' ? '-' : (char) ('0' + "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c)));
        }
        return Integer.parseInt(b.toString());
    }

    @Test
    void numberParserReadsTheFormsUsed() {
        List<Double> got = numbersIn("about 3.4 × 10⁹ per pc, 10⁻¹¹ to 10⁻⁶, 10,000 au, 12.65 pc (eq. 11, Sec. 4.2, eqs. 1–2)");
        double[] want = {3.4e9, 1e-11, 1e-6, 10000.0, 12.65};
        assertThat(got).hasSize(want.length);
        for (int i = 0; i < want.length; i++) {
            assertThat(got.get(i) / want[i]).as("number %d", i).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void everyNumberInTextsAndCaptionsAgreesWithThePhysics() {
        Map<Integer, List<Known>> known = knownValues();
        for (int i = 0; i < TOUR.size(); i++) {
            TourStep s = TOUR.get(i);
            List<Known> k = known.get(i);
            List<String> texts = new ArrayList<>(List.of(s.text()));
            s.highlights().forEach(h -> texts.add(h.caption()));
            for (String text : texts) {
                for (double x : numbersIn(text)) {
                    assertThat(k.stream().anyMatch(kv -> kv.matches(x)))
                            .as("%s: the number %s in \"%s\" matches none of %s", s.title(), x, text, k).isTrue();
                }
            }
        }
    }

    @Test
    void keyNumbersAreQuotedAsTheAppShowsThem() {
        assertThat(TOUR.get(0).text()).contains("R = 1.70 GV", "ℓ_mfp = 12.65 pc", "about 300 pc");
        assertThat(Units.formatNumber(PAPER.at(1).meanFreePathPc())).isEqualTo("12.65");
        assertThat(TOUR.get(1).text()).contains("0.126 au at 1 GeV", "0.81 au at 10 GeV", "12.65 pc at 1 GeV", "32 pc at 10 GeV");
        assertThat(TOUR.get(2).text()).contains("3.4 × 10⁹ per cubic parsec");
        assertThat(TOUR.get(3).text()).contains("about 3.5 orders of magnitude", "about 3000", "about 5 orders", "by about 9");
        assertThat(TOUR.get(4).text()).contains("f_V ≈ 5 × 10⁻⁸");
        assertThat(TOUR.get(6).text()).contains("about 10⁻⁸", "4 × 10⁻⁶ at 10 TeV", "1.4 × 10⁻⁷ for 1 au");
    }

    // ---------------------------------------------------------------- helpers

    private static List<Plane> shownPlanes(Layout l) {
        return switch (l) {
            case SIDE_BY_SIDE, STACKED -> List.of(Plane.NUMBER_DENSITY, Plane.FILLING_FACTOR);
            case NUMBER_DENSITY_ONLY -> List.of(Plane.NUMBER_DENSITY);
            case FILLING_FACTOR_ONLY -> List.of(Plane.FILLING_FACTOR);
        };
    }

    /** The part of the rigidity view its automatic range always shows: R from 10⁻³ to 10⁵ GV, the observed ℓ_mfp ± 0.5 dex. */
    private static ViewRange guaranteedRigidityView(Scenario s) {
        double a = Math.log10(s.meanFreePathAtOneGVPc());
        return new ViewRange(-3, 5, a + s.deltaS() * -3 - 0.5, a + s.deltaS() * 5 + 0.5);
    }

    private static void assertInside(ViewRange inner, ViewRange outer, String what) {
        assertThat(outer.contains(inner.log10XMin(), inner.log10YMin()) && outer.contains(inner.log10XMax(), inner.log10YMax()))
                .as("%s: %s inside %s", what, inner, outer).isTrue();
    }

    private static CandidateBox box(String id, Plane p) {
        return BUILT_IN.byId(id).orElseThrow().box(p).orElseThrow();
    }

    private static List<ClassVerdict> verdicts(String id, Plane p) {
        return FigureOfMerit.evaluate(id, id, box(id, p), PAPER).classes();
    }

    private static void assertBoxInside(String id, ViewRange region) {
        CandidateBox b = box(id, Plane.FILLING_FACTOR);
        assertInside(new ViewRange(Math.log10(b.minShortAxisAu()), Math.log10(b.maxShortAxisAu()),
                Math.log10(b.minValue()), Math.log10(b.maxValue())), region, id);
    }
}
