package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.stage.Stage;
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
}
