package org.hillasexplorer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.hillasexplorer.catalog.PlainCsvCatalogTest.AU_PER_PC;
import static org.hillasexplorer.catalog.PlainCsvCatalogTest.PC3_PER_CM3;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.hillasexplorer.physics.Plane;
import org.junit.jupiter.api.Test;

/** JSON catalogues: both accepted shapes, units in keys or in a units object, bad entries, refusals. */
class JsonCatalogTest {

    static Catalog json(String text) {
        return CatalogReader.read(new StringReader(text), "my.json");
    }

    @Test
    void theExampleCatalogueLoadsWithUnitsConverted() {
        Catalog c = CatalogReader.read(Path.of("examples/my-catalogue.json"));
        assertThat(c.problems()).isEmpty();
        assertThat(c.entries()).extracting(CatalogEntry::id).containsExactly("sim-ese-lenses", "tiny-current-sheets", "sim-clumps");
        CatalogEntry ese = c.entries().get(0);
        assertThat(ese.sizeAu()).contains(new Range(0.5, 20));
        assertThat(ese.fillingFactor()).contains(new Range(1e-9, 1e-6));
        assertThat(ese.planes()).containsExactly(Plane.FILLING_FACTOR);
        assertThat(ese.dimensionality()).isEqualTo("1-2");
        assertThat(ese.label()).isEqualTo("sim. ESE");
        assertThat(ese.category()).isEqualTo(Category.USER);
        CatalogEntry sheets = c.entries().get(1);
        assertThat(sheets.sizeAu().orElseThrow().min()).isCloseTo(1e-5 * AU_PER_PC, withinPercentage(1e-3));
        assertThat(sheets.numberDensityPerPc3()).contains(new Range(1e5, 1e8));
        assertThat(sheets.dimensionality()).isEqualTo("2");
        CatalogEntry clumps = c.entries().get(2);
        assertThat(clumps.sizeAu().orElseThrow().max()).isCloseTo(0.5 * AU_PER_PC, withinPercentage(1e-3));
        assertThat(clumps.numberDensityPerPc3().orElseThrow().min()).isCloseTo(3.4e-59 * PC3_PER_CM3, withinPercentage(1e-3));
        assertThat(clumps.planes()).containsExactlyInAnyOrder(Plane.NUMBER_DENSITY, Plane.FILLING_FACTOR);
    }

    @Test
    void aTopLevelArrayWithUnitsInTheKeysIsRead() {
        Catalog c = json("""
                [
                  {"name": "A", "size_min_pc": 1, "size_max_pc": "2", "n_s_min_cm3": 1e-58, "n_s_max_cm3": 1e-57},
                  {"name": "B", "size [au]": 3, "fv": 0.5, "category": "small-scale"}
                ]
                """);
        assertThat(c.problems()).isEmpty();
        assertThat(c.entries().get(0).sizeAu().orElseThrow().max()).isCloseTo(2 * AU_PER_PC, withinPercentage(1e-3));
        assertThat(c.entries().get(0).numberDensityPerPc3().orElseThrow().max()).isCloseTo(1e-57 * PC3_PER_CM3, withinPercentage(1e-3));
        assertThat(c.entries().get(1).sizeAu()).contains(new Range(3, 3));
        assertThat(c.entries().get(1).category()).isEqualTo(Category.SMALL_SCALE);
    }

    @Test
    void theUnitsObjectAppliesByKindOrByKeyAndKeyUnitsWin() {
        Catalog c = json("""
                {"units": {"size": "pc", "ns_max": "cm-3", "ns_min": "pc-3"},
                 "entries": [{"id": "a", "size_min": 1, "size_max_au": 2e6, "ns_min": 1, "ns_max": 1e-55}]}
                """);
        assertThat(c.problems()).isEmpty();
        CatalogEntry e = c.entries().get(0);
        assertThat(e.sizeAu().orElseThrow().min()).isCloseTo(AU_PER_PC, withinPercentage(1e-3));
        assertThat(e.sizeAu().orElseThrow().max()).isEqualTo(2e6);
        assertThat(e.numberDensityPerPc3().orElseThrow().min()).isEqualTo(1);
        assertThat(e.numberDensityPerPc3().orElseThrow().max()).isCloseTo(1e-55 * PC3_PER_CM3, withinPercentage(1e-3));
    }

    @Test
    void missingUnitsGiveOneNoteEach() {
        Catalog c = json("[{\"size_min\": 1, \"size_max\": 2, \"fv\": 0.1},\n {\"size_min\": 3, \"size_max\": 4, \"fv\": 0.2}]");
        assertThat(c.entries()).hasSize(2);
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.warning()).isTrue();
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.field()).isEqualTo("size_min");
            assertThat(p.message()).isEqualTo("states no unit (neither in its key nor in \"units\"); its values were read as au");
        });
    }

    @Test
    void badEntriesAreReportedOnTheirLineWithTheirKey() {
        Catalog c = json("""
                {"units": {"size": "pc", "ns": "pc-3"},
                 "entries": [
                  {"id": "good", "size_min": 1, "size_max": 2, "fv_min": 0.1, "fv_max": 0.2},
                  {"id": "neg", "size_min": 1, "size_max": 2, "fv_min": -0.1, "fv_max": 0.2},
                  {"id": "nosize", "fv": 0.1},
                  "just text",
                  {"id": "nested", "size": {"min": 1}, "fv": 0.1},
                  {"id": "good", "size": 1, "fv": 0.1},
                  {"id": "big", "size": 1, "fv": 2},
                  {"id": "good2", "size": 1, "ns": 1e-3}
                 ]}
                """);
        assertThat(c.entries()).extracting(CatalogEntry::id).containsExactly("good", "good2");
        assertThat(c.problems()).extracting(CatalogProblem::toString).containsExactly(
                "my.json:4: fv_min: '-0.1' must be a positive number",
                "my.json:5: entry: has no recognisable size key: expected size_min and size_max (or ls_min/ls_max, l_min/l_max, "
                        + "or one size column) with a unit, e.g. 'size_min [pc]'",
                "my.json:6: entry: entry 4 is not a JSON object of fields",
                "my.json:7: size: must be a number or text, not an object",
                "my.json:8: id: 'good' is already used on line 3",
                "my.json:9: fv: '2' must be at most 1 (a volume-filling factor)");
        assertThat(c.problems()).allSatisfy(p -> assertThat(p.column()).isZero());
    }

    @Test
    void anEmptyEntriesListIsAnEmptyCatalogue() {
        Catalog c = json("{\"entries\": []}");
        assertThat(c.entries()).isEmpty();
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void filesThatAreNotJsonCataloguesAreRefused() {
        assertThatThrownBy(() -> json("{\"scenario\": {\"delta\": 0.5}}")).isExactlyInstanceOf(CatalogException.class)
                .hasMessage("my.json: is JSON but not a catalogue: it has no \"entries\" array; expected {\"entries\": [{...}, ...]} "
                        + "(with an optional \"units\" object) or a top-level array of entry objects");
        assertThatThrownBy(() -> json("{\"entries\": 3}"))
                .hasMessageStartingWith("my.json: \"entries\" must be an array of entry objects;");
        assertThatThrownBy(() -> json("[{\"name\": \"a\"}, {\"fv\": 1}]"))
                .hasMessage("my.json: is JSON but not a catalogue: no entry has a recognisable size key "
                        + "(expected size_min and size_max, e.g. \"size_min_pc\", or \"size\")");
        assertThatThrownBy(() -> json("{\"entries\": [\n{\"size\": 1,,}]}"))
                .isExactlyInstanceOf(CatalogException.class).hasMessageStartingWith("my.json: is not valid JSON (line 2, column ");
        assertThatThrownBy(() -> json("[{\"size\": 1, \"fv\": 0.1}"))
                .isExactlyInstanceOf(CatalogException.class).hasMessageStartingWith("my.json: is not valid JSON");
        assertThatThrownBy(() -> json("[] []")).hasMessage("my.json: has more text after the JSON value (line 1)");
        assertThatThrownBy(() -> json("{\"units\": {\"size\": \"furlong\"}, \"entries\": []}"))
                .hasMessage("my.json: units: size has unit 'furlong', which is not known here; use au, pc, kpc, km or cm");
        assertThatThrownBy(() -> json("{\"units\": {\"colour\": \"red\"}, \"entries\": []}"))
                .hasMessage("my.json: units: 'colour' is not a size, n_s or f_V key (use e.g. size, size_min, ns, ns_max)");
        assertThatThrownBy(() -> json("[".repeat(5000) + "]".repeat(5000)))
                .isExactlyInstanceOf(CatalogException.class).hasMessageStartingWith("my.json: is not valid JSON");
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        byte[] bytes = ("\uFEFF[{\"size\": 1, \"fv\": 0.1}]").getBytes(StandardCharsets.UTF_8);
        assertThat(CatalogReader.read(new ByteArrayInputStream(bytes), "bom.json").entries()).hasSize(1);
    }
}
