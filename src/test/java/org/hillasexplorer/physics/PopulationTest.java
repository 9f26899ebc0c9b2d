package org.hillasexplorer.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The population kinds: values on both planes, size ranges, validation and the predicted mean free path. */
class PopulationTest {
    private final Scenario paper = Scenario.defaults();
    private final IntermittentModelPopulation model = IntermittentModelPopulation.paper();

    private static PowerLawPopulation power(double n0, double l0, double alpha, double lo, double hi) {
        return PowerLawPopulation.spheres("pl", "power law", n0, l0, alpha, lo, hi);
    }

    @Test
    void intermittentModelIsTheFig3LocusOverOneMeVToTenTeV() {
        assertThat(model.id()).isEqualTo("intermittent_model");
        assertThat(model.label()).isEqualTo("hypothetical intermittent model (ℓ_S = r_g)");
        assertThat(model.dimensionality()).isZero();
        assertThat(model.aspect()).isEqualTo(1);
        assertThat(model.internalRatePerS()).isEmpty();
        assertThat(model.minShortAxisAu(paper)).isEqualTo(paper.at(1e-3).gyroradiusAu());
        assertThat(model.maxShortAxisAu(paper)).isEqualTo(paper.at(1e4).gyroradiusAu());
        // f_V = r_g/ℓ_mfp at the energy whose gyroradius is ℓ_S; the 1 GeV check values: r_g = 0.1261 au, ℓ_mfp = 12.65 pc
        Particle p = paper.particle(1);
        double rg = paper.gyroradiusAu(p);
        assertThat(model.log10FillingFactor(paper, rg)).isCloseTo(Math.log10(rg / paper.meanFreePathAu(p)), within(1e-12));
        assertThat(Math.pow(10, model.log10FillingFactor(paper, rg))).isCloseTo(Units.auToPc(0.1261) / 12.65, within(1e-9));
        // n_s = f_V / ℓ_S³ with ℓ_S in pc (D = 0)
        assertThat(model.log10NumberDensityPerPc3(paper, rg))
                .isCloseTo(model.log10FillingFactor(paper, rg) - 3 * Math.log10(Units.auToPc(rg)), within(1e-12));
        // and it agrees with HypotheticalModel's locus point for point
        Curve locus = HypotheticalModel.locus(paper).orElseThrow();
        for (int i = 0; i < locus.size(); i += 9) {
            assertThat(model.log10FillingFactor(paper, Math.pow(10, locus.x(i)))).isCloseTo(locus.y(i), within(1e-9));
        }
        assertThat(model.log10FillingFactor(paper, model.minShortAxisAu(paper) * 0.999)).isNaN();
        assertThat(model.log10NumberDensityPerPc3(paper, model.maxShortAxisAu(paper) * 1.001)).isNaN();
    }

    @Test
    void intermittentModelIsAnExactPowerLawOfSlopeTwoPlusDelta() {
        for (double delta : new double[] {0, 0.3, 0.5, 1.2}) {
            Scenario s = paper.with(Parameters.DELTA_S, delta);
            double a = 0.01;
            double b = 100;
            double slope = (model.log10NumberDensityPerPc3(s, b) - model.log10NumberDensityPerPc3(s, a)) / 4;
            assertThat(slope).as("δ_s = %s", delta).isCloseTo(-SizeDistribution.cumulativeSlopeForFixedInternalRate(delta), within(1e-12));
        }
    }

    @Test
    void predictedMeanFreePathOfTheModelIsTheObservedOneAtEveryEnergy() {
        for (Scenario s : List.of(paper, paper.with(Parameters.B_MICROGAUSS, 30).with(Parameters.DELTA_S, 0.3),
                paper.withSpecies(Species.HELIUM).with(Parameters.NU0_PER_S, 1e-8))) {
            for (double logT = -3; logT <= 4; logT += 0.25) {
                double t = Math.pow(10, logT);
                double observed = s.meanFreePathPc(s.particle(t));
                assertThat(model.predictedMeanFreePathPc(s, t)).as("T = %s GeV", t).isCloseTo(observed, within(1e-9 * observed));
            }
        }
        // above 10 TeV no structure is as large as r_g
        assertThat(model.predictedMeanFreePathPc(paper, 2e4)).isInfinite().isPositive();
        // below 1 MeV the smallest structures (r_g of 1 MeV) set it
        assertThat(model.predictedMeanFreePathPc(paper, 1e-4)).isCloseTo(paper.meanFreePathPc(paper.particle(1e-3)), within(1e-9));
    }

    @Test
    void predictedMeanFreePathScalesInverselyWithTheNormalisation() {
        PowerLawPopulation p = power(1e3, 1, 2.5, 1e-3, 1e4);
        double base = p.predictedMeanFreePathPc(paper, 1);
        assertThat(p.shiftedByDex(2).predictedMeanFreePathPc(paper, 1)).isCloseTo(base / 100, within(1e-12 * base));
        assertThat(power(3e3, 1, 2.5, 1e-3, 1e4).predictedMeanFreePathPc(paper, 1)).isCloseTo(base / 3, within(1e-12 * base));
        // eq. 8 at the threshold ℓ_lo = r_g(1 GeV) = 0.1261 au: 1/(n_s(>ℓ_lo) ℓ_lo²)
        double rg = paper.at(1).gyroradiusAu();
        double n = 1e3 * Math.pow(rg, -2.5);
        assertThat(base).isCloseTo(1 / (n * Math.pow(Units.auToPc(rg), 2)), within(1e-9 * base));
        // when r_g < ℓ_min, the smallest structures set it (no T dependence below there)
        assertThat(p.predictedMeanFreePathPc(paper, 1e-6)).isCloseTo(p.predictedMeanFreePathPc(paper, 2e-6), within(1e-12 * base));
        assertThat(power(1, 1, 2, 1e-3, 1).predictedMeanFreePathPc(paper, 1e4)).isInfinite();
    }

    @Test
    void elongatedStructuresNeedFewerOfThemForTheSameMeanFreePath() {
        PowerLawPopulation spheres = power(1, 1, 2.5, 1e-2, 1e4);
        PowerLawPopulation filaments = new PowerLawPopulation("f", "filaments", 1, 1, 2.5, 1e-2, 1e4, 1, 100, OptionalDouble.empty());
        // A_s = a^D ℓ_S² and V_s = a^D ℓ_S³: a 100× longer filament scatters and fills 100× more
        assertThat(filaments.predictedMeanFreePathPc(paper, 1)).isCloseTo(spheres.predictedMeanFreePathPc(paper, 1) / 100, within(1e-6));
        assertThat(filaments.log10FillingFactor(paper, 10)).isCloseTo(spheres.log10FillingFactor(paper, 10) + 2, within(1e-12));
        assertThat(filaments.log10NumberDensityPerPc3(paper, 10)).isEqualTo(spheres.log10NumberDensityPerPc3(paper, 10));
    }

    @Test
    void powerLawValuesAndCurve() {
        PowerLawPopulation p = power(1e-2, 10, 2, 1, 1e3);
        assertThat(p.log10NumberDensityPerPc3(paper, 100)).isCloseTo(-4, within(1e-12));
        assertThat(p.log10ValueOn(Plane.NUMBER_DENSITY, paper, 100)).isEqualTo(p.log10NumberDensityPerPc3(paper, 100));
        assertThat(p.log10ValueOn(Plane.FILLING_FACTOR, paper, 100))
                .isCloseTo(-4 + 3 * Math.log10(Units.auToPc(100)), within(1e-12));
        assertThat(p.log10NumberDensityPerPc3(paper, 0.5)).isNaN();
        assertThat(p.log10FillingFactor(paper, 2e3)).isNaN();
        Curve c = p.curve(Plane.NUMBER_DENSITY, paper).orElseThrow();
        assertThat(c.size()).isEqualTo(Population.CURVE_SAMPLES);
        assertThat(c.x(0)).isEqualTo(0);
        assertThat(c.x(c.size() - 1)).isCloseTo(3, within(1e-12));
        assertThat((c.y(c.size() - 1) - c.y(0)) / 3).isCloseTo(-2, within(1e-12));
        assertThat(p.minShortAxisAu(paper)).isEqualTo(1);
        assertThat(p.maxShortAxisAu(paper)).isEqualTo(1e3);
    }

    @Test
    void powerLawValidationNamesFieldValueAndRange() {
        assertThatThrownBy(() -> power(1, 1, 12, 1, 10)).hasMessageContaining("α_n = 12 is outside [−5, 10]");
        assertThatThrownBy(() -> power(1, 1, Double.NaN, 1, 10)).hasMessageContaining("α_n = NaN is outside [−5, 10]");
        assertThatThrownBy(() -> power(0, 1, 2, 1, 10)).hasMessageContaining("n₀ = 0 pc⁻³ is outside (0, ∞)");
        assertThatThrownBy(() -> power(1, -1, 2, 1, 10)).hasMessageContaining("ℓ₀ = -1 au is outside (0, ∞)");
        assertThatThrownBy(() -> power(1, 1, 2, 0, 10)).hasMessageContaining("ℓ_min = 0 au is outside (0, ∞)");
        assertThatThrownBy(() -> power(1, 1, 2, 1, Double.POSITIVE_INFINITY)).hasMessageContaining("ℓ_max = ∞ au is outside (0, ∞)");
        assertThatThrownBy(() -> power(1, 1, 2, 10, 10)).hasMessageContaining("ℓ_max = 10 au is outside (ℓ_min, ∞) = (10 au, ∞)");
        assertThatThrownBy(() -> new PowerLawPopulation("x", "x", 1, 1, 2, 1, 10, 3, 1, OptionalDouble.empty()))
                .hasMessageContaining("D = 3 is outside [0, 2]");
        assertThatThrownBy(() -> new PowerLawPopulation("x", "x", 1, 1, 2, 1, 10, 1, 0.5, OptionalDouble.empty()))
                .hasMessageContaining("aspect ℓ_L/ℓ_S = 0.5 is outside [1, 1e6]");
        assertThatThrownBy(() -> new PowerLawPopulation("x", "x", 1, 1, 2, 1, 10, 0, 1, OptionalDouble.of(-1)))
                .hasMessageContaining("ν_s = -1 s⁻¹ is outside (0, ∞)");
        assertThatThrownBy(() -> power(1, 1, 2, 1, 10).shiftedByDex(400)).hasMessageContaining("n₀ = ∞ pc⁻³");
        assertThatThrownBy(() -> PowerLawPopulation.spheres(" ", "x", 1, 1, 2, 1, 10)).hasMessageContaining("id must not be blank");
        assertThat(power(1, 1, -5, 1, 10).alphaN()).isEqualTo(-5);
        assertThat(power(1, 1, 10, 1, 10).alphaN()).isEqualTo(10);
    }

    @Test
    void tableInterpolatesLinearlyInLogLogAndConvertsThroughTheVolume() {
        TabulatedPopulation t = TabulatedPopulation.spheres("t", "table", Plane.NUMBER_DENSITY,
                List.of(1.0, 100.0, 1e4), List.of(1e6, 1e2, 1e-4));
        assertThat(t.log10NumberDensityPerPc3(paper, 1)).isEqualTo(6);
        assertThat(t.log10NumberDensityPerPc3(paper, 10)).isCloseTo(4, within(1e-12));      // halfway between 6 and 2
        assertThat(t.log10NumberDensityPerPc3(paper, 1e3)).isCloseTo(-1, within(1e-12));    // halfway between 2 and −4
        assertThat(t.log10NumberDensityPerPc3(paper, 1e4)).isCloseTo(-4, within(1e-12));
        assertThat(t.log10NumberDensityPerPc3(paper, 0.99)).isNaN();
        assertThat(t.log10NumberDensityPerPc3(paper, 1.01e4)).isNaN();
        assertThat(t.log10FillingFactor(paper, 10)).isCloseTo(4 + 3 * Math.log10(Units.auToPc(10)), within(1e-12));
        // the curve is the table's own points
        Curve c = t.curve(Plane.NUMBER_DENSITY, paper).orElseThrow();
        assertThat(c.xs()).containsExactly(0, 2, 4);
        assertThat(c.ys()).containsExactly(new double[] {6, 2, -4}, within(1e-12));
        assertThat(t.curve(Plane.FILLING_FACTOR, paper).orElseThrow().y(1)).isCloseTo(t.log10FillingFactor(paper, 100), within(1e-12));
        // an f_V table of sheets converts back with V_s = a^D ℓ_S³
        TabulatedPopulation sheets = new TabulatedPopulation("s", "sheets", Plane.FILLING_FACTOR, List.of(1.0, 10.0),
                List.of(1e-6, 1e-5), 2, 10, OptionalDouble.empty());
        assertThat(sheets.log10NumberDensityPerPc3(paper, 1)).isCloseTo(-6 - 2 - 3 * Math.log10(Units.auToPc(1)), within(1e-12));
        assertThat(sheets.log10FillingFactor(paper, Math.sqrt(10))).isCloseTo(-5.5, within(1e-12));
    }

    @Test
    void tableValidationNamesThePointAndTheRule() {
        assertThatThrownBy(() -> TabulatedPopulation.spheres("t", "t", Plane.NUMBER_DENSITY, List.of(1.0), List.of(1.0)))
                .hasMessageContaining("1 point(s) given, at least 2 needed");
        assertThatThrownBy(() -> TabulatedPopulation.spheres("t", "t", Plane.NUMBER_DENSITY, List.of(1.0, 2.0), List.of(1.0)))
                .hasMessageContaining("2 sizes but 1 values");
        assertThatThrownBy(() -> TabulatedPopulation.spheres("t", "t", Plane.NUMBER_DENSITY, List.of(1.0, 1.0), List.of(1.0, 1.0)))
                .hasMessageContaining("point 2: ℓ_S = 1 au must exceed the previous ℓ_S = 1 au (sizes strictly increasing)");
        assertThatThrownBy(() -> TabulatedPopulation.spheres("t", "t", Plane.NUMBER_DENSITY, List.of(-1.0, 1.0), List.of(1.0, 1.0)))
                .hasMessageContaining("point 1: ℓ_S = -1 au is outside (0, ∞)");
        assertThatThrownBy(() -> TabulatedPopulation.spheres("t", "t", Plane.NUMBER_DENSITY, List.of(1.0, 2.0), List.of(1.0, 0.0)))
                .hasMessageContaining("point 2: n_s(>ℓ_S) [pc⁻³] = 0 is outside (0, ∞)");
        assertThatThrownBy(() -> TabulatedPopulation.spheres("t", "t", Plane.FILLING_FACTOR, List.of(1.0, 2.0), List.of(0.5, 2.0)))
                .hasMessageContaining("point 2: f_V = 2 is outside (0, 1]");
        assertThatThrownBy(() -> TabulatedPopulation.spheres("t", "t", Plane.FILLING_FACTOR, List.of(1.0, 2.0),
                java.util.Arrays.asList(0.5, null))).hasMessageContaining("point 2: f_V = missing is outside (0, 1]");
    }

    @Test
    void rigidityViewOfTheModelFollowsTheObservedRelationAndStopsAtItsLargestSize() {
        List<double[]> observed = FigureOfMerit.observedMeanFreePath(paper, 0.1, 1e5, 41);
        assertThat(observed).hasSize(41);
        assertThat(observed.get(0)[0]).isEqualTo(0.1);
        assertThat(observed.get(40)[0]).isEqualTo(1e5);
        assertThat(observed.get(20)[1]).isCloseTo(paper.meanFreePathAtOneGVPc() * Math.pow(observed.get(20)[0], 0.5), within(1e-9));
        List<double[]> predicted = FigureOfMerit.rigidityCurve(model, paper, 0.1, 1e5, 41);
        double rMax = paper.at(1e4).rigidityGV();
        assertThat(predicted).isNotEmpty().allSatisfy(p -> assertThat(p[0]).isLessThanOrEqualTo(rMax));
        assertThat(predicted.size()).isLessThan(41);   // rigidities above 10 TeV are skipped (ℓ_mfp = ∞)
        for (double[] p : predicted) {
            double obs = paper.meanFreePathAtOneGVPc() * Math.pow(p[0], 0.5);
            assertThat(p[1]).isCloseTo(obs, within(1e-9 * obs));
        }
        assertThatThrownBy(() -> FigureOfMerit.observedMeanFreePath(paper, 10, 1, 5)).hasMessageContaining("R_max = 1 GV is outside (R_min, 1e12] GV");
        assertThatThrownBy(() -> FigureOfMerit.rigidityCurve(model, paper, 0, 1, 5)).hasMessageContaining("R_min = 0 GV is outside [1e-9, 1e12] GV");
        assertThatThrownBy(() -> FigureOfMerit.observedMeanFreePath(paper, 1, 10, 1)).hasMessageContaining("samples = 1 is outside [2, 100000]");
    }
}
