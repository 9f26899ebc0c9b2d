package org.hillasexplorer.physics.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.hillasexplorer.physics.Band;
import org.hillasexplorer.physics.CandidateBox;
import org.hillasexplorer.physics.CandidateEvaluation;
import org.hillasexplorer.physics.ClassVerdict;
import org.hillasexplorer.physics.FigureOfMerit;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.Scenario;

/**
 * Verdict robustness (issue 12, item 3): the single-point figure of merit ({@link FigureOfMerit}, {@link
 * CandidateEvaluation}) evaluated at every quasi-random sample of a {@link ParameterDistribution}, summarised per
 * energy class as the fraction of the distribution in which the candidate reaches the band and its smallest miss in dex.
 */
public final class Robustness {
    private Robustness() {
    }

    /** The robust verdict of a catalogue box (on the box's plane), using the samples' cached bands. */
    public static RobustVerdict ofBox(String id, String label, CandidateBox box, ParameterDistribution.Samples samples) {
        Objects.requireNonNull(box, "box");
        List<List<Band>> bands = samples.bands(box.plane());
        List<List<ClassVerdict>> perSample = new ArrayList<>(samples.size());
        for (List<Band> sampleBands : bands) {
            List<ClassVerdict> vs = new ArrayList<>(sampleBands.size());
            for (Band b : sampleBands) {
                vs.add(CandidateEvaluation.evaluate(box, b));
            }
            perSample.add(vs);
        }
        List<ClassVerdict> central = CandidateEvaluation.evaluate(box, samples.distribution().central());
        return summarise(id, label, box.plane(), central, perSample, samples.distribution());
    }

    /** The robust verdict of a modelled population on {@code plane} (its own D and aspect, as {@link FigureOfMerit}). */
    public static RobustVerdict ofPopulation(Population p, Plane plane, ParameterDistribution.Samples samples) {
        return of(p.id(), p.label(), plane, samples, s -> FigureOfMerit.evaluate(p, plane, s).classes());
    }

    /** The robust verdict of any judge: a function from a scenario to one verdict per energy class. */
    public static RobustVerdict of(String id, String label, Plane plane, ParameterDistribution.Samples samples,
                                   Function<Scenario, List<ClassVerdict>> judge) {
        List<List<ClassVerdict>> perSample = new ArrayList<>(samples.size());
        for (Scenario s : samples.scenarios()) {
            perSample.add(judge.apply(s));
        }
        return summarise(id, label, plane, judge.apply(samples.distribution().central()), perSample, samples.distribution());
    }

    private static RobustVerdict summarise(String id, String label, Plane plane, List<ClassVerdict> central,
                                           List<List<ClassVerdict>> perSample, ParameterDistribution d) {
        int n = perSample.size();
        List<ClassRobustness> out = new ArrayList<>(central.size());
        for (int c = 0; c < central.size(); c++) {
            int reached = 0;
            double[] gaps = new double[n];
            int m = 0;
            double smallest = Double.POSITIVE_INFINITY;
            double largest = Double.NEGATIVE_INFINITY;
            ClassVerdict.Status closest = ClassVerdict.Status.NO_BAND;
            double abundance = Double.POSITIVE_INFINITY;
            for (List<ClassVerdict> vs : perSample) {
                ClassVerdict v = vs.get(c);
                if (v.status() == ClassVerdict.Status.NO_BAND || !Double.isFinite(v.gapDex())) {
                    continue;
                }
                double g = v.status() == ClassVerdict.Status.OVERLAPS ? 0 : v.gapDex();
                if (v.status() == ClassVerdict.Status.OVERLAPS) {
                    reached++;
                }
                gaps[m++] = g;
                if (g < smallest) {
                    smallest = g;
                    closest = v.status();
                }
                largest = Math.max(largest, g);
                if (v.status() == ClassVerdict.Status.TOO_RARE || v.status() == ClassVerdict.Status.TOO_ABUNDANT) {
                    abundance = Math.min(abundance, g);
                }
            }
            double median = Double.NaN;
            if (m > 0) {
                double[] g = Arrays.copyOf(gaps, m);
                Arrays.sort(g);
                median = m % 2 == 1 ? g[m / 2] : 0.5 * (g[m / 2 - 1] + g[m / 2]);
            }
            out.add(new ClassRobustness(central.get(c).energyClass(), central.get(c), n == 0 ? 0 : (double) reached / n,
                    m == 0 ? Double.NaN : smallest, closest, Double.isInfinite(abundance) ? Double.NaN : abundance, median, m == 0 ? Double.NaN : largest, n));
        }
        return new RobustVerdict(id, label, plane, out, n, summary(out, d, n));
    }

    /**
     * One line in plain words, e.g. {@code ruled out at MeV/GeV for every δ_s 0.3–0.7 (512 Sobol samples), smallest
     * miss 2.3 dex (GeV); reaches TeV in 12 % of the distribution}.
     */
    static String summary(List<ClassRobustness> classes, ParameterDistribution d, int samples) {
        List<String> never = new ArrayList<>();
        List<String> always = new ArrayList<>();
        List<String> partly = new ArrayList<>();
        double smallest = Double.POSITIVE_INFINITY;
        String smallestAt = "";
        ClassVerdict.Status smallestStatus = ClassVerdict.Status.NO_BAND;
        double abundance = Double.POSITIVE_INFINITY;
        String abundanceAt = "";
        for (ClassRobustness c : classes) {
            String l = c.energyClass().label();
            if (Double.isNaN(c.smallestMissDex())) {
                continue;
            }
            if (c.ruledOut()) {
                never.add(l);
                if (c.smallestMissDex() < smallest) {
                    smallest = c.smallestMissDex();
                    smallestAt = l;
                    smallestStatus = c.closestStatus();
                }
                if (c.smallestAbundanceMissDex() < abundance) {
                    abundance = c.smallestAbundanceMissDex();
                    abundanceAt = l;
                }
            } else if (c.alwaysReaches()) {
                always.add(l);
            } else {
                partly.add(String.format(Locale.ROOT, "%s in %s %%", l, percent(c.reachFraction())));
            }
        }
        String over = d.describe() + " (" + samples + " Sobol samples)";
        List<String> parts = new ArrayList<>();
        if (!never.isEmpty()) {
            boolean size = smallestStatus == ClassVerdict.Status.TOO_SMALL || smallestStatus == ClassVerdict.Status.TOO_LARGE;
            String line = String.format(Locale.ROOT, "ruled out at %s for every %s, smallest miss %.1f dex (%s%s)",
                    String.join("/", never), over, smallest, smallestAt, size ? ", " + smallestStatus.words() : "");
            if (size && Double.isFinite(abundance)) {
                line += String.format(Locale.ROOT, "; where its sizes meet a band it misses by ≥ %.1f dex (%s)", abundance, abundanceAt);
            }
            parts.add(line);
        }
        if (!always.isEmpty()) {
            parts.add("reaches " + String.join("/", always) + " throughout" + (never.isEmpty() ? " " + over : ""));
        }
        if (!partly.isEmpty()) {
            parts.add("reaches " + String.join(", ", partly) + " of the distribution"
                    + (never.isEmpty() && always.isEmpty() ? " (" + over + ")" : ""));
        }
        return parts.isEmpty() ? "no band in any sample" : String.join("; ", parts);
    }

    /** A fraction (0–1) as a percentage for people: 0 and 100 only when exact, else at least "<1" / ">99". */
    public static String percent(double f) {
        double p = 100 * f;
        if (p > 0 && p < 1) {
            return "<1";
        }
        if (p < 100 && p > 99) {
            return ">99";
        }
        return String.format(Locale.ROOT, "%.0f", p);
    }
}
