package org.hillasexplorer.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.hillasexplorer.physics.PopulationParameter.Presence;
import org.hillasexplorer.physics.PopulationParameter.Quantity;
import org.junit.jupiter.api.Test;

/** The population knobs' definitions: units, ranges, messages, and a power law read and built by knob. */
class PopulationParameterTest {

    @Test
    void theKnobsOfAPowerLawAreTheFileKeysInOrder() {
        assertThat(PopulationParameters.POWER_LAW).extracting(PopulationParameter::key)
                .containsExactly("n0", "l0", "alpha_n", "min", "max", "dim", "aspect", "nu_s");
        assertThat(PopulationParameters.GEOMETRY).extracting(PopulationParameter::key).containsExactly("dim", "aspect", "nu_s");
        assertThat(PopulationParameters.ALPHA_N.specKeys()).containsExactly("alpha_n", "alpha");
        assertThat(PopulationParameters.specKeys()).containsExactly("n0", "l0", "alpha_n", "alpha", "min", "max", "dim",
                "aspect", "nu_s", "id", "label");
        assertThat(PopulationParameters.byKey("max")).isSameAs(PopulationParameters.MAX);
        assertThatThrownBy(() -> PopulationParameters.byKey("alpha")).hasMessageContaining("no population knob 'alpha'");
        // the geometry has the scenario's ranges, since the bands are redrawn for it
        assertThat(PopulationParameters.ASPECT.rangeText()).isEqualTo(Parameters.ASPECT.rangeText());
        assertThat(PopulationParameters.DIM.choices()).containsExactly(0, 1, 2);
        assertThat(PopulationParameters.N0.choices()).isEmpty();
    }

    @Test
    void quantitiesReadTheirShortListOfUnitsInAnyCase() {
        assertThat(Quantity.LENGTH.parse("2 pc")).isEqualTo(Units.pcToAu(2));
        assertThat(Quantity.LENGTH.parse("0.5kpc")).isEqualTo(0.5 * Units.pcToAu(1e3));
        assertThat(Quantity.LENGTH.parse(" 1 AU ")).isEqualTo(1);
        assertThat(Quantity.LENGTH.parse("1e13CM")).isEqualTo(1e13 * (1 / Units.AU_CM));
        assertThat(Quantity.LENGTH.parse("7")).isEqualTo(7);
        double pcCm3 = Units.PC_CM * Units.PC_CM * Units.PC_CM;
        assertThat(Quantity.NUMBER_DENSITY.parse("1e-52 cm^-3")).isEqualTo(1e-52 * pcCm3);
        assertThat(Quantity.NUMBER_DENSITY.parse("1e3/pc3")).isEqualTo(1e3);
        assertThat(Quantity.NUMBER_DENSITY.parse("3 cm⁻³")).isEqualTo(3 * pcCm3);
        assertThat(Quantity.RATE.parse("1e-6 s^-1")).isEqualTo(1e-6);
        assertThat(Quantity.RATE.parse("1e-6/s")).isEqualTo(1e-6);
        assertThat(Quantity.NUMBER.parse("-2.5")).isEqualTo(-2.5);
        assertThat(Quantity.LENGTH.parse("1e400 au")).isInfinite(); // refused by the range, with the value shown
    }

    @Test
    void badTextIsNamedWithWhatIsAllowed() {
        assertThatThrownBy(() -> Quantity.LENGTH.parse("1 km"))
                .hasMessage("length '1 km' has unknown unit 'km'; use au, pc, kpc or cm (or a plain number of au)");
        assertThatThrownBy(() -> Quantity.LENGTH.parse("1lightyear")).hasMessageContaining("unknown unit 'lightyear'");
        assertThatThrownBy(() -> Quantity.LENGTH.parse("ten au"))
                .hasMessage("length 'ten au' is not a number with a unit such as \"10 au\", \"2 pc\" or \"3e13 cm\"");
        assertThatThrownBy(() -> Quantity.NUMBER_DENSITY.parse("1e3 km^-3"))
                .hasMessage("number density '1e3 km^-3' has unknown unit 'km^-3'; use pc^-3 or cm^-3 (or a plain number of pc⁻³)");
        assertThatThrownBy(() -> Quantity.NUMBER.parse("2.5x")).hasMessage("'2.5x' is not a number");
        assertThatThrownBy(() -> Quantity.NUMBER.parse("NaN")).hasMessage("'NaN' is not a number");
        assertThatThrownBy(() -> Quantity.RATE.parse("1 Hz")).hasMessageContaining("unknown unit 'Hz'; use s^-1");
    }

    @Test
    void rangeMessagesNameTheSymbolTheValueAndTheRange() {
        assertThat(PopulationParameters.ALPHA_N.rejection(11)).isEqualTo("α_n = 11 is outside [−5, 10]");
        assertThat(PopulationParameters.N0.rejection(-1)).isEqualTo("n₀ = -1 pc⁻³ is outside (0, ∞)");
        assertThat(PopulationParameters.MIN.rejection(Double.POSITIVE_INFINITY)).isEqualTo("ℓ_min = ∞ au is outside (0, ∞)");
        assertThat(PopulationParameters.ASPECT.rejection(0.5)).isEqualTo("aspect ℓ_L/ℓ_S = 0.5 is outside [1, 1e6]");
        assertThat(PopulationParameters.DIM.rejection(3)).isEqualTo("D = 3 is outside [0, 2] (0 spheres, 1 filaments, 2 sheets)");
        assertThat(PopulationParameters.DIM.rejection(1.5)).isEqualTo("D = 1.5 must be a whole number in [0, 2]");
        assertThat(PopulationParameters.NU_S.rejection(0)).isEqualTo("ν_s = 0 s⁻¹ is outside (0, ∞)");
        assertThat(PopulationParameters.MAX.problem(0.01, Map.of("min", 0.1)))
                .isEqualTo("ℓ_max = 0.01 au is outside (ℓ_min, ∞) = (0.1 au, ∞)");
        assertThat(PopulationParameters.MAX.problem(0.01, Map.of())).isNull(); // ℓ_min not known: not checked
        assertThat(PopulationParameters.ALPHA_N.parse("-5")).isEqualTo(-5);
        assertThatThrownBy(() -> PopulationParameters.ALPHA_N.parse("-5.5")).hasMessage("α_n = -5.5 is outside [−5, 10]");
        assertThatThrownBy(() -> PopulationParameters.ALPHA_N.parse(" ")).hasMessage("no value given; α_n must be in [−5, 10]");
        assertThatThrownBy(() -> PopulationParameters.MIN.parse("0 pc")).hasMessage("ℓ_min = 0 au is outside (0, ∞)");
    }

    @Test
    void everyKnobDescribesItselfAndReadsBackItsOwnText() {
        for (PopulationParameter k : PopulationParameters.POWER_LAW) {
            assertThat(k.tooltip()).as(k.key()).startsWith(k.symbol() + " — " + k.name() + "\n" + k.description())
                    .contains("Allowed: " + k.rangeText());
            assertThat(k.accepts(k.example())).as(k.key()).isTrue();
            assertThat(k.presence() == Presence.DEFAULTED).as(k.key()).isEqualTo(!Double.isNaN(k.defaultValue()));
            for (double v : new double[] {k.example(), Math.nextUp(k.example()), 1.0 / 3 * k.example()}) {
                if (k.accepts(v)) {
                    assertThat(k.parse(k.fieldText(v))).as(k.key() + " " + v).isEqualTo(v);
                    assertThat(k.quantity().parse(k.quantity().specText(v))).as(k.key() + " " + v).isEqualTo(v);
                }
            }
        }
        assertThat(PopulationParameters.L0.tooltip()).contains("Default: 1 au");
        assertThat(PopulationParameters.NU_S.tooltip()).contains("Optional");
        assertThat(PopulationParameters.MAX.tooltip()).contains("above ℓ_min");
    }

    @Test
    void aDescriptorRefusesAnInconsistentDefinition() {
        assertThatThrownBy(() -> new PopulationParameter("x", List.of(), "x", "x", "x", Quantity.NUMBER,
                Interval.closed(0, 1), "", "", Presence.DEFAULTED, 2, 0.5, "x"))
                .hasMessageContaining("default of x outside its range");
        assertThatThrownBy(() -> new PopulationParameter("x", List.of(), "x", "x", "x", Quantity.NUMBER,
                Interval.closed(0, 1), "", "", Presence.REQUIRED, 0.5, 0.5, "x"))
                .hasMessageContaining("exactly when the knob is DEFAULTED");
        assertThatThrownBy(() -> new PopulationParameter("X", List.of(), "x", "x", "x", Quantity.NUMBER,
                Interval.closed(0, 1), "", "", Presence.REQUIRED, Double.NaN, 0.5, "x"))
                .hasMessageContaining("lower case");
    }

    @Test
    void aPowerLawIsReadAndBuiltKnobByKnob() {
        PowerLawPopulation p = new PowerLawPopulation("s", "sheets", 1e3, 2, 2.5, 0.1, 1000, 2, 10, OptionalDouble.of(1e-6));
        Map<String, Double> values = new HashMap<>();
        for (PopulationParameter k : PopulationParameters.POWER_LAW) {
            values.put(k.key(), p.get(k).orElseThrow());
        }
        assertThat(PowerLawPopulation.of("s", "sheets", values)).isEqualTo(p);
        // absent: defaults, and an unknown ν_s
        PowerLawPopulation q = PowerLawPopulation.of("q", "q", Map.of("n0", 1.0, "alpha_n", 2.0, "min", 1.0, "max", 2.0));
        assertThat(q).isEqualTo(new PowerLawPopulation("q", "q", 1, 1, 2, 1, 2, 0, 1, OptionalDouble.empty()));
        assertThat(q.get(PopulationParameters.NU_S)).isEmpty();
        assertThatThrownBy(() -> PowerLawPopulation.of("q", "q", Map.of("n0", 1.0, "min", 1.0, "max", 2.0)))
                .hasMessage("power law q: α_n (alpha_n) is missing");
        assertThatThrownBy(() -> PowerLawPopulation.of("q", "q", Map.of("n0", 1.0, "alpha_n", 2.0, "min", 1.0, "max", 2.0, "dim", 0.5)))
                .hasMessage("power law q: D = 0.5 must be a whole number in [0, 2]");
        // the geometry knobs are read the same way from every population
        TabulatedPopulation t = new TabulatedPopulation("t", "t", Plane.NUMBER_DENSITY, List.of(1.0, 2.0), List.of(1.0, 1.0), 1, 5,
                OptionalDouble.empty());
        assertThat(PopulationParameters.GEOMETRY.stream().map(t::get).toList())
                .containsExactly(OptionalDouble.of(1), OptionalDouble.of(5), OptionalDouble.empty());
        assertThatThrownBy(() -> t.get(PopulationParameters.N0)).hasMessageContaining("no knob 'n0'");
    }

    @Test
    void theConstructorsKeepTheirMessages() {
        assertThatThrownBy(() -> new PowerLawPopulation("s", "s", 1, 1, 11, 1, 2, 0, 1, OptionalDouble.empty()))
                .hasMessage("power law s: α_n = 11 is outside [−5, 10]");
        assertThatThrownBy(() -> new PowerLawPopulation("s", "s", 1, 1, 2, 1, 0.5, 0, 1, OptionalDouble.empty()))
                .hasMessage("power law s: ℓ_max = 0.5 au is outside (ℓ_min, ∞) = (1 au, ∞)");
        assertThatThrownBy(() -> new PowerLawPopulation("s", "s", 0, 1, 2, 1, 2, 0, 1, OptionalDouble.empty()))
                .hasMessage("power law s: n₀ = 0 pc⁻³ is outside (0, ∞)");
        assertThatThrownBy(() -> new PowerLawPopulation("s", "s", 1, 1, 2, 1, 2, 3, 1, OptionalDouble.empty()))
                .hasMessage("power law s: D = 3 is outside [0, 2] (0 spheres, 1 filaments, 2 sheets)");
        assertThatThrownBy(() -> new TabulatedPopulation("t", "t", Plane.NUMBER_DENSITY, List.of(1.0, 2.0), List.of(1.0, 1.0), 0,
                1e7, OptionalDouble.empty())).hasMessage("table t: aspect ℓ_L/ℓ_S = 1e7 is outside [1, 1e6]");
        assertThatThrownBy(() -> new PowerLawPopulation("s", "s", 1, 1, 2, 1, 2, 0, 1, OptionalDouble.of(-1)))
                .hasMessage("power law s: ν_s = -1 s⁻¹ is outside (0, ∞)");
    }

    @Test
    void theSpecReadsWhatItWritesAndTheOldAlphaKey() {
        PowerLawPopulation p = new PowerLawPopulation("my-sheets", "my sheets, big", 1e3, 1, 2.5, 0.1, 1000, 2, 10,
                OptionalDouble.of(1e-6));
        String spec = PowerLawSpec.write(p).orElseThrow();
        assertThat(spec).isEqualTo("power:n0=1000,alpha_n=2.5,min=0.1au,max=1000au,dim=2,aspect=10,nu_s=1e-6,id=my-sheets,"
                + "label=my sheets, big");
        assertThat(PowerLawSpec.parse(spec, 1, new HashSet<>())).isEqualTo(p);
        // as the current release writes it: l0 always, alpha= for α_n
        assertThat(PowerLawSpec.parse("power:n0=1000,l0=1au,alpha=2.5,min=0.1au,max=1000au,dim=2,aspect=10,nu_s=1e-6,"
                + "id=my-sheets,label=my sheets, big", 1, new HashSet<>())).isEqualTo(p);
        assertThatThrownBy(() -> PowerLawSpec.parse("power:n0=1,alpha=2,alpha_n=2,min=1,max=2", 1, new HashSet<>()))
                .hasMessage("key 'alpha_n' given twice");
        assertThatThrownBy(() -> PowerLawSpec.parse("power:n0=1,alpha_n=2,alpha=2,min=1,max=2", 1, new HashSet<>()))
                .hasMessage("key 'alpha' given twice (as alpha_n)");
        assertThatThrownBy(() -> PowerLawSpec.parse("power:n0=1,alpha=20,min=1,max=2", 1, new HashSet<>()))
                .hasMessage("alpha_n: α_n = 20 is outside [−5, 10]");
        assertThatThrownBy(() -> PowerLawSpec.parse("power:n0=1,alpha=2,min=10au,max=1au", 1, new HashSet<>()))
                .hasMessage("max: ℓ_max = 1 au is outside (ℓ_min, ∞) = (10 au, ∞)");
        assertThatThrownBy(() -> PowerLawSpec.parse("power:n0=1,alpha=2,min=1,max=2,dim=3", 1, new HashSet<>()))
                .hasMessage("dim: D = 3 is outside [0, 2] (0 spheres, 1 filaments, 2 sheets)");
        assertThatThrownBy(() -> PowerLawSpec.parse("power:n0=1,alpha=2,min=1lightyear,max=2", 1, new HashSet<>()))
                .hasMessageStartingWith("min: length '1lightyear' has unknown unit 'lightyear'; use au, pc, kpc or cm");
        assertThatThrownBy(() -> PowerLawSpec.parse("power:n0=1,alpha=2,min=1,max=2,nu_s=fast", 1, new HashSet<>()))
                .hasMessageStartingWith("nu_s: rate 'fast' is not a number with a unit");
        // what a spec cannot carry
        assertThat(PowerLawSpec.write(new PowerLawPopulation("a,b", "x", 1, 1, 2, 1, 2, 0, 1, OptionalDouble.empty()))).isEmpty();
        assertThat(PowerLawSpec.write(new PowerLawPopulation("a", "x, y=z", 1, 1, 2, 1, 2, 0, 1, OptionalDouble.empty()))).isEmpty();
        assertThat(PowerLawSpec.write(new PowerLawPopulation("a", " x", 1, 1, 2, 1, 2, 0, 1, OptionalDouble.empty()))).isEmpty();
    }

    @Test
    void theFormAndTheHelpComeFromTheKnobs() {
        assertThat(PowerLawSpec.form()).startsWith("power:n0=DENSITY[,l0=SIZE],alpha_n=NUMBER,min=SIZE,max=SIZE[,dim=0|1|2]"
                + "[,aspect=NUMBER][,nu_s=RATE][,id=NAME][,label=TEXT]; ").contains("SIZE like 1au, 0.1pc, 2kpc or 1e13cm")
                .endsWith("also alpha= for alpha_n=");
        assertThat(PowerLawSpec.example()).isEqualTo("power:n0=1000,alpha_n=2.5,min=0.1au,max=1000au,label=my model");
        assertThat(PowerLawSpec.parse(PowerLawSpec.example(), 1, new HashSet<>()).id()).isEqualTo("my_model");
        List<String> help = PowerLawSpec.help();
        for (PopulationParameter k : PopulationParameters.POWER_LAW) {
            assertThat(help).as(k.key()).anyMatch(l -> l.startsWith(k.key() + "=") && l.contains(k.description()));
        }
    }
}
