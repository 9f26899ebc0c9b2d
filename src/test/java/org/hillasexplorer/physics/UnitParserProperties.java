package org.hillasexplorer.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Whatever is typed, the unit parser returns a finite number or throws IllegalArgumentException with a one-line message, quickly. */
class UnitParserProperties {
    private static final Duration PATIENCE = Duration.ofSeconds(2);

    private static void readOrRefuse(String text, Dimension d) {
        assertTimeoutPreemptively(PATIENCE, () -> {
            try {
                double v = UnitParser.parse(text, d, d.canonicalUnit());
                assertThat(v).isFinite();
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).isNotBlank().doesNotContain("\n", "\r");
            }
        });
    }

    @Property(tries = 1000)
    void anyStringIsReadOrRefused(@ForAll @Size(max = 300) String text, @ForAll Dimension d) {
        readOrRefuse(text, d);
    }

    @Provide
    Arbitrary<String> tokenSoup() {
        String[] tokens = {"0", "1", "3", "10", "9", ".", "e", "E", "-", "−", "+", "^", "**", "(", ")", "/", "*", "×", "x",
            " ", "  ", "\t", "μ", "µ", "u", "micro", "k", "M", "G", "T", "n", "m", "c", "eV", "V", "pc", "au", "AU", "ly",
            "cm", "s", "yr", "Hz", "gauss", "tesla", "per", "⁻", "¹", "²", "³", "⁹", ",", "%", "\n", "9999", "e999"};
        return Arbitraries.of(tokens).list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void unitLikeTextIsReadOrRefused(@ForAll("tokenSoup") String text, @ForAll Dimension d) {
        readOrRefuse(text, d);
        readOrRefuse("3 " + text, d);
    }

    @Property(tries = 500)
    void aNumberInTheFieldsOwnUnitReadsBackExactly(@ForAll double v, @ForAll Dimension d) {
        if (!Double.isFinite(v)) {
            return;
        }
        assertThat(UnitParser.parse(Double.toString(v), d, d.canonicalUnit())).isEqualTo(v);
        assertThat(UnitParser.parse(Double.toString(v) + " " + d.canonicalUnit(), d, d.canonicalUnit())).isEqualTo(v);
    }

    @Property(tries = 500)
    void prefixesShiftTheDecimalPoint(@ForAll @DoubleRange(min = 1, max = 10) double mantissa,
                                      @ForAll @IntRange(min = -30, max = 30) int exponent) {
        double v = mantissa * Math.pow(10, exponent);
        assertThat(UnitParser.parse(v + " nT", Dimension.MAGNETIC_FIELD, "μG")).isCloseTo(10 * v, org.assertj.core.data.Percentage.withPercentage(1e-13));
        assertThat(UnitParser.parse(v + " TeV", Dimension.ENERGY, "GeV")).isCloseTo(1000 * v, org.assertj.core.data.Percentage.withPercentage(1e-13));
    }
}
