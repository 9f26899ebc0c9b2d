package org.hillasexplorer.physics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named interval of kinetic energy [T_lo, T_hi] (per particle) whose CRs define one allowed band.
 *
 * @param label             short label, e.g. {@code GeV}
 * @param minKineticEnergyGeV T_lo [GeV]
 * @param maxKineticEnergyGeV T_hi [GeV], &gt; T_lo
 */
public record EnergyClass(String label, double minKineticEnergyGeV, double maxKineticEnergyGeV) {

    /** 1–10 MeV. */
    public static final EnergyClass MEV = new EnergyClass("MeV", 1e-3, 1e-2);
    /** 1–10 GeV. */
    public static final EnergyClass GEV = new EnergyClass("GeV", 1, 10);
    /** 1–10 TeV. */
    public static final EnergyClass TEV = new EnergyClass("TeV", 1e3, 1e4);
    /** The paper's three classes. */
    public static final List<EnergyClass> DEFAULTS = List.of(MEV, GEV, TEV);

    public EnergyClass {
        Objects.requireNonNull(label, "label");
        if (label.isBlank() || !label.matches("[\\p{L}\\p{N}_ .+\\-]{1,32}")) {
            throw new IllegalArgumentException("energy-class label '" + label
                    + "' must be 1–32 letters, digits, spaces or _.+-");
        }
        Parameter t = Parameters.KINETIC_ENERGY_GEV;
        if (!t.accepts(minKineticEnergyGeV)) {
            throw new IllegalArgumentException("T_lo of class " + label + ": " + t.rejection(minKineticEnergyGeV));
        }
        if (!t.accepts(maxKineticEnergyGeV)) {
            throw new IllegalArgumentException("T_hi of class " + label + ": " + t.rejection(maxKineticEnergyGeV));
        }
        if (!(minKineticEnergyGeV < maxKineticEnergyGeV)) {
            throw new IllegalArgumentException("class " + label + ": T_lo = " + Units.formatEnergy(minKineticEnergyGeV)
                    + " must be below T_hi = " + Units.formatEnergy(maxKineticEnergyGeV));
        }
    }

    /** The class as text, e.g. {@code GeV=1GeV..10GeV} (the form {@link #parseList} reads). */
    public String toSpec() {
        return label + "=" + Units.formatEnergy(minKineticEnergyGeV).replace(" ", "")
                + ".." + Units.formatEnergy(maxKineticEnergyGeV).replace(" ", "");
    }

    /** A human description, e.g. {@code GeV CRs (1–10 GeV)}. */
    public String describe() {
        return label + " CRs (" + Units.formatEnergy(minKineticEnergyGeV) + "–" + Units.formatEnergy(maxKineticEnergyGeV) + ")";
    }

    /**
     * Parses a comma-separated list such as {@code MeV=1MeV..10MeV,GeV=1GeV..10GeV}.
     *
     * @throws IllegalArgumentException naming the offending item and the expected form
     */
    public static List<EnergyClass> parseList(String spec) {
        List<EnergyClass> out = new ArrayList<>();
        for (String raw : spec.split(",", -1)) { // -1: keep empty items, to refuse them
            String item = raw.strip();
            if (item.isEmpty()) {
                throw new IllegalArgumentException("'" + spec + "' has an empty item; give classes LABEL=TLO..THI separated "
                        + "by single commas, e.g. MeV=1MeV..10MeV,GeV=1GeV..10GeV");
            }
            int eq = item.indexOf('=');
            int dots = item.indexOf("..");
            if (eq <= 0 || dots < eq) {
                throw new IllegalArgumentException("energy class '" + item + "' must look like LABEL=TLO..THI, e.g. GeV=1GeV..10GeV");
            }
            String label = item.substring(0, eq).strip();
            double lo = Units.parseEnergyGeV(item.substring(eq + 1, dots));
            double hi = Units.parseEnergyGeV(item.substring(dots + 2));
            out.add(new EnergyClass(label, lo, hi));
        }
        validateList(out);
        return List.copyOf(out);
    }

    /** Checks that a list of classes is non-empty, at most 8 long and has distinct labels. */
    static void validateList(List<EnergyClass> classes) {
        if (classes.isEmpty() || classes.size() > 8) {
            throw new IllegalArgumentException("energy classes: " + classes.size() + " given, 1 to 8 allowed");
        }
        long distinct = classes.stream().map(EnergyClass::label).distinct().count();
        if (distinct != classes.size()) {
            throw new IllegalArgumentException("energy classes must have distinct labels");
        }
    }
}
