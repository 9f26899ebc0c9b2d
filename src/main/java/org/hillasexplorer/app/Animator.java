package org.hillasexplorer.app;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;
import org.hillasexplorer.physics.Parameter;

/**
 * Sweeps one parameter smoothly between two limits and back (logarithmically for log-scaled parameters), so a class
 * can watch the bands move. Pausing leaves the value where it is; the whole sweep is one undo step.
 */
final class Animator {
    private static final double FRAME_S = 0.04;
    private final ScenarioViewModel model;
    private final Timeline timeline;
    private final ObjectProperty<Parameter> playing = new SimpleObjectProperty<>(this, "playing");
    private final DoubleProperty sweepSeconds = new SimpleDoubleProperty(this, "sweepSeconds", 8);
    private Parameter parameter;
    private double from;
    private double to;
    private double phase;
    private ExplorerModel.Gesture sweep;

    Animator(ScenarioViewModel model) {
        this.model = model;
        timeline = new Timeline(new KeyFrame(Duration.seconds(FRAME_S), e -> step(FRAME_S)));
        timeline.setCycleCount(Timeline.INDEFINITE);
    }

    /** The parameter being swept, or null when paused. */
    ObjectProperty<Parameter> playingProperty() {
        return playing;
    }

    /** Seconds for one sweep from one limit to the other (the speed control), 1–60. */
    DoubleProperty sweepSecondsProperty() {
        return sweepSeconds;
    }

    /**
     * Starts sweeping {@code p} between {@code lo} and {@code hi} (clamped to its allowed range), starting from its
     * current value so nothing jumps.
     */
    void play(Parameter p, double lo, double hi) {
        pause();
        parameter = p;
        from = Math.max(p.min(), Math.min(lo, hi));
        to = Math.min(p.max(), Math.max(lo, hi));
        if (!(to > from)) {
            return;
        }
        double now = Math.max(from, Math.min(to, model.value(p)));
        phase = position(now) / 2; // on the way up
        sweep = model.beginDrag();
        playing.set(p);
        timeline.play();
    }

    /** Stops where it is. */
    void pause() {
        if (playing.get() != null) {
            timeline.stop();
            playing.set(null);
            sweep.end();
        }
    }

    boolean isPlaying() {
        return playing.get() != null;
    }

    /** Advances by {@code seconds} (also used by tests to step deterministically). */
    void step(double seconds) {
        if (parameter == null) {
            return;
        }
        phase = (phase + seconds / (2 * Math.max(1, sweepSeconds.get()))) % 1.0;
        double t = phase < 0.5 ? 2 * phase : 2 - 2 * phase; // up, then back down
        double v = valueAt(t);
        model.set(parameter, ScenarioViewModel.tidy(v));
    }

    private double valueAt(double t) {
        if (parameter.scale() == Parameter.Scale.LOG) {
            return Math.pow(10, Math.log10(from) + t * (Math.log10(to) - Math.log10(from)));
        }
        return from + t * (to - from);
    }

    /** Where {@code v} sits between the limits, 0–1. */
    private double position(double v) {
        if (parameter.scale() == Parameter.Scale.LOG) {
            return (Math.log10(v) - Math.log10(from)) / (Math.log10(to) - Math.log10(from));
        }
        return (v - from) / (to - from);
    }
}
