package org.hillasexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hillasexplorer.physics.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SweepSpecTest {
    @Test
    void parsesTheDocumentedForm() {
        SweepSpec s = SweepSpec.parse("delta=0.3..0.7:40");
        assertThat(s.parameter()).isEqualTo(Parameters.DELTA_S);
        assertThat(s.from()).isEqualTo(0.3);
        assertThat(s.to()).isEqualTo(0.7);
        assertThat(s.frames()).isEqualTo(40);
        assertThat(SweepSpec.parse(" B-UG = 1 .. 100 : 3 ").parameter()).isEqualTo(Parameters.B_MICROGAUSS);
        assertThat(SweepSpec.parse(s.toText())).isEqualTo(s);
    }

    @Test
    void linearParametersAreEvenlySpacedAndEndsAreExact() {
        double[] v = SweepSpec.parse("delta=0.3..0.7:5").values();
        assertThat(v).containsExactly(new double[] {0.3, 0.4, 0.5, 0.6, 0.7}, within(1e-12));
        assertThat(v[0]).isEqualTo(0.3);
        assertThat(v[4]).isEqualTo(0.7);
    }

    @Test
    void logParametersAreLogSpacedAndMaySweepDownwards() {
        double[] v = SweepSpec.parse("nu0=1e-8..1e-10:3").values();
        assertThat(v[0]).isEqualTo(1e-8);
        assertThat(v[1]).isCloseTo(1e-9, within(1e-21));
        assertThat(v[2]).isEqualTo(1e-10);
        double[] full = SweepSpec.parse("b-ug=0.01..1000:400").values();
        for (double x : full) {
            assertThat(Parameters.B_MICROGAUSS.accepts(x)).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "delta=0.3-0.7:40        | not of the form",
        "delta=0.3..0.7          | not of the form",
        "0.3..0.7:40             | not of the form",
        "speed=1..2:10           | unknown parameter 'speed'",
        "dim=0..2:3              | whole numbers only",
        "delta=0.3..2:10         | δ_s = 2 is outside [0, 1.5]",
        "b-ug=0..10:10           | B = 0 μG is outside",
        "delta=x..0.7:10         | FROM 'x' is not a plain number",
        "delta=0.3..NaN:10       | TO 'NaN' is not a plain number",
        "delta=0.3..0.7:1        | 1 frames is outside 2 … 400",
        "delta=0.3..0.7:401      | 401 frames is outside 2 … 400",
        "delta=0.3..0.7:99999999999 | not a whole number",
        "delta=0.5..0.5:10       | FROM and TO must differ",
    })
    void badTextIsRejectedWithAReason(String text, String reason) {
        assertThatThrownBy(() -> SweepSpec.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }
}
