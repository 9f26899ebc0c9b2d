package org.hillasexplorer.session;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.physics.PopulationParameter.Quantity;


/**
 * The strict-value helpers every part of a scenario-file read shares: a failure at a JSON path of one source, numbers
 * that must be finite and in a descriptor's range, quantities with units, and the wording of values in messages
 * (what kind a value is, the value itself shortened, the keys allowed).
 */
abstract class StrictReader {
    final String source;

    StrictReader(String source) {
        this.source = source;
    }

    /** {@code source: path: problem} (without the path at the top level). */
    ScenarioFileException fail(String path, String problem) {
        return new ScenarioFileException(source + ": " + (path.isEmpty() ? "" : path + ": ") + problem, null);
    }

    double inRange(Parameter p, double value, String path) {
        if (!p.accepts(value)) {
            throw fail(path, p.rejection(value));
        }
        return value;
    }

    ScenarioFileException missing(String path, String key, String needs) {
        return fail(path, "\"" + key + "\" is missing; " + needs);
    }

    /** Runs {@code check}; an IllegalArgumentException becomes a failure at {@code path} with the same message. */
    void checkAt(String path, Runnable check) {
        at(path, () -> {
            check.run();
            return null;
        });
    }

    /** The value of {@code make}; an IllegalArgumentException becomes a failure at {@code path} with the same message. */
    <T> T at(String path, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw fail(path, e.getMessage());
        }
    }

    /**
     * A value of {@code q} in its unit from text with a unit ({@code "10 au"}, {@code "1e3 pc^-3"}, see
     * {@link Quantity#parse}) or a plain number.
     */
    double quantity(JsonNode n, String path, Quantity q) {
        if (n != null && n.isNumber()) {
            return number(n, path);
        }
        if (n == null || !n.isTextual()) {
            throw fail(path, "must be a " + q.noun() + " with a unit such as " + q.examples() + " (or a number of " + q.unit()
                    + "), not " + shown(n));
        }
        return at(path, () -> q.parse(n.textValue())); // ±∞ or ≤ 0 is refused by the knob's range
    }

    double number(JsonNode n, String path) {
        if (n == null || !n.isNumber()) {
            throw fail(path, "must be a number, not " + shown(n));
        }
        return finite(n.doubleValue(), path);
    }

    double finite(double v, String path) {
        if (!Double.isFinite(v)) {
            throw fail(path, "must be a finite number; this one is too large for a double");
        }
        return v;
    }

    static String unknownKey(String key, List<String> allowed) {
        return "unknown key \"" + shorten(key) + "\"; allowed: " + String.join(", ", allowed);
    }

    static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        return switch (n.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            default -> "nothing";
        };
    }

    /** The node's kind, with the value when it is short and telling, e.g. {@code a string ("0.5")}. */
    static String shown(JsonNode n) {
        String kind = kind(n);
        if (n == null) {
            return kind;
        }
        if (n.isTextual()) {
            return kind + " (\"" + shorten(n.textValue()) + "\")";
        }
        if (n.isNumber() || n.isBoolean()) {
            return kind + " (" + shorten(n.asText()) + ")";
        }
        return kind;
    }

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "…" : s;
    }

    /**
     * The message for text that is not JSON: {@code not JSON (line L, column C: what the parser says)}, the location
     * when the parser knows it, its first line shortened to {@code limit} characters.
     */
    static String notJson(JsonProcessingException e, int limit) {
        return "not JSON (" + where(e) + firstLine(e.getOriginalMessage(), limit) + ")";
    }

    private static String where(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        if (loc == null || loc.getLineNr() < 1) {
            return "";
        }
        return "line " + loc.getLineNr() + (loc.getColumnNr() > 0 ? ", column " + loc.getColumnNr() : "") + ": ";
    }

    /** The first line of a parser's message, cut to {@code limit} characters (ending in …); "malformed" for none. */
    private static String firstLine(String message, int limit) {
        if (message == null) {
            return "malformed";
        }
        String line = message.strip().lines().findFirst().orElse("malformed");
        return line.length() > limit ? line.substring(0, limit - 3) + "…" : line;
    }
}
