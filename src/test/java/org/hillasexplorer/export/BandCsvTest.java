package org.hillasexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hillasexplorer.physics.Band;
import org.hillasexplorer.physics.BandGeometry;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Polygon;
import org.hillasexplorer.physics.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BandCsvTest {
    @Test
    void headerThenOneExplicitlyClosedPolygonPerClass() {
        List<Band> bands = BandGeometry.bands(Scenario.defaults(), Plane.NUMBER_DENSITY);
        String[] lines = BandCsv.toCsv(bands).split("\n");
        assertThat(lines[0]).isEqualTo("band,vertex,log10_ls_au,log10_value");
        int row = 1;
        for (Band b : bands) {
            Polygon p = b.outline().orElseThrow();
            List<String[]> rows = new ArrayList<>();
            for (int i = 0; i <= p.size(); i++) {
                rows.add(lines[row++].split(","));
            }
            assertThat(rows).allSatisfy(r -> assertThat(r[0]).isEqualTo(b.energyClass().label()));
            assertThat(rows.get(0)[1]).isEqualTo("0");
            assertThat(rows.get(p.size())[1]).isEqualTo(Integer.toString(p.size()));
            // closed: last vertex repeats the first
            assertThat(rows.get(p.size())[2]).isEqualTo(rows.get(0)[2]);
            assertThat(rows.get(p.size())[3]).isEqualTo(rows.get(0)[3]);
            assertThat(Double.parseDouble(rows.get(1)[2])).isEqualTo(p.x(1), org.assertj.core.api.Assertions.within(1e-6));
        }
        assertThat(lines).hasSize(row);
    }

    @Test
    void emptyBandsAreSkippedAndNumbersUseDots(@TempDir Path dir) throws Exception {
        Band empty = new Band(EnergyClass.MEV, Plane.FILLING_FACTOR, Optional.empty(), Double.NaN, Double.NaN, "none");
        List<Band> bands = new ArrayList<>(BandGeometry.bands(Scenario.defaults(), Plane.FILLING_FACTOR));
        bands.set(0, empty);
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY); // decimal comma must not leak in
            Path f = dir.resolve("bands.csv");
            BandCsv.write(bands, f);
            List<String> lines = Files.readAllLines(f);
            assertThat(lines).noneMatch(l -> l.startsWith("MeV,"));
            assertThat(lines.subList(1, lines.size())).allMatch(l -> l.split(",").length == 4 && l.matches("[A-Za-z]+,\\d+,-?\\d+\\.\\d{6},-?\\d+\\.\\d{6}"));
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }
}
