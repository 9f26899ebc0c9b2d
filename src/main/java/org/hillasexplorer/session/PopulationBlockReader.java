package org.hillasexplorer.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.PopulationParameter;
import org.hillasexplorer.physics.PopulationParameter.Quantity;
import org.hillasexplorer.physics.PopulationParameters;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.TabulatedPopulation;
import org.hillasexplorer.physics.Units;
import org.hillasexplorer.session.ScenarioDocument.CandidatesEntry;
import org.hillasexplorer.session.ScenarioDocument.PopulationEntry;


/**
 * Reads the {@code candidates} block: the populations (power-law, tabulated, intermittent-model), each knob checked
 * from its {@code PopulationParameter} descriptor, and the catalogue files.
 */
final class PopulationBlockReader extends StrictReader {
    private static final List<String> POPULATION_TYPES = ScenarioFile.POPULATION_TYPES;
    private static final List<String> COMMON_KEYS = List.of("type", PopulationParameters.ID.key(), PopulationParameters.LABEL.key());
    private static final String TABULATED_EXAMPLE = "{\"type\": \"tabulated\", \"id\": \"sim\", \"plane\": \"ns\", "
            + "\"points\": [[0.1, 1e12], [1, 1e9]]}";

    PopulationBlockReader(String source) {
        super(source);
    }

    ExplorerState candidates(CandidatesEntry n, ExplorerState state) {
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
}
