package org.hillasexplorer.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hillasexplorer.catalog.CatalogEntry;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.export.BibTeX;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Catalogue entries handed to export as plain values. */
class CatalogueExportsTest {
    @TempDir
    Path dir;

    private static final List<CatalogEntry> BUILTIN = CatalogReader.readBuiltin().entries();

    @Test
    void theLiteratureIsEachEntrysNameReferenceDoiAndBibcode() {
        List<BibTeX.Source> sources = CatalogueExports.literature(BUILTIN);
        assertThat(sources).hasSameSizeAs(BUILTIN);
        for (int i = 0; i < BUILTIN.size(); i++) {
            CatalogEntry e = BUILTIN.get(i);
            assertThat(sources.get(i)).isEqualTo(new BibTeX.Source(e.name(), e.reference(), e.doi(), e.bibcode()));
        }
        assertThat(sources).anySatisfy(s -> assertThat(s.bibcode()).isPresent()).anySatisfy(s -> assertThat(s.doi()).isPresent());
    }

    @Test
    void theBibTeXFileIsTheLiteraturesBibTeX() throws Exception {
        Path f = dir.resolve("refs.bib");
        CatalogueExports.writeBibTeX(BUILTIN, f);
        assertThat(Files.readString(f)).isEqualTo(BibTeX.of(CatalogueExports.literature(BUILTIN)))
                .contains("@article{Butsky2024,", "@article{Green2019,", "@article{Anderson2014,");
    }
}
