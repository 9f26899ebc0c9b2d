package org.hillasexplorer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hillasexplorer.catalog.Catalog;
import org.hillasexplorer.catalog.CatalogEntry;
import org.hillasexplorer.export.ExportException;
import org.hillasexplorer.export.TableExporter;
import org.hillasexplorer.physics.CandidateBox;
import org.hillasexplorer.session.CatalogueExports;
import org.hillasexplorer.physics.CandidateEvaluation;
import org.hillasexplorer.physics.ClassVerdict;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.FigureOfMerit;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Units;
import org.hillasexplorer.physics.uncertainty.ClassRobustness;
import org.hillasexplorer.physics.uncertainty.CorrelatedNormal;
import org.hillasexplorer.physics.uncertainty.ParameterDistribution;
import org.hillasexplorer.physics.uncertainty.RobustVerdict;
import org.hillasexplorer.physics.uncertainty.Robustness;
import org.hillasexplorer.physics.uncertainty.Sensitivity;
import org.hillasexplorer.physics.uncertainty.Uncertain;
import picocli.CommandLine;

/**
 * {@code evaluate} when a scenario parameter is uncertain: the robustness columns (reach fraction, smallest / median /
 * largest miss over the Sobol samples) beside the central verdict, or with {@code --sensitivity} a tornado.
 */
final class RobustEvaluation {
    private final EvaluateCommand cmd;
    private final ParameterDistribution distribution;

    /** One judged candidate on one plane. */
    private record Judged(String id, String label, String category, Plane plane, Function<Scenario, List<ClassVerdict>> judge,
                          Optional<CandidateBox> box, Optional<Population> population) {
    }

    RobustEvaluation(EvaluateCommand cmd, ParameterDistribution distribution) {
        this.cmd = cmd;
        this.distribution = distribution;
    }

    int run() throws Exception {
        String fmt = cmd.format.toLowerCase(Locale.ROOT);
        if (!List.of("table", "csv", "json").contains(fmt)) {
            throw new CommandLine.ParameterException(cmd.spec.commandLine(), "--format: '" + cmd.format
                    + "' is not one of table, csv, json");
        }
        if (cmd.outFile != null && !TableExporter.isTableFile(cmd.outFile)) {
            throw new CommandLine.ParameterException(cmd.spec.commandLine(), "--out: '" + cmd.outFile.getFileName()
                    + "' has no table extension; use one of " + String.join(", ", TableExporter.EXTENSIONS));
        }
        if (cmd.outFile != null && cmd.sensitivityId != null) {
            throw new CommandLine.ParameterException(cmd.spec.commandLine(), "--out: the table holds the catalogue's verdicts, "
                    + "not a tornado; leave out --sensitivity or --out");
        }
        if (cmd.outFile != null) {
            return table();
        }
        List<Judged> judged = candidates();
        if (cmd.sensitivityId != null) {
            return tornado(judged, fmt);
        }
        long t0 = System.nanoTime();
        ParameterDistribution.Samples samples = distribution.sample(cmd.samples);
        List<RobustVerdict> verdicts = new ArrayList<>();
        for (Judged j : judged) {
            verdicts.add(j.box().isPresent() ? Robustness.ofBox(j.id(), j.label(), j.box().get(), samples)
                    : Robustness.of(j.id(), j.label(), j.plane(), samples, j.judge()));
        }
        double seconds = (System.nanoTime() - t0) * 1e-9;
        PrintWriter out = cmd.spec.commandLine().getOut();
        switch (fmt) {
            case "json" -> out.println(json(judged, verdicts));
            case "csv" -> {
                out.println("entry,plane,class,status,gap_dex,reach_fraction,smallest_miss_dex,closest_status,"
                        + "smallest_abundance_miss_dex,median_miss_dex,largest_miss_dex");
                for (int i = 0; i < judged.size(); i++) {
                    for (ClassRobustness c : verdicts.get(i).classes()) {
                        out.printf(Locale.ROOT, "%s,%s,%s,%s,%s,%.4f,%s,%s,%s,%s,%s%n", judged.get(i).id(), judged.get(i).plane().key(),
                                c.energyClass().label(), status(c.central().status()), EvaluateCommand.num(c.central().gapDex(), "%.3f"),
                                c.reachFraction(), EvaluateCommand.num(c.smallestMissDex(), "%.3f"), status(c.closestStatus()),
                                EvaluateCommand.num(c.smallestAbundanceMissDex(), "%.3f"),
                                EvaluateCommand.num(c.medianMissDex(), "%.3f"), EvaluateCommand.num(c.largestMissDex(), "%.3f"));
                    }
                }
            }
            default -> {
                for (String line : EvaluateCommand.wrap("# central: " + ScenarioJson.describe(distribution.central()), "#   ")) {
                    out.println(line);
                }
                for (String line : EvaluateCommand.wrap("# uncertain: " + distribution.describe() + "; " + samples.size()
                        + " Sobol samples (" + String.format(Locale.ROOT, "%.2f", seconds) + " s)", "#   ")) {
                    out.println(line);
                }
                out.println("# verdict and gap at the central values; reach: share of the samples reaching the band;");
                out.println("# min/median/max: the miss over the samples (dex; 0 where the band is reached); min_abund: the");
                out.println("# smallest n_s or f_V miss where the sizes meet the band (min may be a size miss)");
                out.printf(Locale.ROOT, "%-26s %-5s %-6s %-12s %7s %6s %7s %9s %7s %7s%n", "entry", "plane", "class", "verdict",
                        "gap_dex", "reach%", "min_dex", "min_abund", "med_dex", "max_dex");
                for (int i = 0; i < judged.size(); i++) {
                    for (ClassRobustness c : verdicts.get(i).classes()) {
                        out.printf(Locale.ROOT, "%-26s %-5s %-6s %-12s %7s %6s %7s %9s %7s %7s%n", EvaluateCommand.clip(judged.get(i).id(), 26),
                                judged.get(i).plane().key(), EvaluateCommand.clip(c.energyClass().label(), 6),
                                status(c.central().status()), EvaluateCommand.num(c.central().gapDex(), "%.2f"),
                                Robustness.percent(c.reachFraction()), EvaluateCommand.num(c.smallestMissDex(), "%.2f"),
                                EvaluateCommand.num(c.smallestAbundanceMissDex(), "%.2f"),
                                EvaluateCommand.num(c.medianMissDex(), "%.2f"), EvaluateCommand.num(c.largestMissDex(), "%.2f"));
                    }
                }
                out.println();
                out.println("# in plain words, per entry and plane, over the distribution");
                for (RobustVerdict v : verdicts) {
                    for (String line : EvaluateCommand.wrap(v.id() + " [" + v.plane().key() + "] " + v.label() + ": " + v.summary(), "    ")) {
                        out.println(line);
                    }
                }
            }
        }
        out.flush();
        return 0;
    }

    /**
     * {@code --out FILE} (ECSV or VOTable): the catalogue entries with their verdicts at the central values and the
     * robustness columns over the samples (populations are not part of the table, as without uncertainty); the
     * literature too with {@code --bibtex}.
     */
    private int table() {
        List<CatalogEntry> entries = new ArrayList<>();
        if (!cmd.noCatalog) {
            for (Catalog c : CatalogLoading.load(cmd.catalogs, cmd.spec.commandLine().getErr())) {
                entries.addAll(c.entries());
            }
        }
        ParameterDistribution.Samples samples = distribution.sample(cmd.samples);
        try {
            if (cmd.bibtex != null) {
                CatalogueExports.writeBibTeX(entries, cmd.bibtex);
            }
            CatalogueExports.writeRobustVerdictTable(entries, samples, cmd.outFile);
        } catch (ExportException e) {
            throw new Cli.CliFailure(e.getMessage());
        }
        cmd.spec.commandLine().getErr().println("wrote " + cmd.outFile + " (verdicts over " + samples.size()
                + " Sobol samples of " + distribution.describe() + ")");
        return 0;
    }

    /** Every catalogue box and population on every plane, as {@code evaluate} judges them. */
    private List<Judged> candidates() {
        List<Judged> out = new ArrayList<>();
        if (!cmd.noCatalog) {
            for (Catalog c : CatalogLoading.load(cmd.catalogs, cmd.spec.commandLine().getErr())) {
                for (CatalogEntry e : c.entries()) {
                    for (Plane plane : Plane.values()) {
                        Optional<CandidateBox> box = e.box(plane);
                        if (box.isPresent()) {
                            CandidateBox b = box.get();
                            out.add(new Judged(e.id(), e.label(), e.category().key(), plane, s -> CandidateEvaluation.evaluate(b, s),
                                    box, Optional.empty()));
                        }
                    }
                }
            }
        }
        for (Population p : cmd.populationOptions.populations(cmd.spec)) {
            for (Plane plane : Plane.values()) {
                out.add(new Judged(p.id(), p.label(), EvaluateCommand.POPULATION, plane,
                        s -> FigureOfMerit.evaluate(p, plane, s).classes(), Optional.empty(), Optional.of(p)));
            }
        }
        return out;
    }

    private int tornado(List<Judged> judged, String fmt) throws Exception {
        List<Judged> mine = judged.stream().filter(j -> j.id().equals(cmd.sensitivityId)).toList();
        if (mine.isEmpty()) {
            throw new CommandLine.ParameterException(cmd.spec.commandLine(), "--sensitivity: no candidate '" + cmd.sensitivityId
                    + "' with numbers; ids: " + String.join(", ", judged.stream().map(Judged::id).distinct().toList()));
        }
        List<EnergyClass> classes = distribution.central().energyClasses();
        String label = cmd.sensitivityClass != null ? cmd.sensitivityClass
                : classes.stream().anyMatch(c -> c.label().equals("GeV")) ? "GeV" : classes.get(0).label();
        List<Sensitivity.Tornado> tornadoes = new ArrayList<>();
        try {
            for (Judged j : mine) {
                tornadoes.add(Sensitivity.of(j.id(), j.label(), j.plane(), distribution, label, j.judge()));
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd.spec.commandLine(), "--sensitivity: " + e.getMessage());
        }
        PrintWriter out = cmd.spec.commandLine().getOut();
        switch (fmt) {
            case "json" -> {
                List<Map<String, Object>> list = new ArrayList<>();
                for (Sensitivity.Tornado t : tornadoes) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", t.id());
                    m.put("label", t.label());
                    m.put("plane", t.plane().key());
                    m.put("class", t.energyClass().label());
                    m.put("central_status", status(t.centralStatus()));
                    m.put("central_miss_dex", EvaluateCommand.finiteOrNull(t.centralMissDex()));
                    List<Map<String, Object>> bars = new ArrayList<>();
                    for (Sensitivity.Bar b : t.bars()) {
                        Map<String, Object> x = new LinkedHashMap<>();
                        x.put("parameter", b.parameter().key());
                        x.put("symbol", b.parameter().symbol());
                        x.put("unit", b.parameter().unit());
                        x.put("low_value", b.lowValue());
                        x.put("high_value", b.highValue());
                        x.put("miss_at_low_dex", EvaluateCommand.finiteOrNull(b.missAtLowDex()));
                        x.put("miss_at_high_dex", EvaluateCommand.finiteOrNull(b.missAtHighDex()));
                        x.put("status_at_low", status(b.statusAtLow()));
                        x.put("status_at_high", status(b.statusAtHigh()));
                        x.put("swing_dex", EvaluateCommand.finiteOrNull(b.swingDex()));
                        bars.add(x);
                    }
                    m.put("bars", bars);
                    list.add(m);
                }
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("distribution", distributionJson(0));
                root.put("sensitivity", list);
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
            }
            case "csv" -> {
                out.println("entry,plane,class,parameter,low_value,high_value,miss_at_low_dex,miss_at_high_dex,swing_dex,"
                        + "status_at_low,status_at_high,central_miss_dex");
                for (Sensitivity.Tornado t : tornadoes) {
                    for (Sensitivity.Bar b : t.bars()) {
                        out.printf(Locale.ROOT, "%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s%n", t.id(), t.plane().key(), t.energyClass().label(),
                                b.parameter().key(), Units.exactText(b.lowValue()), Units.exactText(b.highValue()),
                                EvaluateCommand.num(b.missAtLowDex(), "%.3f"), EvaluateCommand.num(b.missAtHighDex(), "%.3f"),
                                EvaluateCommand.num(b.swingDex(), "%.3f"), status(b.statusAtLow()), status(b.statusAtHigh()),
                                EvaluateCommand.num(t.centralMissDex(), "%.3f"));
                    }
                }
            }
            default -> {
                for (String line : EvaluateCommand.wrap("# uncertain: " + distribution.describe(), "#   ")) {
                    out.println(line);
                }
                out.println("# miss (dex) at each parameter's low and high end, the others central; largest swing first");
                for (Sensitivity.Tornado t : tornadoes) {
                    out.printf(Locale.ROOT, "%s [%s] %s, %s: central miss %s dex (%s)%n", t.id(), t.plane().key(), t.label(),
                            t.energyClass().label(), EvaluateCommand.num(t.centralMissDex(), "%.2f"), words(t.centralStatus()));
                    out.printf(Locale.ROOT, "  %-8s %11s %11s %8s %8s %8s  %s%n", "param", "low", "high", "at_low", "at_high", "swing",
                            "bar (| central)");
                    double max = t.bars().stream().mapToDouble(b -> Math.max(b.missAtLowDex(), b.missAtHighDex()))
                            .filter(Double::isFinite).max().orElse(1);
                    for (Sensitivity.Bar b : t.bars()) {
                        out.printf(Locale.ROOT, "  %-8s %11s %11s %8s %8s %8s  %s%n", b.parameter().key(),
                                Units.formatNumber(b.lowValue()), Units.formatNumber(b.highValue()),
                                EvaluateCommand.num(b.missAtLowDex(), "%.2f"), EvaluateCommand.num(b.missAtHighDex(), "%.2f"),
                                EvaluateCommand.num(b.swingDex(), "%.2f"), bar(b, t.centralMissDex(), Math.max(max, 1e-9)));
                    }
                }
            }
        }
        out.flush();
        return 0;
    }

    /** A text bar over [0, max] dex, 30 wide: '=' from the smaller to the larger end's miss, '|' at the central miss. */
    private static String bar(Sensitivity.Bar b, double central, double max) {
        int width = 30;
        char[] c = new char[width + 1];
        java.util.Arrays.fill(c, ' ');
        if (Double.isFinite(b.missAtLowDex()) && Double.isFinite(b.missAtHighDex())) {
            int lo = (int) Math.round(Math.min(b.missAtLowDex(), b.missAtHighDex()) / max * width);
            int hi = (int) Math.round(Math.max(b.missAtLowDex(), b.missAtHighDex()) / max * width);
            for (int i = lo; i <= hi; i++) {
                c[i] = '=';
            }
        }
        if (Double.isFinite(central)) {
            c[(int) Math.max(0, Math.min(width, Math.round(central / max * width)))] = '|';
        }
        return new String(c).stripTrailing();
    }

    private String json(List<Judged> judged, List<RobustVerdict> verdicts) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < judged.size(); i++) {
            Judged j = judged.get(i);
            RobustVerdict v = verdicts.get(i);
            List<Map<String, Object>> cs = new ArrayList<>();
            for (ClassRobustness c : v.classes()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("entry", j.id());
                m.put("label", j.label());
                m.put("category", j.category());
                m.put("plane", j.plane().key());
                m.put("class", c.energyClass().label());
                m.put("status", status(c.central().status()));
                m.put("gap_dex", EvaluateCommand.finiteOrNull(c.central().gapDex()));
                m.put("reach_fraction", c.reachFraction());
                m.put("smallest_miss_dex", EvaluateCommand.finiteOrNull(c.smallestMissDex()));
                m.put("closest_status", status(c.closestStatus()));
                m.put("smallest_abundance_miss_dex", EvaluateCommand.finiteOrNull(c.smallestAbundanceMissDex()));
                m.put("median_miss_dex", EvaluateCommand.finiteOrNull(c.medianMissDex()));
                m.put("largest_miss_dex", EvaluateCommand.finiteOrNull(c.largestMissDex()));
                rows.add(m);
                cs.add(m);
            }
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", j.id());
            e.put("label", j.label());
            e.put("category", j.category());
            e.put("plane", j.plane().key());
            e.put("ruled_out_everywhere", v.ruledOutEverywhere());
            e.put("summary", v.summary());
            entries.add(e);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", ScenarioJson.of(distribution.central()));
        root.put("distribution", distributionJson(cmd.samples));
        root.put("verdicts", rows);
        root.put("entries", entries);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }

    /** The distribution as JSON: samples (0 for a tornado), one object per uncertain parameter. */
    private Map<String, Object> distributionJson(int n) {
        Map<String, Object> d = new LinkedHashMap<>();
        if (n > 0) {
            d.put("samples", n);
            d.put("sequence", "sobol");
        }
        List<Map<String, Object>> ps = new ArrayList<>();
        for (Uncertain u : distribution.marginals()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("parameter", u.parameter().key());
            m.put("shape", u.shape().words());
            m.put("spec", u.toSpec());
            m.put("unit", u.parameter().unit());
            m.put("central", u.central());
            m.put("low", u.lowEnd());
            m.put("high", u.highEnd());
            ps.add(m);
        }
        d.put("parameters", ps);
        distribution.correlated().ifPresent(c -> d.put("correlated", correlatedJson(c)));
        d.put("description", distribution.describe());
        return d;
    }

    static Map<String, Object> correlatedJson(CorrelatedNormal c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parameters", c.parameters().stream().map(p -> p.key()).toList());
        List<String> coords = new ArrayList<>();
        for (int i = 0; i < c.parameters().size(); i++) {
            coords.add((c.log10()[i] ? "log10 " : "") + c.parameters().get(i).key());
        }
        m.put("coordinates", coords);
        m.put("mean", c.mean());
        m.put("covariance", c.covariance());
        return m;
    }

    private static String status(ClassVerdict.Status s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private static String words(ClassVerdict.Status s) {
        return s.words();
    }
}
