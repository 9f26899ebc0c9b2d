package org.hillasexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import org.hillasexplorer.io.ReadException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one bounded, strict reader: what it refuses, from the attributes and before opening, and what it returns.
 */
class BoundedFilesTest {
    /** Far longer than a refusal takes; only reached when a read blocks. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private static Problem problem(ThrowingRead read) {
        return refusal(read).problem();
    }

    @FunctionalInterface
    private interface ThrowingRead {
        void run() throws IOException;
    }

    private static ReadException refusal(ThrowingRead read) {
        try {
            read.run();
        } catch (ReadException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError("not a ReadException: " + e, e);
        }
        throw new AssertionError("the read was not refused");
    }

    @Test
    void aRegularFileWithinTheLimitIsReadWhole() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "ℓ_S = 1 au\n");
        byte[] bytes = Files.readAllBytes(f);
        assertThat(BoundedFiles.readBytes(f, bytes.length)).isEqualTo(bytes);
        assertThat(BoundedFiles.readUtf8(f, bytes.length)).isEqualTo("ℓ_S = 1 au\n");
        assertThat(BoundedFiles.checkRegularFile(f, bytes.length).size()).isEqualTo(bytes.length);
        assertThat(BoundedFiles.readBytes(Files.createFile(dir.resolve("empty")), 0)).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefusedFromItsSizeWithTheSize() throws Exception {
        Path f = Files.write(dir.resolve("big.bin"), new byte[101]);
        ReadException e = refusal(() -> BoundedFiles.readBytes(f, 100));
        assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
        assertThat(e.size()).isEqualTo(101);
        assertThat(e.limit()).isEqualTo(100);
        assertThat(e).hasMessage("is 101 bytes; at most 100 allowed");
        assertThat(problem(() -> BoundedFiles.checkRegularFile(f, 100))).isEqualTo(Problem.TOO_LARGE);
    }

    @Test
    void aStreamOverTheLimitIsRefusedWithoutASizeAndNotReadFurther() {
        InputStream endless = new InputStream() {
            private long served;

            @Override
            public int read() {
                if (++served > 1000) {
                    throw new AssertionError("read more than the limit plus one");
                }
                return 'x';
            }
        };
        ReadException e = refusal(() -> BoundedFiles.readBytes(endless, 100));
        assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
        assertThat(e.size()).isEqualTo(-1);
        assertThat(e.limit()).isEqualTo(100);
        assertThat(e).hasMessage("is more than 100; at most 100 allowed");
    }

    @Test
    void aFailingStreamIsUnreadableWithItsDetail() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Input/output error");
            }
        };
        ReadException e = refusal(() -> BoundedFiles.readBytes(broken, 100));
        assertThat(e.problem()).isEqualTo(Problem.UNREADABLE);
        assertThat(e.detail()).isEqualTo("Input/output error");
        assertThat(e).hasCauseInstanceOf(IOException.class);
    }

    @Test
    void missingFilesAndDirectoriesAreNamedAsSuch() throws Exception {
        ReadException missing = refusal(() -> BoundedFiles.readBytes(dir.resolve("nope"), 100));
        assertThat(missing.problem()).isEqualTo(Problem.MISSING);
        assertThat(missing).hasCauseInstanceOf(NoSuchFileException.class).hasMessage("no such file");
        assertThat(problem(() -> BoundedFiles.readBytes(dir, 100))).isEqualTo(Problem.DIRECTORY);
        assertThat(problem(() -> BoundedFiles.readUtf8(dir, 100, LinkOption.NOFOLLOW_LINKS))).isEqualTo(Problem.DIRECTORY);
    }

    @Test
    void aFifoIsRefusedFromItsAttributesWithoutBlocking() throws Exception {
        Path fifo = SpecialFiles.fifo(dir, "fifo.csv");
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            assertThat(problem(() -> BoundedFiles.readBytes(fifo, 100))).isEqualTo(Problem.NOT_REGULAR);
            assertThat(problem(() -> BoundedFiles.readUtf8(fifo, 100))).isEqualTo(Problem.NOT_REGULAR);
            assertThat(problem(() -> BoundedFiles.checkRegularFile(fifo, 100, LinkOption.NOFOLLOW_LINKS)))
                    .isEqualTo(Problem.NOT_REGULAR);
        });
    }

    @Test
    void aDeviceIsRefusedWithoutReadingIt() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero) && !Files.isRegularFile(zero), "no /dev/zero here");
        assertTimeoutPreemptively(HANG_GUARD, () ->
                assertThat(problem(() -> BoundedFiles.readBytes(zero, 100))).isEqualTo(Problem.NOT_REGULAR));
    }

    @Test
    void aSymbolicLinkIsFollowedUnlessAskedNotTo() throws Exception {
        Path real = Files.writeString(dir.resolve("real.csv"), "a,b\n");
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
            return;
        }
        assertThat(BoundedFiles.readUtf8(link, 100)).isEqualTo("a,b\n");
        assertThat(problem(() -> BoundedFiles.readBytes(link, 100, LinkOption.NOFOLLOW_LINKS))).isEqualTo(Problem.SYMBOLIC_LINK);
        assertThat(problem(() -> BoundedFiles.checkRegularFile(link, 100, LinkOption.NOFOLLOW_LINKS)))
                .isEqualTo(Problem.SYMBOLIC_LINK);
    }

    @Test
    void textIsStrictUtf8() throws Exception {
        assertThat(BoundedFiles.utf8("café ℓ".getBytes(StandardCharsets.UTF_8))).isEqualTo("café ℓ");
        assertThat(BoundedFiles.utf8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'})).as("a BOM is kept").isEqualTo("\uFEFFx");
        ReadException latin1 = refusal(() -> BoundedFiles.utf8("café".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(latin1.problem()).isEqualTo(Problem.NOT_UTF8);
        assertThat(latin1).hasCauseInstanceOf(CharacterCodingException.class);
        Path f = Files.write(dir.resolve("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(problem(() -> BoundedFiles.readUtf8(f, 100))).isEqualTo(Problem.NOT_UTF8);
        assertThat(problem(() -> BoundedFiles.readUtf8(new ByteArrayInputStream(new byte[] {(byte) 0xC3}), 100)))
                .as("a truncated sequence").isEqualTo(Problem.NOT_UTF8);
    }

    @Test
    void aReaderIsBoundedInCharacters() throws Exception {
        assertThat(BoundedFiles.readChars(new StringReader("x".repeat(100)), 100)).hasSize(100);
        ReadException e = refusal(() -> BoundedFiles.readChars(new StringReader("x".repeat(20_000)), 100));
        assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
        assertThat(e.size()).isEqualTo(-1);
        Reader broken = new Reader() {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                throw new IOException("gone");
            }

            @Override
            public void close() {
            }
        };
        assertThat(problem(() -> BoundedFiles.readChars(broken, 100))).isEqualTo(Problem.UNREADABLE);
    }

    @Test
    void binaryCharactersAreFound() {
        assertThat(BoundedFiles.firstBinaryCharacter("a\tb\fc\r\nd")).isEqualTo(-1);
        assertThat(BoundedFiles.firstBinaryCharacter("ab\u0000")).isEqualTo(2);
        assertThat(BoundedFiles.firstBinaryCharacter("\u007F")).isZero();
        assertThat(BoundedFiles.firstBinaryCharacter("ok \uFFFD")).isEqualTo(3);
        assertThat(BoundedFiles.firstBinaryCharacter("\u001B[0m")).isZero();
    }

    @Test
    void aLimitOutsideWhatAnArrayHoldsIsAProgrammingError() {
        assertThatThrownBy(() -> BoundedFiles.readBytes(new ByteArrayInputStream(new byte[0]), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BoundedFiles.readBytes(dir.resolve("x"), Long.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
