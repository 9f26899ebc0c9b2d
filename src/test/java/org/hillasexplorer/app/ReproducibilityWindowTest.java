package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.hillasexplorer.export.ExportException;
import org.hillasexplorer.export.SweepSpec;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.session.ScenarioFile;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Figures that restore themselves, copy as command, references, tables and sweeps, from the window. */
class ReproducibilityWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void export(ShownFigures.Target t, Path file) {
        fx(() -> {
            try {
                window.exports().exportFigure(t, file, 600, 420, 1);
            } catch (ExportException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void anExportedFigureOpensBackToTheSameState() {
        fx(() -> {
            model().change(model().scenario().with(Parameters.DELTA_S, 0.62).with(Parameters.B_MICROGAUSS, 5));
            model().setCandidateShown("snrs", false);
            window.energyClassesModel().setShown("MeV", false);
            window.plotsModel().setShown(FigureOptions.Element.LEGEND, false);
            model().addPopulation(IntermittentModelPopulation.paper());
        });
        var expected = new Object[1];
        fx(() -> expected[0] = window.exports().figures().stateWithViews());
        for (String ext : new String[] {"png", "svg", "pdf"}) {
            Path fig = dir.resolve("figure." + ext);
            export(ShownFigures.Target.BOTH, fig);
            fx(() -> {
                window.scenario().resetToDefaults();
                model().update(s -> s.withPopulations(List.of()));
            });
            assertThat(model().scenario()).isEqualTo(Scenario.defaults());
            fx(() -> assertThat(window.files().open(fig)).isTrue());
            assertThat(model().state().scenario()).as(ext).isEqualTo(((org.hillasexplorer.session.ExplorerState) expected[0]).scenario());
            assertThat(model().hiddenCandidates()).contains("snrs");
            assertThat(model().hiddenEnergyClasses()).contains("MeV");
            assertThat(model().populations()).containsExactly(IntermittentModelPopulation.paper());
            assertThat(model().fileProperty().get()).as("a figure is not a scenario file").isNull();
        }
    }

    @Test
    void aFigureWithoutStateOrWithADamagedOneChangesNothing() throws Exception {
        Path plain = dir.resolve("plain.png");
        ImageIO.write(new java.awt.image.BufferedImage(20, 20, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", plain.toFile());
        fx(() -> model().change(model().scenario().with(Parameters.DELTA_S, 0.4)));
        fx(() -> assertThat(window.files().open(plain)).isFalse());
        assertThat(window.notices().lastError()).contains("plain.png");
        assertThat(model().scenario().deltaS()).isEqualTo(0.4);

        Path svg = dir.resolve("fig.svg");
        export(ShownFigures.Target.NUMBER_DENSITY, svg);
        String edited = Files.readString(svg).replaceFirst("\"delta\"\\s*:\\s*0\\.4", "\"delta\" : 4");
        assertThat(edited).isNotEqualTo(Files.readString(svg)); // the hand edit really happened
        Files.writeString(svg, edited);
        fx(() -> assertThat(window.files().open(svg)).isFalse());
        assertThat(window.notices().lastError()).contains("delta", "[0, 1.5]");
        assertThat(model().scenario().deltaS()).isEqualTo(0.4);
        assertThat(ScenarioFile.class).isNotNull();
    }

    @Test
    void copyAsCommandNamesEverythingThatDiffersFromTheDefaults() {
        fx(() -> {
            model().change(model().scenario().with(Parameters.DELTA_S, 0.7).with(Parameters.NU0_PER_S, 3e-9));
            window.energyClassesModel().setShown("TeV", false);
        });
        String[] cmd = new String[1];
        fx(() -> cmd[0] = window.exports().commandForCurrentView("ns"));
        assertThat(cmd[0]).startsWith("java -jar hillas-explorer.jar render").contains("--plane ns", "--delta 0.7",
                "--nu0 3e-9", "--hide TeV", "--ls-range", "--y-range");
    }

    @Test
    void referencesAndTablesOfWhatIsVisible() throws Exception {
        Path bib = dir.resolve("refs.bib");
        Path table = dir.resolve("catalogue.ecsv");
        Path vot = dir.resolve("bands.vot");
        fx(() -> {
            model().setCandidateShown("gmcs", false);
            try {
                window.exports().exportReferences(bib);
                window.exports().exportTable(FigureExports.TableContent.CATALOGUE, table);
                window.exports().exportTable(FigureExports.TableContent.BANDS_NS, vot);
            } catch (ExportException e) {
                throw new AssertionError(e);
            }
        });
        String text = Files.readString(bib);
        assertThat(text).contains("Butsky2024", "Anderson").doesNotContain("Miville");
        assertThat(Files.readString(table)).startsWith("# %ECSV");
        assertThat(Files.readString(vot)).contains("<VOTABLE");
    }

    @Test
    void aSweepRendersAnAnimatedGifInTheBackground() throws Exception {
        Path gif = dir.resolve("sweep.gif");
        SweepDialog[] d = new SweepDialog[1];
        @SuppressWarnings("unchecked")
        javafx.concurrent.Task<Path>[] task = new javafx.concurrent.Task[1];
        fx(() -> {
            d[0] = new SweepDialog(window.exports().figures(), (Stage) window.root().getScene().getWindow());
            task[0] = d[0].start(SweepSpec.parse("delta=0.3..0.7:4"), gif);
        });
        task[0].get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        try (var in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            assertThat(r.getNumImages(true)).isEqualTo(4);
        }
        assertThat(d[0].status().getText()).contains("Saved");
    }
}
