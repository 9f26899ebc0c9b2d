package org.hillasexplorer.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The energy classes' descriptors: what each field allows, says and reads, and the list they form. */
class EnergyClassFieldsTest {

    @Test
    void theFieldsAreTheFileKeysTheCliFormAndTheColumns() {
        assertThat(EnergyClassFields.ALL).extracting(EnergyClassField::key).containsExactly("label", "min", "max");
        assertThat(EnergyClassFields.FORM).isEqualTo("LABEL=TLO..THI");
        assertThat(EnergyClassFields.cliOption()).isEqualTo("--classes");
        assertThat(EnergyClassFields.T_LO.symbol()).isEqualTo("T_lo");
        assertThat(EnergyClassFields.T_LO.rangeText()).isEqualTo("1 keV–10 PeV");
        assertThat(EnergyClassFields.LABEL.rangeText()).isEqualTo("1–32 letters, digits, spaces or _.+-");
        assertThat(EnergyClassFields.T_HI.help()).startsWith("THI (T_hi, highest kinetic energy): ")
                .contains("Allowed 1 keV–10 PeV.", "a bare number is GeV");
        assertThat(EnergyClassFields.T_LO.tooltip()).startsWith("T_lo — lowest kinetic energy\n").contains("Allowed: 1 keV–10 PeV");
        assertThat(EnergyClassFields.listHelp()).hasSize(5).last().asString().isEqualTo(
                "Default: MeV=1MeV..10MeV,GeV=1GeV..10GeV,TeV=1TeV..10TeV");
    }

    @Test
    void theConstructorsMessagesComeFromTheFields() {
        assertThatThrownBy(() -> new EnergyClass("a/b", 1, 2))
                .hasMessage("energy-class label 'a/b' must be 1–32 letters, digits, spaces or _.+-");
        assertThatThrownBy(() -> new EnergyClass("GeV", 1e-9, 2)).hasMessage("T_lo of class GeV: T = 1e-9 GeV is outside [1e-6, 1e7] GeV");
        assertThatThrownBy(() -> new EnergyClass("GeV", 1, 1e9)).hasMessage("T_hi of class GeV: T = 1e9 GeV is outside [1e-6, 1e7] GeV");
        assertThatThrownBy(() -> new EnergyClass("GeV", 20, 10)).hasMessage("class GeV: T_lo = 20 GeV must be below T_hi = 10 GeV");
    }

    @Test
    void aTypedEnergyIsReadWithItsUnitAndNamesFieldAndClassWhenRefused() {
        assertThat(EnergyClassFields.T_LO.parseEnergy("GeV", "5e3 keV")).isEqualTo(5e-3);
        assertThat(EnergyClassFields.T_HI.parseEnergy("GeV", "10")).isEqualTo(10);
        assertThatThrownBy(() -> EnergyClassFields.T_HI.parseEnergy("GeV", "10 parsecs"))
                .hasMessage("T_hi of class GeV: energy '10 parsecs': parsecs is a length; this field is an energy");
        assertThatThrownBy(() -> EnergyClassFields.T_LO.parseEnergy("MeV", "1 eV"))
                .hasMessage("T_lo of class MeV: T = 1e-9 GeV is outside [1e-6, 1e7] GeV");
        assertThatThrownBy(() -> EnergyClassFields.LABEL.parseEnergy("x", "1 GeV")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theListIsWrittenSoThatItReadsBackExactly() {
        List<EnergyClass> classes = List.of(new EnergyClass("a..b", 0.1 + 0.2, Math.PI), new EnergyClass("soft x", 1e-6, 1e-3),
                new EnergyClass("UHE+", 1.23456789e6, 1e7));
        String written = EnergyClassFields.writeList(classes).orElseThrow();
        assertThat(written).startsWith("a..b=").doesNotContain(" GeV", " MeV");
        assertThat(EnergyClassFields.parseList(written)).isEqualTo(classes);
        assertThat(EnergyClassFields.writeList(EnergyClass.DEFAULTS)).hasValue("MeV=1MeV..10MeV,GeV=1GeV..10GeV,TeV=1TeV..10TeV");
        assertThat(EnergyClassFields.writeList(List.of(new EnergyClass(" GeV", 1, 10)))).as("blanks at the ends").isEmpty();
        assertThat(EnergyClassFields.writable("GeV ")).isFalse();
        assertThat(EnergyClassFields.writable("a b.c+d-e_f")).isTrue();
    }

    @Test
    void aBadListSaysWhichItemAndWhatFormIsWanted() {
        assertThatThrownBy(() -> EnergyClassFields.parseList("GeV=1GeV..10GeV,,TeV=1TeV..10TeV"))
                .hasMessageContaining("has an empty item").hasMessageContaining("LABEL=TLO..THI");
        assertThatThrownBy(() -> EnergyClassFields.parseList("GeV=1GeV")).hasMessage(
                "energy class 'GeV=1GeV' must look like LABEL=TLO..THI, e.g. GeV=1GeV..10GeV");
        assertThatThrownBy(() -> EnergyClassFields.parseList("a/b=1GeV..2GeV")).hasMessageContaining("energy-class label 'a/b'");
        StringBuilder nine = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            nine.append(i == 0 ? "" : ",").append("c").append(i).append("=1GeV..2GeV");
        }
        assertThatThrownBy(() -> EnergyClassFields.parseList(nine.toString())).hasMessage("energy classes: 9 given, 1 to 8 allowed");
    }

    @Test
    void aLabelThatACommandLineWouldReadAsAnOptionIsNotWritten() {
        org.assertj.core.api.Assertions.assertThat(EnergyClassFields.writable("--a")).isFalse();
        org.assertj.core.api.Assertions.assertThat(EnergyClassFields.writable("-h")).isFalse();
        org.assertj.core.api.Assertions.assertThat(EnergyClassFields.writable("GeV")).isTrue();
        org.assertj.core.api.Assertions.assertThat(EnergyClassFields.writeList(java.util.List.of(
                new EnergyClass("--a", 1, 10), EnergyClass.DEFAULTS.get(1)))).isEmpty();
    }
}
