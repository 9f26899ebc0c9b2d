package org.hillasexplorer.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Species;

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
        return Combinators.combine(scenario, views, names, names,
                        Arbitraries.of(Element.class).set(), Arbitraries.of(Layout.class))
                .as(ExplorerState::new);
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
                        "99999999999999999999999", "-0", "\"legend\"", "\"ns\":{}", "\"fv\":[1,2]"),
                Arbitraries.strings().ofMaxLength(6));
    }
}
