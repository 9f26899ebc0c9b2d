package org.hillasexplorer.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.hillasexplorer.figure.FigureOptions.Element;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Species;
import org.hillasexplorer.physics.TabulatedPopulation;

/** Any state survives the file; no input, however broken, escapes as anything but a ScenarioFileException. */
class ScenarioFileProperties {

    @Provide
    Arbitrary<ExplorerState> states() {
        Arbitrary<Scenario> scenario = Combinators.combine(
                Arbitraries.doubles().between(0, 1.5),
                Arbitraries.doubles().between(-2, 3).map(x -> Math.pow(10, x)),
                Arbitraries.doubles().between(-13, -5).map(x -> Math.pow(10, x)),
                Arbitraries.integers().between(0, 2),
                Arbitraries.doubles().between(0, 6).map(x -> Math.pow(10, x)),
                Arbitraries.doubles().between(-4, 4).map(x -> Math.pow(10, x)),
                classes(),
                species()).as(Scenario::new);
        Arbitrary<Map<Plane, ViewRange>> views = Combinators.combine(view().injectNull(0.4), view().injectNull(0.4)).as((ns, fv) -> {
            Map<Plane, ViewRange> m = new EnumMap<>(Plane.class);
            if (ns != null) {
                m.put(Plane.NUMBER_DENSITY, ns);
            }
            if (fv != null) {
                m.put(Plane.FILLING_FACTOR, fv);
            }
            return m;
        });
        // any characters at all, including control characters, quotes, U+FFFD and surrogate-free unicode
        Arbitrary<Set<String>> names = Arbitraries.strings().all().ofMaxLength(20)
                .filter(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c))).set().ofMaxSize(5);
        Arbitrary<List<String>> files = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40)
                .filter(s -> !s.isBlank() && s.chars().noneMatch(c -> Character.isSurrogate((char) c))).list().ofMaxSize(4);
        return Combinators.combine(scenario, views, names, names,
                        Arbitraries.of(Element.class).set(), Arbitraries.of(Layout.class), populations(), files)
                .as(ExplorerState::new);
    }

    /** Up to six populations of all three kinds with distinct ids; any characters in ids and labels. */
    @Provide
    Arbitrary<List<Population>> populations() {
        return Arbitraries.oneOf(powerLaw(), table(), model()).list().ofMaxSize(6).uniqueElements(Population::id);
    }

    private static Arbitrary<String> text(int minLength) {
        return Arbitraries.strings().all().ofMinLength(minLength).ofMaxLength(24)
                .filter(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c)));
    }

    private static Arbitrary<String> id() {
        return Arbitraries.oneOf(text(1).filter(s -> !s.isBlank()), Arbitraries.of("a", "b", "sheets", "intermittent_model"));
    }

    /** 10^x for x in [lo, hi], any double in between (not only round numbers). */
    private static Arbitrary<Double> log(double lo, double hi) {
        return Arbitraries.doubles().between(lo, hi).ofScale(10).map(x -> Math.pow(10, x));
    }

    private static Arbitrary<OptionalDouble> rate() {
        return log(-20, 3).injectNull(0.4).map(v -> v == null ? OptionalDouble.empty() : OptionalDouble.of(v));
    }

    private static Arbitrary<int[]> dim() {
        return Arbitraries.integers().between(0, 2).map(d -> new int[] {d});
    }

    private Arbitrary<Population> powerLaw() {
        Arbitrary<double[]> range = Combinators.combine(log(-8, 10), Arbitraries.doubles().between(1e-6, 12).ofScale(8))
                .as((min, dex) -> new double[] {min, Math.max(Math.nextUp(min), min * Math.pow(10, dex))});
        Arbitrary<double[]> geometry = Combinators.combine(dim(), log(0, 6), Arbitraries.doubles().between(-5, 10).ofScale(6))
                .as((d, aspect, alpha) -> new double[] {d[0], aspect, alpha});
        return Combinators.combine(id(), text(0), log(-80, 80), log(-10, 10), range, geometry, rate())
                .as((id, label, n0, l0, r, g, nu) -> new PowerLawPopulation(id, label, n0, l0, g[2], r[0], r[1], (int) g[0], g[1], nu));
    }

    private Arbitrary<Population> table() {
        Arbitrary<Plane> plane = Arbitraries.of(Plane.class);
        Arbitrary<List<Double>> steps = Arbitraries.doubles().between(1e-9, 5).ofScale(10).list().ofMinSize(1).ofMaxSize(7);
        return Combinators.combine(id(), text(0), plane, log(-6, 6), steps, dim(), log(0, 6), rate())
                .flatAs((id, label, pl, first, dx, d, aspect, nu) -> {
                    List<Double> sizes = new java.util.ArrayList<>(List.of(first));
                    for (double step : dx) {
                        double last = sizes.get(sizes.size() - 1);
                        sizes.add(Math.max(Math.nextUp(last), last * Math.pow(10, step)));
                    }
                    Arbitrary<Double> value = pl == Plane.FILLING_FACTOR ? log(-40, 0).map(v -> Math.min(v, 1.0)) : log(-80, 80);
                    return value.list().ofSize(sizes.size()).map(values ->
                            new TabulatedPopulation(id, label, pl, sizes, values, d[0], aspect, nu));
                });
    }

    private Arbitrary<Population> model() {
        return Arbitraries.oneOf(Arbitraries.just(IntermittentModelPopulation.paper()),
                Combinators.combine(id(), text(0)).as(IntermittentModelPopulation::new));
    }

    private Arbitrary<Species> species() {
        return Arbitraries.integers().between(1, 92)
                .flatMap(z -> Arbitraries.integers().between(z, 238).map(a -> Species.of(z, a)));
    }

    private Arbitrary<List<EnergyClass>> classes() {
        Arbitrary<String> label = Arbitraries.strings().withChars("abcXYZ019_ .+-µℓ").ofMinLength(1).ofMaxLength(32)
                .filter(s -> !s.isBlank());
        Arbitrary<EnergyClass> cls = Combinators.combine(label, Arbitraries.doubles().between(-6, 6.99).ofScale(8),
                Arbitraries.doubles().between(1e-6, 5).ofScale(8)).as((l, lo, width) ->
                new EnergyClass(l, Math.pow(10, lo), Math.min(1e7, Math.pow(10, lo + width))));
        return cls.list().ofMinSize(1).ofMaxSize(8).uniqueElements(EnergyClass::label);
    }

    private Arbitrary<ViewRange> view() {
        return Combinators.combine(Arbitraries.doubles().between(-20, 20), Arbitraries.doubles().between(1e-3, 60).ofScale(6),
                        Arbitraries.doubles().between(-100, 50), Arbitraries.doubles().between(1e-3, 100).ofScale(6))
                .as((x, dx, y, dy) -> new ViewRange(x, x + dx, y, y + dy));
    }

    @Property(tries = 300)
    void everyStateRoundTrips(@ForAll("states") ExplorerState state) {
        assertThat(ScenarioFile.fromJson(ScenarioFile.toJson(state), "p.json")).isEqualTo(state);
    }

    @Property(tries = 300)
    void randomBytesOnlyEverGiveAScenarioFileException(@ForAll @Size(max = 300) byte[] bytes) throws Exception {
        Throwable t = catchThrowable(() -> ScenarioFile.fromJson(new String(bytes, StandardCharsets.ISO_8859_1), "r.json"));
        assertThat(t).isExactlyInstanceOf(ScenarioFileException.class).hasMessageStartingWith("r.json: ");
        Path f = Files.createTempFile("hx-random", ".json");
        try {
            Files.write(f, bytes);
            assertThat(catchThrowable(() -> ScenarioFile.read(f))).isExactlyInstanceOf(ScenarioFileException.class);
        } finally {
            Files.deleteIfExists(f);
        }
    }

    /** Damage a valid file where it hurts most: replace a stretch of it with JSON-ish fragments. */
    @Property(tries = 1000)
    void damagedFilesOnlyEverGiveAScenarioFileException(@ForAll("states") ExplorerState state,
                                                        @ForAll("fragments") String fragment,
                                                        @ForAll double where, @ForAll @net.jqwik.api.constraints.IntRange(max = 12) int length) {
        String json = ScenarioFile.toJson(state);
        int at = (int) Math.floor(Math.abs(where % 1.0) * json.length());
        String damaged = json.substring(0, at) + fragment + json.substring(Math.min(json.length(), at + length));
        try {
            ExplorerState read = ScenarioFile.fromJson(damaged, "d.json");
            assertThat(read).isNotNull(); // some edits are harmless (e.g. a number changed to another allowed one)
        } catch (ScenarioFileException e) {
            assertThat(e.getMessage()).startsWith("d.json: ").doesNotContain("cannot be read (");
        }
    }

    @Provide
    Arbitrary<String> fragments() {
        return Arbitraries.oneOf(
                Arbitraries.of("null", "true", "[]", "{}", "\"\"", "1e400", "-1", "0", "2.5", "NaN", "\"x\"", "[1,2]",
                        "{\"a\":1}", ",", ":", "\"", "]", "}", "[", "{", "\\u0000", "\"10 PeV\"", "\"1 EeV\"", "1e-400",
                        "99999999999999999999999", "-0", "\"legend\"", "\"ns\":{}", "\"fv\":[1,2]",
                        "\"power-law\"", "\"tabulated\"", "\"intermittent-model\"", "\"1 pc\"", "\"1e400 au\"", "\"-1 au\"",
                        "\"1 km\"", "\"1e-52 cm^-3\"", "\"fv\"", "\"type\":\"x\",", "[[1,2],[0.5,3]]", "[[1,2]]", "\"dim\":3,",
                        "\"id\":\"intermittent_model\",", "\"candidates\":{},", "\"populations\":[{}],", "1e-330"),
                Arbitraries.strings().ofMaxLength(6));
    }
}
