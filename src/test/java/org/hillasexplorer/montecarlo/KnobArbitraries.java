package org.hillasexplorer.montecarlo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.hillasexplorer.physics.Species;

/**
 * Random valid Monte Carlo inputs, as a person would type them (numbers in several forms, with and without units, some
 * knobs left at their defaults), shared by the CLI's and the window's properties so that both read the same texts.
 */
public final class KnobArbitraries {

    /**
     * One set of inputs: the knob texts and the species (the CLI's {@code --z/--a}, the window's scenario).
     *
     * @param values  the knobs given
     * @param species the particles' species
     */
    public record Case(KnobValues values, Species species) {
        /** The CLI arguments: the knobs' options and {@code --z --a}. */
        public List<String> arguments() {
            List<String> args = new ArrayList<>(values.arguments());
            args.addAll(List.of("--z", String.valueOf(species.chargeNumber()), "--a", String.valueOf(species.massNumber())));
            return args;
        }
    }

    private KnobArbitraries() {
    }

    /** Valid inputs, each knob given about two times in three. */
    public static Arbitrary<Case> cases() {
        Map<SimulationKnob, Arbitrary<String>> texts = Map.ofEntries(
                Map.entry(SimulationKnobs.LS, quantity(1e-2, 1e5, "", " au", "au", " pc", " cm")),
                Map.entry(SimulationKnobs.FILLING_FACTOR, quantity(1e-4, 0.99, "")),
                Map.entry(SimulationKnobs.TAU_S, quantity(1e-3, 1e5, "")),
                Map.entry(SimulationKnobs.NU_S, quantity(1e-12, 1e-4, "", " s^-1", " /s", " /yr", " s⁻¹")),
                Map.entry(SimulationKnobs.NU_BG, Arbitraries.oneOf(Arbitraries.just("0"), quantity(1e-14, 1e-6, "", " /s", " /yr"))),
                Map.entry(SimulationKnobs.ENERGY, quantity(1e-3, 1e5, "", " GeV", "GeV", " MeV", " TeV")),
                Map.entry(SimulationKnobs.PARTICLES, whole(1, SimulationSetup.MAX_PARTICLES)),
                Map.entry(SimulationKnobs.DURATION, quantity(1e4, 1e13, "", " s", " yr", " Myr")),
                Map.entry(SimulationKnobs.SEED, Arbitraries.longs().map(String::valueOf)),
                Map.entry(SimulationKnobs.THREADS, whole(1, SimulationSetup.MAX_THREADS)),
                Map.entry(SimulationKnobs.TAU_RANGE, grid(1e-3, 1e3, 1e5)),
                Map.entry(SimulationKnobs.FV_RANGE, grid(1e-4, 0.3, 0.99)),
                Map.entry(SimulationKnobs.CELL_PARTICLES, whole(1, SimulationSetup.MAX_PARTICLES)),
                Map.entry(SimulationKnobs.MAX_EVENTS, quantity(1, 1e16, "")));
        List<Arbitrary<String>> each = new ArrayList<>();
        for (SimulationKnob k : SimulationKnobs.ALL) {
            each.add(texts.get(k).injectNull(1.0 / 3)); // null: not given
        }
        Arbitrary<KnobValues> values = Combinators.combine(each).as(given -> {
            KnobValues v = KnobValues.none();
            for (int i = 0; i < given.size(); i++) {
                if (given.get(i) != null) {
                    v = v.with(SimulationKnobs.ALL.get(i), given.get(i));
                }
            }
            return v;
        }).map(KnobArbitraries::oneOfTauAndNu);
        Arbitrary<Species> species = Arbitraries.of(Species.PROTON, Species.HELIUM, Species.of(6, 12), Species.of(26, 56));
        return Combinators.combine(values, species).as(Case::new);
    }

    /** τ_s and ν_s are alternatives: keep at most one of them. */
    private static KnobValues oneOfTauAndNu(KnobValues v) {
        if (v.has(SimulationKnobs.TAU_S) && v.has(SimulationKnobs.NU_S)) {
            Map<SimulationKnob, String> m = new HashMap<>(v.given());
            m.remove(v.given().get(SimulationKnobs.TAU_S).length() % 2 == 0 ? SimulationKnobs.TAU_S : SimulationKnobs.NU_S);
            return new KnobValues(m);
        }
        return v;
    }

    /** A log-uniform number in [lo, hi] written in one of several forms, followed by one of the units. */
    private static Arbitrary<String> quantity(double lo, double hi, String... units) {
        Arbitrary<Double> x = Arbitraries.doubles().between(0, 1).ofScale(6).map(u -> lo * Math.pow(hi / lo, u));
        Arbitrary<String> number = Combinators.combine(x, Arbitraries.integers().between(0, 2)).as((v, form) -> switch (form) {
            case 0 -> Double.toString(v);
            case 1 -> String.format(Locale.ROOT, "%.3g", v).replace("e+", "e");
            default -> String.format(Locale.ROOT, "%.2e", v).replace("e+0", "e").replace("e-0", "e-").replace("e+", "e");
        }).filter(t -> {
            double v = Double.parseDouble(t);
            return v >= lo && v <= hi;
        });
        return Combinators.combine(number, Arbitraries.of(units)).as(String::concat);
    }

    /** A whole number in [lo, hi], sometimes written 1e3. */
    private static Arbitrary<String> whole(int lo, int hi) {
        Arbitrary<String> plain = Arbitraries.integers().between(lo, hi).map(String::valueOf);
        Arbitrary<String> power = Arbitraries.integers().between(0, (int) Math.floor(Math.log10(hi))).map(e -> "1e" + e)
                .filter(t -> Double.parseDouble(t) >= lo);
        return Arbitraries.oneOf(plain, plain, power);
    }

    /** A grid LO..HI:N with lo ≤ LO ≤ loMax and LO &lt; HI ≤ max. */
    private static Arbitrary<String> grid(double lo, double loMax, double max) {
        Arbitrary<Double> first = Arbitraries.doubles().between(0, 1).ofScale(6).map(u -> lo * Math.pow(loMax / lo, u));
        Arbitrary<Double> span = Arbitraries.doubles().between(0.05, 1).ofScale(6);
        return Combinators.combine(first, span, Arbitraries.integers().between(LogGrid.MIN_POINTS, LogGrid.MAX_POINTS))
                .as((a, f, n) -> new LogGrid(a, a * Math.pow(max / a, f), n).toString());
    }
}
