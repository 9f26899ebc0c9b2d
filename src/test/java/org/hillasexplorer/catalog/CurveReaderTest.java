package org.hillasexplorer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.hillasexplorer.catalog.PlainCsvCatalogTest.AU_PER_PC;
import static org.hillasexplorer.catalog.PlainCsvCatalogTest.PC3_PER_CM3;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.TabulatedPopulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tabulated population curves: header, units, metadata comments, bad points, refusals. */
class CurveReaderTest {
    @TempDir
    Path dir;

    static CurveFile curve(String text) {
        return CurveReader.read(new StringReader(text), "curve.csv");
    }

    @Test
    void theExampleCurveLoads() {
        CurveFile f = CurveReader.read(Path.of("examples/power-law-curve.csv"));
        assertThat(f.problems()).isEmpty();
        TabulatedPopulation p = f.population();
        assertThat(p.id()).isEqualTo("power-law-clumps");
        assertThat(p.label()).isEqualTo("Power-law clumps");
        assertThat(p.plane()).isEqualTo(Plane.NUMBER_DENSITY);
        assertThat(p.dimensionality()).isZero();
        assertThat(p.aspect()).isEqualTo(1);
        assertThat(p.internalRatePerS()).isEqualTo(OptionalDouble.of(1e-6));
        assertThat(p.shortAxisAu()).hasSize(9);
        assertThat(p.shortAxisAu().get(0)).isCloseTo(1e-3 * AU_PER_PC, withinPercentage(1e-3));
        assertThat(p.shortAxisAu().get(8)).isCloseTo(10 * AU_PER_PC, withinPercentage(1e-3));
        assertThat(p.values().get(0)).isEqualTo(3.16e5);
        assertThat(p.values().get(8)).isEqualTo(3.16e-5);
    }

    @Test
    void aFillingFactorCurveInCentimetresWithMetadata() {
        CurveFile f = curve("""
                # label: Sheets
                # id: my-sheets
                # dimensionality: 2
                # aspect: 10
                # nu_s: 1e-6 s^-1
                l_S [cm];filling_factor
                1e13;1e-6
                1e14;1e-4
                """);
        assertThat(f.problems()).isEmpty();
        TabulatedPopulation p = f.population();
        assertThat(p.id()).isEqualTo("my-sheets");
        assertThat(p.plane()).isEqualTo(Plane.FILLING_FACTOR);
        assertThat(p.dimensionality()).isEqualTo(2);
        assertThat(p.aspect()).isEqualTo(10);
        assertThat(p.internalRatePerS()).isEqualTo(OptionalDouble.of(1e-6));
        assertThat(p.shortAxisAu().get(0)).isCloseTo(1e13 / 1.495978707e13, within(1e-12));
    }

    @Test
    void numberDensitiesPerCubicCentimetreAndDefaults() {
        CurveFile f = CurveReader.read(new StringReader("size_pc,ns_cm3\n1,1e-55\n2,1e-56\n"), "/data/runs/My Run.csv");
        TabulatedPopulation p = f.population();
        assertThat(p.label()).isEqualTo("My Run");
        assertThat(p.id()).isEqualTo("my-run");
        assertThat(p.dimensionality()).isZero();
        assertThat(p.aspect()).isEqualTo(1);
        assertThat(p.internalRatePerS()).isEmpty();
        assertThat(p.values().get(0)).isCloseTo(1e-55 * PC3_PER_CM3, withinPercentage(1e-3));
    }

    @Test
    void missingUnitsAreReadAsAuAndPerCubicParsecWithNotes() {
        CurveFile f = curve("size,n_s\n1,10\n2,5\n");
        assertThat(f.population().shortAxisAu()).containsExactly(1.0, 2.0);
        assertThat(f.population().values()).containsExactly(10.0, 5.0);
        assertThat(f.problems()).allMatch(CatalogProblem::warning).extracting(CatalogProblem::field).containsExactly("size", "n_s");
        assertThat(f.report()).isEqualTo("""
                2 notes on curve.csv:
                  line 1, column size: states no unit; its values were read as au (write e.g. 'size [pc]' to give one)
                  line 1, column n_s: states no unit; its values were read as pc-3 (write e.g. 'n_s [cm^-3]' to give one)""");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not increasing | 5,1e-3     | size [au] | 1 | '5' is not larger than the previous size '10' on line 3; sizes must increase strictly
            equal size     | 10,1e-3    | size [au] | 1 | '10' is not larger than the previous size '10' on line 3; sizes must increase strictly
            negative value | 20,-1e-3   | f_V       | 2 | '-1e-3' must be a positive number
            f_V above one  | 20,1.5     | f_V       | 2 | '1.5' must be at most 1 (a volume-filling factor)
            zero size      | 0,1e-3     | size [au] | 1 | '0' must be a positive number
            missing value  | 20,        | f_V       | 2 | a value is required
            one value      | 20         | row       | 0 | has 1 value but needs 2 (size is column 1, f_V column 2)
            """)
    void badPointsAreSkippedWithLineAndColumn(String what, String row, String header, int column, String message) {
        CurveFile f = curve("size [au],f_V\n1,1e-4\n10,1e-3\n" + row + "\n100,1e-2\n");
        assertThat(f.population().shortAxisAu()).as(what).containsExactly(1.0, 10.0, 100.0);
        assertThat(f.problems()).as(what).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.field()).isEqualTo(header.replace(" [au]", ""));
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.message()).isEqualTo(message);
        });
    }

    @Test
    void badMetadataIsReportedAndKeepsTheDefault() {
        CurveFile f = curve("# dimensionality: 3\n# aspect: 0.5\n# nu_s: fast\n# label: A\n# label: B\nsize [au],fv\n1,0.1\n2,0.2\n");
        TabulatedPopulation p = f.population();
        assertThat(p.dimensionality()).isZero();
        assertThat(p.aspect()).isEqualTo(1);
        assertThat(p.internalRatePerS()).isEmpty();
        assertThat(p.label()).isEqualTo("A");
        assertThat(f.problems()).extracting(CatalogProblem::toString).containsExactly(
                "curve.csv:1: dimensionality: '3' must be 0, 1 or 2; D = 0 is used",
                "curve.csv:2: aspect: '0.5' must be a number in [1, 1e6]; 1 is used",
                "curve.csv:3: nu_s: 'fast' must be a positive rate in s^-1, e.g. 1e-6; none is used",
                "curve.csv:5: label: is given again (first on line 4); the first one counts");
    }

    @Test
    void fewerThanTwoValidPointsIsRefused() {
        assertThatThrownBy(() -> curve("size [au],fv\n1,0.1\n2,-1\n")).isExactlyInstanceOf(CatalogException.class)
                .hasMessage("curve.csv: has 1 valid point but a curve needs at least 2 "
                        + "(1 skipped; first: line 3, column fv: '-1' must be a positive number)");
        assertThatThrownBy(() -> curve("size [au],fv\n")).hasMessage("curve.csv: has 0 valid points but a curve needs at least 2");
    }

    @Test
    void filesThatAreNotCurvesAreRefused() throws IOException {
        assertThatThrownBy(() -> curve("")).isExactlyInstanceOf(CatalogException.class)
                .hasMessageStartingWith("curve.csv: is empty, not a curve file");
        assertThatThrownBy(() -> curve("1,2\n3,4\n")).isExactlyInstanceOf(CatalogException.class)
                .hasMessage("curve.csv: is not a curve file: the header row (line 1: '1,2') has no size column; expected a header "
                        + "row naming the size and n_s or f_V columns, e.g. 'size [pc],n_s [pc^-3]' or 'size [au],f_V'");
        assertThatThrownBy(() -> curve("size [pc],colour\n1,red\n")).hasMessageContaining("has no n_s or f_V column");
        assertThatThrownBy(() -> curve("size [pc],ns [pc-3],fv\n1,2,0.1\n"))
                .hasMessage("curve.csv: line 1: columns ns and fv both give values; a curve has one column of n_s or of f_V");
        assertThatThrownBy(() -> curve("size [parsec-ish],fv\n1,0.1\n"))
                .hasMessage("curve.csv: line 1: column size has unit 'parsec-ish', which is not known here; use au, pc, kpc, km or cm");
        Path bin = Files.write(dir.resolve("x.bin"), new byte[] {0, 1, 2, (byte) 0xff});
        assertThatThrownBy(() -> CurveReader.read(bin)).isExactlyInstanceOf(CatalogException.class)
                .hasMessage(bin + ": is not UTF-8 text (a binary file?), so not a curve file");
        assertThatThrownBy(() -> CurveReader.read(dir.resolve("nope.csv"))).hasMessageEndingWith("nope.csv: no such file");
    }

    @Test
    void aChangedFileReadsAnew() throws IOException {
        Path f = dir.resolve("c.csv");
        Files.writeString(f, "size [au],fv\n1,0.1\n2,0.2\n");
        assertThat(CurveReader.read(f).population().size()).isEqualTo(2);
        Files.writeString(f, "size [au],fv\n1,0.1\n2,0.2\n3,0.3\n");
        assertThat(CurveReader.read(f).population().size()).isEqualTo(3);
    }
}
