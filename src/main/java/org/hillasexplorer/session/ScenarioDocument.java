package org.hillasexplorer.session;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The scenario file as it is on disk: records that mirror its JSON one to one, bound by Jackson with every strictness
 * switched on (unknown keys, nulls, duplicate keys, trailing tokens, no coercion between strings, numbers and
 * booleans, a size and depth limit). The records hold what the file says, unchecked; {@link StateReader} validates
 * them from the descriptors ({@code Parameter}, {@code PopulationParameter}) into an {@link ExplorerState}. Keys
 * that are descriptor keys (the scalar scenario keys, the plane keys, the population knobs) are not copied here: they
 * land in an {@link JsonAnySetter} map and are checked against the descriptors.
 *
 * <p>Record components are named exactly as the file's keys, so the allowed keys of a message come from the records.
 *
 * <p>The same records are what {@link StateWriter} fills from a state and Jackson writes, so the one shape of the file
 * is defined here for reading and writing: components in the file's key order, absent ({@code null}) parts left out,
 * the {@link JsonAnySetter} maps written back in place by {@link JsonAnyGetter} (after the named keys, as the file has
 * them, except in {@code scenario}, see {@link ScenarioEntryWriter}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ScenarioDocument(String format, JsonNode version, ScenarioEntry scenario, ViewEntry view, VisibleEntry visible,
                        CandidatesEntry candidates, UncertaintyEntry uncertainty) {

    /** The {@code scenario} object: the scalar {@code Parameter} keys (in {@code values}), the species and classes. */
    @JsonSerialize(using = ScenarioEntryWriter.class)
    record ScenarioEntry(SpeciesEntry species, List<ClassEntry> classes, @JsonAnySetter Map<String, JsonNode> values) {
        ScenarioEntry {
            values = values == null ? Map.of() : values;
        }
    }

    /** Z and A: numbers (checked to be whole and in range by the validation), written as integers. */
    record SpeciesEntry(JsonNode z, JsonNode a) {
    }

    /**
     * Writes the {@code scenario} object with the scalar keys first, then {@code species} and {@code classes}, as the
     * file has always had them: this Jackson (2.18) writes a {@link JsonAnyGetter} map after the named properties
     * whatever {@code @JsonPropertyOrder} says.
     */
    static final class ScenarioEntryWriter extends StdSerializer<ScenarioEntry> {
        private static final long serialVersionUID = 1L;

        ScenarioEntryWriter() {
            super(ScenarioEntry.class);
        }

        @Override
        public void serialize(ScenarioEntry e, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject(e);
            for (Map.Entry<String, JsonNode> v : e.values().entrySet()) {
                p.defaultSerializeField(v.getKey(), v.getValue(), g);
            }
            if (e.species() != null) {
                p.defaultSerializeField("species", e.species(), g);
            }
            if (e.classes() != null) {
                p.defaultSerializeField("classes", e.classes(), g);
            }
            g.writeEndObject();
        }
    }

    /** An energy class; min and max are energies with a unit ({@code "10 MeV"}) or plain numbers of GeV. */
    record ClassEntry(String label, JsonNode min, JsonNode max) {
    }

    /** The {@code view} object: the layout and, by plane key, explicit views (in {@code planes}). */
    record ViewEntry(String layout, @JsonAnySetter @JsonAnyGetter Map<String, PlaneView> planes) {
        ViewEntry {
            planes = planes == null ? Map.of() : planes;
        }
    }

    record PlaneView(List<Double> log10_ls_au, List<Double> log10_value) {
    }

    record VisibleEntry(List<String> hidden_classes, List<String> hidden_candidates, List<String> elements) {
    }

    record CandidatesEntry(List<PopulationEntry> populations, List<String> catalog_files) {
    }

    /**
     * The {@code uncertainty} object: {@code parameters} maps scenario keys to distributions as text
     * ({@code "0.3..0.7"}), checked by {@link StateReader} (so left as a node here); {@code levels} and {@code samples}
     * as given.
     */
    record UncertaintyEntry(JsonNode parameters, List<Double> levels, JsonNode samples) {
    }

    /**
     * One population; which keys it may have depends on its {@code type}. The numeric knobs are the
     * {@code PopulationParameter} keys (in {@code knobs}); a knob is a number or, for lengths and densities, text with
     * a unit.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PopulationEntry(String type, String id, String label, String plane, List<List<JsonNode>> points,
                           @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> knobs) {
        PopulationEntry {
            knobs = knobs == null ? Map.of() : knobs;
        }
    }

    /** The deepest nesting a scenario file needs is 6 ({@code candidates.populations[i].points[j][k]}). */
    static final int MAX_DEPTH = 16;

    /** The mapper every scenario document and figure block is read with. */
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                            .maxStringLength((int) ScenarioFile.MAX_BYTES).maxNumberLength(400).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // a key given twice is almost surely a mistake
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // "{...} junk" is a damaged file
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS) // "0.5" is not a number, 3 is not a string
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    /** The keys a record of the file may have, in order: its components except the {@link JsonAnySetter} map. */
    static List<String> keysOf(Class<?> record) {
        if (!record.isRecord()) {
            return List.of();
        }
        return Arrays.stream(record.getRecordComponents())
                .filter(c -> c.getAccessor().getAnnotation(JsonAnySetter.class) == null
                        && c.getAnnotation(JsonAnySetter.class) == null && !Map.class.isAssignableFrom(c.getType()))
                .map(RecordComponent::getName).toList();
    }

    /** A JSON path such as {@code candidates.populations[0].points[1][0]}; empty for the top level. */
    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** The node of {@code root} at {@code refs}, or null when there is none. */
    static JsonNode nodeAt(JsonNode root, List<JsonMappingException.Reference> refs) {
        JsonNode n = root;
        for (JsonMappingException.Reference r : refs) {
            if (n == null) {
                return null;
            }
            n = r.getFieldName() != null ? n.get(r.getFieldName()) : r.getIndex() >= 0 ? n.get(r.getIndex()) : n;
        }
        return n;
    }

    /**
     * What a value bound to {@code type} must be, for messages: {@code a number}, {@code a string}, {@code an array […]}
     * or {@code an object {…}}.
     */
    static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == int.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array […]";
        }
        return "an object {…}";
    }

    /**
     * Jackson's complaint about binding {@code root} as a message {@code path: problem} (without the source): an unknown
     * key names the keys allowed there; a value of the wrong kind says what it must be and what it is.
     */
    static Problem problem(JsonNode root, JsonMappingException e) {
        List<JsonMappingException.Reference> refs = new ArrayList<>(e.getPath());
        if (e instanceof UnrecognizedPropertyException u) {
            if (!refs.isEmpty()) {
                refs.remove(refs.size() - 1); // the unknown key itself
            }
            String at = path(refs);
            return new Problem(at, "unknown key \"" + StrictReader.shorten(u.getPropertyName()) + "\""
                    + (at.isEmpty() ? " at the top level" : "") + "; allowed: " + String.join(", ", keysOf(u.getReferringClass())));
        }
        String at = path(refs);
        if (e instanceof MismatchedInputException m) {
            return new Problem(at, "must be " + expected(m.getTargetType()) + ", not " + StrictReader.shown(nodeAt(root, refs)));
        }
        String m = e.getOriginalMessage() == null ? "cannot be read" : e.getOriginalMessage().strip().lines().findFirst().orElse("");
        return new Problem(at, StrictReader.shorten(m));
    }

    /** A problem at a JSON path. */
    record Problem(String path, String message) {
    }

    /**
     * The first {@code null} in {@code root} where the records expect a typed value, as a problem; null when there is
     * none. Jackson cannot tell a {@code null} from an absent key in a record, and a file never needs {@code null}
     * (leaving a key out gives its default), so nulls are refused here before binding, saying what the value must be.
     * A null bound as a {@link JsonNode} (a knob, an energy) is left for the validation, which says what it must be.
     */
    static Problem firstNull(JsonNode root) {
        return firstNull(root, ScenarioDocument.class, "");
    }

    /** {@link #firstNull(JsonNode)} for another bound type (a figure's render or catalogue block). */
    static Problem firstNull(JsonNode root, Type type) {
        return firstNull(root, type, "");
    }

    private static Problem firstNull(JsonNode n, Type type, String path) {
        Class<?> raw = raw(type);
        if (n.isNull()) {
            return raw == null || JsonNode.class.isAssignableFrom(raw) ? null : new Problem(path, "must be " + expected(raw) + ", not null");
        }
        if (raw == null || JsonNode.class.isAssignableFrom(raw)) {
            return null;
        }
        if (n.isArray() && List.class.isAssignableFrom(raw) && type instanceof ParameterizedType pt) {
            for (int i = 0; i < n.size(); i++) {
                Problem p = firstNull(n.get(i), pt.getActualTypeArguments()[0], path + "[" + i + "]");
                if (p != null) {
                    return p;
                }
            }
        } else if (n.isObject() && raw.isRecord()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                Type t = null;
                for (RecordComponent c : raw.getRecordComponents()) {
                    if (c.getName().equals(e.getKey())) {
                        t = c.getGenericType();
                    } else if (Map.class.isAssignableFrom(c.getType()) && t == null && c.getGenericType() instanceof ParameterizedType mt) {
                        t = mt.getActualTypeArguments()[1]; // the any-setter map's values
                    }
                }
                Problem p = firstNull(e.getValue(), t, path.isEmpty() ? e.getKey() : path + "." + e.getKey());
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    private static Class<?> raw(Type t) {
        return t instanceof Class<?> c ? c : t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : null;
    }
}
