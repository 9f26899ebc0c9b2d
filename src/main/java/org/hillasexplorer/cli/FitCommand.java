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
import org.hillasexplorer.catalog.CatalogException;
import org.hillasexplorer.catalog.TransportTableReader;
import org.hillasexplorer.physics.uncertainty.TransportData;
import org.hillasexplorer.physics.uncertainty.TransportFit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fit FILE}: δ_s and ν̄₀ from a table of ℓ_mfp(R), κ(R) or D(R) with errors. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = {"Fit l_mfp = (c/nu0) R_GV^delta_s (paper eq. 2) to a table of l_mfp(R), kappa(R) or D(R) with 1-sigma "
                + "errors by weighted least squares (Levenberg-Marquardt); report the best fit, 1-sigma errors, their "
                + "correlation, chi2/dof and its p-value.",
                "The table: CSV with units in the header (e.g. 'rigidity [GV],kappa [cm2/s],err [cm2/s]') or ECSV; kappa "
                        + "and D become l_mfp = kappa/v (the app's kappa_eff = v l_mfp, f = 1); a D column needs "
                        + "'# halo_height: 4 kpc' in the header. Use the result in evaluate with --use-fit FILE."})
final class FitCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The table (CSV or ECSV).")
    Path file;

    @Option(names = "--broken", description = {"Fit a smoothly broken power law instead: index delta_s below the break "
            + "rigidity R_b, delta_2 above (smoothness s = 0.05)."})
    boolean broken;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table", description = "table or json (default ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!List.of("table", "json").contains(fmt)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: '" + format + "' is not one of table, json");
        }
        TransportData data = read(file);
        TransportFit.Result f = fit(data, broken);
        PrintWriter out = spec.commandLine().getOut();
        if (fmt.equals("json")) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(data, f)));
        } else {
            out.printf(Locale.ROOT, "# %s: %d points of %s%s, %s power law%n", data.source(), f.points(), data.quantity(),
                    data.haloHeightKpc().isPresent() ? String.format(Locale.ROOT, " (halo height %.3g kpc)", data.haloHeightKpc().getAsDouble()) : "",
                    broken ? "smoothly broken" : "single");
            out.printf(Locale.ROOT, "%-12s %14s %12s%n", "parameter", "value", "1sigma");
            for (int i = 0; i < f.names().size(); i++) {
                out.printf(Locale.ROOT, "%-12s %14.6g %12.4g%n", f.names().get(i), f.values()[i], f.sigma(i));
            }
            out.printf(Locale.ROOT, "%-12s %14.6g %12.4g%n", "nu0 [s^-1]", f.nu0PerS(), f.nu0SigmaPerS());
            out.printf(Locale.ROOT, "l_mfp(1 GV) = %.4g pc%n", TransportFit.meanFreePathPc(f, 1));
            out.println("correlation:");
            for (int i = 0; i < f.names().size(); i++) {
                StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "  %-12s", f.names().get(i)));
                for (int j = 0; j < f.names().size(); j++) {
                    b.append(String.format(Locale.ROOT, " %7.3f", f.correlation(i, j)));
                }
                out.println(b);
            }
            out.printf(Locale.ROOT, "chi2/dof = %.3f/%d = %.3f, p = %.4g%n", f.chiSquare(), f.dof(), f.reducedChiSquare(), f.pValue());
        }
        out.flush();
        return 0;
    }

    static TransportData read(Path file) {
        try {
            return TransportTableReader.read(file);
        } catch (CatalogException e) {
            throw new Cli.CliFailure(e.getMessage());
        }
    }

    static TransportFit.Result fit(TransportData data, boolean broken) {
        try {
            return TransportFit.fit(data, broken);
        } catch (IllegalArgumentException e) {
            throw new Cli.CliFailure(e.getMessage());
        }
    }

    static Map<String, Object> json(TransportData data, TransportFit.Result f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", data.source());
        m.put("quantity", data.quantity());
        data.haloHeightKpc().ifPresent(h -> m.put("halo_height_kpc", h));
        m.put("model", f.broken() ? "smoothly broken power law, s = " + TransportFit.SMOOTHNESS : "power law");
        m.put("points", f.points());
        Map<String, Object> best = new LinkedHashMap<>();
        Map<String, Object> err = new LinkedHashMap<>();
        for (int i = 0; i < f.names().size(); i++) {
            best.put(f.names().get(i), f.values()[i]);
            err.put(f.names().get(i), f.sigma(i));
        }
        m.put("best_fit", best);
        m.put("sigma", err);
        m.put("nu0_per_s", f.nu0PerS());
        m.put("nu0_sigma_per_s", f.nu0SigmaPerS());
        m.put("covariance", f.covariance());
        List<double[]> corr = new ArrayList<>();
        for (int i = 0; i < f.names().size(); i++) {
            double[] row = new double[f.names().size()];
            for (int j = 0; j < row.length; j++) {
                row[j] = f.correlation(i, j);
            }
            corr.add(row);
        }
        m.put("correlation", corr);
        m.put("chi2", f.chiSquare());
        m.put("dof", f.dof());
        m.put("p_value", f.pValue());
        m.put("description", f.describe());
        return m;
    }
}
