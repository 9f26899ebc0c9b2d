package org.hillasexplorer.export;

import static org.hillasexplorer.export.StilTables.read;
import static org.hillasexplorer.export.StilTables.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hillasexplorer.physics.Band;
import org.hillasexplorer.physics.BandGeometry;
import org.hillasexplorer.physics.CandidateBox;
import org.hillasexplorer.physics.CandidateVerdict;
import org.hillasexplorer.physics.ClassVerdict;
import org.hillasexplorer.physics.FigureOfMerit;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ac.starlink.ecsv.EcsvTableBuilder;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.Tables;
import uk.ac.starlink.votable.VOTableBuilder;

/** Tables written through STIL keep their units when STIL (and the catalogue reader) read them back. */
class TableExporterTest {
    @TempDir
    Path dir;

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
    void theVerdictTableWritesTheRowsItIsGiven() throws Exception {
        Scenario s = Scenario.defaults();
        CandidateBox box = new CandidateBox(Plane.NUMBER_DENSITY, 1e3, 1e5, 1e-6, 1e-3);
        CandidateVerdict v = FigureOfMerit.evaluate("clouds", "Clouds", box, s);
        TableExporter.CandidateRow judged = new TableExporter.CandidateRow("clouds", "Small clouds", "Clouds", "user",
                Set.of(Plane.NUMBER_DENSITY), Optional.of(new TableExporter.Span(1e3, 1e5)),
                Optional.of(new TableExporter.Span(1e-6, 1e-3)), Optional.empty(), "0", "a guess", "Smith 2020",
                Optional.of("10.1234/abc"), Optional.empty(), Map.of(Plane.NUMBER_DENSITY, v));
        TableExporter.CandidateRow unjudged = new TableExporter.CandidateRow("idea", "An idea", "Idea", "theoretical",
                Set.of(Plane.NUMBER_DENSITY, Plane.FILLING_FACTOR), Optional.empty(), Optional.empty(), Optional.empty(), "?",
                "", "", Optional.empty(), Optional.empty(), Map.of());
        StarTable t = TableExporter.catalogueTable(List.of(judged, unjudged), s);
        assertThat(t.getRowCount()).isEqualTo(2);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < t.getColumnCount(); i++) {
            col.put(t.getColumnInfo(i).getName(), i);
        }
        Object[] a = t.getRow(0);
        assertThat(a[col.get("planes")]).isEqualTo("ns");
        assertThat(a[col.get("size_max_au")]).isEqualTo(1e5);
        assertThat(a[col.get("fv_min")]).isNull();
        assertThat(a[col.get("doi")]).isEqualTo("10.1234/abc");
        assertThat(a[col.get("ns_summary")]).isEqualTo(v.summary());
        for (ClassVerdict cv : v.classes()) {
            String stem = "ns_" + cv.energyClass().label();
            assertThat(a[col.get(stem + "_status")]).isEqualTo(cv.status().name().toLowerCase(Locale.ROOT));
        }
        assertThat(a[col.get("fv_GeV_status")]).isNull();
        assertThat(a[col.get("fv_summary")]).isNull();
        Object[] b = t.getRow(1);
        assertThat(b[col.get("planes")]).isEqualTo("ns+fv");
        assertThat(b[col.get("ns_summary")]).isNull();
        assertThat(t.getParameterByName("n_entries").getValue()).isEqualTo(2);
        assertThat(t.getParameterByName("n_with_box").getValue()).isEqualTo(1);
        Path f = dir.resolve("verdicts.vot");
        TableExporter.writeCatalogueWithVerdicts(List.of(judged, unjudged), s, f);
        StarTable back = read(f, new VOTableBuilder());
        assertThat(back.getRowCount()).isEqualTo(2);
        assertThat(back.getRow(0)[col.get("ns_summary")]).isEqualTo(v.summary());
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
