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
import org.hillasexplorer.montecarlo.KnobValues;
import org.hillasexplorer.montecarlo.Measurement;
import org.hillasexplorer.montecarlo.RegimeMap;
import org.hillasexplorer.montecarlo.RegimeMapSetup;
import org.hillasexplorer.montecarlo.SimulationCost;
import org.hillasexplorer.montecarlo.SimulationKnob;
import org.hillasexplorer.montecarlo.SimulationKnobs;
import org.hillasexplorer.montecarlo.SimulationResult;
import org.hillasexplorer.montecarlo.SimulationSetup;
import org.hillasexplorer.montecarlo.Simulator;
import org.hillasexplorer.physics.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code simulate}: test particles through random patches, measured against the paper's relations. */
@Command(name = "simulate", mixinStandardHelpOptions = true, modelTransformer = SimulateCommand.KnobOptions.class,
        description = {"Follow test particles along a field line through randomly placed scattering patches and measure",
                "κ_∥, the mean free path between large deflections, the time spent per patch crossing and the time fraction",
                "inside patches, each against the analytic expectation (ℓ_mfp ≈ ℓ_S/f_V, eq. 12; Δt_s = (ℓ_S/v)² ν_s, eq. 5).",
                "A run expected to need more than --max-events events is refused before it starts, with the estimate;",
                "on a terminal a progress line shows the time left, and Ctrl+C stops the run (exit 130, no files written)."})
final class SimulateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--regime-map", paramLabel = "FILE", description = "Also sweep τ_s and f_V at this ℓ_S and draw the regime map (.png/.svg/.pdf).")
    Path regimeMap;

    /** Adds one option per {@link SimulationKnobs#ALL} knob, its name, label and help all from the knob. */
    static final class KnobOptions implements CommandLine.IModelTransformer {
        @Override
        public CommandLine.Model.CommandSpec transform(CommandLine.Model.CommandSpec command) {
            for (SimulationKnob k : SimulationKnobs.ALL) {
                command.addOption(CommandLine.Model.OptionSpec.builder(k.cliOption()).paramLabel(k.paramLabel()).type(String.class)
                        .description(k.help()).build());
            }
            return command;
        }
    }

    /** The texts given for the knobs (a knob not given takes its default in {@link SimulationKnobs}). */
    KnobValues knobValues() {
        KnobValues in = KnobValues.none();
        for (SimulationKnob k : SimulationKnobs.ALL) {
            String text = spec.findOption(k.cliOption()).getValue();
            if (text != null) {
                in = in.with(k, text);
            }
        }
        return in;
    }

    /**
     * What the options ask for, validated: the run, the regime map (null without {@code --regime-map}) and the event
     * limit.
     */
    record Plan(SimulationSetup run, RegimeMapSetup map, double limit) {
    }

    /** Reads the options into a {@link Plan}; any problem is a usage error naming the option. */
    Plan plan() {
        Scenario s = ScenarioOptions.scenario(spec);
        KnobValues in = knobValues();
        int cores = Runtime.getRuntime().availableProcessors();
        try {
            return new Plan(SimulationKnobs.setup(in, s.species(), cores),
                    regimeMap == null ? null : SimulationKnobs.regimeMap(in, cores), SimulationKnobs.eventLimit(in));
        } catch (SimulationKnob.Rejected e) {
            throw usage(e.cliMessage());
        }
    }

    /** Exit code after Ctrl+C (SIGINT) or a cancelled run: 128 + 2, as shells report a process killed by SIGINT. */
    static final int EXIT_INTERRUPTED = 130;

    /** Whether stderr is a terminal (the updating progress line); a test may replace it. */
    static java.util.function.BooleanSupplier terminal = () -> System.console() != null;

    @Override
    public Integer call() throws Exception {
        Plan plan = plan();
        SimulationSetup setup = plan.run();
        RegimeMapSetup map = plan.map();
        SimulationCost runCost = SimulationCost.of(setup);
        SimulationCost mapCost = map == null ? SimulationCost.NONE : map.cost();
        refuseAboveLimit(runCost, mapCost, plan.limit(), setup.busyThreads(), map == null ? 1 : map.busyThreads());

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
            progress = new SimulationProgress(err, "simulate", runCost, setup.busyThreads(), tty, cancel);
            SimulationResult r = Simulator.run(setup, progress);
            progress.close();
            print(r);
            if (map != null) {
                progress = new SimulationProgress(err, "regime map", mapCost, map.busyThreads(), tty, cancel);
                List<RegimeMap.Cell> cells = map.compute(progress);
                progress.close();
                checkNotInterrupted(cancel);
                try {
                    List<RegimeMapChartBuilder.Cell> drawn = cells.stream().map(c -> new RegimeMapChartBuilder.Cell(
                            c.opticalDepth(), c.fillingFactor(), c.measuredOverExpected())).toList();
                    FigureExporter.write(RegimeMapChartBuilder.build(drawn, map.shortAxisAu(), FigureStyle.PAPER), regimeMap, 1000, 720,
                            2);
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
                + "crossings), %s on %d %s, above the limit of %s (%s). ", what,
                SimulationCost.count(total.events()), SimulationCost.about(seconds), runThreads,
                runThreads == 1 ? "thread" : "threads", SimulationCost.count(limit), SimulationKnobs.MAX_EVENTS.cliOption()));
        m.append(mapDominates ? "Use fewer " + SimulationKnobs.CELL_PARTICLES.cliOption() + " or a smaller "
                + SimulationKnobs.TAU_RANGE.cliOption()
                : "Use fewer " + SimulationKnobs.PARTICLES.cliOption() + ", a smaller " + SimulationKnobs.TAU_S.cliOption() + " (or "
                + SimulationKnobs.NU_S.cliOption() + ") or a shorter " + SimulationKnobs.DURATION.cliOption());
        if (SimulationCost.reasonable(total.events(), seconds)) {
            m.append(", or allow it with ").append(SimulationKnobs.MAX_EVENTS.cliOption()).append(' ')
                    .append(SimulationCost.count(roundUp(total.events())));
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
                var should = r.expectedRatio(m);
                e.put("expected_ratio", should.known() ? should.value() : null);
                e.put("expected_ratio_basis", should.basis());
                list.add(e);
            }
            root.put("measurements", list);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } else if (format.toLowerCase(Locale.ROOT).equals("table")) {
            out.printf(Locale.ROOT, "# τ_s = %.3g, %d particles, %d scattering events in %.2f s (%.3g events/s)%n", r.opticalDepth(),
                    r.setup().particles(), r.scatteringEvents(), r.wallSeconds(), r.scatteringEvents() / Math.max(1e-9, r.wallSeconds()));
            out.printf(Locale.ROOT, "%-24s %-12s %12s %11s %12s %16s   %s%n", "quantity", "unit", "measured", "± error", "expected",
                    "ratio", "ratio should be");
            for (Measurement m : ms) {
                out.printf(Locale.ROOT, "%-24s %-12s %12.4g %11.2g %12.4g %8.3f ± %.3f   %s%n", m.name(), m.unit(), m.value(), m.error(),
                        m.expected(), m.ratio(), m.ratioError(), r.expectedRatio(m).describe());
            }
        } else {
            throw usage("--format: '" + format + "' is not one of table, json");
        }
        out.flush();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
