package org.hillasexplorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Units;
import org.hillasexplorer.session.ScenarioFile;

/** The scenario as JSON (the {@code scenario} object of a scenario file, {@link ScenarioFile#scenarioTree}) and as one line of text. */
final class ScenarioJson {
    private ScenarioJson() {
    }

    /** The scenario in the shape of a scenario file's {@code scenario} object, so that it reads back through {@link ScenarioFile#scenarioFromJson}. */
    static JsonNode of(Scenario s) {
        return ScenarioFile.scenarioTree(s);
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
