package org.hillasexplorer.physics;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A self-describing field of an {@link EnergyClass} (its label, T_lo or T_hi): one definition from which the CLI's
 * {@code --classes} help, the energy-class panel's column headers, tooltips and inline messages, the reading of typed
 * values (kinetic energies with units, through {@link Units#parseEnergyGeV}) and every validation message are
 * derived. The fields themselves and the list they form are in {@link EnergyClassFields}; it is the energy classes'
 * counterpart of {@link Parameter}. The species the classes apply to is the scenario's ({@link Parameters#CHARGE_Z},
 * {@link Parameters#MASS_NUMBER_A}), not a field of a class.
 *
 * @param key         stable machine name: the scenario file's key of the field in {@code scenario.classes[]}
 * @param symbol      the symbol the window's column header and the messages use, e.g. {@code T_lo}
 * @param name        a short human name, e.g. {@code lowest kinetic energy}
 * @param kind        a label or a kinetic energy
 * @param paramLabel  its place holder in the CLI's {@code LABEL=TLO..THI}
 * @param description one sentence saying what it means (help and tooltip)
 */
public record EnergyClassField(String key, String symbol, String name, Kind kind, String paramLabel, String description) {

    /** What a field holds. */
    public enum Kind {
        /** The class's label: 1–32 letters, digits, spaces or {@code _.+-}. */
        LABEL,
        /** A kinetic energy per particle in GeV, in the range of {@link Parameters#KINETIC_ENERGY_GEV}. */
        ENERGY
    }

    /** The longest label. */
    public static final int MAX_LABEL_LENGTH = 32;
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}_ .+\\-]{1," + MAX_LABEL_LENGTH + "}");

    public EnergyClassField {
        for (String s : new String[] {key, symbol, name, paramLabel, description}) {
            Objects.requireNonNull(s, "a text of energy-class field " + key);
        }
        Objects.requireNonNull(kind, "kind");
    }

    /** The allowed values as text, e.g. {@code 1–32 letters, digits, spaces or _.+-} or {@code 1 keV–10 PeV}. */
    public String rangeText() {
        return switch (kind) {
            case LABEL -> "1–" + MAX_LABEL_LENGTH + " letters, digits, spaces or _.+-";
            case ENERGY -> Units.formatEnergy(energy().min()) + "–" + Units.formatEnergy(energy().max());
        };
    }

    /** Whether {@code label} is allowed (for a {@link Kind#LABEL}). */
    public boolean acceptsLabel(String label) {
        requireKind(Kind.LABEL);
        return label != null && !label.isBlank() && LABEL.matcher(label).matches();
    }

    /** Whether {@code energyGeV} [GeV] is allowed (for a {@link Kind#ENERGY}). */
    public boolean acceptsEnergy(double energyGeV) {
        requireKind(Kind.ENERGY);
        return energy().accepts(energyGeV);
    }

    /**
     * Returns {@code label} if allowed.
     *
     * @throws IllegalArgumentException e.g. {@code energy-class label 'a/b' must be 1–32 letters, digits, spaces or _.+-}
     */
    public String validateLabel(String label) {
        if (!acceptsLabel(label)) {
            throw new IllegalArgumentException("energy-class label '" + label + "' must be " + rangeText());
        }
        return label;
    }

    /**
     * Returns {@code energyGeV} [GeV] if allowed.
     *
     * @param classLabel the class it belongs to, named in the message
     * @throws IllegalArgumentException e.g. {@code T_lo of class GeV: T = 1e9 GeV is outside [1e-6, 1e7] GeV}
     */
    public double validateEnergy(String classLabel, double energyGeV) {
        if (!acceptsEnergy(energyGeV)) {
            throw new IllegalArgumentException(symbol + " of class " + classLabel + ": " + energy().rejection(energyGeV));
        }
        return energyGeV;
    }

    /**
     * Reads a typed kinetic energy ({@code 1 MeV}, {@code 10GeV}, {@code 5e3 keV}; a bare number is GeV) and checks its
     * range.
     *
     * @param classLabel the class it belongs to, named in the message
     * @return the energy [GeV]
     * @throws IllegalArgumentException naming the field and the class, e.g. {@code T_hi of class GeV: energy '10 parsecs'
     *                                  has unknown unit …}
     */
    public double parseEnergy(String classLabel, String text) {
        requireKind(Kind.ENERGY);
        double v;
        try {
            v = Units.parseEnergyGeV(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(symbol + " of class " + classLabel + ": " + e.getMessage(), e);
        }
        return validateEnergy(classLabel, v);
    }

    /** How the window shows an energy [GeV], e.g. {@code 10 MeV}. */
    public static String shown(double energyGeV) {
        return Units.formatEnergy(energyGeV);
    }

    /** An energy [GeV] as text without blanks that {@link #parseEnergy} reads back to exactly the same double, e.g. {@code 10MeV}. */
    public static String exact(double energyGeV) {
        return Units.exactEnergyText(energyGeV).replace(" ", "");
    }

    /** The CLI's help of the field, e.g. {@code TLO (T_lo, lowest kinetic energy): … Allowed 1 keV–10 PeV.} */
    public String help() {
        String units = kind == Kind.ENERGY ? " Units eV, keV, MeV, GeV, TeV, PeV, also erg or J; a bare number is GeV." : "";
        return paramLabel + " (" + symbol + ", " + name + "): " + description + " Allowed " + rangeText() + "." + units;
    }

    /** A multi-line tooltip: symbol and name, meaning, form and allowed values. */
    public String tooltip() {
        String form = kind == Kind.ENERGY
                ? "Kinetic energy per particle with a unit: eV, keV, MeV, GeV, TeV or PeV (a bare number is GeV)"
                : "A short name";
        return symbol + " — " + name + "\n" + description + "\n" + form + "\n" + "Allowed: " + rangeText();
    }

    private static Parameter energy() {
        return Parameters.KINETIC_ENERGY_GEV;
    }

    private void requireKind(Kind k) {
        if (kind != k) {
            throw new IllegalStateException("energy-class field " + key + " is a " + kind + ", not a " + k);
        }
    }
}
