package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --sweep} end to end. */
class SweepCliTest {
    @TempDir
    Path dir;

    private static int frames(Path gif) throws Exception {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertThat(reader.getWidth(0)).isEqualTo(300); // --scale defaults to 1 for a GIF
            assertThat(reader.getHeight(0)).isEqualTo(200);
            return reader.getNumImages(true);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void sweepToAGif() throws Exception {
        Path gif = dir.resolve("x.gif");
        CliTest.Result r = CliTest.run("render", "--plane", "ns", "--sweep", "delta=0.3..0.7:5", "--out", gif.toString(),
                "--width", "300", "--height", "200");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(frames(gif)).isEqualTo(5);
        assertThat(r.err()).contains("frame 1/5", "frame 5/5 (100 %)", "wrote " + gif);
        assertThat(r.err().lines().filter(l -> l.startsWith("sweep ")).count()).isBetween(5L, 11L);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.count()).isEqualTo(1);
        }
    }

    @Test
    void sweepToFramesInADirectoryWithTheOtherRenderOptions() throws Exception {
        Path out = dir.resolve("frames");
        CliTest.Result r = CliTest.run("render", "--plane", "fv", "--sweep", "b-ug=1..30:3", "--out", out + "/",
                "--width", "200", "--height", "150", "--scale", "1", "--style", "dark", "--no-catalog");
        assertThat(r.code()).as(r.err()).isZero();
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("frame-001.png", "frame-002.png", "frame-003.png");
        }
        assertThat(ImageIO.read(out.resolve("frame-002.png").toFile()).getWidth()).isEqualTo(200);
    }

    @Test
    void aBadSpecIsOneLineNamingTheOptionAndTheForm() {
        for (String bad : new String[] {"delta=0.3-0.7", "dim=0..2:3", "delta=0.3..0.7:1000", "speed=1..2:3"}) {
            CliTest.Result r = CliTest.run("render", "--plane", "ns", "--sweep", bad, "--out", dir.resolve("x.gif").toString());
            assertThat(r.code()).as(bad).isEqualTo(2);
            String first = r.err().lines().findFirst().orElseThrow();
            assertThat(first).as(bad).contains("--sweep", "KEY=FROM..TO:FRAMES");
        }
        assertThat(dir.resolve("x.gif")).doesNotExist();
    }

    @Test
    void anUnsuitableOutputIsAUsageError() {
        CliTest.Result r = CliTest.run("render", "--plane", "ns", "--sweep", "delta=0.3..0.7:5", "--out",
                dir.resolve("x.mp4").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--out", ".gif");
    }
}
