package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.hillasexplorer.cli.Cli;
import org.hillasexplorer.montecarlo.SimulationKnob;
import org.hillasexplorer.montecarlo.SimulationKnobs;
import org.hillasexplorer.physics.Plane;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Monte Carlo panel runs in the background, reports measured against expected and places the point. */
class MonteCarloWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** The Monte Carlo window, shown. */
    private MonteCarloDialog opened() {
        MonteCarloDialog[] d = new MonteCarloDialog[1];
        fx(() -> {
            d[0] = new MonteCarloDialog(model(), (Stage) window.root().getScene().getWindow());
            d[0].show();
        });
        return d[0];
    }

    @Test
    void runsWithoutFreezingAndPutsTheMeasuredPointOnTheFillingPlane() throws Exception {
        MonteCarloDialog[] d = new MonteCarloDialog[1];
        Task<?>[] task = new Task<?>[1];
        fx(() -> {
            d[0] = new MonteCarloDialog(model(), (Stage) window.root().getScene().getWindow());
            d[0].show();
            task[0] = d[0].start(false);
        });
        // the FX thread stays free while the simulation runs
        fx(() -> model().change(model().scenario().with(org.hillasexplorer.physics.Parameters.DELTA_S, 0.6)));
        task[0].get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(d[0].lastResult()).isNotNull();
        assertThat(d[0].status().getText()).contains("scattering events");
        fx(() -> d[0].placeMeasuredPoint());
        assertThat(model().populations()).anyMatch(p -> p.id().startsWith("mc-"));
        assertThat(window.plots().viewer(Plane.FILLING_FACTOR).getChart().getXYPlot().getAnnotations()).isNotEmpty();
        fx(() -> d[0].dialog().close());
    }

    @Test
    void everyKnobIsAFieldWithItsTooltipAndAnOptionWithItsHelp() throws Exception {
        StringWriter out = new StringWriter();
        assertThat(Cli.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "simulate", "--help")).isZero();
        String help = out.toString().replaceAll("\\s+", " ");
        MonteCarloDialog[] d = {opened()};
        DialogPane pane = d[0].dialog().getDialogPane();
        for (SimulationKnob k : SimulationKnobs.ALL) {
            assertThat(help).as(k.key()).contains(k.cliOption() + "=" + k.paramLabel() + " " + k.help().replaceAll("\\s+", " "));
            Node node = pane.lookup("#mc-field-" + k.key());
            assertThat(node).as(k.key()).isInstanceOf(TextField.class);
            TextField field = (TextField) node;
            assertThat(field.getTooltip().getText()).isEqualTo(k.tooltip());
            assertThat(field.getText()).isEqualTo(k.defaultText());
            assertThat(field.getPromptText()).isEqualTo(k.hasDefault() ? "default " + k.defaultText() : k.absent());
            assertThat(pane.lookupAll(".label")).as(k.key() + " has its label")
                    .anyMatch(l -> l instanceof Label label && label.getLabelFor() == field && label.getText().equals(k.label()));
            assertThat(d[0].error(k).isVisible()).isFalse();
        }
        fx(() -> d[0].dialog().close());
    }

    @Test
    void aTypedValueIsCheckedInlineWithTheKnobsMessage() throws Exception {
        MonteCarloDialog[] d = {opened()};
        fx(() -> {
            d[0].field(SimulationKnobs.FILLING_FACTOR).setText("2");
            d[0].field(SimulationKnobs.LS).setText("3 TeV");
            d[0].field(SimulationKnobs.FV_RANGE).setText("0.1..2:3");
        });
        assertThat(d[0].error(SimulationKnobs.FILLING_FACTOR).isVisible()).isTrue();
        assertThat(d[0].error(SimulationKnobs.FILLING_FACTOR).getText()).isEqualTo("f_V = 2 is outside (0, 1)");
        assertThat(d[0].error(SimulationKnobs.LS).getText()).isEqualTo("TeV is an energy; this field is a length");
        assertThat(d[0].error(SimulationKnobs.FV_RANGE).getText()).startsWith("'0.1..2:3' must be LO..HI:N with 0 < LO < HI < 1");
        assertThat(d[0].estimate().getText()).isEqualTo("Estimate: —");
        fx(() -> assertThat(d[0].start(false)).isNull());
        assertThat(d[0].status().getText()).isEqualTo("ℓ_S: TeV is an energy; this field is a length");

        // fixed, the run is fine while the regime map's grid is still wrong
        fx(() -> {
            d[0].field(SimulationKnobs.FILLING_FACTOR).setText("0.02");
            d[0].field(SimulationKnobs.LS).setText("");
        });
        assertThat(d[0].error(SimulationKnobs.FILLING_FACTOR).isVisible()).isFalse();
        assertThat(d[0].estimate().getText()).startsWith("Estimate: ≈ ").contains("regime map: —");
        fx(() -> assertThat(d[0].start(true)).isNull());
        assertThat(d[0].status().getText()).startsWith("f_V grid: '0.1..2:3' must be LO..HI:N");

        // τ_s and ν_s are alternatives, as --tau-s and --nu-s
        fx(() -> d[0].field(SimulationKnobs.NU_S).setText("1e-6 /s"));
        assertThat(d[0].error(SimulationKnobs.NU_S).getText()).isEqualTo("give ν_s or τ_s, not both");
        assertThat(d[0].error(SimulationKnobs.TAU_S).getText()).isEqualTo("give τ_s or ν_s, not both");
        fx(() -> assertThat(d[0].start(false)).isNull());
        assertThat(d[0].status().getText()).isEqualTo("τ_s and ν_s: give one of them");
        fx(() -> d[0].field(SimulationKnobs.TAU_S).setText(""));
        assertThat(d[0].error(SimulationKnobs.NU_S).isVisible()).isFalse();
        assertThat(d[0].setup().patches().internalRatePerS()).isEqualTo(1e-6);
        assertThat(d[0].setup().patches().shortAxisAu()).as("an empty field takes the default").isEqualTo(10);
        fx(() -> d[0].dialog().close());
    }

    /** The confirmation the panel shows above the limit, once it is up. */
    private static DialogPane confirmation() throws Exception {
        DialogPane[] pane = new DialogPane[1];
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            pane[0] = Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot().lookup("#mc-confirm"))
                    .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst().orElse(null);
            return pane[0] != null;
        });
        return pane[0];
    }

    private static Button button(DialogPane pane, String text) {
        return pane.getButtonTypes().stream().filter(b -> b.getText().equals(text)).map(b -> (Button) pane.lookupButton(b))
                .findFirst().orElseThrow();
    }

    @Test
    void showsTheEstimateAndAsksBeforeARunAboveTheLimit() throws Exception {
        MonteCarloDialog[] d = {opened()};
        // the defaults: 2000 particles, τ_s = 30 → 2000 × 30 × 4500 re-draws
        assertThat(d[0].estimate().getText()).startsWith("Estimate: ≈ 2.8e8 events").doesNotContain("asks first");
        fx(() -> {
            d[0].field(SimulationKnobs.TAU_S).setText("1e4");
            d[0].field(SimulationKnobs.PARTICLES).setText("100");
        });
        assertThat(d[0].estimate().getText()).startsWith("Estimate: ≈ 1.5e12 events").contains("asks first");

        // declined: nothing starts, the status says why
        Task<?>[] task = new Task<?>[1];
        Platform.runLater(() -> task[0] = d[0].start(false));
        DialogPane ask = confirmation();
        assertThat(((Label) ask.getContent()).getText()).contains("≈ 1.5e12 events", "h on", "more than the 1e10 events");
        fx(() -> button(ask, "Cancel").fire());
        assertThat(task[0]).isNull();
        assertThat(d[0].status().getText()).startsWith("Not started: ≈ 1.5e12 events");
        assertThat(d[0].lastResult()).isNull();

        // accepted: it runs, and Cancel stops it promptly even though each particle alone takes minutes
        Platform.runLater(() -> task[0] = d[0].start(false));
        DialogPane again = confirmation();
        fx(() -> button(again, "Run anyway").fire());
        assertThat(task[0]).isNotNull();
        assertThat(d[0].status().getText()).startsWith("Running… (≈ 1.5e12 events");
        fx(() -> ((Button) d[0].dialog().getDialogPane().lookup("#mc-cancel")).fire());
        assertThatThrownBy(() -> task[0].get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(InterruptedException.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(d[0].status().getText()).isEqualTo("Cancelled.");

        // absurd: refused without asking
        fx(() -> d[0].field(SimulationKnobs.TAU_S).setText("1e12"));
        fx(() -> task[0] = d[0].start(false));
        assertThat(task[0]).isNull();
        assertThat(d[0].status().getText()).startsWith("Not started:").contains("would not finish");
        fx(() -> d[0].dialog().close());
    }
}
