package org.hillasexplorer.physics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hillasexplorer.physics.PopulationParameter.Presence;
import org.hillasexplorer.physics.PopulationParameter.Quantity;

/**
 * The one-line text form of a power-law population, {@code power:n0=1e3,alpha_n=2.5,min=0.1au,max=1000au,label=my model}
 * ({@code --population} on the command line and "copy as command"), read and written from
 * {@link PopulationParameters#POWER_LAW}: every knob's key (and, for compatibility, its aliases such as
 * {@code alpha}), units and range come from its {@link PopulationParameter}. {@link #write} and {@link #parse} are
 * inverse: the text written for a population reads back to an equal one.
 */
public final class PowerLawSpec {
    /** How a spec starts. */
    public static final String PREFIX = "power:";

    private PowerLawSpec() {
    }

    /**
     * The allowed form, quoted in every error, e.g.
     * {@code power:n0=DENSITY[,l0=SIZE],alpha_n=NUMBER,…[,id=NAME][,label=TEXT]; SIZE like 1au, …}.
     */
    public static String form() {
        StringBuilder sb = new StringBuilder(PREFIX);
        boolean first = true;
        for (PopulationParameter p : PopulationParameters.POWER_LAW) {
            String item = (first ? "" : ",") + p.key() + "=" + metavar(p);
            sb.append(p.presence() == Presence.REQUIRED ? item : "[" + item + "]");
            first = false;
        }
        for (PopulationParameters.Text t : PopulationParameters.TEXTS) {
            sb.append("[,").append(t.key()).append('=').append(t.metavar()).append(']');
        }
        List<String> units = new ArrayList<>();
        for (Quantity q : quantities()) {
            if (!q.units().isEmpty()) {
                units.add(q.metavar() + " like " + q.specExamples() + " (a bare number is " + q.asciiUnit() + ")");
            }
        }
        return sb + "; " + String.join(", ", units) + aliasNote();
    }

    /** The placeholder of a knob in the form: its choices ({@code 0|1|2}) or its quantity's ({@code SIZE}). */
    public static String metavar(PopulationParameter p) {
        List<Integer> choices = p.choices();
        return choices.isEmpty() ? p.quantity().metavar() : choices.stream().map(String::valueOf).collect(Collectors.joining("|"));
    }

    private static List<Quantity> quantities() {
        return PopulationParameters.POWER_LAW.stream().map(PopulationParameter::quantity).distinct().toList();
    }

    private static String aliasNote() {
        List<String> notes = new ArrayList<>();
        for (PopulationParameter p : PopulationParameters.POWER_LAW) {
            for (String a : p.aliases()) {
                notes.add(a + "= for " + p.key() + "=");
            }
        }
        return notes.isEmpty() ? "" : "; also " + String.join(", ", notes);
    }

    /** A spec made of every required knob's example and a label, e.g. {@code power:n0=1000,alpha_n=2.5,…,label=my model}. */
    public static String example() {
        StringBuilder sb = new StringBuilder(PREFIX);
        for (PopulationParameter p : PopulationParameters.POWER_LAW) {
            if (p.presence() == Presence.REQUIRED) {
                sb.append(sb.length() == PREFIX.length() ? "" : ",").append(p.key()).append('=').append(p.quantity().specText(p.example()));
            }
        }
        return sb + "," + PopulationParameters.LABEL.key() + "=my model";
    }

    /** Help lines: what a spec describes, an {@link #example()}, one line per knob and text, then the units. */
    public static List<String> help() {
        List<String> out = new ArrayList<>();
        out.add("A power-law population n_s(>ℓ_S) = n0 (ℓ_S/l0)^-alpha_n on [min, max] (repeatable), e.g.");
        out.add(example());
        for (PopulationParameter p : PopulationParameters.POWER_LAW) {
            String presence = switch (p.presence()) {
                case REQUIRED -> "required";
                case DEFAULTED -> "default " + p.quantity().specText(p.defaultValue());
                case OPTIONAL -> "optional";
            };
            out.add(p.key() + "=" + metavar(p) + ": " + p.symbol() + (p.unit().isEmpty() ? "" : " [" + p.unit() + "]")
                    + ", " + p.name() + " (" + presence + "; allowed " + p.rangeText()
                    + (p.exceeds().isEmpty() ? "" : ", above " + p.exceeds()) + "). " + p.description());
        }
        for (PopulationParameters.Text t : PopulationParameters.TEXTS) {
            out.add(t.key() + "=" + t.metavar() + ": " + t.description());
        }
        out.add(form().substring(form().indexOf("; ") + 2) + "; label= last, as it may contain commas.");
        return List.copyOf(out);
    }

    /**
     * Reads one {@code power:…} spec (see {@link #form()}). Keys are matched without regard to case; a knob's aliases
     * are accepted for it; a label may contain commas (what follows {@code label=} up to the next {@code ,KEY=}).
     * Without {@code label=} the label names α_n; without {@code id=} the id is made from the label (or
     * {@code power_law_N}).
     *
     * @param index 1-based position, for the default id {@code power_law_N}
     * @param taken ids already used; the new id is made unique ({@code _2}, {@code _3}, …) and added
     * @throws IllegalArgumentException naming the bad key or value, e.g. {@code alpha_n: α_n = 20 is outside [−5, 10]}
     *                                  (without the form)
     */
    public static PowerLawPopulation parse(String text, int index, Set<String> taken) {
        String s = text.strip();
        if (!s.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            throw new IllegalArgumentException("must start with '" + PREFIX + "'");
        }
        Map<String, String> spellings = new HashMap<>();
        for (PopulationParameter p : PopulationParameters.POWER_LAW) {
            p.specKeys().forEach(k -> spellings.put(k, p.key()));
        }
        PopulationParameters.TEXTS.forEach(t -> spellings.put(t.key(), t.key()));
        String label = PopulationParameters.LABEL.key();
        Map<String, String> kv = new LinkedHashMap<>();
        String last = null;
        for (String part : s.substring(PREFIX.length()).split(",", -1)) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                if (label.equals(last)) {
                    kv.put(last, kv.get(last) + "," + part); // a label may contain commas
                    continue;
                }
                throw new IllegalArgumentException("'" + part.strip() + "' is not KEY=VALUE");
            }
            String typed = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String key = spellings.get(typed);
            if (key == null) {
                throw new IllegalArgumentException("unknown key '" + typed + "'");
            }
            if (kv.containsKey(key)) {
                throw new IllegalArgumentException("key '" + typed + "' given twice" + (typed.equals(key) ? "" : " (as " + key + ")"));
            }
            kv.put(key, part.substring(eq + 1).strip());
            last = key;
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (PopulationParameter p : PopulationParameters.POWER_LAW) {
            String v = kv.get(p.key());
            if (v == null || v.isEmpty() && p.presence() == Presence.REQUIRED) {
                if (p.presence() == Presence.REQUIRED) {
                    throw new IllegalArgumentException("missing " + p.key() + "="
                            + p.aliases().stream().map(a -> " (or " + a + "=)").collect(Collectors.joining()));
                }
                continue;
            }
            try {
                values.put(p.key(), p.validate(p.quantity().parse(v), values));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(p.key() + ": " + e.getMessage(), e);
            }
        }
        String name = kv.getOrDefault(label, "").strip();
        if (name.isEmpty()) {
            name = "power law n_s ∝ ℓ_S^−" + Units.formatNumber(values.get(PopulationParameters.ALPHA_N.key()));
        }
        String idKey = PopulationParameters.ID.key();
        String id = kv.containsKey(idKey) ? kv.get(idKey) : kv.containsKey(label) ? slug(name) : "power_law_" + index;
        if (id.isBlank()) {
            id = "power_law_" + index;
        }
        return PowerLawPopulation.of(uniqueId(id, taken), name, values);
    }

    /**
     * The spec that {@link #parse} reads back to {@code p}: every required knob, the others where they differ from
     * their default (or are known), then {@code id=} and {@code label=}; numbers written exactly, lengths in au.
     *
     * @return empty if the id or the label cannot be carried (an id with a comma; an empty id or label, or one with
     *         blanks at its ends; a label with {@code ,KEY=} inside)
     */
    public static Optional<String> write(PowerLawPopulation p) {
        String id = p.id();
        String label = p.label();
        if (id.contains(",") || !id.strip().equals(id) || id.isEmpty() || !label.strip().equals(label) || label.isEmpty()) {
            return Optional.empty();
        }
        String[] segments = label.split(",", -1);
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].contains("=")) {
                return Optional.empty();
            }
        }
        if (!segments[0].strip().equals(segments[0])) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder(PREFIX);
        for (PopulationParameter k : PopulationParameters.POWER_LAW) {
            var value = p.get(k);
            if (value.isEmpty() || k.presence() == Presence.DEFAULTED && value.getAsDouble() == k.defaultValue()) {
                continue;
            }
            sb.append(sb.length() == PREFIX.length() ? "" : ",").append(k.key()).append('=')
                    .append(k.quantity().specText(value.getAsDouble()));
        }
        sb.append(',').append(PopulationParameters.ID.key()).append('=').append(id)
                .append(',').append(PopulationParameters.LABEL.key()).append('=').append(label);
        return Optional.of(sb.toString());
    }

    /** {@code id}, or {@code id_2}, {@code id_3}, … if it is taken; the result is added to {@code taken}. */
    public static String uniqueId(String id, Set<String> taken) {
        String out = id;
        for (int k = 2; taken.contains(out); k++) {
            out = id + "_" + k;
        }
        taken.add(out);
        return out;
    }

    private static String slug(String label) {
        String s = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return s.length() > 40 ? s.substring(0, 40) : s;
    }
}
