package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.hillasexplorer.montecarlo.SimulationKnobs;
import org.hillasexplorer.physics.Plane;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 13, item 7: the window says the same thing the same way everywhere. */
class ConsistencyWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** Moves the pointer to the data-area point of plane {@code p} at (ℓ_S [au], value). */
    private void pointAt(FxRobot robot, Plane p, double lsAu, double value) {
        ChartViewer v = window.plots().viewer(p);
        var plot = v.getChart().getXYPlot();
        var area = v.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        double x = plot.getDomainAxis().valueToJava2D(lsAu, area, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().valueToJava2D(value, area, plot.getRangeAxisEdge());
        robot.moveTo(v.getCanvas(), javafx.geometry.Pos.TOP_LEFT, new javafx.geometry.Point2D(x, y),
                org.testfx.robot.Motion.DIRECT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theStatusBarSignsAMissLikeTheCatalogueAndGivesEveryLengthItsUnit(FxRobot robot) {
        // the middle of the GC-cores box: the catalogue says "GeV −9.9"
        var gc = model().catalogs().get(0).byId("gc_cores").orElseThrow();
        assertThat(CatalogueViewModel.verdictText(gc, model().scenario())).contains("GeV −");
        pointAt(robot, Plane.NUMBER_DENSITY, Math.sqrt(4.13e4 * 2.06e6), 1e-11);
        String status = robot.lookup("#status").queryLabeled().getText();
        assertThat(status).contains("GeV: ℓ_mfp ", " pc, needs ", "n_s −", "dex, too rare").doesNotContain("too rare, +", "e+");
    }

    @Test
    void theStatusBarWrapsTheClassesInsideTheWindowAt1280x720(FxRobot robot) {
        fx(() -> {
            Stage st = (Stage) window.root().getScene().getWindow();
            st.setWidth(1280);
            st.setHeight(720);
        });
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        pointAt(robot, Plane.NUMBER_DENSITY, Math.sqrt(4.13e4 * 2.06e6), 1e-11);
        Label status = robot.lookup("#status").queryAs(Label.class);
        assertThat(status.getText()).contains("MeV: ", "GeV: ", "TeV: ");
        Node shown = status.getGraphic() != null ? status.getGraphic() : status;
        javafx.geometry.Bounds b = shown.localToScene(shown.getLayoutBounds());
        double sceneWidth = status.getScene().getWidth();
        assertThat(b.getMaxX()).as("the readout ends inside the window").isLessThanOrEqualTo(sceneWidth + 1);
        javafx.geometry.Bounds bar = status.localToScene(status.getLayoutBounds());
        assertThat(b.getMaxY()).as("every line inside the bar").isLessThanOrEqualTo(bar.getMaxY() + 1);
        assertThat(bar.getHeight()).isEqualTo(MainWindow.STATUS_HEIGHT);
    }

    /**
     * One wheel notch at point (x, y) of {@code node}; JavaFX's deltaY is positive for wheel up (away from the user).
     * The event carries scene coordinates, which firing it at the node turns back into (x, y).
     */
    private static ScrollEvent wheel(Node node, double x, double y, double deltaY) {
        javafx.geometry.Point2D scene = node.localToScene(x, y);
        return new ScrollEvent(ScrollEvent.SCROLL, scene.getX(), scene.getY(), scene.getX(), scene.getY(), false, false, false,
                false, false, false, 0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    @Test
    void wheelUpZoomsInAndWheelDownZoomsOut() {
        // synthetic events with JavaFX's own sign: Monocle's robot wheel is inverted (TestFX/Monocle#95)
        ChartViewer ns = window.plots().viewer(Plane.NUMBER_DENSITY);
        var area = ns.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        java.util.function.DoubleSupplier decadesX = () -> {
            var a = ns.getChart().getXYPlot().getDomainAxis();
            return Math.log10(a.getUpperBound() / a.getLowerBound());
        };
        java.util.function.DoubleSupplier decadesY = () -> {
            var a = ns.getChart().getXYPlot().getRangeAxis();
            return Math.log10(a.getUpperBound() / a.getLowerBound());
        };
        double before = decadesX.getAsDouble();
        double beforeY = decadesY.getAsDouble();
        fx(() -> ns.getCanvas().fireEvent(wheel(ns.getCanvas(), area.getCenterX(), area.getCenterY(), 40)));
        fx(() -> ns.getCanvas().fireEvent(wheel(ns.getCanvas(), area.getCenterX(), area.getCenterY(), 40)));
        double in = decadesX.getAsDouble();
        assertThat(in).as("wheel up zooms in").isCloseTo(before / 1.1 / 1.1, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(decadesY.getAsDouble()).isLessThan(beforeY);
        for (int i = 0; i < 4; i++) {
            fx(() -> ns.getCanvas().fireEvent(wheel(ns.getCanvas(), area.getCenterX(), area.getCenterY(), -40)));
        }
        assertThat(decadesX.getAsDouble()).as("wheel down zooms out")
                .isCloseTo(before * 1.1 * 1.1, org.assertj.core.api.Assertions.within(1e-6));
        double now = decadesX.getAsDouble();
        fx(() -> ns.getCanvas().fireEvent(wheel(ns.getCanvas(), area.getCenterX(), area.getCenterY(), 0)));
        assertThat(decadesX.getAsDouble()).as("a sideways scroll does not zoom").isEqualTo(now);
        fx(() -> ns.getCanvas().fireEvent(wheel(ns.getCanvas(), area.getMinX() - 5, area.getCenterY(), 40)));
        assertThat(decadesX.getAsDouble()).as("nor one outside the data area").isEqualTo(now);
    }

    /** WCAG contrast ratio of two colours. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        double[] rgb = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) {
            rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    /** The fill of the placeholder text the field's skin draws. */
    private static Color promptFill(TextField field) {
        List<javafx.scene.text.Text> found = new ArrayList<>();
        collect(field, field.getPromptText(), found);
        assertThat(found).as("the skin draws the prompt").isNotEmpty();
        return (Color) found.get(0).getFill();
    }

    private static void collect(Node n, String text, List<javafx.scene.text.Text> out) {
        if (n instanceof javafx.scene.text.Text t && text.equals(t.getText())) {
            out.add(t);
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, text, out));
        }
    }

    @Test
    void theSearchPlaceholderIsReadableInTheDarkTheme(FxRobot robot) {
        fx(() -> window.appearance().darkProperty().set(true));
        TextField search = robot.lookup("#catalogue-search").queryAs(TextField.class);
        fx(() -> search.applyCss());
        Color prompt = promptFill(search);
        Color background = Color.web("#262626"); // dark.css -fx-control-inner-background
        assertThat(contrast(prompt, background)).as("prompt %s on %s", prompt, background).isGreaterThanOrEqualTo(4.5);
        fx(() -> window.appearance().darkProperty().set(false));
        fx(() -> search.applyCss());
        assertThat(promptFill(search)).as("the dark rule leaves the light theme alone").isNotEqualTo(prompt);
    }

    @Test
    void anInlineErrorFloatsOverThePanelInsteadOfPushingItDown(FxRobot robot) {
        TextField delta = robot.lookup("#field-delta").queryAs(TextField.class);
        List<Node> sliders = new ArrayList<>(robot.lookup(n -> n instanceof Slider && n.getId() != null
                && n.getId().startsWith("slider-")).queryAll());
        List<Double> before = sliders.stream().map(s -> s.localToScene(s.getBoundsInLocal()).getMinY()).toList();
        robot.doubleClickOn(delta).write("fast").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = (Label) delta.getParent().lookupAll(".inline-error").stream().filter(Node::isVisible).findFirst().orElseThrow();
        assertThat(error.getText()).isNotBlank();
        List<Double> after = sliders.stream().map(s -> s.localToScene(s.getBoundsInLocal()).getMinY()).toList();
        assertThat(after).as("no control moved").isEqualTo(before);
        Bounds e = error.localToScene(error.getLayoutBounds());
        Bounds f = delta.localToScene(delta.getLayoutBounds());
        assertThat(e.getHeight()).isPositive();
        assertThat(e.getWidth()).isGreaterThan(f.getWidth());
        assertThat(e.getMinY()).as("just below the field").isBetween(f.getMaxY(), f.getMaxY() + 6);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.isVisible()).isFalse();
    }

    @Test
    void monteCarloResultsAreInPcAndYrWithWhatEachRatioShouldBe() throws Exception {
        MonteCarloDialog[] d = new MonteCarloDialog[1];
        Task<?>[] task = new Task<?>[1];
        fx(() -> {
            d[0] = new MonteCarloDialog(model(), (Stage) window.root().getScene().getWindow());
            d[0].field(SimulationKnobs.PARTICLES).setText("300");
            d[0].show();
            task[0] = d[0].start(false);
        });
        task[0].get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        var pane = d[0].dialog().getDialogPane();
        String mfp = ((Label) pane.lookup("#mc-measured-2")).getText();
        String mfpExpected = ((Label) pane.lookup("#mc-expected-2")).getText();
        String trap = ((Label) pane.lookup("#mc-measured-3")).getText();
        assertThat(mfp).endsWith(" pc").doesNotContain("cm");
        assertThat(mfpExpected).contains(" pc = ").endsWith(" au");
        assertThat(trap).endsWith(" yr");
        // the default run has τ_s = 30: Δt_s should come out at ½ of eq. (5), ℓ_mfp at 1
        assertThat(((Label) pane.lookup("#mc-ratio-3")).getText()).endsWith("(expected 0.5)");
        assertThat(((Label) pane.lookup("#mc-ratio-2")).getText()).endsWith("(expected 1)");
        assertThat(((Label) pane.lookup("#mc-ratio-4")).getText()).endsWith("(expected 1)");
        fx(() -> d[0].dialog().close());
    }
}
