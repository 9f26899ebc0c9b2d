package org.hillasexplorer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hillasexplorer.export.BandCsv;
import org.hillasexplorer.export.ExportException;
import org.hillasexplorer.export.TableExporter;
import org.hillasexplorer.physics.Band;
import org.hillasexplorer.physics.BandGeometry;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Units;
import org.hillasexplorer.physics.uncertainty.Envelope;
import org.hillasexplorer.physics.uncertainty.ParameterDistribution;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bands}: the band polygons as CSV. */
@Command(name = "bands", mixinStandardHelpOptions = true,
        description = {"Write the allowed band of each energy class as a closed polygon in CSV:",
                "header band,vertex,log10_ls_au,log10_value (value = n_s in pc^-3 or f_V); the first vertex is "
                        + "repeated at the end. Classes with no allowed energies are left out (a note goes to stderr).",
                "With a scenario parameter given as a range or distribution (e.g. --delta 0.3..0.7 --b-ug 1..10 log), or "
                        + "with --levels: the credible regions of each band over the parameter distribution instead, header "
                        + BandCsv.ENVELOPE_HEADER + "; the region at level L holds the cells of a 256"
                        + "x256 log grid that the band covers in at least a fraction 1-L of "
                        + "the --samples Sobol samples; part numbers its outlines, hole=1 marks a hole (clockwise)."})
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

    @CommandLine.Mixin
    ShadingOptions shadingOptions = new ShadingOptions();

    @Override
    public Integer call() {
        ParameterDistribution d = ScenarioOptions.distribution(spec);
        if (!d.isFixed() || shadingOptions.levels != null) {
            return envelopes(d);
        }
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

    private Integer envelopes(ParameterDistribution d) {
        List<Double> ls = ScenarioOptions.checkLevels(spec, shadingOptions.levels);
        ScenarioOptions.checkSamples(spec, shadingOptions.samples);
        if (out != null && TableExporter.isTableFile(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out: envelope regions are written as CSV only so "
                    + "far, not as " + out.getFileName());
        }
        Plane p = plane(spec, plane);
        int n = d.isFixed() ? 1 : shadingOptions.samples;
        List<Envelope> es = Envelope.of(d.sample(n), p, ls);
        spec.commandLine().getErr().println("note: regions over " + n + (n == 1 ? " sample" : " Sobol samples") + " of "
                + d.describe() + ", on a " + Envelope.DEFAULT_CELLS + "x256 log grid per class");
        for (Envelope e : es) {
            for (Envelope.Region r : e.regions()) {
                if (r.isEmpty()) {
                    spec.commandLine().getErr().println("note: " + e.energyClass().label() + ": no region at level "
                            + Units.formatNumber(r.level()) + " (no cell is covered in " + String.format(Locale.ROOT, "%.0f",
                            100 * (1 - r.level())) + " % of the samples)");
                }
            }
        }
        String csv = BandCsv.toEnvelopeCsv(es);
        if (out == null) {
            spec.commandLine().getOut().print(csv);
            spec.commandLine().getOut().flush();
        } else {
            try {
                BandCsv.writeEnvelopes(es, out);
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
