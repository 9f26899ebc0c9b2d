package org.hillasexplorer.physics.uncertainty;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.physics.Scenario;

/**
 * Which scenario parameters are uncertain and how the envelope bands summarise them: the part of a saved state that
 * says "δ_s 0.3–0.7, B 1–10 μG log, shaded at 68 % and 95 % from 512 Sobol samples". The exact band is always the
 * scenario's own value; this spec only adds the distribution around it.
 *
 * @param parameters the uncertain parameters (none fixed, each at most once), in the order given
 * @param levels     the credible levels of the shaded regions, each strictly between 0 and 1, ascending, distinct
 * @param samples    the number of quasi-random samples, 1 to {@link ParameterDistribution#MAX_SAMPLES}
 */
public record UncertaintySpec(List<Uncertain> parameters, List<Double> levels, int samples) {

    /** Nothing uncertain; the default levels and sample count. */
    public static final UncertaintySpec NONE = new UncertaintySpec(List.of(), Envelope.DEFAULT_LEVELS,
            ParameterDistribution.DEFAULT_SAMPLES);

    public UncertaintySpec {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(levels, "levels");
        Set<Parameter> seen = new LinkedHashSet<>();
        for (Uncertain u : parameters) {
            Objects.requireNonNull(u, "parameter");
            if (u.isFixed()) {
                throw new IllegalArgumentException(u.parameter().symbol() + " is fixed; only uncertain parameters belong here");
            }
            if (!seen.add(u.parameter())) {
                throw new IllegalArgumentException(u.parameter().symbol() + " is given twice");
            }
        }
        parameters = List.copyOf(parameters);
        Envelope.checkLevels(levels);
        List<Double> sorted = new ArrayList<>(new java.util.TreeSet<>(levels));
        if (sorted.size() != levels.size()) {
            throw new IllegalArgumentException("levels " + levels + " repeat a value; give each level once");
        }
        levels = List.copyOf(sorted);
        if (samples < 1 || samples > ParameterDistribution.MAX_SAMPLES) {
            throw new IllegalArgumentException("the sample count must be 1 to " + ParameterDistribution.MAX_SAMPLES
                    + ", not " + samples);
        }
    }

    /** Whether no parameter is uncertain (then no envelope is drawn). */
    public boolean isNone() {
        return parameters.isEmpty();
    }

    /** The distribution of {@code p}, if it is uncertain. */
    public Optional<Uncertain> of(Parameter p) {
        return parameters.stream().filter(u -> u.parameter() == p).findFirst();
    }

    /**
     * A copy in which {@code u}'s parameter has this distribution (replacing any earlier one, keeping its place), or is
     * no longer uncertain when {@code u} is fixed.
     */
    public UncertaintySpec with(Uncertain u) {
        List<Uncertain> out = new ArrayList<>(parameters);
        int i = indexOf(u.parameter());
        if (u.isFixed()) {
            if (i >= 0) {
                out.remove(i);
            }
        } else if (i >= 0) {
            out.set(i, u);
        } else {
            out.add(u);
        }
        return new UncertaintySpec(out, levels, samples);
    }

    /** A copy in which {@code p} is not uncertain. */
    public UncertaintySpec without(Parameter p) {
        List<Uncertain> out = new ArrayList<>(parameters);
        out.removeIf(u -> u.parameter() == p);
        return new UncertaintySpec(out, levels, samples);
    }

    /** A copy with other levels (validated as in the constructor). */
    public UncertaintySpec withLevels(List<Double> other) {
        return new UncertaintySpec(parameters, other, samples);
    }

    /** A copy with another sample count. */
    public UncertaintySpec withSamples(int other) {
        return new UncertaintySpec(parameters, levels, other);
    }

    /**
     * The distribution these parameters give around {@code base}: the uncertain parameters follow their distributions,
     * the others keep {@code base}'s values. (Its {@link ParameterDistribution#central()} moves the uncertain parameters
     * to their central values; the exact band of a figure stays at {@code base}.)
     */
    public ParameterDistribution distribution(Scenario base) {
        return ParameterDistribution.of(base, parameters);
    }

    /** In words, e.g. {@code δ_s 0.3–0.7, B 1–10 μG (log-uniform)}; {@code fixed} when nothing is uncertain. */
    public String describe() {
        if (parameters.isEmpty()) {
            return "fixed";
        }
        List<String> parts = new ArrayList<>();
        parameters.forEach(u -> parts.add(u.describe()));
        return String.join(", ", parts);
    }

    private int indexOf(Parameter p) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).parameter() == p) {
                return i;
            }
        }
        return -1;
    }
}
