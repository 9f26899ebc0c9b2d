package org.hillasexplorer.session;

import java.nio.file.Path;
import java.util.List;
import org.hillasexplorer.catalog.CatalogEntry;
import org.hillasexplorer.export.BibTeX;
import org.hillasexplorer.export.ExportException;

/**
 * What catalogue entries hand to {@code export}, as the plain values it takes: their literature for {@link BibTeX}.
 * The window and the command line both export through here, so the two read the same fields off an entry; it lives
 * in {@code session} because {@code export} must not see the catalogue's types.
 */
public final class CatalogueExports {
    private CatalogueExports() {
    }

    /** Each entry's name and literature (reference text, DOI, bibcode), in order. */
    public static List<BibTeX.Source> literature(List<CatalogEntry> entries) {
        return entries.stream().map(e -> new BibTeX.Source(e.name(), e.reference(), e.doi(), e.bibcode())).toList();
    }

    /** Writes the BibTeX of the entries' literature, the paper first, to {@code out} atomically ({@link BibTeX#write}). */
    public static void writeBibTeX(List<CatalogEntry> entries, Path out) throws ExportException {
        BibTeX.write(literature(entries), out);
    }
}
