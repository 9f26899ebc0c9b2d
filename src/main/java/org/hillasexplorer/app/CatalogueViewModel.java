package org.hillasexplorer.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.hillasexplorer.catalog.Catalog;
import org.hillasexplorer.catalog.CatalogEntry;
import org.hillasexplorer.catalog.Category;
import org.hillasexplorer.figure.CandidateLayer;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.physics.CandidateBox;
import org.hillasexplorer.physics.CandidateEvaluation;
import org.hillasexplorer.physics.ClassVerdict;
import org.hillasexplorer.physics.FigureOfMerit;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;

/**
 * The catalogue without its tree: the entries a search finds, grouped by category (the user's own first), which of
 * them are drawn, and each entry's verdict against the scenario.
 */
final class CatalogueViewModel {
    private final ExplorerModel model;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectBinding<Map<Category, List<CatalogEntry>>> groups;

    CatalogueViewModel(ExplorerModel model) {
        this.model = model;
        groups = Bindings.createObjectBinding(() -> group(model.catalogs(), search.get()), model.catalogs(), search);
    }

    /** The search text (name, id, label or reference; case does not matter). */
    StringProperty searchProperty() {
        return search;
    }

    /** The entries the search finds, by category in display order; categories without any are left out. */
    ObjectBinding<Map<Category, List<CatalogEntry>>> groupsProperty() {
        return groups;
    }

    /** The entries of {@code catalogs} that {@code query} finds, grouped, the user's own category first. */
    static Map<Category, List<CatalogEntry>> group(List<Catalog> catalogs, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        Map<Category, List<CatalogEntry>> out = new LinkedHashMap<>();
        // the user's own entries first: they are what a researcher adding a file came to see
        out.put(Category.USER, new ArrayList<>());
        for (Category c : Category.values()) {
            out.putIfAbsent(c, new ArrayList<>());
        }
        for (Catalog catalog : catalogs) {
            for (CatalogEntry e : catalog.entries()) {
                String hay = (e.id() + " " + e.name() + " " + e.label() + " " + e.reference()).toLowerCase(Locale.ROOT);
                if (q.isEmpty() || hay.contains(q)) {
                    out.get(e.category()).add(e);
                }
            }
        }
        out.values().removeIf(List::isEmpty);
        return out;
    }

    ObservableList<Catalog> catalogs() {
        return model.catalogs();
    }

    ReadOnlyObjectProperty<Set<String>> hiddenProperty() {
        return model.hiddenCandidatesProperty();
    }

    ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return model.scenarioProperty();
    }

    boolean isShown(String id) {
        return !model.hiddenCandidates().contains(id);
    }

    void setShown(String id, boolean shown) {
        model.setCandidateShown(id, shown);
    }

    /** The entry's verdict per class now, e.g. "MeV −9.1 · GeV −8.1 · TeV −5.4". */
    String verdict(CatalogEntry e) {
        return verdictText(e, model.scenario());
    }

    /** The entry's verdict in plain words now. */
    String summary(CatalogEntry e) {
        return summaryText(e, model.scenario());
    }

    /** Compact verdict text, e.g. "MeV −9.1 · GeV −8.1 · TeV −5.4", on the entry's first plane with numbers. */
    static String verdictText(CatalogEntry e, Scenario s) {
        List<String> parts = new ArrayList<>();
        Optional<CandidateBox> box = firstBox(e);
        if (box.isPresent()) {
            for (ClassVerdict v : CandidateEvaluation.evaluate(box.get(), s)) {
                String g = String.format(Locale.ROOT, "%.1f", v.gapDex());
                parts.add(v.energyClass().label() + " " + switch (v.status()) {
                    case OVERLAPS -> "✓";
                    case TOO_RARE -> "−" + g;
                    case TOO_ABUNDANT -> "+" + g;
                    case TOO_SMALL -> "<r_g";
                    case TOO_LARGE -> ">l_mfp";
                    case NO_BAND -> "–";
                });
            }
        }
        return parts.isEmpty() ? "no numbers yet" : String.join(" · ", parts);
    }

    /** The plain-words verdict, e.g. "explains none: 3.5–8.1 dex too rare", on the entry's first plane with numbers. */
    static String summaryText(CatalogEntry e, Scenario s) {
        return firstBox(e).map(b -> FigureOfMerit.evaluate(e.id(), e.label(), b, s).summary()).orElse("");
    }

    private static Optional<CandidateBox> firstBox(CatalogEntry e) {
        for (Plane p : Plane.values()) {
            Optional<CandidateBox> box = e.isOn(p) ? e.box(p) : Optional.empty();
            if (box.isPresent()) {
                return box;
            }
        }
        return Optional.empty();
    }

    /** The colour the figure gives the entry's box in {@code palette} (as on its plane), if it is drawn at all. */
    Optional<java.awt.Color> colour(CatalogEntry e, org.hillasexplorer.figure.Palette palette) {
        for (Plane p : Plane.values()) {
            java.awt.Color c = org.hillasexplorer.figure.Figures.candidateColours(palette, model.layers(p)).get(e.id());
            if (c != null) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The entry's place among the boxes of its plane (the order the figure draws and colours them in), if it has one. */
    OptionalInt colourIndex(CatalogEntry e) {
        for (Plane p : Plane.values()) {
            List<CandidateLayer> layers = model.layers(p);
            for (int i = 0; i < layers.size(); i++) {
                if (layers.get(i).id().equals(e.id())) {
                    return OptionalInt.of(i);
                }
            }
        }
        return OptionalInt.empty();
    }

    /** The entries drawn on {@code planes} now (the references a figure of them needs). */
    List<CatalogEntry> visibleEntries(List<Plane> planes) {
        List<CatalogEntry> out = new ArrayList<>();
        if (!model.shownElements().contains(FigureOptions.Element.CANDIDATE_BOXES)) {
            return out;
        }
        for (Catalog c : model.catalogs()) {
            for (CatalogEntry e : c.entries()) {
                if (isShown(e.id()) && planes.stream().anyMatch(p -> e.isOn(p) && e.box(p).isPresent())) {
                    out.add(e);
                }
            }
        }
        return out;
    }
}
