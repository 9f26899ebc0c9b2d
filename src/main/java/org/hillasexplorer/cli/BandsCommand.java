package org.hillasexplorer.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hillasexplorer.export.BandCsv;
import org.hillasexplorer.export.ExportException;
import org.hillasexplorer.export.TableExporter;
import org.hillasexplorer.physics.Band;
import org.hillasexplorer.physics.BandGeometry;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bands}: the band polygons as CSV. */
@Command(name = "bands", mixinStandardHelpOptions = true,
        description = {"Write the allowed band of each energy class as a closed polygon in CSV:",
                "header band,vertex,log10_ls_au,log10_value (value = n_s in pc^-3 or f_V); the first vertex is "
                        + "repeated at the end. Classes with no allowed energies are left out (a note goes to stderr)."})
final class BandsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--plane", paramLabel = "ns|fv", required = true, description = "ns: ℓ_S–n_s (Fig. 2); fv: ℓ_S–f_V (Fig. 3).")
    String plane;

    @Option(names = "--out", paramLabel = "FILE", description = {"Write to FILE (atomically) instead of standard output: "
            + "a table with units (columns band, vertex, ls [AU], value [pc-3 or none], log10_ls_au, log10_value and the "
            + "scenario as parameters) when FILE ends in .ecsv (ECSV) or .vot, .votable, .xml (VOTable 1.4); the CSV "
            + "otherwise."})
    Path out;

    @Override
    public Integer call() {
        Scenario s = ScenarioOptions.scenario(spec);
        List<Band> bands = BandGeometry.bands(s, plane(spec, plane));
        for (Band b : bands) {
            if (!b.note().isEmpty()) {
                spec.commandLine().getErr().println("note: " + b.energyClass().label() + ": " + b.note());
            }
        }
        if (out == null) {
            spec.commandLine().getOut().print(BandCsv.toCsv(bands));
            spec.commandLine().getOut().flush();
        } else {
            try {
                if (TableExporter.isTableFile(out)) {
                    TableExporter.writeBands(bands, plane(spec, plane), s, out);
                } else {
                    BandCsv.write(bands, out);
                }
            } catch (ExportException e) {
                throw new Cli.CliFailure(e.getMessage());
            }
        }
        return 0;
    }

    /** Parses {@code --plane}, as a usage error (exit 2) when it is neither ns nor fv. */
    static Plane plane(CommandLine.Model.CommandSpec spec, String key) {
        try {
            return Plane.fromKey(key);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--plane: " + e.getMessage());
        }
    }
}
