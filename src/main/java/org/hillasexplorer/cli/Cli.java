package org.hillasexplorer.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hillas-explorer} command and its subcommands. */
@Command(name = "hillas-explorer", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = {"Hillas Explorer: where must cosmic-ray scattering structures lie? (Butsky et al. 2024)",
                "Run without arguments to open the window; use a subcommand for headless work."},
        subcommands = {RenderCommand.class, BandsCommand.class, QuantitiesCommand.class, EvaluateCommand.class, FitCommand.class, SimulateCommand.class,
                CommandLine.HelpCommand.class})
public final class Cli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (render, bands, quantities, evaluate)");
    }

    /**
     * Runs the CLI and returns the exit code (0 ok, 1 failure, 2 bad arguments). Standard output is written through
     * its file descriptor rather than {@link System#out}, which would swallow the reason of a failed write.
     */
    public static int run(String... args) {
        return run(new FileOutputStream(FileDescriptor.out), new PrintWriter(System.err, true), args);
    }

    /**
     * Runs the CLI writing to the given streams; returns the exit code. Output that {@code out} could not take
     * ({@link PrintWriter#checkError()}) makes an exit code 0 a 1, with a message on {@code err}.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return execute(out, err, () -> null, args);
    }

    /**
     * Runs the CLI writing its results to {@code stdout} (in the platform encoding, as {@link System#out}); a write
     * that fails (disk full, closed pipe) makes the exit code 1 and is reported on {@code err} with its reason.
     */
    static int run(OutputStream stdout, PrintWriter err, String... args) {
        FailureRecorder recorder = new FailureRecorder(stdout);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(recorder, Charset.defaultCharset()), true);
        return execute(out, err, recorder::failure, args);
    }

    /**
     * The one place every command's output is checked: {@link PrintWriter} never throws, so a command that printed
     * into a full disk would otherwise report success.
     */
    private static int execute(PrintWriter out, PrintWriter err, Supplier<IOException> failure, String... args) {
        System.setProperty("java.awt.headless", "true");
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(ScenarioOptions.joinLogWords(args));
        if (out.checkError()) { // flushes first
            IOException e = failure.get();
            String reason = e == null ? "the stream reported an error"
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            err.println(commandName(cl) + ": could not write the output to standard output: " + reason
                    + " (disk full or closed pipe?)");
            return code == CommandLine.ExitCode.OK ? CommandLine.ExitCode.SOFTWARE : code;
        }
        return code;
    }

    /** The subcommand that ran, for messages ({@code hillas-explorer} when none did). */
    private static String commandName(CommandLine cl) {
        CommandLine.ParseResult pr = cl.getParseResult();
        while (pr != null && pr.subcommand() != null) {
            pr = pr.subcommand();
        }
        return pr == null ? cl.getCommandName() : pr.commandSpec().name();
    }

    /** The configured command line (scenario options added to every subcommand, one-line errors). */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Cli());
        cl.addSubcommand("batch", new BatchCommand()); // many commands in one JVM (issue 11)
        for (String name : new String[] {"render", "bands", "quantities", "evaluate", "simulate"}) {
            ScenarioOptions.addTo(cl.getSubcommands().get(name).getCommandSpec());
        }
        RenderOptionsCli.applyTo(cl.getSubcommands().get("render").getCommandSpec());
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

    /** Passes bytes on and remembers the first failed write, whose reason {@link PrintWriter} would discard. */
    private static final class FailureRecorder extends FilterOutputStream {
        private volatile IOException failure;

        FailureRecorder(OutputStream out) {
            super(out);
        }

        IOException failure() {
            return failure;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
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
