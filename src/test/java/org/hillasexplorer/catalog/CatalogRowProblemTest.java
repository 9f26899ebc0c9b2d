package org.hillasexplorer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hillasexplorer.catalog.EcsvText.FIRST_ROW_LINE;
import static org.hillasexplorer.catalog.EcsvText.GOOD_FV_ROW;
import static org.hillasexplorer.catalog.EcsvText.GOOD_ROW;
import static org.hillasexplorer.catalog.EcsvText.read;
import static org.hillasexplorer.catalog.EcsvText.withRows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A bad row becomes one problem naming file, line and column; the good rows around it still load. */
class CatalogRowProblemTest {

    /** Reads GOOD_ROW, the bad row, GOOD_FV_ROW and checks the single problem is on the middle line. */
    private static CatalogProblem onlyProblemOf(String badRow) {
        Catalog c = read(withRows(GOOD_ROW, badRow, GOOD_FV_ROW));
        assertThat(c.entries()).extracting(CatalogEntry::id).containsExactly("gmcs", "tsas");
        assertThat(c.problems()).hasSize(1);
        CatalogProblem p = c.problems().get(0);
        assertThat(p.source()).isEqualTo("test.ecsv");
        assertThat(p.line()).isEqualTo(FIRST_ROW_LINE + 1);
        return p;
    }

    @Test
    void negativeNumberDensityIsReportedLikeTheBriefExample() {
        CatalogProblem p = onlyProblemOf("snrs,Supernova remnants,SNRs,macroscopic,ns,4e5,2e7,1e-9,-3,,,0,x,y");
        assertThat(p.toString()).isEqualTo("test.ecsv:21: ns_max_pc3: '-3' must be a positive number");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not a number  | x,X,X,macroscopic,ns,abc,10,1,2,,,0,d,r          | size_min_au    | 'abc' must be a positive number
            zero          | x,X,X,macroscopic,ns,1,10,0,2,,,0,d,r            | ns_min_pc3     | '0' must be a positive number
            NaN           | x,X,X,macroscopic,ns,1,10,NaN,2,,,0,d,r          | ns_min_pc3     | 'NaN' must be a positive number
            infinity      | x,X,X,macroscopic,ns,1,Infinity,1,2,,,0,d,r      | size_max_au    | 'Infinity' must be a positive number
            hex float     | x,X,X,macroscopic,ns,0x1p3,10,1,2,,,0,d,r        | size_min_au    | '0x1p3' must be a positive number
            min above max | x,X,X,macroscopic,ns,100,10,1,2,,,0,d,r          | size_max_au    | '10' is below size_min_au = '100'; the minimum must not exceed the maximum
            half a range  | x,X,X,macroscopic,ns,1,10,1,,,,0,d,r             | ns_max_pc3     | is empty but ns_min_pc3 is given; give both or neither
            f_V above one | x,X,X,small-scale,fv,1,10,,,0.5,2,0,d,r          | fv_max         | '2' must be at most 1 (a volume-filling factor)
            category      | x,X,X,cosmic,ns,1,10,1,2,,,0,d,r                 | category       | 'cosmic' must be one of macroscopic, small-scale, theoretical, user
            planes        | x,X,X,macroscopic,xy,1,10,1,2,,,0,d,r            | planes         | 'xy' must be ns, fv or ns+fv
            dimension     | x,X,X,macroscopic,ns,1,10,1,2,,,3,d,r            | dimensionality | '3' must be 0, 1, 2, 0-1, 0-2, 1-2 or ?
            missing id    | ,X,X,macroscopic,ns,1,10,1,2,,,0,d,r             | id             | a value is required
            missing name  | x,,X,macroscopic,ns,1,10,1,2,,,0,d,r             | name           | a value is required
            missing cat.  | x,X,X,,ns,1,10,1,2,,,0,d,r                       | category       | a value is required
            bad id        | a b,X,X,macroscopic,ns,1,10,1,2,,,0,d,r          | id             | 'a b' must be 1-64 letters, digits, _ . or -
            no size       | x,X,X,macroscopic,ns,,,1,2,,,0,d,r               | size_min_au    | a macroscopic entry needs a size range; only theoretical entries may leave it empty
            plane w/o data| x,X,X,small-scale,ns+fv,1,10,,,1e-3,1e-2,0,d,r   | planes         | the entry is drawn on ns but has no ns_min_pc3/ns_max_pc3 values
            column count  | x,X,X,macroscopic,ns,1,10                        | row            | has 7 values but the header declares 14 columns
            open quote    | x,"X,X,macroscopic,ns,1,10,1,2,,,0,d,r           | row            | is not valid CSV (an unclosed quote?); the row was skipped
            """)
    void eachMalformedValueNamesItsFieldAndWhatIsAllowed(String what, String row, String field, String message) {
        CatalogProblem p = onlyProblemOf(row);
        assertThat(p.field()).as(what).isEqualTo(field);
        assertThat(p.message()).as(what).isEqualTo(message);
    }

    @Test
    void duplicateIdNamesTheFirstLine() {
        Catalog c = read(withRows(GOOD_ROW, GOOD_FV_ROW, GOOD_ROW));
        assertThat(c.entries()).hasSize(2);
        assertThat(c.problems()).singleElement().hasToString(
                "test.ecsv:22: id: 'gmcs' is already used on line " + FIRST_ROW_LINE);
    }

    @Test
    void everyBadFieldOfOneRowIsReported() {
        Catalog c = read(withRows("x,X,X,cosmic,ns,-1,10,1,2,,,5,d,r", GOOD_ROW));
        assertThat(c.entries()).extracting(CatalogEntry::id).containsExactly("gmcs");
        assertThat(c.problems()).extracting(CatalogProblem::field)
                .containsExactlyInAnyOrder("category", "size_min_au", "dimensionality");
        assertThat(c.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(FIRST_ROW_LINE));
    }

    @Test
    void blankLinesAreSkippedButCountedInLineNumbers() {
        Catalog c = read(withRows("", GOOD_ROW, "", "y,Y,Y,macroscopic,ns,1,10,1,-2,,,0,d,r"));
        assertThat(c.entries()).hasSize(1);
        assertThat(c.problems()).singleElement().extracting(CatalogProblem::line).isEqualTo((long) FIRST_ROW_LINE + 3);
    }

    @Test
    void windowsLineEndsGiveTheSameLineNumbers() {
        String text = withRows(GOOD_ROW, "y,Y,Y,macroscopic,ns,1,10,1,-2,,,0,d,r").replace("\n", "\r\n");
        Catalog c = read(text);
        assertThat(c.entries()).hasSize(1);
        assertThat(c.problems()).singleElement().hasToString("test.ecsv:21: ns_max_pc3: '-2' must be a positive number");
    }

    @Test
    void theoreticalEntriesMayHaveNoNumbersAndDefaultToTheFillingFactorPlane() {
        Catalog c = read(withRows("sheets,Current sheets,sheets,theoretical,,,,,,,,2,no numbers,Dong 2022"));
        assertThat(c.problems()).isEmpty();
        CatalogEntry e = c.byId("sheets").orElseThrow();
        assertThat(e.sizeAu()).isEmpty();
        assertThat(e.planes()).containsExactly(org.hillasexplorer.physics.Plane.FILLING_FACTOR);
        assertThat(e.box(org.hillasexplorer.physics.Plane.FILLING_FACTOR)).isEmpty();
    }

    @Test
    void optionalColumnsGetDefaults() {
        String text = """
                # %ECSV 1.0
                # ---
                # delimiter: ','
                # datatype:
                # - {name: id, datatype: string}
                # - {name: name, datatype: string}
                # - {name: category, datatype: string}
                # - {name: size_min_au, unit: AU, datatype: float64}
                # - {name: size_max_au, unit: AU, datatype: float64}
                # - {name: ns_min_pc3, unit: pc-3, datatype: float64}
                # - {name: ns_max_pc3, unit: pc-3, datatype: float64}
                # - {name: extra, datatype: string}
                id,name,category,size_min_au,size_max_au,ns_min_pc3,ns_max_pc3,extra
                a,Alpha,macroscopic,1,10,1e-3,1e-2,ignored
                """;
        Catalog c = read(text);
        assertThat(c.problems()).isEmpty();
        CatalogEntry a = c.byId("a").orElseThrow();
        assertThat(a.label()).isEqualTo("Alpha");
        assertThat(a.dimensionality()).isEqualTo("?");
        assertThat(a.planes()).containsExactly(org.hillasexplorer.physics.Plane.NUMBER_DENSITY);
        assertThat(a.fillingFactor()).isEmpty();
        assertThat(a.derivation()).isEmpty();
    }

    @Test
    void spaceDelimitedEcsvAsAstropyWritesByDefaultIsRead() {
        String text = """
                # %ECSV 1.0
                # ---
                # datatype:
                # - {name: id, datatype: string}
                # - {name: name, datatype: string}
                # - {name: category, datatype: string}
                # - {name: size_min_au, unit: AU, datatype: float64}
                # - {name: size_max_au, unit: AU, datatype: float64}
                # - {name: fv_min, datatype: float64}
                # - {name: fv_max, datatype: float64}
                id name category size_min_au size_max_au fv_min fv_max
                ese "ESE plasma lenses" small-scale 0.3 10.0 1e-11 1e-06
                sheets "Current sheets" theoretical "" "" "" ""
                """;
        Catalog c = read(text);
        assertThat(c.problems()).isEmpty();
        assertThat(c.byId("ese").orElseThrow().name()).isEqualTo("ESE plasma lenses");
        assertThat(c.byId("sheets").orElseThrow().fillingFactor()).isEmpty();
    }
}
