package org.hillasexplorer.montecarlo;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hillasexplorer.montecarlo.SimulationKnob.Kind;
import org.hillasexplorer.physics.Interval;
import org.hillasexplorer.physics.Particle;
import org.hillasexplorer.physics.Species;
import org.hillasexplorer.physics.Units;

/**
 * Every knob of the Monte Carlo, defined once: {@code simulate} makes an option of each and the Monte Carlo window a
 * field, and both read the texts into a run with {@link #setup}, a sweep with {@link #regimeMap} and the limit with
 * {@link #eventLimit}, so the two cannot drift apart. Adding a knob is one constant here, its place in a list, and
 * its use in the builder below.
 */
public final class SimulationKnobs {

    /** Patch depth ℓ_S. */
    public static final SimulationKnob LS = new SimulationKnob("ls", "ℓ_S", "patch depth", Kind.NUMBER, "au", Interval.positive(),
            "10 au", "", "", "LENGTH", "Depth of a patch along the field line.");

    /** Volume-filling factor f_V. */
    public static final SimulationKnob FILLING_FACTOR = new SimulationKnob("fv", "f_V", "volume-filling factor", Kind.NUMBER, "",
            Interval.open(0, 1), "0.01", "", "", "F", "Fraction of the field line inside patches (ℓ_mfp ≈ ℓ_S/f_V, eq. 12).");

    /** Optical depth τ_s = ν_s ℓ_S/v of a patch (instead of {@link #NU_S}). */
    public static final SimulationKnob TAU_S = new SimulationKnob("tau-s", "τ_s", "optical depth of a patch", Kind.NUMBER, "",
            Interval.positive(), "30", "", "nu-s", "TAU", "τ_s = ν_s ℓ_S/v; patches scatter strongly for τ_s ≥ 1 (eq. 4).");

    /** Scattering rate ν_s inside patches (instead of {@link #TAU_S}). */
    public static final SimulationKnob NU_S = new SimulationKnob("nu-s", "ν_s", "scattering rate inside patches", Kind.NUMBER, "s⁻¹",
            Interval.positive(), "", "set by τ_s", "tau-s", "RATE", "Pitch-angle re-draws per unit time inside a patch.");

    /** Background scattering rate ν_bg between patches. */
    public static final SimulationKnob NU_BG = new SimulationKnob("nu-bg", "ν_bg", "background scattering rate", Kind.NUMBER, "s⁻¹",
            Interval.nonNegative(), "0", "", "", "RATE", "Weak scattering rate between patches (0: free streaming).");

    /** Kinetic energy T per particle. */
    public static final SimulationKnob ENERGY = new SimulationKnob("energy", "T", "kinetic energy per particle", Kind.NUMBER, "GeV",
            Interval.positive(), "1 GeV", "", "", "T", "With the species it sets the speed v of the test particles.");

    /** Number of test particles. */
    public static final SimulationKnob PARTICLES = new SimulationKnob("particles", "particles", "number of test particles",
            Kind.WHOLE_NUMBER, "", Interval.closed(1, SimulationSetup.MAX_PARTICLES), "2000", "", "", "N",
            "Particles followed; the errors shrink as 1/√N.");

    /** Time each particle is followed. */
    public static final SimulationKnob DURATION = new SimulationKnob("duration", "duration", "time followed", Kind.NUMBER, "s",
            Interval.positive(), "", "≈ 50 expected ℓ_mfp/v", "", "TIME", "Time each particle is followed, e.g. 300 yr.");

    /** Master seed. */
    public static final SimulationKnob SEED = new SimulationKnob("seed", "seed", "random seed", Kind.WHOLE_NUMBER, "", Interval.any(),
            "1", "", "", "SEED", "The same seed gives the same numbers at any thread count.");

    /** Worker threads. */
    public static final SimulationKnob THREADS = new SimulationKnob("threads", "threads", "worker threads", Kind.WHOLE_NUMBER, "",
            Interval.closed(1, SimulationSetup.MAX_THREADS), "", "all cores (at most " + SimulationSetup.MAX_THREADS + ")", "", "N",
            "Threads running the particles in parallel; the results do not depend on them.");

    /** The regime map's τ_s axis. */
    public static final SimulationKnob TAU_RANGE = new SimulationKnob("tau-range", "τ_s grid", "optical depths of the regime map",
            Kind.GRID, "", Interval.positive(), "0.1..100:7", "", "", "LO..HI:N",
            "The map's rows: N values of τ_s log-spaced from LO to HI, at this ℓ_S and T (protons).");

    /** The regime map's f_V axis. */
    public static final SimulationKnob FV_RANGE = new SimulationKnob("fv-range", "f_V grid", "filling factors of the regime map",
            Kind.GRID, "", Interval.open(0, 1), "0.001..0.3:5", "", "", "LO..HI:N",
            "The map's columns: N values of f_V log-spaced from LO to HI.");

    /** Particles per regime-map cell. */
    public static final SimulationKnob CELL_PARTICLES = new SimulationKnob("cell-particles", "cell particles",
            "particles per regime-map cell", Kind.WHOLE_NUMBER, "", Interval.closed(1, SimulationSetup.MAX_PARTICLES), "300", "", "",
            "N", "Test particles simulated in each cell of the regime map.");

    /** The events a run may need before it asks (window) or is refused (CLI). */
    public static final SimulationKnob MAX_EVENTS = new SimulationKnob("max-events", "max events", "event limit", Kind.NUMBER, "",
            Interval.positive(), SimulationCost.count(SimulationCost.DEFAULT_LIMIT), "", "", "N",
            "A run expected to need more events (scatterings plus patch-edge crossings, estimated from the inputs; "
                    + "1e10 events take about 3 min on 2 cores) does not start without asking: simulate refuses it and the window "
                    + "asks first. Raise it to run longer.");

    /** The knobs of one run, in the order the window shows them. */
    public static final List<SimulationKnob> RUN = List.of(LS, FILLING_FACTOR, TAU_S, NU_S, NU_BG, ENERGY, PARTICLES, DURATION, SEED,
            THREADS);

    /** The knobs only the regime map uses (it also takes ℓ_S, T, the seed and the threads of {@link #RUN}). */
    public static final List<SimulationKnob> REGIME_MAP = List.of(TAU_RANGE, FV_RANGE, CELL_PARTICLES);

    /** Every knob: {@link #RUN}, {@link #REGIME_MAP} and {@link #MAX_EVENTS}. */
    public static final List<SimulationKnob> ALL = Stream.of(RUN, REGIME_MAP, List.of(MAX_EVENTS)).flatMap(List::stream).toList();

    static {
        for (SimulationKnob k : ALL) {
            if (k.hasDefault()) {
                k.check(k.defaultText()); // a default the knob refuses is a programming error: fail at once
            }
            if (!k.alternative().isEmpty()) {
                byKey(k.alternative());
            }
        }
    }

    private SimulationKnobs() {
    }

    /** The knob with this key. @throws IllegalArgumentException if there is none */
    public static SimulationKnob byKey(String key) {
        return ALL.stream().filter(k -> k.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no Monte Carlo knob '" + key + "'"));
    }

    /**
     * The run the values describe, for particles of {@code species}: ν_s from τ_s (or given), the duration recommended
     * by {@link SimulationSetup#recommendedDurationS} unless given, all {@code cores} (at most 64) unless threads are given.
     *
     * @throws SimulationKnob.Rejected naming the knob at fault (both of τ_s and ν_s if both are given; none if the
     *                                 values are each allowed but make no valid setup together, e.g. a rate that overflows)
     */
    public static SimulationSetup setup(KnobValues in, Species species, int cores) {
        double ls = in.number(LS);
        double fv = in.number(FILLING_FACTOR);
        if (in.has(TAU_S) && in.has(NU_S)) {
            throw new SimulationKnob.Rejected(List.of(TAU_S, NU_S), "give one of them");
        }
        double t = in.number(ENERGY);
        double v = together(() -> new Particle(species, t).speedCmPerS());
        double nu = in.has(NU_S) ? in.number(NU_S) : in.number(TAU_S) * v / (ls * Units.AU_CM);
        double bg = in.number(NU_BG);
        int n = (int) in.whole(PARTICLES);
        Double duration = in.has(DURATION) ? in.number(DURATION) : null;
        long seed = in.whole(SEED);
        int threads = threads(in, cores);
        return together(() -> {
            PatchPopulation p = new PatchPopulation(ls, fv, nu, bg);
            double d = duration != null ? duration : SimulationSetup.recommendedDurationS(p, t, species);
            return new SimulationSetup(p, t, species, n, d, seed, threads);
        });
    }

    /**
     * The regime-map sweep the values describe (ℓ_S, T, seed and threads as for {@link #setup}).
     *
     * @throws SimulationKnob.Rejected naming the knob at fault
     */
    public static RegimeMapSetup regimeMap(KnobValues in, int cores) {
        double ls = in.number(LS);
        double t = in.number(ENERGY);
        LogGrid taus = in.grid(TAU_RANGE);
        LogGrid fvs = in.grid(FV_RANGE);
        int n = (int) in.whole(CELL_PARTICLES);
        long seed = in.whole(SEED);
        int threads = threads(in, cores);
        return together(() -> new RegimeMapSetup(ls, taus, fvs, t, n, seed, threads));
    }

    /** The event limit above which a run is refused (CLI) or asked about (window). @throws SimulationKnob.Rejected if not allowed */
    public static double eventLimit(KnobValues in) {
        return in.number(MAX_EVENTS);
    }

    /** The threads given, else all {@code cores} up to {@link SimulationSetup#MAX_THREADS}. */
    public static int threads(KnobValues in, int cores) {
        return in.has(THREADS) ? (int) in.whole(THREADS) : Math.max(1, Math.min(SimulationSetup.MAX_THREADS, cores));
    }

    /** Runs a constructor of values that are each allowed; what it still refuses is a problem of them together. */
    private static <T> T together(Supplier<T> build) {
        try {
            return build.get();
        } catch (SimulationKnob.Rejected e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new SimulationKnob.Rejected(List.of(), e.getMessage());
        }
    }
}
