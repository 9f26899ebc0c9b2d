package org.hillasexplorer.session;

import static org.hillasexplorer.export.StilTables.read;
import static org.hillasexplorer.export.StilTables.units;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hillasexplorer.catalog.Catalog;
import org.hillasexplorer.catalog.CatalogEntry;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.catalog.Range;
import org.hillasexplorer.export.BibTeX;
import org.hillasexplorer.export.TableExporter;
import org.hillasexplorer.physics.FigureOfMerit;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ac.starlink.ecsv.EcsvTableBuilder;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.votable.VOTableBuilder;

/** Catalogue entries handed to export as plain values: their literature, their fields and verdicts. */
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

    @Test
    void theVerdictTableKeepsUnitsAndReadsBackAsACatalogue() throws Exception {
        Catalog builtin = CatalogReader.readBuiltin();
        Scenario s = Scenario.defaults();
        for (String name : List.of("verdicts.ecsv", "verdicts.vot")) {
            Path f = dir.resolve(name);
            CatalogueExports.writeVerdictTable(builtin.entries(), s, f);
            StarTable t = read(f, name.endsWith(".ecsv") ? new EcsvTableBuilder() : new VOTableBuilder());
            assertThat(units(t)).isEqualTo(units(TableExporter.catalogueTable(CatalogueExports.verdictRows(builtin.entries(), s), s)));
            assertThat(units(t, "size_min_au", "ns_max_pc3", "fv_min"))
                    .containsEntry("size_min_au", "AU").containsEntry("ns_max_pc3", "pc-3").containsEntry("fv_min", null);
            assertThat(units(t)).containsKeys("ns_GeV_status", "ns_GeV_gap_dex", "fv_TeV_status", "ns_summary", "doi", "bibcode");
            assertThat(t.getRowCount()).isEqualTo(builtin.entries().size());
            assertThat(t.getParameterByName("summary").getValue().toString()).contains("entries with numbers reach");

            Catalog back = CatalogReader.read(f);
            assertThat(back.problems()).filteredOn(p -> !p.warning()).isEmpty();
            assertThat(back.entries()).extracting(CatalogEntry::id).containsExactlyElementsOf(
                    builtin.entries().stream().map(CatalogEntry::id).toList());
            CatalogEntry gmcs = back.byId("gmcs").orElseThrow();
            CatalogEntry orig = builtin.byId("gmcs").orElseThrow();
            assertThat(gmcs.sizeAu().orElseThrow().min()).isCloseTo(orig.sizeAu().orElseThrow().min(),
                    org.assertj.core.data.Percentage.withPercentage(1e-9));
            assertThat(gmcs.doi()).isEqualTo(orig.doi());
            assertThat(gmcs.bibcode()).isEqualTo(orig.bibcode());
        }
    }

    @Test
    void everyBoxIsJudgedWithTheFigureOfMerit() {
        Scenario s = Scenario.defaults();
        List<TableExporter.CandidateRow> rows = CatalogueExports.verdictRows(BUILTIN, s);
        assertThat(rows).hasSameSizeAs(BUILTIN);
        for (int i = 0; i < BUILTIN.size(); i++) {
            CatalogEntry e = BUILTIN.get(i);
            TableExporter.CandidateRow r = rows.get(i);
            assertThat(r.id()).isEqualTo(e.id());
            assertThat(r.category()).isEqualTo(e.category().key());
            assertThat(r.planes()).isEqualTo(e.planes());
            assertThat(r.sizeAu().map(TableExporter.Span::min)).isEqualTo(e.sizeAu().map(Range::min));
            assertThat(r.fillingFactor().map(TableExporter.Span::max)).isEqualTo(e.fillingFactor().map(Range::max));
            for (Plane p : Plane.values()) {
                assertThat(Optional.ofNullable(r.verdicts().get(p)))
                        .isEqualTo(e.box(p).map(b -> FigureOfMerit.evaluate(e.id(), e.label(), b, s)));
            }
        }
    }
}
