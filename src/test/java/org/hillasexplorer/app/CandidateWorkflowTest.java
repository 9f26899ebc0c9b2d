package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.PopulationParameter;
import org.hillasexplorer.physics.PopulationParameters;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.Units;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Test your own candidate" in the window: add a catalogue, see its verdict, add populations, rigidity view. */
class CandidateWorkflowTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static final String CSV = """
            # my simulation's structures
            name,size_min [pc],size_max [pc],n_s_min [pc^-3],n_s_max [pc^-3]
            sheets,1e-5,1e-3,1e6,1e8
            bad row,abc,1e-3,1e6,1e8
            """;

    @Test
    void addedCsvShowsItsEntriesVerdictsAndSkippedRows(FxRobot robot) throws Exception {
        Path csv = dir.resolve("sim.csv");
        Files.writeString(csv, CSV, StandardCharsets.UTF_8);
        fx(() -> assertThat(window.catalogueFiles().add(csv)).isTrue());
        assertThat(window.model().catalogs()).hasSize(2);
        var added = window.model().catalogs().get(1);
        assertThat(added.entries()).hasSize(1);
        assertThat(added.problems()).hasSize(1);
        assertThat(window.notices().lastNotice()).contains("could not be read", "line 4", "size_min");
        String id = added.entries().get(0).id();
        assertThat(window.model().layers(Plane.NUMBER_DENSITY)).anyMatch(l -> l.id().equals(id));
        String verdict = robot.lookup("#verdict-" + id).queryLabeled().getText();
        assertThat(verdict).contains("MeV", "GeV", "TeV");
    }

    @Test
    void aChangedFileIsReloadedAndANonCatalogueIsRefused() throws Exception {
        Path csv = dir.resolve("sim.csv");
        Files.writeString(csv, CSV, StandardCharsets.UTF_8);
        fx(() -> window.catalogueFiles().add(csv));
        Files.writeString(csv, CSV + "more sheets,1e-4,1e-2,1e5,1e7\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(csv, FileTime.from(Instant.now().plusSeconds(5)));
        fx(() -> window.userCatalogs().reloadChanged());
        assertThat(window.model().catalogs().get(1).entries()).hasSize(2);

        Path junk = dir.resolve("junk.csv");
        Files.write(junk, new byte[] {0, 1, 2, 3, (byte) 0xff});
        fx(() -> assertThat(window.catalogueFiles().add(junk)).isFalse());
        assertThat(window.notices().lastError()).contains("junk.csv");
        assertThat(window.model().catalogs()).hasSize(2);
    }

    @Test
    void thePapersModelExplainsAllClassesAndATooRarePowerLawSaysByHowMuch(FxRobot robot) {
        fx(() -> window.populationsModel().addModel());
        String id = IntermittentModelPopulation.paper().id();
        assertThat(robot.lookup("#population-verdict-" + id).queryLabeled().getText())
                .isEqualTo("explains MeV, GeV and TeV scattering");
        PowerLawPopulation rare = new PowerLawPopulation("rare", "rare sheets", 1e-3, 1, 2.5, 0.01, 1e4, 0, 1, OptionalDouble.empty());
        fx(() -> window.model().addPopulation(rare));
        assertThat(robot.lookup("#population-verdict-rare").queryLabeled().getText()).startsWith("explains none").contains("too rare");
        // the plots draw both curves
        assertThat(window.plots().viewer(Plane.NUMBER_DENSITY).getChart().getXYPlot().getAnnotations().size()).isGreaterThan(15);
    }

    @Test
    void rigidityViewIsAThirdPlotThatFollowsTheParameters() {
        fx(() -> window.plotsModel().rigidityViewProperty().set(true));
        assertThat(window.plots().rigidityViewer().getParent()).isNotNull();
        var before = window.plots().rigidityViewer().getChart().getXYPlot().getAnnotations().size();
        fx(() -> window.populationsModel().addModel());
        assertThat(window.plots().rigidityViewer().getChart().getXYPlot().getAnnotations().size()).isGreaterThan(before);
        fx(() -> window.plotsModel().rigidityViewProperty().set(false));
        assertThat(window.plots().rigidityViewer().getParent()).isNull();
    }

    @Test
    void powerLawDialogPreviewsAndRejectsBadInput(FxRobot robot) {
        PopulationDialog[] d = new PopulationDialog[1];
        fx(() -> {
            d[0] = new PopulationDialog(window.root().getScene().getWindow(), window.model().scenario(), null, "population-1");
            d[0].dialog().show();
        });
        assertThat(d[0].current()).isNotNull();
        robot.doubleClickOn("#pop-alpha_n").eraseText(5).write("20");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(d[0].current()).isNull();
        assertThat(robot.lookup(".inline-error").queryAll()).anyMatch(n -> ((javafx.scene.control.Label) n).getText().contains("α_n"));
        robot.doubleClickOn("#pop-alpha_n").eraseText(5).write("2.5");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(d[0].current()).isNotNull();
        assertThat(robot.lookup("#pop-verdict").queryLabeled().getText()).startsWith("Verdict: ");
        fx(() -> d[0].dialog().close());
    }

    @Test
    void everyPowerLawKnobIsARowOfTheDialogWithItsTooltipAndRangeMessage(FxRobot robot) {
        PowerLawPopulation odd = new PowerLawPopulation("odd", "odd one", 1.2345678901234567e3, 0.3, 2.123456789, 0.1 + 0.2,
                987.654321, 1, 12.5, OptionalDouble.of(3.3e-7));
        PopulationDialog[] d = new PopulationDialog[1];
        fx(() -> {
            d[0] = new PopulationDialog(window.root().getScene().getWindow(), window.model().scenario(), odd, odd.id());
            d[0].dialog().show();
        });
        assertThat(d[0].current()).isEqualTo(odd); // the fields show the values exactly, so OK without an edit changes nothing
        for (PopulationParameter k : PopulationParameters.POWER_LAW) {
            Control c = robot.lookup("#pop-" + k.key()).queryAs(Control.class);
            assertThat(c.getTooltip().getText()).as(k.key()).isEqualTo(k.tooltip());
            if (c instanceof TextField f) {
                String before = f.getText();
                String below = Units.exactText(k.range().min() - 1); // below every range: -1, -6 for α_n, 0 for the aspect
                fx(() -> f.setText(below));
                assertThat(d[0].current()).as(k.key()).isNull();
                assertThat(robot.lookup(".inline-error").queryAll()).as(k.key())
                        .anyMatch(n -> ((Label) n).getText().startsWith(k.subject() + " = "));
                fx(() -> f.setText(before));
                assertThat(d[0].current()).as(k.key()).isEqualTo(odd);
            } else {
                assertThat(c).as(k.key()).isInstanceOf(ChoiceBox.class);
                assertThat(List.copyOf(((ChoiceBox<?>) c).getItems())).as(k.key()).isEqualTo(k.choices());
            }
        }
        // an empty optional field is "unknown", an empty defaulted one its default; units are understood
        fx(() -> {
            robot.lookup("#pop-" + PopulationParameters.NU_S.key()).queryAs(TextField.class).setText("");
            robot.lookup("#pop-" + PopulationParameters.L0.key()).queryAs(TextField.class).setText("");
            robot.lookup("#pop-" + PopulationParameters.MAX.key()).queryAs(TextField.class).setText("1 pc");
        });
        PowerLawPopulation edited = d[0].current();
        assertThat(edited.internalRatePerS()).isEmpty();
        assertThat(edited.referenceSizeAu()).isEqualTo(PopulationParameters.L0.defaultValue());
        assertThat(edited.maxShortAxisAu()).isEqualTo(Units.pcToAu(1));
        fx(() -> d[0].dialog().close());
    }

    @Test
    void addingAndRemovingCataloguesAndPopulationsUndoAndRedo(FxRobot robot) throws Exception {
        Path csv = dir.resolve("sim.csv");
        Files.writeString(csv, CSV, StandardCharsets.UTF_8);
        fx(() -> window.catalogueFiles().add(csv));
        fx(() -> window.populationsModel().addModel());
        assertThat(window.model().catalogs()).hasSize(2);
        assertThat(window.model().state().catalogFiles()).containsExactly(csv.toAbsolutePath().normalize().toString());
        String id = window.model().catalogs().get(1).entries().get(0).id();

        fx(() -> window.model().undo());
        assertThat(window.model().populations()).isEmpty();
        assertThat(robot.lookup("#population-list").queryListView().getItems()).isEmpty();
        fx(() -> window.model().undo());
        assertThat(window.model().catalogs()).as("the catalogue is gone from the plots").hasSize(1);
        assertThat(window.userCatalogs().files()).isEmpty();
        assertThat(window.catalogue().checkBox(id)).isEmpty();

        Files.delete(csv); // redo brings it back as it was read, without reading it again
        fx(() -> window.model().redo());
        assertThat(window.model().catalogs()).hasSize(2);
        assertThat(window.model().layers(Plane.NUMBER_DENSITY)).anyMatch(l -> l.id().equals(id));
        assertThat(window.catalogue().checkBox(id)).isPresent();
        fx(() -> window.catalogueFiles().removeAll());
        assertThat(window.model().catalogs()).hasSize(1);
        fx(() -> window.model().undo());
        assertThat(window.userCatalogs().files()).containsExactly(csv.toAbsolutePath().normalize());
    }
}
