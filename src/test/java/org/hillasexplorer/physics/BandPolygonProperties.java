package org.hillasexplorer.physics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Band polygons stay valid — closed, finite, simple — over the whole allowed parameter range. */
class BandPolygonProperties {

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Double> delta = Arbitraries.doubles().between(0, 1.5);
        Arbitrary<Double> logB = Arbitraries.doubles().between(-2, 3);
        Arbitrary<Double> logNu = Arbitraries.doubles().between(-13, -5);
        Arbitrary<Integer> dim = Arbitraries.integers().between(0, 2);
        Arbitrary<Double> logAspect = Arbitraries.doubles().between(0, 6);
        Arbitrary<EnergyClass> cls = Combinators.combine(Arbitraries.doubles().between(-6, 6.9), Arbitraries.doubles().between(0.01, 4))
                .as((lo, width) -> new EnergyClass("X", Math.pow(10, lo), Math.pow(10, Math.min(7, lo + width))));
        Arbitrary<Integer> z = Arbitraries.integers().between(1, 26);
        return Combinators.combine(delta, logB, logNu, dim, logAspect, cls, z)
                .as((d, b, nu, dm, a, c, charge) -> new Scenario(d, Math.pow(10, b), Math.pow(10, nu), dm, Math.pow(10, a), 1,
                        List.of(c), Species.of(charge, Math.max(charge, 2 * charge))));
    }

    @Property(tries = 400)
    void bandsAreSimpleFiniteAndNonDegenerate(@ForAll("scenarios") Scenario s) {
        for (Plane plane : Plane.values()) {
            for (Band b : BandGeometry.bands(s, plane)) {
                if (b.isEmpty()) {
                    assertThat(b.note()).isNotEmpty();
                    continue;
                }
                Polygon p = b.outline().get();
                assertThat(p.size()).isGreaterThanOrEqualTo(3);
                for (int i = 0; i < p.size(); i++) {
                    assertThat(Double.isFinite(p.x(i)) && Double.isFinite(p.y(i))).isTrue();
                }
                assertThat(p.isSimple()).as("simple: %s %s", plane, s).isTrue();
                assertThat(Math.abs(p.signedArea())).isPositive();
            }
        }
    }

    @Property(tries = 300)
    void everyAdmissibleStructureLiesInsideItsBand(@ForAll("scenarios") Scenario s,
                                                   @ForAll("fractions") double energyFraction,
                                                   @ForAll("fractions") double sizeFraction) {
        for (Plane plane : Plane.values()) {
            Band b = BandGeometry.bands(s, plane).get(0);
            if (b.isEmpty()) {
                continue;
            }
            double t = Math.pow(10, Math.log10(b.allowedMinKineticEnergyGeV())
                    + energyFraction * Math.log10(b.allowedMaxKineticEnergyGeV() / b.allowedMinKineticEnergyGeV()));
            Particle p = s.particle(t);
            double lo = Math.log10(s.gyroradiusAu(p));
            double hi = Math.log10(s.meanFreePathAu(p));
            double x = lo + sizeFraction * (hi - lo);
            double y = BandGeometry.requiredLog10Value(s, plane, t, Math.pow(10, x));
            double[] ext = b.outline().get().verticalExtentAt(x);
            assertThat(ext).isNotNull();
            double tol = 1e-6 * Math.max(1, Math.abs(y));
            assertThat(y).isBetween(ext[0] - tol, ext[1] + tol);
        }
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }
}
