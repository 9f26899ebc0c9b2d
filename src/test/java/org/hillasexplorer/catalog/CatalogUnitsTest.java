package org.hillasexplorer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hillasexplorer.catalog.EcsvText.read;

import org.hillasexplorer.physics.Units;
import org.junit.jupiter.api.Test;

/** Units declared in the ECSV header are honoured: sizes become au, number densities pc⁻³. */
class CatalogUnitsTest {

    private static String catalogue(String sizeColumn, String sizeUnit, String nsColumn, String nsUnit, String row) {
        return """
                # %%ECSV 1.0
                # ---
                # delimiter: ','
                # datatype:
                # - {name: id, datatype: string}
                # - {name: name, datatype: string}
                # - {name: category, datatype: string}
                # - {name: %1$s_min%2$s, %3$sdatatype: float64}
                # - {name: %1$s_max%2$s, %3$sdatatype: float64}
                # - {name: %4$s_min%5$s, %6$sdatatype: float64}
                # - {name: %4$s_max%5$s, %6$sdatatype: float64}
                id,name,category,%1$s_min%2$s,%1$s_max%2$s,%4$s_min%5$s,%4$s_max%5$s
                %7$s
                """.formatted(sizeColumn, "", sizeUnit.isEmpty() ? "" : "unit: " + sizeUnit + ", ",
                nsColumn, "", nsUnit.isEmpty() ? "" : "unit: " + nsUnit + ", ", row);
    }

    @Test
    void parsecsAndPerCubicCentimetreAreConvertedToAuAndPerCubicParsec() {
        Catalog c = read(catalogue("size", "pc", "ns", "cm-3", "gmc,GMC,macroscopic,10,100,1e-65,1e-63"));
        assertThat(c.problems()).isEmpty();
        CatalogEntry e = c.byId("gmc").orElseThrow();
        assertThat(e.sizeAu().orElseThrow().min()).isCloseTo(2.0626e6, within(1e2));
        assertThat(e.sizeAu().orElseThrow().max()).isCloseTo(2.0626e7, within(1e3));
        double pc3PerCm3 = Math.pow(Units.PC_CM, 3);
        assertThat(e.numberDensityPerPc3().orElseThrow().min()).isCloseTo(1e-65 * pc3PerCm3, within(1e-65 * pc3PerCm3 * 1e-12));
        // 1e-65 cm^-3 is about 2.9e-10 pc^-3
        assertThat(e.numberDensityPerPc3().orElseThrow().log10Min()).isCloseTo(-9.53, within(0.01));
    }

    @Test
    void centimetresKiloparsecsAndAstropySpellingsAreAccepted() {
        Catalog cm = read(catalogue("size", "cm", "ns", "1 / pc3", "a,A,macroscopic,1.495978707e13,1.495978707e15,1,2"));
        assertThat(cm.problems()).isEmpty();
        assertThat(cm.entries().get(0).sizeAu().orElseThrow().min()).isCloseTo(1.0, within(1e-12));
        assertThat(cm.entries().get(0).sizeAu().orElseThrow().max()).isCloseTo(100.0, within(1e-9));
        Catalog kpc = read(catalogue("size", "kpc", "ns", "pc**-3", "a,A,macroscopic,0.2,1,1e-11,6e-11"));
        assertThat(kpc.problems()).isEmpty();
        assertThat(kpc.entries().get(0).sizeAu().orElseThrow().log10Min()).isCloseTo(7.615, within(1e-3));
    }

    @Test
    void theUnitMayComeFromTheColumnNameSuffix() {
        Catalog c = read(catalogue("size", "", "ns", "", "x,X,macroscopic,1,2,3,4").replace("size_min", "size_min_pc")
                .replace("size_max", "size_max_pc").replace("ns_min", "ns_min_cm3").replace("ns_max", "ns_max_cm3"));
        assertThat(c.problems()).isEmpty();
        CatalogEntry e = c.entries().get(0);
        assertThat(e.sizeAu().orElseThrow().min()).isCloseTo(Units.pcToAu(1), within(1e-6));
        assertThat(e.numberDensityPerPc3().orElseThrow().min()).isCloseTo(3 * Math.pow(Units.PC_CM, 3), within(1e43));
    }

    @Test
    void unknownUnitsAreRefusedNamingTheColumnAndTheAllowedUnits() {
        assertThatThrownBy(() -> read(catalogue("size", "furlong", "ns", "pc-3", "x,X,macroscopic,1,2,3,4")))
                .isInstanceOf(CatalogException.class)
                .hasMessage("test.ecsv: column size_min has unit 'furlong', which is not known here; use au, pc, kpc, km or cm");
        assertThatThrownBy(() -> read(catalogue("size", "au", "ns", "m-3", "x,X,macroscopic,1,2,3,4")))
                .isInstanceOf(CatalogException.class)
                .hasMessage("test.ecsv: column ns_min has unit 'm-3', which is not known here; use pc-3 or cm-3");
    }

    @Test
    void aSizeWithoutAnyUnitIsRefused() {
        assertThatThrownBy(() -> read(catalogue("size", "", "ns", "pc-3", "x,X,macroscopic,1,2,3,4")))
                .isInstanceOf(CatalogException.class)
                .hasMessage("test.ecsv: column size_min has no unit; declare au, pc, kpc, km or cm");
    }

    @Test
    void aNameThatContradictsTheDeclaredUnitIsRefused() {
        String text = catalogue("size", "pc", "ns", "pc-3", "x,X,macroscopic,1,2,3,4")
                .replace("size_min", "size_min_au").replace("size_max", "size_max_au");
        assertThatThrownBy(() -> read(text)).isInstanceOf(CatalogException.class)
                .hasMessageContaining("column size_min_au is named for au but declares unit 'pc'");
    }

    @Test
    void aConversionThatOverflowsIsARowProblem() {
        Catalog c = read(catalogue("size", "pc", "ns", "pc-3", "x,X,macroscopic,1e300,1e305,3,4"));
        assertThat(c.entries()).isEmpty();
        assertThat(c.problems()).singleElement().extracting(CatalogProblem::field).isEqualTo("size_min");
    }
}
