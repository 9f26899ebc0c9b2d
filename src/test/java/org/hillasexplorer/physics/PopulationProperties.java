package org.hillasexplorer.physics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any valid power law, in any valid scenario, gets a verdict, a curve and a mean free path that are never NaN. */
class PopulationProperties {

    @Provide
    Arbitrary<PowerLawPopulation> powerLaws() {
        Arbitrary<Double> logN0 = Arbitraries.doubles().between(-40, 40);
        Arbitrary<Double> logL0 = Arbitraries.doubles().between(-8, 12);
        Arbitrary<Double> alpha = Arbitraries.doubles().between(-5, 10);
        Arbitrary<Double> logMin = Arbitraries.doubles().between(-8, 11);
        Arbitrary<Double> width = Arbitraries.doubles().between(0.001, 12).ofScale(4);
        Arbitrary<Integer> dim = Arbitraries.integers().between(0, 2);
        Arbitrary<Double> logAspect = Arbitraries.doubles().between(0, 6);
        Arbitrary<OptionalDouble> nu = Arbitraries.doubles().between(-12, 6).map(x -> OptionalDouble.of(Math.pow(10, x)))
                .injectNull(0.4).map(o -> o == null ? OptionalDouble.empty() : o);
        return Combinators.combine(logN0, logL0, alpha, logMin, width, dim, logAspect, nu)
                .as((n, l0, a, lo, w, d, asp, rate) -> new PowerLawPopulation("p", "random", Math.pow(10, n), Math.pow(10, l0), a,
                        Math.pow(10, lo), Math.pow(10, lo + w), d, Math.pow(10, asp), rate));
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Double> delta = Arbitraries.doubles().between(0, 1.5);
        Arbitrary<Double> logB = Arbitraries.doubles().between(-2, 3);
        Arbitrary<Double> logNu = Arbitraries.doubles().between(-13, -5);
        Arbitrary<EnergyClass> cls = Combinators.combine(Arbitraries.doubles().between(-6, 6.9), Arbitraries.doubles().between(0.01, 4))
                .as((lo, w) -> new EnergyClass("X", Math.pow(10, lo), Math.pow(10, Math.min(7, lo + w))));
        return Combinators.combine(delta, logB, logNu, cls)
                .as((d, b, nu, c) -> new Scenario(d, Math.pow(10, b), Math.pow(10, nu), 0, 1, 1,
                        List.of(c, EnergyClass.GEV), Species.PROTON));
    }

    @Property(tries = 300)
    void evaluationCurveAndMeanFreePathAreNeverNaN(@ForAll("powerLaws") PowerLawPopulation p, @ForAll("scenarios") Scenario s,
                                                    @ForAll("logEnergies") double logT) {
        for (Plane plane : Plane.values()) {
            CandidateVerdict v = FigureOfMerit.evaluate(p, plane, s);
            assertThat(v.classes()).hasSize(s.energyClasses().size());
            assertThat(v.summary()).isNotBlank();
            for (ClassVerdict c : v.classes()) {
                if (c.status() == ClassVerdict.Status.NO_BAND) {
                    continue;
                }
                assertThat(c.gapDex()).as("%s %s", c, p).isNotNaN().isGreaterThanOrEqualTo(0);
                assertThat(Double.isFinite(c.gapDex())).isTrue();
                assertThat(c.log10LsAtGapAu()).isBetween(Math.log10(p.minShortAxisAu()) - 1e-9, Math.log10(p.maxShortAxisAu()) + 1e-9);
            }
            for (ConstraintViolation x : v.violations()) {
                assertThat(x.marginDex()).isNotNaN().isLessThanOrEqualTo(0);
                assertThat(x.where()).isNotBlank();
            }
            Curve c = p.curve(plane, s).orElseThrow();
            for (int i = 0; i < c.size(); i++) {
                assertThat(c.y(i)).isFinite();
            }
        }
        double mfp = p.predictedMeanFreePathPc(s, Math.pow(10, logT));
        assertThat(mfp).isNotNaN().isGreaterThanOrEqualTo(0);
        for (double[] point : FigureOfMerit.rigidityCurve(p, s, 1e-3, 1e6, 17)) {
            assertThat(point[1]).isNotNaN().isGreaterThanOrEqualTo(0);
            assertThat(Double.isInfinite(point[1])).isFalse();
        }
    }

    @Provide
    Arbitrary<Double> logEnergies() {
        return Arbitraries.doubles().between(-6, 7);
    }

    @Property(tries = 200)
    void shiftingDownNeverHelps(@ForAll("powerLaws") PowerLawPopulation p, @ForAll("scenarios") Scenario s) {
        // a rarer population is never closer to explaining a class it is already too rare for
        CandidateVerdict before = FigureOfMerit.evaluate(p, Plane.FILLING_FACTOR, s);
        CandidateVerdict after = FigureOfMerit.evaluate(p.shiftedByDex(-1), Plane.FILLING_FACTOR, s);
        for (int i = 0; i < before.classes().size(); i++) {
            ClassVerdict b = before.classes().get(i);
            if (b.status() == ClassVerdict.Status.TOO_RARE) {
                assertThat(after.classes().get(i).status()).isEqualTo(ClassVerdict.Status.TOO_RARE);
                assertThat(after.classes().get(i).gapDex()).isGreaterThanOrEqualTo(b.gapDex() + 1 - 1e-6);
            }
        }
    }
}
