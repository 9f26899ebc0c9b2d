package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Comma-separated options (issue 14, item 4): an empty item ({@code --energy=,,}, a trailing comma) is a usage error,
 * not an empty or shortened list that exits 0.
 */
class ListOptionCliTest {

    @Test
    void energyListWithEmptyItemsIsAUsageError() {
        for (String value : List.of(",,", ",", "", " ", "1GeV,", ",1GeV", "1MeV,,1TeV", "1GeV, ,1TeV")) {
            CliTest.Result r = CliTest.run("quantities", "--energy=" + value);
            assertThat(r.code()).as("--energy=" + value).isEqualTo(2);
            assertThat(r.out()).as("--energy=" + value).isEmpty();
            assertThat(r.err()).as("--energy=" + value).contains("quantities: --energy: '" + value + "' has an empty item",
                    "e.g. 1GeV", "1MeV,1GeV,1TeV");
        }
    }

    @Test
    void energyListsStillWork() {
        CliTest.Result r = CliTest.run("quantities", "--energy", " 1MeV , 1TeV ");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("# 1 MeV of", "# 1 TeV of");
    }

    @Test
    void classesWithEmptyItemsAreAUsageError() {
        for (String value : List.of(",,", "GeV=1GeV..10GeV,", ",GeV=1GeV..10GeV", "MeV=1MeV..10MeV,,GeV=1GeV..10GeV")) {
            CliTest.Result r = CliTest.run("bands", "--plane", "ns", "--classes", value);
            assertThat(r.code()).as("--classes " + value).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).as("--classes " + value).contains("--classes: '" + value + "' has an empty item",
                    "LABEL=TLO..THI");
        }
    }
}
