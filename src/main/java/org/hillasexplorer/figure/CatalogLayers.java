package org.hillasexplorer.figure;

import java.util.ArrayList;
import java.util.List;
import org.hillasexplorer.catalog.Catalog;
import org.hillasexplorer.catalog.CatalogEntry;
import org.hillasexplorer.physics.Plane;

/** Adapts catalogue entries to the boxes a figure draws. */
public final class CatalogLayers {
    private CatalogLayers() {
    }

    /**
     * The first source of a reference text, cut to "Author(s) Year": "Blitz & Rosolowsky 2005; Draine 2011" gives
     * "Blitz & Rosolowsky 2005", "Green 2019 J. Astrophys. Astron. 40 36" gives "Green 2019".
     */
    static String shortCitation(String reference) {
        String first = reference.split(";")[0].strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*?\\b(1[89]|20)\\d\\d[a-z]?)\\b").matcher(first);
        return m.find() ? m.group(1).replaceAll("[,(]\\s*$", "").strip() : first.length() > 40 ? first.substring(0, 40) + "…" : first;
    }

    /** The boxes of every entry that is drawn on {@code plane} and has numbers for it, in catalogue order. */
    public static List<CandidateLayer> on(Plane plane, List<Catalog> catalogs) {
        List<CandidateLayer> out = new ArrayList<>();
        for (Catalog c : catalogs) {
            for (CatalogEntry e : c.entries()) {
                if (e.isOn(plane)) {
                    e.box(plane).ifPresent(b -> out.add(new CandidateLayer(e.id(), e.label(), e.category().key(), b,
                            shortCitation(e.reference()))));
                }
            }
        }
        return List.copyOf(out);
    }
}
