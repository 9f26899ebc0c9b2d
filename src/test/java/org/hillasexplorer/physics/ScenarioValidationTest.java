package org.hillasexplorer.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Invalid parameters are rejected with a message naming the parameter, the value and the allowed range. */
class ScenarioValidationTest {
    private final Scenario s = Scenario.defaults();

    @Test
    void negativeDeltaIsRejectedWithSymbolValueAndRange() {
        assertThatThrownBy(() -> s.with(Parameters.DELTA_S, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("δ_s = -1 is outside [0, 1.5]");
    }

    @Test
    void nonPositiveFieldAndRateAreRejected() {
        assertThatThrownBy(() -> s.with(Parameters.B_MICROGAUSS, 0)).hasMessageContaining("B = 0 μG is outside [0.01, 1000] μG");
        assertThatThrownBy(() -> s.with(Parameters.NU0_PER_S, -1e-9)).hasMessageContaining("ν̄₀ = -1e-9 s⁻¹ is outside");
    }

    @Test
    void nanIsRejected() {
        assertThatThrownBy(() -> s.with(Parameters.DELTA_S, Double.NaN)).hasMessage("δ_s = NaN is outside [0, 1.5]");
        assertThatThrownBy(() -> new Scenario(0.5, Double.NaN, 1e-9, 0, 1, 1, EnergyClass.DEFAULTS, Species.PROTON))
                .hasMessageContaining("B = NaN");
    }

    @Test
    void dimensionalityMustBeZeroOneOrTwo() {
        assertThatThrownBy(() -> s.with(Parameters.DIMENSIONALITY, 1.5)).hasMessageContaining("D = 1.5 must be a whole number in [0, 2]");
        assertThatThrownBy(() -> s.with(Parameters.DIMENSIONALITY, 3)).hasMessageContaining("D = 3 is outside [0, 2]");
    }

    @Test
    void energyClassNeedsLowBelowHigh() {
        assertThatThrownBy(() -> new EnergyClass("GeV", 10, 1))
                .hasMessage("class GeV: T_lo = 10 GeV must be below T_hi = 1 GeV");
        assertThatThrownBy(() -> new EnergyClass("x", 0, 1)).hasMessageContaining("T_lo of class x");
    }

    @Test
    void energyClassListParsesAndRoundTrips() {
        List<EnergyClass> classes = EnergyClass.parseList("MeV=1MeV..10MeV,GeV=1GeV..10GeV,TeV=1TeV..10TeV");
        assertThat(classes).isEqualTo(EnergyClass.DEFAULTS);
        String spec = String.join(",", classes.stream().map(EnergyClass::toSpec).toList());
        assertThat(EnergyClass.parseList(spec)).isEqualTo(classes);
        assertThatThrownBy(() -> EnergyClass.parseList("GeV:1..10")).hasMessageContaining("LABEL=TLO..THI");
        assertThatThrownBy(() -> EnergyClass.parseList("a=1GeV..2GeV,a=3GeV..4GeV")).hasMessageContaining("distinct");
        assertThatThrownBy(() -> EnergyClass.parseList("a=1GeV..2Gev")).hasMessageContaining("unknown unit 'Gev'");
    }

    @Test
    void withChangesOnlyTheNamedParameter() {
        for (Parameter p : Parameters.SCENARIO) {
            double v = p.integer() ? p.max() : p.scale() == Parameter.Scale.LOG ? Math.sqrt(p.min() * p.max()) : (p.min() + p.max()) / 2;
            Scenario changed = s.with(p, v);
            assertThat(changed.get(p)).isEqualTo(v);
            for (Parameter other : Parameters.SCENARIO) {
                if (other != p) {
                    assertThat(changed.get(other)).isEqualTo(s.get(other));
                }
            }
        }
    }

    @Test
    void tooltipNamesSymbolUnitRangeAndEquation() {
        assertThat(Parameters.B_MICROGAUSS.tooltip())
                .contains("B — magnetic field", "μG", "[0.01, 1000] μG", "eq. (3)", "logarithmic");
        assertThat(Parameters.DELTA_S.cliOption()).isEqualTo("--delta");
    }
}
