package org.hillasexplorer;

import java.util.List;
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

    /**
     * The JDK's JAXP system properties naming the protocols through which any XML parser, schema validator or XSLT
     * transformer made in this process may fetch an external DTD (and external entities), schema or stylesheet.
     */
    static final List<String> XML_EXTERNAL_ACCESS_PROPERTIES =
            List.of("javax.xml.accessExternalDTD", "javax.xml.accessExternalSchema", "javax.xml.accessExternalStylesheet");

    /** Starts the GUI (no arguments) or the CLI. */
    public static void main(String[] args) {
        denyExternalXmlAccess();
        if (args.length == 0) {
            startGui();
        } else if (args.length == 1 && opensInWindow(args[0])) {
            startGui(args[0]);
        } else {
            System.exit(Cli.run(args));
        }
    }

    /**
     * Sets {@link #XML_EXTERNAL_ACCESS_PROPERTIES} to the empty string (no protocol allowed), as defence in depth: the
     * readers build their parsers through {@link org.hillasexplorer.io.SafeXml}, but a library that makes its own
     * (STIL does) then cannot fetch a DTD, entity, schema or stylesheet either. Resources that libraries resolve
     * themselves (the JDK's preferences DTD, STIL's bundled VOTable DTDs) are not affected.
     */
    static void denyExternalXmlAccess() {
        for (String property : XML_EXTERNAL_ACCESS_PROPERTIES) {
            System.setProperty(property, "");
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
