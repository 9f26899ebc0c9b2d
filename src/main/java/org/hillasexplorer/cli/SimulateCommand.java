package org.hillasexplorer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hillasexplorer.export.ExportException;
import org.hillasexplorer.export.FigureExporter;
import org.hillasexplorer.figure.FigureStyle;
import org.hillasexplorer.figure.RegimeMapChartBuilder;
import org.hillasexplorer.montecarlo.Measurement;
import org.hillasexplorer.montecarlo.PatchPopulation;
import org.hillasexplorer.montecarlo.RegimeMap;
import org.hillasexplorer.montecarlo.SimulationCost;
import org.hillasexplorer.montecarlo.SimulationResult;
import org.hillasexplorer.montecarlo.SimulationSetup;
import org.hillasexplorer.montecarlo.Simulator;
import org.hillasexplorer.physics.Dimension;
import org.hillasexplorer.physics.Particle;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.UnitParser;
import org.hillasexplorer.physics.Units;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code simulate}: test particles through random patches, measured against the paper's relations. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Follow test particles along a field line through randomly placed scattering patches and measure",
                "κ_∥, the mean free path between large deflections, the time spent per patch crossing and the time fraction",
                "inside patches, each against the analytic expectation (ℓ_mfp ≈ ℓ_S/f_V, eq. 12; Δt_s = (ℓ_S/v)² ν_s, eq. 5).",
                "A run expected to need more than --max-events events is refused before it starts, with the estimate;",
                "on a terminal a progress line shows the time left, and Ctrl+C stops the run (exit 130, no files written)."})
final class SimulateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--ls", paramLabel = "LENGTH", defaultValue = "10 au", description = "Patch depth ℓ_S with a unit (default ${DEFAULT-VALUE}).")
    String ls;

    @Option(names = "--fv", paramLabel = "F", defaultValue = "0.01", description = "Volume-filling factor f_V of the patches, (0, 1) (default ${DEFAULT-VALUE}).")
    double fv;

    @Option(names = "--tau-s", paramLabel = "TAU", description = "Optical depth τ_s = ν_s ℓ_S/v of a patch (default 30); or give --nu-s.")
    Double tauS;

    @Option(names = "--nu-s", paramLabel = "RATE", description = "Scattering rate inside patches, e.g. 1e-6 /s (instead of --tau-s).")
    String nuS;

    @Option(names = "--nu-bg", paramLabel = "RATE", defaultValue = "0", description = "Weak background rate between patches (default 0).")
    String nuBg;

    @Option(names = "--energy", paramLabel = "T", defaultValue = "1GeV", description = "Kinetic energy per particle (default ${DEFAULT-VALUE}).")
    String energy;

    @Option(names = "--particles", paramLabel = "N", defaultValue = "2000", description = "Number of test particles (default ${DEFAULT-VALUE}).")
    int particles;

    @Option(names = "--duration", paramLabel = "TIME", description = "Time followed, e.g. 300 yr (default: ~50 expected ℓ_mfp/v).")
    String duration;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed; the same seed gives the same numbers at any thread count.")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--regime-map", paramLabel = "FILE", description = "Also sweep τ_s and f_V at this ℓ_S and draw the regime map (.png/.svg/.pdf).")
    Path regimeMap;

    @Option(names = "--tau-range", paramLabel = "LO..HI:N", defaultValue = "0.1..100:7", description = "τ_s grid of the regime map (default ${DEFAULT-VALUE}).")
    String tauRange;

    @Option(names = "--fv-range", paramLabel = "LO..HI:N", defaultValue = "0.001..0.3:5", description = "f_V grid of the regime map (default ${DEFAULT-VALUE}).")
    String fvRange;

    @Option(names = "--cell-particles", paramLabel = "N", defaultValue = "300", description = "Particles per regime-map cell (default ${DEFAULT-VALUE}).")
    int cellParticles;

    @Option(names = "--max-events", paramLabel = "N", description = "Refuse to start a run expected to need more than N events "
            + "(scatterings plus patch-edge crossings, estimated from the inputs; default 1e10, about 3 min on 2 cores). "
            + "Raise it to run longer.")
    Double maxEvents;

    /** Exit code after Ctrl+C (SIGINT) or a cancelled run: 128 + 2, as shells report a process killed by SIGINT. */
    static final int EXIT_INTERRUPTED = 130;

    /** Whether stderr is a terminal (the updating progress line); a test may replace it. */
    static java.util.function.BooleanSupplier terminal = () -> System.console() != null;

    @Override
    public Integer call() throws Exception {
        Scenario s = ScenarioOptions.scenario(spec);
        double lsAu = parse("--ls", ls, Dimension.LENGTH, "au");
        double tGeV;
        try {
            tGeV = Units.parseEnergyGeV(energy);
        } catch (IllegalArgumentException e) {
            throw usage("--energy: " + e.getMessage());
        }
        Particle p = s.particle(tGeV);
        double v = p.speedCmPerS();
        if (tauS != null && nuS != null) {
            throw usage("--tau-s and --nu-s: give one of them");
        }
        double nu = nuS != null ? parse("--nu-s", nuS, Dimension.RATE, "s⁻¹")
                : (tauS == null ? 30 : tauS) * v / (lsAu * Units.AU_CM);
        double bg = parse("--nu-bg", nuBg, Dimension.RATE, "s⁻¹");
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        double limit = maxEvents == null ? SimulationCost.DEFAULT_LIMIT : maxEvents;
        if (!(limit > 0)) {
            throw usage("--max-events: " + maxEvents + " must be a positive number of events, e.g. 1e11");
        }
        PatchPopulation patches;
        SimulationSetup setup;
        try {
            patches = new PatchPopulation(lsAu, fv, nu, bg);
            double dur = duration != null ? parse("--duration", duration, Dimension.TIME, "s")
                    : SimulationSetup.recommendedDurationS(patches, tGeV, s.species());
            setup = new SimulationSetup(patches, tGeV, s.species(), particles, dur, seed, threadCount);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        double[] taus = null;
        double[] fvs = null;
        SimulationCost mapCost = SimulationCost.NONE;
        if (regimeMap != null) {
            taus = grid("--tau-range", tauRange);
            fvs = grid("--fv-range", fvRange);
            try {
                mapCost = RegimeMap.cost(lsAu, taus, fvs, tGeV, cellParticles);
            } catch (IllegalArgumentException e) {
                throw usage("--cell-particles: " + e.getMessage());
            }
        }
        SimulationCost runCost = SimulationCost.of(setup);
        refuseAboveLimit(runCost, mapCost, limit, Math.min(threadCount, particles), Math.min(threadCount, cellParticles));

        PrintWriter err = spec.commandLine().getErr();
        AtomicBoolean cancel = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread command = Thread.currentThread();
        // Ctrl+C (SIGINT) or SIGTERM: stop the workers, wake this thread, and let it report before the JVM exits
        Thread hook = new Thread(() -> {
            cancel.set(true);
            command.interrupt();
            try {
                finished.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                // exiting anyway
            }
        }, "simulate-interrupt");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl+C arrived before the run started
            err.println(spec.name() + ": interrupted");
            err.flush();
            return EXIT_INTERRUPTED;
        }
        boolean tty = terminal.getAsBoolean();
        SimulationProgress progress = null;
        try {
            progress = new SimulationProgress(err, "simulate", runCost, Math.min(threadCount, particles), tty, cancel);
            SimulationResult r = Simulator.run(setup, progress);
            progress.close();
            print(r);
            if (regimeMap != null) {
                progress = new SimulationProgress(err, "regime map", mapCost, Math.min(threadCount, cellParticles), tty, cancel);
                List<RegimeMap.Cell> cells = RegimeMap.compute(lsAu, taus, fvs, tGeV, cellParticles, seed, threadCount, progress);
                progress.close();
                checkNotInterrupted(cancel);
                try {
                    List<RegimeMapChartBuilder.Cell> drawn = cells.stream().map(c -> new RegimeMapChartBuilder.Cell(
                            c.opticalDepth(), c.fillingFactor(), c.measuredOverExpected())).toList();
                    FigureExporter.write(RegimeMapChartBuilder.build(drawn, lsAu, FigureStyle.PAPER), regimeMap, 1000, 720, 2);
                } catch (ExportException e) {
                    // an interrupt during the write closes the channel: the target is untouched, report the interrupt
                    checkNotInterrupted(cancel);
                    throw new Cli.CliFailure(e.getMessage());
                }
                err.println("wrote " + regimeMap);
            }
            return 0;
        } catch (InterruptedException e) {
            if (progress != null) {
                progress.close(); // wipe the progress line first
            }
            Thread.interrupted(); // handled here: clear the flag
            err.println(spec.name() + ": interrupted");
            err.flush();
            return EXIT_INTERRUPTED;
        } finally {
            if (progress != null) {
                progress.close();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running and waits for the latch below
            }
            finished.countDown();
        }
    }

    private static void checkNotInterrupted(AtomicBoolean cancel) throws InterruptedException {
        if (cancel.get() || Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("simulation cancelled");
        }
    }

    /**
     * Refuses (usage error, exit 2) a run whose estimated events exceed the limit, naming the estimate, the time it
     * would take and how to proceed.
     */
    private void refuseAboveLimit(SimulationCost run, SimulationCost map, double limit, int runThreads, int mapThreads) {
        SimulationCost total = run.plus(map);
        if (!total.exceeds(limit)) {
            return;
        }
        double seconds = run.seconds(runThreads) + map.seconds(mapThreads);
        boolean mapDominates = map.events() > run.events();
        String what = regimeMap == null ? "this simulation" : "this simulation and regime map";
        StringBuilder m = new StringBuilder(String.format(Locale.ROOT, "%s would need ≈ %s events (scatterings and patch "
                + "crossings), %s on %d %s, above the limit of %s (--max-events). ", what,
                SimulationCost.count(total.events()), SimulationCost.about(seconds), runThreads,
                runThreads == 1 ? "thread" : "threads", SimulationCost.count(limit)));
        m.append(mapDominates ? "Use fewer --cell-particles or a smaller --tau-range"
                : "Use fewer --particles, a smaller --tau-s (or --nu-s) or a shorter --duration");
        if (Double.isFinite(total.events()) && seconds < 30 * 86400) {
            m.append(", or allow it with --max-events ").append(SimulationCost.count(roundUp(total.events())));
        } else {
            m.append(" (this would not finish in any reasonable time)");
        }
        m.append('.');
        throw usage(m.toString());
    }

    /** {@code x} rounded up to two significant digits (so that it passes as a limit). */
    private static double roundUp(double x) {
        double scale = Math.pow(10, Math.floor(Math.log10(x)) - 1);
        return Math.ceil(x / scale) * scale;
    }

    private void print(SimulationResult r) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Measurement> ms = List.of(r.kappaParallel(), r.meanFreePath(), r.trappingTime(), r.fractionInside());
        if (format.toLowerCase(Locale.ROOT).equals("json")) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("optical_depth", r.opticalDepth());
            root.put("scattering_events", r.scatteringEvents());
            root.put("wall_seconds", r.wallSeconds());
            List<Map<String, Object>> list = new ArrayList<>();
            for (Measurement m : ms) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("name", m.name());
                e.put("unit", m.unit());
                e.put("measured", m.value());
                e.put("error", m.error());
                e.put("expected", m.expected());
                e.put("ratio", m.ratio());
                e.put("ratio_error", m.ratioError());
                list.add(e);
            }
            root.put("measurements", list);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } else if (format.toLowerCase(Locale.ROOT).equals("table")) {
            out.printf(Locale.ROOT, "# τ_s = %.3g, %d particles, %d scattering events in %.2f s (%.3g events/s)%n", r.opticalDepth(),
                    r.setup().particles(), r.scatteringEvents(), r.wallSeconds(), r.scatteringEvents() / Math.max(1e-9, r.wallSeconds()));
            out.printf(Locale.ROOT, "%-24s %-12s %12s %11s %12s %16s%n", "quantity", "unit", "measured", "± error", "expected", "ratio");
            for (Measurement m : ms) {
                out.printf(Locale.ROOT, "%-24s %-12s %12.4g %11.2g %12.4g %8.3f ± %.3f%n", m.name(), m.unit(), m.value(), m.error(),
                        m.expected(), m.ratio(), m.ratioError());
            }
        } else {
            throw usage("--format: '" + format + "' is not one of table, json");
        }
        out.flush();
    }

    private double parse(String option, String text, Dimension d, String unit) {
        try {
            return UnitParser.parse(text, d, unit);
        } catch (IllegalArgumentException e) {
            throw usage(option + ": " + e.getMessage());
        }
    }

    /** A log-spaced grid from LO..HI:N. */
    private double[] grid(String option, String text) {
        try {
            String[] a = text.split(":");
            String[] b = a[0].split("\\.\\.");
            double lo = Double.parseDouble(b[0].strip());
            double hi = Double.parseDouble(b[1].strip());
            int n = Integer.parseInt(a[1].strip());
            if (!(lo > 0 && hi > lo && n >= 2 && n <= 30)) {
                throw new IllegalArgumentException();
            }
            double[] g = new double[n];
            for (int i = 0; i < n; i++) {
                g[i] = Math.pow(10, Math.log10(lo) + i * (Math.log10(hi) - Math.log10(lo)) / (n - 1));
            }
            return g;
        } catch (RuntimeException e) {
            throw usage(option + ": '" + text + "' must be LO..HI:N with 0 < LO < HI and 2 ≤ N ≤ 30, e.g. 0.1..100:7");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
