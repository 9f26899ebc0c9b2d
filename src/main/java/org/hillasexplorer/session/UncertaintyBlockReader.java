package org.hillasexplorer.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Units;
import org.hillasexplorer.physics.uncertainty.Envelope;
import org.hillasexplorer.physics.uncertainty.ParameterDistribution;
import org.hillasexplorer.physics.uncertainty.Uncertain;
import org.hillasexplorer.physics.uncertainty.UncertaintySpec;
import org.hillasexplorer.session.ScenarioDocument.UncertaintyEntry;


/** Reads the {@code uncertainty} block: distributions of scalar scenario parameters, credible levels, samples. */
final class UncertaintyBlockReader extends StrictReader {
    UncertaintyBlockReader(String source) {
        super(source);
    }

    private static final String UNCERTAIN_EXAMPLE = "{\"delta\": \"0.3..0.7\", \"b-ug\": \"1..10 log\", \"nu0\": \"1e-9*/3\"}";

    /** The {@code uncertainty} object: each parameter a distribution of a scalar scenario parameter, levels, samples. */
    UncertaintySpec uncertainty(UncertaintyEntry n) {
        String at = ScenarioFile.UNCERTAINTY;
        List<Uncertain> parameters = new ArrayList<>();
        if (n.parameters() != null) {
            if (!n.parameters().isObject()) {
                throw fail(at + ".parameters", "must be an object {…} of scenario keys and distributions, e.g. "
                        + UNCERTAIN_EXAMPLE + ", not " + shown(n.parameters()));
            }
            Map<String, Parameter> byKey = new LinkedHashMap<>();
            Parameters.SCENARIO.stream().filter(p -> !p.integer()).forEach(p -> byKey.put(p.key(), p));
            for (Map.Entry<String, JsonNode> e : n.parameters().properties()) {
                Parameter p = byKey.get(e.getKey());
                if (p == null) {
                    boolean whole = Parameters.SCENARIO.stream().anyMatch(q -> q.key().equals(e.getKey()));
                    throw fail(at + ".parameters", whole ? "\"" + e.getKey() + "\" is a whole number and cannot be "
                            + "uncertain; uncertain may be " + String.join(", ", byKey.keySet())
                            : unknownKey(e.getKey(), List.copyOf(byKey.keySet())));
                }
                String path = at + ".parameters." + p.key();
                JsonNode v = e.getValue();
                if (v == null || !v.isTextual()) {
                    throw fail(path, "must be a range or distribution as text, e.g. \"0.3..0.7\", \"1..10 log\", "
                            + "\"0.5+-0.1\" or \"1e-9*/3\", not " + shown(v));
                }
                Uncertain u = at(path, () -> Uncertain.parse(p, v.textValue()));
                if (u.isFixed()) {
                    throw fail(path, "'" + shorten(v.textValue()) + "' is a single value; give a range or distribution "
                            + "(A..B, A..B log, M+-S, M*/F) with " + p.symbol() + " in " + p.rangeText()
                            + ", or leave " + p.key() + " out");
                }
                parameters.add(u);
            }
        }
        List<Double> levels = Envelope.DEFAULT_LEVELS;
        if (n.levels() != null) {
            if (n.levels().isEmpty()) {
                throw fail(at + ".levels", "must name at least one level, e.g. [0.68, 0.95]");
            }
            Set<Double> seen = new HashSet<>();
            for (int i = 0; i < n.levels().size(); i++) {
                String path = at + ".levels[" + i + "]";
                double l = finite(n.levels().get(i), path);
                if (!(l > 0 && l < 1)) {
                    throw fail(path, Units.formatNumber(l) + " is not a credible level; each must be strictly between 0 and 1, "
                            + "e.g. [0.68, 0.95]");
                }
                if (!seen.add(l)) {
                    throw fail(path, Units.formatNumber(l) + " is given twice; give each level once");
                }
            }
            levels = n.levels();
        }
        int samples = ParameterDistribution.DEFAULT_SAMPLES;
        if (n.samples() != null) {
            String path = at + ".samples";
            double v = number(n.samples(), path);
            if (v != Math.rint(v) || v < 1 || v > ParameterDistribution.MAX_SAMPLES) {
                throw fail(path, Units.formatNumber(v) + " is not a sample count; it must be a whole number from 1 to "
                        + ParameterDistribution.MAX_SAMPLES);
            }
            samples = (int) v;
        }
        List<Double> ls = levels;
        int ns = samples;
        return at(at, () -> new UncertaintySpec(parameters, ls, ns));
    }
}
