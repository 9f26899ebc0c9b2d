package org.hillasexplorer.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Units;

/**
 * One read of scenario-file text from one source: parse (strictly, with a size and depth limit), check the header,
 * bind the {@link ScenarioDocument}, then validate it from the descriptors into an {@link ExplorerState}. Every
 * problem is a {@link ScenarioFileException} {@code source: json.path: what is wrong}.
 */
final class StateReader extends StrictReader {
    static final String BINARY = "is binary data, not a scenario file (JSON text)";

    StateReader(String source) {
        super(source);
    }

    ExplorerState read(String json) {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json; // a BOM some editors add
        if (text.length() > ScenarioFile.MAX_BYTES) {
            throw fail("", ScenarioFile.tooBig(text.length()));
        }
        if (text.isBlank()) {
            throw fail("", "is empty (no scenario in it)");
        }
        if (looksBinary(text)) {
            throw fail("", BINARY);
        }
        JsonNode root;
        try {
            root = ScenarioDocument.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ScenarioFileException(source + ": " + notJson(e, 160), e);
        }
        if (root == null || !root.isObject()) {
            throw fail("", "not a scenario file: the top level must be a JSON object {…}, not " + kind(root));
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !ScenarioFile.FORMAT.equals(format.textValue())) {
            throw fail("", "\"format\" must be \"" + ScenarioFile.FORMAT + "\" (" + (format == null ? "it is missing"
                    : "it is " + shown(format)) + "; is this a Hillas Explorer scenario file?)");
        }
        readVersion(root.get("version"));
        ScenarioDocument.Problem nul = ScenarioDocument.firstNull(root);
        if (nul != null) {
            throw fail(nul.path(), nul.message());
        }
        ScenarioDocument doc;
        try {
            doc = ScenarioDocument.MAPPER.treeToValue(root, ScenarioDocument.class);
        } catch (JsonMappingException e) {
            ScenarioDocument.Problem p = ScenarioDocument.problem(root, e);
            throw new ScenarioFileException(source + ": " + (p.path().isEmpty() ? "" : p.path() + ": ") + p.message(), e);
        } catch (JsonProcessingException e) {
            throw new ScenarioFileException(source + ": " + notJson(e, 160), e);
        }
        return state(doc);
    }

    /** The state a bound document describes, every value checked; absent parts take their defaults. */
    ExplorerState state(ScenarioDocument doc) {
        ExplorerState state = ExplorerState.defaults()
                .withScenario(doc.scenario() == null ? Scenario.defaults()
                        : new ScenarioBlockReader(source).scenario(doc.scenario()));
        if (doc.view() != null) {
            state = new ViewBlockReader(source).view(doc.view(), state);
        }
        if (doc.visible() != null) {
            state = new ViewBlockReader(source).visible(doc.visible(), state);
        }
        if (doc.candidates() != null) {
            state = new PopulationBlockReader(source).candidates(doc.candidates(), state);
        }
        if (doc.uncertainty() != null) {
            state = state.withUncertainty(new UncertaintyBlockReader(source).uncertainty(doc.uncertainty()));
        }
        return state;
    }

    /** Raw control characters other than whitespace are invalid anywhere in JSON (inside strings they are escaped). */
    private static boolean looksBinary(String text) {
        int n = Math.min(text.length(), 8192);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                return true;
            }
        }
        return false;
    }

    private void readVersion(JsonNode v) {
        int newest = ScenarioFile.VERSION;
        if (v == null) {
            throw fail("", "\"version\" is missing; this program understands version " + newest);
        }
        if (!v.isNumber() || !Double.isFinite(v.doubleValue()) || v.doubleValue() != Math.rint(v.doubleValue())) {
            throw fail("version", "must be a whole number (this program understands " + newest + "), not " + shown(v));
        }
        double version = v.doubleValue();
        if (version > newest) {
            throw fail("", "version " + Units.formatNumber(version) + " is newer than this program understands ("
                    + newest + "); please update Hillas Explorer");
        }
        if (version < 1) {
            throw fail("", "version " + Units.formatNumber(version) + " is not a valid version (this program understands 1–"
                    + newest + ")");
        }
    }

}
