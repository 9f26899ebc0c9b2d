package org.hillasexplorer.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hillasexplorer.catalog.ColumnRoles.Role;
import org.hillasexplorer.catalog.RowReader.NumericPair;

/**
 * The reading of a JSON catalogue: {@code {"units": {...}, "entries": [...]}} or a top-level array of entry objects
 * (see {@link CatalogReader}). Problems are reported on the line of each entry's opening brace.
 */
final class JsonCatalogParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHAPE = "expected {\"entries\": [{...}, ...]} (with an optional \"units\" object) "
            + "or a top-level array of entry objects";

    private final String text;
    private final String source;
    private final List<CatalogProblem> problems = new ArrayList<>();

    /** One element of the entries array with the line it starts on. */
    private record Element(JsonNode node, long line) {
    }

    JsonCatalogParser(String text, String source) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.source = source;
    }

    Catalog run() {
        List<Element> elements = new ArrayList<>();
        JsonNode unitsNode = null;
        boolean sawEntries = false;
        try (JsonParser p = JSON.getFactory().createParser(text)) {
            JsonToken root = p.nextToken();
            if (root == JsonToken.START_ARRAY) {
                readElements(p, elements);
                sawEntries = true;
            } else if (root == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonToken value = p.nextToken();
                    if (key.equals("entries")) {
                        if (value != JsonToken.START_ARRAY) {
                            throw new CatalogException(source, "\"entries\" must be an array of entry objects; " + SHAPE);
                        }
                        readElements(p, elements);
                        sawEntries = true;
                    } else if (key.equals("units")) {
                        unitsNode = JSON.readTree(p);
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                throw new CatalogException(source, "is JSON but not a catalogue; " + SHAPE);
            }
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new CatalogException(source, "has more text after the JSON value (line " + at.getLineNr() + ")");
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new CatalogException(source, "is not valid JSON (" + where + TextInput.oneLine(e.getOriginalMessage()) + ")", e);
        } catch (IOException e) {
            throw new CatalogException(source, "cannot be read as JSON (" + TextInput.oneLine(e.getMessage()) + ")", e);
        }
        if (!sawEntries) {
            throw new CatalogException(source, "is JSON but not a catalogue: it has no \"entries\" array; " + SHAPE);
        }
        Map<Role, String> units = units(unitsNode);
        return entries(elements, units);
    }

    private void readElements(JsonParser p, List<Element> out) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new CatalogException(source, "is not valid JSON (the entries array is not closed)");
            }
            long line = Math.max(1, p.currentTokenLocation().getLineNr());
            out.add(new Element(JSON.readTree(p), line));
        }
    }

    /** The {@code units} object by role; refuses unknown keys and units. */
    private Map<Role, String> units(JsonNode node) {
        Map<Role, String> out = new EnumMap<>(Role.class);
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new CatalogException(source, "\"units\" must be an object such as {\"size\": \"pc\", \"ns\": \"cm^-3\"}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            ColumnRoles.Column c;
            try {
                c = ColumnRoles.parse(e.getKey());
            } catch (IllegalArgumentException x) {
                throw new CatalogException(source, "units: " + x.getMessage());
            }
            if (c.role() == null || !c.role().isNumeric()) {
                throw new CatalogException(source, "units: '" + TextInput.shorten(e.getKey())
                        + "' is not a size, n_s or f_V key (use e.g. size, size_min, ns, ns_max)");
            }
            if (!e.getValue().isTextual()) {
                throw new CatalogException(source, "units: the unit of " + TextInput.shorten(e.getKey()) + " must be text such as \"pc\"");
            }
            String u = e.getValue().asText();
            if (ColumnRoles.factor(c.role().kind(), u).isEmpty()) {
                throw new CatalogException(source, "units: " + TextInput.shorten(e.getKey()) + " has unit '" + TextInput.shorten(u)
                        + "', which is not known here; use " + c.role().kind().allowed());
            }
            out.put(c.role(), u);
        }
        return out;
    }

    private Catalog entries(List<Element> elements, Map<Role, String> units) {
        RowReader rows = new RowReader(source, problems);
        List<CatalogEntry> entries = new ArrayList<>();
        Set<String> noted = new HashSet<>();
        boolean anySize = elements.isEmpty();
        int ordinal = 0;
        for (Element el : elements) {
            ordinal++;
            JsonNode n = el.node();
            if (!n.isObject()) {
                rows.problem(el.line(), "entry", "entry " + ordinal + " is not a JSON object of fields", 0);
                continue;
            }
            List<String> keys = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            boolean ok = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode v = f.getValue();
                keys.add(f.getKey());
                if (v.isNull()) {
                    cells.add("");
                } else if (v.isValueNode()) {
                    cells.add(v.asText());
                } else {
                    rows.problem(el.line(), f.getKey(), "must be a number or text, not " + (v.isArray() ? "an array" : "an object"), 0);
                    cells.add("");
                    ok = false;
                }
            }
            LenientLayout.Result layout;
            try {
                layout = LenientLayout.build(keys, units);
            } catch (LenientLayout.Refusal r) {
                if (!r.getMessage().startsWith("no recognisable size column")) {
                    anySize = true;
                }
                rows.problem(el.line(), r.field().equals("row") ? "entry" : r.field(),
                        r.getMessage().replace("no recognisable size column", "has no recognisable size key")
                                .replace("has a size column but no n_s or f_V column", "has a size key but no n_s or f_V key"), 0);
                continue;
            }
            anySize = true;
            for (NumericPair p : layout.defaulted()) {
                String unit = p.kind() == ColumnUnit.LENGTH ? LenientLayout.DEFAULT_SIZE_UNIT : LenientLayout.DEFAULT_NS_UNIT;
                if (noted.add(p.lo().name())) {
                    problems.add(CatalogProblem.warningAt(source, el.line(), p.lo().name(), "states no unit (neither in its key "
                            + "nor in \"units\"); its values were read as " + unit, 0));
                }
            }
            if (!ok) {
                continue;
            }
            rows.read(layout.layout(), cells, el.line(), ordinal).ifPresent(entries::add);
        }
        if (!anySize) {
            throw new CatalogException(source, "is JSON but not a catalogue: no entry has a recognisable size key "
                    + "(expected size_min and size_max, e.g. \"size_min_pc\", or \"size\")");
        }
        // a JSON problem has no column position: its key names the column
        List<CatalogProblem> withoutColumns = problems.stream()
                .map(p -> p.column() == 0 ? p : new CatalogProblem(p.source(), p.line(), p.field(), p.message(), 0, p.warning()))
                .toList();
        return new Catalog(source, entries, withoutColumns);
    }
}
