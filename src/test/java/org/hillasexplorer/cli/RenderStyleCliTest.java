package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --style}: every built-in style by name; a bad name is one line and exit code 2. */
class RenderStyleCliTest {
    @TempDir
    Path dir;

    private static CliTest.Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliTest.Result(code, out.toString(), err.toString());
    }

    private static double luminance(int rgb) {
        Color c = new Color(rgb);
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
    }

    @Test
    void darkRendersADarkFigure() throws Exception {
        Path png = dir.resolve("dark.png");
        CliTest.Result r = run("render", "--plane", "fv", "--style", "dark", "--out", png.toString(), "--scale", "1");
        assertThat(r.code()).as(r.err()).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(luminance(img.getRGB(0, 0))).isLessThan(0.15);
        assertThat(luminance(img.getRGB(img.getWidth() - 1, img.getHeight() - 1))).isLessThan(0.15);
    }

    @Test
    void everyStyleNameRenders() {
        for (String style : new String[] {"paper", "presentation", "dark", "presentation-dark", "Presentation-Dark"}) {
            Path png = dir.resolve(style + ".png");
            CliTest.Result r = run("render", "--plane", "ns", "--style", style, "--out", png.toString(), "--scale", "0.5");
            assertThat(r.code()).as(style + ": " + r.err()).isZero();
            assertThat(Files.exists(png)).isTrue();
        }
        CliTest.Result r = run("render", "--plane", "rigidity", "--style", "presentation-dark", "--out",
                dir.resolve("r.png").toString(), "--scale", "0.5");
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void aBogusStyleIsOneLineListingTheNamesWithExitCodeTwo() {
        Path png = dir.resolve("bogus.png");
        CliTest.Result r = run("render", "--plane", "ns", "--style", "bogus", "--out", png.toString());
        assertThat(r.code()).isEqualTo(2);
        // one error line, then the CLI's usual pointer to --help (as for every bad option)
        assertThat(r.err().lines().findFirst().orElseThrow()).isEqualTo(
                "render: --style: style 'bogus' is not one of paper, presentation, dark, presentation-dark");
        assertThat(r.err().lines().skip(1)).allMatch(l -> l.startsWith("Try '"));
        assertThat(r.out()).isEmpty();
        assertThat(Files.exists(png)).isFalse();
    }
}
