package org.hillasexplorer.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hillasexplorer.figure.FigureOptions.Element;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.io.AtomicFiles;
import org.hillasexplorer.io.BoundedFiles;
import org.hillasexplorer.io.ReadException;
import org.hillasexplorer.io.WriteException;
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
import org.hillasexplorer.physics.Species;
import org.hillasexplorer.physics.TabulatedPopulation;
import org.hillasexplorer.physics.Units;
import org.hillasexplorer.physics.uncertainty.Uncertain;
import org.hillasexplorer.physics.uncertainty.UncertaintySpec;

/**
 * The scenario-file writer as it was before the writer moved to data binding (ObjectNode by hand), kept in the test
 * tree only to prove that {@link ScenarioFile#toJson} writes exactly the same text for any state.
 */
final class HandWrittenScenarioWriter {
    private static final ObjectMapper MAPPER = ScenarioDocument.MAPPER;

    private HandWrittenScenarioWriter() {
    }

    /** The state as pretty-printed JSON (UTF-8 text, {@code \n} line ends, a final newline). */
    static String toJson(ExplorerState state) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", ScenarioFile.FORMAT);
        root.put("version", ScenarioFile.VERSION);
        root.set("scenario", scenarioTree(state.scenario()));
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
                elements.add(ScenarioFile.elementKey(e));
            }
        }
        if (!state.populations().isEmpty() || !state.catalogFiles().isEmpty()) {
            ObjectNode c = root.putObject("candidates");
            ArrayNode populations = c.putArray("populations");
            state.populations().forEach(p -> populations.add(populationNode(p)));
            ArrayNode files = c.putArray("catalog_files");
            state.catalogFiles().forEach(files::add);
        }
        if (!state.uncertainty().equals(UncertaintySpec.NONE)) {
            root.set(ScenarioFile.UNCERTAINTY, uncertaintyNode(state.uncertainty()));
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

    static ObjectNode scenarioTree(Scenario s) {
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
            cn.put("min", ScenarioFile.energyText(c.minKineticEnergyGeV()));
            cn.put("max", ScenarioFile.energyText(c.maxKineticEnergyGeV()));
        }
        return n;
    }


    /** The {@code uncertainty} object: each uncertain parameter's {@link Uncertain#toSpec} under its key, levels, samples. */
    private static ObjectNode uncertaintyNode(UncertaintySpec u) {
        ObjectNode n = MAPPER.createObjectNode();
        ObjectNode ps = n.putObject("parameters");
        for (Uncertain p : u.parameters()) {
            ps.put(p.parameter().key(), p.toSpec());
        }
        ArrayNode levels = n.putArray("levels");
        u.levels().forEach(levels::add);
        n.put("samples", u.samples());
        return n;
    }


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
                    n.put(k.key(), Units.exactText(v) + " " + k.quantity().asciiUnit());
                } else {
                    n.put(k.key(), v);
                }
            });
        }
    }

}
