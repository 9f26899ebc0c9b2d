package org.hillasexplorer.app;

import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.FileChooser;

/** File choosers that start in the folder of the scenario file, and the extension a chosen name lacks. */
final class FileChoosers {
    private FileChoosers() {
    }

    /** A chooser titled {@code title} with {@code filters}, in the folder of {@code current} if there is one. */
    static FileChooser of(Path current, String title, FileChooser.ExtensionFilter... filters) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(filters);
        if (current != null && current.getParent() != null && current.getParent().toFile().isDirectory()) {
            fc.setInitialDirectory(current.getParent().toFile());
        }
        return fc;
    }

    /** {@code p}, or {@code p} with {@code extension} (".json") added if its name ends in none of {@code accepted}. */
    static Path withExtension(Path p, String extension, String... accepted) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String a : accepted) {
            if (name.endsWith(a)) {
                return p;
            }
        }
        return p.resolveSibling(p.getFileName() + extension);
    }
}
