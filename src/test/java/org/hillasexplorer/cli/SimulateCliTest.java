package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate} end to end: measured against expected, the regime map, one-line errors. */
class SimulateCliTest {
    @TempDir
    Path dir;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void jsonReportsFourMeasurementsWithRatiosAndErrors() throws Exception {
        String[] r = run("simulate", "--particles", "400", "--fv", "0.01", "--tau-s", "30", "--seed", "7", "--threads", "2",
                "--format", "json");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        JsonNode j = new ObjectMapper().readTree(r[1]);
        assertThat(j.get("measurements")).hasSize(4);
        for (JsonNode m : j.get("measurements")) {
            assertThat(m.get("ratio").asDouble()).as(m.get("name").asText()).isPositive();
            assertThat(m.get("error").asDouble()).isGreaterThanOrEqualTo(0);
        }
        assertThat(j.get("scattering_events").asLong()).isPositive();
        assertThat(j.get("optical_depth").asDouble()).isCloseTo(30, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void sameSeedSameTableAndARegimeMapFigure() throws Exception {
        String[] a = run("simulate", "--particles", "200", "--seed", "3", "--threads", "1", "--format", "json");
        String[] b = run("simulate", "--particles", "200", "--seed", "3", "--threads", "2", "--format", "json");
        JsonNode ja = new ObjectMapper().readTree(a[1]);
        JsonNode jb = new ObjectMapper().readTree(b[1]);
        assertThat(ja.get("measurements")).isEqualTo(jb.get("measurements"));
        Path png = dir.resolve("map.png");
        String[] m = run("simulate", "--particles", "100", "--regime-map", png.toString(), "--tau-range", "0.3..30:3",
                "--fv-range", "0.01..0.1:2", "--cell-particles", "60");
        assertThat(m[0]).as(m[2]).isEqualTo("0");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(2000);
        assertThat(m[1]).contains("ℓ_mfp", "κ_∥", "Δt_s");
    }

    @Test
    void badValuesAreOneLineUsageErrors() {
        String[] r = run("simulate", "--fv", "2");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2].lines().findFirst().orElseThrow()).contains("f_V");
        assertThat(run("simulate", "--ls", "3 TeV")[2]).contains("--ls", "TeV is an energy");
        assertThat(run("simulate", "--tau-range", "10..1:3", "--regime-map", "x.png")[2]).contains("--tau-range");
    }
}
