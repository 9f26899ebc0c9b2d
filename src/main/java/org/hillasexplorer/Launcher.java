package org.hillasexplorer;

import org.hillasexplorer.cli.Cli;

/**
 * Entry point of {@code hillas-explorer.jar}: with no arguments it opens the window (with one scenario or
 * catalogue file, the window opens it), with a subcommand (or {@code --help}/{@code --version}) it runs the
 * headless CLI, which never touches JavaFX.
 *
 * <p>A separate launcher is needed because a class that extends {@code javafx.application.Application}
 * cannot be the main class of a plain classpath launch.
 */
public final class Launcher {
    private Launcher() {
    }

    /** Starts the GUI (no arguments) or the CLI. */
    public static void main(String[] args) {
        if (args.length == 0) {
            startGui();
        } else if (args.length == 1 && opensInWindow(args[0])) {
            startGui(args[0]);
        } else {
            System.exit(Cli.run(args));
        }
    }

    /** A single existing scenario (.json) or catalogue file opens in the window rather than the CLI. */
    private static boolean opensInWindow(String arg) {
        String lower = arg.toLowerCase(java.util.Locale.ROOT);
        return (lower.endsWith(".json") || lower.endsWith(".csv") || lower.endsWith(".ecsv") || lower.endsWith(".png")
                || lower.endsWith(".svg") || lower.endsWith(".pdf"))
                && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(arg));
    }

    private static void startGui(String... files) {
        String display = System.getenv("DISPLAY");
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        boolean needsDisplay = os.contains("linux") || os.contains("bsd");
        if (needsDisplay && (display == null || display.isBlank()) && System.getenv("WAYLAND_DISPLAY") == null) {
            System.err.println("hillas-explorer: no display found (DISPLAY is not set), so the window cannot open.");
            System.err.println("Use the command line instead, e.g.: java -jar hillas-explorer.jar render --plane ns --out fig2.svg");
            System.err.println("Run 'java -jar hillas-explorer.jar --help' for all commands.");
            System.exit(1);
        }
        org.hillasexplorer.app.GuiLauncher.launch(files);
    }
}
