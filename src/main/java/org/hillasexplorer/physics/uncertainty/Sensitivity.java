package org.hillasexplorer.physics.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.hillasexplorer.physics.ClassVerdict;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;

/**
 * A tornado (issue 12, item 4): for one candidate and energy class, how far its miss moves when each uncertain
 * parameter goes to the low and the high end of its distribution ({@link ParameterDistribution#ends}) with every other
 * parameter at its central value. Bars are sorted by swing, largest first.
 */
public final class Sensitivity {
    private Sensitivity() {
    }

    /**
     * One bar.
     *
     * @param parameter     the parameter moved
     * @param lowValue      its low end [the parameter's unit]
     * @param highValue     its high end [the parameter's unit]
     * @param missAtLowDex  the candidate's gap at the low end [dex], 0 when it reaches the band
     * @param missAtHighDex the gap at the high end [dex]
     * @param statusAtLow   the verdict at the low end
     * @param statusAtHigh  the verdict at the high end
     */
    public record Bar(Parameter parameter, double lowValue, double highValue, double missAtLowDex, double missAtHighDex,
                      ClassVerdict.Status statusAtLow, ClassVerdict.Status statusAtHigh) {
        /** How much the miss changes across the range [dex]: |miss at high − miss at low|. */
        public double swingDex() {
            return Math.abs(missAtHighDex - missAtLowDex);
        }
    }

    /**
     * The tornado of one candidate and class.
     *
     * @param id            the candidate
     * @param label         its human name
     * @param plane         the plane
     * @param energyClass   the class
     * @param centralMissDex the gap at the central scenario [dex]
     * @param centralStatus  the verdict there
     * @param bars          one per uncertain parameter, largest swing first
     */
    public record Tornado(String id, String label, Plane plane, EnergyClass energyClass, double centralMissDex,
                          ClassVerdict.Status centralStatus, List<Bar> bars) {
        public Tornado {
            bars = List.copyOf(bars);
        }
    }

    /**
     * The tornado of {@code judge} (one verdict per energy class of a scenario) for class {@code classLabel}.
     *
     * @throws IllegalArgumentException if the class is not one of the scenario's, or nothing is uncertain
     */
    public static Tornado of(String id, String label, Plane plane, ParameterDistribution d, String classLabel,
                             Function<Scenario, List<ClassVerdict>> judge) {
        Objects.requireNonNull(judge, "judge");
        Scenario c = d.central();
        int k = -1;
        for (int i = 0; i < c.energyClasses().size(); i++) {
            if (c.energyClasses().get(i).label().equals(classLabel)) {
                k = i;
            }
        }
        if (k < 0) {
            throw new IllegalArgumentException("no energy class '" + classLabel + "'; the classes are "
                    + String.join(", ", c.energyClasses().stream().map(EnergyClass::label).toList()));
        }
        if (d.isFixed()) {
            throw new IllegalArgumentException("nothing is uncertain: give a parameter as a range or distribution, "
                    + "e.g. --delta 0.3..0.7");
        }
        ClassVerdict central = judge.apply(c).get(k);
        List<Bar> bars = new ArrayList<>();
        for (Parameter p : d.uncertainParameters()) {
            double[] ends = d.ends(p);
            ClassVerdict lo = judge.apply(c.with(p, ends[0])).get(k);
            ClassVerdict hi = judge.apply(c.with(p, ends[1])).get(k);
            bars.add(new Bar(p, ends[0], ends[1], miss(lo), miss(hi), lo.status(), hi.status()));
        }
        bars.sort(Comparator.comparingDouble(Bar::swingDex).reversed());
        return new Tornado(id, label, plane, c.energyClasses().get(k), miss(central), central.status(), bars);
    }

    /** The gap [dex], 0 when the band is reached, NaN without a band. */
    static double miss(ClassVerdict v) {
        return v.status() == ClassVerdict.Status.OVERLAPS ? 0 : v.gapDex();
    }
}
