package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.hillasexplorer.figure.RichTitle;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window opens headless (Monocle) with both planes drawn by the shared figure builder. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @Start
    void start(Stage stage) {
        new HillasApp().start(stage);
    }

    @Test
    void showsBothPlanesWithBandsAndCatalogue(FxRobot robot) {
        ChartViewer ns = robot.lookup("#chart-ns").queryAs(ChartViewer.class);
        ChartViewer fv = robot.lookup("#chart-fv").queryAs(ChartViewer.class);
        assertThat(title(ns)).contains("ℓS–ns plane");
        assertThat(title(fv)).contains("ℓS–fV plane");
        XYPlot plot = ns.getChart().getXYPlot();
        assertThat(plot.getAnnotations()).hasSizeGreaterThan(3 + 10);
        assertThat(robot.lookup(".label").queryAll()).isNotEmpty();
    }

    private static String title(ChartViewer viewer) {
        return ((java.util.List<?>) viewer.getChart().getSubtitles()).stream().filter(t -> t instanceof RichTitle)
                .map(t -> ((RichTitle) t).plainText()).findFirst().orElse("");
    }
}
