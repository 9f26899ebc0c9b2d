package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.hillasexplorer.montecarlo.KnobArbitraries;
import org.hillasexplorer.montecarlo.KnobValues;
import org.hillasexplorer.montecarlo.RegimeMapSetup;
import org.hillasexplorer.montecarlo.SimulationKnob;
import org.hillasexplorer.montecarlo.SimulationKnobs;
import org.hillasexplorer.montecarlo.SimulationSetup;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Random valid knob values typed into the Monte Carlo window's fields give the values and the run and sweep that
 * {@link SimulationKnobs} makes of them — the same {@code simulate} makes of the same texts as options
 * ({@code cli.SimulateKnobProperties}), so the window and the CLI build the same {@link SimulationSetup}.
 */
class MonteCarloKnobProperties {
    private static ExplorerModel model;
    private static MonteCarloDialog dialog;

    @BeforeContainer
    static void openTheDialog() throws Exception {
        FxToolkit.registerPrimaryStage(); // starts the (headless) toolkit once, shared with the TestFX tests
        WaitForAsyncUtils.asyncFx(() -> {
            model = new ExplorerModel(List.of());
            dialog = new MonteCarloDialog(model, null);
        }).get(30, TimeUnit.SECONDS);
    }

    @AfterContainer
    static void closeTheDialog() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> dialog.dialog().close()).get(30, TimeUnit.SECONDS);
    }

    @Provide
    Arbitrary<KnobArbitraries.Case> cases() {
        return KnobArbitraries.cases();
    }

    /** What the window read. */
    private record Read(KnobValues values, SimulationSetup run, RegimeMapSetup map, boolean anyInlineMessage) {
    }

    @Property(tries = 150)
    void theFieldsGiveTheRunTheKnobsDescribe(@ForAll("cases") KnobArbitraries.Case c) throws Exception {
        Read read = WaitForAsyncUtils.asyncFx(() -> {
            model.change(model.scenario().withSpecies(c.species()));
            for (SimulationKnob k : SimulationKnobs.ALL) {
                dialog.field(k).setText(c.values().text(k).orElse("")); // empty: the default, as an option not given
            }
            boolean messages = SimulationKnobs.ALL.stream().anyMatch(k -> dialog.error(k).isVisible());
            return new Read(dialog.values(), dialog.setup(), dialog.regimeMapSetup(), messages);
        }).get(30, TimeUnit.SECONDS);
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(read.values()).isEqualTo(c.values());
        assertThat(read.run()).isEqualTo(SimulationKnobs.setup(c.values(), c.species(), cores));
        assertThat(read.map()).isEqualTo(SimulationKnobs.regimeMap(c.values(), cores));
        assertThat(read.anyInlineMessage()).as("valid values show no message").isFalse();
    }
}
