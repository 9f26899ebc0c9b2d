package org.hillasexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.hillasexplorer.export.CompositeExporter.Arrangement;
import org.hillasexplorer.figure.FigureBuilder;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTest {
    private static final FigureOptions NS = FigureOptions.defaults(Plane.NUMBER_DENSITY)
            .withView(new ViewRange(-3.5, 9.5, -13, 16.5));
    private static final Function<Scenario, List<JFreeChart>> CHARTS =
            s -> List.of(FigureBuilder.build(s, List.of(), NS));

    @TempDir
    Path dir;

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Records progress; cancels once {@code cancelAfter} frames are done (never if negative). */
    private static final class Recorder implements Sweep.Progress {
        final List<String> calls = new ArrayList<>();
        final int cancelAfter;
        int done;

        Recorder(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void frameDone(int d, int total) {
            done = d;
            calls.add(d + "/" + total);
        }

        @Override
        public boolean cancelled() {
            return cancelAfter >= 0 && done >= cancelAfter;
        }
    }

    @Test
    void gifHasEveryFrameLoopsForeverAndHoldsTheLastFrame() throws Exception {
        Path gif = dir.resolve("sweep.gif");
        Recorder rec = new Recorder(-1);
        Sweep.render(Scenario.defaults(), SweepSpec.parse("delta=0.3..0.7:6"), CHARTS, Arrangement.SIDE_BY_SIDE,
                300, 200, 1, gif, rec);
        assertThat(rec.calls).containsExactly("1/6", "2/6", "3/6", "4/6", "5/6", "6/6");
        assertThat(names(dir)).containsExactly("sweep.gif");

        GifFrames.Animation a = GifFrames.read(gif);
        assertThat(a.frames()).hasSize(6);
        assertThat(a.loopsForever()).isTrue();
        assertThat(a.width()).isEqualTo(300);
        assertThat(a.height()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(a.frames().get(i).delayCs()).isEqualTo(Sweep.FRAME_DELAY_CS).isBetween(2, 20);
        }
        assertThat(a.frames().get(5).delayCs()).isEqualTo(Sweep.LAST_FRAME_DELAY_CS).isGreaterThan(Sweep.FRAME_DELAY_CS);
        // composited frames look like the charts they came from, and differ from one another (the bands move)
        for (int i : new int[] {0, 3, 5}) {
            BufferedImage expected = CompositeExporter.render(CHARTS.apply(Scenario.defaults()
                    .with(org.hillasexplorer.physics.Parameters.DELTA_S, SweepSpec.parse("delta=0.3..0.7:6").value(i))),
                    Arrangement.SIDE_BY_SIDE, 300, 200, 1);
            assertThat(GifFrames.meanDifference(a.frames().get(i).image(), expected)).as("frame %d", i).isLessThan(2.0);
        }
        assertThat(GifFrames.meanDifference(a.frames().get(0).image(), a.frames().get(5).image())).isGreaterThan(1.0);
    }

    @Test
    void gifReadsBackWithImageIoFrameCount() throws Exception {
        Path gif = dir.resolve("x.GIF");
        Sweep.render(Scenario.defaults(), SweepSpec.parse("b-ug=1..30:4"), CHARTS, Arrangement.SIDE_BY_SIDE,
                200, 150, 1, gif, null);
        var reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (var in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(4);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void framesIntoANewDirectoryAreCompleteAndSortable() throws Exception {
        Path frames = dir.resolve("frames");
        Sweep.render(Scenario.defaults(), SweepSpec.parse("delta=0.3..0.7:12"), CHARTS, Arrangement.SIDE_BY_SIDE,
                200, 150, 1, frames, null);
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            expected.add(String.format("frame-%03d.png", i));
        }
        assertThat(names(frames)).containsExactlyElementsOf(expected);
        assertThat(names(dir)).containsExactly("frames");
        BufferedImage first = ImageIO.read(frames.resolve("frame-001.png").toFile());
        assertThat(first.getWidth()).isEqualTo(200);
        assertThat(Sweep.framePaths(frames, 12)).extracting(p -> p.getFileName().toString())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void aNumberedPatternIntoAnExistingDirectoryReplacesAStaleLongerSequence() throws Exception {
        Path frames = Files.createDirectory(dir.resolve("out"));
        Files.writeString(frames.resolve("notes.txt"), "keep me");
        Path pattern = frames.resolve("f-%03d.png");
        Sweep.render(Scenario.defaults(), SweepSpec.parse("delta=0.3..0.7:5"), CHARTS, Arrangement.SIDE_BY_SIDE,
                100, 80, 1, pattern, null);
        Sweep.render(Scenario.defaults(), SweepSpec.parse("delta=0.3..0.7:3"), CHARTS, Arrangement.SIDE_BY_SIDE,
                100, 80, 1, pattern, null);
        assertThat(names(frames)).containsExactly("f-001.png", "f-002.png", "f-003.png", "notes.txt");
    }

    @Test
    void cancellingAGifLeavesNothingAndKeepsAnOldFile() throws Exception {
        Path gif = dir.resolve("sweep.gif");
        Files.writeString(gif, "old");
        Recorder rec = new Recorder(3);
        assertThatThrownBy(() -> Sweep.render(Scenario.defaults(), SweepSpec.parse("delta=0.3..0.7:10"), CHARTS,
                Arrangement.SIDE_BY_SIDE, 200, 150, 1, gif, rec)).isInstanceOf(InterruptedException.class);
        assertThat(rec.done).isEqualTo(3);
        assertThat(names(dir)).containsExactly("sweep.gif");
        assertThat(Files.readString(gif)).isEqualTo("old");
    }

    @Test
    void cancellingFramesLeavesNoFramesAndNoDirectory() throws Exception {
        Recorder rec = new Recorder(4);
        assertThatThrownBy(() -> Sweep.render(Scenario.defaults(), SweepSpec.parse("delta=0.3..0.7:10"), CHARTS,
                Arrangement.SIDE_BY_SIDE, 200, 150, 1, dir.resolve("frames"), rec)).isInstanceOf(InterruptedException.class);
        assertThat(names(dir)).isEmpty();

        Path existing = Files.createDirectory(dir.resolve("existing"));
        assertThatThrownBy(() -> Sweep.render(Scenario.defaults(), SweepSpec.parse("delta=0.3..0.7:10"), CHARTS,
                Arrangement.SIDE_BY_SIDE, 200, 150, 1, existing, new Recorder(2))).isInstanceOf(InterruptedException.class);
        assertThat(names(existing)).isEmpty();
    }

    @Test
    void anInterruptedThreadCancelsToo() {
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> Sweep.render(Scenario.defaults(), SweepSpec.parse("delta=0.3..0.7:3"), CHARTS,
                Arrangement.SIDE_BY_SIDE, 200, 150, 1, dir.resolve("a.gif"), null)).isInstanceOf(InterruptedException.class);
        assertThat(Thread.interrupted()).isFalse();
        assertThat(dir.resolve("a.gif")).doesNotExist();
    }

    @Test
    void aFailingChartLeavesNothing() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Function<Scenario, List<JFreeChart>> failing = s -> {
            if (calls.incrementAndGet() > 2) {
                throw new IllegalStateException("boom");
            }
            return CHARTS.apply(s);
        };
        assertThatThrownBy(() -> Sweep.render(Scenario.defaults(), SweepSpec.parse("delta=0.3..0.7:5"), failing,
                Arrangement.SIDE_BY_SIDE, 200, 150, 1, dir.resolve("frames"), null))
                .isInstanceOf(ExportException.class).hasMessageContaining("boom");
        assertThat(names(dir)).isEmpty();
    }

    @Test
    void badOutputNamesAreRefused() {
        for (String bad : List.of("movie.mp4", "frame.png", "f-%d.png", "f-%03d-%03d.png", "f-%03d.jpg")) {
            assertThatThrownBy(() -> Sweep.render(Scenario.defaults(), SweepSpec.parse("delta=0.3..0.7:3"), CHARTS,
                    Arrangement.SIDE_BY_SIDE, 200, 150, 1, dir.resolve(bad), null))
                    .as(bad).isInstanceOf(ExportException.class).hasMessageContaining(bad);
        }
        assertThatThrownBy(() -> Sweep.framePaths(dir.resolve("f-%02d.png"), 400))
                .isInstanceOf(ExportException.class).hasMessageContaining("too narrow");
        assertThatThrownBy(() -> Sweep.render(Scenario.defaults(), SweepSpec.parse("delta=0.3..0.7:3"), CHARTS,
                Arrangement.SIDE_BY_SIDE, 200, 150, 1, dir.resolve("missing/x.gif"), null))
                .isInstanceOf(ExportException.class).hasMessageContaining("directory does not exist");
    }

    @Test
    void twoChartsSideBySideMakeOneWideMovie() throws Exception {
        FigureOptions fv = FigureOptions.defaults(Plane.FILLING_FACTOR);
        Path gif = dir.resolve("both.gif");
        Sweep.render(Scenario.defaults(), SweepSpec.parse("nu0=1e-10..1e-8:3"),
                s -> List.of(FigureBuilder.build(s, List.of(), NS), FigureBuilder.build(s, List.of(), fv)),
                Arrangement.SIDE_BY_SIDE, 200, 150, 1.5, gif, null);
        GifFrames.Animation a = GifFrames.read(gif);
        assertThat(a.frames()).hasSize(3);
        assertThat(a.width()).isEqualTo(600);
        assertThat(a.height()).isEqualTo(225);
    }
}
