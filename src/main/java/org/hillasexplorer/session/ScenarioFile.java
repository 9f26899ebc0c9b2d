package org.hillasexplorer.session;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hillasexplorer.export.AtomicFiles;
import org.hillasexplorer.export.ExportException;
import org.hillasexplorer.figure.FigureOptions.Element;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Species;
import org.hillasexplorer.physics.Units;

/**
 * Reads and writes an {@link ExplorerState} as a small, human-readable JSON "scenario file":
 *
 * <pre>{@code
 * {
 *   "format": "hillas-explorer-scenario",
 *   "version": 1,
 *   "scenario": {"delta": 0.5, "b-ug": 3.0, "nu0": 1.0E-9, "dim": 0, "aspect": 1.0, "n-ism": 1.0,
 *                "species": {"z": 1, "a": 1},
 *                "classes": [{"label": "MeV", "min": "1 MeV", "max": "10 MeV"}, ...]},
 *   "view": {"layout": "side-by-side", "ns": {"log10_ls_au": [-3.5, 9.5], "log10_value": [-13.5, 17]}},
 *   "visible": {"hidden_classes": [], "hidden_candidates": [], "elements": ["candidate-boxes", ...]}
 * }
 * }</pre>
 *
 * <p>Scalar scenario keys are the {@link Parameter#key()}s of {@link Parameters#SCENARIO}; energies are text with a
 * unit ({@code "10 MeV"}) or plain numbers in GeV; a plane without a view entry uses the automatic view; element
 * names are the {@link Element} names in lower case with dashes. Only {@code format} and {@code version} are
 * required; every other missing field takes its default ({@link ExplorerState#defaults()}).
 *
 * <p>Reading is strict, so that a typo never silently falls back to a default: unknown keys, wrong types, values
 * outside their range, unknown names and empty view ranges are all refused with a {@link ScenarioFileException}
 * naming the source, the JSON path of the field and what is allowed. No other exception escapes {@link #read} or
 * {@link #fromJson}, whatever the input. The species is stored as Z and A only; it is read back as
 * {@link Species#of(int, int)}.
 */
public final class ScenarioFile {
    /** The value of the {@code format} field. */
    public static final String FORMAT = "hillas-explorer-scenario";
    /** The newest file version this program writes and understands. */
    public static final int VERSION = 1;
    /** Largest file accepted [bytes]; a real scenario file is about 1 kB, so anything bigger is the wrong file. */
    public static final long MAX_BYTES = 1L << 20;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // a key given twice is almost surely a mistake
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // "{...} junk" is a damaged file
            .build();

    private ScenarioFile() {
    }

    // ------------------------------------------------------------------------------------------------ writing

    /** The state as pretty-printed JSON (UTF-8 text, {@code \n} line ends, a final newline). */
    public static String toJson(ExplorerState state) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.set("scenario", scenarioNode(state.scenario()));
        ObjectNode view = root.putObject("view");
        view.put("layout", state.layout().key());
        for (Plane plane : Plane.values()) {
            ViewRange r = state.views().get(plane);
            if (r != null) {
                ObjectNode v = view.putObject(plane.key());
                v.putArray("log10_ls_au").add(r.log10XMin()).add(r.log10XMax());
                v.putArray("log10_value").add(r.log10YMin()).add(r.log10YMax());
            }
        }
        ObjectNode visible = root.putObject("visible");
        ArrayNode classes = visible.putArray("hidden_classes");
        new TreeSet<>(state.hiddenEnergyClasses()).forEach(classes::add); // sorted: stable diffs between saves
        ArrayNode candidates = visible.putArray("hidden_candidates");
        new TreeSet<>(state.hiddenCandidates()).forEach(candidates::add);
        ArrayNode elements = visible.putArray("elements");
        for (Element e : Element.values()) {
            if (state.shownElements().contains(e)) {
                elements.add(elementKey(e));
            }
        }
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    private static ObjectNode scenarioNode(Scenario s) {
        ObjectNode n = MAPPER.createObjectNode();
        for (Parameter p : Parameters.SCENARIO) {
            if (p.integer()) {
                n.put(p.key(), (int) s.get(p));
            } else {
                n.put(p.key(), s.get(p));
            }
        }
        ObjectNode species = n.putObject("species");
        species.put("z", s.species().chargeNumber());
        species.put("a", s.species().massNumber());
        ArrayNode classes = n.putArray("classes");
        for (EnergyClass c : s.energyClasses()) {
            ObjectNode cn = classes.addObject();
            cn.put("label", c.label());
            cn.put("min", energyText(c.minKineticEnergyGeV()));
            cn.put("max", energyText(c.maxKineticEnergyGeV()));
        }
        return n;
    }

    /**
     * An energy as text with a unit that reads back to exactly the same double: the short form of
     * {@link Units#formatEnergy} when it is exact (almost always), else all digits.
     */
    static String energyText(double energyGeV) {
        String pretty = Units.formatEnergy(energyGeV);
        try {
            if (Units.parseEnergyGeV(pretty) == energyGeV) {
                return pretty;
            }
            String unit = pretty.substring(pretty.lastIndexOf(' ') + 1);
            double scale = Units.parseEnergyGeV("1 " + unit);
            double v = energyGeV / scale;
            // the division may round; one of the neighbours then multiplies back exactly
            for (double c : new double[] {v, Math.nextUp(v), Math.nextDown(v)}) {
                String text = plainNumber(c) + " " + unit;
                if (Units.parseEnergyGeV(text) == energyGeV) {
                    return text;
                }
            }
        } catch (IllegalArgumentException unitNotReadable) {
            // e.g. "EeV", which formatEnergy writes but parseEnergyGeV does not read: fall through to GeV
        }
        return plainNumber(energyGeV) + " GeV";
    }

    /** The shortest decimal text that parses back to {@code v}, without a needless ".0" ({@code 1.0E-4} → {@code 1e-4}). */
    private static String plainNumber(double v) {
        String s = Double.toString(v).replace("E", "e").replace(".0e", "e");
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /**
     * Writes the state to {@code file} atomically (a failed write leaves any existing file untouched).
     *
     * @throws ScenarioFileException naming the file and the reason (directory missing, not writable, disk full, …)
     */
    public static void write(ExplorerState state, Path file) {
        try {
            AtomicFiles.writeString(file, toJson(state));
        } catch (ExportException e) {
            throw new ScenarioFileException(e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------------------------------------ reading

    /**
     * Reads a scenario file.
     *
     * @throws ScenarioFileException for any problem: missing, unreadable, too big, empty, binary or invalid
     */
    public static ExplorerState read(Path file) {
        String source = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioFileException(source + ": is a directory, not a scenario file", null);
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ScenarioFileException(source + ": " + tooBig(size), null);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioFileException(source + ": cannot read: no such file", e);
        } catch (AccessDeniedException e) {
            throw new ScenarioFileException(source + ": cannot read: permission denied", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ScenarioFileException sfe) {
                throw sfe;
            }
            throw new ScenarioFileException(source + ": cannot read: " + e.getMessage(), e);
        }
        if (bytes.length > MAX_BYTES) { // it grew between size() and the read
            throw new ScenarioFileException(source + ": " + tooBig(bytes.length), null);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioFileException(source + ": " + BINARY, e);
        }
        return fromJson(text, source);
    }

    private static final String BINARY = "is binary data, not a scenario file (JSON text)";

    private static String tooBig(long bytes) {
        return String.format(Locale.ROOT, "is %.1f MB; a scenario file is at most 1 MB (this is not one)",
                bytes / (double) MAX_BYTES);
    }

    /**
     * Parses scenario-file text.
     *
     * @param json       the file's content
     * @param sourceName what to call the source in messages, usually the file name
     * @throws ScenarioFileException for any problem, with a message {@code sourceName: json.path: what is wrong}
     */
    public static ExplorerState fromJson(String json, String sourceName) {
        String source = sourceName == null || sourceName.isBlank() ? "scenario" : sourceName;
        if (json == null) {
            throw new ScenarioFileException(source + ": is empty (no scenario in it)", null);
        }
        try {
            return new Reader(source).read(json);
        } catch (ScenarioFileException e) {
            throw e;
        } catch (RuntimeException e) { // a safety net: the checks above should make this unreachable
            throw new ScenarioFileException(source + ": cannot be read (" + e + ")", e);
        }
    }

    /** The file-format name of an element, e.g. {@code candidate-boxes}. */
    static String elementKey(Element e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** One parse of one source; knows the source name for messages. */
    private static final class Reader {
        private static final List<String> TOP_KEYS = List.of("format", "version", "scenario", "view", "visible");
        private static final List<String> VIEW_AXES = List.of("log10_ls_au", "log10_value");
        private static final List<String> VISIBLE_KEYS = List.of("hidden_classes", "hidden_candidates", "elements");
        private static final List<String> CLASS_KEYS = List.of("label", "min", "max");
        private static final List<String> SPECIES_KEYS = List.of("z", "a");
        private static final int MAX_CLASSES = 8;

        private final String source;

        Reader(String source) {
            this.source = source;
        }

        private ScenarioFileException fail(String path, String problem) {
            return new ScenarioFileException(source + ": " + (path.isEmpty() ? "" : path + ": ") + problem, null);
        }

        ExplorerState read(String json) {
            String text = json.startsWith("\uFEFF") ? json.substring(1) : json; // a BOM some editors add
            if (text.length() > MAX_BYTES) {
                throw fail("", tooBig(text.length()));
            }
            if (text.isBlank()) {
                throw fail("", "is empty (no scenario in it)");
            }
            if (looksBinary(text)) {
                throw fail("", BINARY);
            }
            JsonNode root;
            try {
                root = MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                throw new ScenarioFileException(source + ": not JSON (" + where(e) + firstLine(e.getOriginalMessage()) + ")", e);
            }
            if (root == null || !root.isObject()) {
                throw fail("", "not a scenario file: the top level must be a JSON object {…}, not " + kind(root));
            }
            JsonNode format = root.get("format");
            if (format == null || !format.isTextual() || !FORMAT.equals(format.textValue())) {
                throw fail("", "\"format\" must be \"" + FORMAT + "\" (" + (format == null ? "it is missing"
                        : "it is " + shown(format)) + "; is this a Hillas Explorer scenario file?)");
            }
            readVersion(root.get("version"));
            onlyKeys(root, "", TOP_KEYS);
            Scenario scenario = root.has("scenario") ? scenario(object(root.get("scenario"), "scenario")) : Scenario.defaults();
            ExplorerState state = ExplorerState.defaults().withScenario(scenario);
            if (root.has("view")) {
                state = view(object(root.get("view"), "view"), state);
            }
            if (root.has("visible")) {
                state = visible(object(root.get("visible"), "visible"), state);
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

        private static String where(JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            if (loc == null || loc.getLineNr() < 1) {
                return "";
            }
            return "line " + loc.getLineNr() + (loc.getColumnNr() > 0 ? ", column " + loc.getColumnNr() : "") + ": ";
        }

        private static String firstLine(String message) {
            if (message == null) {
                return "malformed";
            }
            String line = message.strip().lines().findFirst().orElse("malformed");
            return line.length() > 160 ? line.substring(0, 157) + "…" : line;
        }

        private void readVersion(JsonNode v) {
            if (v == null) {
                throw fail("", "\"version\" is missing; this program understands version " + VERSION);
            }
            if (!v.isNumber() || !Double.isFinite(v.doubleValue()) || v.doubleValue() != Math.rint(v.doubleValue())) {
                throw fail("version", "must be a whole number (this program understands " + VERSION + "), not " + shown(v));
            }
            double version = v.doubleValue();
            if (version > VERSION) {
                throw fail("", "version " + Units.formatNumber(version) + " is newer than this program understands ("
                        + VERSION + "); please update Hillas Explorer");
            }
            if (version < 1) {
                throw fail("", "version " + Units.formatNumber(version) + " is not a valid version (this program understands 1–"
                        + VERSION + ")");
            }
        }

        private Scenario scenario(ObjectNode n) {
            List<String> allowed = new ArrayList<>();
            Parameters.SCENARIO.forEach(p -> allowed.add(p.key()));
            allowed.add("species");
            allowed.add("classes");
            onlyKeys(n, "scenario", allowed);
            Scenario s = Scenario.defaults();
            for (Parameter p : Parameters.SCENARIO) {
                if (n.has(p.key())) {
                    String path = "scenario." + p.key();
                    double value = number(n.get(p.key()), path);
                    if (!p.accepts(value)) {
                        throw fail(path, p.rejection(value));
                    }
                    s = s.with(p, value);
                }
            }
            if (n.has("species")) {
                s = s.withSpecies(species(object(n.get("species"), "scenario.species")));
            }
            if (n.has("classes")) {
                s = s.withEnergyClasses(classes(n.get("classes")));
            }
            return s;
        }

        private Species species(ObjectNode n) {
            onlyKeys(n, "scenario.species", SPECIES_KEYS);
            int z = wholeInRange(n, "z", Parameters.CHARGE_Z, "scenario.species.z");
            int a = wholeInRange(n, "a", Parameters.MASS_NUMBER_A, "scenario.species.a");
            if (a < z) {
                throw fail("scenario.species", "A = " + a + " must be at least Z = " + z);
            }
            return Species.of(z, a);
        }

        private int wholeInRange(ObjectNode n, String key, Parameter p, String path) {
            if (!n.has(key)) {
                return (int) p.defaultValue();
            }
            double v = number(n.get(key), path);
            if (!p.accepts(v)) {
                throw fail(path, p.rejection(v));
            }
            return (int) v;
        }

        private List<EnergyClass> classes(JsonNode node) {
            ArrayNode arr = array(node, "scenario.classes");
            if (arr.isEmpty() || arr.size() > MAX_CLASSES) {
                throw fail("scenario.classes", arr.size() + " classes given, 1 to " + MAX_CLASSES + " allowed");
            }
            List<EnergyClass> out = new ArrayList<>();
            Set<String> labels = new HashSet<>();
            for (int i = 0; i < arr.size(); i++) {
                String path = "scenario.classes[" + i + "]";
                ObjectNode c = object(arr.get(i), path);
                onlyKeys(c, path, CLASS_KEYS);
                for (String key : CLASS_KEYS) {
                    if (!c.has(key)) {
                        throw fail(path, "\"" + key + "\" is missing; a class needs label, min and max, e.g. "
                                + "{\"label\": \"GeV\", \"min\": \"1 GeV\", \"max\": \"10 GeV\"}");
                    }
                }
                String label = string(c.get("label"), path + ".label");
                try {
                    new EnergyClass(label, 1, 10); // checks the label with the real rule, nothing else
                } catch (IllegalArgumentException e) {
                    throw fail(path + ".label", e.getMessage());
                }
                if (!labels.add(label)) {
                    throw fail(path + ".label", "'" + label + "' is used twice; class labels must be distinct");
                }
                double lo = energy(c.get("min"), path + ".min");
                double hi = energy(c.get("max"), path + ".max");
                try {
                    out.add(new EnergyClass(label, lo, hi));
                } catch (IllegalArgumentException e) {
                    throw fail(path, e.getMessage());
                }
            }
            return out;
        }

        /** A kinetic energy [GeV] from {@code "10 MeV"}-style text or a plain number of GeV. */
        private double energy(JsonNode n, String path) {
            double gev;
            if (n.isNumber()) {
                gev = number(n, path);
            } else if (n.isTextual()) {
                try {
                    gev = Units.parseEnergyGeV(n.textValue());
                } catch (IllegalArgumentException e) {
                    throw fail(path, e.getMessage());
                }
            } else {
                throw fail(path, "must be an energy with a unit such as \"10 MeV\" (or a number of GeV), not " + shown(n));
            }
            Parameter t = Parameters.KINETIC_ENERGY_GEV;
            if (!t.accepts(gev)) {
                throw fail(path, t.rejection(gev));
            }
            return gev;
        }

        private ExplorerState view(ObjectNode n, ExplorerState state) {
            List<String> allowed = new ArrayList<>(List.of("layout"));
            for (Plane p : Plane.values()) {
                allowed.add(p.key());
            }
            onlyKeys(n, "view", allowed);
            ExplorerState out = state;
            if (n.has("layout")) {
                String key = string(n.get("layout"), "view.layout");
                try {
                    out = out.withLayout(Layout.fromKey(key));
                } catch (IllegalArgumentException e) {
                    throw fail("view.layout", "'" + key + "' is not one of " + Layout.allowedKeys());
                }
            }
            for (Plane p : Plane.values()) {
                if (n.has(p.key())) {
                    String path = "view." + p.key();
                    ObjectNode v = object(n.get(p.key()), path);
                    onlyKeys(v, path, VIEW_AXES);
                    double[] x = range(v, path, "log10_ls_au");
                    double[] y = range(v, path, "log10_value");
                    try {
                        out = out.withView(p, new ViewRange(x[0], x[1], y[0], y[1]));
                    } catch (IllegalArgumentException e) {
                        throw fail(path, e.getMessage());
                    }
                }
            }
            return out;
        }

        private double[] range(ObjectNode v, String parent, String key) {
            String path = parent + "." + key;
            if (!v.has(key)) {
                throw fail(parent, "\"" + key + "\" is missing; a view needs both log10_ls_au and log10_value as [min, max]");
            }
            ArrayNode arr = array(v.get(key), path);
            if (arr.size() != 2) {
                throw fail(path, "must be [min, max] (two numbers, log10), not " + arr.size() + " values");
            }
            double lo = number(arr.get(0), path + "[0]");
            double hi = number(arr.get(1), path + "[1]");
            if (!(lo < hi)) {
                throw fail(path, "min " + Units.formatNumber(lo) + " must be below max " + Units.formatNumber(hi));
            }
            return new double[] {lo, hi};
        }

        private ExplorerState visible(ObjectNode n, ExplorerState state) {
            onlyKeys(n, "visible", VISIBLE_KEYS);
            ExplorerState out = state;
            if (n.has("hidden_classes")) {
                out = out.withHiddenEnergyClasses(strings(n.get("hidden_classes"), "visible.hidden_classes"));
            }
            if (n.has("hidden_candidates")) {
                out = out.withHiddenCandidates(strings(n.get("hidden_candidates"), "visible.hidden_candidates"));
            }
            if (n.has("elements")) {
                Map<String, Element> byKey = new LinkedHashMap<>();
                for (Element e : Element.values()) {
                    byKey.put(elementKey(e), e);
                }
                ArrayNode arr = array(n.get("elements"), "visible.elements");
                Set<Element> shown = EnumSet.noneOf(Element.class);
                for (int i = 0; i < arr.size(); i++) {
                    String path = "visible.elements[" + i + "]";
                    String key = string(arr.get(i), path);
                    Element e = byKey.get(key);
                    if (e == null) {
                        throw fail(path, "'" + key + "' is not one of " + String.join(", ", byKey.keySet()));
                    }
                    shown.add(e);
                }
                out = out.withShownElements(shown);
            }
            return out;
        }

        private Set<String> strings(JsonNode node, String path) {
            ArrayNode arr = array(node, path);
            Set<String> out = new LinkedHashSet<>();
            for (int i = 0; i < arr.size(); i++) {
                out.add(string(arr.get(i), path + "[" + i + "]"));
            }
            return out;
        }

        // -------------------------------------------------------------------------------- typed access

        private void onlyKeys(JsonNode n, String path, List<String> allowed) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!allowed.contains(key)) {
                    throw fail(path, "unknown key \"" + shorten(key) + "\"" + (path.isEmpty() ? " at the top level" : "")
                            + "; allowed: " + String.join(", ", allowed));
                }
            }
        }

        private ObjectNode object(JsonNode n, String path) {
            if (n == null || !n.isObject()) {
                throw fail(path, "must be an object {…}, not " + shown(n));
            }
            return (ObjectNode) n;
        }

        private ArrayNode array(JsonNode n, String path) {
            if (n == null || !n.isArray()) {
                throw fail(path, "must be an array […], not " + shown(n));
            }
            return (ArrayNode) n;
        }

        private String string(JsonNode n, String path) {
            if (n == null || !n.isTextual()) {
                throw fail(path, "must be a string, not " + shown(n));
            }
            return n.textValue();
        }

        private double number(JsonNode n, String path) {
            if (n == null || !n.isNumber()) {
                throw fail(path, "must be a number, not " + shown(n));
            }
            double v = n.doubleValue();
            if (!Double.isFinite(v)) {
                throw fail(path, "must be a finite number; this one is too large for a double");
            }
            return v;
        }

        private static String kind(JsonNode n) {
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
        private static String shown(JsonNode n) {
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

        private static String shorten(String s) {
            return s.length() > 40 ? s.substring(0, 37) + "…" : s;
        }
    }

    /** The names accepted in {@code visible.elements}, in display order. */
    public static List<String> elementKeys() {
        return Arrays.stream(Element.values()).map(ScenarioFile::elementKey).collect(Collectors.toUnmodifiableList());
    }
}
