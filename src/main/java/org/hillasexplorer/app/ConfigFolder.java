package org.hillasexplorer.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The folder where the app keeps files of its own between runs (the autosave): the system property
 * {@value #PROPERTY} if set (tests point it at a temporary folder, so they never touch the user's home), otherwise
 * the platform's place for per-user application settings:
 * <ul>
 *   <li>Linux and other Unix: {@code $XDG_CONFIG_HOME/hillas-explorer}, or {@code ~/.config/hillas-explorer} when
 *       {@code XDG_CONFIG_HOME} is unset or not absolute (as the XDG Base Directory spec says);</li>
 *   <li>Windows: {@code %APPDATA%\hillas-explorer} (or {@code ~\AppData\Roaming\hillas-explorer});</li>
 *   <li>macOS: {@code ~/Library/Application Support/hillas-explorer}.</li>
 * </ul>
 * The folder is not created here.
 */
final class ConfigFolder {
    /** The system property that overrides the folder. */
    static final String PROPERTY = "hillas.config.dir";
    static final String NAME = "hillas-explorer";

    private ConfigFolder() {
    }

    /** The folder for this user and platform. */
    static Path resolve() {
        return resolve(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home", "."));
    }

    /** The folder for the given override, OS name, environment and home folder (the rules above). */
    static Path resolve(String override, String osName, Map<String, String> env, String home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override.strip()).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path homeDir = Path.of(home);
        if (os.startsWith("windows")) {
            return absolute(env.get("APPDATA")).orElse(homeDir.resolve("AppData").resolve("Roaming")).resolve(NAME);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return homeDir.resolve("Library").resolve("Application Support").resolve(NAME);
        }
        return absolute(env.get("XDG_CONFIG_HOME")).orElse(homeDir.resolve(".config")).resolve(NAME);
    }

    private static java.util.Optional<Path> absolute(String value) {
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            Path p = Path.of(value);
            return p.isAbsolute() ? java.util.Optional.of(p) : java.util.Optional.empty();
        } catch (InvalidPathException e) {
            return java.util.Optional.empty();
        }
    }
}
