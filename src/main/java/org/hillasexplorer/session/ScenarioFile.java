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
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.hillasexplorer.export.AtomicFiles;
import org.hillasexplorer.export.ExportException;
import org.hillasexplorer.figure.FigureOptions.Element;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.PopulationParameter;
import org.hillasexplorer.physics.PopulationParameter.Quantity;
import org.hillasexplorer.physics.PopulationParameters;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Species;
import org.hillasexplorer.physics.TabulatedPopulation;
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
 *   "visible": {"hidden_classes": [], "hidden_candidates": [], "elements": ["candidate-boxes", ...]},
 *   "candidates": {
 *     "populations": [
 *       {"type": "power-law", "id": "my-sheets", "label": "my sheets", "n0": "1000 pc^-3", "l0": "1 au", "alpha_n": 2.5,
 *        "min": "0.1 au", "max": "1000 au", "dim": 2, "aspect": 10.0, "nu_s": 1.0E-6},
 *       {"type": "tabulated", "id": "sim", "label": "simulation", "plane": "ns",
 *        "points": [[0.1, 1.0E12], [1.0, 1.0E9]], "dim": 0, "aspect": 1.0},
 *       {"type": "intermittent-model", "id": "intermittent_model", "label": "hypothetical intermittent model (ℓ_S = r_g)"}
 *     ],
 *     "catalog_files": ["/home/me/sim.csv"]
 *   }
 * }
 * }</pre>
 *
 * <p>Scalar scenario keys are the {@link Parameter#key()}s of {@link Parameters#SCENARIO}; energies are text with a
 * unit ({@code "10 MeV"}) or plain numbers in GeV; a plane without a view entry uses the automatic view; element
 * names are the {@link Element} names in lower case with dashes. Only {@code format} and {@code version} are
 * required; every other missing field takes its default ({@link ExplorerState#defaults()}).
 *
 * <p>{@code candidates} holds the {@link ExplorerState#populations()} and {@link ExplorerState#catalogFiles()}; it is
 * written only when one of them is not empty, so files without populations or user catalogues stay readable by
 * earlier versions of the program. Each population is an object whose {@code type} is {@code power-law}
 * ({@link PowerLawPopulation}), {@code tabulated} ({@link TabulatedPopulation}) or {@code intermittent-model}
 * ({@link IntermittentModelPopulation}):
 * <ul>
 *   <li>lengths ({@code l0}, {@code min}, {@code max}) are text with a unit, {@code "10 au"}, {@code "2 pc"},
 *       {@code "0.5 kpc"} or {@code "3e13 cm"}, or plain numbers of au; they are written in au;</li>
 *   <li>the number density {@code n0} = n_s(&gt;ℓ₀) is text with a unit, {@code "1e3 pc^-3"} or
 *       {@code "1e-52 cm^-3"} (also {@code pc-3}, {@code cm-3}), or a plain number of pc⁻³; it is written in pc⁻³;</li>
 *   <li>{@code alpha_n} is the slope of the cumulative distribution, {@code dim} is D ∈ {0, 1, 2} (default 0),
 *       {@code aspect} is ℓ_L/ℓ_S (default 1) and {@code nu_s} the internal scattering rate in s⁻¹ (a plain number;
 *       absent when unknown);</li>
 *   <li>a power law needs {@code id}, {@code n0}, {@code alpha_n}, {@code min} and {@code max}; {@code l0} defaults to
 *       1 au and {@code label} to the id;</li>
 *   <li>a table needs {@code id}, {@code plane} ({@code ns} or {@code fv}) and {@code points}
 *       {@code [[ℓ_S, value], …]}: ℓ_S a length as above, value n_s(&gt;ℓ_S) as a density as above on {@code ns}
 *       or the plain number f_V on {@code fv}; points are written as plain numbers (au, pc⁻³);</li>
 *   <li>the intermittent model has only {@code id} and {@code label}, which default to those of
 *       {@link IntermittentModelPopulation#paper()}.</li>
 * </ul>
 * Population ids must be distinct. {@code catalog_files} is a list of paths as given (not resolved here); a scenario
 * file may come from anyone, so they are never opened as written: {@link NamedCatalogs#ofScenario} looks only for a
 * file of the same name beside the scenario file.
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
        if (!state.populations().isEmpty() || !state.catalogFiles().isEmpty()) {
            ObjectNode c = root.putObject("candidates");
            ArrayNode populations = c.putArray("populations");
            state.populations().forEach(p -> populations.add(populationNode(p)));
            ArrayNode files = c.putArray("catalog_files");
            state.catalogFiles().forEach(files::add);
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

    /**
     * The scenario as the {@code scenario} object of a scenario file: the one shape in which every JSON output of the
     * program ({@code quantities}/{@code evaluate --format json}, the state embedded in figures) writes a scenario;
     * {@link #scenarioFromJson} reads it back.
     */
    public static JsonNode scenarioTree(Scenario s) {
        return scenarioNode(s);
    }

    /**
     * Reads a {@code scenario} object as {@link #scenarioTree} writes it (e.g. the {@code scenario} member of
     * {@code quantities --format json}), as strictly as a scenario file.
     *
     * @throws ScenarioFileException for any problem, with a message {@code sourceName: scenario.path: what is wrong}
     */
    public static Scenario scenarioFromJson(String json, String sourceName) {
        String source = sourceName == null || sourceName.isBlank() ? "scenario" : sourceName;
        if (json == null || json.isBlank()) {
            throw new ScenarioFileException(source + ": is empty (no scenario in it)", null);
        }
        return fromJson("{\"format\": \"" + FORMAT + "\", \"version\": " + VERSION + ", \"scenario\": " + json + "\n}", source)
                .scenario();
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

    /** The type names of populations in the file, in the order of {@link Population}'s permitted classes. */
    static final List<String> POPULATION_TYPES = List.of("power-law", "tabulated", "intermittent-model");

    private static ObjectNode populationNode(Population p) {
        ObjectNode n = MAPPER.createObjectNode();
        if (p instanceof PowerLawPopulation pl) {
            n.put("type", "power-law");
            n.put(PopulationParameters.ID.key(), pl.id());
            n.put(PopulationParameters.LABEL.key(), pl.label());
            putKnobs(n, pl, PopulationParameters.POWER_LAW);
        } else if (p instanceof TabulatedPopulation t) {
            n.put("type", "tabulated");
            n.put("id", t.id());
            n.put("label", t.label());
            n.put("plane", t.plane().key());
            ArrayNode points = n.putArray("points");
            for (int i = 0; i < t.size(); i++) {
                points.addArray().add(t.shortAxisAu().get(i)).add(t.values().get(i));
            }
            putKnobs(n, t, PopulationParameters.GEOMETRY);
        } else if (p instanceof IntermittentModelPopulation m) {
            n.put("type", "intermittent-model");
            n.put("id", m.id());
            n.put("label", m.label());
        } else { // unreachable while Population stays sealed to these three
            throw new IllegalStateException("no file representation for " + p.getClass().getName());
        }
        return n;
    }

    /**
     * Writes each knob that has a value under its key: whole numbers as integers, lengths and densities as text with
     * their unit ({@code "0.1 au"}, {@code "1000 pc^-3"}), the rest as plain numbers; an unknown ν_s is left out.
     */
    private static void putKnobs(ObjectNode n, Population p, List<PopulationParameter> knobs) {
        for (PopulationParameter k : knobs) {
            p.get(k).ifPresent(v -> {
                if (k.quantity().whole()) {
                    n.put(k.key(), (int) v);
                } else if (k.quantity().textInFile()) {
                    n.put(k.key(), plainNumber(v) + " " + k.quantity().asciiUnit());
                } else {
                    n.put(k.key(), v);
                }
            });
        }
    }

    /** A length [au] as text that reads back to exactly the same double, e.g. {@code 0.1 au}. */
    static String lengthText(double au) {
        return plainNumber(au) + " au";
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
        return Units.exactText(v);
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

    /**
     * The state embedded in an exported PNG, SVG or PDF figure ({@link FigureState}): everything needed to continue
     * from the figure in the window or to re-render it ({@code render --from}).
     *
     * @throws ScenarioFileException for a figure that cannot be read, is not a PNG/SVG/PDF, has no Hillas Explorer
     *                               state, or whose state is damaged or hand-edited badly (naming the field); never
     *                               another exception
     */
    public static ExplorerState fromFigure(Path figure) {
        return FigureState.read(figure).state();
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
        private static final List<String> TOP_KEYS = List.of("format", "version", "scenario", "view", "visible", "candidates");
        private static final List<String> CANDIDATES_KEYS = List.of("populations", "catalog_files");
        /** type, id, label and every power-law knob's key. */
        private static final List<String> POWER_LAW_KEYS = keys(List.of("type", PopulationParameters.ID.key(),
                PopulationParameters.LABEL.key()), PopulationParameters.POWER_LAW);
        private static final List<String> TABULATED_KEYS = keys(List.of("type", PopulationParameters.ID.key(),
                PopulationParameters.LABEL.key(), "plane", "points"), PopulationParameters.GEOMETRY);
        private static final List<String> MODEL_KEYS = List.of("type", "id", "label");
        /** What a power law needs: the id and the required knobs, with an example, e.g. {@code id, n0, alpha_n, min and max, e.g. {…}}. */
        private static final String POWER_LAW_NEEDS = powerLawNeeds();
        private static final String TABULATED_EXAMPLE = "{\"type\": \"tabulated\", \"id\": \"sim\", \"plane\": \"ns\", "
                + "\"points\": [[0.1, 1e12], [1, 1e9]]}";
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
            if (root.has("candidates")) {
                state = candidates(object(root.get("candidates"), "candidates"), state);
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

        // -------------------------------------------------------------------------------- candidates

        private ExplorerState candidates(ObjectNode n, ExplorerState state) {
            onlyKeys(n, "candidates", CANDIDATES_KEYS);
            ExplorerState out = state;
            if (n.has("populations")) {
                out = out.withPopulations(populations(n.get("populations")));
            }
            if (n.has("catalog_files")) {
                ArrayNode arr = array(n.get("catalog_files"), "candidates.catalog_files");
                List<String> files = new ArrayList<>();
                for (int i = 0; i < arr.size(); i++) {
                    String path = "candidates.catalog_files[" + i + "]";
                    String file = string(arr.get(i), path);
                    if (file.isBlank()) {
                        throw fail(path, "must be the path of a catalogue file, not blank");
                    }
                    files.add(file);
                }
                out = out.withCatalogFiles(files);
            }
            return out;
        }

        private List<Population> populations(JsonNode node) {
            ArrayNode arr = array(node, "candidates.populations");
            List<Population> out = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < arr.size(); i++) {
                String path = "candidates.populations[" + i + "]";
                Population p = population(object(arr.get(i), path), path);
                if (!ids.add(p.id())) {
                    throw fail(path + ".id", "'" + shorten(p.id()) + "' is used twice; population ids must be distinct");
                }
                out.add(p);
            }
            return out;
        }

        private Population population(ObjectNode n, String path) {
            if (!n.has("type")) {
                throw fail(path, "\"type\" is missing; it must be one of " + String.join(", ", POPULATION_TYPES));
            }
            String type = string(n.get("type"), path + ".type");
            return switch (type) {
                case "power-law" -> powerLaw(n, path);
                case "tabulated" -> tabulated(n, path);
                case "intermittent-model" -> intermittentModel(n, path);
                default -> throw fail(path + ".type", "'" + shorten(type) + "' is not one of " + String.join(", ", POPULATION_TYPES));
            };
        }

        /** The id, the label and the knobs (by key; absent ones left out) of a population, each already checked. */
        private record Common(String id, String label, Map<String, Double> knobs) {
            int dim() {
                return knobs.get(PopulationParameters.DIM.key()).intValue();
            }

            double aspect() {
                return knobs.get(PopulationParameters.ASPECT.key());
            }

            OptionalDouble nuS() {
                Double nu = knobs.get(PopulationParameters.NU_S.key());
                return nu == null ? OptionalDouble.empty() : OptionalDouble.of(nu);
            }
        }

        /** Runs {@code check}; an IllegalArgumentException becomes a failure at {@code path} with the same message. */
        private void checkAt(String path, Runnable check) {
            try {
                check.run();
            } catch (IllegalArgumentException e) {
                throw fail(path, e.getMessage());
            }
        }

        private JsonNode required(ObjectNode n, String path, String key, String needs) {
            JsonNode v = n.get(key);
            if (v == null) {
                throw fail(path, "\"" + key + "\" is missing; " + needs);
            }
            return v;
        }

        /**
         * Reads the id (checked by {@code idCheck}, the population's own constructor), the label (default: the id) and
         * the {@code knobs}: each of the right type, then each in its range, in order, with a message naming the
         * population ({@code kind id: …}) at the path of the field at fault. Absent knobs take their defaults; an
         * absent optional one is left out.
         */
        private Common common(ObjectNode n, String path, String needs, String kind, Consumer<String> idCheck,
                              List<PopulationParameter> knobs) {
            String id = string(required(n, path, PopulationParameters.ID.key(), needs), path + "." + PopulationParameters.ID.key());
            checkAt(path + "." + PopulationParameters.ID.key(), () -> idCheck.accept(id));
            String labelKey = PopulationParameters.LABEL.key();
            String label = n.has(labelKey) ? string(n.get(labelKey), path + "." + labelKey) : id;
            Map<String, Double> read = new LinkedHashMap<>();
            for (PopulationParameter k : knobs) {
                JsonNode v = k.presence() == PopulationParameter.Presence.REQUIRED ? required(n, path, k.key(), needs) : n.get(k.key());
                if (v != null) {
                    read.put(k.key(), knob(v, path + "." + k.key(), k));
                }
            }
            Map<String, Double> values = new LinkedHashMap<>();
            for (PopulationParameter k : knobs) {
                Double v = read.get(k.key());
                if (v == null && k.presence() == PopulationParameter.Presence.DEFAULTED) {
                    v = k.defaultValue();
                }
                if (v != null) {
                    String problem = k.problem(v, values);
                    if (problem != null) {
                        throw fail(path + "." + k.key(), kind + " " + id + ": " + problem);
                    }
                    values.put(k.key(), v);
                }
            }
            return new Common(id, label, values);
        }

        /** A knob's value in its unit: text with a unit or a plain number for lengths and densities, else a plain number. */
        private double knob(JsonNode v, String path, PopulationParameter k) {
            return k.quantity().textInFile() ? quantity(v, path, k.quantity()) : number(v, path);
        }

        private PowerLawPopulation powerLaw(ObjectNode n, String path) {
            onlyKeys(n, path, POWER_LAW_KEYS);
            Common c = common(n, path, POWER_LAW_NEEDS, PowerLawPopulation.KIND,
                    id -> PowerLawPopulation.of(id, id, PopulationParameters.examples()), PopulationParameters.POWER_LAW);
            try {
                return PowerLawPopulation.of(c.id(), c.label(), c.knobs());
            } catch (IllegalArgumentException e) { // unreachable: every knob is checked above
                throw fail(path, e.getMessage());
            }
        }

        /** Every key in {@code first}, then the {@code knobs}' keys. */
        private static List<String> keys(List<String> first, List<PopulationParameter> knobs) {
            return java.util.stream.Stream.concat(first.stream(), knobs.stream().map(PopulationParameter::key)).toList();
        }

        private static String powerLawNeeds() {
            List<String> needed = new ArrayList<>(List.of(PopulationParameters.ID.key()));
            List<String> example = new ArrayList<>(List.of("\"type\": \"power-law\"", "\"" + PopulationParameters.ID.key() + "\": \"sheets\""));
            for (PopulationParameter k : PopulationParameters.POWER_LAW) {
                if (k.presence() == PopulationParameter.Presence.REQUIRED) {
                    needed.add(k.key());
                    String v = k.quantity().textInFile() ? "\"" + plainNumber(k.example()) + " " + k.quantity().asciiUnit() + "\""
                            : plainNumber(k.example());
                    example.add("\"" + k.key() + "\": " + v);
                }
            }
            String list = String.join(", ", needed.subList(0, needed.size() - 1)) + " and " + needed.get(needed.size() - 1);
            return "a power-law population needs " + list + ", e.g. {" + String.join(", ", example) + "}";
        }

        private TabulatedPopulation tabulated(ObjectNode n, String path) {
            onlyKeys(n, path, TABULATED_KEYS);
            String needs = "a tabulated population needs id, plane and points, e.g. " + TABULATED_EXAMPLE;
            Common c = common(n, path, needs, TabulatedPopulation.KIND, id -> new TabulatedPopulation(id, id, Plane.NUMBER_DENSITY,
                    List.of(1.0, 10.0), List.of(1.0, 1.0), 0, 1, OptionalDouble.empty()), PopulationParameters.GEOMETRY);
            String planeKey = string(required(n, path, "plane", needs), path + ".plane");
            Plane plane = null;
            for (Plane p : Plane.values()) {
                if (p.key().equals(planeKey)) {
                    plane = p;
                }
            }
            if (plane == null) {
                throw fail(path + ".plane", "'" + shorten(planeKey) + "' is not one of "
                        + Arrays.stream(Plane.values()).map(Plane::key).collect(Collectors.joining(", ")));
            }
            String pointsPath = path + ".points";
            ArrayNode points = array(required(n, path, "points", needs), pointsPath);
            List<Double> sizes = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                String at = pointsPath + "[" + i + "]";
                ArrayNode pt = array(points.get(i), at);
                if (pt.size() != 2) {
                    throw fail(at, "must be [ℓ_S, " + plane.symbol() + "] (two entries), not " + pt.size() + " values");
                }
                sizes.add(quantity(pt.get(0), at + "[0]", Quantity.LENGTH));
                values.add(plane == Plane.NUMBER_DENSITY ? quantity(pt.get(1), at + "[1]", Quantity.NUMBER_DENSITY)
                        : number(pt.get(1), at + "[1]"));
            }
            try {
                return new TabulatedPopulation(c.id(), c.label(), plane, sizes, values, c.dim(), c.aspect(), c.nuS());
            } catch (IllegalArgumentException e) { // the messages name the point, counted from 1
                throw fail(pointsPath, e.getMessage());
            }
        }

        private IntermittentModelPopulation intermittentModel(ObjectNode n, String path) {
            onlyKeys(n, path, MODEL_KEYS);
            IntermittentModelPopulation paper = IntermittentModelPopulation.paper();
            String id = n.has("id") ? string(n.get("id"), path + ".id") : paper.id();
            String label = n.has("label") ? string(n.get("label"), path + ".label") : paper.label();
            try {
                return new IntermittentModelPopulation(id, label);
            } catch (IllegalArgumentException e) { // only the id can be wrong
                throw fail(path + ".id", e.getMessage());
            }
        }

        /**
         * A value of {@code q} in its unit from text with a unit ({@code "10 au"}, {@code "1e3 pc^-3"}, see
         * {@link Quantity#parse}) or a plain number.
         */
        private double quantity(JsonNode n, String path, Quantity q) {
            if (n != null && n.isNumber()) {
                return number(n, path);
            }
            if (n == null || !n.isTextual()) {
                throw fail(path, "must be a " + q.noun() + " with a unit such as " + q.examples() + " (or a number of " + q.unit()
                        + "), not " + shown(n));
            }
            try {
                return q.parse(n.textValue()); // ±∞ or ≤ 0 is refused by the knob's range
            } catch (IllegalArgumentException e) {
                throw fail(path, e.getMessage());
            }
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
