package org.hillasexplorer.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The records the scenario file is bound to, and the strictness of the mapper beyond ScenarioFileTest's cases. */
class ScenarioDocumentTest {
    private static String file(String extra) {
        return "{\"format\": \"hillas-explorer-scenario\", \"version\": 1, " + extra + "}";
    }

    @Test
    void theAllowedKeysComeFromTheRecords() {
        assertThat(ScenarioDocument.keysOf(ScenarioDocument.class))
                .containsExactly("format", "version", "scenario", "view", "visible", "candidates", "uncertainty");
        assertThat(ScenarioDocument.keysOf(ScenarioDocument.ScenarioEntry.class)).containsExactly("species", "classes");
        assertThat(ScenarioDocument.keysOf(ScenarioDocument.CandidatesEntry.class)).containsExactly("populations", "catalog_files");
        assertThat(ScenarioDocument.keysOf(ScenarioDocument.UncertaintyEntry.class)).containsExactly("parameters", "levels", "samples");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"scenario\": null|scenario: must be an object {…}, not null",
            "\"visible\": {\"hidden_classes\": [null]}|visible.hidden_classes[0]: must be a string, not null",
            "\"candidates\": {\"catalog_files\": null}|candidates.catalog_files: must be an array […], not null",
            "\"view\": {\"ns\": null}|view.ns: must be an object {…}, not null",
            "\"view\": {\"ns\": {\"log10_ls_au\": [0, null], \"log10_value\": [0, 1]}}|view.ns.log10_ls_au[1]: must be a number, not null",
            "\"scenario\": {\"species\": {\"z\": true}}|scenario.species.z: must be a number, not true/false (true)",
            "\"visible\": {\"elements\": [true]}|visible.elements[0]: must be a string, not true/false (true)",
            "\"candidates\": {\"populations\": [{\"type\": \"tabulated\", \"id\": \"t\", \"plane\": \"ns\", \"points\": [[1, null], [2, 1]]}]}"
                    + "|candidates.populations[0].points[0][1]: must be a number density with a unit such as"})
    void nullsAndBooleansAreRefusedWhereTheyStand(String extra, String expected) {
        assertThatThrownBy(() -> ScenarioFile.fromJson(file(extra), "d.json"))
                .isExactlyInstanceOf(ScenarioFileException.class).message().startsWith("d.json: " + expected);
    }

    @Test
    void deeplyNestedTextIsRefusedAsNotJson() {
        String deep = "[".repeat(ScenarioDocument.MAX_DEPTH + 5) + "]".repeat(ScenarioDocument.MAX_DEPTH + 5);
        assertThatThrownBy(() -> ScenarioFile.fromJson(file("\"scenario\": {\"classes\": " + deep + "}"), "d.json"))
                .isExactlyInstanceOf(ScenarioFileException.class).hasMessageStartingWith("d.json: not JSON (");
    }

    @Test
    void theDocumentedExampleBindsToTheRecords() {
        ExplorerState s = ScenarioFile.fromJson(ScenarioFile.toJson(ReleaseFixturesTest.expectedState()), "x.json");
        assertThat(s).isEqualTo(ReleaseFixturesTest.expectedState());
        assertThat(s.populations()).hasSize(5);
        assertThat(List.copyOf(s.catalogFiles())).containsExactly("/home/me/sim.csv", "relative/ü b.ecsv");
    }
}
