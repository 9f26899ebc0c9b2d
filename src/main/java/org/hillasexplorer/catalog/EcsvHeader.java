package org.hillasexplorer.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The YAML part of an ECSV header: the declared columns (name, datatype, unit) and the delimiter.
 *
 * @param columns   declared columns, in order
 * @param delimiter {@code ','} or {@code ' '} (the ECSV default)
 */
record EcsvHeader(List<Column> columns, char delimiter) {

    /**
     * One declared column.
     *
     * @param name     column name
     * @param datatype ECSV datatype, e.g. {@code float64} ({@code string} when not given)
     * @param unit     unit text as written, if any
     */
    record Column(String name, String datatype, Optional<String> unit) {
        /** Whether the datatype holds numbers. */
        boolean isNumeric() {
            return datatype.matches("float(16|32|64|128)|u?int(8|16|32|64)");
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    EcsvHeader {
        columns = List.copyOf(columns);
    }

    /** The column named {@code name}, if declared. */
    Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The declared names, in order. */
    List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /**
     * Parses the YAML text (header lines with their leading {@code # } removed).
     *
     * @throws CatalogException when it is not YAML or lacks a usable {@code datatype} list
     */
    static EcsvHeader parse(String yaml, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException | RuntimeException e) {
            throw new CatalogException(source, "the ECSV header is not valid YAML (" + CatalogReader.oneLine(e.getMessage()) + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new CatalogException(source, "the ECSV header is not a YAML mapping with a 'datatype' list");
        }
        JsonNode list = root.get("datatype");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new CatalogException(source, "the ECSV header has no 'datatype' list of columns");
        }
        List<Column> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode c : list) {
            JsonNode name = c.get("name");
            if (!c.isObject() || name == null || !name.isValueNode() || name.asText().isBlank()) {
                throw new CatalogException(source, "every entry of the ECSV 'datatype' list needs a 'name'");
            }
            String n = name.asText().strip();
            if (!seen.add(n)) {
                throw new CatalogException(source, "column '" + n + "' is declared twice in the ECSV header");
            }
            JsonNode dt = c.get("datatype");
            JsonNode unit = c.get("unit");
            String datatype = dt != null && dt.isValueNode() ? dt.asText().strip() : "string";
            Optional<String> u = unit != null && unit.isValueNode() && !unit.asText().isBlank()
                    ? Optional.of(unit.asText().strip()) : Optional.empty();
            columns.add(new Column(n, datatype, u));
        }
        char delimiter = ' ';
        JsonNode d = root.get("delimiter");
        if (d != null && !d.isNull()) {
            String t = d.asText();
            if (!t.equals(",") && !t.equals(" ")) {
                throw new CatalogException(source, "ECSV delimiter '" + CatalogReader.oneLine(t) + "' is not supported; use ',' or ' '");
            }
            delimiter = t.charAt(0);
        }
        return new EcsvHeader(columns, delimiter);
    }
}
