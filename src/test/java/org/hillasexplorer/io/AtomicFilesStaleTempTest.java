package org.hillasexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserPrincipal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Temporary files left by a killed writer (issue 14, item 5): the next write into the folder deletes those of our
 * exact naming that are idle, unlocked and the user's own, and nothing else.
 */
class AtomicFilesStaleTempTest {
    @TempDir
    Path dir;

    private static final FileTime LONG_AGO = FileTime.from(Instant.now().minus(AtomicFiles.STALE_AFTER).minusSeconds(600));

    private Path old(String name) throws IOException {
        Path p = Files.writeString(dir.resolve(name), "half a fi");
        Files.setLastModifiedTime(p, LONG_AGO);
        return p;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theTemporaryFileHasTheNameTheCleanerLooksFor() throws Exception {
        List<String> seen = new ArrayList<>();
        AtomicFiles.write(dir.resolve("sweep.gif"), out -> {
            try (Stream<Path> s = Files.list(dir)) {
                s.forEach(p -> seen.add(p.getFileName().toString()));
            }
            out.write(1);
        });
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0)).matches("\\.sweep\\.gif\\.[0-9a-f]{16}\\.tmp");
        assertThat(AtomicFiles.TEMP_NAME.matcher(seen.get(0)).matches()).isTrue();
        assertThat(names()).containsExactly("sweep.gif");
    }

    @Test
    void staleTemporaryFilesOfOursAreDeletedByTheNextWrite() throws Exception {
        old(".sweep.gif.0123456789abcdef.tmp");
        old(".fig 2.svg.fedcba9876543210.tmp");
        AtomicFiles.writeString(dir.resolve("table.csv"), "a,b\n");
        assertThat(names()).containsExactly("table.csv");
    }

    @Test
    void lookAlikesAndFreshFilesAreKept() throws Exception {
        List<String> keep = List.of(
                "sweep.gif.0123456789abcdef.tmp",        // no leading dot
                ".sweep.gif.0123456789ABCDEF.tmp",       // upper-case hex is not ours
                ".sweep.gif.0123456789abcde.tmp",        // 15 digits
                ".sweep.gif.0123456789abcdef0.tmp",      // 17 digits
                ".sweep.gif.0123456789abcdef.tmp.bak",   // something after .tmp
                "..0123456789abcdef.tmp",                // no name
                ".notes.tmp");                           // no random part
        for (String k : keep) {
            old(k);
        }
        // ours by name, but modified a moment ago: a writer may be at work
        Files.writeString(dir.resolve(".fig.png.00000000000000aa.tmp"), "in progress");
        // ours by name, old, but a directory
        Files.setLastModifiedTime(Files.createDirectory(dir.resolve(".fig.pdf.00000000000000bb.tmp")), LONG_AGO);
        AtomicFiles.writeString(dir.resolve("table.csv"), "a,b\n");
        List<String> expected = new ArrayList<>(keep);
        expected.add(".fig.png.00000000000000aa.tmp");
        expected.add(".fig.pdf.00000000000000bb.tmp");
        expected.add("table.csv");
        assertThat(names()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aLockedTemporaryFileIsKeptHoweverOld() throws Exception {
        Path live = old(".sweep.gif.0123456789abcdef.tmp");
        try (FileChannel ch = FileChannel.open(live, StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            AtomicFiles.writeString(dir.resolve("table.csv"), "a,b\n");
            assertThat(live).as("its writer still holds the lock").exists();
        }
        AtomicFiles.writeString(dir.resolve("table.csv"), "a,b\n");
        assertThat(live).as("unlocked and idle: the writer is gone").doesNotExist();
    }

    @Test
    void someoneElsesTemporaryFileIsKept() throws Exception {
        Path theirs = old(".sweep.gif.0123456789abcdef.tmp");
        UserPrincipal other;
        try {
            other = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(theirs, other);
        } catch (IOException | UnsupportedOperationException e) {
            other = null;
        }
        assumeTrue(other != null && other.equals(Files.getOwner(theirs)), "cannot give a file to another user here");
        Files.setLastModifiedTime(theirs, LONG_AGO);
        AtomicFiles.writeString(dir.resolve("table.csv"), "a,b\n");
        assertThat(theirs).exists();
    }

    @Test
    void aFailedWriteStillCleansAndLeavesNothingPartial() throws Exception {
        old(".keep.csv.0123456789abcdef.tmp");
        Path f = Files.writeString(dir.resolve("keep.csv"), "precious");
        try {
            AtomicFiles.write(f, out -> {
                out.write("half".getBytes());
                throw new IOException("No space left on device");
            });
        } catch (WriteException expected) {
            // the point of the test is what is left in the folder
        }
        assertThat(Files.readString(f)).isEqualTo("precious");
        assertThat(names()).containsExactly("keep.csv");
    }

}
