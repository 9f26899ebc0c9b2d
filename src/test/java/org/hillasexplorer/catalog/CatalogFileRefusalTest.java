package org.hillasexplorer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hillasexplorer.catalog.EcsvText.GOOD_ROW;
import static org.hillasexplorer.catalog.EcsvText.read;
import static org.hillasexplorer.catalog.EcsvText.withRows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that are not catalogues at all are refused with one CatalogException whose one-line message names the file. */
class CatalogFileRefusalTest {
    private static final String EXPECTED = "expected ECSV, JSON, or CSV with a header row naming the columns";
    @TempDir
    Path dir;

    private static void assertRefused(ThrowingRead read, String message) {
        assertThatThrownBy(read::run).isExactlyInstanceOf(CatalogException.class).hasMessage(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private interface ThrowingRead {
        void run() throws Exception;
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path f = Files.writeString(dir.resolve("empty.ecsv"), "");
        assertRefused(() -> CatalogReader.read(f), f + ": is empty, not a catalogue (" + EXPECTED + ")");
        Path blank = Files.writeString(dir.resolve("blank.ecsv"), "\n  \n");
        assertRefused(() -> CatalogReader.read(blank), blank + ": is empty, not a catalogue (" + EXPECTED + ")");
    }

    @Test
    void aPlainCsvWithoutASizeColumnIsRefused() throws IOException {
        Path f = Files.writeString(dir.resolve("plain.csv"), "id,name,category\na,b,macroscopic\n");
        assertRefused(() -> CatalogReader.read(f), f + ": is not a catalogue: the header row (line 1: 'id,name,category') has "
                + "no recognisable size column: expected size_min and size_max (or ls_min/ls_max, l_min/l_max, or one size "
                + "column) with a unit, e.g. 'size_min [pc]'");
    }

    @Test
    void binaryFilesAreRefused() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        Path f = Files.write(dir.resolve("figure.png"), png);
        assertRefused(() -> CatalogReader.read(f), f + ": is not UTF-8 text (a binary file?), so not a catalogue");
        byte[] nul = "# %ECSV 1.0\n# ---\n\0\0\0".getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> CatalogReader.read(new ByteArrayInputStream(nul), "nul.bin"),
                "nul.bin: contains binary data (character U+0000 on line 3), not a catalogue");
    }

    @Test
    void filesOverTenMegabytesAreRefusedWithoutReadingThemAsText() throws IOException {
        byte[] big = new byte[(int) CatalogReader.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        Path f = Files.write(dir.resolve("big.ecsv"), big);
        assertRefused(() -> CatalogReader.read(f), f + ": is 10485761 bytes; a catalogue may be at most 10 MB");
        assertRefused(() -> CatalogReader.read(new ByteArrayInputStream(big), "stream"),
                "stream: is more than 10485760 bytes; a catalogue may be at most 10 MB");
    }

    @Test
    void anEndlessReaderIsCutOffAtTheLimit() {
        Reader endless = new Reader() {
            @Override
            public int read(char[] buf, int off, int len) {
                Arrays.fill(buf, off, off + len, 'x');
                return len;
            }

            @Override
            public void close() {
            }
        };
        assertRefused(() -> CatalogReader.read(endless, "endless"),
                "endless: is more than 10485760 characters; a catalogue may be at most 10 MB");
    }

    @Test
    void missingFilesAndDirectoriesAreRefused() {
        Path missing = dir.resolve("nope.ecsv");
        assertRefused(() -> CatalogReader.read(missing), missing + ": no such file");
        assertRefused(() -> CatalogReader.read(dir), dir + ": is a directory, not a catalogue file");
    }

    @Test
    void aMissingRequiredColumnIsRefused() {
        String noCategory = withRows(GOOD_ROW).replace("# - {name: category, datatype: string}\n", "")
                .replace(",category,", ",");
        assertRefused(() -> read(noCategory), "test.ecsv: missing required column 'category'");
        String noSizes = withRows(GOOD_ROW).replace("size_min_au", "lmin").replace("size_max_au", "lmax");
        assertRefused(() -> read(noSizes), "test.ecsv: missing required columns size_min_au and size_max_au "
                + "(or size_min/size_max with a length unit)");
    }

    @Test
    void aColumnRowThatDisagreesWithTheYamlHeaderIsRefused() {
        String swapped = withRows(GOOD_ROW).replace("id,name,label", "name,id,label");
        assertThatThrownBy(() -> read(swapped)).isExactlyInstanceOf(CatalogException.class)
                .hasMessageStartingWith("test.ecsv: line 19: the column-name row name,id,label");
    }

    @Test
    void brokenHeadersAreRefused() {
        assertRefused(() -> read("# %ECSV 1.0\n# ---\n# datatype: [unclosed\nid\n"),
                "test.ecsv: the ECSV header is not valid YAML (" + yamlError("datatype: [unclosed\n") + ")");
        assertRefused(() -> read("# %ECSV 1.0\n# ---\n# meta: {a: 1}\nid\n"), "test.ecsv: the ECSV header has no 'datatype' list of columns");
        assertRefused(() -> read("# %ECSV 1.0\nid\n"), "test.ecsv: line 2 of an ECSV header must be '# ---'");
        assertRefused(() -> read("# %ECSV 7.3\n# ---\n"), "test.ecsv: ECSV version '7.3' is not supported; expected 1.0");
        assertRefused(() -> read(EcsvText.HEADER.replace("# delimiter: ','", "# delimiter: ';'")),
                "test.ecsv: ECSV delimiter ';' is not supported; use ',' or ' '");
        assertRefused(() -> read(EcsvText.HEADER.replace("{name: ns_min_pc3, unit: pc-3, datatype: float64}",
                "{name: ns_min_pc3, unit: pc-3, datatype: string}")),
                "test.ecsv: column ns_min_pc3 is declared 'string'; it must be a number type such as float64");
    }

    @Test
    void aHeaderWithoutDataRowsIsAnEmptyCatalogue() {
        Catalog c = read(EcsvText.HEADER);
        assertThat(c.entries()).isEmpty();
        assertThat(c.problems()).isEmpty();
    }

    private static String yamlError(String yaml) {
        try {
            new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(yaml);
            throw new AssertionError("expected a YAML error");
        } catch (IOException e) {
            return CatalogReader.oneLine(e.getMessage());
        }
    }
}
