package org.hillasexplorer.session;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import org.hillasexplorer.physics.uncertainty.Envelope;
import org.hillasexplorer.physics.uncertainty.ParameterDistribution;
import org.hillasexplorer.physics.uncertainty.Uncertain;
import org.hillasexplorer.physics.uncertainty.UncertaintySpec;
import org.hillasexplorer.session.ScenarioDocument.CandidatesEntry;
import org.hillasexplorer.session.ScenarioDocument.ClassEntry;
import org.hillasexplorer.session.ScenarioDocument.PlaneView;
import org.hillasexplorer.session.ScenarioDocument.PopulationEntry;
import org.hillasexplorer.session.ScenarioDocument.ScenarioEntry;
import org.hillasexplorer.session.ScenarioDocument.UncertaintyEntry;
import org.hillasexplorer.session.ScenarioDocument.ViewEntry;
import org.hillasexplorer.session.ScenarioDocument.VisibleEntry;

/**
 * One read of scenario-file text from one source: parse (strictly, with a size and depth limit), check the header,
 * bind the {@link ScenarioDocument}, then validate it from the descriptors into an {@link ExplorerState}. Every
 * problem is a {@link ScenarioFileException} {@code source: json.path: what is wrong}.
 */
final class StateReader {
    private static final List<String> POPULATION_TYPES = ScenarioFile.POPULATION_TYPES;
    private static final List<String> COMMON_KEYS = List.of("type", PopulationParameters.ID.key(), PopulationParameters.LABEL.key());
    private static final String TABULATED_EXAMPLE = "{\"type\": \"tabulated\", \"id\": \"sim\", \"plane\": \"ns\", "
            + "\"points\": [[0.1, 1e12], [1, 1e9]]}";
    private static final String CLASS_EXAMPLE = "{\"label\": \"GeV\", \"min\": \"1 GeV\", \"max\": \"10 GeV\"}";
    private static final int MAX_CLASSES = 8;
    static final String BINARY = "is binary data, not a scenario file (JSON text)";

    private final String source;

    StateReader(String source) {
        this.source = source;
    }

    private ScenarioFileException fail(String path, String problem) {
        return new ScenarioFileException(source + ": " + (path.isEmpty() ? "" : path + ": ") + problem, null);
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
            throw new ScenarioFileException(source + ": not JSON (" + where(e) + firstLine(e.getOriginalMessage()) + ")", e);
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
            throw new ScenarioFileException(source + ": not JSON (" + firstLine(e.getOriginalMessage()) + ")", e);
        }
        return state(doc);
    }

    /** The state a bound document describes, every value checked; absent parts take their defaults. */
    ExplorerState state(ScenarioDocument doc) {
        ExplorerState state = ExplorerState.defaults()
                .withScenario(doc.scenario() == null ? Scenario.defaults() : scenario(doc.scenario()));
        if (doc.view() != null) {
            state = view(doc.view(), state);
        }
        if (doc.visible() != null) {
            state = visible(doc.visible(), state);
        }
        if (doc.candidates() != null) {
            state = candidates(doc.candidates(), state);
        }
        if (doc.uncertainty() != null) {
            state = state.withUncertainty(uncertainty(doc.uncertainty()));
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

    // ------------------------------------------------------------------------------------------------ scenario

    private Scenario scenario(ScenarioEntry n) {
        Map<String, Parameter> byKey = new LinkedHashMap<>();
        Parameters.SCENARIO.forEach(p -> byKey.put(p.key(), p));
        for (String key : n.values().keySet()) {
            if (!byKey.containsKey(key)) {
                List<String> allowed = Stream.concat(byKey.keySet().stream(), ScenarioDocument.keysOf(ScenarioEntry.class).stream()).toList();
                throw fail("scenario", unknownKey(key, allowed));
            }
        }
        Scenario s = Scenario.defaults();
        for (Map.Entry<String, JsonNode> e : n.values().entrySet()) {
            Parameter p = byKey.get(e.getKey());
            String path = "scenario." + p.key();
            s = s.with(p, inRange(p, number(e.getValue(), path), path));
        }
        if (n.species() != null) {
            int z = n.species().z() == null ? (int) Parameters.CHARGE_Z.defaultValue()
                    : (int) inRange(Parameters.CHARGE_Z, finite(n.species().z(), "scenario.species.z"), "scenario.species.z");
            int a = n.species().a() == null ? (int) Parameters.MASS_NUMBER_A.defaultValue()
                    : (int) inRange(Parameters.MASS_NUMBER_A, finite(n.species().a(), "scenario.species.a"), "scenario.species.a");
            if (a < z) {
                throw fail("scenario.species", "A = " + a + " must be at least Z = " + z);
            }
            s = s.withSpecies(Species.of(z, a));
        }
        if (n.classes() != null) {
            s = s.withEnergyClasses(classes(n.classes()));
        }
        return s;
    }

    private double inRange(Parameter p, double value, String path) {
        if (!p.accepts(value)) {
            throw fail(path, p.rejection(value));
        }
        return value;
    }

    private List<EnergyClass> classes(List<ClassEntry> entries) {
        if (entries.isEmpty() || entries.size() > MAX_CLASSES) {
            throw fail("scenario.classes", entries.size() + " classes given, 1 to " + MAX_CLASSES + " allowed");
        }
        List<EnergyClass> out = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String path = "scenario.classes[" + i + "]";
            ClassEntry c = entries.get(i);
            if (c == null) {
                throw fail(path, "must be an object {…}, not null");
            }
            List<Object> values = Arrays.asList(c.label(), c.min(), c.max());
            List<String> keys = ScenarioDocument.keysOf(ClassEntry.class);
            for (int k = 0; k < keys.size(); k++) {
                if (values.get(k) == null) {
                    throw fail(path, "\"" + keys.get(k) + "\" is missing; a class needs label, min and max, e.g. " + CLASS_EXAMPLE);
                }
            }
            checkAt(path + ".label", () -> new EnergyClass(c.label(), 1, 10)); // checks the label with the real rule only
            if (!labels.add(c.label())) {
                throw fail(path + ".label", "'" + c.label() + "' is used twice; class labels must be distinct");
            }
            double lo = energy(c.min(), path + ".min");
            double hi = energy(c.max(), path + ".max");
            checkAt(path, () -> out.add(new EnergyClass(c.label(), lo, hi)));
        }
        return out;
    }

    /** A kinetic energy [GeV] from {@code "10 MeV"}-style text or a plain number of GeV. */
    private double energy(JsonNode n, String path) {
        double gev;
        if (n.isNumber()) {
            gev = number(n, path);
        } else if (n.isTextual()) {
            gev = at(path, () -> Units.parseEnergyGeV(n.textValue()));
        } else {
            throw fail(path, "must be an energy with a unit such as \"10 MeV\" (or a number of GeV), not " + shown(n));
        }
        return inRange(Parameters.KINETIC_ENERGY_GEV, gev, path);
    }

    // ------------------------------------------------------------------------------------------------ view, visible

    private ExplorerState view(ViewEntry n, ExplorerState state) {
        Map<String, Plane> planes = new LinkedHashMap<>();
        for (Plane p : Plane.values()) {
            planes.put(p.key(), p);
        }
        for (String key : n.planes().keySet()) {
            if (!planes.containsKey(key)) {
                throw fail("view", unknownKey(key, Stream.concat(ScenarioDocument.keysOf(ViewEntry.class).stream(),
                        planes.keySet().stream()).toList()));
            }
        }
        ExplorerState out = state;
        if (n.layout() != null) {
            try {
                out = out.withLayout(Layout.fromKey(n.layout()));
            } catch (IllegalArgumentException e) {
                throw fail("view.layout", "'" + shorten(n.layout()) + "' is not one of " + Layout.allowedKeys());
            }
        }
        for (Map.Entry<String, PlaneView> e : n.planes().entrySet()) {
            String path = "view." + e.getKey();
            PlaneView v = e.getValue();
            if (v == null) {
                throw fail(path, "must be an object {…}, not null");
            }
            double[] x = range(v.log10_ls_au(), path, "log10_ls_au");
            double[] y = range(v.log10_value(), path, "log10_value");
            ViewRange r = at(path, () -> new ViewRange(x[0], x[1], y[0], y[1]));
            out = out.withView(planes.get(e.getKey()), r);
        }
        return out;
    }

    private double[] range(List<Double> values, String parent, String key) {
        String path = parent + "." + key;
        if (values == null) {
            throw fail(parent, "\"" + key + "\" is missing; a view needs both log10_ls_au and log10_value as [min, max]");
        }
        if (values.size() != 2) {
            throw fail(path, "must be [min, max] (two numbers, log10), not " + values.size() + " values");
        }
        double lo = finite(values.get(0), path + "[0]");
        double hi = finite(values.get(1), path + "[1]");
        if (!(lo < hi)) {
            throw fail(path, "min " + Units.formatNumber(lo) + " must be below max " + Units.formatNumber(hi));
        }
        return new double[] {lo, hi};
    }

    private ExplorerState visible(VisibleEntry n, ExplorerState state) {
        ExplorerState out = state;
        if (n.hidden_classes() != null) {
            out = out.withHiddenEnergyClasses(new LinkedHashSet<>(n.hidden_classes()));
        }
        if (n.hidden_candidates() != null) {
            out = out.withHiddenCandidates(new LinkedHashSet<>(n.hidden_candidates()));
        }
        if (n.elements() != null) {
            Map<String, Element> byKey = new LinkedHashMap<>();
            for (Element e : Element.values()) {
                byKey.put(ScenarioFile.elementKey(e), e);
            }
            Set<Element> shown = EnumSet.noneOf(Element.class);
            for (int i = 0; i < n.elements().size(); i++) {
                String key = n.elements().get(i);
                Element e = byKey.get(key);
                if (e == null) {
                    throw fail("visible.elements[" + i + "]", "'" + shorten(key) + "' is not one of " + String.join(", ", byKey.keySet()));
                }
                shown.add(e);
            }
            out = out.withShownElements(shown);
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ candidates

    private ExplorerState candidates(CandidatesEntry n, ExplorerState state) {
        ExplorerState out = state;
        if (n.populations() != null) {
            List<Population> populations = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < n.populations().size(); i++) {
                String path = "candidates.populations[" + i + "]";
                PopulationEntry entry = n.populations().get(i);
                if (entry == null) {
                    throw fail(path, "must be an object {…}, not null");
                }
                Population p = population(entry, path);
                if (!ids.add(p.id())) {
                    throw fail(path + ".id", "'" + shorten(p.id()) + "' is used twice; population ids must be distinct");
                }
                populations.add(p);
            }
            out = out.withPopulations(populations);
        }
        if (n.catalog_files() != null) {
            for (int i = 0; i < n.catalog_files().size(); i++) {
                if (n.catalog_files().get(i).isBlank()) {
                    throw fail("candidates.catalog_files[" + i + "]", "must be the path of a catalogue file, not blank");
                }
            }
            out = out.withCatalogFiles(n.catalog_files());
        }
        return out;
    }

    private Population population(PopulationEntry n, String path) {
        if (n.type() == null) {
            throw fail(path, "\"type\" is missing; it must be one of " + String.join(", ", POPULATION_TYPES));
        }
        return switch (n.type()) {
            case "power-law" -> powerLaw(n, path);
            case "tabulated" -> tabulated(n, path);
            case "intermittent-model" -> intermittentModel(n, path);
            default -> throw fail(path + ".type", "'" + shorten(n.type()) + "' is not one of " + String.join(", ", POPULATION_TYPES));
        };
    }

    /** Refuses a key the population's type does not have: fixed fields given for another type, or unknown knobs. */
    private void onlyKeys(PopulationEntry n, String path, List<String> fields, List<PopulationParameter> knobs) {
        List<String> allowed = Stream.concat(Stream.concat(COMMON_KEYS.stream(), fields.stream()),
                knobs.stream().map(PopulationParameter::key)).toList();
        List<String> given = new ArrayList<>();
        if (n.plane() != null) {
            given.add("plane");
        }
        if (n.points() != null) {
            given.add("points");
        }
        given.addAll(n.knobs().keySet());
        for (String key : given) {
            if (!allowed.contains(key)) {
                throw fail(path, unknownKey(key, allowed));
            }
        }
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

    private ScenarioFileException missing(String path, String key, String needs) {
        return fail(path, "\"" + key + "\" is missing; " + needs);
    }

    /**
     * The id (checked by {@code idCheck}, the population's own constructor), the label (default: the id) and the
     * {@code knobs}: each of the right type, then each in its range, in order, with a message naming the population
     * ({@code kind id: …}) at the path of the field at fault. Absent knobs take their defaults; an absent optional one
     * is left out.
     */
    private Common common(PopulationEntry n, String path, String needs, String kind, Consumer<String> idCheck,
                          List<PopulationParameter> knobs) {
        String idKey = PopulationParameters.ID.key();
        if (n.id() == null) {
            throw missing(path, idKey, needs);
        }
        checkAt(path + "." + idKey, () -> idCheck.accept(n.id()));
        Map<String, Double> read = new LinkedHashMap<>();
        for (PopulationParameter k : knobs) {
            JsonNode v = n.knobs().get(k.key());
            if (v == null && k.presence() == PopulationParameter.Presence.REQUIRED) {
                throw missing(path, k.key(), needs);
            }
            if (v != null) {
                String at = path + "." + k.key();
                read.put(k.key(), k.quantity().textInFile() ? quantity(v, at, k.quantity()) : number(v, at));
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
                    throw fail(path + "." + k.key(), kind + " " + n.id() + ": " + problem);
                }
                values.put(k.key(), v);
            }
        }
        return new Common(n.id(), n.label() == null ? n.id() : n.label(), values);
    }

    private PowerLawPopulation powerLaw(PopulationEntry n, String path) {
        onlyKeys(n, path, List.of(), PopulationParameters.POWER_LAW);
        Common c = common(n, path, powerLawNeeds(), PowerLawPopulation.KIND,
                id -> PowerLawPopulation.of(id, id, PopulationParameters.examples()), PopulationParameters.POWER_LAW);
        return at(path, () -> PowerLawPopulation.of(c.id(), c.label(), c.knobs())); // every knob is checked above
    }

    /** What a power law needs: the id and the required knobs, with an example, e.g. {@code id, n0, alpha_n, min and max, e.g. {…}}. */
    private static String powerLawNeeds() {
        List<String> needed = new ArrayList<>(List.of(PopulationParameters.ID.key()));
        List<String> example = new ArrayList<>(List.of("\"type\": \"power-law\"", "\"" + PopulationParameters.ID.key() + "\": \"sheets\""));
        for (PopulationParameter k : PopulationParameters.POWER_LAW) {
            if (k.presence() == PopulationParameter.Presence.REQUIRED) {
                needed.add(k.key());
                String v = k.quantity().textInFile() ? "\"" + Units.exactText(k.example()) + " " + k.quantity().asciiUnit() + "\""
                        : Units.exactText(k.example());
                example.add("\"" + k.key() + "\": " + v);
            }
        }
        String list = String.join(", ", needed.subList(0, needed.size() - 1)) + " and " + needed.get(needed.size() - 1);
        return "a power-law population needs " + list + ", e.g. {" + String.join(", ", example) + "}";
    }

    private TabulatedPopulation tabulated(PopulationEntry n, String path) {
        onlyKeys(n, path, List.of("plane", "points"), PopulationParameters.GEOMETRY);
        String needs = "a tabulated population needs id, plane and points, e.g. " + TABULATED_EXAMPLE;
        Common c = common(n, path, needs, TabulatedPopulation.KIND, id -> new TabulatedPopulation(id, id, Plane.NUMBER_DENSITY,
                List.of(1.0, 10.0), List.of(1.0, 1.0), 0, 1, OptionalDouble.empty()), PopulationParameters.GEOMETRY);
        if (n.plane() == null) {
            throw missing(path, "plane", needs);
        }
        Plane plane = Arrays.stream(Plane.values()).filter(p -> p.key().equals(n.plane())).findFirst()
                .orElseThrow(() -> fail(path + ".plane", "'" + shorten(n.plane()) + "' is not one of "
                        + Arrays.stream(Plane.values()).map(Plane::key).collect(Collectors.joining(", "))));
        if (n.points() == null) {
            throw missing(path, "points", needs);
        }
        String pointsPath = path + ".points";
        List<Double> sizes = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < n.points().size(); i++) {
            String at = pointsPath + "[" + i + "]";
            List<JsonNode> pt = n.points().get(i);
            if (pt.size() != 2) {
                throw fail(at, "must be [ℓ_S, " + plane.symbol() + "] (two entries), not " + pt.size() + " values");
            }
            sizes.add(quantity(pt.get(0), at + "[0]", Quantity.LENGTH));
            values.add(plane == Plane.NUMBER_DENSITY ? quantity(pt.get(1), at + "[1]", Quantity.NUMBER_DENSITY)
                    : number(pt.get(1), at + "[1]"));
        }
        // the messages name the point, counted from 1
        return at(pointsPath, () -> new TabulatedPopulation(c.id(), c.label(), plane, sizes, values, c.dim(), c.aspect(), c.nuS()));
    }

    private IntermittentModelPopulation intermittentModel(PopulationEntry n, String path) {
        onlyKeys(n, path, List.of(), List.of());
        IntermittentModelPopulation paper = IntermittentModelPopulation.paper();
        return at(path + ".id", () -> new IntermittentModelPopulation(n.id() == null ? paper.id() : n.id(),
                n.label() == null ? paper.label() : n.label())); // only the id can be wrong
    }

    // ------------------------------------------------------------------------------------------------ uncertainty

    private static final String UNCERTAIN_EXAMPLE = "{\"delta\": \"0.3..0.7\", \"b-ug\": \"1..10 log\", \"nu0\": \"1e-9*/3\"}";

    /** The {@code uncertainty} object: each parameter a distribution of a scalar scenario parameter, levels, samples. */
    private UncertaintySpec uncertainty(UncertaintyEntry n) {
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

    // ------------------------------------------------------------------------------------------------ values

    /** Runs {@code check}; an IllegalArgumentException becomes a failure at {@code path} with the same message. */
    private void checkAt(String path, Runnable check) {
        at(path, () -> {
            check.run();
            return null;
        });
    }

    /** The value of {@code make}; an IllegalArgumentException becomes a failure at {@code path} with the same message. */
    private <T> T at(String path, java.util.function.Supplier<T> make) {
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
    private double quantity(JsonNode n, String path, Quantity q) {
        if (n != null && n.isNumber()) {
            return number(n, path);
        }
        if (n == null || !n.isTextual()) {
            throw fail(path, "must be a " + q.noun() + " with a unit such as " + q.examples() + " (or a number of " + q.unit()
                    + "), not " + shown(n));
        }
        return at(path, () -> q.parse(n.textValue())); // ±∞ or ≤ 0 is refused by the knob's range
    }

    private double number(JsonNode n, String path) {
        if (n == null || !n.isNumber()) {
            throw fail(path, "must be a number, not " + shown(n));
        }
        return finite(n.doubleValue(), path);
    }

    private double finite(double v, String path) {
        if (!Double.isFinite(v)) {
            throw fail(path, "must be a finite number; this one is too large for a double");
        }
        return v;
    }

    private static String unknownKey(String key, List<String> allowed) {
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
}
