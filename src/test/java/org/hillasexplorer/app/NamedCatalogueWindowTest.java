package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.hillasexplorer.export.ExportException;
import org.hillasexplorer.export.FigureExporter;
import org.hillasexplorer.figure.FigureBuilder;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.FigureState;
import org.hillasexplorer.session.FigureState.CatalogIdentity;
import org.hillasexplorer.session.ScenarioFile;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening a figure or scenario file that names catalogue files: nothing is opened as written in it, only files of the
 * same name beside it (for a figure, with the checksum it recorded), and only after asking.
 */
class NamedCatalogueWindowTest extends WindowTestBase {
    private static final String MARKER = "SECRET-MARKER-9e107d9d372bb682";

    /** What the window asked, and what it was answered. */
    private final List<List<Path>> asked = new ArrayList<>();
    private boolean answer;

    @Start
    void start(Stage stage) {
        open(stage);
        window.catalogueFiles().setConsent((source, files, notOpened) -> {
            asked.add(List.copyOf(files));
            return answer;
        });
    }

    /** A figure made in the window with examples/my-simulation.csv, then copied with it to {@code to}. */
    private Path sharedFigure(Path to) throws Exception {
        Path made = Files.createDirectories(dir.resolve("made"));
        Path catalog = Files.copy(Path.of("examples/my-simulation.csv"), made.resolve("my-simulation.csv"));
        Path fig = made.resolve("fig.png");
        fx(() -> {
            assertThat(window.catalogueFiles().add(catalog)).isTrue();
            try {
                window.exports().exportFigure(ShownFigures.Target.NUMBER_DENSITY, fig, 500, 400, 1);
            } catch (ExportException e) {
                throw new AssertionError(e);
            }
            window.userCatalogs().clear();
        });
        Files.createDirectories(to);
        Files.copy(catalog, to.resolve("my-simulation.csv"));
        Files.delete(catalog);
        return Files.copy(fig, to.resolve("fig.png"));
    }

    @Test
    void aSharedFigureAsksBeforeOpeningTheCatalogueBesideIt() throws Exception {
        Path shared = dir.resolve("shared");
        Path fig = sharedFigure(shared);

        answer = false;
        fx(() -> assertThat(window.files().open(fig)).isTrue());
        assertThat(asked).containsExactly(List.of(shared.resolve("my-simulation.csv").toAbsolutePath()));
        assertThat(window.userCatalogs().files()).as("skipped: no catalogue loaded").isEmpty();
        assertThat(model().catalogs()).hasSize(1);

        answer = true;
        fx(() -> assertThat(window.files().open(fig)).isTrue());
        assertThat(asked).hasSize(2);
        assertThat(window.userCatalogs().files()).containsExactly(shared.resolve("my-simulation.csv").toAbsolutePath());
        assertThat(model().catalogs()).hasSize(2);
        assertThat(model().catalogs().get(1).byId("cold-clumps")).isPresent();
    }

    @Test
    void theDialogListsTheFilesAndSkipLoadsNone(FxRobot robot) throws Exception {
        Path shared = dir.resolve("shared");
        Path fig = sharedFigure(shared);
        fx(() -> window.catalogueFiles().setConsent(CatalogueConsent.dialog((Stage) window.root().getScene().getWindow())));

        var opened = WaitForAsyncUtils.asyncFx(() -> window.files().open(fig));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextArea text = robot.lookup(".text-area").queryAs(javafx.scene.control.TextArea.class);
        assertThat(text.getText()).contains("It would open:\n  " + shared.resolve("my-simulation.csv").toAbsolutePath());
        robot.clickOn(CatalogueConsent.SKIP);
        assertThat(opened.get(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(window.userCatalogs().files()).isEmpty();

        opened = WaitForAsyncUtils.asyncFx(() -> window.files().open(fig));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(CatalogueConsent.OPEN);
        assertThat(opened.get(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(window.userCatalogs().files()).containsExactly(shared.resolve("my-simulation.csv").toAbsolutePath());
    }

    @Test
    void aFigureNamingFilesElsewhereOpensNoneOfThem() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "root:" + MARKER + ":0:0\n");
        String sha = FigureState.sha256(new ByteArrayInputStream(Files.readAllBytes(secret)));
        Path shared = Files.createDirectories(dir.resolve("shared"));
        List<String> names = List.of(secret.toAbsolutePath().toString(), "../secret.txt");
        ExplorerState state = ExplorerState.defaults().withCatalogFiles(names);
        Path fig = shared.resolve("hostile.svg");
        FigureExporter.write(FigureBuilder.build(Scenario.defaults(), List.of(), FigureOptions.defaults(Plane.NUMBER_DENSITY)),
                fig, 300, 200, 1, FigureState.metadata(state, "ns", 300, 200, 1, "paper",
                        List.of(new CatalogIdentity(names.get(0), false, sha), new CatalogIdentity(names.get(1), false, sha))));

        answer = true; // even a user who would say yes is not asked about files outside the figure's folder
        fx(() -> assertThat(window.files().open(fig)).isTrue());

        assertThat(asked).isEmpty();
        assertThat(window.userCatalogs().files()).isEmpty();
        assertThat(model().catalogs()).hasSize(1);
        assertThat(window.notices().lastError()).contains("named by the figure was not found beside it").doesNotContain(MARKER);
    }

    @Test
    void aScenarioFileAsksForTheFilesOfTheSameNameBesideIt() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.csv"), MARKER + ",x\n1,2\n");
        Path folder = Files.createDirectories(dir.resolve("from-a-colleague"));
        Path beside = Files.copy(Path.of("examples/my-simulation.csv"), folder.resolve("my-simulation.csv"));
        Path scenario = folder.resolve("scenario.json");
        ScenarioFile.write(ExplorerState.defaults().withCatalogFiles(List.of("/home/colleague/runs/my-simulation.csv",
                secret.toString())), scenario);

        answer = false;
        fx(() -> assertThat(window.files().open(scenario)).isTrue());
        assertThat(asked).containsExactly(List.of(beside.toAbsolutePath()));
        assertThat(window.userCatalogs().files()).isEmpty();
        assertThat(window.notices().lastError()).contains("catalogue '" + secret + "' named by the scenario was not found beside it")
                .doesNotContain(MARKER);

        answer = true;
        fx(() -> assertThat(window.files().open(scenario)).isTrue());
        assertThat(window.userCatalogs().files()).containsExactly(beside.toAbsolutePath());

        // edited on disk into something that is no catalogue: the reload refusal does not quote it either
        Files.writeString(beside, MARKER + ",x\n1,2\n");
        Files.setLastModifiedTime(beside, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        fx(() -> window.userCatalogs().reloadChanged());
        assertThat(window.notices().lastError()).contains(beside.toAbsolutePath() + ": is not a catalogue this program can read")
                .doesNotContain(MARKER);
        assertThat(model().catalogs()).as("the previous version stays").hasSize(2);
    }
}
