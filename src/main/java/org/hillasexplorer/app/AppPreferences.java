package org.hillasexplorer.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs: recent scenario files, the last window size and View → Lock axes. Tests pass their own
 * node so they never touch the user's preferences.
 */
final class AppPreferences {
    static final int MAX_RECENT = 8;
    private final Preferences node;

    AppPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's preferences for this app. */
    static AppPreferences user() {
        return new AppPreferences(Preferences.userRoot().node("org/hillasexplorer/app"));
    }

    /**
     * Whether View → Lock axes is on, remembered separately for the window and for presentation mode (where it is on
     * unless turned off: a class watching a band move needs a frame that stays put).
     */
    boolean lockAxes(boolean presentation) {
        return node.getBoolean(presentation ? "axes.locked.presentation" : "axes.locked", presentation);
    }

    void saveLockAxes(boolean presentation, boolean locked) {
        node.putBoolean(presentation ? "axes.locked.presentation" : "axes.locked", locked);
    }

    /** Recent files, newest first, only those that still exist. */
    List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (String line : node.get("recent", "").split("\n")) {
            if (!line.isBlank()) {
                try {
                    Path p = Path.of(line);
                    if (Files.isRegularFile(p)) {
                        out.add(p);
                    }
                } catch (RuntimeException invalidPath) {
                    // a path from another OS or a hand-edited preference: skip it
                }
            }
        }
        return out;
    }

    /** Puts {@code file} first in the recent list. */
    void addRecent(Path file) {
        List<Path> list = new ArrayList<>(recentFiles());
        Path abs = file.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        while (list.size() > MAX_RECENT) {
            list.remove(list.size() - 1);
        }
        node.put("recent", String.join("\n", list.stream().map(Path::toString).toList()));
        flush();
    }

    /** Last window width and height, or the given defaults. */
    double[] windowSize(double defaultWidth, double defaultHeight) {
        return new double[] {node.getDouble("window.width", defaultWidth), node.getDouble("window.height", defaultHeight)};
    }

    boolean windowMaximized() {
        return node.getBoolean("window.maximized", false);
    }

    void saveWindow(double width, double height, boolean maximized) {
        if (width > 100 && height > 100) {
            node.putDouble("window.width", width);
            node.putDouble("window.height", height);
        }
        node.putBoolean("window.maximized", maximized);
        flush();
    }

    /** The folder snapshots go to, if chosen and still there. */
    java.util.Optional<Path> snapshotFolder() {
        String f = node.get("snapshot.folder", "");
        try {
            Path p = f.isEmpty() ? null : Path.of(f);
            return p != null && Files.isDirectory(p) ? java.util.Optional.of(p) : java.util.Optional.empty();
        } catch (RuntimeException invalidPath) {
            return java.util.Optional.empty();
        }
    }

    void setSnapshotFolder(Path folder) {
        node.put("snapshot.folder", folder.toAbsolutePath().toString());
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // preferences are a convenience: failing to store them must not disturb the user
        }
    }
}
