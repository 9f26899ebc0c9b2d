package org.hillasexplorer.app;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.session.Layout;

/**
 * The scenario panel: a {@link ParameterControl} per scalar parameter (with ▶ and ? where they apply, and ± to make
 * a continuous one uncertain), D as three buttons, and the buttons back to the paper's defaults and figures.
 */
final class ScenarioPanel {
    private final ScenarioViewModel model;
    private final Map<Parameter, ParameterControl> controls = new LinkedHashMap<>();
    private final SegmentedButton dimension = new SegmentedButton();
    private final VBox root;

    ScenarioPanel(ScenarioViewModel model, AnimationPanel animation, Animator animator) {
        this.model = model;
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(2);
        int row = 0;
        for (Parameter p : Parameters.SCENARIO) {
            if (p == Parameters.DIMENSIONALITY) {
                row = addDimension(grid, row);
                continue;
            }
            ParameterControl c = new ParameterControl(p, model);
            if (AnimationPanel.DEFAULT_LIMITS.containsKey(p)) {
                c.setPlay(() -> animation.toggle(p), animator.playingProperty());
            }
            c.setWhy(anchor -> WhyPopovers.showWhy(anchor, p.key()));
            if (ScenarioViewModel.canBeUncertain(p)) {
                c.setUncertainToggle();
            }
            controls.put(p, c);
            row = c.addTo(grid, row);
        }
        Runnable aspectEnabled = () -> controls.get(Parameters.ASPECT).setDisable(model.aspectDisabledProperty().get());
        model.aspectDisabledProperty().addListener((o, a, b) -> aspectEnabled.run());
        aspectEnabled.run();

        Button defaults = new Button("Defaults");
        defaults.setId("defaults");
        defaults.setTooltip(new Tooltip("Back to the paper's parameters (δ_s = 0.5, B = 3 μG, ν̄₀ = 1e-9 s⁻¹, D = 0, MeV/GeV/TeV)"));
        defaults.setOnAction(e -> model.resetToDefaults());
        Button fig2 = new Button("Paper Fig. 2");
        fig2.setId("preset-fig2");
        fig2.setOnAction(e -> model.applyPreset(Layout.NUMBER_DENSITY_ONLY));
        fig2.setTooltip(new Tooltip("The paper's Fig. 2: defaults, the ℓ_S–n_s plane with the macroscopic candidates"));
        Button fig3 = new Button("Paper Fig. 3");
        fig3.setId("preset-fig3");
        fig3.setOnAction(e -> model.applyPreset(Layout.FILLING_FACTOR_ONLY));
        fig3.setTooltip(new Tooltip("The paper's Fig. 3: defaults, the ℓ_S–f_V plane with small-scale structures and the model"));
        root = new VBox(8, grid, new HBox(6, defaults, fig2, fig3));
    }

    VBox node() {
        return root;
    }

    /** The control of {@code p} (for tests). */
    ParameterControl control(Parameter p) {
        return controls.get(p);
    }

    private int addDimension(GridPane grid, int row) {
        Parameter p = Parameters.DIMENSIONALITY;
        ToggleButton[] buttons = {new ToggleButton("0 sphere"), new ToggleButton("1 filament"), new ToggleButton("2 sheet")};
        for (int d = 0; d < 3; d++) {
            int dim = d;
            buttons[d].setId("dim-" + d);
            buttons[d].setTooltip(new Tooltip(p.tooltip()));
            buttons[d].setOnAction(e -> {
                if (!buttons[dim].isSelected()) {
                    buttons[dim].setSelected(true); // one is always chosen
                }
                model.setDimensionality(dim);
            });
        }
        dimension.getButtons().setAll(buttons);
        Runnable sync = () -> buttons[model.scenario().dimensionality()].setSelected(true);
        model.scenarioProperty().addListener((o, a, b) -> sync.run());
        sync.run();
        Label sym = new Label();
        sym.setGraphic(Symbols.of(p.symbol(), 15));
        sym.setTooltip(new Tooltip(p.tooltip()));
        grid.add(sym, 0, row);
        grid.add(dimension, 1, row, 3, 1);
        return row + 1;
    }
}
