package org.hillasexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hillasexplorer.catalog.CatalogException;
import org.hillasexplorer.catalog.CatalogProblem;
import org.hillasexplorer.catalog.CurveFile;
import org.hillasexplorer.catalog.CurveReader;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.PowerLawSpec;
import org.hillasexplorer.physics.TabulatedPopulation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --population SPEC}, {@code --model} and {@code --curve FILE}: candidate populations given as curves, shared by
 * {@code render} and {@code evaluate} (a picocli mixin). The help of {@code --population} is generated from the
 * knobs' definitions ({@link PopulationHelp}).
 */
@Command(resourceBundle = PopulationHelp.BUNDLE)
final class PopulationOptions {
    /** The allowed form of {@code --population}, quoted in every error (generated from the knobs' definitions). */
    static final String FORM = PowerLawSpec.form();

    /** The help of {@code --population}, from {@link PowerLawSpec#help()} (picocli reads it through {@link PopulationHelp}). */
    @Option(names = "--population", paramLabel = "SPEC", descriptionKey = PopulationHelp.POPULATION)
    List<String> specs = new ArrayList<>();

    @Option(names = "--model", description = "Add the paper's hypothetical intermittent model as a population "
            + "(ℓ_S = r_g, f_V = r_g/ℓ_mfp, 1 MeV-10 TeV).")
    boolean model;

    @Option(names = "--curve", paramLabel = "FILE",
            description = "A tabulated population: CSV with a size column and an n_s or f_V column (repeatable; "
                    + "see examples/power-law-curve.csv).")
    List<Path> curves = new ArrayList<>();

    /** The populations the options name, in the order --model, --population…, --curve…; ids made unique. */
    List<Population> populations(CommandSpec spec) {
        List<Population> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (model) {
            out.add(IntermittentModelPopulation.paper());
            ids.add(IntermittentModelPopulation.paper().id());
        }
        for (int i = 0; i < specs.size(); i++) {
            String text = specs.get(i);
            try {
                out.add(parse(text, i + 1, ids));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--population: '" + text + "': " + e.getMessage()
                        + "; use " + FORM);
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        for (Path f : curves) {
            CurveFile cf;
            try {
                cf = CurveReader.read(f);
            } catch (CatalogException e) {
                throw new Cli.CliFailure(e.getMessage());
            }
            for (CatalogProblem p : cf.problems()) {
                err.println("warning: " + p);
            }
            TabulatedPopulation t = cf.population();
            String id = PowerLawSpec.uniqueId(t.id(), ids);
            if (!id.equals(t.id())) {
                t = new TabulatedPopulation(id, t.label(), t.plane(), t.shortAxisAu(), t.values(), t.dimensionality(),
                        t.aspect(), t.internalRatePerS());
            }
            out.add(t);
        }
        return List.copyOf(out);
    }

    /**
     * Parses one {@code power:…} spec (see {@link #FORM} and {@link PowerLawSpec#parse}).
     *
     * @param index 1-based position, for the default id {@code power_law_N}
     * @param taken ids already used (the new id is added)
     * @throws IllegalArgumentException naming the bad key or value (without the form)
     */
    static PowerLawPopulation parse(String text, int index, Set<String> taken) {
        return PowerLawSpec.parse(text, index, taken);
    }
}
