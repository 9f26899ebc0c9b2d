package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hillasexplorer.teaching.Explanation;
import org.hillasexplorer.teaching.Explanations;
import org.hillasexplorer.teaching.GuidedTour;
import org.hillasexplorer.teaching.TourStep;
import org.junit.jupiter.api.Test;

/** The paper's plain notation read as sub- and superscripts (issue 13, item 6). */
class TypesetTest {
    private static String shape(String notation) {
        StringBuilder b = new StringBuilder();
        for (Typeset.Run r : Typeset.parse(notation)) {
            String tag = r.rise() > 0 && r.scale() < 0.6 ? "supsub" : r.rise() > 0 ? "sup" : r.rise() < 0 ? "sub" : "";
            b.append(tag.isEmpty() ? r.text() : "<" + tag + ">" + r.text() + "</" + tag + ">");
        }
        return b.toString();
    }

    @Test
    void wordsAfterAnUnderscoreAreSubscripts() {
        assertThat(shape("ℓ_mfp = 12.65 pc")).isEqualTo("ℓ<sub>mfp</sub> = 12.65 pc");
        assertThat(shape("ℓ_S–n_s plane")).isEqualTo("ℓ<sub>S</sub>–n<sub>s</sub> plane");
        assertThat(shape("0.223 au · R_GV/B_μG")).isEqualTo("0.223 au · R<sub>GV</sub>/B<sub>μG</sub>");
        assertThat(shape("T = T_lo: n_s")).isEqualTo("T = T<sub>lo</sub>: n<sub>s</sub>");
    }

    @Test
    void exponentsTakeAWordANumberOrABracketedGroupWithItsOwnSubscripts() {
        assertThat(shape("ℓ_mfp = (c/ν̄₀) R^δ_s")).isEqualTo("ℓ<sub>mfp</sub> = (c/ν̄₀) R<sup>δ</sup><supsub>s</supsub>");
        assertThat(shape("r_g(T)^(2−D)")).isEqualTo("r<sub>g</sub>(T)<sup>2−D</sup>");
        assertThat(shape("ν̄₀ β R_GV^(−δ_s)")).isEqualTo("ν̄₀ β R<sub>GV</sub><sup>−δ</sup><supsub>s</supsub>");
        assertThat(shape("9.72 pc · R_GV^0.5")).isEqualTo("9.72 pc · R<sub>GV</sub><sup>0.5</sup>");
        assertThat(shape("a^(−D)")).isEqualTo("a<sup>−D</sup>");
    }

    @Test
    void marksThatStartNoScriptStay() {
        assertThat(Typeset.hasScripts("Export _table (ECSV)")).isFalse();
        assertThat(shape("x ^ y, a_ b")).isEqualTo("x ^ y, a_ b");
        assertThat(Typeset.plain("ℓ_mfp against rigidity")).isEqualTo("ℓmfp against rigidity");
    }

    @Test
    void noPopoverOrTourTextKeepsRawMarkupOnceTypeset() {
        List<String> texts = new java.util.ArrayList<>();
        for (Explanations.BandEdge e : Explanations.BandEdge.values()) {
            Explanation x = Explanations.bandEdge(e);
            texts.addAll(List.of(x.title(), x.equation(), x.sentence()));
        }
        for (org.hillasexplorer.physics.Constraint c : org.hillasexplorer.physics.Constraint.values()) {
            Explanation x = Explanations.forConstraint(c);
            texts.addAll(List.of(x.title(), x.equation(), x.sentence()));
        }
        for (TourStep s : GuidedTour.paper()) {
            texts.add(s.text());
            s.highlights().forEach(h -> texts.add(h.caption()));
        }
        for (String t : texts) {
            for (Typeset.Run r : Typeset.parse(t)) {
                assertThat(r.text()).as("a run of '%s'", t).doesNotContain("_").doesNotContain("^");
            }
        }
    }

    @Test
    void menuTextsWithSymbolsKeepTheirUnderscore() {
        assertThat(MainMenu.withoutMnemonic("ℓ_mfp against _rigidity (third plot)")).isEqualTo("ℓ_mfp against rigidity (third plot)");
        assertThat(MainMenu.withoutMnemonic("Paper Fig. _2 (ℓ_S–n_s)")).isEqualTo("Paper Fig. 2 (ℓ_S–n_s)");
        assertThat(MainMenu.withoutMnemonic("_Monte Carlo check of ℓ_mfp ≈ ℓ_S/f_V…")).isEqualTo("Monte Carlo check of ℓ_mfp ≈ ℓ_S/f_V…");
    }
}
