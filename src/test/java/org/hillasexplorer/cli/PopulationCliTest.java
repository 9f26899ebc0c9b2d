package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import javax.imageio.ImageIO;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --population, --model and --curve on render and evaluate, and the rigidity view from the command line. */
class PopulationCliTest {
    private static final String POP = "power:n0=1e9,l0=1au,alpha=2.5,min=0.1au,max=1e3au,label=my model";

    @TempDir
    Path dir;

    @Test
    void renderRigidityWritesPngAndSvg() throws Exception {
        Path png = dir.resolve("rig.png");
        CliTest.Result r = CliTest.run("render", "--plane", "rigidity", "--model", "--population", POP, "--out", png.toString(),
                "--width", "800", "--height", "500", "--scale", "1");
        assertThat(r.code()).as(r.err()).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(800);

        Path svg = dir.resolve("rig.svg");
        assertThat(CliTest.run("render", "--plane", "rigidity", "--model", "--out", svg.toString()).code()).isZero();
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertThat(text).contains("id='observed-mfp'", "id='band-GeV'", "id='population-intermittent_model'", "rigidity");
    }

    @Test
    void renderPlanesWithPopulationsAndRanges() throws Exception {
        Path svg = dir.resolve("ns.svg");
        CliTest.Result r = CliTest.run("render", "--plane", "ns", "--model", "--population", POP, "--out", svg.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(svg)).contains("population-my_model", "population-intermittent_model", "-verdict-");
        Path quiet = dir.resolve("quiet.svg");
        assertThat(CliTest.run("render", "--plane", "fv", "--no-verdicts", "--out", quiet.toString()).code()).isZero();
        assertThat(Files.readString(quiet)).doesNotContain("-verdict-");
        Path ranged = dir.resolve("r.svg");
        assertThat(CliTest.run("render", "--plane", "rigidity", "--r-range", "1e-2..1e3", "--y-range", "1e-1..1e20",
                "--out", ranged.toString()).code()).isZero();
        CliTest.Result bad = CliTest.run("render", "--plane", "rigidity", "--ls-range", "1..10", "--out", ranged.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--r-range");
        CliTest.Result plane = CliTest.run("render", "--plane", "xy", "--out", ranged.toString());
        assertThat(plane.code()).isEqualTo(2);
        assertThat(plane.err()).contains("ns, fv, rigidity");
        assertThat(CliTest.run("render", "--help").out()).contains("rigidity", "--population", "--model", "--curve");
    }

    @Test
    void evaluateModelExplainsEveryClassInJson() throws Exception {
        CliTest.Result r = CliTest.run("evaluate", "--model", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("verdicts").size()).isPositive(); // kept for compatibility
        int model = 0;
        for (JsonNode e : root.get("entries")) {
            assertThat(e.has("id") && e.has("label") && e.has("plane") && e.has("summary") && e.has("violations")
                    && e.has("classes")).isTrue();
            if (e.get("id").asText().equals("intermittent_model")) {
                assertThat(e.get("summary").asText()).isEqualTo("explains MeV, GeV and TeV scattering");
                assertThat(e.get("classes")).hasSize(3);
                assertThat(e.get("violations")).isEmpty();
                model++;
            }
            if (e.get("id").asText().equals("gmcs") && e.get("plane").asText().equals("ns")) {
                assertThat(e.get("summary").asText()).startsWith("explains none");
                assertThat(e.get("violations").get(0).get("description").asText()).contains("ℓ_S < ℓ_mfp");
            }
        }
        assertThat(model).isEqualTo(2); // both planes
    }

    @Test
    void evaluateTablePrintsSummariesAndViolationsWithinHundredColumns() {
        CliTest.Result r = CliTest.run("evaluate", "--model", "--population", POP);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("intermittent_model [ns] hypothetical intermittent model (ℓ_S = r_g): explains MeV, GeV and TeV",
                "my_model [fv] my model:", "! MeV, (7) ℓ_S < ℓ_mfp");
        assertThat(r.out().lines()).allMatch(l -> l.length() <= EvaluateCommand.TABLE_WIDTH);
    }

    @Test
    void evaluateReadsACurveFile() throws Exception {
        Path f = dir.resolve("clumps.csv");
        Files.writeString(f, "# label: Clumps\nsize [au],n_s [pc^-3]\n0.1,1e11\n1,3e9\n10,1e7\n");
        CliTest.Result r = CliTest.run("evaluate", "--no-catalog", "--curve", f.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"label\" : \"Clumps\"");
        CliTest.Result missing = CliTest.run("evaluate", "--curve", dir.resolve("nope.csv").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().lines().count()).isEqualTo(1);
    }

    @Test
    void badPopulationSpecsAreOneLineErrorsWithExitTwo() {
        for (String bad : new String[] {"power:n0=1e3,l0=1au,alpha=2.5,min=0.1au", "gauss:n0=1", "power:n0=abc,l0=1au,alpha=2,min=1,max=2",
            "power:n0=1,l0=1au,alpha=2,min=1lightyear,max=2", "power:n0=1,l0=1au,alpha=2,min=10au,max=1au",
            "power:n0=1,l0=1au,alpha=2,min=1,max=2,dim=3", "power:n0=1,l0=1au,alpha=2,min=1,max=2,colour=red"}) {
            CliTest.Result r = CliTest.run("evaluate", "--population", bad);
            assertThat(r.code()).as(bad).isEqualTo(2);
            // one line naming the option and the allowed form (then the CLI's usual pointer to --help)
            String first = r.err().lines().findFirst().orElseThrow();
            assertThat(first).as(bad).startsWith("evaluate: --population: '").contains("use power:n0=");
            assertThat(r.err().lines().skip(1)).allMatch(l -> l.startsWith("Try "));
            assertThat(r.out()).isEmpty();
        }
        assertThat(CliTest.run("evaluate", "--population", "power:n0=1,l0=1au,min=1,max=2").err()).contains("missing alpha_n= (or alpha=)");
        CliTest.Result render = CliTest.run("render", "--plane", "ns", "--out", dir.resolve("x.png").toString(), "--population", "power:");
        assertThat(render.code()).isEqualTo(2);
        assertThat(render.err().lines().findFirst().orElseThrow()).startsWith("render: --population: 'power:'");
    }

    @Test
    void specParsingUnderstandsUnits() {
        PowerLawPopulation p = PopulationOptions.parse("power:n0=1e-50cm^-3,l0=1pc,alpha=2.5,min=0.1au,max=2kpc,dim=1,aspect=10,"
                + "nu_s=1e-6,label=a, b", 1, new HashSet<>());
        assertThat(p.n0PerPc3()).isCloseTo(1e-50 * Math.pow(Units.PC_CM, 3), org.assertj.core.api.Assertions.withinPercentage(1e-9));
        assertThat(p.referenceSizeAu()).isCloseTo(Units.pcToAu(1), org.assertj.core.api.Assertions.withinPercentage(1e-9));
        assertThat(p.maxShortAxisAu()).isCloseTo(Units.pcToAu(2000), org.assertj.core.api.Assertions.withinPercentage(1e-9));
        assertThat(p.dimensionality()).isEqualTo(1);
        assertThat(p.internalRatePerS()).hasValue(1e-6);
        assertThat(p.label()).isEqualTo("a, b");
        assertThat(p.id()).isEqualTo("a_b");
        PowerLawPopulation q = PopulationOptions.parse("power:n0=1,l0=1,alpha=2,min=1e13cm,max=2", 3, new HashSet<>());
        assertThat(q.id()).isEqualTo("power_law_3");
        assertThat(q.minShortAxisAu()).isCloseTo(1e13 / Units.AU_CM, org.assertj.core.api.Assertions.withinPercentage(1e-9));
        assertThatThrownBy(() -> PopulationOptions.parse("power:n0=1,l0=1,alpha=2,min=1,max=2,n0=3", 1, new HashSet<>()))
                .hasMessageContaining("twice");
    }
}
