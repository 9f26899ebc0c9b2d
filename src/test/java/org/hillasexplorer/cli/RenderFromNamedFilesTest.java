package org.hillasexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hillasexplorer.cli.FigureStateCliTest.Result;
import org.hillasexplorer.export.FigureExporter;
import org.hillasexplorer.figure.FigureBuilder;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.io.SpecialFiles;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.FigureState;
import org.hillasexplorer.session.FigureState.CatalogIdentity;
import org.hillasexplorer.session.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render --from FIGURE} with a figure from someone else: the catalogue paths in its state are never opened as
 * written (absolute, {@code ../}, a FIFO), only a file beside the figure with the recorded SHA-256 or a file given with
 * {@code --catalog}, and a file the user did not name never has its content echoed.
 */
class RenderFromNamedFilesTest {
    /** Far longer than a render takes; only reached when something blocks (a FIFO opened for reading). */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final String MARKER = "SECRET-MARKER-5d41402abc4b2a76";
    /** A label of examples/my-simulation.csv, drawn when that catalogue is. */
    private static final String LABEL = "Cold dense clumps";

    @TempDir
    Path dir;

    private static Result run(String... args) {
        return FigureStateCliTest.run(args);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return FigureState.sha256(new ByteArrayInputStream(bytes));
    }

    /** A "secret" the figure must not reveal: its first line is what a CSV refusal would quote. */
    private Path secret() throws Exception {
        return Files.writeString(dir.resolve("secret.txt"), "root:" + MARKER + ":0:0:root:/root:/bin/bash\n"
                + MARKER + "\n");
    }

    /** A figure in {@code folder} whose state names {@code names}, with these catalogue identities recorded. */
    private static Path figure(Path folder, String file, List<String> names, List<CatalogIdentity> ids) throws Exception {
        Files.createDirectories(folder);
        Path fig = folder.resolve(file);
        ExplorerState state = ExplorerState.defaults().withLayout(Layout.NUMBER_DENSITY_ONLY).withCatalogFiles(names);
        FigureExporter.write(FigureBuilder.build(Scenario.defaults(), List.of(), FigureOptions.defaults(Plane.NUMBER_DENSITY)),
                fig, 300, 200, 1, FigureState.metadata(state, "ns", 300, 200, 1, "paper", ids));
        return fig;
    }

    private static void assertNoSecret(Result r, Path out) throws Exception {
        assertThat(r.out()).doesNotContain(MARKER);
        assertThat(r.err()).doesNotContain(MARKER);
        if (Files.exists(out)) {
            assertThat(new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1)).doesNotContain(MARKER);
        }
    }

    static Path fifo(Path where, String name) throws Exception {
        return SpecialFiles.fifo(where, name);
    }

    @Test
    void absoluteAndParentPathsInAFigureAreNeverOpened() throws Exception {
        Path secret = secret();
        String sha = sha256(Files.readAllBytes(secret)); // the worst case: whoever made the figure knows the checksum
        Path shared = dir.resolve("shared");
        List<String> names = List.of(secret.toAbsolutePath().toString(), "../secret.txt", "../../../../../../../../etc/passwd");
        List<CatalogIdentity> ids = new ArrayList<>();
        for (String n : names) {
            ids.add(new CatalogIdentity(n, false, sha));
        }
        Path fig = figure(shared, "fig.png", names, ids);
        Path out = shared.resolve("again.svg");

        Result r = assertTimeoutPreemptively(HANG_GUARD, () -> run("render", "--from", fig.toString(), "--out", out.toString()));

        assertThat(r.code()).as(r.err()).isZero();
        assertNoSecret(r, out);
        assertThat(r.err()).contains("warning: catalogue '" + secret.toAbsolutePath() + "' named by the figure was not found "
                + "beside it (there is no " + shared.toAbsolutePath().resolve("secret.txt") + "); not drawn — pass it with "
                + "--catalog to use it");
        assertThat(r.err()).contains("warning: catalogue '../secret.txt' named by the figure was not found beside it");
        assertThat(r.err()).contains("warning: catalogue '../../../../../../../../etc/passwd' named by the figure was not "
                + "found beside it (there is no " + shared.toAbsolutePath().resolve("passwd") + ")");
        assertThat(r.err()).contains("wrote " + out);
        FigureState again = FigureState.read(out);
        assertThat(again.state().catalogFiles()).as("the new figure names only what it drew").isEmpty();
        assertThat(again.catalogs()).isEmpty();
    }

    @Test
    void aFifoNamedByAFigureDoesNotBlock() throws Exception {
        Path shared = dir.resolve("shared");
        Files.createDirectories(shared);
        Path elsewhere = fifo(dir, "pipe.csv");
        fifo(shared, "beside.csv");
        String sha = sha256(new byte[0]);
        List<String> names = List.of(elsewhere.toAbsolutePath().toString(), "beside.csv");
        Path fig = figure(shared, "fig.svg", names, List.of(new CatalogIdentity(names.get(0), false, sha),
                new CatalogIdentity(names.get(1), false, sha)));
        Path out = dir.resolve("out.png");

        Result r = assertTimeoutPreemptively(HANG_GUARD, () -> run("render", "--from", fig.toString(), "--out", out.toString()));

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: catalogue '" + elsewhere.toAbsolutePath() + "' named by the figure was not found beside it");
        assertThat(r.err()).contains("warning: catalogue 'beside.csv' named by the figure was found beside it as "
                + shared.toAbsolutePath().resolve("beside.csv") + ", which is not a regular file (a directory, FIFO, device "
                + "or socket), so it was not opened; not drawn — pass it with --catalog to use it");
        assertThat(out).exists();
    }

    /** A figure made with a catalogue, then both copied to another folder, as someone shares them. */
    private Path sharedFigureWithItsCatalogue(Path to) throws Exception {
        Path made = dir.resolve("made");
        Files.createDirectories(made);
        Path catalog = Files.copy(Path.of("examples/my-simulation.csv"), made.resolve("my-simulation.csv"));
        Path fig = made.resolve("fig.svg");
        Result r = run("render", "--plane", "ns", "--catalog", catalog.toString(), "--width", "500", "--height", "400",
                "--out", fig.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(fig)).contains(LABEL);
        Files.createDirectories(to);
        Files.copy(catalog, to.resolve("my-simulation.csv"));
        Path copy = Files.copy(fig, to.resolve("fig.svg"));
        Files.delete(catalog);
        return copy;
    }

    @Test
    void aCatalogueBesideTheFigureWithTheRecordedChecksumIsDrawn() throws Exception {
        Path shared = dir.resolve("shared");
        Path fig = sharedFigureWithItsCatalogue(shared);
        Path out = shared.resolve("again.svg");

        Result r = assertTimeoutPreemptively(HANG_GUARD, () -> run("render", "--from", fig.toString(), "--out", out.toString()));

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("warning");
        assertThat(Files.readString(out)).contains(LABEL);
        FigureState before = FigureState.read(fig);
        FigureState again = FigureState.read(out);
        assertThat(again.state().catalogFiles()).isEqualTo(before.state().catalogFiles());
        assertThat(again.catalogs()).isEqualTo(before.catalogs());
    }

    @Test
    void aCatalogueBesideTheFigureWithAnotherChecksumIsSkippedUnlessGiven() throws Exception {
        Path shared = dir.resolve("shared");
        Path fig = sharedFigureWithItsCatalogue(shared);
        Path beside = shared.resolve("my-simulation.csv");
        Files.writeString(beside, Files.readString(beside).replace("Shock fronts", "Bow shocks"));
        String recorded = FigureState.read(fig).state().catalogFiles().get(0);
        Path out = shared.resolve("again.svg");

        Result r = assertTimeoutPreemptively(HANG_GUARD, () -> run("render", "--from", fig.toString(), "--out", out.toString()));

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: catalogue '" + recorded + "' named by the figure differs from the one the figure "
                + "was made with (the SHA-256 of " + beside.toAbsolutePath() + " beside it does not match); not drawn — pass it "
                + "with --catalog to use it");
        assertThat(Files.readString(out)).doesNotContain(LABEL);

        // given explicitly, it is the user's own file: drawn as it is now, with a note that it changed
        Result given = run("render", "--from", fig.toString(), "--catalog", beside.toString(), "--out", out.toString());
        assertThat(given.code()).as(given.err()).isZero();
        assertThat(given.err()).contains("warning: catalogue " + beside + " has changed since the figure was made (SHA-256 "
                + "differs); drawing it as it is now");
        assertThat(Files.readString(out)).contains(LABEL, "Bow shocks");
        assertThat(FigureState.read(out).state().catalogFiles()).containsExactly(beside.toString());
    }

    @Test
    void aFileBesideTheFigureThatIsNoCatalogueIsRefusedWithoutQuotingIt() throws Exception {
        Path shared = dir.resolve("shared");
        Files.createDirectories(shared);
        Path notes = Files.writeString(shared.resolve("notes.csv"), MARKER + ",b,c\n1,2,3\n");
        Path fig = figure(shared, "fig.png", List.of("/home/someone/notes.csv"),
                List.of(new CatalogIdentity("/home/someone/notes.csv", false, sha256(Files.readAllBytes(notes)))));
        Path out = shared.resolve("again.svg");

        Result r = assertTimeoutPreemptively(HANG_GUARD, () -> run("render", "--from", fig.toString(), "--out", out.toString()));

        assertThat(r.code()).as(r.err()).isZero();
        assertNoSecret(r, out);
        assertThat(r.err()).contains("warning: " + notes.toAbsolutePath() + ": is not a catalogue this program can read (the "
                + "details are not shown for a file the figure named; open it yourself to see them); not drawn");

        // named by the user, the same file is refused with the reader's whole message, as any --catalog file is
        Result mine = run("render", "--from", fig.toString(), "--catalog", notes.toString(), "--out", out.toString());
        assertThat(mine.code()).isEqualTo(1);
        assertThat(mine.err()).contains(MARKER);
    }

    @Test
    void aFigureWithoutAChecksumForItsCatalogueDrawsNothingItCannotCheck() throws Exception {
        Path shared = dir.resolve("shared");
        Files.createDirectories(shared);
        Files.copy(Path.of("examples/my-simulation.csv"), shared.resolve("my-simulation.csv"));
        Path fig = figure(shared, "fig.png", List.of("my-simulation.csv"), List.of(CatalogIdentity.ofBuiltin()));
        Path out = shared.resolve("again.svg");

        Result r = run("render", "--from", fig.toString(), "--out", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: catalogue 'my-simulation.csv' named by the figure has no SHA-256 recorded in "
                + "it, so the file beside it cannot be checked; not drawn — pass it with --catalog to use it");
        assertThat(Files.readString(out)).doesNotContain(LABEL);
        assertThat(FigureState.read(out).catalogs()).singleElement().satisfies(c -> assertThat(c.builtin()).isTrue());
    }

    @Test
    void controlCharactersInARecordedNameAreNotPrinted() throws Exception {
        Path shared = dir.resolve("shared");
        String evil = "/tmp/\u001b[2J\u001b]0;pwned\u0007x.csv";
        Path fig = figure(shared, "fig.png", List.of(evil), List.of(new CatalogIdentity(evil, false, sha256(new byte[0]))));
        Result r = run("render", "--from", fig.toString(), "--out", shared.resolve("o.png").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("\u001b").doesNotContain("\u0007").contains("'/tmp/?[2J?]0;pwned?x.csv'");
    }
}
