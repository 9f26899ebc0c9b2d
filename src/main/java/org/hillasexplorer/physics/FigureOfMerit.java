package org.hillasexplorer.physics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The paper's "figure of merit" (Section 4.4; Figs. 2–3): does a candidate population explain the observed CR
 * scattering of each energy class, and if not, by how many orders of magnitude does it miss?
 *
 * <p>A population curve ({@link Population}) is judged point by point: it explains a class when its n_s(&gt;ℓ_S) or
 * f_V meets the class's band (or the line the band collapses onto at δ_s = 0) at some size both span; otherwise the
 * gap is the smallest vertical distance in dex over those sizes. On the n_s plane the curve is itself the cumulative
 * distribution, so no "smallest size" rule is needed, unlike for boxes ({@link CandidateEvaluation}). The bands are
 * built for the population's own D and aspect, since the required n_s (eq. 8) depends on the structures' shape.
 */
public final class FigureOfMerit {
    /** Gaps below this [dex] count as touching: the hypothetical model lies exactly on the bands' edges. */
    static final double TOUCH_DEX = 1e-9;
    /** Uniform samples across the shared size range, on top of every vertex of the band and of a table. */
    private static final int GRID = 129;
    /** Energies sampled per class for the rate constraints (4)–(6). */
    private static final int RATE_SAMPLES = 9;
    /** Sizes sampled across a population for f_V &gt; 1. */
    private static final int FILLING_SAMPLES = 97;
    /** Allowed rigidities of the rigidity view [GV] (≈ eV to beyond EeV protons). */
    private static final double MIN_RIGIDITY_GV = 1e-9;
    private static final double MAX_RIGIDITY_GV = 1e12;

    private FigureOfMerit() {
    }

    // ------------------------------------------------------------------------------------------------ populations

    /** The verdict of population {@code p} on {@code plane} for every energy class of {@code s}. */
    public static CandidateVerdict evaluate(Population p, Plane plane, Scenario s) {
        Objects.requireNonNull(p, "population");
        Objects.requireNonNull(plane, "plane");
        Scenario g = withGeometryOf(p, s);
        List<ClassVerdict> classes = new ArrayList<>();
        for (Band band : BandGeometry.bands(g, plane)) {
            classes.add(verdict(p, g, band));
        }
        double lo = p.minShortAxisAu(g);
        double hi = p.maxShortAxisAu(g);
        List<ConstraintViolation> violations = new ArrayList<>();
        for (EnergyClass c : g.energyClasses()) {
            violations.addAll(sizeViolations(g, c, lo, hi));
            if (p.internalRatePerS().isPresent()) {
                violations.addAll(rateViolations(g, c, lo, hi, p.internalRatePerS().getAsDouble()));
            }
        }
        String summary = summary(classes) + overfilling(p, g).map(n -> "; " + n).orElse("");
        return new CandidateVerdict(p.id(), p.label(), plane, classes, violations, summary);
    }

    /** {@code s} with the population's D and aspect: the bands on the n_s plane depend on the structures' shape. */
    private static Scenario withGeometryOf(Population p, Scenario s) {
        Scenario g = s;
        if (g.dimensionality() != p.dimensionality()) {
            g = g.with(Parameters.DIMENSIONALITY, p.dimensionality());
        }
        if (g.aspect() != p.aspect()) {
            g = g.with(Parameters.ASPECT, p.aspect());
        }
        return g;
    }

    /** The verdict of a population curve against one band (same plane). */
    static ClassVerdict verdict(Population p, Scenario s, Band band) {
        EnergyClass c = band.energyClass();
        Plane plane = band.plane();
        if (!band.isDrawable()) {
            return new ClassVerdict(c, plane, ClassVerdict.Status.NO_BAND, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        BandShape shape = band.outline().isPresent() ? new BandShape(band.outline().get()) : new BandShape(band.collapsedLine().get());
        double lsMin = p.minShortAxisAu(s);
        double lsMax = p.maxShortAxisAu(s);
        double px0 = Math.log10(lsMin);
        double px1 = Math.log10(lsMax);
        if (px1 < shape.minX - TOUCH_DEX) {
            return new ClassVerdict(c, plane, ClassVerdict.Status.TOO_SMALL, shape.minX - px1, px1, Double.NaN, Double.NaN, Double.NaN);
        }
        if (px0 > shape.maxX + TOUCH_DEX) {
            return new ClassVerdict(c, plane, ClassVerdict.Status.TOO_LARGE, px0 - shape.maxX, px0, Double.NaN, Double.NaN, Double.NaN);
        }
        double xa = Math.min(Math.max(px0, shape.minX), px1);
        double xb = Math.max(Math.min(px1, shape.maxX), xa);
        TreeSet<Double> xs = new TreeSet<>();
        xs.add(xa);
        xs.add(xb);
        for (int i = 1; i < GRID - 1; i++) {
            xs.add(xa + i * (xb - xa) / (GRID - 1));
        }
        // the distance is piecewise linear between these breakpoints for power laws, tables and the model,
        // so its extremes over the shared range lie on them
        for (double x : shape.vertexXs) {
            if (x > xa && x < xb) {
                xs.add(x);
            }
        }
        if (p instanceof TabulatedPopulation t) {
            for (double x : t.log10Nodes()) {
                if (x > xa && x < xb) {
                    xs.add(x);
                }
            }
        }
        double minAbs = Double.POSITIVE_INFINITY;
        double minX = Double.NaN;
        double maxAbs = -1;
        double maxX = Double.NaN;
        double maxY = Double.NaN;
        boolean below = false;
        boolean above = false;
        boolean touches = false;
        for (double x : xs) {
            // clamp: 10^log10(ℓ) may round just outside the population's range or the band's
            double ls = Math.min(Math.max(Math.pow(10, x), lsMin), lsMax);
            double y = p.log10ValueOn(plane, s, ls);
            double[] ext = shape.extentAt(Math.min(Math.max(x, shape.minX), shape.maxX));
            if (!Double.isFinite(y) || ext == null) {
                continue;
            }
            double d = y < ext[0] ? ext[0] - y : y > ext[1] ? -(y - ext[1]) : 0; // > 0 below (rare), < 0 above
            double abs = Math.abs(d);
            if (abs <= TOUCH_DEX) {
                touches = true;
            } else if (d > 0) {
                below = true;
            } else {
                above = true;
            }
            if (abs < minAbs) {
                minAbs = abs;
                minX = x;
            }
            if (abs > maxAbs) {
                maxAbs = abs;
                maxX = x;
                maxY = y;
            }
        }
        if (Double.isNaN(minX)) {
            // nothing finite to compare (cannot happen for the built-in population kinds)
            return new ClassVerdict(c, plane, ClassVerdict.Status.NO_BAND, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        if (touches || (below && above)) {
            // a continuous curve that is below the band at one size and above it at another crosses it in between
            return new ClassVerdict(c, plane, ClassVerdict.Status.OVERLAPS, 0, minX, maxAbs, maxX, maxY);
        }
        ClassVerdict.Status status = below ? ClassVerdict.Status.TOO_RARE : ClassVerdict.Status.TOO_ABUNDANT;
        return new ClassVerdict(c, plane, status, minAbs, minX, maxAbs, maxX, maxY);
    }

    /** A band outline or collapsed line: its size range, vertex sizes and vertical extent at a size. */
    private static final class BandShape {
        private final @Nullable Polygon polygon;
        private final @Nullable Curve line;
        private final double minX;
        private final double maxX;
        private final double[] vertexXs;

        BandShape(Polygon polygon) {
            this.polygon = polygon;
            this.line = null;
            this.minX = polygon.minX();
            this.maxX = polygon.maxX();
            this.vertexXs = polygon.xs();
        }

        BandShape(Curve line) {
            this.polygon = null;
            this.line = line;
            this.minX = Math.min(line.x(0), line.x(line.size() - 1));
            this.maxX = Math.max(line.x(0), line.x(line.size() - 1));
            this.vertexXs = line.xs();
        }

        /** {lowest, highest} log10 value of the band at log10 ℓ_S = x, or null if x is outside it. */
        double @Nullable [] extentAt(double x) {
            if (polygon != null) {
                return polygon.verticalExtentAt(x);
            }
            for (int i = 0; i + 1 < line.size(); i++) {
                double x0 = line.x(i);
                double x1 = line.x(i + 1);
                if (x >= Math.min(x0, x1) && x <= Math.max(x0, x1)) {
                    double y = x1 == x0 ? line.y(i) : line.y(i) + (x - x0) * (line.y(i + 1) - line.y(i)) / (x1 - x0);
                    return new double[] {y, y};
                }
            }
            return null;
        }
    }

    // ------------------------------------------------------------------------------------------------ boxes

    /**
     * The same verdict for a catalogue box: the classes from {@link CandidateEvaluation#evaluate(CandidateBox, Scenario)},
     * the size constraints (3) and (7) over the box's size range, and the plain-words summary. A box on the n_s plane
     * whose n_s already implies f_V = n_s a^D ℓ_S³ &gt; 1 at its smallest size is called unphysical in the summary.
     */
    public static CandidateVerdict evaluate(String id, String label, CandidateBox box, Scenario s) {
        Objects.requireNonNull(box, "box");
        List<ClassVerdict> classes = CandidateEvaluation.evaluate(box, s);
        List<ConstraintViolation> violations = new ArrayList<>();
        for (EnergyClass c : s.energyClasses()) {
            violations.addAll(sizeViolations(s, c, box.minShortAxisAu(), box.maxShortAxisAu()));
        }
        String summary = summary(classes);
        if (box.plane() == Plane.NUMBER_DENSITY) {
            double log10Fv = box.log10MaxValue()
                    + PopulationSupport.log10VolumePc3(s.dimensionality(), s.aspect(), box.minShortAxisAu());
            if (log10Fv > 0) {
                summary += "; its n_s implies f_V = " + Units.formatNumber(Math.pow(10, log10Fv))
                        + " > 1 even at its smallest size (more than fills space: unphysical)";
            }
        }
        return new CandidateVerdict(id, label, box.plane(), classes, violations, summary);
    }

    // ------------------------------------------------------------------------------------------------ constraints

    /**
     * Constraints (3) and (7) for structures of sizes [lo, hi] au and the CRs of class {@code c}: (3) fails for the whole
     * class when even the largest structure is below r_g(T_lo), for its upper part when it is below r_g(T_hi); (7) fails
     * for the whole class when even the smallest structure reaches ℓ_mfp(T_hi), for its lower energies when the largest
     * reaches ℓ_mfp(T_lo).
     */
    static List<ConstraintViolation> sizeViolations(Scenario s, EnergyClass c, double lo, double hi) {
        List<ConstraintViolation> out = new ArrayList<>(2);
        double tLo = c.minKineticEnergyGeV();
        double tHi = c.maxKineticEnergyGeV();
        ConstraintCheck gyroLo = check(s, tLo, hi, Constraint.LARGER_THAN_GYRORADIUS, null);
        ConstraintCheck gyroHi = check(s, tHi, hi, Constraint.LARGER_THAN_GYRORADIUS, null);
        if (!gyroLo.satisfied()) {
            out.add(new ConstraintViolation(Constraint.LARGER_THAN_GYRORADIUS, c, hi, gyroLo.marginDex(),
                    "every structure (ℓ_S ≤ " + au(hi) + ") is smaller than r_g = " + au(s.gyroradiusAu(s.particle(tLo)))
                            + " of " + Units.formatEnergy(tLo) + " CRs: none can scatter the " + c.label() + " class"));
        } else if (!gyroHi.satisfied()) {
            double tStar = Particle.ofRigidity(s.species(), hi * s.bMicroGauss() / Particle.GYRORADIUS_AU_PER_GV_PER_MICROGAUSS)
                    .kineticEnergyGeV();
            out.add(new ConstraintViolation(Constraint.LARGER_THAN_GYRORADIUS, c, hi, gyroHi.marginDex(),
                    "no structure is as large as r_g of CRs above " + Units.formatEnergy(tStar) + " (largest ℓ_S = " + au(hi)
                            + ", r_g = " + au(s.gyroradiusAu(s.particle(tHi))) + " at " + Units.formatEnergy(tHi)
                            + "): the " + c.label() + " class is scattered only below " + Units.formatEnergy(tStar)));
        }
        ConstraintCheck mfpHi = check(s, tHi, lo, Constraint.SMALLER_THAN_MEAN_FREE_PATH, null);
        ConstraintCheck mfpLo = check(s, tLo, hi, Constraint.SMALLER_THAN_MEAN_FREE_PATH, null);
        if (!mfpHi.satisfied()) {
            out.add(new ConstraintViolation(Constraint.SMALLER_THAN_MEAN_FREE_PATH, c, lo, mfpHi.marginDex(),
                    "every structure (ℓ_S ≥ " + sizeAuPc(lo) + ") is at least as large as ℓ_mfp = " + pc(s.meanFreePathPc(s.particle(tHi)))
                            + " of " + Units.formatEnergy(tHi) + " CRs: too large to act as patches for the " + c.label() + " class"));
        } else if (!mfpLo.satisfied()) {
            out.add(new ConstraintViolation(Constraint.SMALLER_THAN_MEAN_FREE_PATH, c, hi, mfpLo.marginDex(),
                    "structures larger than ℓ_mfp = " + pc(s.meanFreePathPc(s.particle(tLo))) + " of " + Units.formatEnergy(tLo)
                            + " CRs (up to ℓ_S = " + sizeAuPc(hi) + ") are too large to act as patches for the lower energies of the "
                            + c.label() + " class"));
        }
        return out;
    }

    /**
     * Constraints (4) τ_s ≳ 1 and (5)–(6) no trapping for an internal rate ν_s [s⁻¹], checked at energies across the
     * class, at the smallest structure that can scatter them (max(r_g, ℓ_min), the ones that set ℓ_mfp) and at the
     * largest; the worst failure of each is reported.
     */
    static List<ConstraintViolation> rateViolations(Scenario s, EnergyClass c, double lo, double hi, double nuPerS) {
        Map<Constraint, double[]> worst = new EnumMap<>(Constraint.class); // {margin, ℓ_S, T}
        double a = Math.log10(c.minKineticEnergyGeV());
        double b = Math.log10(c.maxKineticEnergyGeV());
        for (int i = 0; i < RATE_SAMPLES; i++) {
            double t = i == RATE_SAMPLES - 1 ? c.maxKineticEnergyGeV() : Math.pow(10, a + i * (b - a) / (RATE_SAMPLES - 1));
            double smallest = Math.max(s.gyroradiusAu(s.particle(t)), lo);
            if (smallest > hi) {
                continue; // nothing can scatter these CRs: that is constraint (3), reported separately
            }
            for (double ls : new double[] {smallest, hi}) {
                for (Constraint k : new Constraint[] {Constraint.OPTICALLY_THICK, Constraint.NOT_TRAPPING}) {
                    ConstraintCheck ch = check(s, t, ls, k, nuPerS);
                    if (!ch.satisfied() && (!worst.containsKey(k) || ch.marginDex() < worst.get(k)[0])) {
                        worst.put(k, new double[] {ch.marginDex(), ls, t});
                    }
                }
            }
        }
        List<ConstraintViolation> out = new ArrayList<>(2);
        double[] thin = worst.get(Constraint.OPTICALLY_THICK);
        if (thin != null) {
            out.add(new ConstraintViolation(Constraint.OPTICALLY_THICK, c, thin[1], thin[0],
                    "τ_s = ν_s ℓ_S/v = " + Units.formatNumber(Math.pow(10, thin[0])) + " < 1 at ℓ_S = " + au(thin[1]) + " for "
                            + Units.formatEnergy(thin[2]) + " CRs: the patches are too transparent to scatter them"));
        }
        double[] trap = worst.get(Constraint.NOT_TRAPPING);
        if (trap != null) {
            out.add(new ConstraintViolation(Constraint.NOT_TRAPPING, c, trap[1], trap[0],
                    String.format(Locale.ROOT, "the trapping time (ℓ_S/v)² ν_s exceeds ℓ_mfp/v by %.1f dex", -trap[0])
                            + " at ℓ_S = " + au(trap[1]) + " for " + Units.formatEnergy(trap[2])
                            + " CRs: they would stay inside a patch longer than they travel between patches"));
        }
        return out;
    }

    private static ConstraintCheck check(Scenario s, double t, double ls, Constraint which, @Nullable Double nuPerS) {
        OptionalDouble nu = nuPerS == null ? OptionalDouble.empty() : OptionalDouble.of(nuPerS);
        for (ConstraintCheck ch : ConstraintCheck.checkAll(s, t, ls, nu)) {
            if (ch.constraint() == which) {
                return ch;
            }
        }
        throw new IllegalStateException("ConstraintCheck.checkAll returned no " + which);
    }

    /** A note when the population fills more than all of space somewhere (f_V &gt; 1, unphysical), else empty. */
    private static Optional<String> overfilling(Population p, Scenario s) {
        double lo = Math.log10(p.minShortAxisAu(s));
        double hi = Math.log10(p.maxShortAxisAu(s));
        double first = Double.NaN;
        double last = Double.NaN;
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < FILLING_SAMPLES; i++) {
            double ls = i == 0 ? p.minShortAxisAu(s) : i == FILLING_SAMPLES - 1 ? p.maxShortAxisAu(s)
                    : Math.pow(10, lo + i * (hi - lo) / (FILLING_SAMPLES - 1));
            double f = p.log10FillingFactor(s, ls);
            if (f > 0) {
                first = Double.isNaN(first) ? ls : first;
                last = ls;
                peak = Math.max(peak, f);
            }
        }
        if (Double.isNaN(first)) {
            return Optional.empty();
        }
        String where = first == last ? "at ℓ_S = " + au(first) : "for ℓ_S = " + Units.formatNumber(first) + "–" + au(last);
        return Optional.of("f_V > 1 " + where + " (up to " + (peak > 6 ? "10^" + Math.round(peak)
                : Units.formatNumber(Math.pow(10, peak))) + "): more than fills space, unphysical");
    }

    // ------------------------------------------------------------------------------------------------ summary

    /**
     * The plain-words overall line, e.g. {@code explains MeV, GeV and TeV scattering},
     * {@code explains GeV scattering only; 3.1 dex too rare at TeV, 0.8 dex too abundant at MeV},
     * {@code explains none: 5.2–9.0 dex too rare} or
     * {@code explains MeV and GeV scattering only; too small to scatter TeV CRs (ℓ_S < r_g)}.
     * Misses are grouped as too rare, too abundant, too small, too large, no band; a group that covers every class
     * omits the class names. Gaps are in dex of n_s or f_V at equal ℓ_S (the smallest over the sizes compared).
     */
    public static String summary(List<ClassVerdict> classes) {
        if (classes.isEmpty()) {
            return "no energy classes to compare";
        }
        if (classes.stream().allMatch(v -> v.status() == ClassVerdict.Status.NO_BAND)) {
            return "nothing to compare: no energy class has a band in this scenario (r_g ≥ ℓ_mfp)";
        }
        List<String> explained = labels(classes, ClassVerdict.Status.OVERLAPS);
        if (explained.size() == classes.size()) {
            return "explains " + join(explained) + " scattering";
        }
        List<String> misses = new ArrayList<>();
        for (ClassVerdict.Status st : new ClassVerdict.Status[] {ClassVerdict.Status.TOO_RARE, ClassVerdict.Status.TOO_ABUNDANT,
                ClassVerdict.Status.TOO_SMALL, ClassVerdict.Status.TOO_LARGE, ClassVerdict.Status.NO_BAND}) {
            List<ClassVerdict> group = classes.stream().filter(v -> v.status() == st).toList();
            if (group.isEmpty()) {
                continue;
            }
            List<String> names = group.stream().map(v -> v.energyClass().label()).toList();
            String at = group.size() == classes.size() ? "" : " at " + join(names);
            misses.add(switch (st) {
                case TOO_RARE -> dexRange(group) + " dex too rare" + at;
                case TOO_ABUNDANT -> dexRange(group) + " dex too abundant" + at;
                case TOO_SMALL -> "too small to scatter " + join(names) + " CRs (ℓ_S < r_g)";
                case TOO_LARGE -> "too large to act as patches for " + join(names) + " CRs (ℓ_S > ℓ_mfp)";
                default -> "no " + join(names) + " band in this scenario (r_g ≥ ℓ_mfp)";
            });
        }
        String what = String.join(", ", misses);
        return explained.isEmpty() ? "explains none: " + what : "explains " + join(explained) + " scattering only; " + what;
    }

    private static List<String> labels(List<ClassVerdict> classes, ClassVerdict.Status st) {
        return classes.stream().filter(v -> v.status() == st).map(v -> v.energyClass().label()).toList();
    }

    /** "MeV", "MeV and GeV", "MeV, GeV and TeV". */
    private static String join(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** "3.1" or "5.2–9.0" (one decimal; "<0.1" for a sliver). */
    private static String dexRange(List<ClassVerdict> group) {
        double min = group.stream().mapToDouble(ClassVerdict::gapDex).min().orElse(Double.NaN);
        double max = group.stream().mapToDouble(ClassVerdict::gapDex).max().orElse(Double.NaN);
        String a = dex(min);
        String b = dex(max);
        return a.equals(b) ? a : a + "–" + b;
    }

    private static String dex(double d) {
        return d < 0.05 ? "<0.1" : String.format(Locale.ROOT, "%.1f", d);
    }

    private static String au(double lengthAu) {
        return Units.formatNumber(lengthAu) + " au";
    }

    private static String pc(double lengthPc) {
        return Units.formatNumber(lengthPc) + " pc";
    }

    /** "2.06e6 au = 9.987 pc" for sizes of a parsec or more, else "300 au". */
    private static String sizeAuPc(double lengthAu) {
        double p = Units.auToPc(lengthAu);
        return p >= 1 ? au(lengthAu) + " = " + pc(p) : au(lengthAu);
    }

    // ------------------------------------------------------------------------------------------------ rigidity view

    /**
     * The "rigidity view" of a population: {R [GV], predicted ℓ_mfp [pc]} at {@code samples} rigidities spaced
     * log-uniformly from {@code minRigidityGV} to {@code maxRigidityGV}, from {@link Population#predictedMeanFreePathPc};
     * rigidities at which no structure is large enough (ℓ_mfp = ∞) are skipped.
     */
    public static List<double[]> rigidityCurve(Population p, Scenario s, double minRigidityGV, double maxRigidityGV, int samples) {
        Objects.requireNonNull(p, "population");
        Scenario g = withGeometryOf(p, s);
        List<double[]> out = new ArrayList<>(samples);
        for (double r : rigidities(minRigidityGV, maxRigidityGV, samples)) {
            double mfp = p.predictedMeanFreePathPc(g, Particle.ofRigidity(g.species(), r).kineticEnergyGeV());
            if (Double.isFinite(mfp)) {
                out.add(new double[] {r, mfp});
            }
        }
        return List.copyOf(out);
    }

    /** The observed relation for comparison: {R [GV], ℓ_mfp = (c/ν̄₀) R^δ_s [pc]} (eq. 2) at the same rigidities. */
    public static List<double[]> observedMeanFreePath(Scenario s, double minRigidityGV, double maxRigidityGV, int samples) {
        List<double[]> out = new ArrayList<>(samples);
        for (double r : rigidities(minRigidityGV, maxRigidityGV, samples)) {
            out.add(new double[] {r, s.meanFreePathAtOneGVPc() * Math.pow(r, s.deltaS())});
        }
        return List.copyOf(out);
    }

    private static double[] rigidities(double lo, double hi, int samples) {
        if (!(lo >= MIN_RIGIDITY_GV && lo <= MAX_RIGIDITY_GV)) {
            throw new IllegalArgumentException("R_min = " + Units.formatNumber(lo) + " GV is outside [1e-9, 1e12] GV");
        }
        if (!(hi > lo && hi <= MAX_RIGIDITY_GV)) {
            throw new IllegalArgumentException("R_max = " + Units.formatNumber(hi) + " GV is outside (R_min, 1e12] GV = ("
                    + Units.formatNumber(lo) + ", 1e12] GV");
        }
        if (samples < 2 || samples > 100_000) {
            throw new IllegalArgumentException("samples = " + samples + " is outside [2, 100000]");
        }
        double[] out = new double[samples];
        double a = Math.log10(lo);
        double b = Math.log10(hi);
        for (int i = 0; i < samples; i++) {
            out[i] = i == 0 ? lo : i == samples - 1 ? hi : Math.pow(10, a + i * (b - a) / (samples - 1));
        }
        return out;
    }
}
