package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hillasexplorer.figure.ElementSwitch;
import org.hillasexplorer.figure.RenderOption;
import org.hillasexplorer.figure.RenderOptions;
import org.hillasexplorer.physics.EnergyClassField;
import org.hillasexplorer.physics.EnergyClassFields;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.ScenarioFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * One vocabulary for render options and energy classes: every {@link RenderOptions} descriptor and element switch is
 * an option of {@code render} whose help is the descriptor's, every {@link EnergyClassFields} field is in the help of
 * {@code --classes} of every command, and the descriptors' messages are what a bad value gets. The window's side is
 * {@code app.RenderVocabularyWindowTest}.
 */
class RenderVocabularyTest {
    @TempDir
    Path dir;

    private static CommandSpec render() {
        return Cli.commandLine().getSubcommands().get("render").getCommandSpec();
    }

    private static String description(OptionSpec o) {
        return String.join(" ", o.description()).replace("%%", "%");
    }

    private static String help(String command) {
        return CliTest.run(command, "--help").out();
    }

    @Test
    void everyRenderOptionIsInTheHelpWithTheDescriptorsText() {
        CommandSpec render = render();
        String usage = help("render");
        for (RenderOption o : RenderOptions.VALUED) {
            OptionSpec spec = render.findOption(o.cliOption());
            assertThat(spec).as(o.key()).isNotNull();
            assertThat(description(spec)).isEqualTo(o.help());
            assertThat(spec.paramLabel()).isEqualTo(o.paramLabel());
            assertThat(usage).contains(o.cliOption() + "=" + o.paramLabel());
            if (o.hasDefault()) {
                assertThat(spec.defaultValue()).isEqualTo(o.defaultText());
            }
        }
        for (ElementSwitch e : RenderOptions.ELEMENTS) {
            String name = e.hasFlag() ? e.flag() : RenderOptions.HIDE_ELEMENT;
            assertThat(usage).contains(name);
            assertThat(description(render.findOption(name))).contains(e.hasFlag() ? e.help() : e.key());
        }
        assertThat(usage.replaceAll("\\s+", " ")).contains("numbered name (frames/f-%03d.png)"); // a literal % survives
    }

    @Test
    void everyEnergyClassFieldIsInTheHelpOfClassesOfEveryCommand() {
        for (String command : List.of("render", "bands", "quantities", "evaluate", "simulate")) {
            OptionSpec classes = Cli.commandLine().getSubcommands().get(command).getCommandSpec().findOption("--classes");
            assertThat(classes.paramLabel()).isEqualTo("LIST");
            for (EnergyClassField f : EnergyClassFields.ALL) {
                assertThat(List.of(classes.description())).as(command).contains(f.help());
            }
            assertThat(help(command)).contains("--classes=LIST", EnergyClassFields.FORM);
        }
    }

    /** The message {@link RenderOptionsCli#read} refuses these arguments of {@code render} with. */
    private static String refusal(String... args) {
        CommandLine cl = Cli.commandLine();
        List<String> all = new java.util.ArrayList<>(List.of("render"));
        all.addAll(List.of(args));
        cl.parseArgs(all.toArray(String[]::new));
        try {
            RenderOptionsCli.read(cl.getSubcommands().get("render").getCommandSpec());
        } catch (CommandLine.ParameterException e) {
            return e.getMessage();
        }
        throw new AssertionError("not refused: " + all);
    }

    @Test
    void aBadValueGetsTheDescriptorsMessageNamingTheOption() {
        assertThat(refusal("--plane", "ns", "--width", "50")).isEqualTo("--width: width = 50 pt is outside [100, 10000] pt");
        assertThat(refusal("--plane", "ns", "--scale", "9")).isEqualTo("--scale: scale = 9 is outside [0.25, 8]");
        assertThat(refusal("--plane", "xy")).isEqualTo("--plane: plane 'xy' is not one of ns, fv, rigidity");
        assertThat(refusal("--plane", "ns", "--style", "neon"))
                .isEqualTo("--style: style 'neon' is not one of paper, presentation, dark, presentation-dark");
        assertThat(refusal("--plane", "ns", "--out", "f.gif")).isEqualTo("--out: out 'f.gif' must be a name ending in .png, .svg or .pdf");
        assertThat(refusal("--plane", "ns", "--y-range", "1..0.5")).startsWith("--y-range: '1..0.5' must be LO..HI with 0 < LO < HI");
        assertThat(refusal("--plane", "rigidity", "--ls-range", "1..2")).startsWith("--ls-range: the rigidity view has no ℓ_S axis");
        assertThat(refusal("--plane", "ns", "--hide-element", "grid"))
                .startsWith("--hide-element: 'grid' is not one of candidate-boxes, candidate-labels, band-labels");
        // end to end, through the command
        Path out = dir.resolve("f.png");
        assertThat(CliTest.run("render", "--plane", "ns", "--out", out.toString(), "--hide-element", "grid").err())
                .contains("render: --hide-element: 'grid' is not one of candidate-boxes, candidate-labels, band-labels");
        assertThat(CliTest.run("quantities", "--classes", "GeV=1GeV..10 zorks").err())
                .contains("--classes: T_hi of class GeV: energy '10 zorks' has unknown unit 'zorks'");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void theElementsAndClassFieldsHaveTheScenarioFilesKeys() throws Exception {
        assertThat(RenderOptions.ELEMENTS.stream().map(ElementSwitch::key).toList())
                .containsExactlyInAnyOrderElementsOf(ScenarioFile.elementKeys());
        var classes = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ScenarioFile.toJson(ExplorerState.defaults()))
                .get("scenario").get("classes");
        List<String> keys = new java.util.ArrayList<>();
        classes.get(0).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyInAnyOrderElementsOf(EnergyClassFields.ALL.stream().map(EnergyClassField::key).toList());
        assertThat(classes.size()).isEqualTo(3);
    }

    @Test
    void theReaderGivesTheDefaultsOfEveryOption() {
        CommandLine cl = Cli.commandLine();
        cl.parseArgs("render", "--plane", "fv", "--out", "x.pdf");
        RenderOptions.Settings s = RenderOptionsCli.read(cl.getSubcommands().get("render").getCommandSpec());
        assertThat(s).isEqualTo(RenderOptions.Settings.defaults("fv", "x.pdf"));
    }
}
