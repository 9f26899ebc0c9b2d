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
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hillasexplorer.catalog.Catalog;
import org.hillasexplorer.catalog.CatalogEntry;
import org.hillasexplorer.physics.CandidateBox;
import org.hillasexplorer.physics.CandidateEvaluation;
import org.hillasexplorer.physics.ClassVerdict;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate}: every catalogue entry against every band. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"For each catalogue entry, plane and energy class: does its box reach the band, and if not, by how "
                + "many dex it is too rare / too abundant (n_s or f_V) or too small / too large (ℓ_S).",
                "The gap is measured at the box's smallest size inside the band's size range (the closest approach for "
                        + "a cumulative n_s(>ℓ_S) with α_n ≥ 2); the rectangle's worst corner is given too."})
final class EvaluateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "Catalogue file(s) to evaluate instead of the built-in one (repeatable).")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
            description = "table, csv or json (default ${DEFAULT-VALUE}).")
    String format;

    /** One output row. */
    record Row(String entry, String label, String category, String plane, String energyClass, String status,
               double gapDex, double atLsAu, double worstCornerGapDex) {
    }

    @Override
    public Integer call() throws Exception {
        Scenario s = ScenarioOptions.scenario(spec);
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!List.of("table", "csv", "json").contains(fmt)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: '" + format + "' is not one of table, csv, json");
        }
        List<Row> rows = new ArrayList<>();
        for (Catalog c : CatalogLoading.load(catalogs, spec.commandLine().getErr())) {
            rows.addAll(rows(c, s));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (fmt) {
            case "json" -> {
                List<Map<String, Object>> list = new ArrayList<>();
                for (Row r : rows) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("entry", r.entry());
                    m.put("label", r.label());
                    m.put("category", r.category());
                    m.put("plane", r.plane());
                    m.put("class", r.energyClass());
                    m.put("status", r.status());
                    m.put("gap_dex", finiteOrNull(r.gapDex()));
                    m.put("at_ls_au", finiteOrNull(r.atLsAu()));
                    m.put("worst_corner_gap_dex", finiteOrNull(r.worstCornerGapDex()));
                    list.add(m);
                }
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("scenario", ScenarioJson.of(s));
                root.put("verdicts", list);
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
            }
            case "csv" -> {
                out.println("entry,plane,class,status,gap_dex,at_ls_au,worst_corner_gap_dex");
                for (Row r : rows) {
                    out.printf(Locale.ROOT, "%s,%s,%s,%s,%s,%s,%s%n", r.entry(), r.plane(), r.energyClass(), r.status(),
                            num(r.gapDex(), "%.3f"), num(r.atLsAu(), "%.4g"), num(r.worstCornerGapDex(), "%.3f"));
                }
            }
            default -> {
                out.println("# " + ScenarioJson.describe(s));
                out.println("# gap: dex of n_s or f_V (too rare / too abundant) or of ℓ_S (too small / too large), "
                        + "measured at the smallest size the band spans");
                out.printf(Locale.ROOT, "%-28s %-5s %-6s %-24s %8s %11s %10s%n", "entry", "plane", "class", "verdict", "gap_dex",
                        "at_ls_au", "worst_dex");
                for (Row r : rows) {
                    out.printf(Locale.ROOT, "%-28s %-5s %-6s %-24s %8s %11s %10s%n", r.entry(), r.plane(), r.energyClass(),
                            r.status(), num(r.gapDex(), "%.2f"), num(r.atLsAu(), "%.3g"), num(r.worstCornerGapDex(), "%.2f"));
                }
            }
        }
        out.flush();
        return 0;
    }

    static List<Row> rows(Catalog c, Scenario s) {
        List<Row> rows = new ArrayList<>();
        for (CatalogEntry e : c.entries()) {
            boolean any = false;
            for (Plane plane : Plane.values()) {
                Optional<CandidateBox> box = e.box(plane);
                if (box.isEmpty()) {
                    continue;
                }
                any = true;
                for (ClassVerdict v : CandidateEvaluation.evaluate(box.get(), s)) {
                    rows.add(new Row(e.id(), e.label(), e.category().key(), plane.key(), v.energyClass().label(),
                            v.status().name().toLowerCase(Locale.ROOT), v.gapDex(),
                            Double.isNaN(v.log10LsAtGapAu()) ? Double.NaN : Math.pow(10, v.log10LsAtGapAu()), v.worstCornerGapDex()));
                }
            }
            if (!any) {
                rows.add(new Row(e.id(), e.label(), e.category().key(), "-", "-", "no_numbers", Double.NaN, Double.NaN, Double.NaN));
            }
        }
        return rows;
    }

    private static Object finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String num(double v, String fmt) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, fmt, v) : "-";
    }
}
