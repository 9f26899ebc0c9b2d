package org.hillasexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.hillasexplorer.catalog.CatalogException;
import org.hillasexplorer.catalog.CatalogProblem;
import org.hillasexplorer.catalog.CurveFile;
import org.hillasexplorer.catalog.CurveReader;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.TabulatedPopulation;
import org.hillasexplorer.physics.Units;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --population SPEC}, {@code --model} and {@code --curve FILE}: candidate populations given as curves, shared by
 * {@code render} and {@code evaluate} (a picocli mixin).
 */
final class PopulationOptions {
    /** The allowed form of {@code --population}, quoted in every error. */
    static final String FORM = "power:n0=N[cm^-3],l0=SIZE,alpha=A,min=SIZE,max=SIZE[,dim=0|1|2][,aspect=A][,nu_s=RATE]"
            + "[,label=TEXT][,id=NAME], SIZE like 1au, 0.1pc, 2kpc or 1e13cm, n0 in pc^-3 unless cm^-3 is given";

    @Option(names = "--population", paramLabel = "SPEC",
            description = {"A power-law population n_s(>ℓ_S) = n0 (ℓ_S/l0)^-alpha on [min, max] (repeatable), e.g.",
                    "power:n0=1e3,l0=1au,alpha=2.5,min=0.1au,max=1e3au,label=my model",
                    "Optional: dim=0|1|2 (D), aspect=ℓ_L/ℓ_S, nu_s=ν_s [s^-1] (enables constraints (4)-(6)), id=NAME. "
                            + "Sizes in au, pc, kpc or cm (bare numbers are au); n0 in pc^-3, or e.g. 1e-50cm^-3."})
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
            String id = unique(t.id(), ids);
            if (!id.equals(t.id())) {
                t = new TabulatedPopulation(id, t.label(), t.plane(), t.shortAxisAu(), t.values(), t.dimensionality(),
                        t.aspect(), t.internalRatePerS());
            }
            out.add(t);
        }
        return List.copyOf(out);
    }

    /**
     * Parses one {@code power:…} spec (see {@link #FORM}).
     *
     * @param index 1-based position, for the default id {@code power_law_N}
     * @param taken ids already used (the new id is added)
     * @throws IllegalArgumentException naming the bad key or value (without the form)
     */
    static PowerLawPopulation parse(String text, int index, Set<String> taken) {
        String s = text.strip();
        if (!s.toLowerCase(Locale.ROOT).startsWith("power:")) {
            throw new IllegalArgumentException("must start with 'power:'");
        }
        Map<String, String> kv = new LinkedHashMap<>();
        String last = null;
        for (String part : s.substring("power:".length()).split(",", -1)) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                if (last != null && last.equals("label")) {
                    kv.put(last, kv.get(last) + "," + part); // a label may contain commas
                    continue;
                }
                throw new IllegalArgumentException("'" + part.strip() + "' is not KEY=VALUE");
            }
            String key = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = part.substring(eq + 1).strip();
            if (!List.of("n0", "l0", "alpha", "min", "max", "dim", "aspect", "nu_s", "label", "id").contains(key)) {
                throw new IllegalArgumentException("unknown key '" + key + "'");
            }
            if (kv.containsKey(key)) {
                throw new IllegalArgumentException("key '" + key + "' given twice");
            }
            kv.put(key, value);
            last = key;
        }
        for (String k : List.of("n0", "l0", "alpha", "min", "max")) {
            if (!kv.containsKey(k) || kv.get(k).isEmpty()) {
                throw new IllegalArgumentException("missing " + k + "=");
            }
        }
        double n0 = numberDensityPerPc3(kv.get("n0"));
        double l0 = sizeAu("l0", kv.get("l0"));
        double alpha = number("alpha", kv.get("alpha"));
        double min = sizeAu("min", kv.get("min"));
        double max = sizeAu("max", kv.get("max"));
        int dim = 0;
        if (kv.containsKey("dim")) {
            String d = kv.get("dim");
            if (!d.matches("[012]")) {
                throw new IllegalArgumentException("dim = '" + d + "' is not one of 0, 1, 2");
            }
            dim = Integer.parseInt(d);
        }
        double aspect = kv.containsKey("aspect") ? number("aspect", kv.get("aspect")) : 1;
        OptionalDouble nu = OptionalDouble.empty();
        if (kv.containsKey("nu_s")) {
            String v = kv.get("nu_s").replaceAll("\\s*(s\\^-1|s-1|/s|s⁻¹)$", "");
            nu = OptionalDouble.of(number("nu_s", v));
        }
        String label = kv.getOrDefault("label", "").strip();
        if (label.isEmpty()) {
            label = "power law n_s ∝ ℓ_S^−" + Units.formatNumber(alpha);
        }
        String id = kv.containsKey("id") ? kv.get("id") : kv.containsKey("label") ? slug(label) : "power_law_" + index;
        if (id.isBlank()) {
            id = "power_law_" + index;
        }
        PowerLawPopulation p = new PowerLawPopulation(unique(id, taken), label, n0, l0, alpha, min, max, dim, aspect, nu);
        return p;
    }

    private static String unique(String id, Set<String> taken) {
        String out = id;
        for (int k = 2; taken.contains(out); k++) {
            out = id + "_" + k;
        }
        taken.add(out);
        return out;
    }

    private static String slug(String label) {
        String s = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    private static double number(String key, String text) {
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException(key + " = '" + text + "' is not a number");
    }

    /** A size with unit au, pc, kpc or cm (bare numbers are au), in au. */
    static double sizeAu(String key, String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        double factor;
        String num;
        if (t.endsWith("kpc")) {
            factor = Units.pcToAu(1e3);
            num = t.substring(0, t.length() - 3);
        } else if (t.endsWith("pc")) {
            factor = Units.pcToAu(1);
            num = t.substring(0, t.length() - 2);
        } else if (t.endsWith("au")) {
            factor = 1;
            num = t.substring(0, t.length() - 2);
        } else if (t.endsWith("cm")) {
            factor = 1 / Units.AU_CM;
            num = t.substring(0, t.length() - 2);
        } else if (t.matches(".*[a-z]$") && !t.matches(".*e[0-9+-]*$")) {
            throw new IllegalArgumentException(key + " = '" + text + "' has an unknown unit; use au, pc, kpc or cm");
        } else {
            factor = 1;
            num = t;
        }
        return number(key, num) * factor;
    }

    /** n0 in pc⁻³, or in cm⁻³ when followed by {@code cm^-3} / {@code cm-3} / {@code /cm3}. */
    static double numberDensityPerPc3(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        for (String u : List.of("cm^-3", "cm-3", "/cm3", "/cm^3", "cm⁻³")) {
            if (t.endsWith(u)) {
                double perCm3 = number("n0", t.substring(0, t.length() - u.length()));
                return perCm3 * Math.pow(Units.PC_CM, 3);
            }
        }
        for (String u : List.of("pc^-3", "pc-3", "/pc3", "/pc^3", "pc⁻³")) {
            if (t.endsWith(u)) {
                return number("n0", t.substring(0, t.length() - u.length()));
            }
        }
        return number("n0", t);
    }
}
