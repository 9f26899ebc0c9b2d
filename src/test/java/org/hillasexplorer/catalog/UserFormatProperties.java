package org.hillasexplorer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Whatever plain CSV, JSON or curve text it is fed, a reader returns a result or throws CatalogException, quickly. */
class UserFormatProperties {
    private static final String CSV_HEADER = "id,name,size_min [pc],size_max [pc],n_s_min [cm^-3],n_s_max [cm-3],f_V_min,f_V_max,category,planes\n";

    @Property(tries = 200)
    void randomBytesThroughBothReaders(@ForAll @Size(max = 2000) byte[] bytes) {
        ReaderFuzz.readOrNull(() -> CatalogReader.read(new ByteArrayInputStream(bytes), "random.bin"));
        ReaderFuzz.readOrNull(() -> CurveReader.read(new ByteArrayInputStream(bytes), "random.bin"));
    }

    @Property(tries = 200)
    void randomCsvRowsLoadOrBecomeProblemsOnTheirOwnLines(@ForAll("rows") List<String> rows) {
        Catalog c = ReaderFuzz.readOrNull(() -> CatalogReader.read(new StringReader(CSV_HEADER + String.join("\n", rows) + "\n"), "r.csv"));
        assertThat(c).as("a valid header must not be refused").isNotNull();
        assertThat(c.problems()).allSatisfy(p -> assertThat(p.line()).isBetween(2L, rows.size() + 1L));
        long rowsWithProblems = c.problems().stream().mapToLong(CatalogProblem::line).distinct().count();
        long dataRows = rows.stream().filter(r -> !PlainCsvParser.skipped(r)).count();
        assertThat(c.entries().size() + rowsWithProblems).isEqualTo(dataRows);
        assertThat(CatalogProblem.report(c.problems())).doesNotContain("null");
    }

    @Property(tries = 200)
    void randomJsonNeverThrowsAnythingButCatalogException(@ForAll("json") String text) {
        Catalog c = ReaderFuzz.readOrNull(() -> CatalogReader.read(new StringReader(text), "r.json"));
        if (c != null) {
            assertThat(c.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
        }
    }

    @Property(tries = 200)
    void randomCurvesNeverThrowAnythingButCatalogException(@ForAll("curves") String text) {
        CurveFile f = ReaderFuzz.readOrNull(() -> CurveReader.read(new StringReader(text), "r.csv"));
        if (f != null) {
            List<Double> xs = f.population().shortAxisAu();
            for (int i = 1; i < xs.size(); i++) {
                assertThat(xs.get(i)).isGreaterThan(xs.get(i - 1));
            }
        }
    }

    @Provide
    Arbitrary<List<String>> rows() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.of("", "a", "x y", "user", "macroscopic", "theoretical", "cosmic", "ns", "fv", "ns+fv", "1e-58", "-3",
                        "1e400", "NaN", "0.5", "2", "abc", "\"q,uoted\"", "\"", "  ", "10", "1e-12", "#", "1e305"),
                Arbitraries.strings().withChars("abc019.,-+e \"#;").ofMaxLength(8),
                Arbitraries.doubles().between(-1e3, 1e8).map(d -> Double.toString(d)));
        Arbitrary<String> row = cell.list().ofMinSize(0).ofMaxSize(12).map(cells -> String.join(",", cells));
        return row.list().ofMaxSize(12).map(rs -> rs.stream().map(r -> r.replace("\n", " ").replace("\r", " ")).toList());
    }

    @Provide
    Arbitrary<String> json() {
        Arbitrary<String> pieces = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"entries\"", "\"units\"", "\"size\"", "\"pc\"",
                "\"size_min_pc\"", "\"size_max [au]\"", "\"fv\"", "\"ns\"", "\"cm-3\"", "1", "-2", "1e400", "0.5", "null", "true",
                "\"x\"", "\n", " ", "\"id\"", "\"category\"", "\"user\"");
        Arbitrary<String> random = pieces.list().ofMaxSize(60).map(l -> String.join("", l));
        Arbitrary<String> entries = Arbitraries.of("{\"size\": 1, \"fv\": 0.1}", "{\"size_min_pc\": 1, \"size_max_pc\": 0.5, \"ns\": 3}",
                "{\"size\": \"x\", \"fv\": 2}", "[]", "3", "{\"size\": {\"a\": 1}, \"fv\": null}", "{\"id\": \"a\", \"size\": 1, \"fv\": 1}")
                .list().ofMaxSize(6).map(l -> "{\"units\": {\"size\": \"pc\"}, \"entries\": [" + String.join(",\n", l) + "]}");
        return Arbitraries.oneOf(random.map(s -> "{" + s), random.map(s -> "[" + s), entries);
    }

    @Provide
    Arbitrary<String> curves() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("# label: x", "# dimensionality: 7", "# aspect: 1e9", "# nu_s: -1", "# id: a b", "", "1,2", "2,1",
                        "3,0.5", "0,1", "1e400,1", "x,y", "\"", "5", "10,1e-3,extra", "# nu_s: 1e-6 /s"),
                Arbitraries.doubles().between(-1, 1e3).list().ofSize(2).map(l -> l.get(0) + "," + l.get(1)));
        Arbitrary<String> header = Arbitraries.of("size [pc],n_s [cm^-3]", "size,fv", "l [au],f_V", "ls_km,ns_pc3", "x,y", "size,ns,fv", "");
        return header.flatMap(h -> line.list().ofMaxSize(15).map(ls -> h + "\n" + String.join("\n", ls) + "\n"));
    }
}
