package org.hillasexplorer.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Units;

/** The scenario as a JSON-ready map (keys are the parameter keys) and as one line of text. */
final class ScenarioJson {
    private ScenarioJson() {
    }

    static Map<String, Object> of(Scenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Parameter p : Parameters.SCENARIO) {
            m.put(p.key(), p.integer() ? (Object) (int) s.get(p) : (Object) s.get(p));
        }
        m.put("classes", ScenarioOptions.classesSpec(s.energyClasses()));
        m.put("z", s.species().chargeNumber());
        m.put("a", s.species().massNumber());
        return m;
    }

    static String describe(Scenario s) {
        StringBuilder b = new StringBuilder();
        for (Parameter p : Parameters.SCENARIO) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(p.symbol()).append(" = ").append(Units.formatNumber(s.get(p)));
            if (!p.unit().isEmpty()) {
                b.append(' ').append(p.unit());
            }
        }
        b.append("; classes ");
        b.append(String.join(", ", s.energyClasses().stream().map(EnergyClass::toSpec).toList()));
        return b.toString();
    }
}
