package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hillasexplorer.catalog.Catalog;
import org.hillasexplorer.catalog.CatalogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ac.starlink.ecsv.EcsvTableBuilder;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StoragePolicy;
import uk.ac.starlink.table.Tables;
import uk.ac.starlink.util.FileDataSource;
import uk.ac.starlink.votable.VOTableBuilder;

/** {@code --out FILE.ecsv|.vot} of bands, evaluate and quantities, and {@code evaluate --bibtex}. */
class TableOutputCliTest {
    @TempDir
    Path dir;

    @Test
    void bandsWriteEcsvVoTableOrCsvByExtension() throws Exception {
        Path vot = dir.resolve("b.vot");
        assertThat(CliTest.run("bands", "--plane", "ns", "--out", vot.toString()).code()).isZero();
        StarTable t = new VOTableBuilder().makeStarTable(new FileDataSource(vot.toFile()), true, StoragePolicy.PREFER_MEMORY);
        assertThat(t.getColumnInfo(2).getUnitString()).isEqualTo("AU");
        assertThat(t.getColumnInfo(3).getUnitString()).isEqualTo("pc-3");
        Path csv = dir.resolve("b.csv");
        assertThat(CliTest.run("bands", "--plane", "ns", "--out", csv.toString()).code()).isZero();
        assertThat(Files.readString(csv)).startsWith("band,vertex,log10_ls_au,log10_value\n");
        CliTest.Result stdout = CliTest.run("bands", "--plane", "fv");
        assertThat(stdout.out()).startsWith("band,vertex,log10_ls_au,log10_value\n");
    }

    @Test
    void evaluateWritesTheVerdictTableAndBibTeX() throws Exception {
        Path out = dir.resolve("v.ecsv");
        Path bib = dir.resolve("refs.bib");
        CliTest.Result r = CliTest.run("evaluate", "--out", out.toString(), "--bibtex", bib.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        String text = Files.readString(out);
        assertThat(text).startsWith("# %ECSV 1.0").contains("ns_GeV_status", "unit: AU");
        Catalog back = CatalogReader.read(out);
        assertThat(back.entries()).hasSize(CatalogReader.readBuiltin().entries().size());
        assertThat(Files.readString(bib)).contains("@article{Butsky2024,", "Green2019");

        CliTest.Result table = CliTest.run("evaluate", "--bibtex", dir.resolve("only.bib").toString());
        assertThat(table.code()).isZero();
        assertThat(table.out()).contains("gap_dex");
        assertThat(Files.exists(dir.resolve("only.bib"))).isTrue();
    }

    @Test
    void quantitiesForSeveralEnergiesAsATable() throws Exception {
        Path out = dir.resolve("q.ecsv");
        CliTest.Result r = CliTest.run("quantities", "--energy", "1MeV,1GeV,1TeV", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        StarTable t = Tables.randomTable(new EcsvTableBuilder().makeStarTable(new FileDataSource(out.toFile()), true, StoragePolicy.PREFER_MEMORY));
        assertThat(t.getRowCount()).isEqualTo(3);
        assertThat(t.getColumnInfo(1).getUnitString()).isEqualTo("GV");
        CliTest.Result json = CliTest.run("quantities", "--energy", "1GeV,10GeV", "--format", "json");
        assertThat(json.code()).isZero();
        assertThat(json.out().strip()).startsWith("[");
    }

    @Test
    void aNonTableExtensionIsAUsageError() {
        CliTest.Result r = CliTest.run("evaluate", "--out", dir.resolve("v.txt").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--out", ".ecsv", ".vot");
        CliTest.Result q = CliTest.run("quantities", "--out", dir.resolve("q.json").toString());
        assertThat(q.code()).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("v.txt"))).isFalse();
    }

    @Test
    void anUnwritableTableIsAnIoErrorLeavingNothing() {
        CliTest.Result r = CliTest.run("quantities", "--out", dir.resolve("no/such/q.vot").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("directory does not exist");
    }
}
