package org.hillasexplorer.montecarlo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The texts given for some {@link SimulationKnob}s, as typed (in the window's fields or after the CLI's options);
 * a knob not given takes its default. Read them into a run with {@link SimulationKnobs#setup}.
 *
 * @param given the text of each knob that was given
 */
public record KnobValues(Map<SimulationKnob, String> given) {

    public KnobValues {
        given = Map.copyOf(given);
    }

    /** Nothing given: every knob at its default. */
    public static KnobValues none() {
        return new KnobValues(Map.of());
    }

    /** These values with {@code knob} given as {@code text}. */
    public KnobValues with(SimulationKnob knob, String text) {
        Map<SimulationKnob, String> m = new HashMap<>(given);
        m.put(knob, Objects.requireNonNull(text, "text"));
        return new KnobValues(m);
    }

    /** Whether {@code knob} was given. */
    public boolean has(SimulationKnob knob) {
        return given.containsKey(knob);
    }

    /** The text given for {@code knob}, if any. */
    public Optional<String> text(SimulationKnob knob) {
        return Optional.ofNullable(given.get(knob));
    }

    /** The value of a number knob: the text given, else its default. @throws SimulationKnob.Rejected if not allowed */
    public double number(SimulationKnob knob) {
        return knob.number(textOrDefault(knob));
    }

    /** The value of a whole-number knob: the text given, else its default. @throws SimulationKnob.Rejected if not allowed */
    public long whole(SimulationKnob knob) {
        return knob.whole(textOrDefault(knob));
    }

    /** The value of a grid knob: the text given, else its default. @throws SimulationKnob.Rejected if not allowed */
    public LogGrid grid(SimulationKnob knob) {
        return knob.grid(textOrDefault(knob));
    }

    /** The CLI arguments that give the same values, in the order of {@link SimulationKnobs#ALL}: {@code --ls, 10 au, …}. */
    public List<String> arguments() {
        List<String> args = new ArrayList<>();
        for (SimulationKnob k : SimulationKnobs.ALL) {
            text(k).ifPresent(t -> {
                args.add(k.cliOption());
                args.add(t);
            });
        }
        return List.copyOf(args);
    }

    private String textOrDefault(SimulationKnob knob) {
        String t = given.get(knob);
        if (t != null) {
            return t;
        }
        if (!knob.hasDefault()) {
            throw new IllegalStateException("knob " + knob.key() + " has no default; ask has() first");
        }
        return knob.defaultText();
    }
}
