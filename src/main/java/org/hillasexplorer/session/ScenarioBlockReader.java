package org.hillasexplorer.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Species;
import org.hillasexplorer.physics.Units;
import org.hillasexplorer.session.ScenarioDocument.ClassEntry;
import org.hillasexplorer.session.ScenarioDocument.ScenarioEntry;


/**
 * Reads the {@code scenario} block: the scalar {@code Parameter} keys, each in its range, the species and the energy
 * classes.
 */
final class ScenarioBlockReader extends StrictReader {
    private static final String CLASS_EXAMPLE = "{\"label\": \"GeV\", \"min\": \"1 GeV\", \"max\": \"10 GeV\"}";
    private static final int MAX_CLASSES = 8;

    ScenarioBlockReader(String source) {
        super(source);
    }

    Scenario scenario(ScenarioEntry n) {
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
                    : (int) inRange(Parameters.CHARGE_Z, number(n.species().z(), "scenario.species.z"), "scenario.species.z");
            int a = n.species().a() == null ? (int) Parameters.MASS_NUMBER_A.defaultValue()
                    : (int) inRange(Parameters.MASS_NUMBER_A, number(n.species().a(), "scenario.species.a"), "scenario.species.a");
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
}
