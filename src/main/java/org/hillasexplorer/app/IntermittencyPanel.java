package org.hillasexplorer.app;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hillasexplorer.figure.IntermittencyChartBuilder;
import org.hillasexplorer.physics.Intermittency;
import org.jfree.chart.fx.ChartViewer;

/**
 * The paper's Section 4.3 in one picture: the scattering contribution per logarithmic bin of |δB|,
 * ∝ |δB|^(2−α_P), moves from the PDF core ("traditional") to the tail ("patchy") as α_P drops below 2.
 */
final class IntermittencyPanel {
    private final VBox root = new VBox(6);
    private final Slider alpha = new Slider(0.5, 4, 1.5);
    private final Label value = new Label();
    private final Label regime = new Label();
    private final ChartViewer chart;
    private final Appearance model;

    IntermittencyPanel(Appearance model) {
        this.model = model;
        alpha.setId("slider-alpha-p");
        alpha.setShowTickMarks(true);
        alpha.setShowTickLabels(true);
        alpha.setMajorTickUnit(0.5);
        alpha.setBlockIncrement(0.05);
        alpha.setTooltip(new Tooltip("α_P: power-law index of the volumetric PDF tail, dP_V/dln|δB| ∝ |δB|^(−α_P) (Sec. 4.3)"));
        chart = new ChartViewer(IntermittencyChartBuilder.build(alpha.getValue(), model.style()));
        chart.setPrefSize(360, 260);
        chart.setMinSize(260, 200);
        regime.setWrapText(true);
        regime.setMaxWidth(360);
        regime.setId("intermittency-regime");
        Label a = new Label();
        a.setGraphic(Symbols.of("α_P", 15));
        root.getChildren().addAll(new HBox(8, a, alpha, value), regime, chart);
        root.setPadding(new Insets(4));
        alpha.valueProperty().addListener((o, x, y) -> refresh());
        model.darkProperty().addListener((o, x, y) -> refresh());
        model.presentationProperty().addListener((o, x, y) -> refresh());
        refresh();
    }

    VBox node() {
        return root;
    }

    Slider alpha() {
        return alpha;
    }

    private void refresh() {
        double a = Math.round(alpha.getValue() * 100) / 100.0;
        value.setText(String.format(Locale.ROOT, "%.2f", a));
        IntermittencyChartBuilder.update(chart.getChart(), a, model.style());
        double tail = Intermittency.tailFraction(a, 1e-3, 0.3, 10);
        regime.setText(Intermittency.regime(a).explanation()
                + String.format(Locale.ROOT, " Share from strong fluctuations (|δB|/|B| > 0.3): %.0f%%.", 100 * tail));
    }
}
