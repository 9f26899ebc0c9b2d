package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitCliTest {
    @TempDir
    Path dir;

    @Test
    void theSyntheticExampleGivesBackItsParametersWithinThreeSigma() throws Exception {
        CliTest.Result r = CliTest.run("fit", "examples/transport-kappa-synthetic.csv", "--format", "json");
        assertThat(r.err()).isEmpty();
        JsonNode j = new ObjectMapper().readTree(r.out());
        double d = j.at("/best_fit/delta_s").asDouble();
        double sd = j.at("/sigma/delta_s").asDouble();
        double ln = j.at("/best_fit/log10_nu0").asDouble();
        double sl = j.at("/sigma/log10_nu0").asDouble();
        assertThat(Math.abs(d - 0.45)).isLessThan(3 * sd); // the header's generating values
        assertThat(Math.abs(ln - Math.log10(1.2e-9))).isLessThan(3 * sl);
        assertThat(j.get("dof").asInt()).isEqualTo(14);
        assertThat(j.get("p_value").asDouble()).isBetween(0.0, 1.0);
        CliTest.Result table = CliTest.run("fit", "examples/transport-lmfp-broken-synthetic.csv", "--broken");
        assertThat(table.out()).contains("delta_2").contains("chi2/dof");
    }

    @Test
    void aBadTableIsAOneLineErrorWithLineAndColumn() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "rigidity [GV],l_mfp [pc],err [pc]\n1,10,1\n10,30,0\n100,90,9\n");
        CliTest.Result r = CliTest.run("fit", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bad.csv").contains("line 3, column 'err [pc]'");
    }

    @Test
    void evaluateUsesTheFitAsACorrelatedUncertainty() throws Exception {
        CliTest.Result r = CliTest.run("evaluate", "--use-fit", "examples/transport-kappa-synthetic.csv", "--samples", "64",
                "--format", "json");
        assertThat(r.err()).isEmpty();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.at("/distribution/correlated/coordinates/1").asText()).isEqualTo("log10 nu0");
        assertThat(j.at("/scenario/delta").asDouble()).isBetween(0.4, 0.48);
        CliTest.Result both = CliTest.run("evaluate", "--use-fit", "examples/transport-kappa-synthetic.csv", "--nu0", "1e-9");
        assertThat(both.err()).contains("--nu0 and --use-fit both set it");
    }
}
