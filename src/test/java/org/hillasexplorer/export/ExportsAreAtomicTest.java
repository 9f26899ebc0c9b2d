package org.hillasexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.hillasexplorer.figure.FigureBuilder;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.io.AtomicFiles;
import org.hillasexplorer.io.SpecialFiles;
import org.hillasexplorer.io.WriteException;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exports write through the base's {@link AtomicFiles} (whose own tests are in {@code io}): its refusals reach
 * the user as {@link ExportException}s with the same message, and sweeps keep its rules for PNG frames and clean
 * their own stale work folders by its rules (issue 14, items 3 and 5).
 */
class ExportsAreAtomicTest {
    @TempDir
    Path dir;

    private static final FileTime LONG_AGO = FileTime.from(Instant.now().minus(AtomicFiles.STALE_AFTER).minusSeconds(600));

    @Test
    void aRefusedWriteBecomesAnExportExceptionWithTheSameMessageAndCause() {
        IOException low = new IOException("No space left on device");
        WriteException refused = new WriteException(dir.resolve("fig.png"), "disk full (No space left on device)", low);
        ExportException e = new ExportException(refused);
        assertThat(e).hasMessage("cannot write " + dir.resolve("fig.png") + ": disk full (No space left on device)")
                .hasMessage(refused.getMessage());
        assertThat(e.getCause()).isSameAs(low);
        assertThat(e.path()).isEqualTo(dir.resolve("fig.png"));
    }

    @Test
    void missingDirectoryIsNamedAndNothingIsCreated() {
        Path f = dir.resolve("no/such/dir/fig.png");
        var chart = FigureBuilder.build(Scenario.defaults(), java.util.List.of(), FigureOptions.defaults(Plane.NUMBER_DENSITY));
        assertThatThrownBy(() -> FigureExporter.writePng(chart, f, 200, 100, 1))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("directory does not exist");
        assertThat(dir.resolve("no")).doesNotExist();
    }

    @Test
    void aPngFrameTargetThatIsADeviceStopsTheSweepBeforeAnythingMoves() throws Exception {
        Path frames = Files.createDirectory(dir.resolve("frames"));
        Path dev = SpecialFiles.nullDevice(frames, "frame-001.png");
        var spec = SweepSpec.parse("delta=0.3..0.7:2");
        assertThatThrownBy(() -> Sweep.render(org.hillasexplorer.physics.Scenario.defaults(), spec,
                s -> List.of(org.hillasexplorer.figure.FigureBuilder.build(s, List.of(),
                        org.hillasexplorer.figure.FigureOptions.defaults(org.hillasexplorer.physics.Plane.NUMBER_DENSITY))),
                CompositeExporter.Arrangement.SIDE_BY_SIDE, 200, 150, 1, frames, null))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining(dev.toString())
                .hasMessageContaining("not a regular file");
        assertThat(SpecialFiles.isSpecial(dev)).isTrue();
        assertThat(SpecialFiles.names(frames)).containsExactly("frame-001.png");
    }

    @Test
    void staleSweepFolderOfPngFramesIsDeletedByTheNextSweep() throws Exception {
        Path stale = Files.createDirectory(dir.resolve(".frames.0123456789abcdef.sweep.tmp"));
        Files.writeString(stale.resolve("frame-000.png"), "png");
        Files.setLastModifiedTime(stale, LONG_AGO);
        Path notOurs = Files.createDirectory(dir.resolve(".thesis.0123456789abcdef.sweep.tmp"));
        Files.writeString(notOurs.resolve("chapter1.tex"), "\\chapter{}");
        Files.setLastModifiedTime(notOurs, LONG_AGO);
        Path fresh = Files.createDirectory(dir.resolve(".frames.00000000000000aa.sweep.tmp"));
        Files.writeString(fresh.resolve("frame-000.png"), "png");

        Sweep.render(Scenario.defaults(), SweepSpec.parse("delta=0.3..0.7:2"),
                s -> List.of(FigureBuilder.build(s, List.of(), FigureOptions.defaults(Plane.NUMBER_DENSITY))),
                CompositeExporter.Arrangement.SIDE_BY_SIDE, 200, 150, 1, dir.resolve("frames"), null);

        assertThat(stale).doesNotExist();
        assertThat(notOurs.resolve("chapter1.tex")).as("holds something a sweep never writes").exists();
        assertThat(fresh.resolve("frame-000.png")).as("a sweep may be at work").exists();
        assertThat(dir.resolve("frames/frame-001.png")).exists();
    }
}
