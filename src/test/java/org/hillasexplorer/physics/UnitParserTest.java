package org.hillasexplorer.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers with units: every accepted spelling converts to the field's unit; every error says what is wrong. */
class UnitParserTest {

    @ParameterizedTest(name = "{0} as {1} in {2} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            3 μG                      | MAGNETIC_FIELD | μG   | 3
            3 µG                      | MAGNETIC_FIELD | μG   | 3
            3 uG                      | MAGNETIC_FIELD | μG   | 3
            3uG                       | MAGNETIC_FIELD | μG   | 3
            3μG                       | MAGNETIC_FIELD | μG   | 3
            3 microgauss              | MAGNETIC_FIELD | μG   | 3
            3 micro gauss             | MAGNETIC_FIELD | μG   | 3
            3 microG                  | MAGNETIC_FIELD | μG   | 3
            3 Micro-Gauss             | MAGNETIC_FIELD | μG   | 3
            0.3 nT                    | MAGNETIC_FIELD | μG   | 3
            0.3nT                     | MAGNETIC_FIELD | μG   | 3
            0.3 nanotesla             | MAGNETIC_FIELD | μG   | 3
            3e-6 G                    | MAGNETIC_FIELD | μG   | 3
            3e-6 gauss                | MAGNETIC_FIELD | μG   | 3
            3E-10 T                   | MAGNETIC_FIELD | μG   | 3
            3e-10 tesla               | MAGNETIC_FIELD | μG   | 3
            0.003 mG                  | MAGNETIC_FIELD | μG   | 3
            3                         | MAGNETIC_FIELD | μG   | 3
            '   3    μG  '            | MAGNETIC_FIELD | μG   | 3
            +3. μG                    | MAGNETIC_FIELD | μG   | 3
            .3 nT                     | MAGNETIC_FIELD | μG   | 3
            3 μG                      | MAGNETIC_FIELD | G    | 3e-6
            3 μG                      | MAGNETIC_FIELD | nT   | 0.3
            5 TeV                     | ENERGY         | GeV  | 5000
            5TeV                      | ENERGY         | GeV  | 5000
            10 MeV                    | ENERGY         | GeV  | 0.01
            2e3keV                    | ENERGY         | GeV  | 0.002
            1 eV                      | ENERGY         | GeV  | 1e-9
            1 PeV                     | ENERGY         | GeV  | 1e6
            1 EeV                     | ENERGY         | GeV  | 1e9
            1 GeV                     | ENERGY         | MeV  | 1000
            1 erg                     | ENERGY         | GeV  | 624.1509074460763
            1 J                       | ENERGY         | GeV  | 6241509074.460763
            10 GV                     | RIGIDITY       | GV   | 10
            1 TV                      | RIGIDITY       | GV   | 1000
            300 MV                    | RIGIDITY       | GV   | 0.3
            1 PV                      | RIGIDITY       | GV   | 1e6
            1e4 au                    | LENGTH         | pc   | 0.0484813681109536
            1e4 AU                    | LENGTH         | pc   | 0.0484813681109536
            1e4au                     | LENGTH         | pc   | 0.0484813681109536
            2 pc                      | LENGTH         | au   | 412529.6124941927
            1 parsec                  | LENGTH         | au   | 206264.80624709636
            1 kpc                     | LENGTH         | pc   | 1000
            1 kiloparsec              | LENGTH         | pc   | 1000
            1 Mpc                     | LENGTH         | pc   | 1e6
            1 mpc                     | LENGTH         | pc   | 1e-3
            3.0856775814913673e18 cm  | LENGTH         | pc   | 1
            3.0856775814913673e16 m   | LENGTH         | pc   | 1
            3.0856775814913673e13 km  | LENGTH         | pc   | 1
            1 ly                      | LENGTH         | pc   | 0.30660139378555057
            1e-9 /s                   | RATE           | s⁻¹  | 1e-9
            1e-9/s                    | RATE           | s⁻¹  | 1e-9
            1e-9 s^-1                 | RATE           | s⁻¹  | 1e-9
            1e-9 s⁻¹                  | RATE           | s⁻¹  | 1e-9
            1e-9 s−1                  | RATE           | s⁻¹  | 1e-9
            1e-9 s-1                  | RATE           | s⁻¹  | 1e-9
            1e-9 s**-1                | RATE           | s⁻¹  | 1e-9
            1e-9 s^(-1)               | RATE           | s⁻¹  | 1e-9
            1e-9 1/s                  | RATE           | s⁻¹  | 1e-9
            1e-9 per second           | RATE           | s⁻¹  | 1e-9
            1e-9 Hz                   | RATE           | s⁻¹  | 1e-9
            1 nHz                     | RATE           | s⁻¹  | 1e-9
            1e-9                      | RATE           | s^-1 | 1e-9
            3e-2 /yr                  | RATE           | s⁻¹  | 9.506426344208685e-10
            3e-2 yr⁻¹                 | RATE           | s⁻¹  | 9.506426344208685e-10
            3e-2 yr^-1                | RATE           | s⁻¹  | 9.506426344208685e-10
            3e-2 per yr               | RATE           | s⁻¹  | 9.506426344208685e-10
            1 /Myr                    | RATE           | s⁻¹  | 3.168808781402895e-14
            3×10⁻⁹ s⁻¹                | RATE           | s⁻¹  | 3e-9
            3 x 10^-9 /s              | RATE           | s⁻¹  | 3e-9
            3*10**-9 Hz               | RATE           | s⁻¹  | 3e-9
            10^-9 s^-1                | RATE           | s⁻¹  | 1e-9
            10⁻⁹ Hz                   | RATE           | s⁻¹  | 1e-9
            1 Myr                     | TIME           | s    | 31557600000000.0
            1 cm^-3                   | NUMBER_DENSITY | cm⁻³ | 1
            1 cm⁻³                    | NUMBER_DENSITY | cm⁻³ | 1
            1 cm-3                    | NUMBER_DENSITY | cm⁻³ | 1
            1 cm−3                    | NUMBER_DENSITY | cm⁻³ | 1
            1/cm3                     | NUMBER_DENSITY | cm⁻³ | 1
            1 /cm^3                   | NUMBER_DENSITY | cm⁻³ | 1
            1 cm**-3                  | NUMBER_DENSITY | cm⁻³ | 1
            1e6 m^-3                  | NUMBER_DENSITY | cm⁻³ | 1
            1e55 pc^-3                | NUMBER_DENSITY | cm⁻³ | 0.34036771909965363
            1e55 pc⁻³                 | NUMBER_DENSITY | cm⁻³ | 0.34036771909965363
            1e55 /pc3                 | NUMBER_DENSITY | cm⁻³ | 0.34036771909965363
            1e55 pc-3                 | NUMBER_DENSITY | cm⁻³ | 0.34036771909965363
            0.5                       | DIMENSIONLESS  | ''   | 0.5
            -1                        | DIMENSIONLESS  | ''   | -1
            1 pc/au                   | DIMENSIONLESS  | ''   | 206264.80624709636
            """)
    void convertsEverySpelling(String text, Dimension dimension, String target, double expected) {
        assertThat(UnitParser.parse(text, dimension, target)).isCloseTo(expected, within(Math.abs(expected) * 1e-13));
    }

    @Test
    void decimalPrefixShiftsAreExact() {
        assertThat(UnitParser.parse("0.3 nT", Dimension.MAGNETIC_FIELD, "μG")).isEqualTo(3.0);
        assertThat(UnitParser.parse("3", Dimension.MAGNETIC_FIELD, "μG")).isEqualTo(3.0);
        assertThat(UnitParser.parse("5 TeV", Dimension.ENERGY, "GeV")).isEqualTo(5000.0);
        assertThat(UnitParser.parse("10 MeV", Dimension.ENERGY, "GeV")).isEqualTo(0.01);
        assertThat(UnitParser.parse("10 GV", Dimension.RIGIDITY, "GV")).isEqualTo(10.0);
        assertThat(UnitParser.parse("1e-9 /s", Dimension.RATE, "s⁻¹")).isEqualTo(1e-9);
        assertThat(UnitParser.parse("1 cm^-3", Dimension.NUMBER_DENSITY, "cm⁻³")).isEqualTo(1.0);
        assertThat(UnitParser.parse("0.1 mpc", Dimension.LENGTH, "pc")).isEqualTo(1e-4);
    }

    private static void fails(String text, Dimension d, String unit, UnitParser.Failure.Kind kind, String message) {
        assertThatThrownBy(() -> UnitParser.parse(text, d, unit))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message)
                .isInstanceOfSatisfying(UnitParser.Failure.class, f -> assertThat(f.kind()).isEqualTo(kind));
    }

    @Test
    void unknownUnitsNameTheUnitAndWhatTheFieldTakes() {
        var k = UnitParser.Failure.Kind.UNKNOWN_UNIT;
        fails("3 furlongs", Dimension.MAGNETIC_FIELD, "μG", k,
                "'3 furlongs': unknown unit 'furlongs'; this field takes a magnetic field, e.g. 3 μG, 0.3 nT");
        fails("3 μG/furlong", Dimension.MAGNETIC_FIELD, "μG", k,
                "'3 μG/furlong': unknown unit 'furlong'; this field takes a magnetic field, e.g. 3 μG, 0.3 nT");
        fails("3 μG/", Dimension.MAGNETIC_FIELD, "μG", k,
                "'3 μG/': unknown unit 'μG/'; this field takes a magnetic field, e.g. 3 μG, 0.3 nT");
        fails("1 Gev", Dimension.ENERGY, "GeV", k, "'1 Gev': unknown unit 'Gev'; this field takes an energy, e.g. 10 MeV, 5 TeV");
        fails("1 cm^^3", Dimension.NUMBER_DENSITY, "cm⁻³", k,
                "'1 cm^^3': unknown unit 'cm^^3'; this field takes a number density, e.g. 1 cm⁻³, 1e-3 pc⁻³");
        fails("2 kilo", Dimension.LENGTH, "pc", k, "'2 kilo': unknown unit 'kilo'; this field takes a length, e.g. 2 pc, 1e4 au");
        fails("1 peV", Dimension.ENERGY, "GeV", k, "'1 peV': unknown unit 'peV'; this field takes an energy, e.g. 10 MeV, 5 TeV");
        fails("0.5 %", Dimension.DIMENSIONLESS, "", k, "'0.5 %': unknown unit '%'; this field takes a pure number, e.g. 0.5");
    }

    @Test
    void incompatibleUnitsSayWhatTheyAreAndWhatTheFieldIs() {
        var k = UnitParser.Failure.Kind.INCOMPATIBLE;
        fails("0.3 nT", Dimension.ENERGY, "GeV", k, "nT is a magnetic field; this field is an energy");
        fails("5 TeV", Dimension.MAGNETIC_FIELD, "μG", k, "TeV is an energy; this field is a magnetic field");
        fails("10 GeV", Dimension.RIGIDITY, "GV", k, "GeV is an energy; this field is a rigidity");
        fails("10 GV", Dimension.ENERGY, "GeV", k, "GV is a rigidity; this field is an energy");
        fails("3 μG", Dimension.DIMENSIONLESS, "", k, "μG is a magnetic field; this field is a pure number");
        fails("3 yr", Dimension.RATE, "s⁻¹", k, "yr is a time; this field is a rate");
        fails("1 pc", Dimension.NUMBER_DENSITY, "cm⁻³", k, "pc is a length; this field is a number density");
        fails("1 cm⁻³", Dimension.LENGTH, "pc", k, "cm⁻³ is a number density; this field is a length");
        fails("2 pc/au", Dimension.LENGTH, "pc", k, "pc/au is a pure number; this field is a length");
        fails("2 cm^2", Dimension.LENGTH, "pc", k, "cm^2 is not a length (e.g. 2 pc, 1e4 au)");
    }

    @Test
    void textThatIsNoNumberOrNothingAtAll() {
        var nan = UnitParser.Failure.Kind.NOT_A_NUMBER;
        String takes = "; this field takes a magnetic field, e.g. 3 μG, 0.3 nT";
        fails("abc", Dimension.MAGNETIC_FIELD, "μG", nan, "'abc' is not a number" + takes);
        fails("μG", Dimension.MAGNETIC_FIELD, "μG", nan, "'μG' is not a number" + takes);
        fails("0,3 nT", Dimension.MAGNETIC_FIELD, "μG", nan, "'0,3 nT' is not a number" + takes);
        fails("NaN", Dimension.MAGNETIC_FIELD, "μG", nan, "'NaN' is not a number" + takes);
        fails("-", Dimension.MAGNETIC_FIELD, "μG", nan, "'-' is not a number" + takes);
        fails("1".repeat(201), Dimension.MAGNETIC_FIELD, "μG", nan, "a value of 201 characters is not a number" + takes);
        var empty = UnitParser.Failure.Kind.EMPTY;
        fails("", Dimension.MAGNETIC_FIELD, "μG", empty, "empty value" + takes);
        fails("  \t ", Dimension.MAGNETIC_FIELD, "μG", empty, "empty value" + takes);
        fails(null, Dimension.DIMENSIONLESS, "", empty, "empty value; this field takes a pure number, e.g. 0.5");
        fails("1e400 μG", Dimension.MAGNETIC_FIELD, "μG", UnitParser.Failure.Kind.OUT_OF_RANGE,
                "'1e400 μG' is too large or too small a number");
        fails("1e308 Mpc", Dimension.LENGTH, "au", UnitParser.Failure.Kind.OUT_OF_RANGE,
                "'1e308 Mpc' is too large or too small a number");
        fails("1e99999999999 G", Dimension.MAGNETIC_FIELD, "μG", UnitParser.Failure.Kind.OUT_OF_RANGE,
                "'1e99999999999 G' is too large or too small a number");
    }

    @Test
    void messagesStayOnOneLine() {
        assertThatThrownBy(() -> UnitParser.parse("3\nfurlongs", Dimension.MAGNETIC_FIELD, "μG"))
                .hasMessage("'3 furlongs': unknown unit 'furlongs'; this field takes a magnetic field, e.g. 3 μG, 0.3 nT");
    }

    @Test
    void aTargetUnitOfAnotherDimensionIsAProgrammingError() {
        assertThatThrownBy(() -> UnitParser.parse("3", Dimension.MAGNETIC_FIELD, "GeV"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("target unit 'GeV' is not a magnetic field");
    }

    @ParameterizedTest
    @EnumSource(Dimension.class)
    void everyCanonicalUnitReadsBackAsItsDimension(Dimension d) {
        assertThat(UnitParser.dimensionOf(d.canonicalUnit())).isEqualTo(d);
        assertThat(Dimension.of(d.canonicalUnit())).isEqualTo(d);
        assertThat(d.noun()).matches("an? [a-z ]+");
        for (String example : d.examples().split(", ")) {
            assertThat(UnitParser.parse(example, d, d.canonicalUnit())).as(example).isFinite();
        }
    }

    @Test
    void dimensionsOfUnits() {
        assertThat(UnitParser.dimensionOf("μG")).isEqualTo(Dimension.MAGNETIC_FIELD);
        assertThat(UnitParser.dimensionOf("s⁻¹")).isEqualTo(Dimension.RATE);
        assertThat(UnitParser.dimensionOf("cm⁻³")).isEqualTo(Dimension.NUMBER_DENSITY);
        assertThat(UnitParser.dimensionOf("GeV")).isEqualTo(Dimension.ENERGY);
        assertThat(UnitParser.dimensionOf("GV")).isEqualTo(Dimension.RIGIDITY);
        assertThat(UnitParser.dimensionOf("au")).isEqualTo(Dimension.LENGTH);
        assertThat(UnitParser.dimensionOf("")).isEqualTo(Dimension.DIMENSIONLESS);
        assertThatThrownBy(() -> UnitParser.dimensionOf("furlong")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnitParser.dimensionOf("cm^2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void convertAndFormat() {
        assertThat(UnitParser.convert(1, "pc", "au")).isCloseTo(206264.80624709636, Offset.offset(1e-8));
        assertThat(UnitParser.convert(3, "μG", "nT")).isCloseTo(0.3, Offset.offset(1e-15));
        assertThatThrownBy(() -> UnitParser.convert(1, "pc", "GeV")).isInstanceOf(IllegalArgumentException.class);
        assertThat(UnitParser.format(3, "μG")).isEqualTo("3 μG");
        assertThat(UnitParser.format(1e-9, "s⁻¹")).isEqualTo("1e-9 s⁻¹");
        assertThat(UnitParser.format(0.5, "")).isEqualTo("0.5");
        assertThat(UnitParser.parse(UnitParser.format(1e-9, "s⁻¹"), Dimension.RATE, "s⁻¹")).isEqualTo(1e-9);
    }

    // --- Parameter.parse: units, then the usual range check ---------------------------------------------------

    @Test
    void everyParameterKnowsItsDimension() {
        assertThat(Parameters.DELTA_S.dimension()).isEqualTo(Dimension.DIMENSIONLESS);
        assertThat(Parameters.B_MICROGAUSS.dimension()).isEqualTo(Dimension.MAGNETIC_FIELD);
        assertThat(Parameters.NU0_PER_S.dimension()).isEqualTo(Dimension.RATE);
        assertThat(Parameters.DIMENSIONALITY.dimension()).isEqualTo(Dimension.DIMENSIONLESS);
        assertThat(Parameters.ASPECT.dimension()).isEqualTo(Dimension.DIMENSIONLESS);
        assertThat(Parameters.N_ISM_PER_CM3.dimension()).isEqualTo(Dimension.NUMBER_DENSITY);
        assertThat(Parameters.KINETIC_ENERGY_GEV.dimension()).isEqualTo(Dimension.ENERGY);
        assertThat(Parameters.CHARGE_Z.dimension()).isEqualTo(Dimension.DIMENSIONLESS);
        assertThat(Parameters.MASS_NUMBER_A.dimension()).isEqualTo(Dimension.DIMENSIONLESS);
    }

    @Test
    void parameterParseConvertsThenValidates() {
        assertThat(Parameters.B_MICROGAUSS.parse("0.3 nT")).isEqualTo(3.0);
        assertThat(Parameters.B_MICROGAUSS.parse("3")).isEqualTo(3.0);
        assertThat(Parameters.NU0_PER_S.parse("3e-2 /yr")).isCloseTo(9.506426344208685e-10, within(1e-22));
        assertThat(Parameters.N_ISM_PER_CM3.parse("1e55 pc^-3")).isCloseTo(0.34036771909965363, within(1e-15));
        assertThat(Parameters.DELTA_S.parse("0.5")).isEqualTo(0.5);
        assertThat(Parameters.DIMENSIONALITY.parse("2")).isEqualTo(2.0);
        assertThat(Parameters.KINETIC_ENERGY_GEV.parse("5 TeV")).isEqualTo(5000.0);
        assertThatThrownBy(() -> Parameters.B_MICROGAUSS.parse("5000 μG")).hasMessage("B = 5000 μG is outside [0.01, 1000] μG");
        assertThatThrownBy(() -> Parameters.B_MICROGAUSS.parse("0.5 G")).hasMessage("B = 500000 μG is outside [0.01, 1000] μG");
        assertThatThrownBy(() -> Parameters.B_MICROGAUSS.parse("5 TeV")).hasMessage("TeV is an energy; this field is a magnetic field");
        assertThatThrownBy(() -> Parameters.B_MICROGAUSS.parse("3 furlongs"))
                .hasMessage("'3 furlongs': unknown unit 'furlongs'; this field takes a magnetic field, e.g. 3 μG, 0.3 nT");
        assertThatThrownBy(() -> Parameters.B_MICROGAUSS.parse("abc"))
                .hasMessage("'abc' is not a number; B must be in [0.01, 1000] μG, e.g. 3 μG, 0.3 nT");
        assertThatThrownBy(() -> Parameters.DELTA_S.parse("abc")).hasMessage("'abc' is not a number; δ_s must be in [0, 1.5]");
        assertThatThrownBy(() -> Parameters.DELTA_S.parse(" ")).hasMessage("no value given; δ_s must be in [0, 1.5]");
        assertThatThrownBy(() -> Parameters.DELTA_S.parse("0.5 μG")).hasMessage("μG is a magnetic field; this field is a pure number");
        assertThatThrownBy(() -> Parameters.DIMENSIONALITY.parse("1.5")).hasMessage("D = 1.5 must be a whole number in [0, 2]");
        assertThatThrownBy(() -> Parameters.NU0_PER_S.parse("1 /s")).hasMessage("ν̄₀ = 1 s⁻¹ is outside [1e-13, 1e-5] s⁻¹");
    }

    // --- Units.parseEnergyGeV delegates and keeps its messages ---------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"1GeV", "1 GeV", "1000 MeV", "1e6keV", "1e9 eV", "0.001TeV", "1e-6 PeV", "1", "1.602176634e-3 erg"})
    void energyTextDelegatesToTheUnitParser(String text) {
        assertThat(Units.parseEnergyGeV(text)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void energyMessagesAreUnchanged() {
        assertThatThrownBy(() -> Units.parseEnergyGeV("ten GeV"))
                .hasMessage("energy 'ten GeV' is not a number with a unit (e.g. 1GeV, 10 MeV)");
        assertThatThrownBy(() -> Units.parseEnergyGeV("10 GeeV")).hasMessageStartingWith("energy '10 GeeV' has unknown unit 'GeeV'");
        assertThatThrownBy(() -> Units.parseEnergyGeV("-1 GeV")).hasMessage("energy '-1 GeV' must be a positive, finite kinetic energy");
        assertThatThrownBy(() -> Units.parseEnergyGeV("10 GV")).hasMessage("energy '10 GV': GV is a rigidity; this field is an energy");
        assertThat(Units.parseRigidityGV("1 TV")).isEqualTo(1000.0);
        assertThat(EnergyClass.parseList("a=1e-3 erg..1 TeV").get(0).minKineticEnergyGeV()).isCloseTo(0.6241509074460763, within(1e-15));
    }
}
