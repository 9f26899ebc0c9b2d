package org.hillasexplorer.montecarlo;

import java.util.Locale;
import org.hillasexplorer.physics.Units;

/**
 * What a run will cost, estimated before it starts from the setup alone (nothing is simulated): the expected number
 * of steps of the event-driven loop, which are pitch-angle re-draws ("scattering events") and patch-edge crossings.
 * Each step costs about the same, so the run time is ≈ {@link #events()} / ({@link #EVENTS_PER_SECOND_PER_THREAD} ×
 * threads).
 *
 * <p>For N particles followed for a time T [s] at speed v [cm s⁻¹] through patches of depth ℓ_S [cm], filling factor
 * f_V, internal rate ν_s = τ_s v/ℓ_S [s⁻¹] and background rate ν_bg [s⁻¹]:
 * <ul>
 *   <li>scattering events = N T (f_V ν_s + (1 − f_V) ν_bg) — a particle spends the fraction f_V of its time inside
 *       patches (stationarity); with ν_bg = 0 this is N τ_s T/t_mfp, t_mfp = ℓ_mfp/v = ℓ_S/(f_V v) (eq. 12);
 *       N T ν in the continuous limit;</li>
 *   <li>patch-edge crossings = N T f_V v/ℓ_S = N T/t_mfp: between patches a particle streams freely (for ν_bg = 0)
 *       across a gap of mean length ℓ_S(1 − f_V)/f_V in a flux-weighted mean time 2 × that/v, and the gaps take the
 *       fraction 1 − f_V of its time; each gap visit is two crossings. This holds for any τ_s; a background rate makes
 *       the gaps diffusive and the true count smaller, so it is then an upper bound. None in the continuous limit.</li>
 * </ul>
 * These are expectations (the realised counts fluctuate by a few per cent for a few hundred particles). Values may be
 * +∞ for absurd inputs, and NaN only if the inputs are; {@link #exceeds} treats NaN as over any limit.
 *
 * @param scatteringEvents  expected pitch-angle re-draws (compare {@link SimulationResult#scatteringEvents()})
 * @param boundaryCrossings expected patch-edge crossings (compare {@link SimulationResult#boundaryCrossings()})
 */
public record SimulationCost(double scatteringEvents, double boundaryCrossings) {

    /**
     * Steps per second and worker thread, measured on the reference 2-core machine (29 M scattering events s⁻¹ on one
     * thread, 56 M on two; the README's benchmark table); used only for the time in messages.
     */
    public static final double EVENTS_PER_SECOND_PER_THREAD = 3e7;

    /**
     * The default limit on {@link #events()} above which {@code simulate} refuses to start and the window asks first:
     * 10¹⁰ steps, about 3 minutes on 2 threads (5.5 on one) at {@link #EVENTS_PER_SECOND_PER_THREAD}. The limit is on
     * work, not time, so the same command is refused on every machine.
     */
    public static final double DEFAULT_LIMIT = 1e10;

    /**
     * The longest run worth offering at all, 30 days: one estimated to take longer (or an unbounded one) is refused
     * without the offer to raise the limit, by the CLI and the window alike.
     */
    public static final double LONGEST_REASONABLE_SECONDS = 30 * 86400;

    /** Nothing to do. */
    public static final SimulationCost NONE = new SimulationCost(0, 0);

    /** The expected cost of {@code Simulator.run(setup, …)}. */
    public static SimulationCost of(SimulationSetup setup) {
        return of(setup.patches(), setup.speedCmPerS(), setup.durationS(), setup.particles());
    }

    /**
     * The expected cost of following {@code particles} particles of speed v [cm s⁻¹] for {@code durationS} [s] each
     * through {@code patches}.
     */
    public static SimulationCost of(PatchPopulation patches, double speedCmPerS, double durationS, double particles) {
        double perTime;
        double crossingsPerTime;
        if (patches.isContinuous()) {
            perTime = patches.internalRatePerS();
            crossingsPerTime = 0;
        } else {
            double f = patches.fillingFactor();
            perTime = f * patches.internalRatePerS() + (1 - f) * patches.backgroundRatePerS();
            crossingsPerTime = f * speedCmPerS / (patches.shortAxisAu() * Units.AU_CM);
        }
        double particleTime = particles * durationS;
        return new SimulationCost(particleTime * perTime, particleTime * crossingsPerTime);
    }

    /** All steps: scattering events plus patch-edge crossings — what the limit counts. */
    public double events() {
        return scatteringEvents + boundaryCrossings;
    }

    /** The cost of doing this and then {@code other}. */
    public SimulationCost plus(SimulationCost other) {
        return new SimulationCost(scatteringEvents + other.scatteringEvents, boundaryCrossings + other.boundaryCrossings);
    }

    /** Whether {@link #events()} is above {@code limit} (or cannot be estimated: NaN). */
    public boolean exceeds(double limit) {
        return !(events() <= limit);
    }

    /** Whether a run of {@code events} taking {@code seconds} could finish at all ({@link #LONGEST_REASONABLE_SECONDS}). */
    public static boolean reasonable(double events, double seconds) {
        return Double.isFinite(events) && seconds < LONGEST_REASONABLE_SECONDS;
    }

    /** Approximate wall-clock time [s] on {@code threads} busy worker threads (+∞ for an unbounded estimate). */
    public double seconds(int threads) {
        return events() / (EVENTS_PER_SECOND_PER_THREAD * Math.max(1, threads));
    }

    /** E.g. {@code ≈ 1.5e10 events, about 4 min on 2 threads}. */
    public String describe(int threads) {
        return "≈ " + count(events()) + " events, " + about(seconds(threads)) + " on " + threads
                + (threads == 1 ? " thread" : " threads");
    }

    /** {@code about 4 min}, or {@code under a second}, {@code forever}, {@code an unknown time}. */
    public static String about(double seconds) {
        return seconds < 1 || !Double.isFinite(seconds) ? duration(seconds) : "about " + duration(seconds);
    }

    /** A count in the form 1.5e10 (plain below 10⁴). */
    public static String count(double n) {
        if (Double.isNaN(n)) {
            return "an unknown number of";
        }
        if (Double.isInfinite(n)) {
            return "∞";
        }
        if (n < 1e4) {
            return String.format(Locale.ROOT, "%.0f", n);
        }
        String s = String.format(Locale.ROOT, "%.2g", n).replace("e+", "e");
        return s.replaceFirst("e0(\\d)", "e$1").replace(".0e", "e");
    }

    /** A duration [s] rounded for people: {@code 40 s}, {@code 4 min}, {@code 3 h}, {@code 2 days}, {@code 1e9 years}. */
    public static String duration(double seconds) {
        if (Double.isNaN(seconds)) {
            return "an unknown time";
        }
        if (Double.isInfinite(seconds)) {
            return "forever";
        }
        if (seconds < 1) {
            return "under a second";
        }
        if (seconds < 90) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 90 * 60) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        if (seconds < 48 * 3600) {
            return String.format(Locale.ROOT, "%.0f h", seconds / 3600);
        }
        double days = seconds / 86400;
        if (days < 730) {
            return String.format(Locale.ROOT, "%.0f days", days);
        }
        double years = days / 365.25;
        return years < 1e4 ? String.format(Locale.ROOT, "%.0f years", years) : count(years) + " years";
    }
}
