package org.hillasexplorer.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hillas-explorer} command and its subcommands. */
@Command(name = "hillas-explorer", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = {"Hillas Explorer: where must cosmic-ray scattering structures lie? (Butsky et al. 2024)",
                "Run without arguments to open the window; use a subcommand for headless work."},
        subcommands = {RenderCommand.class, BandsCommand.class, QuantitiesCommand.class, EvaluateCommand.class, SimulateCommand.class,
                CommandLine.HelpCommand.class})
public final class Cli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (render, bands, quantities, evaluate)");
    }

    /** Runs the CLI and returns the exit code (0 ok, 1 failure, 2 bad arguments). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the CLI writing to the given streams; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        System.setProperty("java.awt.headless", "true");
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /** The configured command line (scenario options added to every subcommand, one-line errors). */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Cli());
        for (String name : new String[] {"render", "bands", "quantities", "evaluate", "simulate"}) {
            ScenarioOptions.addTo(cl.getSubcommands().get(name).getCommandSpec());
        }
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println(ex.getCommandLine().getCommandName() + ": " + ex.getMessage());
            e.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for the options.");
            return CommandLine.ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            if (ex instanceof CommandLine.ParameterException pe) {
                e.println(commandLine.getCommandName() + ": " + pe.getMessage());
                return CommandLine.ExitCode.USAGE;
            }
            if (ex instanceof CliFailure || ex instanceof IllegalArgumentException) {
                e.println(commandLine.getCommandName() + ": " + ex.getMessage());
                return CommandLine.ExitCode.SOFTWARE;
            }
            e.println(commandLine.getCommandName() + ": unexpected error: " + ex);
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cl;
    }

    /** Prints the version from the jar manifest (or "development"). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"Hillas Explorer " + (v == null ? "(development build)" : v),
                    "Physics: Butsky, Hopkins, Kempski, Ponnada, Quataert & Squire (2024), MNRAS 528, 4245"};
        }
    }

    /** A failure the user can act on (a file that cannot be read or written); printed as one line, exit 1. */
    static final class CliFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CliFailure(String message) {
            super(message);
        }
    }
}
