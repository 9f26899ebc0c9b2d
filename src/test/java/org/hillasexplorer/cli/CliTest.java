package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end: output formats, exit codes and one-line errors. */
class CliTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void quantitiesAsJsonMatchTheCheckValues() throws Exception {
        Result r = run("quantities", "--energy", "1GeV", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("rigidity_gv").asDouble()).isBetween(1.6955, 1.6965);
        assertThat(j.get("beta").asDouble()).isBetween(0.87495, 0.87505);
        assertThat(j.get("l_mfp_pc").asDouble()).isBetween(12.645, 12.655);
        assertThat(j.get("r_g_au").asDouble()).isBetween(0.12605, 0.12615);
        assertThat(j.get("t_mfp_yr").asDouble()).isBetween(47.0, 47.4);
        for (String k : List.of("nu_eff_per_s", "kappa_eff_cm2_per_s", "sigma_max_g_per_cm2", "column_max_per_cm2")) {
            assertThat(j.get(k).asDouble()).as(k).isPositive();
        }
        assertThat(j.get("scenario").get("delta").asDouble()).isEqualTo(0.5);
    }

    @Test
    void quantitiesTableFollowsTheScenarioOptions() {
        Result r = run("quantities", "--energy", "10GeV", "--b-ug", "30", "--delta", "0.3");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("r_g_au", "l_mfp_pc", "B = 30 μG", "δ_s = 0.3");
    }

    @Test
    void bandsCsvHasOneClosedPolygonPerClass() {
        Result r = run("bands", "--plane", "ns");
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("band,vertex,log10_ls_au,log10_value");
        for (String band : List.of("MeV", "GeV", "TeV")) {
            List<String[]> rows = lines.stream().skip(1).map(l -> l.split(",")).filter(f -> f[0].equals(band)).toList();
            assertThat(rows).hasSizeGreaterThan(3);
            assertThat(Arrays.copyOfRange(rows.get(0), 2, 4)).isEqualTo(Arrays.copyOfRange(rows.get(rows.size() - 1), 2, 4));
            for (int i = 0; i < rows.size(); i++) {
                assertThat(Integer.parseInt(rows.get(i)[1])).isEqualTo(i);
            }
        }
    }

    @Test
    void customClassesChangeTheBands() {
        Result r = run("bands", "--plane", "fv", "--classes", "low=100MeV..1GeV");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().skip(1)).allMatch(l -> l.startsWith("low,"));
    }

    @Test
    void outOfRangeOptionIsAOneLineErrorWithExitCodeTwo() {
        Result r = run("bands", "--plane", "ns", "--delta", "2");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().findFirst().orElseThrow()).isEqualTo("bands: --delta: δ_s = 2 is outside [0, 1.5]");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badValuesNameTheOptionAndTheAllowedRange() {
        assertThat(run("quantities", "--b-ug", "abc").err()).contains("--b-ug: 'abc' is not a number; B must be in [0.01, 1000] μG");
        assertThat(run("quantities", "--dim", "3").err()).contains("--dim: D = 3 is outside [0, 2]");
        assertThat(run("quantities", "--energy", "1 GeX").err()).contains("--energy", "unknown unit 'GeX'");
        assertThat(run("bands", "--plane", "xy").err()).contains("--plane: plane 'xy' is not one of ns, fv");
        assertThat(run("bands", "--plane", "ns", "--classes", "GeV=10GeV..1GeV").err())
                .contains("--classes: class GeV: T_lo = 10 GeV must be below T_hi = 1 GeV");
        assertThat(run("quantities", "--bogus").code()).isEqualTo(2);
        assertThat(run("bands").err()).contains("Missing required option: '--plane=ns|fv'");
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : List.of("render", "bands", "quantities", "evaluate")) {
            Result r = run(c, "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("--delta", "--b-ug", "--nu0", "--dim", "--aspect", "--classes", "[0, 1.5]");
        }
        assertThat(run("--help").out()).contains("render", "bands", "quantities", "evaluate");
    }

    @Test
    void evaluatePutsEveryMacroscopicCandidateFarBelowTheGeVBand() throws Exception {
        Result r = run("evaluate", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode verdicts = new ObjectMapper().readTree(r.out()).get("verdicts");
        int checked = 0;
        for (JsonNode v : verdicts) {
            if (v.get("category").asText().equals("macroscopic") && v.get("plane").asText().equals("ns")
                    && v.get("class").asText().equals("GeV")) {
                // spiral arms (0.2–1 kpc) are wider than ℓ_mfp(GeV) ≈ 13–40 pc: too large, by size
                assertThat(v.get("status").asText()).as(v.get("entry").asText()).isIn("too_rare", "too_large");
                assertThat(v.get("gap_dex").asDouble()).as(v.get("entry").asText())
                        .isGreaterThanOrEqualTo(v.get("status").asText().equals("too_rare") ? 2 : 0.5);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
    }

    @Test
    void evaluateTableAndCsvFormats() {
        Result table = run("evaluate");
        assertThat(table.code()).isZero();
        assertThat(table.out()).contains("gmcs", "too_rare", "verdict");
        Result csv = run("evaluate", "--format", "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow()).isEqualTo("entry,plane,class,status,gap_dex,at_ls_au,worst_corner_gap_dex");
    }

    @Test
    void evaluateOfAMissingCatalogueFailsWithOneLine() {
        Result r = run("evaluate", "--catalog", dir.resolve("nope.ecsv").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("nope.ecsv");
    }

    @Test
    void renderWritesPngSvgAndPdf() throws Exception {
        Path png = dir.resolve("fig2.png");
        assertThat(run("render", "--plane", "ns", "--out", png.toString(), "--width", "800", "--height", "500", "--scale", "2").code()).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(1600);
        assertThat(img.getHeight()).isEqualTo(1000);

        Path svg = dir.resolve("fig3.svg");
        assertThat(run("render", "--plane", "fv", "--out", svg.toString()).code()).isZero();
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<?xml").contains("<svg", "GeV", "TeV", "MeV");

        Path pdf = dir.resolve("fig2.pdf");
        assertThat(run("render", "--plane", "ns", "--out", pdf.toString()).code()).isZero();
        try (PDDocument doc = PDDocument.load(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void renderToAnUnwritablePlaceFailsCleanly() {
        Path bad = dir.resolve("missing-dir").resolve("fig.png");
        Result r = run("render", "--plane", "ns", "--out", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("missing-dir");
        assertThat(Files.exists(bad.getParent())).isFalse();
        Result ext = run("render", "--plane", "ns", "--out", dir.resolve("fig.bmp").toString());
        assertThat(ext.code()).isNotZero();
        assertThat(ext.err()).contains(".png", ".svg", ".pdf");
    }
}
