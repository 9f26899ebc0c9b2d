package org.hillasexplorer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hillasexplorer.export.ExportException;
import org.hillasexplorer.export.TableExporter;
import org.hillasexplorer.physics.DerivedQuantities;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Units;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code quantities}: the derived quantities of the scenario for one cosmic ray. */
@Command(name = "quantities", mixinStandardHelpOptions = true,
        description = "Print rigidity, β, r_g, ℓ_mfp, ν_eff, κ_eff, t_mfp and the Σ_s / column limits at one kinetic energy "
                + "(or several, comma-separated).")
final class QuantitiesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--energy", paramLabel = "T", defaultValue = "1GeV",
            description = "Kinetic energy per particle with unit, e.g. 1GeV, 10MeV, 5TeV, or a comma-separated list "
                    + "such as 1MeV,1GeV,1TeV (default ${DEFAULT-VALUE}).")
    String energy;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write one row per energy as a table with units to FILE (atomically) instead of standard output: "
                    + "ECSV for .ecsv, VOTable 1.4 for .vot, .votable or .xml.")
    Path out;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
            description = "Output format: table or json (default ${DEFAULT-VALUE}).")
    String format;

    /** One row: key, value, unit, meaning. */
    record Row(String key, double value, String unit, String meaning) {
    }

    @Override
    public Integer call() throws Exception {
        Scenario s = ScenarioOptions.scenario(spec);
        List<Double> energies = new ArrayList<>();
        for (String raw : energy.split(",", -1)) { // -1: keep empty items, to refuse them
            String part = raw.strip();
            if (part.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--energy: '" + energy + "' has an empty item; "
                        + "give one kinetic energy with a unit, e.g. 1GeV, or a comma-separated list such as 1MeV,1GeV,1TeV");
            }
            double t;
            try {
                t = Units.parseEnergyGeV(part);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--energy: " + e.getMessage());
            }
            if (!org.hillasexplorer.physics.Parameters.KINETIC_ENERGY_GEV.accepts(t)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--energy: " + org.hillasexplorer.physics.Parameters.KINETIC_ENERGY_GEV.rejection(t));
            }
            energies.add(t);
        }
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("json") && !fmt.equals("table")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: '" + format + "' is not one of table, json");
        }
        if (out != null) {
            if (!TableExporter.isTableFile(out)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--out: '" + out.getFileName()
                        + "' has no table extension; use one of " + String.join(", ", TableExporter.EXTENSIONS));
            }
            try {
                TableExporter.writeQuantities(s, energies, out);
            } catch (ExportException e) {
                throw new Cli.CliFailure(e.getMessage());
            }
            return 0;
        }
        PrintWriter w = spec.commandLine().getOut();
        if (fmt.equals("json")) {
            List<Map<String, Object>> all = new ArrayList<>();
            for (double t : energies) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("kinetic_energy_gev", t);
                json.put("species", s.species().name());
                rows(s.at(t)).forEach(r -> json.put(r.key(), r.value()));
                json.put("scenario", ScenarioJson.of(s));
                all.add(json);
            }
            // one energy: the object as always; several: an array of them
            Object root = all.size() == 1 ? all.get(0) : all;
            w.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } else {
            for (int i = 0; i < energies.size(); i++) {
                double t = energies.get(i);
                if (i > 0) {
                    w.println();
                }
                w.printf(Locale.ROOT, "# %s of %s, %s%n", Units.formatEnergy(t), s.species().name(), ScenarioJson.describe(s));
                w.printf(Locale.ROOT, "%-22s %-12s %-12s %s%n", "quantity", "value", "unit", "meaning");
                for (Row r : rows(s.at(t))) {
                    w.printf(Locale.ROOT, "%-22s %-12s %-12s %s%n", r.key(), String.format(Locale.ROOT, "%.4g", r.value()), r.unit(), r.meaning());
                }
            }
        }
        w.flush();
        return 0;
    }

    static List<Row> rows(DerivedQuantities q) {
        return List.of(
                new Row("rigidity_gv", q.rigidityGV(), "GV", "R = p c/(Z e)"),
                new Row("beta", q.beta(), "", "v/c"),
                new Row("r_g_au", q.gyroradiusAu(), "au", "gyroradius p c/(Z e B), eq. (3)"),
                new Row("l_mfp_pc", q.meanFreePathPc(), "pc", "mean free path (c/ν̄₀) R^δ_s, eq. (2)"),
                new Row("nu_eff_per_s", q.effectiveRatePerS(), "s^-1", "ν_eff = ν̄₀ β R^-δ_s, eq. (1)"),
                new Row("t_mfp_yr", q.scatteringTimeYr(), "yr", "1/ν_eff"),
                new Row("kappa_eff_cm2_per_s", q.kappaEffCm2PerS(), "cm^2 s^-1", "v²/ν_eff (paper, f = 1)"),
                new Row("kappa_iso_cm2_per_s", q.kappaIsotropicCm2PerS(), "cm^2 s^-1", "v²/(3 ν_eff) (isotropic)"),
                new Row("f_v_min", q.minFillingFactor(), "", "r_g/ℓ_mfp, smallest allowed f_V, eq. (11)"),
                new Row("sigma_max_g_per_cm2", q.maxSurfaceDensityGPerCm2(), "g cm^-2", "Σ_s < ρ_ISM ℓ_mfp, eqs. (9)-(10)"),
                new Row("column_max_per_cm2", q.maxColumnDensityPerCm2(), "cm^-2", "N < n_ISM ℓ_mfp"));
    }
}
