package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.uncertainty.Uncertain;
import org.hillasexplorer.physics.uncertainty.UncertaintySpec;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.FigureState;
import org.hillasexplorer.session.Layout;
import org.hillasexplorer.session.RenderCommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render} with uncertain parameters: shaded bands, the uncertainty in the figure's state and in copied commands. */
class RobustRenderCliTest {
    @TempDir
    Path dir;

    private static final UncertaintySpec DELTA_B = UncertaintySpec.NONE
            .with(Uncertain.parse(Parameters.DELTA_S, "0.3..0.7"))
            .with(Uncertain.parse(Parameters.B_MICROGAUSS, "1..10 log"))
            .withSamples(64);

    @Test
    void unquotedRangesShadeTheBandsAndTheFigureRemembersTheUncertainty() throws Exception {
        Path out = dir.resolve("robust.svg");
        CliTest.Result r = CliTest.run("render", "--plane", "ns", "--delta", "0.3..0.7", "--b-ug", "1..10", "log",
                "--samples", "64", "--width", "500", "--height", "400", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("note: shading 68 %/95 % credible regions from 64 Sobol samples of δ_s 0.3–0.7, "
                + "B 1–10 μG (log-uniform)");
        String svg = Files.readString(out);
        for (String c : List.of("MeV", "GeV", "TeV")) {
            assertThat(svg).contains("id='envelope-" + c + "-95").contains("id='envelope-" + c + "-68").contains("id='band-" + c + "'");
        }
        assertThat(svg).contains("64 Sobol samples over δₛ 0.3–0.7, B 1–10 μG (log-uniform)");
        ExplorerState state = FigureState.read(out).state();
        assertThat(state.uncertainty()).isEqualTo(DELTA_B);
        // the exact band at the central values
        assertThat(state.scenario().deltaS()).isEqualTo(0.5);
        assertThat(state.scenario().bMicroGauss()).isEqualTo(Math.sqrt(10));

        // drawn again from the figure: shaded again, the same state
        Path again = dir.resolve("again.svg");
        CliTest.Result r2 = CliTest.run("render", "--from", out.toString(), "--out", again.toString());
        assertThat(r2.code()).as(r2.err()).isZero();
        assertThat(Files.readString(again)).contains("id='envelope-GeV-68");
        assertThat(FigureState.read(again).state()).isEqualTo(state);
    }

    @Test
    void withoutUncertainParametersNothingIsShadedAndTheStateHasNoUncertainty() throws Exception {
        Path out = dir.resolve("plain.svg");
        CliTest.Result r = CliTest.run("render", "--plane", "fv", "--delta", "0.4", "--width", "400", "--height", "300",
                "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("shading");
        assertThat(Files.readString(out)).doesNotContain("envelope-");
        assertThat(FigureState.read(out).state().uncertainty()).isEqualTo(UncertaintySpec.NONE);
    }

    @Test
    void copiedCommandsCarryTheUncertaintyInCliSyntaxAndReadItBack() throws Exception {
        // B before δ_s (the Sobol dimensions follow the order), other levels and samples, a log-normal ν̄₀
        UncertaintySpec u = UncertaintySpec.NONE
                .with(Uncertain.parse(Parameters.B_MICROGAUSS, "1..10 log"))
                .with(Uncertain.parse(Parameters.DELTA_S, "0.3..0.7"))
                .with(Uncertain.parse(Parameters.NU0_PER_S, "1e-9*/3"))
                .withLevels(List.of(0.5, 0.9)).withSamples(32);
        Scenario central = Scenario.defaults().with(Parameters.B_MICROGAUSS, Math.sqrt(10)).with(Parameters.ASPECT, 3);
        ExplorerState state = ExplorerState.defaults().withLayout(Layout.NUMBER_DENSITY_ONLY).withScenario(central)
                .withUncertainty(u);
        for (String view : List.of("ns", "fv")) {
            Path out = dir.resolve(view + ".png");
            String command = RenderCommandLine.of(state, view, 320, 240, 1, "paper", out.toString());
            assertThat(command).as(command).doesNotContain("#")
                    .contains("--aspect 3 --b-ug '1..10 log' --delta 0.3..0.7 --nu0 '1e-9*/3' --levels 0.5,0.9 --samples 32");
            List<String> words = FigureStateCliTest.split(command);
            CliTest.Result r = CliTest.run(words.subList(3, words.size()).toArray(String[]::new));
            assertThat(r.code()).as(command + "\n" + r.err()).isZero();
            FigureState fs = FigureState.read(out);
            assertThat(fs.state()).as(command).isEqualTo(view.equals("ns") ? state : state.withLayout(Layout.FILLING_FACTOR_ONLY));
            assertThat(RenderCommandLine.of(fs, out.toString())).isEqualTo(command);
        }
        // an exact band away from the central value cannot be said: named in the comment
        String off = RenderCommandLine.of(state.withScenario(central.with(Parameters.DELTA_S, 0.45)), "ns", 320, 240, 1, "paper",
                "o.svg");
        assertThat(off).endsWith("# not in this command: the exact band at δ_s = 0.45 (the command draws it at the "
                + "distribution's central value 0.5)");
        // nothing uncertain: no --levels, no --samples
        assertThat(RenderCommandLine.of(ExplorerState.defaults(), "ns", 320, 240, 1, "paper", "o.svg"))
                .doesNotContain("--levels").doesNotContain("--samples");
    }

    @Test
    void badLevelsSamplesAndSweepsOfDistributionsAreUsageErrors() {
        CliTest.Result levels = CliTest.run("render", "--plane", "ns", "--delta", "0.3..0.7", "--levels", "0.68,1.5",
                "--out", dir.resolve("x.png").toString());
        assertThat(levels.code()).isEqualTo(2);
        assertThat(levels.err()).contains("--levels: 1.5 is not a level strictly between 0 and 1 (e.g. --levels 0.68,0.95)");
        CliTest.Result twice = CliTest.run("render", "--plane", "ns", "--delta", "0.3..0.7", "--levels", "0.68,0.68",
                "--out", dir.resolve("x.png").toString());
        assertThat(twice.code()).isEqualTo(2);
        assertThat(twice.err()).contains("--levels: [0.68, 0.68] repeats a level");
        CliTest.Result samples = CliTest.run("render", "--plane", "ns", "--delta", "0.3..0.7", "--samples", "0",
                "--out", dir.resolve("x.png").toString());
        assertThat(samples.code()).isEqualTo(2);
        assertThat(samples.err()).contains("--samples: 0 is not in [1, 65536]");
        CliTest.Result sweep = CliTest.run("render", "--plane", "ns", "--b-ug", "1..10 log", "--sweep", "delta=0.3..0.7:3",
                "--out", dir.resolve("m.gif").toString());
        assertThat(sweep.code()).isEqualTo(2);
        assertThat(sweep.err()).contains("--sweep: cannot be combined with a range or distribution (B 1–10 μG (log-uniform))");
        CliTest.Result quantities = CliTest.run("quantities", "--delta", "0.3..0.7");
        assertThat(quantities.code()).isEqualTo(2);
        assertThat(quantities.err()).contains("--delta: '0.3..0.7' is a uniform distribution; only evaluate, bands and render "
                + "take ranges and distributions, quantities needs one value");
    }

    @Test
    void aSavedScenarioWithAnUncertaintyRendersShaded() throws Exception {
        ExplorerState state = ExplorerState.defaults().withLayout(Layout.FILLING_FACTOR_ONLY).withUncertainty(DELTA_B);
        Path json = dir.resolve("saved.json");
        org.hillasexplorer.session.ScenarioFile.write(state, json);
        Path out = dir.resolve("from-scenario.svg");
        CliTest.Result r = CliTest.run("render", "--from", json.toString(), "--width", "400", "--height", "300", "--out",
                out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String svg = Files.readString(out);
        assertThat(svg).contains("id='envelope-TeV-95").contains("id='candidate-tsas'");
        FigureState fs = FigureState.read(out);
        assertThat(fs.view()).isEqualTo("fv");
        assertThat(fs.state()).isEqualTo(state);
        // both planes for a side-by-side layout
        Path both = dir.resolve("both.json");
        org.hillasexplorer.session.ScenarioFile.write(state.withLayout(Layout.SIDE_BY_SIDE), both);
        Path png = dir.resolve("both.png");
        assertThat(CliTest.run("render", "--from", both.toString(), "--width", "300", "--height", "200", "--scale", "1",
                "--out", png.toString()).code()).isZero();
        assertThat(FigureState.read(png).view()).isEqualTo("composite");
        // never drawn over the scenario file itself
        CliTest.Result over = CliTest.run("render", "--from", json.toString());
        assertThat(over.code()).isEqualTo(2);
        assertThat(over.err()).contains("--out: a scenario file is not drawn over");
    }

    @Test
    void batchLinesTakeUnquotedLogRangesAndRenderShaded() throws Exception {
        Path out = dir.resolve("b.svg");
        Path commands = dir.resolve("commands.txt");
        Files.writeString(commands, "render --plane fv --delta 0.3..0.7 --b-ug 1..10 log --samples 32 --width 400 --height 300 --out '"
                + out + "'\n");
        CliTest.Result r = CliTest.run("batch", commands.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out)).contains("id='envelope-MeV-95");
        assertThat(FigureState.read(out).state().uncertainty().of(Parameters.B_MICROGAUSS))
                .contains(Uncertain.parse(Parameters.B_MICROGAUSS, "1..10 log"));
    }
}
