package org.hillasexplorer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.hillasexplorer.physics.Units;
import org.hillasexplorer.physics.uncertainty.TransportData;
import org.junit.jupiter.api.Test;

class TransportTableReaderTest {

    @Test
    void readsLengthsAndConvertsKappaWithTheAppsConvention() {
        TransportData l = TransportTableReader.parse("# test\nrigidity [TV],l_mfp [kpc],err\n0.001,0.01,0.001\n0.01,0.03,0.003\n", "l.csv");
        assertThat(l.points().get(0).rigidityGV()).isCloseTo(1, within(1e-12));
        assertThat(l.points().get(0).mfpPc()).isCloseTo(10, within(1e-9));
        assertThat(l.points().get(0).sigmaPc()).isCloseTo(1, within(1e-9)); // the error takes the quantity's unit
        assertThat(l.points().get(1).line()).isEqualTo(4);
        // κ = v ℓ: at 1 GV a proton has β = 1/sqrt(1 + 0.938²)
        double beta = 1 / Math.sqrt(1 + 0.93827208816 * 0.93827208816);
        double kappa = beta * Units.C_CM_PER_S * 10 * Units.PC_CM;
        TransportData k = TransportTableReader.parse("rigidity [GV],kappa [cm^2 s^-1],kappa_err\n1," + kappa + "," + kappa / 10 + "\n", "k.csv");
        assertThat(k.points().get(0).mfpPc()).isCloseTo(10, within(1e-9));
        TransportData e = TransportTableReader.parse("energy [GeV],kappa [1e28 cm2/s],sigma\n1,1,0.1\n", "e.csv");
        assertThat(e.points().get(0).rigidityGV()).isCloseTo(1.696, within(1e-3));
    }

    @Test
    void readsEcsvWithUnitsInTheYamlHeader() {
        String ecsv = "# %ECSV 1.0\n# ---\n# datatype:\n# - {name: rigidity, unit: GV, datatype: float64}\n"
                + "# - {name: l_mfp, unit: pc, datatype: float64}\n# - {name: err, unit: pc, datatype: float64}\n"
                + "rigidity l_mfp err\n1 10 1\n10 30 3\n100 100 10\n";
        TransportData d = TransportTableReader.parse(ecsv, "t.ecsv");
        assertThat(d.points()).hasSize(3);
        assertThat(d.points().get(2).mfpPc()).isEqualTo(100);
    }

    @Test
    void badTablesAreRefusedNamingLineAndColumn() {
        assertThatThrownBy(() -> TransportTableReader.parse("rigidity [GV],l_mfp [pc],err [pc]\n1,10,1\n2,-3,1\n", "b.csv"))
                .hasMessageContaining("b.csv").hasMessageContaining("line 3, column 'l_mfp [pc]'").hasMessageContaining("-3");
        assertThatThrownBy(() -> TransportTableReader.parse("rigidity [GV],l_mfp [pc],err [pc]\n1,ten,1\n", "b.csv"))
                .hasMessageContaining("line 2, column 'l_mfp [pc]': 'ten' is not a number");
        assertThatThrownBy(() -> TransportTableReader.parse("rigidity [GV],l_mfp [pc],err [pc]\n1,10\n", "b.csv"))
                .hasMessageContaining("line 2: 2 cells, the header has 3");
        assertThatThrownBy(() -> TransportTableReader.parse("rigidity [GV],l_mfp [GeV],err\n1,10,1\n", "b.csv"))
                .hasMessageContaining("line 1, column 'l_mfp [GeV]': unit 'GeV'");
        assertThatThrownBy(() -> TransportTableReader.parse("rigidity [GV],kappa [pc],err\n1,10,1\n", "b.csv"))
                .hasMessageContaining("column 'kappa [pc]'").hasMessageContaining("not a diffusion coefficient");
        assertThatThrownBy(() -> TransportTableReader.parse("rigidity,D [cm2/s],err\n1,1e28,1e27\n", "b.csv"))
                .hasMessageContaining("halo_height");
        assertThatThrownBy(() -> TransportTableReader.parse("x,y\n1,2\n", "b.csv")).hasMessageContaining("line 1: the header needs");
        assertThat(TransportTableReader.parse("# halo_height: 4 kpc\nrigidity,D [cm2/s],err\n1,1e28,1e27\n", "d.csv")
                .haloHeightKpc().getAsDouble()).isCloseTo(4, within(1e-9));
    }

    @Test
    void theShippedExamplesRead() {
        assertThat(TransportTableReader.read(Path.of("examples/transport-kappa-synthetic.csv")).points()).hasSize(16);
        assertThat(TransportTableReader.read(Path.of("examples/transport-lmfp-broken-synthetic.csv")).points()).hasSize(20);
    }
}
