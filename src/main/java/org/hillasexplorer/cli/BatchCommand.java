package org.hillasexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hillasexplorer.io.BoundedFiles;
import org.hillasexplorer.io.ReadException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code batch}: many commands (one figure each, typically) in one JVM, so start-up, class loading, the catalogue's
 * first parse and the JIT's warm-up are paid once rather than per figure.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Run the commands listed in FILE (one per line, '-' for standard input) in this one process: "
                + "e.g. lines 'render --plane ns --out fig2.svg' and 'render --from old.png --out old.pdf'. Start-up is "
                + "paid once, so many figures cost little more than one.",
                "A line is split at spaces; \"…\" and '…' quote, \\ escapes the next character outside '…'. A leading "
                        + "'hillas-explorer' is ignored; blank lines and lines starting with # are skipped. Paths are "
                        + "relative to the current directory. Each failing line is reported as 'batch: line N: …' and "
                        + "the others still run (unless --stop-on-error); the exit code is the first failing line's."})
final class BatchCommand implements Callable<Integer> {
    /** Largest command file read. */
    static final long MAX_BYTES = 16L << 20;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The command file, or - for standard input.")
    String file;

    @Option(names = "--stop-on-error", description = "Stop at the first line that fails.")
    boolean stopOnError;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text;
        try {
            text = file.equals("-") ? BoundedFiles.readUtf8(System.in, MAX_BYTES) : BoundedFiles.readUtf8(Path.of(file), MAX_BYTES);
        } catch (ReadException e) {
            throw new Cli.CliFailure("cannot read " + (file.equals("-") ? "standard input" : file) + ": " + e.getMessage());
        }
        List<String> lines = text.lines().toList();
        int first = 0;
        int failed = 0;
        int ran = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int code;
            List<String> args;
            try {
                args = split(line);
            } catch (IllegalArgumentException e) {
                args = null;
                err.println("batch: line " + (i + 1) + ": " + e.getMessage());
            }
            if (args != null && !args.isEmpty() && args.get(0).equals("hillas-explorer")) {
                args = args.subList(1, args.size());
            }
            if (args == null) {
                code = CommandLine.ExitCode.USAGE;
            } else if (args.isEmpty() || args.get(0).equals("batch")) {
                err.println("batch: line " + (i + 1) + ": " + (args.isEmpty() ? "no command" : "a batch cannot run batch"));
                code = CommandLine.ExitCode.USAGE;
            } else {
                CommandLine cl = Cli.commandLine(); // fresh command objects: no option carries over from the line before
                cl.setOut(out);
                cl.setErr(err);
                code = cl.execute(ScenarioOptions.joinLogWords(args.toArray(String[]::new)));
                out.flush();
                ran++;
                if (code != 0) {
                    err.println("batch: line " + (i + 1) + ": exit code " + code + ": " + line);
                }
            }
            if (code != 0) {
                failed++;
                first = first == 0 ? code : first;
                if (stopOnError) {
                    break;
                }
            }
        }
        err.println("batch: " + ran + (ran == 1 ? " command" : " commands") + " run, " + failed + " failed");
        return first;
    }

    /** {@code line} split at unquoted whitespace; {@code "…"} and {@code '…'} quote, {@code \} escapes outside {@code '…'}. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\\') {
                if (i + 1 == line.length()) {
                    throw new IllegalArgumentException("a \\ ends the line; nothing to escape");
                }
                word.append(line.charAt(++i));
                inWord = true;
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("the quote " + quote + " is not closed");
        }
        if (inWord) {
            out.add(word.toString());
        }
        return out;
    }
}
