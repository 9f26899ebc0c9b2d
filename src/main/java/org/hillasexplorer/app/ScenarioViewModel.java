package org.hillasexplorer.app;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Units;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.Layout;

/**
 * The scenario panel without its controls: the value of each parameter, typed or dragged values (clamped to the
 * allowed range, a drag one undo step), D, and the buttons that go back to the paper.
 */
final class ScenarioViewModel {
    private final ExplorerModel model;
    private final BooleanBinding aspectDisabled;

    ScenarioViewModel(ExplorerModel model) {
        this.model = model;
        ReadOnlyObjectProperty<Scenario> s = model.scenarioProperty();
        aspectDisabled = Bindings.createBooleanBinding(() -> s.get().dimensionality() == 0, s);
    }

    ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return model.scenarioProperty();
    }

    Scenario scenario() {
        return model.scenario();
    }

    /** The value of {@code p} now. */
    double value(Parameter p) {
        return model.scenario().get(p);
    }

    /** Sets {@code p} to {@code v}, clamped to its allowed range. */
    void set(Parameter p, double v) {
        double clamped = Math.max(p.min(), Math.min(p.max(), v));
        model.change(model.scenario().with(p, clamped));
    }

    /**
     * A value typed for {@code p} (units welcome: "0.3 nT", "3 uG", "1e-9 /s"): applied if it is valid, else the
     * message to show, which says what was kept.
     */
    Optional<String> type(Parameter p, String text) {
        double v;
        try {
            v = p.parse(text.strip());
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage() + " — kept " + Units.formatNumber(value(p)));
        }
        set(p, v);
        return Optional.empty();
    }

    /** Where a slider of {@code p} stands for the value {@code v} (log10 of it on a logarithmic scale). */
    static double toSlider(Parameter p, double v) {
        return p.scale() == Parameter.Scale.LOG ? Math.log10(v) : v;
    }

    /** The value a slider of {@code p} at {@code position} means, to three significant digits. */
    static double fromSlider(Parameter p, double position) {
        return tidy(p.scale() == Parameter.Scale.LOG ? Math.pow(10, position) : position);
    }

    /** Three significant digits: a dragged slider gives 0.512, not 0.5123456789. */
    static double tidy(double v) {
        return v == 0 ? 0 : new BigDecimal(v).round(new MathContext(3)).doubleValue();
    }

    /** A drag begins: everything until it ends is one undo step. */
    ExplorerModel.Gesture beginDrag() {
        return model.beginGesture();
    }

    void setDimensionality(int d) {
        set(Parameters.DIMENSIONALITY, d);
    }

    /** The aspect ratio means nothing for spheres (D = 0). */
    BooleanBinding aspectDisabledProperty() {
        return aspectDisabled;
    }

    /** Back to the paper's parameters; everything else stays. */
    void resetToDefaults() {
        model.change(Scenario.defaults());
    }

    /** The paper's defaults shown in {@code layout}, with the automatic view and everything visible. */
    void applyPreset(Layout layout) {
        // the user's own populations are work, not part of the paper's state: keep them
        model.apply(ExplorerState.defaults().withLayout(layout).withPopulations(model.populations()));
    }
}
