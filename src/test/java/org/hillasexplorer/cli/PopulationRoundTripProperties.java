package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Interval;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.PopulationParameter;
import org.hillasexplorer.physics.PopulationParameters;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.PowerLawSpec;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.RenderCommandLine;
import org.hillasexplorer.session.ScenarioFile;
import picocli.CommandLine;

/**
 * Random valid power laws, alone and in states: "copy as command" → the CLI's parser gives the same populations, and
 * the scenario file gives the same state. The values are generated from the knobs' definitions, so a new knob is
 * covered without touching this test.
 */
class PopulationRoundTripProperties {

    /** Any allowed value of {@code k}: ranges' ends, whole choices, decades for open ranges, its default now and then. */
    private static Arbitrary<Optional<Double>> value(PopulationParameter k) {
        Interval r = k.range();
        Arbitrary<Double> v;
        if (!k.choices().isEmpty()) {
            v = Arbitraries.of(k.choices()).map(Integer::doubleValue);
        } else if (Double.isInfinite(r.max())) { // (0, ∞): any number of decades, the extremes included
            v = Arbitraries.oneOf(Arbitraries.doubles().between(-80, 80).ofScale(12).map(x -> Math.pow(10, x)),
                    Arbitraries.doubles().between(1e-3, 1e4).ofScale(9),
                    Arbitraries.of(Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE / 2, 1.0 / 3, 0.1 + 0.2));
        } else if (r.min() > 0) { // [1, 1e6]: decades
            v = Arbitraries.oneOf(Arbitraries.doubles().between(Math.log10(r.min()), Math.log10(r.max())).ofScale(12)
                    .map(x -> Math.pow(10, x)), Arbitraries.of(r.min(), r.max()));
        } else {
            v = Arbitraries.doubles().between(r.min(), r.max()).ofScale(12);
        }
        v = v.filter(k::accepts);
        return switch (k.presence()) {
            case REQUIRED -> v.map(Optional::of);
            case DEFAULTED -> Arbitraries.oneOf(v, Arbitraries.just(k.defaultValue())).map(Optional::of);
            case OPTIONAL -> Arbitraries.oneOf(v.map(Optional::of), Arbitraries.just(Optional.<Double>empty()));
        };
    }

    /** Texts with the characters a spec treats specially (comma, =, blanks, quotes) among plain ones. */
    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("abcxyz_-019 ℓ'\"").ofMinLength(1).ofMaxLength(16),
                Arbitraries.strings().withChars("ab ,=é$").ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(6))
                .filter(s -> !s.isBlank() && s.indexOf('\0') < 0);
    }

    @Provide
    Arbitrary<PowerLawPopulation> powerLaws() {
        List<Arbitrary<Optional<Double>>> knobs = PopulationParameters.POWER_LAW.stream().map(PopulationRoundTripProperties::value)
                .toList();
        return Combinators.combine(knobs).as(list -> {
            Map<String, Double> m = new LinkedHashMap<>();
            for (int i = 0; i < list.size(); i++) {
                int at = i;
                list.get(i).ifPresent(v -> m.put(PopulationParameters.POWER_LAW.get(at).key(), v));
            }
            // a knob that must exceed another: swap the two when they came out the wrong way round
            for (PopulationParameter k : PopulationParameters.POWER_LAW) {
                Double v = m.get(k.key());
                Double o = k.exceeds().isEmpty() ? null : m.get(k.exceeds());
                if (v != null && o != null && v < o) {
                    m.put(k.key(), o);
                    m.put(k.exceeds(), v);
                }
            }
            return m;
        }).filter(m -> PopulationParameters.POWER_LAW.stream().allMatch(k -> !m.containsKey(k.key())
                        || k.problem(m.get(k.key()), m) == null))
                .flatMap(m -> Combinators.combine(text(), text()).as((id, label) -> PowerLawPopulation.of(id, label, m)));
    }

    @Provide
    Arbitrary<ExplorerState> states() {
        Arbitrary<List<Population>> laws = powerLaws().map(p -> (Population) p).list().ofMaxSize(5).uniqueElements(Population::id);
        return Combinators.combine(laws, Arbitraries.of(true, false), Arbitraries.integers().between(0, 5))
                .as((pops, model, at) -> {
                    List<Population> all = new ArrayList<>(pops);
                    if (model && all.stream().noneMatch(p -> p.id().equals(IntermittentModelPopulation.paper().id()))) {
                        all.add(Math.min(at, all.size()), IntermittentModelPopulation.paper());
                    }
                    return ExplorerState.defaults().withPopulations(all);
                });
    }

    @Property(tries = 400)
    void aPowerLawSurvivesItsSpecOrIsNamedAsLeftOut(@ForAll("powerLaws") PowerLawPopulation p) {
        Optional<String> spec = PowerLawSpec.write(p);
        Statistics.collect(spec.isPresent() ? "written" : "left out");
        Statistics.coverage(c -> c.check("written").percentage(pc -> pc > 50));
        if (spec.isPresent()) {
            assertThat(PopulationOptions.parse(spec.get(), 1, new HashSet<>())).isEqualTo(p);
        } else {
            // only an id or label the syntax cannot carry is left out (never a number), and the command says so
            PowerLawPopulation plain = new PowerLawPopulation("x", "x", p.n0PerPc3(), p.referenceSizeAu(), p.alphaN(),
                    p.minShortAxisAu(), p.maxShortAxisAu(), p.dimensionality(), p.aspect(), p.internalRatePerS());
            assertThat(PowerLawSpec.write(plain)).isPresent();
            String command = RenderCommandLine.of(ExplorerState.defaults().withPopulations(List.of(p)), "ns", 400, 300, 1, "paper",
                    "o.svg");
            assertThat(command).contains("# not in this command: power law '" + p.id() + "'");
        }
    }

    @Property(tries = 200)
    void theCopiedCommandParsesBackToTheSamePopulations(@ForAll("states") ExplorerState state) {
        String command = RenderCommandLine.of(state, "ns", 400, 300, 1, "paper", "o.svg");
        List<String> words = FigureStateCliTest.split(command);
        assertThat(String.join(" ", words.subList(0, 4))).isEqualTo(RenderCommandLine.PREFIX);
        CommandLine cl = Cli.commandLine();
        CommandLine.ParseResult parsed = cl.parseArgs(words.subList(3, words.size()).toArray(String[]::new));
        CommandLine.Model.CommandSpec render = parsed.subcommand().commandSpec();
        List<Population> read = ((RenderCommand) render.userObject()).populationOptions.populations(render);
        // what the command can say, in the order the CLI adds it: the model first, then the power laws
        List<Population> expected = state.populations().stream()
                .filter(p -> !(p instanceof PowerLawPopulation pl) || PowerLawSpec.write(pl).isPresent())
                .sorted(Comparator.comparingInt(p -> p instanceof IntermittentModelPopulation ? 0 : 1)).toList();
        assertThat(read).isEqualTo(expected);
        Statistics.collect(expected.stream().filter(p -> p instanceof PowerLawPopulation).count() >= 2 ? "2+ power laws" : "fewer");
        Statistics.coverage(c -> c.check("2+ power laws").percentage(pc -> pc > 30));
    }

    @Property(tries = 300)
    void aStateWithPowerLawsSurvivesTheScenarioFile(@ForAll("states") ExplorerState state) {
        assertThat(ScenarioFile.fromJson(ScenarioFile.toJson(state), "p.json")).isEqualTo(state);
    }
}
