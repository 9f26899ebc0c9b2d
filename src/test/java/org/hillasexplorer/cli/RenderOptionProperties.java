package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hillasexplorer.figure.FigureOptions.Element;
import org.hillasexplorer.figure.RenderOptions;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.EnergyClassFields;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Random render options and energy-class lists, written as {@code render}'s words by their descriptors
 * ({@link RenderOptions#arguments}, {@link EnergyClassFields#writeList}) and parsed back by the CLI, are what was
 * written — every value to the last bit.
 */
class RenderOptionProperties {

    /** A random case: the render options and the classes. */
    record Case(RenderOptions.Settings settings, List<EnergyClass> classes) {
    }

    private static Arbitrary<Optional<RenderOptions.Span>> span() {
        // two linear ends, so that an exact text exists for each log10
        Arbitrary<Double> end = Arbitraries.doubles().between(-15, 18).map(e -> Math.pow(10, e));
        return Combinators.combine(end, end).as((a, b) -> a.equals(b) ? Optional.<RenderOptions.Span>empty()
                : Optional.of(new RenderOptions.Span(Math.log10(Math.min(a, b)), Math.log10(Math.max(a, b)))))
                .injectNull(0.3).map(o -> o == null ? Optional.<RenderOptions.Span>empty() : o);
    }

    private static Arbitrary<RenderOptions.Settings> settings() {
        Arbitrary<String> plane = Arbitraries.of(RenderOptions.PLANE.choices());
        Arbitrary<Integer> side = Arbitraries.integers().between(100, 10000);
        Arbitrary<Double> scale = Arbitraries.doubles().between(0.25, 8).edgeCases(c -> c.add(0.25).add(8.0));
        Arbitrary<String> style = Arbitraries.of(RenderOptions.STYLE.choices());
        Arbitrary<Set<Element>> shown = Arbitraries.of(Element.class).set().map(s -> s.isEmpty() ? Set.of() : EnumSet.copyOf(s));
        Arbitrary<String> out = Combinators.combine(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8),
                Arbitraries.of(RenderOptions.OUT.choices())).as((n, e) -> "out/" + n + "." + e);
        return Combinators.combine(plane, side, side, scale, style, span(), span(), shown).as(
                (p, w, h, sc, st, x, y, sh) -> new RenderOptions.Settings(p, w, h, sc, st, x, y, sh, "")).flatMap(
                s -> out.map(o -> new RenderOptions.Settings(s.plane(), s.width(), s.height(),
                        o.endsWith(".png") ? s.scale() : 2, // the scale is a PNG's only: not written for the others
                        s.style(), s.x(), s.y(), s.shown(), o)));
    }

    private static Arbitrary<EnergyClass> energyClass(String label) {
        Arbitrary<Double> t = Arbitraries.doubles().between(-6, 7).map(e -> Math.min(1e7, Math.max(1e-6, Math.pow(10, e))));
        return Combinators.combine(t, t).as((a, b) -> a.equals(b) ? null : new EnergyClass(label, Math.min(a, b), Math.max(a, b)))
                .filter(c -> c != null);
    }

    private static Arbitrary<List<EnergyClass>> classes() {
        Arbitrary<String> label = Arbitraries.strings().withChars("abcXYZ019_.+- μ").ofMinLength(1).ofMaxLength(12)
                .filter(EnergyClassFields::writable);
        return label.set().ofMinSize(1).ofMaxSize(EnergyClassFields.MAX_CLASSES).flatMap(labels -> {
            List<Arbitrary<EnergyClass>> each = new ArrayList<>();
            for (String l : new LinkedHashSet<>(labels)) {
                each.add(energyClass(l));
            }
            return Combinators.combine(each).as(List::copyOf);
        });
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(settings(), classes()).as(Case::new);
    }

    @Property(tries = 300)
    void theWordsTheDescriptorsWriteParseBackToTheSameOptionsAndClasses(@ForAll("cases") Case c) {
        List<String> args = new ArrayList<>(List.of("render"));
        args.addAll(RenderOptions.arguments(c.settings()));
        args.add(EnergyClassFields.cliOption());
        args.add(EnergyClassFields.writeList(c.classes()).orElseThrow());
        CommandLine cl = Cli.commandLine();
        cl.parseArgs(args.toArray(String[]::new));
        CommandSpec render = cl.getSubcommands().get("render").getCommandSpec();
        assertThat(RenderOptionsCli.read(render)).isEqualTo(c.settings());
        assertThat(ScenarioOptions.scenario(render).energyClasses()).isEqualTo(c.classes());
    }
}
