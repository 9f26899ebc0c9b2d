package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hillasexplorer.export.BandCsv;
import org.hillasexplorer.physics.BandGeometry;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BandsEnvelopeCliTest {

    @Test
    void withoutUncertaintyOrLevelsTheOutputIsUnchanged() {
        CliTest.Result r = CliTest.run("bands", "--plane", "ns", "--delta", "0.5");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(BandCsv.toCsv(BandGeometry.bands(Scenario.defaults(), Plane.NUMBER_DENSITY)));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void uncertainParametersGiveOnePolygonSetPerClassAndLevel() {
        CliTest.Result r = CliTest.run("bands", "--plane", "ns", "--delta", "0.3..0.7", "--b-ug", "1..10 log",
                "--samples", "64");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("band,level,part,hole,vertex,log10_ls_au,log10_value");
        Set<String> classLevels = lines.stream().skip(1).map(l -> l.split(","))
                .map(f -> f[0] + "@" + f[1]).collect(Collectors.toSet());
        assertThat(classLevels).contains("MeV@0.95", "GeV@0.95", "TeV@0.95", "MeV@0.68", "GeV@0.68");
        assertThat(r.err()).contains("note: regions over 64 Sobol samples of δ_s 0.3–0.7", "256x256");
        // each part is explicitly closed
        List<String[]> first = lines.stream().skip(1).map(l -> l.split(","))
                .filter(f -> f[0].equals("MeV") && f[1].equals("0.95") && f[2].equals("0")).toList();
        assertThat(first.get(0)[5]).isEqualTo(first.get(first.size() - 1)[5]);
        assertThat(first.get(0)[6]).isEqualTo(first.get(first.size() - 1)[6]);
    }

    @Test
    void chosenLevelsAndAFixedScenario(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("env.csv");
        CliTest.Result r = CliTest.run("bands", "--plane", "fv", "--levels", "0.5,0.9", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.stream().skip(1).map(l -> l.split(",")[1]).distinct()).containsExactly("0.5", "0.9");
        assertThat(r.err()).contains("regions over 1 sample of fixed");
    }

    @Test
    void levelsOutsideTheOpenUnitIntervalAreRefusedNamingTheOption() {
        for (String bad : List.of("0.68,1", "0", "1.5", "-0.1")) {
            CliTest.Result r = CliTest.run("bands", "--plane", "ns", "--delta", "0.3..0.7", "--levels", bad);
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("--levels: ").contains("is not a level strictly between 0 and 1");
            assertThat(r.out()).isEmpty();
        }
        assertThat(CliTest.run("bands", "--plane", "ns", "--levels", "abc").err()).contains("--levels");
        assertThat(CliTest.run("bands", "--plane", "ns", "--levels", "0.9", "--out", "x.ecsv").err())
                .contains("--out: envelope regions are written as CSV only so far");
        assertThat(CliTest.run("bands", "--plane", "ns", "--delta", "0.3..0.7", "--samples", "0").err())
                .contains("--samples: 0 is not in [1, 65536]");
    }
}
