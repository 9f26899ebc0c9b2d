package org.hillasexplorer.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hillasexplorer.catalog.CatalogException;
import org.hillasexplorer.session.FigureState.CatalogIdentity;
import org.hillasexplorer.session.NamedCatalogs.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue files a figure or scenario names are looked for beside it, by file name, and never opened as written. */
class NamedCatalogsTest {
    @TempDir
    Path dir;

    private static FigureState figure(List<String> names, List<CatalogIdentity> ids) {
        return new FigureState(ExplorerState.defaults().withCatalogFiles(names), "ns", 300, 200, 1, "paper",
                Optional.empty(), ids, "test");
    }

    private static String sha(Path p) throws Exception {
        return FigureState.sha256(new ByteArrayInputStream(Files.readAllBytes(p)));
    }

    @Test
    void onlyTheLastComponentOfARecordedPathIsUsed() {
        assertThat(NamedCatalogs.fileName("/home/me/sim.csv")).contains("sim.csv");
        assertThat(NamedCatalogs.fileName("../../etc/passwd")).contains("passwd");
        assertThat(NamedCatalogs.fileName("C:\\Users\\me\\sim.csv")).contains("sim.csv");
        assertThat(NamedCatalogs.fileName("data/")).contains("data");
        assertThat(NamedCatalogs.fileName("sim.csv")).contains("sim.csv");
        for (String none : new String[] {"..", ".", "/", "a/..", "x/\u0000y", "a\u001b[2J", "  "}) {
            assertThat(NamedCatalogs.fileName(none)).as(none).isEmpty();
        }
        assertThat(NamedCatalogs.shown("a\u001b[31mb\u202Ec")).isEqualTo("'a?[31mb?c'");
        assertThat(NamedCatalogs.shown("x".repeat(1000))).hasSize(162).endsWith("...'");
    }

    @Test
    void aFigureCatalogueIsTakenFromBesideTheFigureOnlyWithItsChecksum() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Path fig = shared.resolve("fig.png");
        Path good = Files.writeString(shared.resolve("good.csv"), "id,size_min [pc],size_max [pc],n_s_min [pc-3],n_s_max [pc-3]\n");
        Path other = Files.writeString(shared.resolve("other.csv"), "something else\n");
        Files.writeString(dir.resolve("outside.csv"), "outside\n");
        String goodSha = sha(good);
        FigureState fs = figure(List.of("/elsewhere/good.csv", "other.csv", "../outside.csv", "unchecked.csv"),
                List.of(CatalogIdentity.ofBuiltin(), new CatalogIdentity("/elsewhere/good.csv", false, goodSha),
                        new CatalogIdentity("other.csv", false, goodSha), new CatalogIdentity("../outside.csv", false, sha(dir.resolve("outside.csv")))));

        List<Named> named = NamedCatalogs.ofFigure(fs, fig);

        assertThat(named).hasSize(4);
        assertThat(named.get(0).found()).contains(good.toAbsolutePath());
        assertThat(named.get(0).expectedSha256()).isEqualTo(goodSha);
        assertThat(named.get(1).usable()).isFalse();
        assertThat(named.get(1).describe()).isEqualTo("catalogue 'other.csv' named by the figure differs from the one the "
                + "figure was made with (the SHA-256 of " + other.toAbsolutePath() + " beside it does not match)");
        assertThat(named.get(2).describe()).isEqualTo("catalogue '../outside.csv' named by the figure was not found beside it "
                + "(there is no " + shared.toAbsolutePath().resolve("outside.csv") + ")");
        assertThat(named.get(3).problem()).isEqualTo("has no SHA-256 recorded in it, so the file beside it cannot be checked");
        assertThat(NamedCatalogs.read(named.get(0)).source()).isEqualTo(good.toAbsolutePath().toString());
        assertThatThrownBy(() -> NamedCatalogs.read(named.get(1))).isInstanceOf(CatalogException.class)
                .hasMessage("'other.csv': named by the figure, differs from the one the figure was made with (the SHA-256 of "
                        + other.toAbsolutePath() + " beside it does not match)");
    }

    @Test
    void aFileThatChangesAfterTheCheckIsRefused() throws Exception {
        Path good = Files.writeString(dir.resolve("good.csv"), "id,size_min [pc],size_max [pc],n_s_min [pc-3],n_s_max [pc-3]\n");
        FigureState fs = figure(List.of("good.csv"), List.of(new CatalogIdentity("good.csv", false, sha(good))));
        Named n = NamedCatalogs.ofFigure(fs, dir.resolve("fig.svg")).get(0);
        assertThat(n.usable()).isTrue();
        Files.writeString(good, "id,size_min [pc],size_max [pc],n_s_min [pc-3],n_s_max [pc-3]\nx,1,2,3,4\n");
        assertThatThrownBy(() -> NamedCatalogs.read(n)).isInstanceOf(CatalogException.class)
                .hasMessage(good.toAbsolutePath() + ": changed since it was checked: it differs from the one the figure was made "
                        + "with (SHA-256)");
    }

    @Test
    void aScenarioCatalogueIsTakenFromBesideTheScenarioByNameOnly() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("from-a-colleague"));
        Path scenario = folder.resolve("scenario.json");
        Path sim = Files.writeString(folder.resolve("sim.csv"), "x\n");
        Files.createDirectories(folder.resolve("sub.csv"));
        Files.writeString(dir.resolve("secret.csv"), "secret\n");
        ExplorerState state = ExplorerState.defaults().withCatalogFiles(List.of("/home/colleague/runs/sim.csv",
                dir.resolve("secret.csv").toString(), "sub.csv", "sim.csv"));

        List<Named> named = NamedCatalogs.ofScenario(state, scenario);

        assertThat(named.get(0).found()).contains(sim.toAbsolutePath());
        assertThat(named.get(0).expectedSha256()).isNull();
        assertThat(named.get(1).describe()).startsWith("catalogue '" + dir.resolve("secret.csv") + "' named by the scenario "
                + "was not found beside it");
        assertThat(named.get(2).problem()).contains("which is not a regular file");
        assertThat(named.get(3).problem()).contains("is the same file beside it as another catalogue it names");
    }

    @Test
    void aFifoBesideTheFileIsRefusedFromItsAttributes() throws Exception {
        org.hillasexplorer.io.SpecialFiles.fifo(dir, "pipe.csv");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
            Named scen = NamedCatalogs.ofScenario(ExplorerState.defaults().withCatalogFiles(List.of("/x/pipe.csv")),
                    dir.resolve("s.json")).get(0);
            assertThat(scen.problem()).endsWith("which is not a regular file (a directory, FIFO, device or socket), so it "
                    + "was not opened");
            Named fig = NamedCatalogs.ofFigure(figure(List.of("pipe.csv"), List.of(new CatalogIdentity("pipe.csv", false,
                    FigureState.sha256(new ByteArrayInputStream(new byte[0]))))), dir.resolve("f.png")).get(0);
            assertThat(fig.usable()).isFalse();
        });
    }

    @Test
    void aSymbolicLinkBesideTheFileIsNotFollowed() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.csv"), "secret\n");
        Path folder = Files.createDirectories(dir.resolve("shared"));
        try {
            Files.createSymbolicLink(folder.resolve("cat.csv"), secret);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            assumeTrue(false, "no symbolic links here");
        }
        Named scen = NamedCatalogs.ofScenario(ExplorerState.defaults().withCatalogFiles(List.of("cat.csv")),
                folder.resolve("s.json")).get(0);
        assertThat(scen.problem()).endsWith("which is a symbolic link (only a regular file is opened)");
        Named fig = NamedCatalogs.ofFigure(figure(List.of("cat.csv"), List.of(new CatalogIdentity("cat.csv", false, sha(secret)))),
                folder.resolve("f.png")).get(0);
        assertThat(fig.problem()).endsWith("which is a symbolic link (only a regular file is opened)");
    }

    @Test
    void aFileThatIsNoCatalogueIsRefusedWithoutQuotingIt() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.csv"), "MY-PRIVATE-NOTES,b\n1,2\n");
        Named n = NamedCatalogs.ofScenario(ExplorerState.defaults().withCatalogFiles(List.of("notes.csv")),
                dir.resolve("s.json")).get(0);
        assertThatThrownBy(() -> NamedCatalogs.read(n)).isInstanceOf(CatalogException.class)
                .hasMessage(notes.toAbsolutePath() + ": is not a catalogue this program can read (the details are not shown for "
                        + "a file the scenario named; open it yourself to see them)");
    }
}
