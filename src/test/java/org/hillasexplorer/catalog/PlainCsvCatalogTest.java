package org.hillasexplorer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.hillasexplorer.physics.Plane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Plain CSV catalogues: header aliases and units, defaults, bad rows with line and column, refusals. */
class PlainCsvCatalogTest {
    static final double AU_PER_PC = 206264.806;
    static final double PC3_PER_CM3 = 2.938e55;

    @TempDir
    Path dir;

    static Catalog csv(String text) {
        return CatalogReader.read(new StringReader(text), "my.csv");
    }

    @Test
    void theExampleSimulationLoadsWithUnitsConverted() {
        Catalog c = CatalogReader.read(Path.of("examples/my-simulation.csv"));
        assertThat(c.problems()).isEmpty();
        assertThat(c.entries()).extracting(CatalogEntry::id)
                .containsExactly("cold-clumps", "current-sheets", "shock-fronts", "plasmoids", "mirrors", "warm-filaments");
        assertThat(c.entries()).allSatisfy(e -> assertThat(e.category()).isEqualTo(Category.USER));
        CatalogEntry clumps = c.byId("cold-clumps").orElseThrow();
        assertThat(clumps.sizeAu().orElseThrow().min()).isCloseTo(0.05 * AU_PER_PC, withinPercentage(1e-3));
        assertThat(clumps.sizeAu().orElseThrow().max()).isCloseTo(0.5 * AU_PER_PC, withinPercentage(1e-3));
        assertThat(clumps.numberDensityPerPc3().orElseThrow().min()).isCloseTo(3.4e-59 * PC3_PER_CM3, withinPercentage(1e-3));
        assertThat(clumps.fillingFactor().orElseThrow()).isEqualTo(new Range(1e-6, 1e-3));
        assertThat(clumps.planes()).containsExactlyInAnyOrder(Plane.NUMBER_DENSITY, Plane.FILLING_FACTOR);
        assertThat(clumps.label()).isEqualTo("Cold dense clumps");
        assertThat(clumps.reference()).isEqualTo("run 42 clump finder");
        assertThat(c.byId("plasmoids").orElseThrow().planes()).containsExactly(Plane.NUMBER_DENSITY);
        assertThat(c.byId("mirrors").orElseThrow().planes()).containsExactly(Plane.FILLING_FACTOR);
        assertThat(c.byId("warm-filaments").orElseThrow().reference()).isEqualTo("run 42, filament finder");
        assertThat(c.byId("cold-clumps").orElseThrow().box(Plane.NUMBER_DENSITY)).isPresent();
    }

    @Test
    void theExampleWithErrorsReportsEachBadRowAndLoadsTheGoodOnes() {
        Catalog c = CatalogReader.read(Path.of("examples/my-simulation-with-errors.csv"));
        assertThat(c.entries()).extracting(CatalogEntry::id).containsExactly("cold-clumps", "mirrors");
        assertThat(c.problems()).extracting(p -> p.line() + " " + p.field() + " " + p.column() + " " + p.message()).containsExactly(
                "5 n_s_min 5 '-3' must be a positive number",
                "6 size_max 4 '1' is below size_min = '10'; the minimum must not exceed the maximum",
                "7 f_V_max 8 '1.5' must be at most 1 (a volume-filling factor)",
                "8 row 0 has 5 values but the header names 10 columns");
        assertThat(CatalogProblem.report(c.problems())).isEqualTo("""
                4 rows of examples/my-simulation-with-errors.csv were skipped:
                  line 5, column n_s_min: '-3' must be a positive number
                  line 6, column size_max: '1' is below size_min = '10'; the minimum must not exceed the maximum
                  line 7, column f_V_max: '1.5' must be at most 1 (a volume-filling factor)
                  line 8: has 5 values but the header names 10 columns""");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            size_min [pc],size_max [pc],n_s_min [cm^-3],n_s_max [cm-3]           | 206264.806 | 2.938e55
            size_min (pc),size_max (pc),ns_min (cm⁻³),ns_max (cm**-3)            | 206264.806 | 2.938e55
            size_min_pc,size_max_pc,ns_min_cm3,ns_max_cm3                        | 206264.806 | 2.938e55
            LS_MIN_PC,LS_MAX_PC,N_MIN_PC3,N_MAX_PC3                              | 206264.806 | 1
            l_min [kpc],l_max [kpc],n_min [1/pc3],n_max [pc⁻³]                   | 206264806  | 1
            ℓ_S min [au],ℓ_S max [AU],number density min [pc^-3],number density max [pc-3] | 1 | 1
            minSize [km],maxSize [km],nsMin [1/cm^3],nsMax [/cm3]                | 6.6845871e-9 | 2.938e55
            size_min [cm],size_max [cm],n_s_min [per_pc3],n_s_max [pc**-3]       | 6.6845871e-14 | 1
            """)
    void headerAliasesAndUnitSpellingsAreHonoured(String header, double auPerUnit, double pc3PerUnit) {
        Catalog c = csv(header + ",fv_min,fv_max\n1,2,3,4,,\n");
        assertThat(c.problems()).isEmpty();
        CatalogEntry e = c.entries().get(0);
        assertThat(e.sizeAu().orElseThrow().min()).isCloseTo(auPerUnit, within(auPerUnit * 1e-6));
        assertThat(e.sizeAu().orElseThrow().max()).isCloseTo(2 * auPerUnit, within(auPerUnit * 1e-6));
        assertThat(e.numberDensityPerPc3().orElseThrow().min()).isCloseTo(3 * pc3PerUnit, within(3 * pc3PerUnit * 1e-3));
        assertThat(e.numberDensityPerPc3().orElseThrow().max()).isCloseTo(4 * pc3PerUnit, within(4 * pc3PerUnit * 1e-3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fv_min,fv_max", "f_V_min,f_V_max", "filling_min,filling_max", "filling_factor_min,filling_factor_max",
        "FV-MIN,FV-MAX", "min_fv,max_fv"})
    void fillingFactorAliases(String fv) {
        Catalog c = csv("size_min [au],size_max [au]," + fv + "\n1,10,1e-4,1e-3\n");
        assertThat(c.problems()).isEmpty();
        assertThat(c.entries().get(0).fillingFactor()).contains(new Range(1e-4, 1e-3));
        assertThat(c.entries().get(0).planes()).containsExactly(Plane.FILLING_FACTOR);
    }

    @Test
    void optionalColumnsGetDefaults() {
        Catalog c = csv("""
                # no id, no category, no label
                name,size [pc],fv
                Cold clumps,0.1,1e-3
                Cold clumps,0.2,2e-3
                ,1,1e-2
                """);
        assertThat(c.problems()).isEmpty();
        assertThat(c.entries()).extracting(CatalogEntry::id).containsExactly("cold-clumps", "cold-clumps-2", "row-3");
        CatalogEntry first = c.entries().get(0);
        assertThat(first.name()).isEqualTo("Cold clumps");
        assertThat(first.label()).isEqualTo("Cold clumps");
        assertThat(first.category()).isEqualTo(Category.USER);
        assertThat(first.dimensionality()).isEqualTo("?");
        assertThat(first.sizeAu()).hasValueSatisfying(
                r -> assertThat(r.min()).isCloseTo(0.1 * AU_PER_PC, withinPercentage(1e-3)));
        assertThat(first.fillingFactor()).contains(new Range(1e-3, 1e-3));
        assertThat(c.entries().get(2).name()).isEqualTo("row-3");
    }

    @Test
    void missingUnitsDefaultToAuAndPerCubicParsecWithANote() {
        Catalog c = csv("id,size_min,size_max,ns_min,ns_max\na,1,10,1e-3,1e-2\n");
        CatalogEntry e = c.entries().get(0);
        assertThat(e.sizeAu()).contains(new Range(1, 10));
        assertThat(e.numberDensityPerPc3()).contains(new Range(1e-3, 1e-2));
        assertThat(c.problems()).allMatch(CatalogProblem::warning).extracting(CatalogProblem::toString).containsExactly(
                "my.csv:1: size_min: and size_max state no unit; their values were read as au (write e.g. 'size_min [pc]' to give one)",
                "my.csv:1: ns_min: and ns_max state no unit; their values were read as pc-3 (write e.g. 'ns_min [cm^-3]' to give one)");
        assertThat(CatalogProblem.report(c.problems())).startsWith("2 notes on my.csv:\n  line 1, column size_min: and size_max state no unit");
    }

    @Test
    void explicitCategoriesPlanesAndOtherColumnsAreRead() {
        Catalog c = csv("""
                ID;Name;Label;Category;Planes;size_min [pc];size_max [pc];ns_min [pc-3];ns_max [pc-3];fv_min;fv_max;D;notes;ref;extra
                gmc;Giant clouds;GMCs;macroscopic;ns;10;100;1e-9;1e-7;1e-4;1e-2;0;counted;Draine 2011;ignored
                """);
        assertThat(c.problems()).isEmpty();
        CatalogEntry e = c.byId("gmc").orElseThrow();
        assertThat(e.category()).isEqualTo(Category.MACROSCOPIC);
        assertThat(e.planes()).containsExactly(Plane.NUMBER_DENSITY);
        assertThat(e.label()).isEqualTo("GMCs");
        assertThat(e.dimensionality()).isEqualTo("0");
        assertThat(e.derivation()).isEqualTo("counted");
        assertThat(e.reference()).isEqualTo("Draine 2011");
    }

    @Test
    void tabsTrailingDelimitersCommentsBlankLinesAndWindowsLineEndsAreFine() {
        String text = "# comment\n\nname\tsize [au]\tfv\n\n# another comment\nA\t1\t0.5\nB\t2\t0.1\t\t\n";
        Catalog c = csv(text.replace("\n", "\r\n"));
        assertThat(c.problems()).isEmpty();
        assertThat(c.entries()).extracting(CatalogEntry::id).containsExactly("a", "b");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            negative n_s   | a,A,1,10,-3,1,,            | n_s_min  | 5 | '-3' must be a positive number
            not a number   | a,A,one,10,1,2,,           | size_min | 3 | 'one' must be a positive number
            half a range   | a,A,1,10,,2,,              | n_s_min  | 5 | is empty but n_s_max is given; give both or neither
            f_V above one  | a,A,1,10,,,0.1,7           | f_V_max  | 8 | '7' must be at most 1 (a volume-filling factor)
            min above max  | a,A,1,10,5,2,,             | n_s_max  | 6 | '2' is below n_s_min = '5'; the minimum must not exceed the maximum
            no values      | a,A,1,10,,,,               | n_s_min  | 5 | the row gives neither n_s nor f_V values, so there is nothing to draw
            no size        | a,A,,,1,2,,                | size_min | 3 | a user entry needs a size range; only theoretical entries may leave it empty
            bad id         | a b,A,1,10,1,2,,           | id       | 1 | 'a b' must be 1-64 letters, digits, _ . or -
            too few        | a,A,1,10                   | row      | 0 | has 4 values but the header names 8 columns
            open quote     | a,"A,1,10,1,2,,            | row      | 0 | is not valid CSV (an unclosed quote?); the row was skipped
            overflow       | a,A,1e305,1e306,1,2,,      | size_min | 3 | '1e305'..'1e306' is out of range after unit conversion
            huge number    | a,A,1e400,1e401,1,2,,      | size_min | 3 | '1e400' must be a positive number
            """)
    void eachBadRowNamesLineColumnAndReason(String what, String row, String field, int column, String message) {
        Catalog c = csv("id,name,size_min [pc],size_max [pc],n_s_min [cm-3],n_s_max [cm-3],f_V_min,f_V_max\n"
                + "good,Good,1,2,1e-58,1e-57,,\n" + row + "\n" + "good2,Good,1,2,,,0.1,0.2\n");
        assertThat(c.entries()).as(what).extracting(CatalogEntry::id).containsExactly("good", "good2");
        CatalogProblem p = c.problems().stream().filter(x -> !x.warning()).findFirst().orElseThrow();
        assertThat(p.line()).as(what).isEqualTo(3);
        assertThat(p.field()).as(what).isEqualTo(field);
        assertThat(p.column()).as(what).isEqualTo(column);
        assertThat(p.message()).as(what).isEqualTo(message);
    }

    @Test
    void aDuplicateGivenIdNamesTheFirstLine() {
        Catalog c = csv("id,size [au],fv\na,1,0.1\na,2,0.2\n");
        assertThat(c.problems()).singleElement().hasToString("my.csv:3: id: 'a' is already used on line 2");
    }

    @Test
    void unknownUnitsAndContradictionsRefuseTheFile() {
        assertThatThrownBy(() -> csv("size_min [furlong],size_max [furlong],fv_min,fv_max\n1,2,0.1,0.2\n"))
                .isExactlyInstanceOf(CatalogException.class)
                .hasMessage("my.csv: line 1: column size_min has unit 'furlong', which is not known here; use au, pc, kpc, km or cm");
        assertThatThrownBy(() -> csv("size_min_pc [au],size_max_pc [au],fv_min,fv_max\n1,2,0.1,0.2\n"))
                .isExactlyInstanceOf(CatalogException.class)
                .hasMessage("my.csv: line 1: column size_min_pc is named for pc but states unit 'au'; rename it or fix the unit");
        assertThatThrownBy(() -> csv("size_min [pc],ls_min [pc],size_max [pc],fv\n1,2,3,0.1\n"))
                .isExactlyInstanceOf(CatalogException.class)
                .hasMessage("my.csv: line 1: columns size_min and ls_min both give size_min; keep one");
        assertThatThrownBy(() -> csv("size_min [pc],fv\n1,0.1\n"))
                .hasMessage("my.csv: line 1: column size_min needs its partner column size_max");
        assertThatThrownBy(() -> csv("size [pc],size_min [pc],size_max [pc],fv\n1,1,2,0.1\n"))
                .hasMessage("my.csv: line 1: columns size and size_min both give size; use either size or size_min/size_max");
        assertThatThrownBy(() -> csv("# only sizes\nname,size_min [pc],size_max [pc]\nA,1,2\n"))
                .hasMessage("my.csv: line 2: the header row has a size column but no n_s or f_V column: expected ns_min/ns_max "
                        + "(e.g. 'n_s_min [pc^-3]') or fv_min/fv_max");
    }

    @Test
    void proseAndOnlyCommentsAreRefused() {
        assertThatThrownBy(() -> csv("Dear colleague, here are my results.\nBest wishes\n"))
                .isExactlyInstanceOf(CatalogException.class)
                .hasMessageStartingWith("my.csv: is not a catalogue: the header row (line 1: 'Dear colleague, here are my results.') "
                        + "has no recognisable size column");
        assertThatThrownBy(() -> csv("# just\n# comments\n"))
                .hasMessage("my.csv: has only comments, no header row, so it is not a catalogue "
                        + "(expected ECSV, JSON, or CSV with a header row naming the columns)");
    }

    @Test
    void aHugeCellIsRejectedQuicklyNotBacktrackedOver() {
        String digits = "1".repeat(5_000_000) + "x";
        Catalog c = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> csv("size [au],fv\n" + digits + ",0.1\n1,0.1\n"));
        assertThat(c.entries()).hasSize(1);
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("size");
            assertThat(p.message()).isEqualTo("'" + "1".repeat(37) + "...' must be a positive number");
        });
    }

    @Test
    void aHeaderWithoutRowsIsAnEmptyCatalogue() {
        Catalog c = csv("size_min [pc],size_max [pc],fv_min,fv_max\n");
        assertThat(c.entries()).isEmpty();
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void readingAChangedFileAgainGivesTheNewContent() throws IOException {
        Path f = dir.resolve("sim.csv");
        Files.writeString(f, "name,size [pc],fv\nA,1,0.1\n");
        assertThat(CatalogReader.read(f).entries()).extracting(CatalogEntry::name).containsExactly("A");
        Files.writeString(f, "name,size [pc],fv\nA,1,0.1\nB,2,0.2\n");
        assertThat(CatalogReader.read(f).entries()).extracting(CatalogEntry::name).containsExactly("A", "B");
    }

    @Test
    void ecsvFilesMayUseTheUserCategory() {
        Catalog c = EcsvText.read(EcsvText.withRows("mine,My structures,mine,user,fv,5,1e4,,,1e-7,1e-2,1-2,run,me"));
        assertThat(c.problems()).isEmpty();
        assertThat(c.categories()).isEqualTo(Set.of(Category.USER));
    }
}
