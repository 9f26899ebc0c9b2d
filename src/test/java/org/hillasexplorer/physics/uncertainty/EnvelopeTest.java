package org.hillasexplorer.physics.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hillasexplorer.physics.Band;
import org.hillasexplorer.physics.BandGeometry;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Polygon;
import org.hillasexplorer.physics.Scenario;
import org.junit.jupiter.api.Test;

class EnvelopeTest {

    private static ParameterDistribution.Samples samples(String delta, int n) {
        return ParameterDistribution.of(Scenario.defaults(), List.of(Uncertain.parse(Parameters.DELTA_S, delta))).sample(n);
    }

    @Test
    void aSingleValueGivesTheExactBandUpToOneCell() {
        for (Plane plane : Plane.values()) {
            List<Band> exact = BandGeometry.bands(Scenario.defaults(), plane);
            List<Envelope> es = Envelope.of(ParameterDistribution.fixed(Scenario.defaults()).sample(4), plane,
                    Envelope.DEFAULT_LEVELS);
            assertThat(es).hasSameSizeAs(exact);
            for (int c = 0; c < es.size(); c++) {
                Envelope e = es.get(c);
                Band b = exact.get(c);
                assertThat(e.samples()).isEqualTo(4);
                assertThat(e.regions()).extracting(Envelope.Region::level).containsExactly(0.68, 0.95);
                if (b.outline().isEmpty()) {
                    assertThat(e.regions()).allMatch(Envelope.Region::isEmpty);
                    continue;
                }
                Polygon band = b.outline().get();
                Envelope.Grid g = e.grid();
                for (Envelope.Region r : e.regions()) {
                    assertThat(r.parts()).isNotEmpty().allMatch(Polygon::isSimple);
                    // every point more than 1.5 cells from the band's edge agrees with the band
                    int checked = 0;
                    for (int i = 0; i < 60; i++) {
                        for (int j = 0; j < 60; j++) {
                            double x = g.x0() + (i + 0.37) / 60 * g.columns() * g.dx();
                            double y = g.y0() + (j + 0.61) / 60 * g.rows() * g.dy();
                            Boolean clear = clearly(band, x, y, 1.5 * g.dx(), 1.5 * g.dy());
                            if (clear != null) {
                                assertThat(r.contains(x, y)).as("%s %s at %f,%f", plane, b.energyClass().label(), x, y)
                                        .isEqualTo(clear);
                                checked++;
                            }
                        }
                    }
                    assertThat(checked).isGreaterThan(1000);
                    double slack = perimeter(band) * Math.hypot(g.dx(), g.dy());
                    assertThat(r.area()).isCloseTo(band.signedArea() < 0 ? -band.signedArea() : band.signedArea(),
                            org.assertj.core.data.Offset.offset(slack));
                }
            }
        }
    }

    /** True/false when the whole ±(hx, hy) box around (x, y) is inside/outside p, else null. */
    private static Boolean clearly(Polygon p, double x, double y, double hx, double hy) {
        boolean any = false;
        boolean all = true;
        for (int a = -2; a <= 2; a++) {
            for (int b = -2; b <= 2; b++) {
                boolean in = p.contains(x + a * hx / 2, y + b * hy / 2);
                any |= in;
                all &= in;
            }
        }
        if (all) {
            return true;
        }
        return any || p.intersectsRectangle(x - hx, x + hx, y - hy, y + hy) ? null : false;
    }

    private static double perimeter(Polygon p) {
        double s = 0;
        for (int i = 0; i < p.size(); i++) {
            int k = (i + 1) % p.size();
            s += Math.hypot(p.x(k) - p.x(i), p.y(k) - p.y(i));
        }
        return s;
    }

    @Test
    void aWiderDistributionGivesNestedRegionsContainingTheCentralBand() {
        ParameterDistribution.Samples s = samples("0.3..0.7", 128);
        for (Plane plane : Plane.values()) {
            List<Envelope> es = Envelope.of(s, plane, List.of(0.5, 0.68, 0.95));
            List<Band> central = BandGeometry.bands(s.distribution().central(), plane);
            for (int c = 0; c < es.size(); c++) {
                Envelope e = es.get(c);
                Envelope.Grid g = e.grid();
                List<Envelope.Region> r = e.regions();
                if (central.get(c).outline().isEmpty()) {
                    continue;
                }
                assertThat(r.get(2).area()).isGreaterThan(r.get(1).area());
                assertThat(r.get(1).area()).isGreaterThanOrEqualTo(r.get(0).area());
                // nested: every lower-level region's cell centre lies in each higher level's region
                for (int i = 0; i < g.columns(); i += 3) {
                    for (int j = 0; j < g.rows(); j += 3) {
                        double x = g.x0() + (i + 0.5) * g.dx();
                        double y = g.y0() + (j + 0.5) * g.dy();
                        if (r.get(0).contains(x, y)) {
                            assertThat(r.get(1).contains(x, y)).isTrue();
                        }
                        if (r.get(1).contains(x, y)) {
                            assertThat(r.get(2).contains(x, y)).isTrue();
                        }
                    }
                }
                // the central band lies inside the 95 % region, up to a cell, except at thin tips that fewer than
                // 5 % of the samples reach (the corners at the smallest ℓ_S, where the bands of different δ_s fan out)
                Polygon band = central.get(c).outline().get();
                int near = 0;
                for (int k = 0; k < band.size(); k++) {
                    double x = band.x(k);
                    double y = band.y(k);
                    if (r.get(2).contains(x, y) || r.get(2).parts().stream()
                            .anyMatch(p -> p.intersectsRectangle(x - 1.5 * g.dx(), x + 1.5 * g.dx(), y - 1.5 * g.dy(),
                                    y + 1.5 * g.dy()))) {
                        near++;
                    }
                }
                assertThat(near).as("vertices of %s near the 95 %% region", e.energyClass().label())
                        .isGreaterThanOrEqualTo(band.size() - 3);
                for (int i = 0; i < g.columns(); i += 2) {
                    for (int j = 0; j < g.rows(); j += 2) {
                        double x = g.x0() + (i + 0.5) * g.dx();
                        double y = g.y0() + (j + 0.5) * g.dy();
                        if (Boolean.TRUE.equals(clearly(band, x, y, 1.5 * g.dx(), 1.5 * g.dy()))) {
                            assertThat(r.get(2).contains(x, y)).isTrue();
                        }
                    }
                }
            }
        }
    }

    @Test
    void isDeterministic() {
        List<Envelope> a = Envelope.of(samples("0.3..0.7", 64), Plane.NUMBER_DENSITY, Envelope.DEFAULT_LEVELS);
        List<Envelope> b = Envelope.of(samples("0.3..0.7", 64), Plane.NUMBER_DENSITY, Envelope.DEFAULT_LEVELS);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void collapsedBandsDoNotCrash() {
        for (Plane plane : Plane.values()) {
            List<Envelope> zero = Envelope.of(ParameterDistribution.fixed(Scenario.defaults().with(Parameters.DELTA_S, 0))
                    .sample(2), plane, Envelope.DEFAULT_LEVELS);
            assertThat(zero).isNotEmpty();
            List<Envelope> near = Envelope.of(samples("0..0.2", 32), plane, Envelope.DEFAULT_LEVELS);
            assertThat(near).isNotEmpty();
            for (Envelope e : near) {
                assertThat(e.regions().get(1).area()).isGreaterThanOrEqualTo(e.regions().get(0).area());
            }
        }
    }

    @Test
    void levelsOutsideTheOpenUnitIntervalAreRefused() {
        ParameterDistribution.Samples s = samples("0.3..0.7", 4);
        assertThatThrownBy(() -> Envelope.of(s, Plane.NUMBER_DENSITY, List.of(0.68, 1.0)))
                .hasMessageContaining("level 1.0 is not strictly between 0 and 1");
        assertThatThrownBy(() -> Envelope.of(s, Plane.NUMBER_DENSITY, List.of(0.0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contoursAreClosedSimpleLoopsWithHolesClockwise() {
        Envelope.Grid g = new Envelope.Grid(0, 0, 1, 1, 9, 9);
        int[] v = new int[81];
        // a 3×3 ring of 2s around an empty centre, plus a 2 touching it diagonally and an isolated 2
        for (int i = 2; i <= 4; i++) {
            for (int j = 2; j <= 4; j++) {
                v[j * 9 + i] = i == 3 && j == 3 ? 0 : 2;
            }
        }
        v[5 * 9 + 5] = 2;
        v[7 * 9 + 1] = 2;
        List<Polygon> loops = Envelope.contour(v, 1, g);
        assertThat(loops).allMatch(Polygon::isSimple);
        // the diagonal neighbour joins the ring (saddle mean 1 ≥ 1); the hole is clockwise
        assertThat(loops).hasSize(3);
        assertThat(loops.stream().filter(Envelope::isHole).count()).isEqualTo(1);
        Polygon isolated = loops.stream().filter(p -> p.minY() > 6.5).findFirst().orElseThrow();
        assertThat(isolated.size()).isEqualTo(4);
        assertThat(isolated.signedArea()).isEqualTo(0.5);
    }
}
