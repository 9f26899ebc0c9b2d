package org.hillasexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hillasexplorer.catalog.Catalog;
import org.hillasexplorer.catalog.CatalogException;
import org.hillasexplorer.catalog.CatalogProblem;
import org.hillasexplorer.catalog.CatalogReader;

/** Reads the built-in or the named catalogues, reporting bad rows on stderr and refusing unreadable files. */
final class CatalogLoading {
    private CatalogLoading() {
    }

    /** The built-in catalogue when {@code files} is empty, else each named file. */
    static List<Catalog> load(List<Path> files, PrintWriter err) {
        List<Catalog> out = new ArrayList<>();
        if (files.isEmpty()) {
            out.add(CatalogReader.readBuiltin());
        }
        for (Path f : files) {
            try {
                out.add(CatalogReader.read(f));
            } catch (CatalogException e) {
                throw new Cli.CliFailure(e.getMessage());
            }
        }
        for (Catalog c : out) {
            for (CatalogProblem p : c.problems()) {
                err.println("warning: " + p);
            }
        }
        return out;
    }
}
