package org.hillasexplorer.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hillasexplorer.figure.FigureOptions.Element;
import org.hillasexplorer.physics.Plane;
import org.junit.jupiter.api.Test;

/** The render options' descriptors: what each allows, reads and says, and the words a set of them is written as. */
class RenderOptionsTest {

    @Test
    void eachOptionReadsItsValuesAndRefusesOthersNamingTheRange() {
        assertThat(RenderOptions.WIDTH.whole("1200")).isEqualTo(1200);
        assertThatThrownBy(() -> RenderOptions.WIDTH.whole("50")).hasMessage("width = 50 pt is outside [100, 10000] pt");
        assertThatThrownBy(() -> RenderOptions.HEIGHT.whole("720.5")).hasMessage("height = 720.5 pt must be a whole number");
        assertThatThrownBy(() -> RenderOptions.HEIGHT.whole("tall")).hasMessage(
                "height 'tall' is not a number; allowed whole numbers in [100, 10000] pt");
        assertThat(RenderOptions.SCALE.number("0.25")).isEqualTo(0.25);
        assertThatThrownBy(() -> RenderOptions.SCALE.number("0.1")).hasMessage("scale = 0.1 is outside [0.25, 8]");
        assertThat(RenderOptions.STYLE.choice(" Dark ")).isEqualTo("dark");
        assertThatThrownBy(() -> RenderOptions.STYLE.choice("bogus"))
                .hasMessage("style 'bogus' is not one of paper, presentation, dark, presentation-dark");
        assertThatThrownBy(() -> RenderOptions.PLANE.choice("xy")).hasMessage("plane 'xy' is not one of ns, fv, rigidity");
        assertThat(RenderOptions.LS_RANGE.span("1e-3..1e9")).isEqualTo(new RenderOptions.Span(-3, 9));
        assertThatThrownBy(() -> RenderOptions.Y_RANGE.span("10..1")).hasMessage(
                "'10..1' must be LO..HI with 0 < LO < HI, e.g. 1e-3..1e9");
        assertThat(RenderOptions.OUT.format("Fig.SVG")).isEqualTo("svg");
        assertThatThrownBy(() -> RenderOptions.OUT.format("f.gif")).hasMessage("out 'f.gif' must be a name ending in .png, .svg or .pdf");
        assertThatThrownBy(() -> RenderOptions.WIDTH.span("1..2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void helpAndTooltipNameTheAllowedValuesTheDefaultAndTheCliOption() {
        assertThat(RenderOptions.WIDTH.help()).endsWith(" Allowed whole numbers in [100, 10000] pt, default 1000.");
        assertThat(RenderOptions.STYLE.help()).endsWith("Allowed one of paper, presentation, dark, presentation-dark, default paper.");
        assertThat(RenderOptions.SCALE.tooltip()).startsWith("Scale\nPNG only").contains("Allowed: [0.25, 8]", "Default: 2")
                .endsWith("render --scale S");
        assertThat(RenderOptions.WIDTH.controlId()).isEqualTo("render-width");
        for (RenderOption o : RenderOptions.VALUED) {
            assertThat(RenderOptions.byKey(o.key())).isSameAs(o);
        }
    }

    @Test
    void everyElementHasOneSwitchWithTheScenarioFileKey() {
        assertThat(RenderOptions.ELEMENTS).extracting(ElementSwitch::element).containsExactlyInAnyOrder(Element.values());
        assertThat(RenderOptions.element("Band-Labels").element()).isEqualTo(Element.BAND_LABELS);
        assertThat(RenderOptions.of(Element.SECONDARY_AXIS).key()).isEqualTo("secondary-axis");
        assertThat(RenderOptions.of(Element.LEGEND).help()).isEqualTo("Leave out the legend.");
        assertThat(RenderOptions.of(Element.CITATIONS).help()).isEqualTo(
                "Add a caption listing the short citation of every candidate box drawn.");
        assertThat(RenderOptions.of(Element.CITATIONS).shownByDefault()).isFalse();
        assertThat(RenderOptions.of(Element.POPULATIONS).tooltip()).contains("render --hide-element populations");
        assertThatThrownBy(() -> RenderOptions.element("grid")).hasMessageStartingWith("'grid' is not one of candidate-boxes, ");
        assertThatThrownBy(() -> new ElementSwitch(Element.LEGEND, "Legend", "the legend", "--legend"))
                .hasMessageContaining("--no-");
    }

    @Test
    void aSetIsWrittenAsTheCommandsWordsInItsOrder() {
        RenderOptions.Settings d = RenderOptions.Settings.defaults("ns", "f.png");
        assertThat(RenderOptions.arguments(d)).containsExactly("--plane", "ns", "--width", "1000", "--height", "720", "--scale", "2",
                "--out", "f.png");
        Set<Element> shown = EnumSet.copyOf(FigureOptions.defaults(Plane.NUMBER_DENSITY).shown());
        shown.removeAll(Set.of(Element.CANDIDATE_BOXES, Element.CANDIDATE_LABELS, Element.LEGEND, Element.BAND_LABELS));
        shown.add(Element.CITATIONS);
        var s = new RenderOptions.Settings("rigidity", 800, 600, 3, "dark", Optional.of(new RenderOptions.Span(-3, 5)),
                Optional.of(new RenderOptions.Span(-1, 2)), shown, "r.svg");
        assertThat(RenderOptions.arguments(s)).containsExactly("--plane", "rigidity", "--r-range", "0.001..100000", "--y-range",
                "0.1..100", "--no-catalog", "--citations", "--hide-element", "band-labels", "--no-legend", "--width", "800",
                "--height", "600", "--style", "dark", "--out", "r.svg");
        assertThat(RenderOptions.elementArguments(EnumSet.complementOf(EnumSet.of(Element.CANDIDATE_LABELS, Element.CITATIONS))))
                .containsExactly("--hide-element", "candidate-labels");
        for (double[] ends : new double[][] {{2e-3, 7e8}, {0.3, 0.7}, {1.1e-13, 3.3e17}}) {
            var span = new RenderOptions.Span(Math.log10(ends[0]), Math.log10(ends[1]));
            assertThat(RenderOptions.LS_RANGE.span(RenderOptions.LS_RANGE.text(span))).as("exact in log10").isEqualTo(span);
        }
        assertThat(List.of(RenderOptions.SCALE.text(2.5), RenderOptions.WIDTH.text(1000))).containsExactly("2.5", "1000");
    }
}
