package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code evaluate} with uncertain parameters: robustness columns, tornado, and unchanged output without them. */
class EvaluateRobustnessCliTest {

    @Test
    void unquotedLogRangeAndTheRobustnessColumnsInJson() throws Exception {
        CliTest.Result r = CliTest.run("evaluate", "--delta", "0.3..0.7", "--b-ug", "1..10", "log", "--nu0", "1e-9*/3",
                "--samples", "128", "--format", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.at("/distribution/samples").asInt()).isEqualTo(128);
        assertThat(j.at("/distribution/parameters/1/shape").asText()).isEqualTo("log-uniform");
        assertThat(j.at("/distribution/parameters/2/spec").asText()).isEqualTo("1e-9*/3");
        JsonNode first = j.at("/verdicts/0");
        assertThat(first.has("reach_fraction")).isTrue();
        assertThat(first.get("smallest_miss_dex").asDouble()).isLessThanOrEqualTo(first.get("median_miss_dex").asDouble());
        boolean sawHii = false;
        for (JsonNode e : j.get("entries")) {
            if (e.get("id").asText().equals("hii_regions")) {
                sawHii = true;
                assertThat(e.get("ruled_out_everywhere").asBoolean()).isTrue();
                assertThat(e.get("summary").asText()).startsWith("ruled out at MeV/GeV/TeV for every δ_s 0.3–0.7");
            }
        }
        assertThat(sawHii).isTrue();
    }

    @Test
    void withoutUncertaintyTheOutputIsUnchanged() {
        CliTest.Result plain = CliTest.run("evaluate", "--format", "csv", "--delta", "0.5");
        assertThat(plain.out().lines().findFirst().orElseThrow()).isEqualTo("entry,plane,class,status,gap_dex,at_ls_au,worst_corner_gap_dex");
        CliTest.Result robust = CliTest.run("evaluate", "--format", "csv", "--delta", "0.4..0.6", "--samples", "16");
        assertThat(robust.out().lines().findFirst().orElseThrow()).contains("reach_fraction,smallest_miss_dex");
    }

    @Test
    void badDistributionsAreOneLineErrorsNamingTheOption() {
        CliTest.Result r = CliTest.run("evaluate", "--delta", "0.3..2");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--delta: δ_s = 2 is outside [0, 1.5]");
        CliTest.Result n = CliTest.run("evaluate", "--delta", "0.5+-0.5");
        assertThat(n.err()).contains("--delta: δ_s = 0.5+-0.5").contains("lies outside the allowed [0, 1.5]");
        CliTest.Result render = CliTest.run("quantities", "--delta", "0.3..0.7");
        assertThat(render.code()).isEqualTo(2);
        assertThat(render.err()).contains("--delta: '0.3..0.7' is a uniform distribution; only evaluate, bands and render take ranges");
        CliTest.Result samples = CliTest.run("evaluate", "--delta", "0.3..0.7", "--samples", "0");
        assertThat(samples.err()).contains("--samples: 0 is not in [1, 65536]");
    }

    @Test
    void aTornadoSortedBySwing() throws Exception {
        CliTest.Result r = CliTest.run("evaluate", "--delta", "0.3..0.7", "--b-ug", "1..10 log", "--nu0", "3.3e-10..3e-9 log",
                "--sensitivity", "hii_regions", "--class", "GeV", "--format", "json");
        assertThat(r.err()).isEmpty();
        JsonNode bars = new ObjectMapper().readTree(r.out()).at("/sensitivity/0/bars");
        assertThat(bars.size()).isEqualTo(3);
        for (int i = 0; i + 1 < bars.size(); i++) {
            assertThat(bars.get(i).get("swing_dex").asDouble()).isGreaterThanOrEqualTo(bars.get(i + 1).get("swing_dex").asDouble());
        }
        // required n_s ∝ 1/ℓ_mfp ∝ ν̄₀ at fixed size: a decade of ν̄₀ moves an n_s miss by about a decade
        for (JsonNode b : bars) {
            if (b.get("parameter").asText().equals("nu0")) {
                assertThat(b.get("swing_dex").asDouble()).isBetween(0.8, 1.2);
            }
        }
        CliTest.Result table = CliTest.run("evaluate", "--delta", "0.3..0.7", "--sensitivity", "hii_regions");
        assertThat(table.out()).contains("hii_regions [ns]").contains("GeV: central miss");
        CliTest.Result unknown = CliTest.run("evaluate", "--delta", "0.3..0.7", "--sensitivity", "nope");
        assertThat(unknown.err()).contains("--sensitivity: no candidate 'nope'");
    }
}
