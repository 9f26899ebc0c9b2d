package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Scenario options take values with units, read by the same parser as the window's fields. */
class UnitOptionsCliTest {

    @Test
    void aFieldInNanoteslaEqualsTheSameFieldInMicrogauss() {
        CliTest.Result withUnit = CliTest.run("quantities", "--b-ug", "0.3 nT", "--format", "json");
        CliTest.Result bare = CliTest.run("quantities", "--b-ug", "3", "--format", "json");
        assertThat(withUnit.code()).isZero();
        assertThat(withUnit.err()).isEmpty();
        assertThat(withUnit.out()).isEqualTo(bare.out());
        assertThat(CliTest.run("quantities", "--b-ug=3uG", "--format", "json").out()).isEqualTo(bare.out());
    }

    @Test
    void rateDensityAndEnergyWithUnits() {
        CliTest.Result r = CliTest.run("quantities", "--nu0", "3e-2 /yr", "--n-ism", "1e55 pc^-3", "--energy", "1e-3 erg",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"nu0\"");
        assertThat(CliTest.run("quantities", "--nu0", "1e-9 s⁻¹", "--format", "json").out())
                .isEqualTo(CliTest.run("quantities", "--format", "json").out());
    }

    @Test
    void unitErrorsAreOneLineNamingTheOption() {
        CliTest.Result energy = CliTest.run("quantities", "--b-ug", "5 TeV");
        assertThat(energy.code()).isNotZero();
        assertThat(energy.err()).contains("--b-ug: TeV is an energy; this field is a magnetic field");
        assertThat(CliTest.run("quantities", "--b-ug", "3 furlongs").err())
                .contains("--b-ug: '3 furlongs': unknown unit 'furlongs'; this field takes a magnetic field, e.g. 3 μG, 0.3 nT");
        assertThat(CliTest.run("quantities", "--b-ug", "0.5 G").err()).contains("--b-ug: B = 500000 μG is outside [0.01, 1000] μG");
        assertThat(CliTest.run("quantities", "--delta", "3 μG").err())
                .contains("--delta: μG is a magnetic field; this field is a pure number");
        assertThat(CliTest.run("quantities", "--b-ug", "abc").err())
                .contains("--b-ug: 'abc' is not a number; B must be in [0.01, 1000] μG");
        String err = CliTest.run("quantities", "--b-ug", "3\nfurlongs").err();
        assertThat(err.lines().filter(l -> l.contains("furlongs")).count()).isEqualTo(1);
    }

    @Test
    void helpSaysUnitsAreAccepted() {
        String help = CliTest.run("quantities", "--help").out();
        assertThat(help).contains("Units accepted", "0.3 nT", "/yr");
    }
}
