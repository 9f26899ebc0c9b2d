package org.hillasexplorer.figure;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hillasexplorer.physics.Interval;
import org.hillasexplorer.physics.Units;

/**
 * A self-describing option of a rendered figure (its view, size, PNG scale, style, file format, axis ranges): one
 * definition from which {@code render}'s option and its help, the export dialog's control with its tooltip and
 * inline message, the reading of typed values and the copied command's words are all derived. The options
 * themselves, the optional elements' switches ({@link ElementSwitch}) and the writer of a whole set are in
 * {@link RenderOptions}; it is the figures' counterpart of {@code physics.Parameter}.
 *
 * @param key         stable machine name; the CLI option is {@code --key}, the window's control {@code render-key}
 * @param name        a short human name, also the subject of messages, e.g. {@code width}, {@code style}
 * @param kind        what the text holds
 * @param paramLabel  the CLI's parameter label, e.g. {@code PX}
 * @param unit        the unit of a number, e.g. {@code pt}; empty otherwise
 * @param range       the allowed numbers (for {@link Kind#WHOLE_NUMBER} and {@link Kind#NUMBER}; {@link Interval#any()}
 *                    otherwise)
 * @param choices     the allowed words of a {@link Kind#CHOICE}, or the file extensions of a {@link Kind#FILE}
 * @param defaultText the value taken when none is given, as text; empty if there is none
 * @param description what it means (help and tooltip), one or two sentences
 */
public record RenderOption(String key, String name, Kind kind, String paramLabel, String unit, Interval range,
                           List<String> choices, String defaultText, String description) {

    /** What an option's text holds. */
    public enum Kind {
        /** A whole number in {@link #range()}. */
        WHOLE_NUMBER,
        /** A real number in {@link #range()}. */
        NUMBER,
        /** One of {@link #choices()} (case-insensitive). */
        CHOICE,
        /** A visible axis range {@code LO..HI} with {@code 0 < LO < HI}, kept as log10 values. */
        LOG_RANGE,
        /** A file name ending in one of {@link #choices()} (the extension chooses the format). */
        FILE
    }

    public RenderOption {
        for (String s : new String[] {key, name, paramLabel, unit, defaultText, description}) {
            Objects.requireNonNull(s, "a text of render option " + key);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(range, "range");
        choices = List.copyOf(choices);
        if ((kind == Kind.CHOICE || kind == Kind.FILE) == choices.isEmpty()) {
            throw new IllegalArgumentException("render option " + key + ": only choices and files have choices");
        }
    }

    /** The CLI option, e.g. {@code --width}. */
    public String cliOption() {
        return "--" + key;
    }

    /** The id of the window's control, e.g. {@code render-width}. */
    public String controlId() {
        return "render-" + key;
    }

    /** Whether no value means {@link #defaultText()}. */
    public boolean hasDefault() {
        return !defaultText.isEmpty();
    }

    /** The allowed values as text, e.g. {@code [100, 10000] pt}, {@code one of paper, dark}, {@code .png, .svg or .pdf}. */
    public String rangeText() {
        return switch (kind) {
            case WHOLE_NUMBER -> "whole numbers in " + range.text(Interval.Minus.ASCII) + unitSuffix();
            case NUMBER -> range.text(Interval.Minus.ASCII) + unitSuffix();
            case CHOICE -> "one of " + String.join(", ", choices);
            case LOG_RANGE -> "LO..HI with 0 < LO < HI";
            case FILE -> "a name ending in " + String.join(", ", choices.subList(0, choices.size() - 1).stream().map(e -> "." + e)
                    .toList()) + (choices.size() > 1 ? " or " : "") + "." + choices.get(choices.size() - 1);
        };
    }

    /** The CLI's help: the description, the allowed values and the default. */
    public String help() {
        return description + " Allowed " + rangeText() + (hasDefault() ? ", default " + defaultText : "") + ".";
    }

    /** A multi-line tooltip: name, meaning, allowed values, default and the CLI option. */
    public String tooltip() {
        return capitalised(name) + "\n" + description + "\n" + "Allowed: " + rangeText()
                + (hasDefault() ? "\nDefault: " + defaultText : "") + "\nrender " + cliOption() + " " + paramLabel;
    }

    // ------------------------------------------------------------------------------------------------ reading

    /**
     * Reads a {@link Kind#WHOLE_NUMBER}.
     *
     * @throws IllegalArgumentException e.g. {@code width = 50 is outside [100, 10000] pt}
     */
    public int whole(String text) {
        requireKind(Kind.WHOLE_NUMBER);
        double v = read(text);
        if (v != Math.rint(v) || !range.contains(v)) {
            throw new IllegalArgumentException(rejection(v));
        }
        return (int) v;
    }

    /**
     * Reads a {@link Kind#NUMBER}.
     *
     * @throws IllegalArgumentException e.g. {@code scale = 0.1 is outside [0.25, 8]}
     */
    public double number(String text) {
        requireKind(Kind.NUMBER);
        double v = read(text);
        if (!range.contains(v)) {
            throw new IllegalArgumentException(rejection(v));
        }
        return v;
    }

    /** Whether the number {@code v} is allowed (finite, in the range, whole for a whole number). */
    public boolean accepts(double v) {
        return range.contains(v) && (kind != Kind.WHOLE_NUMBER || v == Math.rint(v));
    }

    /** Why {@code v} is not allowed, e.g. {@code width = 50 is outside [100, 10000] pt}. */
    public String rejection(double v) {
        String shown = name + " = " + Units.formatNumber(v) + unitSuffix();
        if (kind == Kind.WHOLE_NUMBER && range.contains(v)) {
            return shown + " must be a whole number";
        }
        return shown + " is outside " + range.text(Interval.Minus.ASCII) + unitSuffix();
    }

    /**
     * Reads a {@link Kind#CHOICE}: the choice, in lower case.
     *
     * @throws IllegalArgumentException e.g. {@code style 'bogus' is not one of paper, presentation, dark, presentation-dark}
     */
    public String choice(String text) {
        requireKind(Kind.CHOICE);
        String c = text.strip().toLowerCase(Locale.ROOT);
        if (!choices.contains(c)) {
            throw new IllegalArgumentException(name + " '" + text + "' is not one of " + String.join(", ", choices));
        }
        return c;
    }

    /**
     * Reads a {@link Kind#LOG_RANGE} {@code LO..HI}: its ends as log10.
     *
     * @throws IllegalArgumentException e.g. {@code '10..1' must be LO..HI with 0 < LO < HI, e.g. 1e-3..1e9}
     */
    public RenderOptions.Span span(String text) {
        requireKind(Kind.LOG_RANGE);
        String[] parts = text.split("\\.\\.");
        try {
            if (parts.length == 2) {
                double lo = Double.parseDouble(parts[0].strip());
                double hi = Double.parseDouble(parts[1].strip());
                if (lo > 0 && hi > lo && Double.isFinite(hi)) {
                    return new RenderOptions.Span(Math.log10(lo), Math.log10(hi));
                }
            }
        } catch (NumberFormatException e) {
            // the message below says what is wanted
        }
        throw new IllegalArgumentException("'" + text + "' must be " + rangeText() + ", e.g. 1e-3..1e9");
    }

    /**
     * Checks a {@link Kind#FILE}'s extension and returns its format, e.g. {@code svg}.
     *
     * @throws IllegalArgumentException e.g. {@code out 'f.gif' must be a name ending in .png, .svg or .pdf}
     */
    public String format(String fileName) {
        requireKind(Kind.FILE);
        String lower = fileName.strip().toLowerCase(Locale.ROOT);
        for (String ext : choices) {
            if (lower.endsWith("." + ext)) {
                return ext;
            }
        }
        throw new IllegalArgumentException(name + " '" + fileName + "' must be " + rangeText());
    }

    /** Checks a text of any kind (what the window does while one types). @throws IllegalArgumentException as the reader */
    public void check(String text) {
        switch (kind) {
            case WHOLE_NUMBER -> whole(text);
            case NUMBER -> number(text);
            case CHOICE -> choice(text);
            case LOG_RANGE -> span(text);
            case FILE -> format(text);
        }
    }

    // ------------------------------------------------------------------------------------------------ writing

    /** A number as the command writes it: the shortest text that reads back to exactly {@code v}. */
    public String text(double v) {
        return kind == Kind.WHOLE_NUMBER ? Long.toString((long) v) : Units.exactText(v);
    }

    /** A span as the command writes it, {@code LO..HI}, each end chosen so that its log10 is exactly the span's. */
    public String text(RenderOptions.Span s) {
        return linear(s.log10Lo()) + ".." + linear(s.log10Hi());
    }

    /** A linear value whose log10 is exactly {@code log10} when one exists near 10^log10 (else the nearest). */
    static String linear(double log10) {
        double v = Math.pow(10, log10);
        double c = v;
        for (int k = 0; k < 64; k++) {
            if (Math.log10(c) == log10) {
                return Units.exactText(c);
            }
            // walk outwards: v+1ulp, v-1ulp, v+2ulp, …
            int steps = k / 2 + 1;
            c = v;
            for (int j = 0; j < steps; j++) {
                c = k % 2 == 0 ? Math.nextUp(c) : Math.nextDown(c);
            }
        }
        return Units.exactText(v);
    }

    private double read(String text) {
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException notANumber) {
            // the message below says what is wanted
        }
        throw new IllegalArgumentException(name + " '" + text.strip() + "' is not a number; allowed " + rangeText());
    }

    private void requireKind(Kind k) {
        if (kind != k) {
            throw new IllegalStateException("render option " + key + " is a " + kind + ", not a " + k);
        }
    }

    private String unitSuffix() {
        return unit.isEmpty() ? "" : " " + unit;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
