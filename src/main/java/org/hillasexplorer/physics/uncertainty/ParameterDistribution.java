package org.hillasexplorer.physics.uncertainty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.physics.Scenario;
import org.jspecify.annotations.Nullable;

/**
 * The joint distribution of a scenario's scalar parameters: a base scenario (fixed values, energy classes, species),
 * independent {@link Uncertain} marginals, and optionally one {@link CorrelatedNormal} block (a fit's δ_s and ν̄₀).
 * A parameter may be in at most one of the two.
 *
 * <p>Samples are quasi-random: the first points of a Sobol sequence (Commons Math {@link SobolSequenceGenerator}),
 * one dimension per uncertain coordinate, shifted by half a cell so that no coordinate is 0 or 1, and mapped through
 * each marginal's inverse CDF (the correlated block through standard normals and its Cholesky factor). The samples
 * are deterministic: the same distribution and count always give the same scenarios.
 */
public final class ParameterDistribution {
    /** The default sample count (a power of two: Sobol points are balanced in blocks of 2^k). */
    public static final int DEFAULT_SAMPLES = 512;
    /** The largest sample count accepted. */
    public static final int MAX_SAMPLES = 1 << 16;

    private final Scenario base;
    private final Map<Parameter, Uncertain> marginals;
    private final @Nullable CorrelatedNormal correlated;

    private ParameterDistribution(Scenario base, Map<Parameter, Uncertain> marginals, @Nullable CorrelatedNormal correlated) {
        this.base = Objects.requireNonNull(base, "base");
        this.marginals = marginals;
        this.correlated = correlated;
    }

    /** The distribution with {@code base}'s values replaced by the central values of {@code parameters}. */
    public static ParameterDistribution of(Scenario base, List<Uncertain> parameters) {
        Map<Parameter, Uncertain> m = new LinkedHashMap<>();
        Scenario s = base;
        for (Uncertain u : parameters) {
            if (m.put(u.parameter(), u) != null) {
                throw new IllegalArgumentException(u.parameter().symbol() + " is given twice");
            }
            s = s.with(u.parameter(), u.central());
        }
        m.values().removeIf(Uncertain::isFixed);
        return new ParameterDistribution(s, m, null);
    }

    /** A single point: nothing uncertain. */
    public static ParameterDistribution fixed(Scenario s) {
        return new ParameterDistribution(s, new LinkedHashMap<>(), null);
    }

    /**
     * This distribution with {@code block} added (its parameters' central values set and any independent marginal of
     * the same parameters replaced).
     */
    public ParameterDistribution withCorrelated(CorrelatedNormal block) {
        if (correlated != null) {
            throw new IllegalArgumentException("only one correlated block is supported");
        }
        Map<Parameter, Uncertain> m = new LinkedHashMap<>(marginals);
        Scenario s = base;
        for (int i = 0; i < block.parameters().size(); i++) {
            Parameter p = block.parameters().get(i);
            m.remove(p);
            s = s.with(p, block.central(i));
        }
        return new ParameterDistribution(s, m, block);
    }

    /** The central scenario: every uncertain parameter at its central value (see {@link Uncertain#central()}). */
    public Scenario central() {
        return base;
    }

    /** Whether nothing is uncertain. */
    public boolean isFixed() {
        return marginals.isEmpty() && correlated == null;
    }

    /** The independent uncertain parameters, in the order given. */
    public List<Uncertain> marginals() {
        return List.copyOf(marginals.values());
    }

    /** The correlated block, if any. */
    public Optional<CorrelatedNormal> correlated() {
        return Optional.ofNullable(correlated);
    }

    /** Every uncertain parameter: the marginals', then the correlated block's. */
    public List<Parameter> uncertainParameters() {
        List<Parameter> out = new ArrayList<>(marginals.keySet());
        if (correlated != null) {
            out.addAll(correlated.parameters());
        }
        return out;
    }

    /** The number of Sobol dimensions a sample uses. */
    public int dimensions() {
        return marginals.size() + (correlated == null ? 0 : correlated.parameters().size());
    }

    /**
     * The low and high end [the parameter's unit] a sensitivity study moves {@code p} to, others central: a range's
     * ends, a normal's or log-normal's 2.5 % and 97.5 % quantiles; for the correlated block its marginal ±1.96 σ.
     */
    public double[] ends(Parameter p) {
        Uncertain u = marginals.get(p);
        if (u != null) {
            return new double[] {u.lowEnd(), u.highEnd()};
        }
        if (correlated != null) {
            int i = correlated.parameters().indexOf(p);
            if (i >= 0) {
                double z = 1.959963984540054;
                double lo = correlated.value(i, correlated.mean()[i] - z * correlated.sigma(i));
                double hi = correlated.value(i, correlated.mean()[i] + z * correlated.sigma(i));
                return new double[] {clamp(p, lo), clamp(p, hi)};
            }
        }
        throw new IllegalArgumentException(p.symbol() + " is not uncertain here");
    }

    /** In words, e.g. {@code δ_s 0.3–0.7, B 1–10 μG (log-uniform)}; {@code fixed} when nothing is uncertain. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        marginals.values().forEach(u -> parts.add(u.describe()));
        if (correlated != null) {
            parts.add(correlated.describe());
        }
        return parts.isEmpty() ? "fixed" : String.join(", ", parts);
    }

    /**
     * {@code n} quasi-random scenarios from this distribution (see the class comment); {@code n} copies of the central
     * scenario when nothing is uncertain.
     *
     * @param n 1 to {@link #MAX_SAMPLES}
     */
    public Samples sample(int n) {
        if (n < 1 || n > MAX_SAMPLES) {
            throw new IllegalArgumentException("the sample count must be 1 to " + MAX_SAMPLES + ", not " + n);
        }
        int dims = dimensions();
        List<Scenario> out = new ArrayList<>(n);
        if (dims == 0) {
            for (int i = 0; i < n; i++) {
                out.add(base);
            }
            return new Samples(this, out);
        }
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(dims);
        int cells = Integer.highestOneBit(n) == n ? n : Integer.highestOneBit(n) << 1;
        double shift = 0.5 / cells;
        List<Uncertain> ms = marginals();
        double[][] l = correlated == null ? new double[0][0] : correlated.cholesky();
        NormalDistribution standard = new NormalDistribution(0, 1);
        for (int k = 0; k < n; k++) {
            double[] u = sobol.nextVector();
            Scenario s = base;
            int d = 0;
            for (Uncertain m : ms) {
                s = s.with(m.parameter(), m.quantile(open(u[d++] + shift)));
            }
            if (correlated != null) {
                int c = correlated.parameters().size();
                double[] z = new double[c];
                for (int i = 0; i < c; i++) {
                    z[i] = standard.inverseCumulativeProbability(open(u[d++] + shift));
                }
                for (int i = 0; i < c; i++) {
                    double x = correlated.mean()[i];
                    for (int j = 0; j <= i; j++) {
                        x += l[i][j] * z[j];
                    }
                    Parameter p = correlated.parameters().get(i);
                    s = s.with(p, clamp(p, correlated.value(i, x)));
                }
            }
            out.add(s);
        }
        return new Samples(this, out);
    }

    private static double open(double u) {
        double v = u >= 1 ? u - 1 : u;
        return Math.min(Math.max(v, 1e-12), 1 - 1e-12);
    }

    private static double clamp(Parameter p, double v) {
        return Math.min(Math.max(v, p.min()), p.max());
    }

    /**
     * Quasi-random scenarios drawn from a distribution, each of equal weight, with the bands of each sample computed
     * once per plane on first use (thread-safe).
     */
    public static final class Samples {
        private final ParameterDistribution distribution;
        private final List<Scenario> scenarios;
        private final java.util.concurrent.ConcurrentMap<org.hillasexplorer.physics.Plane,
                List<List<org.hillasexplorer.physics.Band>>> bands = new java.util.concurrent.ConcurrentHashMap<>();

        Samples(ParameterDistribution distribution, List<Scenario> scenarios) {
            this.distribution = Objects.requireNonNull(distribution, "distribution");
            this.scenarios = List.copyOf(scenarios);
        }

        /** Where they come from. */
        public ParameterDistribution distribution() {
            return distribution;
        }

        /** The scenarios, in sequence order. */
        public List<Scenario> scenarios() {
            return scenarios;
        }

        /** The number of samples. */
        public int size() {
            return scenarios.size();
        }

        /** Per sample, the bands of every energy class on {@code plane} ({@link org.hillasexplorer.physics.BandGeometry#bands}). */
        public List<List<org.hillasexplorer.physics.Band>> bands(org.hillasexplorer.physics.Plane plane) {
            return bands.computeIfAbsent(plane, p -> scenarios.stream()
                    .map(s -> org.hillasexplorer.physics.BandGeometry.bands(s, p)).toList());
        }
    }
}
