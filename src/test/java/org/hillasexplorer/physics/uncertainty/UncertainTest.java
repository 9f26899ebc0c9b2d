package org.hillasexplorer.physics.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Scenario;
import org.junit.jupiter.api.Test;

class UncertainTest {

    @Test
    void readsEveryForm() {
        Uncertain u = Uncertain.parse(Parameters.DELTA_S, "0.3..0.7");
        assertThat(u.shape()).isEqualTo(Uncertain.Shape.UNIFORM);
        assertThat(u.central()).isCloseTo(0.5, within(1e-12));
        assertThat(u.quantile(0.25)).isCloseTo(0.4, within(1e-12));

        Uncertain b = Uncertain.parse(Parameters.B_MICROGAUSS, "1..10 log");
        assertThat(b.shape()).isEqualTo(Uncertain.Shape.LOG_UNIFORM);
        assertThat(b.central()).isCloseTo(Math.sqrt(10), within(1e-12));
        assertThat(b.quantile(0.5)).isCloseTo(Math.sqrt(10), within(1e-12));

        Uncertain n = Uncertain.parse(Parameters.DELTA_S, "0.5+-0.1");
        assertThat(n.shape()).isEqualTo(Uncertain.Shape.NORMAL);
        assertThat(n.quantile(0.8413447460685429)).isCloseTo(0.6, within(1e-6));
        assertThat(Uncertain.parse(Parameters.DELTA_S, "0.5 ± 0.1")).isEqualTo(n);

        Uncertain ln = Uncertain.parse(Parameters.NU0_PER_S, "1e-9*/3");
        assertThat(ln.shape()).isEqualTo(Uncertain.Shape.LOG_NORMAL);
        assertThat(ln.quantile(0.8413447460685429)).isCloseTo(3e-9, within(1e-14));
        assertThat(ln.quantile(0.5)).isCloseTo(1e-9, within(1e-15));

        assertThat(Uncertain.parse(Parameters.DELTA_S, "0.4").isFixed()).isTrue();
    }

    @Test
    void unitsApplyToBothEndsAndToTheWidth() {
        // 0.1 nT = 1 μG
        Uncertain b = Uncertain.parse(Parameters.B_MICROGAUSS, "1..10 uG");
        assertThat(b.first()).isEqualTo(1);
        assertThat(b.second()).isEqualTo(10);
        Uncertain t = Uncertain.parse(Parameters.B_MICROGAUSS, "0.1 nT..1 nT");
        assertThat(t.first()).isCloseTo(1, within(1e-12));
        assertThat(t.second()).isCloseTo(10, within(1e-12));
        Uncertain w = Uncertain.parse(Parameters.B_MICROGAUSS, "0.3 nT +- 0.1");
        assertThat(w.first()).isCloseTo(3, within(1e-12));
        assertThat(w.second()).isCloseTo(1, within(1e-12));
    }

    @Test
    void specReadsBack() {
        for (String s : List.of("0.3..0.7", "1..10 log", "0.5+-0.1", "1e-9*/3", "0.45")) {
            Uncertain u = Uncertain.parse(Parameters.SCENARIO.get(s.contains("e-9") ? 2 : s.contains("log") ? 1 : 0), s);
            assertThat(Uncertain.parse(u.parameter(), u.toSpec())).isEqualTo(u);
        }
    }

    @Test
    void refusesWhatThePhysicsDoesNotAllowWithTheValueAndTheRange() {
        assertThatThrownBy(() -> Uncertain.parse(Parameters.DELTA_S, "0.3..2"))
                .hasMessageContaining("δ_s = 2").hasMessageContaining("[0, 1.5]");
        assertThatThrownBy(() -> Uncertain.parse(Parameters.DELTA_S, "0.7..0.3")).hasMessageContaining("empty");
        assertThatThrownBy(() -> Uncertain.parse(Parameters.DELTA_S, "0.5+-0.5"))
                .hasMessageContaining("lies outside the allowed [0, 1.5]").hasMessageContaining("0.5+-0.5");
        assertThatThrownBy(() -> Uncertain.parse(Parameters.NU0_PER_S, "1e-9*/0.5")).hasMessageContaining("> 1");
        assertThatThrownBy(() -> Uncertain.parse(Parameters.NU0_PER_S, "1e-9*/x")).hasMessageContaining("not a factor");
        assertThatThrownBy(() -> Uncertain.parse(Parameters.DIMENSIONALITY, "0..2")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> Uncertain.parse(Parameters.B_MICROGAUSS, "1 GeV..10")).hasMessageContaining("energy");
        assertThatThrownBy(() -> Uncertain.parse(Parameters.DELTA_S, "..0.7")).hasMessageContaining("not a range");
    }

    @Test
    void aTruncatedNormalStaysInsideTheAllowedRange() {
        Uncertain n = Uncertain.parse(Parameters.DELTA_S, "0.2+-0.08"); // 0.6 % below 0
        assertThat(n.quantile(1e-6)).isGreaterThanOrEqualTo(0);
        assertThat(n.lowEnd()).isGreaterThan(0).isLessThan(0.1);
    }

    @Test
    void sobolSamplesFollowTheMarginalsAndAreDeterministic() {
        ParameterDistribution d = ParameterDistribution.of(Scenario.defaults(), List.of(
                Uncertain.parse(Parameters.DELTA_S, "0.3..0.7"), Uncertain.parse(Parameters.B_MICROGAUSS, "1..10 log"),
                Uncertain.parse(Parameters.NU0_PER_S, "1e-9*/3")));
        assertThat(d.central().deltaS()).isEqualTo(0.5);
        assertThat(d.central().bMicroGauss()).isCloseTo(Math.sqrt(10), within(1e-12));
        ParameterDistribution.Samples s = d.sample(1024);
        assertThat(s.size()).isEqualTo(1024);
        double mean = s.scenarios().stream().mapToDouble(Scenario::deltaS).average().orElseThrow();
        assertThat(mean).isCloseTo(0.5, within(1e-3));
        assertThat(s.scenarios()).allSatisfy(x -> assertThat(x.deltaS()).isBetween(0.3, 0.7));
        long belowRootTen = s.scenarios().stream().filter(x -> x.bMicroGauss() < Math.sqrt(10)).count();
        assertThat(belowRootTen).isEqualTo(512); // balanced: exactly half of a power-of-two Sobol block
        double meanLogNu = s.scenarios().stream().mapToDouble(x -> Math.log10(x.nu0PerS())).average().orElseThrow();
        assertThat(meanLogNu).isCloseTo(-9, within(0.01));
        double sdLogNu = Math.sqrt(s.scenarios().stream().mapToDouble(x -> Math.pow(Math.log10(x.nu0PerS()) + 9, 2)).average().orElseThrow());
        assertThat(sdLogNu).isCloseTo(Math.log10(3), within(0.01));
        assertThat(d.sample(1024).scenarios()).isEqualTo(s.scenarios());
    }

    @Test
    void aCorrelatedBlockReproducesItsCovariance() {
        CorrelatedNormal c = new CorrelatedNormal(List.of(Parameters.DELTA_S, Parameters.NU0_PER_S), new boolean[] {false, true},
                new double[] {0.45, -9.1}, new double[][] {{0.0004, -0.0006}, {-0.0006, 0.0016}});
        ParameterDistribution d = ParameterDistribution.fixed(Scenario.defaults()).withCorrelated(c);
        assertThat(d.central().deltaS()).isEqualTo(0.45);
        assertThat(d.central().nu0PerS()).isCloseTo(Math.pow(10, -9.1), within(1e-20));
        List<Scenario> s = d.sample(4096).scenarios();
        double mx = s.stream().mapToDouble(Scenario::deltaS).average().orElseThrow();
        double my = s.stream().mapToDouble(x -> Math.log10(x.nu0PerS())).average().orElseThrow();
        double cov = s.stream().mapToDouble(x -> (x.deltaS() - mx) * (Math.log10(x.nu0PerS()) - my)).average().orElseThrow();
        assertThat(mx).isCloseTo(0.45, within(1e-3));
        assertThat(my).isCloseTo(-9.1, within(1e-3));
        assertThat(cov / (0.02 * 0.04)).isCloseTo(-0.75, within(0.02));
        assertThat(d.ends(Parameters.DELTA_S)[0]).isCloseTo(0.45 - 1.96 * 0.02, within(1e-3));
    }
}
