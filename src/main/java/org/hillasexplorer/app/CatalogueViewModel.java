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
import org.hillasexplorer.physics.uncertainty.ClassRobustness;
import org.hillasexplorer.physics.uncertainty.RobustVerdict;
import org.hillasexplorer.physics.uncertainty.Robustness;
import org.hillasexplorer.physics.uncertainty.Sensitivity;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.hillasexplorer.physics.SignedMiss;

/**
 * The catalogue without its tree: the entries a search finds, grouped by category (the user's own first), which of
 * them are drawn, each entry's verdict against the scenario and, when a parameter is uncertain, its robustness over
 * the distribution ({@link EnvelopeService}) and its sensitivity to each uncertain parameter (a tornado).
 */
final class CatalogueViewModel {
    private final ExplorerModel model;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectBinding<Map<Category, List<CatalogEntry>>> groups;
    private final ReadOnlyObjectWrapper<EnvelopeService.Result> robustness = new ReadOnlyObjectWrapper<>(this, "robustness");
    private final ObjectProperty<CatalogEntry> selected = new SimpleObjectProperty<>(this, "selected");

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
                parts.add(v.energyClass().label() + " " + SignedMiss.compact(v));
            }
        }
        return parts.isEmpty() ? "no numbers yet" : String.join(" · ", parts);
    }

    /** The plain-words verdict, e.g. "explains none: 3.5–8.1 dex too rare", on the entry's first plane with numbers. */
    static String summaryText(CatalogEntry e, Scenario s) {
        return firstBox(e).map(b -> FigureOfMerit.evaluate(e.id(), e.label(), b, s).summary()).orElse("");
    }

    /** The entry's box on its first plane with numbers, if any. */
    static Optional<CandidateBox> firstBox(CatalogEntry e) {
        for (Plane p : Plane.values()) {
            Optional<CandidateBox> box = e.isOn(p) ? e.box(p) : Optional.empty();
            if (box.isPresent()) {
                return box;
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- robustness and sensitivity

    /** Takes the robust verdicts from {@code envelopes} (without it, none are shown). */
    void showRobustness(EnvelopeService envelopes) {
        robustness.bind(envelopes.resultProperty());
    }

    /** The latest robust verdicts (null before {@link #showRobustness}). */
    ReadOnlyObjectProperty<EnvelopeService.Result> robustnessProperty() {
        return robustness.getReadOnlyProperty();
    }

    /** The entry's verdict over the uncertain parameters, once computed for the state now; empty when nothing is uncertain. */
    Optional<RobustVerdict> robustness(CatalogEntry e) {
        EnvelopeService.Result r = robustness.get();
        return r == null || r.isNone() ? Optional.empty() : Optional.ofNullable(r.entries().get(e.id()));
    }

    /**
     * A compact badge of a robust verdict: the share of the distribution in which each reached class is reached, e.g.
     * {@code reaches TeV 12 %} or {@code reaches GeV 100 % · TeV 40 %}; when no class is reached in any sample,
     * {@code ruled out in all 512 samples · ≥ 2.0 dex in n_s}: the smallest miss in n_s (f_V) over the samples where the
     * sizes meet a band, or {@code · size misses ≥ 0.3 dex} when they never do (a size miss can fall to ≈ 0 while
     * the abundance stays orders of magnitude off, so the abundance miss is the one named when there is one).
     */
    static String badgeText(RobustVerdict v) {
        List<String> reached = new ArrayList<>();
        double abundance = Double.POSITIVE_INFINITY;
        double smallest = Double.POSITIVE_INFINITY;
        for (ClassRobustness c : v.classes()) {
            if (c.reachFraction() > 0) {
                reached.add(c.energyClass().label() + " " + Robustness.percent(c.reachFraction()) + " %");
                continue;
            }
            if (c.smallestMissDex() < smallest) {
                smallest = c.smallestMissDex();
            }
            if (c.smallestAbundanceMissDex() < abundance) {
                abundance = c.smallestAbundanceMissDex();
            }
        }
        if (!reached.isEmpty()) {
            return "reaches " + String.join(" · ", reached);
        }
        String quantity = v.plane() == Plane.NUMBER_DENSITY ? "n_s" : "f_V";
        if (Double.isFinite(abundance)) {
            return String.format(Locale.ROOT, "ruled out in all %d samples · ≥ %.1f dex in %s", v.samples(), abundance, quantity);
        }
        return Double.isFinite(smallest)
                ? String.format(Locale.ROOT, "ruled out in all %d samples · size misses ≥ %.1f dex", v.samples(), smallest)
                : "no band in any sample";
    }

    /** The entry chosen in the catalogue (for the sensitivity view), or null. */
    ObjectProperty<CatalogEntry> selectedProperty() {
        return selected;
    }

    ReadOnlyObjectProperty<org.hillasexplorer.physics.uncertainty.UncertaintySpec> uncertaintyProperty() {
        return model.uncertaintyProperty();
    }

    /** Every loaded entry with a box with numbers on some plane (those a verdict or a tornado can be made of). */
    List<CatalogEntry> entriesWithNumbers() {
        List<CatalogEntry> out = new ArrayList<>();
        for (Catalog c : model.catalogs()) {
            for (CatalogEntry e : c.entries()) {
                if (firstBox(e).isPresent()) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** Whether some scenario parameter is uncertain (a tornado needs one). */
    boolean anythingUncertain() {
        return !model.uncertainty().isNone();
    }

    /** The labels of the scenario's energy classes, in order. */
    List<String> classLabels() {
        return model.scenario().energyClasses().stream().map(c -> c.label()).toList();
    }

    /**
     * The tornado of entry {@code e} against class {@code classLabel}: how its miss moves as each uncertain parameter
     * goes to its low and high end, the others at their central values.
     *
     * @throws IllegalArgumentException if nothing is uncertain, the entry has no box with numbers, or no such class
     */
    Sensitivity.Tornado tornado(CatalogEntry e, String classLabel) {
        CandidateBox box = firstBox(e).orElseThrow(() -> new IllegalArgumentException(e.label()
                + " has no box with numbers on either plane"));
        return Sensitivity.of(e.id(), e.label(), box.plane(), model.uncertainty().distribution(model.scenario()), classLabel,
                s -> CandidateEvaluation.evaluate(box, s));
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
