package org.hillasexplorer.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hillasexplorer.figure.FigureOptions.Element;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.PopulationParameter;
import org.hillasexplorer.physics.PopulationParameters;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.TabulatedPopulation;
import org.hillasexplorer.physics.Units;
import org.hillasexplorer.physics.uncertainty.Uncertain;
import org.hillasexplorer.physics.uncertainty.UncertaintySpec;
import org.hillasexplorer.session.ScenarioDocument.CandidatesEntry;
import org.hillasexplorer.session.ScenarioDocument.ClassEntry;
import org.hillasexplorer.session.ScenarioDocument.PlaneView;
import org.hillasexplorer.session.ScenarioDocument.PopulationEntry;
import org.hillasexplorer.session.ScenarioDocument.ScenarioEntry;
import org.hillasexplorer.session.ScenarioDocument.SpeciesEntry;
import org.hillasexplorer.session.ScenarioDocument.UncertaintyEntry;
import org.hillasexplorer.session.ScenarioDocument.ViewEntry;
import org.hillasexplorer.session.ScenarioDocument.VisibleEntry;

/**
 * The other direction of {@link StateReader}: a state as the {@link ScenarioDocument} records, which Jackson writes.
 * Whole numbers are written as integers, lengths and densities of populations and energies as text with their unit
 * that reads back to the same double, hidden names sorted (stable diffs between saves), elements in display order;
 * {@code candidates} only when there are populations or catalogue files and {@code uncertainty} only when it is not
 * {@link UncertaintySpec#NONE}, so such files stay readable by earlier versions.
 */
final class StateWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter PRETTY = ScenarioDocument.MAPPER.writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private StateWriter() {
    }

    /** The state as pretty-printed JSON ({@code \n} line ends, a final newline). */
    static String json(ExplorerState state) {
        try {
            return PRETTY.writeValueAsString(document(state)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records of plain values always serialise", e);
        }
    }

    /** The {@code scenario} object as a tree. */
    static JsonNode scenarioTree(Scenario s) {
        return ScenarioDocument.MAPPER.valueToTree(scenario(s));
    }

    static ScenarioDocument document(ExplorerState state) {
        Map<String, PlaneView> planes = new LinkedHashMap<>();
        for (Plane plane : Plane.values()) {
            ViewRange r = state.views().get(plane);
            if (r != null) {
                planes.put(plane.key(), new PlaneView(List.of(r.log10XMin(), r.log10XMax()), List.of(r.log10YMin(), r.log10YMax())));
            }
        }
        List<String> elements = new ArrayList<>();
        for (Element e : Element.values()) {
            if (state.shownElements().contains(e)) {
                elements.add(ScenarioFile.elementKey(e));
            }
        }
        VisibleEntry visible = new VisibleEntry(List.copyOf(new TreeSet<>(state.hiddenEnergyClasses())),
                List.copyOf(new TreeSet<>(state.hiddenCandidates())), elements);
        CandidatesEntry candidates = state.populations().isEmpty() && state.catalogFiles().isEmpty() ? null
                : new CandidatesEntry(state.populations().stream().map(StateWriter::population).toList(), state.catalogFiles());
        UncertaintyEntry uncertainty = state.uncertainty().equals(UncertaintySpec.NONE) ? null : uncertainty(state.uncertainty());
        return new ScenarioDocument(ScenarioFile.FORMAT, NODES.numberNode(ScenarioFile.VERSION), scenario(state.scenario()),
                new ViewEntry(state.layout().key(), planes), visible, candidates, uncertainty);
    }

    private static ScenarioEntry scenario(Scenario s) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (Parameter p : Parameters.SCENARIO) {
            values.put(p.key(), p.integer() ? NODES.numberNode((int) s.get(p)) : NODES.numberNode(s.get(p)));
        }
        List<ClassEntry> classes = new ArrayList<>();
        for (EnergyClass c : s.energyClasses()) {
            classes.add(new ClassEntry(c.label(), NODES.textNode(ScenarioFile.energyText(c.minKineticEnergyGeV())),
                    NODES.textNode(ScenarioFile.energyText(c.maxKineticEnergyGeV()))));
        }
        SpeciesEntry species = new SpeciesEntry(NODES.numberNode(s.species().chargeNumber()), NODES.numberNode(s.species().massNumber()));
        return new ScenarioEntry(species, classes, values);
    }

    private static UncertaintyEntry uncertainty(UncertaintySpec u) {
        ObjectNode parameters = NODES.objectNode();
        for (Uncertain p : u.parameters()) {
            parameters.put(p.parameter().key(), p.toSpec());
        }
        return new UncertaintyEntry(parameters, u.levels(), NODES.numberNode(u.samples()));
    }

    private static PopulationEntry population(Population p) {
        if (p instanceof PowerLawPopulation pl) {
            return new PopulationEntry("power-law", pl.id(), pl.label(), null, null, knobs(pl, PopulationParameters.POWER_LAW));
        }
        if (p instanceof TabulatedPopulation t) {
            List<List<JsonNode>> points = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                points.add(List.of(NODES.numberNode(t.shortAxisAu().get(i)), NODES.numberNode(t.values().get(i))));
            }
            return new PopulationEntry("tabulated", t.id(), t.label(), t.plane().key(), points, knobs(t, PopulationParameters.GEOMETRY));
        }
        if (p instanceof IntermittentModelPopulation m) {
            return new PopulationEntry("intermittent-model", m.id(), m.label(), null, null, Map.of());
        }
        // unreachable while Population stays sealed to these three
        throw new IllegalStateException("no file representation for " + p.getClass().getName());
    }

    /**
     * Each knob that has a value, by key: whole numbers as integers, lengths and densities as text with their unit
     * ({@code "0.1 au"}, {@code "1000 pc^-3"}), the rest as plain numbers; an unknown ν_s is left out.
     */
    private static Map<String, JsonNode> knobs(Population p, List<PopulationParameter> knobs) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (PopulationParameter k : knobs) {
            p.get(k).ifPresent(v -> out.put(k.key(), k.quantity().whole() ? NODES.numberNode((int) v)
                    : k.quantity().textInFile() ? NODES.textNode(Units.exactText(v) + " " + k.quantity().asciiUnit())
                    : NODES.numberNode(v)));
        }
        return out;
    }
}
