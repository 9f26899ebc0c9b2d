package org.hillasexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hillasexplorer.catalog.Catalog;
import org.hillasexplorer.catalog.CatalogEntry;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.physics.Band;
import org.hillasexplorer.physics.BandGeometry;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ac.starlink.ecsv.EcsvTableBuilder;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StoragePolicy;
import uk.ac.starlink.table.TableBuilder;
import uk.ac.starlink.table.Tables;
import uk.ac.starlink.util.FileDataSource;
import uk.ac.starlink.votable.VOTableBuilder;

/** Tables written through STIL keep their units when STIL (and the catalogue reader) read them back. */
class TableExporterTest {
    @TempDir
    Path dir;

    private static StarTable read(Path file, TableBuilder builder) throws IOException {
        return Tables.randomTable(builder.makeStarTable(new FileDataSource(file.toFile()), true, StoragePolicy.PREFER_MEMORY));
    }

    private static Map<String, String> units(StarTable t) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < t.getColumnCount(); i++) {
            out.put(t.getColumnInfo(i).getName(), t.getColumnInfo(i).getUnitString());
        }
        return out;
    }

    private static Map<String, String> units(StarTable t, String... names) {
        Map<String, String> all = units(t);
        Map<String, String> out = new HashMap<>();
        for (String n : names) {
            out.put(n, all.get(n));
        }
        return out;
    }

    @Test
    void bandsAsEcsvAreReadBackWithTheirUnits() throws Exception {
        Scenario s = Scenario.defaults();
        List<Band> bands = BandGeometry.bands(s, Plane.NUMBER_DENSITY);
        Path f = dir.resolve("bands.ecsv");
        TableExporter.writeBands(bands, Plane.NUMBER_DENSITY, f);
        assertThat(Files.readString(f)).startsWith("# %ECSV 1.0");
        StarTable t = read(f, new EcsvTableBuilder());
        StarTable written = TableExporter.bandsTable(bands, Plane.NUMBER_DENSITY, null);
        assertThat(units(t)).isEqualTo(units(written));
        assertThat(units(t, "ls", "value")).containsEntry("ls", "AU").containsEntry("value", "pc-3");
        int expected = bands.stream().filter(b -> b.outline().isPresent()).mapToInt(b -> b.outline().get().size() + 1).sum();
        assertThat(t.getRowCount()).isEqualTo(expected);
        Object[] first = t.getRow(0);
        assertThat((Double) first[2]).isCloseTo(Math.pow(10, (Double) first[4]), org.assertj.core.data.Percentage.withPercentage(1e-9));
    }

    @Test
    void bandsAsVoTableAreReadBackWithTheirUnits() throws Exception {
        Scenario s = Scenario.defaults();
        List<Band> bands = BandGeometry.bands(s, Plane.FILLING_FACTOR);
        for (String name : List.of("bands.vot", "bands.xml", "bands.VOTABLE")) {
            Path f = dir.resolve(name);
            TableExporter.writeBands(bands, Plane.FILLING_FACTOR, s, f);
            String xml = Files.readString(f);
            assertThat(xml).contains("<VOTABLE", "version=\"1.4\"", "unit=\"AU\"");
            StarTable t = read(f, new VOTableBuilder());
            assertThat(units(t)).isEqualTo(units(TableExporter.bandsTable(bands, Plane.FILLING_FACTOR, s)));
            assertThat(units(t, "ls", "value")).containsEntry("ls", "AU").containsEntry("value", null);
            assertThat(t.getParameterByName("delta_s").getValue()).isEqualTo(0.5);
        }
    }

    @Test
    void catalogueWithVerdictsKeepsUnitsAndReadsBackAsACatalogue() throws Exception {
        Catalog builtin = CatalogReader.readBuiltin();
        Scenario s = Scenario.defaults();
        for (String name : List.of("verdicts.ecsv", "verdicts.vot")) {
            Path f = dir.resolve(name);
            TableExporter.writeCatalogueWithVerdicts(builtin.entries(), s, f);
            StarTable t = read(f, name.endsWith(".ecsv") ? new EcsvTableBuilder() : new VOTableBuilder());
            assertThat(units(t)).isEqualTo(units(TableExporter.catalogueTable(builtin.entries(), s)));
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
    void quantitiesCarryPhysicalUnits() throws Exception {
        Path f = dir.resolve("q.ecsv");
        TableExporter.writeQuantities(Scenario.defaults(), List.of(1e-3, 1.0, 1e3), f);
        StarTable t = read(f, new EcsvTableBuilder());
        assertThat(t.getRowCount()).isEqualTo(3);
        assertThat(units(t, "rigidity_gv", "r_g_au", "l_mfp_pc", "nu_eff_per_s", "kappa_eff_cm2_per_s", "kinetic_energy_gev"))
                .containsEntry("rigidity_gv", "GV").containsEntry("r_g_au", "AU").containsEntry("l_mfp_pc", "pc")
                .containsEntry("nu_eff_per_s", "s-1").containsEntry("kappa_eff_cm2_per_s", "cm2 s-1")
                .containsEntry("kinetic_energy_gev", "GeV");
        assertThat((Double) t.getRow(1)[4]).isBetween(12.645, 12.655);
    }

    @Test
    void anUnknownExtensionIsRefusedNamingTheKnownOnesAndWritesNothing() {
        Path f = dir.resolve("bands.fits");
        assertThatThrownBy(() -> TableExporter.writeQuantities(Scenario.defaults(), List.of(1.0), f))
                .isInstanceOf(ExportException.class).hasMessageContaining(".ecsv").hasMessageContaining(".vot");
        assertThat(Files.exists(f)).isFalse();
        assertThat(TableExporter.isTableFile(Path.of("x.ECSV"))).isTrue();
        assertThat(TableExporter.isTableFile(Path.of("x.csv"))).isFalse();
    }

    @Test
    void aFailedWriteLeavesNoFile() throws Exception {
        Path f = dir.resolve("missing").resolve("q.vot");
        assertThatThrownBy(() -> TableExporter.writeQuantities(Scenario.defaults(), List.of(1.0), f))
                .isInstanceOf(ExportException.class).hasMessageContaining("directory does not exist");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).isEmpty();
        }
        assertThat(new String(new byte[0], StandardCharsets.UTF_8)).isEmpty();
    }
}
