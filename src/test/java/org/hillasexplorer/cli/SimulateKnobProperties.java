package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hillasexplorer.montecarlo.KnobArbitraries;
import org.hillasexplorer.montecarlo.SimulationKnobs;
import picocli.CommandLine;

/**
 * Random valid knob values written as {@code simulate}'s options and parsed back give the values and the run, sweep and
 * limit that {@link SimulationKnobs} makes of them — the same the Monte Carlo window makes of the same texts typed into
 * its fields ({@code app.MonteCarloKnobProperties}).
 */
class SimulateKnobProperties {

    @Provide
    Arbitrary<KnobArbitraries.Case> cases() {
        return KnobArbitraries.cases();
    }

    /** The command as {@code Cli.run} would execute it, parsed but not run. */
    private static SimulateCommand parsed(List<String> args) {
        CommandLine cl = Cli.commandLine();
        List<String> all = new ArrayList<>(List.of("simulate"));
        all.addAll(args);
        cl.parseArgs(all.toArray(String[]::new));
        return cl.getSubcommands().get("simulate").getCommand();
    }

    @Property(tries = 300)
    void theOptionsGiveTheRunTheKnobsDescribe(@ForAll("cases") KnobArbitraries.Case c) {
        List<String> args = new ArrayList<>(c.arguments());
        args.addAll(List.of("--regime-map", "never-written.png"));
        SimulateCommand command = parsed(args);
        assertThat(command.knobValues()).isEqualTo(c.values());
        SimulateCommand.Plan plan = command.plan();
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(plan.run()).isEqualTo(SimulationKnobs.setup(c.values(), c.species(), cores));
        assertThat(plan.map()).isEqualTo(SimulationKnobs.regimeMap(c.values(), cores));
        assertThat(plan.limit()).isEqualTo(SimulationKnobs.eventLimit(c.values()));
    }
}
