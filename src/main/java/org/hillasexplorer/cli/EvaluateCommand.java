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
import org.hillasexplorer.export.ExportException;
import org.hillasexplorer.export.TableExporter;
import org.hillasexplorer.physics.CandidateBox;
import org.hillasexplorer.physics.CandidateVerdict;
import org.hillasexplorer.physics.ClassVerdict;
import org.hillasexplorer.physics.ConstraintViolation;
import org.hillasexplorer.physics.FigureOfMerit;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.uncertainty.ParameterDistribution;
import org.hillasexplorer.session.CatalogueExports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate}: every catalogue entry and population against every band. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"For each catalogue entry (and each population given with --population, --model or --curve), plane "
                + "and energy class: does it reach the band, and if not, by how many dex it is too rare / too abundant "
                + "(n_s or f_V) or too small / too large (ℓ_S). Then, per entry, one line in plain words and the "
                + "constraints of Section 3.1.1 it fails.",
                "A box's gap is measured at its smallest size inside the band's size range (the closest approach for "
                        + "a cumulative n_s(>ℓ_S) with α_n ≥ 2); the rectangle's worst corner is given too. A population "
                        + "curve is compared point by point."})
final class EvaluateCommand implements Callable<Integer> {
    /** Width the table format keeps to. */
    static final int TABLE_WIDTH = 100;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "Catalogue file(s) to evaluate instead of the built-in one (repeatable).")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--no-catalog", description = "Evaluate only the populations, not the catalogue.")
    boolean noCatalog;

    @CommandLine.Mixin
    PopulationOptions populationOptions = new PopulationOptions();

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
            description = "table, csv or json (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE",
            description = {"Write the catalogue entries with their ranges (with units), per-class status and gap_dex columns "
                    + "and summaries as a table to FILE (atomically) instead of standard output: ECSV for .ecsv, "
                    + "VOTable 1.4 for .vot, .votable or .xml. Populations are not part of the table. With a parameter "
                    + "given as a range or distribution: the verdicts at the central values plus, per plane and class, "
                    + "reach_fraction, smallest_miss_dex and median_miss_dex over the samples and a robust_summary per plane."})
    Path outFile;

    @Option(names = "--bibtex", paramLabel = "FILE",
            description = "Also write the literature of the evaluated catalogue entries and the paper as BibTeX to FILE.")
    Path bibtex;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "" + ParameterDistribution.DEFAULT_SAMPLES,
            description = {"Quasi-random (Sobol) samples of the parameter distribution when a scenario parameter is given as a "
                    + "range or distribution, e.g. --delta 0.3..0.7 --b-ug 1..10 log --nu0 1e-9*/3 (default ${DEFAULT-VALUE}; "
                    + "a power of two keeps the Sobol points balanced). Adds per entry, plane and class: the fraction of the "
                    + "distribution in which it reaches the band, the smallest, median and largest miss in dex, and a plain line."})
    int samples;

    @Option(names = "--sensitivity", paramLabel = "ID",
            description = {"Instead of the table: a tornado for the candidate ID (catalogue id or population id): per uncertain "
                    + "parameter, its miss in dex at the low and high end of the parameter's range (2.5 %%/97.5 %% quantiles for "
                    + "normal and log-normal), the others at their central values; sorted by swing."})
    String sensitivityId;

    @Option(names = "--class", paramLabel = "LABEL",
            description = "The energy class of --sensitivity (default GeV, or the first class when there is none called GeV).")
    String sensitivityClass;

    @Option(names = "--use-fit", paramLabel = "FILE",
            description = {"Fit δ_s and ν̄₀ to the transport table FILE (as the fit command does, single power law) and use "
                    + "the best fit as their central values with the fit's covariance as a correlated normal uncertainty "
                    + "(ν̄₀ log-normal); --delta and --nu0 must then not be given."})
    Path useFit;

    /** One output row. */
    record Row(String entry, String label, String category, String plane, String energyClass, String status,
               double gapDex, double atLsAu, double worstCornerGapDex) {
    }

    /** The category of population rows. */
    static final String POPULATION = "population";

    @Override
    public Integer call() throws Exception {
        ParameterDistribution distribution = distribution();
        if (!distribution.isFixed() || sensitivityId != null || useFit != null) {
            return new RobustEvaluation(this, distribution).run();
        }
        Scenario s = distribution.central();
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!List.of("table", "csv", "json").contains(fmt)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: '" + format + "' is not one of table, csv, json");
        }
        if (outFile != null && !TableExporter.isTableFile(outFile)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out: '" + outFile.getFileName()
                    + "' has no table extension; use one of " + String.join(", ", TableExporter.EXTENSIONS));
        }
        List<Population> populations = populationOptions.populations(spec);
        List<CatalogEntry> catalogEntries = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<CandidateVerdict> entries = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        if (!noCatalog) {
            for (Catalog c : CatalogLoading.load(catalogs, spec.commandLine().getErr())) {
                catalogEntries.addAll(c.entries());
                rows.addAll(rows(c, s));
                for (CatalogEntry e : c.entries()) {
                    for (Plane plane : Plane.values()) {
                        Optional<CandidateBox> box = e.box(plane);
                        if (box.isPresent()) {
                            entries.add(FigureOfMerit.evaluate(e.id(), e.label(), box.get(), s));
                            categories.add(e.category().key());
                        }
                    }
                }
            }
        }
        for (Population p : populations) {
            for (Plane plane : Plane.values()) {
                CandidateVerdict v = FigureOfMerit.evaluate(p, plane, s);
                entries.add(v);
                categories.add(POPULATION);
                for (ClassVerdict c : v.classes()) {
                    rows.add(row(p.id(), p.label(), POPULATION, plane, c));
                }
            }
        }
        try {
            if (bibtex != null) {
                CatalogueExports.writeBibTeX(catalogEntries, bibtex);
            }
            if (outFile != null) {
                CatalogueExports.writeVerdictTable(catalogEntries, s, outFile);
                return 0;
            }
        } catch (ExportException e) {
            throw new Cli.CliFailure(e.getMessage());
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
                List<Map<String, Object>> es = new ArrayList<>();
                for (int i = 0; i < entries.size(); i++) {
                    es.add(entryJson(entries.get(i), categories.get(i)));
                }
                root.put("entries", es);
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
                for (String line : wrap("# " + ScenarioJson.describe(s), "#   ")) {
                    out.println(line);
                }
                out.println("# gap: dex of n_s or f_V (too rare / too abundant) or of ℓ_S (too small / too large),");
                out.println("#      measured at the smallest size the band spans");
                out.printf(Locale.ROOT, "%-28s %-5s %-6s %-24s %8s %11s %10s%n", "entry", "plane", "class", "verdict", "gap_dex",
                        "at_ls_au", "worst_dex");
                for (Row r : rows) {
                    out.printf(Locale.ROOT, "%-28s %-5s %-6s %-24s %8s %11s %10s%n", clip(r.entry(), 28), r.plane(),
                            clip(r.energyClass(), 6), r.status(), num(r.gapDex(), "%.2f"), num(r.atLsAu(), "%.3g"),
                            num(r.worstCornerGapDex(), "%.2f"));
                }
                if (!entries.isEmpty()) {
                    out.println();
                    out.println("# in plain words, per entry and plane; '!' marks a constraint of Section 3.1.1 it fails");
                    for (CandidateVerdict v : entries) {
                        for (String line : wrap(v.id() + " [" + v.plane().key() + "] " + v.label() + ": " + v.summary(), "    ")) {
                            out.println(line);
                        }
                        for (ConstraintViolation c : v.violations()) {
                            for (String line : wrap("  ! " + c.describe(), "      ")) {
                                out.println(line);
                            }
                        }
                    }
                }
            }
        }
        out.flush();
        return 0;
    }

    /** The scenario options as a distribution (a single point when every value is fixed). */
    ParameterDistribution distribution() {
        ScenarioOptions.checkSamples(spec, samples);
        ParameterDistribution d = ScenarioOptions.distribution(spec);
        if (useFit == null) {
            return d;
        }
        for (String o : List.of("--delta", "--nu0")) {
            if (spec.findOption(o).getValue() != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), o + " and --use-fit both set it; give one");
            }
        }
        org.hillasexplorer.physics.uncertainty.TransportFit.Result f = FitCommand.fit(FitCommand.read(useFit), false);
        try {
            return d.withCorrelated(f.asDistribution());
        } catch (IllegalArgumentException e) {
            throw new Cli.CliFailure("--use-fit " + useFit.getFileName() + ": " + e.getMessage());
        }
    }

    static Map<String, Object> entryJson(CandidateVerdict v, String category) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("label", v.label());
        m.put("category", category);
        m.put("plane", v.plane().key());
        m.put("summary", v.summary());
        m.put("explains_all", v.explainsAll());
        List<Map<String, Object>> vs = new ArrayList<>();
        for (ConstraintViolation c : v.violations()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("class", c.energyClass().label());
            x.put("constraint", c.constraint().equation());
            x.put("formula", c.constraint().formula());
            x.put("at_ls_au", finiteOrNull(c.shortAxisAu()));
            x.put("margin_dex", finiteOrNull(c.marginDex()));
            x.put("description", c.describe());
            vs.add(x);
        }
        m.put("violations", vs);
        List<Map<String, Object>> cs = new ArrayList<>();
        for (ClassVerdict c : v.classes()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("class", c.energyClass().label());
            x.put("status", c.status().name().toLowerCase(Locale.ROOT));
            x.put("gap_dex", finiteOrNull(c.gapDex()));
            x.put("at_ls_au", Double.isNaN(c.log10LsAtGapAu()) ? null : Math.pow(10, c.log10LsAtGapAu()));
            x.put("worst_corner_gap_dex", finiteOrNull(c.worstCornerGapDex()));
            x.put("description", c.describe());
            cs.add(x);
        }
        m.put("classes", cs);
        return m;
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
                for (ClassVerdict v : FigureOfMerit.evaluate(e.id(), e.label(), box.get(), s).classes()) {
                    rows.add(row(e.id(), e.label(), e.category().key(), plane, v));
                }
            }
            if (!any) {
                rows.add(new Row(e.id(), e.label(), e.category().key(), "-", "-", "no_numbers", Double.NaN, Double.NaN, Double.NaN));
            }
        }
        return rows;
    }

    static Row row(String id, String label, String category, Plane plane, ClassVerdict v) {
        return new Row(id, label, category, plane.key(), v.energyClass().label(), v.status().name().toLowerCase(Locale.ROOT),
                v.gapDex(), Double.isNaN(v.log10LsAtGapAu()) ? Double.NaN : Math.pow(10, v.log10LsAtGapAu()),
                v.worstCornerGapDex());
    }

    /** Word-wraps {@code text} to {@link #TABLE_WIDTH} columns, continuation lines indented by {@code indent}. */
    static List<String> wrap(String text, String indent) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lead = text.length() - text.stripLeading().length();
        line.append(text, 0, lead);
        for (String word : text.strip().split(" ")) {
            if (line.length() > lead && line.length() + 1 + word.length() > TABLE_WIDTH) {
                out.add(line.toString());
                line.setLength(0);
                line.append(indent);
                lead = indent.length();
            }
            if (line.length() > lead) {
                line.append(' ');
            }
            line.append(word);
        }
        out.add(line.toString());
        return out;
    }

    static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    static Object finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    static String num(double v, String fmt) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, fmt, v) : "-";
    }
}
