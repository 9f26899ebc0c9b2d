package org.hillasexplorer.session;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hillasexplorer.figure.FigureOptions.Element;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Units;
import org.hillasexplorer.session.ScenarioDocument.PlaneView;
import org.hillasexplorer.session.ScenarioDocument.ViewEntry;
import org.hillasexplorer.session.ScenarioDocument.VisibleEntry;


/** Reads the {@code view} block (the layout and explicit views by plane) and the {@code visible} block. */
final class ViewBlockReader extends StrictReader {
    ViewBlockReader(String source) {
        super(source);
    }

    ExplorerState view(ViewEntry n, ExplorerState state) {
        Map<String, Plane> planes = new LinkedHashMap<>();
        for (Plane p : Plane.values()) {
            planes.put(p.key(), p);
        }
        for (String key : n.planes().keySet()) {
            if (!planes.containsKey(key)) {
                throw fail("view", unknownKey(key, Stream.concat(ScenarioDocument.keysOf(ViewEntry.class).stream(),
                        planes.keySet().stream()).toList()));
            }
        }
        ExplorerState out = state;
        if (n.layout() != null) {
            try {
                out = out.withLayout(Layout.fromKey(n.layout()));
            } catch (IllegalArgumentException e) {
                throw fail("view.layout", "'" + shorten(n.layout()) + "' is not one of " + Layout.allowedKeys());
            }
        }
        for (Map.Entry<String, PlaneView> e : n.planes().entrySet()) {
            String path = "view." + e.getKey();
            PlaneView v = e.getValue();
            if (v == null) {
                throw fail(path, "must be an object {…}, not null");
            }
            double[] x = range(v.log10_ls_au(), path, "log10_ls_au");
            double[] y = range(v.log10_value(), path, "log10_value");
            ViewRange r = at(path, () -> new ViewRange(x[0], x[1], y[0], y[1]));
            out = out.withView(planes.get(e.getKey()), r);
        }
        return out;
    }

    private double[] range(List<Double> values, String parent, String key) {
        String path = parent + "." + key;
        if (values == null) {
            throw fail(parent, "\"" + key + "\" is missing; a view needs both log10_ls_au and log10_value as [min, max]");
        }
        if (values.size() != 2) {
            throw fail(path, "must be [min, max] (two numbers, log10), not " + values.size() + " values");
        }
        double lo = finite(values.get(0), path + "[0]");
        double hi = finite(values.get(1), path + "[1]");
        if (!(lo < hi)) {
            throw fail(path, "min " + Units.formatNumber(lo) + " must be below max " + Units.formatNumber(hi));
        }
        return new double[] {lo, hi};
    }

    ExplorerState visible(VisibleEntry n, ExplorerState state) {
        ExplorerState out = state;
        if (n.hidden_classes() != null) {
            out = out.withHiddenEnergyClasses(new LinkedHashSet<>(n.hidden_classes()));
        }
        if (n.hidden_candidates() != null) {
            out = out.withHiddenCandidates(new LinkedHashSet<>(n.hidden_candidates()));
        }
        if (n.elements() != null) {
            Map<String, Element> byKey = new LinkedHashMap<>();
            for (Element e : Element.values()) {
                byKey.put(ScenarioFile.elementKey(e), e);
            }
            Set<Element> shown = EnumSet.noneOf(Element.class);
            for (int i = 0; i < n.elements().size(); i++) {
                String key = n.elements().get(i);
                Element e = byKey.get(key);
                if (e == null) {
                    throw fail("visible.elements[" + i + "]", "'" + shorten(key) + "' is not one of " + String.join(", ", byKey.keySet()));
                }
                shown.add(e);
            }
            out = out.withShownElements(shown);
        }
        return out;
    }
}
