package org.hillasexplorer.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hillasexplorer.physics.EnergyClassFields;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Species;
import org.hillasexplorer.physics.Units;
import org.hillasexplorer.physics.uncertainty.ParameterDistribution;
import org.hillasexplorer.physics.uncertainty.Envelope;
import org.hillasexplorer.physics.uncertainty.Uncertain;
import org.hillasexplorer.physics.uncertainty.UncertaintySpec;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The scenario options every command takes, generated from {@link Parameters} — one definition gives the option
 * name, its help text (symbol, meaning, unit, range, default, equation) and its validation message.
 */
final class ScenarioOptions {
    static final String CLASSES = EnergyClassFields.cliOption();
    static final String CHARGE = "--z";
    static final String MASS = "--a";

    private ScenarioOptions() {
    }

    /** Adds {@code --delta --b-ug --nu0 --dim --aspect --n-ism --classes --z --a} to {@code spec}. */
    static void addTo(CommandSpec spec) {
        for (Parameter p : Parameters.SCENARIO) {
            spec.addOption(option(p));
        }
        spec.addOption(OptionSpec.builder(CLASSES).paramLabel("LIST").type(String.class)
                .description(EnergyClassFields.listHelp().toArray(String[]::new))
                .build());
        spec.addOption(option(Parameters.CHARGE_Z));
        spec.addOption(option(Parameters.MASS_NUMBER_A));
    }

    private static OptionSpec option(Parameter p) {
        String unit = p.unit().isEmpty() ? "" : " [" + p.unit() + "]";
        String units = p.unit().isEmpty() ? ""
                : " Units accepted, e.g. " + p.dimension().examples() + "; a bare number is " + p.unit() + ".";
        String distributions = p.integer() ? ""
                : " In evaluate, bands and render also a range or distribution: A..B (uniform), A..B log (log-uniform), M+-S "
                        + "(normal), M*/F (log-normal, factor F); normal and log-normal are truncated to the allowed range.";
        return OptionSpec.builder(p.cliOption())
                .paramLabel(p.integer() ? "N" : "X")
                .type(String.class)
                .description(p.symbol() + unit + ", " + p.name() + ": " + p.description(),
                        "Allowed " + p.rangeText() + ", default " + Units.formatNumber(p.defaultValue())
                                + "; enters " + p.equation() + "." + units + distributions)
                .build();
    }

    /**
     * The arguments with a scenario option's range and a following word {@code log} joined into one value, so that
     * {@code --b-ug 1..10 log} works unquoted (as {@code --b-ug "1..10 log"}); nothing else is changed.
     */
    static String[] joinLogWords(String... args) {
        List<String> out = new ArrayList<>(args.length);
        List<String> options = Parameters.SCENARIO.stream().map(Parameter::cliOption).toList();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            boolean attached = a.contains("=") && options.contains(a.substring(0, a.indexOf('=')));
            if (attached && a.contains("..") && i + 1 < args.length && isLog(args[i + 1])) {
                out.add(a + " log");
                i++;
            } else if (options.contains(a) && i + 2 < args.length && args[i + 1].contains("..") && isLog(args[i + 2])) {
                out.add(a);
                out.add(args[i + 1] + " log");
                i += 2;
            } else {
                out.add(a);
            }
        }
        return out.toArray(String[]::new);
    }

    private static boolean isLog(String word) {
        return word.strip().toLowerCase(Locale.ROOT).equals("log");
    }

    /**
     * The scenario parameters as a distribution: each scalar option read by {@link Uncertain#parse} (a value, range or
     * distribution), in the order the options were given, the classes and species as in {@link #scenario}.
     */
    static ParameterDistribution distribution(CommandSpec spec) {
        Scenario base = scenario(spec, true);
        List<Uncertain> given = new ArrayList<>();
        for (Parameter p : Parameters.SCENARIO) {
            String raw = spec.findOption(p.cliOption()).getValue();
            if (raw != null) {
                given.add(uncertain(spec, p, raw));
            }
        }
        // in the order the options were given: it assigns the Sobol dimensions, so the samples follow it
        CommandLine.ParseResult pr = spec.commandLine().getParseResult();
        if (pr != null) {
            List<OptionSpec> matched = pr.matchedOptions();
            given.sort(java.util.Comparator.comparingInt(u -> {
                int i = matched.indexOf(spec.findOption(u.parameter().cliOption()));
                return i < 0 ? Integer.MAX_VALUE : i;
            }));
        }
        return ParameterDistribution.of(base, given);
    }

    /**
     * The uncertainty the scenario options give, with {@code levels} (null: {@link Envelope#DEFAULT_LEVELS}) and
     * {@code samples}, each checked: a level outside (0, 1) or given twice is a usage error naming {@code --levels}, a
     * sample count outside [1, {@link ParameterDistribution#MAX_SAMPLES}] one naming {@code --samples}. Its
     * parameters are those given as a range or distribution ({@link #distribution}), in the order of the options.
     */
    static UncertaintySpec uncertainty(CommandSpec spec, List<Double> levels, int samples) {
        List<Double> ls = checkLevels(spec, levels);
        checkSamples(spec, samples);
        return new UncertaintySpec(distribution(spec).marginals(), ls, samples);
    }

    /** {@code levels} checked for {@code --levels} (null: the default 0.68, 0.95). */
    static List<Double> checkLevels(CommandSpec spec, List<Double> levels) {
        if (levels == null) {
            return Envelope.DEFAULT_LEVELS;
        }
        for (double l : levels) {
            if (!(l > 0 && l < 1)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--levels: " + Units.formatNumber(l)
                        + " is not a level strictly between 0 and 1 (e.g. --levels 0.68,0.95)");
            }
        }
        if (levels.stream().distinct().count() != levels.size()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--levels: " + levels.stream()
                    .map(Units::formatNumber).toList() + " repeats a level; give each once (e.g. --levels 0.68,0.95)");
        }
        return List.copyOf(levels);
    }

    /** Refuses a {@code --samples} count outside [1, {@link ParameterDistribution#MAX_SAMPLES}]. */
    static void checkSamples(CommandSpec spec, int samples) {
        if (samples < 1 || samples > ParameterDistribution.MAX_SAMPLES) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--samples: " + samples + " is not in [1, "
                    + ParameterDistribution.MAX_SAMPLES + "]");
        }
    }

    private static Uncertain uncertain(CommandSpec spec, Parameter p, String raw) {
        try {
            return Uncertain.parse(p, raw);
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage()).replaceAll("\\s*[\\r\\n]+\\s*", " ");
            throw new CommandLine.ParameterException(spec.commandLine(), p.cliOption() + ": " + message);
        }
    }

    /** The scenario the parsed options describe (defaults where absent); a range or distribution is refused. */
    static Scenario scenario(CommandSpec spec) {
        return scenario(spec, false);
    }

    /** The scenario; with {@code skipUncertain} a value that is a range or distribution is left at its default. */
    private static Scenario scenario(CommandSpec spec, boolean skipUncertain) {
        Scenario s = Scenario.defaults();
        for (Parameter p : Parameters.SCENARIO) {
            String raw = spec.findOption(p.cliOption()).getValue();
            if (raw != null) {
                Uncertain u = uncertain(spec, p, raw);
                if (!u.isFixed() && !skipUncertain) {
                    throw new CommandLine.ParameterException(spec.commandLine(), p.cliOption() + ": '" + raw.strip() + "' is a "
                            + u.shape().words() + " distribution; only evaluate, bands and render take ranges and distributions, "
                            + spec.name() + " needs one value");
                }
                if (u.isFixed()) {
                    s = s.with(p, u.first());
                }
            }
        }
        String classes = spec.findOption(CLASSES).getValue();
        if (classes != null) {
            try {
                s = s.withEnergyClasses(EnergyClassFields.parseList(classes));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), CLASSES + ": " + e.getMessage());
            }
        }
        String z = spec.findOption(CHARGE).getValue();
        String a = spec.findOption(MASS).getValue();
        if (z != null || a != null) {
            int charge = z == null ? 1 : (int) number(spec, Parameters.CHARGE_Z, z);
            int mass = a == null ? Math.max(1, 2 * charge - (charge == 1 ? 1 : 0)) : (int) number(spec, Parameters.MASS_NUMBER_A, a);
            try {
                s = s.withSpecies(Species.of(charge, mass));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), CHARGE + "/" + MASS + ": " + e.getMessage());
            }
        }
        return s;
    }

    /** The option's value read by {@link Parameter#parse} (units allowed); any problem is a one-line error naming the option. */
    private static double number(CommandSpec spec, Parameter p, String raw) {
        try {
            return p.parse(raw);
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage()).replaceAll("\\s*[\\r\\n]+\\s*", " ");
            throw new CommandLine.ParameterException(spec.commandLine(), p.cliOption() + ": " + message);
        }
    }
}
