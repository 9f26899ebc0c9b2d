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
import org.hillasexplorer.physics.uncertainty.Uncertain;
import org.hillasexplorer.physics.uncertainty.UncertaintySpec;
import org.hillasexplorer.session.ExplorerState;
import org.hillasexplorer.session.Layout;

/**
 * The scenario panel without its controls: the value of each parameter, typed or dragged values (clamped to the
 * allowed range, a drag one undo step), D, the buttons that go back to the paper, and which parameters are uncertain
 * (a range or distribution around the value; the exact band stays at the value).
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
     * message to show, which says what was kept. A range or distribution ("0.3..0.7", "1..10 log") makes {@code p}
     * uncertain instead, as {@link #typeUncertainty} does, and leaves its value alone.
     */
    Optional<String> type(Parameter p, String text) {
        if (canBeUncertain(p) && looksUncertain(text)) {
            return typeUncertainty(p, text);
        }
        double v;
        try {
            v = p.parse(text.strip());
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage() + " — kept " + Units.formatNumber(value(p)));
        }
        set(p, v);
        return Optional.empty();
    }

    // ---------------------------------------------------------------- uncertain parameters

    ReadOnlyObjectProperty<UncertaintySpec> uncertaintyProperty() {
        return model.uncertaintyProperty();
    }

    /** Whether {@code p} can be given as a range or distribution (whole numbers such as D cannot). */
    static boolean canBeUncertain(Parameter p) {
        return !p.integer();
    }

    /** The distribution of {@code p}, if it is uncertain. */
    Optional<Uncertain> uncertain(Parameter p) {
        return model.uncertainty().of(p);
    }

    /**
     * Makes {@code p} uncertain over a default range around its value (one undo step): ±0.2 (clamped) on a linear
     * scale, half a decade either way on a logarithmic one, uniform or log-uniform as the slider is; or back to one
     * value.
     */
    void setUncertain(Parameter p, boolean uncertain) {
        if (!uncertain) {
            model.update(s -> s.withUncertainty(s.uncertainty().without(p)));
        } else if (uncertain(p).isEmpty()) {
            setUncertainty(defaultRange(p, value(p)));
        }
    }

    /** The range ± offers for {@code p} at {@code v}: see {@link #setUncertain}. */
    static Uncertain defaultRange(Parameter p, double v) {
        double lo;
        double hi;
        if (p.scale() == Parameter.Scale.LOG) {
            lo = tidy(v / Math.sqrt(10));
            hi = tidy(v * Math.sqrt(10));
        } else {
            double half = Math.min(0.2, (p.max() - p.min()) / 5);
            lo = tidy(v - half);
            hi = tidy(v + half);
        }
        lo = Math.max(p.min(), lo);
        hi = Math.min(p.max(), hi);
        if (!(lo < hi)) { // the value sits at an end of the allowed range
            lo = p.scale() == Parameter.Scale.LOG ? Math.max(p.min(), tidy(hi / 10)) : Math.max(p.min(), tidy(hi - 0.4));
            hi = lo < hi ? hi : Math.min(p.max(), p.scale() == Parameter.Scale.LOG ? tidy(lo * 10) : tidy(lo + 0.4));
        }
        return new Uncertain(p, p.scale() == Parameter.Scale.LOG ? Uncertain.Shape.LOG_UNIFORM : Uncertain.Shape.UNIFORM, lo, hi);
    }

    /** Sets the distribution of {@code u}'s parameter (a fixed {@code u} makes it certain again); one undo step. */
    void setUncertainty(Uncertain u) {
        model.update(s -> s.withUncertainty(s.uncertainty().with(u)));
    }

    /**
     * The range slider of {@code p} was moved to {@code [lo, hi]} (values in the parameter's unit): a uniform range,
     * log-uniform on a logarithmic slider, its ends to three digits and inside the allowed range; ignored while the
     * handles touch.
     */
    void setRange(Parameter p, double lo, double hi) {
        double a = Math.max(p.min(), tidy(lo));
        double b = Math.min(p.max(), tidy(hi));
        if (!(a < b)) {
            return;
        }
        setUncertainty(new Uncertain(p, p.scale() == Parameter.Scale.LOG ? Uncertain.Shape.LOG_UNIFORM : Uncertain.Shape.UNIFORM,
                a, b));
    }

    /**
     * A distribution typed for {@code p} ({@code 0.3..0.7}, {@code 1..10 log}, {@code 0.5+-0.1}, <code>1e-9*&#47;3</code>,
     * units welcome): applied if valid (one value makes {@code p} certain again and leaves its value alone), else the
     * message to show, which names the symbol, what is allowed and what was kept.
     */
    Optional<String> typeUncertainty(Parameter p, String text) {
        Uncertain u;
        try {
            u = Uncertain.parse(p, text.strip());
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage() + " — kept " + uncertain(p).map(Uncertain::toSpec).orElse("one value"));
        }
        if (u.isFixed()) {
            setUncertain(p, false);
        } else {
            setUncertainty(u);
        }
        return Optional.empty();
    }

    /** Whether {@code text} is a range or distribution ({@code ..}, {@code ±}, {@code +-}, <code>*&#47;</code>) rather than one value. */
    static boolean looksUncertain(String text) {
        String t = text.strip();
        return t.contains("..") || t.contains("±") || t.contains("*/") || t.contains("+/-")
                || t.indexOf("+-", 1) > 0 && !t.matches(".*[eE]\\+-.*");
    }

    // ---------------------------------------------------------------- sliders

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
