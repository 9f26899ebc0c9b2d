package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hillasexplorer.export.StilTables.read;
import static org.hillasexplorer.export.StilTables.units;

import java.nio.file.Path;
import java.util.List;
import org.hillasexplorer.catalog.Catalog;
import org.hillasexplorer.catalog.CatalogEntry;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.uncertainty.ParameterDistribution;
import org.hillasexplorer.physics.uncertainty.RobustVerdict;
import org.hillasexplorer.physics.uncertainty.Robustness;
import org.hillasexplorer.physics.uncertainty.Uncertain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ac.starlink.ecsv.EcsvTableBuilder;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.votable.VOTableBuilder;

/** {@code evaluate --out TABLE} with uncertain parameters: the robustness columns in ECSV and VOTable. */
class RobustTableCliTest {
    @TempDir
    Path dir;

    private static int column(StarTable t, String name) {
        for (int i = 0; i < t.getColumnCount(); i++) {
            if (t.getColumnInfo(i).getName().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static Object cell(StarTable t, String id, String col) throws Exception {
        int idCol = column(t, "id");
        for (long r = 0; r < t.getRowCount(); r++) {
            if (id.equals(String.valueOf(t.getCell(r, idCol)))) {
                return t.getCell(r, column(t, col));
            }
        }
        throw new AssertionError("no row " + id);
    }

    @Test
    void theTableCarriesReachFractionsSmallestMissesAndThePlainLineOverTheSamples() throws Exception {
        Catalog builtin = CatalogReader.readBuiltin();
        // what the columns must say: the same samples judged directly
        ParameterDistribution d = ParameterDistribution.of(Scenario.defaults(), List.of(
                Uncertain.parse(Parameters.DELTA_S, "0.3..0.7"), Uncertain.parse(Parameters.B_MICROGAUSS, "1..10 log")));
        ParameterDistribution.Samples samples = d.sample(64);
        CatalogEntry gmcs = builtin.byId("gmcs").orElseThrow();
        RobustVerdict expected = Robustness.ofBox("gmcs", gmcs.label(),
                gmcs.box(org.hillasexplorer.physics.Plane.NUMBER_DENSITY).orElseThrow(), samples);

        for (String name : List.of("robust.ecsv", "robust.vot")) {
            Path f = dir.resolve(name);
            CliTest.Result r = CliTest.run("evaluate", "--delta", "0.3..0.7", "--b-ug", "1..10", "log", "--samples", "64",
                    "--out", f.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).contains("wrote " + f + " (verdicts over 64 Sobol samples of δ_s 0.3–0.7, B 1–10 μG (log-uniform))");
            StarTable t = read(f, name.endsWith(".ecsv") ? new EcsvTableBuilder() : new VOTableBuilder());
            assertThat(units(t)).containsKeys("ns_GeV_status", "ns_GeV_gap_dex", "ns_GeV_reach_fraction",
                    "ns_GeV_smallest_miss_dex", "ns_GeV_median_miss_dex", "ns_robust_summary", "fv_TeV_reach_fraction",
                    "fv_robust_summary");
            assertThat(t.getRowCount()).isEqualTo(builtin.entries().size());
            assertThat(t.getParameterByName("uncertainty").getValue().toString())
                    .isEqualTo("delta_s 0.3-0.7, B 1-10 uG (log-uniform)");
            assertThat(((Number) t.getParameterByName("samples").getValue()).intValue()).isEqualTo(64);
            assertThat(t.getParameterByName("uncertain_b_ug").getValue().toString()).isEqualTo("1..10 log");
            // the scenario parameters are the central values
            assertThat(((Number) t.getParameterByName("b").getValue()).doubleValue()).isEqualTo(Math.sqrt(10));
            for (String c : List.of("MeV", "GeV", "TeV")) {
                var cr = expected.forClass(c).orElseThrow();
                assertThat(((Number) cell(t, "gmcs", "ns_" + c + "_reach_fraction")).doubleValue()).isEqualTo(cr.reachFraction());
                assertThat(((Number) cell(t, "gmcs", "ns_" + c + "_smallest_miss_dex")).doubleValue())
                        .isCloseTo(cr.smallestMissDex(), org.assertj.core.data.Offset.offset(1e-9));
            }
            // the paper's headline: the GMCs reach no band anywhere in the distribution
            for (String c : List.of("MeV", "GeV", "TeV")) {
                assertThat(((Number) cell(t, "gmcs", "ns_" + c + "_reach_fraction")).doubleValue()).isZero();
            }
            assertThat(cell(t, "gmcs", "ns_robust_summary").toString())
                    .isEqualTo(expected.summary().replace("δ_s", "delta_s").replace("–", "-").replace("μ", "u")
                            .replace("ℓ", "l").replace("≥", ">="))
                    .startsWith("ruled out at MeV/GeV/TeV for every delta_s 0.3-0.7, B 1-10 uG (log-uniform)");
            // populations are not part of the table; a box-less plane is blank
            assertThat(cell(t, "gmcs", "fv_robust_summary")).satisfiesAnyOf(v -> assertThat(v).isNull(),
                    v -> assertThat(v.toString()).isNotBlank());

            // and it is still a catalogue
            Catalog back = CatalogReader.read(f);
            assertThat(back.problems()).filteredOn(p -> !p.warning()).isEmpty();
            assertThat(back.entries()).hasSize(builtin.entries().size());
        }
    }

    @Test
    void aTableNeedsATableExtensionAndNoTornado() {
        CliTest.Result csv = CliTest.run("evaluate", "--delta", "0.3..0.7", "--out", dir.resolve("x.csv").toString());
        assertThat(csv.code()).isEqualTo(2);
        assertThat(csv.err()).contains("--out: 'x.csv' has no table extension; use one of .ecsv, .vot, .votable, .xml");
        CliTest.Result tornado = CliTest.run("evaluate", "--delta", "0.3..0.7", "--sensitivity", "gmcs", "--out",
                dir.resolve("x.ecsv").toString());
        assertThat(tornado.code()).isEqualTo(2);
        assertThat(tornado.err()).contains("--out: the table holds the catalogue's verdicts, not a tornado");
    }
}
