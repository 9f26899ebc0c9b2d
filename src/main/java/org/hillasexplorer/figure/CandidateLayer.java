package org.hillasexplorer.figure;

import java.util.Objects;
import java.util.Set;
import org.hillasexplorer.physics.CandidateBox;

/**
 * One candidate population as the figure draws it: a box on one plane with a short label.
 * Catalogue entries are adapted to this so the figure does not depend on the catalogue.
 *
 * @param id       stable identifier (used for colours and SVG element ids), e.g. {@code gmcs}
 * @param label    short label drawn next to the box, e.g. {@code GMCs}
 * @param category one of {@link #MACROSCOPIC}, {@link #SMALL_SCALE}, {@link #THEORETICAL}, {@link #USER}
 * @param box      the box (its plane decides on which figure it appears)
 * @param citation short literature citation, e.g. {@code Blitz & Rosolowsky 2005}, or empty
 */
public record CandidateLayer(String id, String label, String category, CandidateBox box, String citation) {
    /** Known large-scale ISM structures (paper Sec. 4.1, Fig. 2). */
    public static final String MACROSCOPIC = "macroscopic";
    /** Small-scale ISM structures such as TSAS or ESE lenses (Sec. 4.2, Fig. 3). */
    public static final String SMALL_SCALE = "small-scale";
    /** Proposed mechanisms without firm observational numbers (Sec. 4.4). */
    public static final String THEORETICAL = "theoretical";
    /** Entries from a catalogue the user added. */
    public static final String USER = "user";
    private static final Set<String> CATEGORIES = Set.of(MACROSCOPIC, SMALL_SCALE, THEORETICAL, USER);

    /** A layer without a citation. */
    public CandidateLayer(String id, String label, String category, CandidateBox box) {
        this(id, label, category, box, "");
    }

    public CandidateLayer {
        java.util.Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(box, "box");
        if (id.isBlank()) {
            throw new IllegalArgumentException("candidate id must not be blank");
        }
        if (!CATEGORIES.contains(category)) {
            throw new IllegalArgumentException("candidate category '" + category + "' is not one of "
                    + MACROSCOPIC + ", " + SMALL_SCALE + ", " + THEORETICAL + ", " + USER);
        }
    }
}
