package org.hillasexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GifWriterTest {
    @TempDir
    Path dir;

    private static BufferedImage frame(int x) {
        BufferedImage img = new BufferedImage(160, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(Color.WHITE);
        g.fillRect(0, 0, 160, 100);
        g.setPaint(new GradientPaint(0, 0, new Color(0x1f77b4), 160, 0, new Color(0xff7f0e)));
        g.fillRect(0, 70, 160, 30);
        g.setPaint(new Color(0x2ca02c));
        g.fillOval(x, 20, 40, 40);
        g.dispose();
        return img;
    }

    @Test
    void framesRoundTripWithFlatColoursExact() throws Exception {
        List<BufferedImage> frames = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            frames.add(frame(10 + 20 * i));
        }
        Path gif = dir.resolve("a.gif");
        GifWriter.write(gif, frames, 5, 100);
        GifFrames.Animation a = GifFrames.read(gif);
        assertThat(a.frames()).hasSize(5);
        assertThat(a.loopsForever()).isTrue();
        assertThat(a.frames()).extracting(GifFrames.Frame::delayCs).containsExactly(5, 5, 5, 5, 100);
        for (int i = 0; i < 5; i++) {
            BufferedImage got = a.frames().get(i).image();
            assertThat(GifFrames.meanDifference(got, frames.get(i))).as("frame %d", i).isLessThan(1.5);
            assertThat(got.getRGB(5, 5) & 0xFFFFFF).isEqualTo(0xFFFFFF);
            assertThat(got.getRGB(30 + 20 * i, 40) & 0xFFFFFF).isEqualTo(0x2ca02c);
        }
        assertThat(dir.toFile().list()).containsExactly("a.gif");
    }

    @Test
    void identicalFramesStillCount() throws Exception {
        Path gif = dir.resolve("same.gif");
        GifWriter.write(gif, List.of(frame(0), frame(0), frame(0)), 10, 10);
        assertThat(GifFrames.read(gif).frames()).hasSize(3);
    }

    @Test
    void paletteHasAtMost255ColoursForAManyColouredImage() {
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                img.setRGB(x, y, (x << 16) | (y << 8) | ((x + y) & 0xFF));
            }
        }
        assertThat(GifWriter.palette(List.of(img), 255)).hasSizeLessThanOrEqualTo(255).hasSizeGreaterThan(200);
    }

    @Test
    void framesOfDifferentSizesAreRefusedAndNothingIsLeft() throws Exception {
        Path gif = dir.resolve("b.gif");
        BufferedImage small = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        assertThatThrownBy(() -> GifWriter.write(gif, List.of(frame(0), small), 5, 5))
                .isInstanceOf(ExportException.class).hasMessageContaining("10 × 10");
        try (var s = Files.list(dir)) {
            assertThat(s.count()).isZero();
        }
    }
}
