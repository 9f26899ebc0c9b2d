package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.hillasexplorer.catalog.CatalogEntry;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.FigureOptions.Element;
import org.hillasexplorer.figure.FigureStyle;
import org.hillasexplorer.figure.RenderOptions;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.EnergyClassFields;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.PowerLawSpec;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Species;
import org.hillasexplorer.physics.uncertainty.ParameterDistribution;
import org.hillasexplorer.physics.uncertainty.Uncertain;
import org.hillasexplorer.physics.uncertainty.UncertaintySpec;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.FigureState;
import org.hillasexplorer.session.Layout;
import org.hillasexplorer.session.RenderCommandLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Random whole states → "copy as command" ({@link RenderCommandLine}) → the CLI's parser → the state {@code render}
 * embeds in its figure ({@link FigureRender#metadata}): the same state on everything the command expresses — every
 * scenario value to the last bit (D included), the energy classes, the species, the uncertain parameters with their
 * distributions, order, levels and sample count, the hidden classes and candidates, the shown elements, the view of the
 * drawn plane, the paper's model and the power laws, and the render options. A state with something the command cannot
 * say gets a note naming it.
 */
class StateCommandRoundTripProperties {

    /**
     * The names of {@code render}'s options. An energy class labelled like one (e.g. {@code --a}, {@code -h}) is valid,
     * but its copied command does not parse: picocli takes {@code --classes --a=1GeV..10GeV} and {@code --hide --a} for
     * the option {@code --a}, even in the attached form {@code --classes=--a=…} ("Expected parameter for option
     * '--classes'"). Until "copy as command" writes or notes such labels, they are left out here.
     */
    private static final Set<String> RENDER_OPTION_NAMES = Set.copyOf(Cli.commandLine().getSubcommands().get("render")
            .getCommandSpec().optionsMap().keySet());

    private static final List<String> BUILTIN_IDS = CatalogReader.readBuiltin().entries().stream().map(CatalogEntry::id)
            .distinct().toList();

    /** A random case: the state, the view drawn and the render options the command is made with. */
    record Case(ExplorerState state, String view, Optional<ViewRange> rigidityView, int width, int height, double scale,
                String style, String out) {
    }

    /** Doubles of full precision in [lo, hi] (uniform, or in the logarithm for a log scale), the ends and the default. */
    private static Arbitrary<Double> value(Parameter p) {
        if (p.integer()) {
            List<Double> whole = new ArrayList<>();
            for (long v = (long) p.min(); v <= (long) p.max(); v++) {
                whole.add((double) v);
            }
            return Arbitraries.of(whole);
        }
        double lo = p.min();
        double hi = p.max();
        Arbitrary<Double> inside = p.scale() == Parameter.Scale.LOG && lo > 0
                ? Arbitraries.randomValue(r -> Math.pow(10, Math.log10(lo) + r.nextDouble() * (Math.log10(hi) - Math.log10(lo))))
                : Arbitraries.randomValue(r -> lo + r.nextDouble() * (hi - lo));
        return Arbitraries.frequencyOf(Tuple.of(8, inside), Tuple.of(1, Arbitraries.of(lo, hi, p.defaultValue())))
                .filter(p::accepts);
    }

    /** A valid distribution of {@code p} other than a fixed value: ranges, log ranges, normals and log-normals. */
    private static Arbitrary<Uncertain> uncertain(Parameter p) {
        Arbitrary<Uncertain> range = Combinators.combine(value(p), value(p)).as((a, b) -> a.equals(b) ? null
                : new Uncertain(p, Uncertain.Shape.UNIFORM, Math.min(a, b), Math.max(a, b)));
        Arbitrary<Uncertain> logRange = Combinators.combine(value(p), value(p)).as((a, b) -> a.equals(b) || Math.min(a, b) <= 0 ? null
                : new Uncertain(p, Uncertain.Shape.LOG_UNIFORM, Math.min(a, b), Math.max(a, b)));
        Arbitrary<Double> fraction = Arbitraries.randomValue(r -> 0.01 + 0.3 * r.nextDouble());
        // a width well inside the allowed range, so that truncation cuts off far less than 1 %
        Arbitrary<Uncertain> normal = Combinators.combine(value(p), fraction).as((m, f) -> {
            double room = Math.min(m - p.min(), p.max() - m);
            return room > 0 ? new Uncertain(p, Uncertain.Shape.NORMAL, m, f * room) : null;
        });
        Arbitrary<Uncertain> logNormal = Combinators.combine(value(p), fraction).as((m, f) -> {
            if (!(m > 0)) {
                return null;
            }
            double room = Math.min(p.min() > 0 ? Math.log(m / p.min()) : Double.POSITIVE_INFINITY, Math.log(p.max() / m));
            double factor = Math.exp(f * room);
            return room > 0 && factor > 1 ? new Uncertain(p, Uncertain.Shape.LOG_NORMAL, m, factor) : null;
        });
        return Arbitraries.oneOf(range, logRange, normal, logNormal).filter(u -> u != null);
    }

    private static Arbitrary<UncertaintySpec> uncertainty() {
        List<Parameter> continuous = Parameters.SCENARIO.stream().filter(p -> !p.integer()).toList();
        Arbitrary<List<Uncertain>> which = Arbitraries.subsetOf(continuous).ofMinSize(1).flatMap(set -> {
            List<Parameter> order = new ArrayList<>(set);
            return Arbitraries.randomValue(r -> {
                List<Parameter> shuffled = new ArrayList<>(order);
                Collections.shuffle(shuffled, r);
                return shuffled;
            }).flatMap(ps -> ps.isEmpty() ? Arbitraries.just(List.<Uncertain>of())
                    : Combinators.combine(ps.stream().map(StateCommandRoundTripProperties::uncertain).toList()).as(List::copyOf));
        });
        Arbitrary<Double> level = Arbitraries.oneOf(Arbitraries.of(0.5, 0.68, 0.9, 0.95, 0.997, 1e-3, 0.999999),
                Arbitraries.randomValue(r -> r.nextDouble())).filter(l -> l > 0 && l < 1);
        Arbitrary<List<Double>> levels = level.set().ofMinSize(1).ofMaxSize(3).map(List::copyOf);
        Arbitrary<Integer> samples = Arbitraries.oneOf(Arbitraries.integers().between(1, ParameterDistribution.MAX_SAMPLES),
                Arbitraries.of(1, 64, ParameterDistribution.DEFAULT_SAMPLES, ParameterDistribution.MAX_SAMPLES));
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(UncertaintySpec.NONE)),
                // nothing uncertain, but other levels or samples: the command still carries them
                Tuple.of(1, Combinators.combine(levels, samples).as((l, n) -> new UncertaintySpec(List.of(), l, n))),
                Tuple.of(4, Combinators.combine(which, levels, samples).as(UncertaintySpec::new)));
    }

    private static Arbitrary<EnergyClass> energyClass(String label) {
        Arbitrary<Double> t = Arbitraries.randomValue(r -> Math.pow(10, -6 + 13 * r.nextDouble()))
                .map(e -> Math.min(1e7, Math.max(1e-6, e)));
        return Combinators.combine(t, t).as((a, b) -> a.equals(b) ? null : new EnergyClass(label, Math.min(a, b), Math.max(a, b)))
                .filter(c -> c != null);
    }

    private static Arbitrary<List<EnergyClass>> classes() {
        Arbitrary<String> label = Arbitraries.strings().withChars("abcXYZ019_.+- μ").ofMinLength(1).ofMaxLength(12)
                .filter(EnergyClassFields::writable).filter(l -> !RENDER_OPTION_NAMES.contains(l));
        Arbitrary<List<EnergyClass>> random = label.set().ofMinSize(1).ofMaxSize(EnergyClassFields.MAX_CLASSES).flatMap(labels -> {
            List<Arbitrary<EnergyClass>> each = new ArrayList<>();
            for (String l : new LinkedHashSet<>(labels)) {
                each.add(energyClass(l));
            }
            return Combinators.combine(each).as(List::copyOf);
        });
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(EnergyClass.DEFAULTS)),
                Tuple.of(3, random));
    }

    /** A view whose ends are log10 of linear values, as the window's axes give them. */
    private static Arbitrary<Optional<ViewRange>> view() {
        Arbitrary<Double> end = Arbitraries.randomValue(r -> Math.pow(10, -15 + 33 * r.nextDouble()));
        Arbitrary<Optional<ViewRange>> some = Combinators.combine(end, end, end, end).as((a, b, c, d) -> a.equals(b) || c.equals(d)
                ? Optional.<ViewRange>empty()
                : Optional.of(new ViewRange(Math.log10(Math.min(a, b)), Math.log10(Math.max(a, b)),
                Math.log10(Math.min(c, d)), Math.log10(Math.max(c, d)))));
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Optional.<ViewRange>empty())),
                Tuple.of(2, some));
    }

    /** The paper's model (or not) and writable power laws, in the order the CLI adds them: model first. */
    private static Arbitrary<List<Population>> populations() {
        Arbitrary<List<PowerLawPopulation>> laws = new PopulationRoundTripProperties().powerLaws()
                .filter(p -> PowerLawSpec.write(p).isPresent())
                .list().ofMaxSize(4).uniqueElements(Population::id)
                .filter(l -> l.stream().noneMatch(p -> p.id().equals(IntermittentModelPopulation.paper().id())));
        return Combinators.combine(laws, Arbitraries.of(true, false)).as((l, model) -> {
            List<Population> all = new ArrayList<>();
            if (model) {
                all.add(IntermittentModelPopulation.paper());
            }
            all.addAll(l);
            return List.copyOf(all);
        });
    }

    private static Arbitrary<Species> species() {
        Arbitrary<Species> any = Arbitraries.integers().between(1, 92)
                .flatMap(z -> Arbitraries.integers().between(z, 238).map(a -> Species.of(z, a)));
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(Species.PROTON)),
                Tuple.of(1, Arbitraries.just(Species.HELIUM)), Tuple.of(2, any));
    }

    /** A scenario with its uncertain parameters at their central values (where the command draws the exact band). */
    private static Arbitrary<Scenario> scenario(UncertaintySpec u) {
        List<Arbitrary<Double>> values = Parameters.SCENARIO.stream().map(StateCommandRoundTripProperties::value).toList();
        return Combinators.combine(Combinators.combine(values).as(List::copyOf), classes(), species()).as((vs, cs, sp) -> {
            Scenario s = Scenario.defaults().withEnergyClasses(cs).withSpecies(sp);
            for (int i = 0; i < vs.size(); i++) {
                Parameter p = Parameters.SCENARIO.get(i);
                s = s.with(p, u.of(p).map(Uncertain::central).orElse(vs.get(i)));
            }
            return s;
        });
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> plane = Arbitraries.of("ns", "fv", "rigidity");
        Arbitrary<Integer> side = Arbitraries.integers().between(100, 10000);
        Arbitrary<Double> scale = Arbitraries.oneOf(Arbitraries.doubles().between(0.25, 8).ofScale(6), Arbitraries.of(0.25, 8.0));
        Arbitrary<String> style = Arbitraries.of(RenderOptions.STYLE.choices());
        Arbitrary<String> out = Combinators.combine(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8),
                Arbitraries.of(RenderOptions.OUT.choices())).as((n, e) -> "out/" + n + "." + e);
        Arbitrary<Set<Element>> shown = Arbitraries.of(Element.class).set().map(s -> s.isEmpty() ? Set.of() : EnumSet.copyOf(s));
        Arbitrary<Set<String>> candidates = Arbitraries.subsetOf(BUILTIN_IDS).map(Set::copyOf);
        Arbitrary<ExplorerState> states = uncertainty().flatMap(u -> scenario(u).flatMap(s -> {
            Arbitrary<Set<String>> hidden = Arbitraries.subsetOf(s.energyClasses().stream().map(EnergyClass::label).toList())
                    .map(Set::copyOf);
            return Combinators.combine(hidden, candidates, shown, view(), view(), populations(), Arbitraries.of(Layout.values()))
                    .as((h, c, sh, ns, fv, pops, layout) -> {
                        Map<Plane, ViewRange> views = new EnumMap<>(Plane.class);
                        ns.ifPresent(r -> views.put(Plane.NUMBER_DENSITY, r));
                        fv.ifPresent(r -> views.put(Plane.FILLING_FACTOR, r));
                        return new ExplorerState(s, views, h, c, sh, layout, pops, List.of(), u);
                    });
        }));
        return Combinators.combine(states, plane, view(), side, side, scale, style, out).as(
                (st, p, rv, w, h, sc, sy, o) -> new Case(st, p, p.equals("rigidity") ? rv : Optional.empty(), w, h,
                        o.endsWith(".png") ? sc : 2, sy, o)); // the scale is a PNG's only: not written for the others
    }

    /** The command of case {@code c}, as one shell line split into words again, parsed by the CLI. */
    private static CommandSpec parse(Case c) {
        String line = RenderCommandLine.of(new FigureState(c.state(), c.view(), c.width(), c.height(), c.scale(), c.style(),
                c.rigidityView(), List.of(), FigureState.currentVersion()), c.out());
        List<String> words = FigureStateCliTest.split(line);
        assertThat(String.join(" ", words.subList(0, 4))).isEqualTo(RenderCommandLine.PREFIX);
        CommandLine cl = Cli.commandLine();
        CommandLine.ParseResult parsed = cl.parseArgs(words.subList(3, words.size()).toArray(String[]::new));
        return parsed.subcommand().commandSpec();
    }

    /** The figure state {@code render} embeds for the parsed options, built as {@link RenderCommand} builds it. */
    private static FigureState rendered(CommandSpec render) {
        RenderCommand rc = (RenderCommand) render.userObject();
        RenderOptions.Settings set = RenderOptionsCli.read(render);
        UncertaintySpec uncertainty = ScenarioOptions.uncertainty(render, rc.shadingOptions.levels, rc.shadingOptions.samples);
        Scenario s = ScenarioOptions.distribution(render).central();
        FigureOptions.View v = FigureOptions.View.fromKey(set.plane());
        FigureOptions options = new FigureOptions(v.plane().orElse(Plane.NUMBER_DENSITY), Optional.empty(), Set.copyOf(rc.hidden),
                Set.copyOf(rc.hiddenCandidates), set.shown(), FigureStyle.byName(set.style()));
        // the command writes a view's two spans together (a state's view has both)
        assertThat(set.x().isPresent()).isEqualTo(set.y().isPresent());
        if (set.x().isPresent()) {
            options = options.withView(new ViewRange(set.x().get().log10Lo(), set.x().get().log10Hi(), set.y().get().log10Lo(),
                    set.y().get().log10Hi()));
        }
        List<Population> populations = rc.populationOptions.populations(render);
        Map<String, String> metadata = FigureRender.metadata(s, uncertainty, v, options, populations, rc.catalogs, !rc.noCatalog,
                rc.builtinCatalog, set.width(), set.height(), set.scale());
        return FigureState.fromMetadata(metadata, "the parsed command");
    }

    /** What of {@code c}'s state the command says: the drawn plane's view only, the layout that shows that view alone. */
    private static ExplorerState expressible(Case c) {
        ExplorerState st = c.state();
        Map<Plane, ViewRange> views = new EnumMap<>(Plane.class);
        Layout layout = Layout.SIDE_BY_SIDE;
        if (!c.view().equals("rigidity")) {
            Plane p = c.view().equals("ns") ? Plane.NUMBER_DENSITY : Plane.FILLING_FACTOR;
            st.view(p).ifPresent(r -> views.put(p, r));
            layout = p == Plane.NUMBER_DENSITY ? Layout.NUMBER_DENSITY_ONLY : Layout.FILLING_FACTOR_ONLY;
        }
        return new ExplorerState(st.scenario(), views, st.hiddenEnergyClasses(), st.hiddenCandidates(), st.shownElements(), layout,
                st.populations(), st.catalogFiles(), st.uncertainty());
    }

    @Property(tries = 400)
    void aRandomStateSurvivesTheCopiedCommand(@ForAll("cases") Case c) {
        RenderCommandLine.Words words = RenderCommandLine.arguments(c.state(), c.view(), c.width(), c.height(), c.scale(),
                c.style(), c.out(), c.rigidityView(), true);
        assertThat(words.notes()).as("nothing in this state is inexpressible").isEmpty();
        CommandSpec render = parse(c);
        FigureState back = rendered(render);
        assertThat(back.state()).isEqualTo(expressible(c));
        assertThat(back.state().uncertainty().parameters()).as("in the same order (it assigns the Sobol dimensions)")
                .containsExactlyElementsOf(c.state().uncertainty().parameters());
        assertThat(back.view()).isEqualTo(c.view());
        assertThat(back.width()).isEqualTo(c.width());
        assertThat(back.height()).isEqualTo(c.height());
        assertThat(back.scale()).isEqualTo(c.scale());
        assertThat(back.style()).isEqualTo(c.style());
        assertThat(back.rigidityView()).isEqualTo(c.rigidityView());
        assertThat(RenderOptionsCli.read(render).out()).isEqualTo(c.out());
        Statistics.label("uncertain").collect(c.state().uncertainty().parameters().size() >= 2 ? "2+" : "fewer");
        Statistics.label("populations").collect(c.state().populations().size());
        Statistics.label("hidden classes").collect(c.state().hiddenEnergyClasses().isEmpty() ? "none" : "some");
        Statistics.label("hidden classes").coverage(k -> k.check("some").percentage(pc -> pc > 30));
        Statistics.label("uncertain").coverage(k -> k.check("2+").percentage(pc -> pc > 15));
    }

    @Property(tries = 200)
    void anExactBandAwayFromTheCentralValueIsNamedInANote(@ForAll("cases") Case c) {
        UncertaintySpec u = c.state().uncertainty();
        Optional<Uncertain> first = u.parameters().stream().filter(x -> x.shape() == Uncertain.Shape.UNIFORM
                || x.shape() == Uncertain.Shape.LOG_UNIFORM).findFirst();
        Statistics.collect(first.isPresent() ? "checked" : "no range");
        Statistics.coverage(k -> k.check("checked").percentage(pc -> pc > 10));
        if (first.isEmpty()) {
            return;
        }
        Uncertain x = first.get();
        double elsewhere = x.first(); // a range's lower end is never its central value
        ExplorerState moved = c.state().withScenario(c.state().scenario().with(x.parameter(), elsewhere));
        RenderCommandLine.Words words = RenderCommandLine.arguments(moved, c.view(), c.width(), c.height(), c.scale(), c.style(),
                c.out(), c.rigidityView(), true);
        assertThat(words.notes()).anyMatch(n -> n.startsWith("the exact band at " + x.parameter().symbol() + " = "));
    }

    @Property(tries = 200)
    void aPopulationOrderTheCliCannotKeepIsNamedInANote(@ForAll("cases") Case c) {
        List<Population> pops = c.state().populations();
        boolean applies = pops.size() >= 2 && pops.get(0) instanceof IntermittentModelPopulation;
        Statistics.collect(applies ? "checked" : "no model and power law");
        Statistics.coverage(k -> k.check("checked").percentage(pc -> pc > 10));
        if (!applies) {
            return;
        }
        List<Population> reordered = new ArrayList<>(pops.subList(1, pops.size()));
        reordered.add(pops.get(0)); // the model after the power laws
        RenderCommandLine.Words words = RenderCommandLine.arguments(c.state().withPopulations(reordered), c.view(), c.width(),
                c.height(), c.scale(), c.style(), c.out(), c.rigidityView(), true);
        assertThat(words.notes()).contains("the populations are drawn in the order model, power laws, tables");
    }
}
