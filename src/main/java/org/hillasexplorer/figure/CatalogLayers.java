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

    /** The boxes of every entry that is drawn on {@code plane} and has numbers for it, in catalogue order. */
    public static List<CandidateLayer> on(Plane plane, List<Catalog> catalogs) {
        List<CandidateLayer> out = new ArrayList<>();
        for (Catalog c : catalogs) {
            for (CatalogEntry e : c.entries()) {
                if (e.isOn(plane)) {
                    e.box(plane).ifPresent(b -> out.add(new CandidateLayer(e.id(), e.label(), e.category().key(), b)));
                }
            }
        }
        return List.copyOf(out);
    }
}
