package org.hillasexplorer.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kind of a candidate population, as the paper groups them in Section 4, plus the user's own populations. */
public enum Category {
    /** Known large ISM objects of Fig. 2 and the Section 4.1 rule-outs (GMCs, HII regions, SNRs, …). */
    MACROSCOPIC("macroscopic"),
    /** Small-scale ISM structure of Section 4.2 and Fig. 3 (TSAS, ESE lenses, CNM filaments). */
    SMALL_SCALE("small-scale"),
    /** Proposed physical mechanisms of Section 4.4, without observational numbers. */
    THEORETICAL("theoretical"),
    /** A population from a user's own file (plain CSV or JSON without a {@code category} column). */
    USER("user");

    private final String key;

    Category(String key) {
        this.key = key;
    }

    /** The key used in catalogue files, e.g. {@code small-scale}. */
    public String key() {
        return key;
    }

    /**
     * Parses a key (case-insensitive, surrounding blanks ignored).
     *
     * @throws IllegalArgumentException naming the text and the allowed keys
     */
    public static Category fromKey(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Category c : values()) {
            if (c.key.equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("'" + text + "' must be one of " + allowedKeys());
    }

    /** The allowed keys, comma-separated, for messages. */
    public static String allowedKeys() {
        return Arrays.stream(values()).map(Category::key).collect(Collectors.joining(", "));
    }
}
