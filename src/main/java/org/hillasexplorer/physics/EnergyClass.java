package org.hillasexplorer.physics;

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
        EnergyClassFields.LABEL.validateLabel(label);
        EnergyClassFields.T_LO.validateEnergy(label, minKineticEnergyGeV);
        EnergyClassFields.T_HI.validateEnergy(label, maxKineticEnergyGeV);
        if (!(minKineticEnergyGeV < maxKineticEnergyGeV)) {
            throw new IllegalArgumentException("class " + label + ": " + EnergyClassFields.T_LO.symbol() + " = "
                    + Units.formatEnergy(minKineticEnergyGeV) + " must be below " + EnergyClassFields.T_HI.symbol() + " = "
                    + Units.formatEnergy(maxKineticEnergyGeV));
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
     * Parses a comma-separated list such as {@code MeV=1MeV..10MeV,GeV=1GeV..10GeV} ({@link EnergyClassFields#parseList}).
     *
     * @throws IllegalArgumentException naming the offending item and the expected form
     */
    public static List<EnergyClass> parseList(String spec) {
        return EnergyClassFields.parseList(spec);
    }

    /** Checks that a list of classes is non-empty, at most 8 long and has distinct labels ({@link EnergyClassFields#validateList}). */
    static void validateList(List<EnergyClass> classes) {
        EnergyClassFields.validateList(classes);
    }
}
