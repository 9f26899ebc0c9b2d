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

/** Whatever it is fed, the reader returns a catalogue or throws CatalogException, quickly. */
class CatalogReaderProperties {

    @Property(tries = 200)
    void randomBytesNeverThrowAnythingButCatalogException(@ForAll @Size(max = 2000) byte[] bytes) {
        ReaderFuzz.readOrNull(() -> CatalogReader.read(new ByteArrayInputStream(bytes), "random.bin"));
    }

    @Property(tries = 200)
    void randomBytesAfterAValidHeaderNeverThrowAnythingButCatalogException(@ForAll @Size(max = 2000) byte[] bytes) {
        byte[] head = EcsvText.HEADER.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(head, head.length + bytes.length);
        System.arraycopy(bytes, 0, all, head.length, bytes.length);
        ReaderFuzz.readOrNull(() -> CatalogReader.read(new ByteArrayInputStream(all), "random.ecsv"));
    }

    @Property(tries = 200)
    void randomTextAfterTheEcsvMarkerNeverThrowsAnythingButCatalogException(@ForAll("headerish") String text) {
        ReaderFuzz.readOrNull(() -> CatalogReader.read(new StringReader("# %ECSV 1.0\n# ---\n" + text), "random.ecsv"));
    }

    @Property(tries = 200)
    void randomRowsLoadOrBecomeProblemsOnTheirOwnLines(@ForAll("rows") List<String> rows) {
        Catalog c = ReaderFuzz.readOrNull(() -> EcsvText.read(EcsvText.withRows(rows.toArray(String[]::new))));
        assertThat(c).as("a valid header must not be refused").isNotNull();
        long lastLine = EcsvText.FIRST_ROW_LINE + rows.size() - 1L;
        assertThat(c.problems()).allSatisfy(p -> assertThat(p.line()).isBetween((long) EcsvText.FIRST_ROW_LINE, lastLine));
        long rowsWithProblems = c.problems().stream().mapToLong(CatalogProblem::line).distinct().count();
        long nonBlankRows = rows.stream().filter(r -> !r.isBlank()).count();
        assertThat(c.entries().size() + rowsWithProblems).isEqualTo(nonBlankRows);
    }

    @Provide
    Arbitrary<String> headerish() {
        Arbitrary<String> pieces = Arbitraries.of("# datatype:\n", "# - {name: id, datatype: string}\n", "# - {name: ",
                "# delimiter: ','\n", "# - [", "# &a [*a]\n", "id,name,category\n", "size_min_au", "\"", ",", "\n", "#", ": ",
                "- ", "{", "}", "unit: pc\n", "x");
        return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<List<String>> rows() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.of("", "gmcs", "x", "macroscopic", "small-scale", "theoretical", "ns", "fv", "ns+fv", "0", "1-2",
                        "?", "1e-7", "-3", "1e400", "NaN", "0.5", "2", "abc", "\"q,uoted\"", "\"", "  ", "10", "1e-12"),
                Arbitraries.strings().withChars("abc019.,-+e \"").ofMaxLength(8),
                Arbitraries.doubles().between(-1e3, 1e8).map(d -> Double.toString(d)));
        Arbitrary<String> row = cell.list().ofMinSize(0).ofMaxSize(16).map(cells -> String.join(",", cells));
        return row.list().ofMaxSize(12)
                .map(rs -> rs.stream().map(r -> r.replace("\n", " ").replace("\r", " ")).toList());
    }
}
