package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hillasexplorer.export.FigureMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render} with several {@code --out} and the {@code batch} command: many figures from one process. */
class BatchCliTest {
    @TempDir
    Path dir;

    @Test
    void oneRenderWritesEveryOutInItsOwnFormatWithTheSameState() throws Exception {
        Path svg = dir.resolve("f.svg");
        Path pdf = dir.resolve("f.pdf");
        Path png = dir.resolve("f.png");
        CliTest.Result r = CliTest.run("render", "--plane", "ns", "--delta", "0.4", "--width", "400", "--height", "300",
                "--scale", "1", "--out", svg.toString(), "--out", pdf.toString(), "--out", png.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("wrote " + svg, "wrote " + pdf, "wrote " + png);
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).startsWith("<?xml").contains("<svg");
        try (PDDocument d = PDDocument.load(pdf.toFile())) {
            assertThat(d.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(400);
        assertThat(FigureMetadata.read(pdf)).isEqualTo(FigureMetadata.read(svg)).isEqualTo(FigureMetadata.read(png));
    }

    @Test
    void aSweepTakesOneOut() {
        CliTest.Result r = CliTest.run("render", "--plane", "ns", "--sweep", "delta=0.3..0.7:3",
                "--out", dir.resolve("a.gif").toString(), "--out", dir.resolve("b.gif").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--out", "once");
    }

    @Test
    void renderFromWritesEachOut() throws Exception {
        Path first = dir.resolve("first.svg");
        assertThat(CliTest.run("render", "--plane", "fv", "--width", "300", "--height", "200", "--out", first.toString()).code())
                .isZero();
        Path a = dir.resolve("again.pdf");
        Path b = dir.resolve("again.png");
        CliTest.Result r = CliTest.run("render", "--from", first.toString(), "--out", a.toString(), "--out", b.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(a).isRegularFile();
        assertThat(b).isRegularFile();
    }

    @Test
    void batchRunsEveryLineInOneProcessAndSkipsCommentsAndBlanks() throws Exception {
        Path list = dir.resolve("figures.txt");
        Files.writeString(list, String.join("\n",
                "# figures for the lecture",
                "render --plane ns --width 300 --height 200 --out \"" + dir.resolve("with space.svg") + "\"",
                "",
                "hillas-explorer render --plane fv --delta 0.3 --width 300 --height 200 --out " + dir.resolve("fv.pdf"),
                "bands --plane ns --out '" + dir.resolve("bands.csv") + "'",
                "quantities --energy 1GeV --format json"), StandardCharsets.UTF_8);
        CliTest.Result r = CliTest.run("batch", list.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(dir.resolve("with space.svg")).isRegularFile();
        assertThat(dir.resolve("fv.pdf")).isRegularFile();
        assertThat(Files.readString(dir.resolve("bands.csv"))).startsWith("band,vertex");
        assertThat(r.out()).contains("rigidity_gv");
        assertThat(r.err()).contains("batch: 4 commands run, 0 failed");
    }

    @Test
    void optionsDoNotCarryOverFromOneLineToTheNext() throws Exception {
        Path list = dir.resolve("l.txt");
        Path a = dir.resolve("a.svg");
        Path b = dir.resolve("b.svg");
        Files.writeString(list, "render --plane ns --no-legend --no-title --width 300 --height 200 --out " + a + "\n"
                + "render --plane ns --width 300 --height 200 --out " + b + "\n");
        assertThat(CliTest.run("batch", list.toString()).code()).isZero();
        assertThat(Files.readString(a)).doesNotContain("Patchy CR scattering");
        assertThat(Files.readString(b)).contains("Patchy CR scattering");
    }

    @Test
    void aFailingLineIsReportedWithItsNumberAndTheOthersStillRun() throws Exception {
        Path list = dir.resolve("l.txt");
        Path ok = dir.resolve("ok.svg");
        Files.writeString(list, "render --plane xx --out " + dir.resolve("bad.svg") + "\n"
                + "render --plane ns --width 300 --height 200 --out " + ok + "\n"
                + "batch " + list + "\n"
                + "render --plane \"ns\n");
        CliTest.Result r = CliTest.run("batch", list.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(ok).isRegularFile();
        assertThat(r.err()).contains("batch: line 1: exit code 2", "batch: line 3: a batch cannot run batch",
                "batch: line 4: the quote \" is not closed", "batch: 2 commands run, 3 failed");
    }

    @Test
    void stopOnErrorStopsAtTheFirstFailingLine() throws Exception {
        Path list = dir.resolve("l.txt");
        Path never = dir.resolve("never.svg");
        Files.writeString(list, "render --plane xx --out x.svg\nrender --plane ns --out " + never + "\n");
        CliTest.Result r = CliTest.run("batch", "--stop-on-error", list.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(never).doesNotExist();
    }

    @Test
    void aMissingFileIsOneLine() {
        CliTest.Result r = CliTest.run("batch", dir.resolve("nothing.txt").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip().lines()).hasSize(1).allMatch(l -> l.startsWith("batch: cannot read"));
    }

    @Test
    void splittingFollowsShellQuoting() {
        assertThat(BatchCommand.split("render  --out 'a b.svg' --classes \"x=1..2\" c\\ d")).isEqualTo(
                List.of("render", "--out", "a b.svg", "--classes", "x=1..2", "c d"));
        assertThat(BatchCommand.split("a '' b")).isEqualTo(List.of("a", "", "b"));
        assertThatThrownBy(() -> BatchCommand.split("a 'b")).hasMessageContaining("not closed");
    }
}
