package org.hillasexplorer.physics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fields of an energy class and the list they form, defined once: the CLI's {@code --classes LIST} option and
 * its help, the scenario file's keys, the window's energy-class panel (headers, tooltips, inline messages) and the
 * copied command's {@code --classes} all come from here, and {@link #parseList} and {@link #writeList} are each
 * other's inverse.
 */
public final class EnergyClassFields {
    /** The class's label, e.g. {@code GeV}. */
    public static final EnergyClassField LABEL = new EnergyClassField("label", "class", "label", EnergyClassField.Kind.LABEL,
            "LABEL", "Names the band in the legend, the readouts and --hide.");

    /** T_lo, the lowest kinetic energy per particle of the class. */
    public static final EnergyClassField T_LO = new EnergyClassField("min", "T_lo", "lowest kinetic energy",
            EnergyClassField.Kind.ENERGY, "TLO", "Lowest kinetic energy per particle of the class; below T_hi.");

    /** T_hi, the highest kinetic energy per particle of the class. */
    public static final EnergyClassField T_HI = new EnergyClassField("max", "T_hi", "highest kinetic energy",
            EnergyClassField.Kind.ENERGY, "THI", "Highest kinetic energy per particle of the class; above T_lo.");

    /** The fields, in the order {@code LABEL=TLO..THI} and the window's columns show them. */
    public static final List<EnergyClassField> ALL = List.of(LABEL, T_LO, T_HI);

    /** The most classes a scenario has. */
    public static final int MAX_CLASSES = 8;

    /** The scenario file's key and the CLI's option name (without the dashes) of the list. */
    public static final String LIST_KEY = "classes";

    /** The form of one class in the list, {@code LABEL=TLO..THI}. */
    public static final String FORM = LABEL.paramLabel() + "=" + T_LO.paramLabel() + ".." + T_HI.paramLabel();

    private static final String EXAMPLE = "MeV=1MeV..10MeV,GeV=1GeV..10GeV";

    private EnergyClassFields() {
    }

    /** The CLI option of the list, {@code --classes}. */
    public static String cliOption() {
        return "--" + LIST_KEY;
    }

    /** The CLI's help of {@code --classes}: the form, each field's help, the count and the default. */
    public static List<String> listHelp() {
        List<String> lines = new ArrayList<>();
        lines.add("Energy classes as " + FORM + ", comma-separated (1 to " + MAX_CLASSES + ", distinct labels; kinetic energy "
                + "per particle; units eV, keV, MeV, GeV, TeV, PeV, also erg or J; a bare number is GeV).");
        for (EnergyClassField f : ALL) {
            lines.add(f.help());
        }
        lines.add("Default: " + String.join(",", EnergyClass.DEFAULTS.stream().map(EnergyClass::toSpec).toList()));
        return List.copyOf(lines);
    }

    /**
     * Parses a comma-separated list such as {@code MeV=1MeV..10MeV,GeV=1GeV..10GeV} (a label may itself hold
     * {@code ..}; the energies are after the {@code =}).
     *
     * @throws IllegalArgumentException naming the offending item and the expected form
     */
    public static List<EnergyClass> parseList(String spec) {
        List<EnergyClass> out = new ArrayList<>();
        for (String raw : spec.split(",", -1)) { // -1: keep empty items, to refuse them
            String item = raw.strip();
            if (item.isEmpty()) {
                throw new IllegalArgumentException("'" + spec + "' has an empty item; give classes " + FORM + " separated "
                        + "by single commas, e.g. " + EXAMPLE);
            }
            int eq = item.indexOf('=');
            int dots = eq < 0 ? -1 : item.indexOf("..", eq + 1);
            if (eq <= 0 || dots < 0) {
                throw new IllegalArgumentException("energy class '" + item + "' must look like " + FORM + ", e.g. GeV=1GeV..10GeV");
            }
            String label = LABEL.validateLabel(item.substring(0, eq).strip());
            double lo = T_LO.parseEnergy(label, item.substring(eq + 1, dots));
            double hi = T_HI.parseEnergy(label, item.substring(dots + 2));
            out.add(new EnergyClass(label, lo, hi));
        }
        validateList(out);
        return List.copyOf(out);
    }

    /**
     * Whether {@link #writeList} can write a class with this label: one without blanks at its ends, and not starting
     * with {@code -} (a command line would read {@code --a} or {@code -h} as an option, not as a label).
     */
    public static boolean writable(String label) {
        return LABEL.acceptsLabel(label) && label.strip().equals(label) && !label.startsWith("-");
    }

    /**
     * The list as {@link #parseList} reads it back exactly (every energy to the last bit), e.g.
     * {@code MeV=1MeV..10MeV,GeV=1GeV..10GeV}; empty if a label cannot be written ({@link #writable}).
     */
    public static Optional<String> writeList(List<EnergyClass> classes) {
        List<String> items = new ArrayList<>();
        for (EnergyClass c : classes) {
            if (!writable(c.label())) {
                return Optional.empty();
            }
            items.add(c.label() + "=" + EnergyClassField.exact(c.minKineticEnergyGeV()) + ".."
                    + EnergyClassField.exact(c.maxKineticEnergyGeV()));
        }
        return Optional.of(String.join(",", items));
    }

    /** Checks that a list of classes is non-empty, at most {@link #MAX_CLASSES} long and has distinct labels. */
    public static void validateList(List<EnergyClass> classes) {
        if (classes.isEmpty() || classes.size() > MAX_CLASSES) {
            throw new IllegalArgumentException("energy classes: " + classes.size() + " given, 1 to " + MAX_CLASSES + " allowed");
        }
        long distinct = classes.stream().map(EnergyClass::label).distinct().count();
        if (distinct != classes.size()) {
            throw new IllegalArgumentException("energy classes must have distinct labels");
        }
    }
}
