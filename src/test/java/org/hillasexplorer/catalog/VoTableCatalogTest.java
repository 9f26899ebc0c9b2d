package org.hillasexplorer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.regex.Pattern;
import org.assertj.core.data.Percentage;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Units;
import org.junit.jupiter.api.Test;

/** VOTable catalogues: recognised by content, FIELD units honoured, bad rows reported on their TR line. */
class VoTableCatalogTest {
    private static final String VOT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <VOTABLE version="1.4" xmlns="http://www.ivoa.net/xml/VOTable/v1.3">
            <RESOURCE>
            <TABLE name="mine">
            <FIELD name="name" datatype="char" arraysize="*"/>
            <FIELD name="size_min" datatype="double" unit="pc"/>
            <FIELD name="size_max" datatype="double" unit="pc"/>
            <FIELD name="n_s_min" datatype="double" unit="cm-3"/>
            <FIELD name="n_s_max" datatype="double" unit="cm**-3"/>
            <FIELD name="fv_min" datatype="double"/>
            <FIELD name="fv_max" datatype="double"/>
            <FIELD name="doi" datatype="char" arraysize="*"/>
            <FIELD name="bibcode" datatype="char" arraysize="*"/>
            <FIELD name="ra" datatype="double" unit="deg"/>
            <DATA><TABLEDATA>
            <TR><TD>Cold clumps</TD><TD>0.1</TD><TD>1</TD><TD>1e-60</TD><TD>1e-58</TD><TD>1e-4</TD><TD>1e-3</TD><TD>https://doi.org/10.1093/mnras/stu2525</TD><TD>2015MNRAS.447.2322R</TD><TD>10</TD></TR>
            <TR><TD>Broken</TD><TD>-3</TD><TD>1</TD><TD></TD><TD></TD><TD>1e-4</TD><TD>1e-3</TD><TD></TD><TD></TD><TD>10</TD></TR>
            <TR><TD>Odd refs</TD><TD>1</TD><TD>2</TD><TD></TD><TD></TD><TD>1e-4</TD><TD>2e-3</TD><TD>not-a-doi</TD><TD>2015MNRAS</TD><TD>10</TD></TR>
            </TABLEDATA></DATA>
            </TABLE>
            </RESOURCE>
            </VOTABLE>
            """;

    @Test
    void aVoTableLoadsWithUnitConversionAndPerRowProblems() {
        Catalog c = CatalogReader.read(new StringReader(VOT), "mine.vot");
        assertThat(c.entries()).extracting(CatalogEntry::id).containsExactly("cold-clumps", "odd-refs");
        CatalogEntry e = c.entries().get(0);
        assertThat(e.sizeAu().orElseThrow().min()).isCloseTo(Units.pcToAu(0.1), Percentage.withPercentage(1e-9));
        double pc3PerCm3 = Math.pow(Units.PC_CM, 3);
        assertThat(e.numberDensityPerPc3().orElseThrow().max()).isCloseTo(1e-58 * pc3PerCm3, Percentage.withPercentage(1e-9));
        assertThat(e.isOn(Plane.NUMBER_DENSITY)).isTrue();
        assertThat(e.doi()).contains("10.1093/mnras/stu2525");
        assertThat(e.bibcode()).contains("2015MNRAS.447.2322R");

        CatalogProblem broken = c.problems().stream().filter(p -> !p.warning()).findFirst().orElseThrow();
        int trLine = lineOf(VOT, "<TR><TD>Broken");
        assertThat(broken.line()).isEqualTo(trLine);
        assertThat(broken.field()).isEqualTo("size_min");
        assertThat(broken.message()).contains("positive number");

        CatalogEntry odd = c.entries().get(1);
        assertThat(odd.doi()).isEmpty();
        assertThat(odd.bibcode()).isEmpty();
        assertThat(c.problems()).filteredOn(CatalogProblem::warning).extracting(CatalogProblem::field).contains("doi", "bibcode");
    }

    @Test
    void aVoTableWithoutASizeFieldOrBrokenXmlIsRefusedInOneMessage() {
        String noSize = VOT.replace("name=\"size_min\"", "name=\"width_a\"").replace("name=\"size_max\"", "name=\"width_b\"");
        assertThatThrownBy(() -> CatalogReader.read(new StringReader(noSize), "x.vot"))
                .isInstanceOf(CatalogException.class).hasMessageContaining("VOTable").hasMessageContaining("size");
        assertThatThrownBy(() -> CatalogReader.read(new StringReader("<?xml version=\"1.0\"?>\n<VOTABLE><RESOURCE><TABLE>"), "y.vot"))
                .isInstanceOf(CatalogException.class);
        assertThatThrownBy(() -> CatalogReader.read(new StringReader("<?xml version=\"1.0\"?>\n<html></html>"), "z.xml"))
                .isInstanceOf(CatalogException.class).hasMessageContaining("not a VOTable");
        String badUnit = VOT.replace("unit=\"pc\"/>\n<FIELD name=\"size_max\"", "unit=\"deg\"/>\n<FIELD name=\"size_max\"");
        assertThatThrownBy(() -> CatalogReader.read(new StringReader(badUnit), "u.vot")).isInstanceOf(CatalogException.class);
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }

    static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
}
