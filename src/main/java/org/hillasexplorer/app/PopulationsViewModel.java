package org.hillasexplorer.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hillasexplorer.catalog.CatalogException;
import org.hillasexplorer.catalog.CurveReader;
import org.hillasexplorer.physics.CandidateVerdict;
import org.hillasexplorer.physics.FigureOfMerit;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.TabulatedPopulation;

/**
 * The candidate populations without their list: add, replace, remove, show or hide them, and their verdicts. Each
 * edit is one undo step.
 */
final class PopulationsViewModel {
    private final ExplorerModel model;
    private final ObservableList<Population> list = FXCollections.observableArrayList();
    private final ObservableList<Population> readOnly = FXCollections.unmodifiableObservableList(list);
    private BiConsumer<String, String> onError = (header, message) -> { };

    PopulationsViewModel(ExplorerModel model) {
        this.model = model;
        list.setAll(model.populations());
        model.populationsProperty().addListener((o, a, b) -> list.setAll(b));
    }

    /** The populations, in the order they were added (read-only: edit them here). */
    ObservableList<Population> populations() {
        return readOnly;
    }

    /** Where problems with a curve file go (header, message). */
    void setOnError(BiConsumer<String, String> handler) {
        onError = handler;
    }

    /** Explains a refused edit where problems go. */
    void report(String header, String message) {
        onError.accept(header, message);
    }

    List<String> ids() {
        return model.populations().stream().map(Population::id).toList();
    }

    void add(Population p) {
        model.addPopulation(p);
    }

    /** Puts {@code now} where {@code old} was. */
    void replace(Population old, Population now) {
        model.update(s -> {
            List<Population> l = new ArrayList<>(s.populations());
            int i = l.indexOf(old);
            if (i < 0) {
                return s;
            }
            l.set(i, now);
            return s.withPopulations(l);
        });
    }

    void remove(Population p) {
        model.update(s -> s.withPopulations(s.populations().stream().filter(q -> !q.equals(p)).toList()));
    }

    /** Adds the paper's intermittent model (once). */
    void addModel() {
        IntermittentModelPopulation m = IntermittentModelPopulation.paper();
        if (!ids().contains(m.id())) {
            add(m);
        }
    }

    /** Reads a tabulated curve file and adds it (replacing one of the same id); problems are reported, the state is kept on failure. */
    boolean addCurve(Path file) {
        org.hillasexplorer.catalog.CurveFile result;
        try {
            result = CurveReader.read(file);
        } catch (CatalogException e) {
            report("Could not read the curve", e.getMessage());
            return false;
        }
        TabulatedPopulation p = result.population();
        model.update(s -> s.withPopulations(ExplorerModel.append(
                s.populations().stream().filter(q -> !q.id().equals(p.id())).toList(), p)));
        if (!result.problems().isEmpty()) {
            report("Some lines of " + file.getFileName() + " were skipped",
                    String.join("\n", result.problems().stream().map(Object::toString).toList()));
        }
        return true;
    }

    ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return model.scenarioProperty();
    }

    Scenario scenario() {
        return model.scenario();
    }

    /** The ids of hidden populations (and catalogue entries). */
    ReadOnlyObjectProperty<java.util.Set<String>> hiddenProperty() {
        return model.hiddenCandidatesProperty();
    }

    boolean isShown(String id) {
        return !model.hiddenCandidates().contains(id);
    }

    void setShown(String id, boolean shown) {
        model.setCandidateShown(id, shown);
    }

    /** The verdict summary shown for a population, on its own plane ({@link #plane}). */
    static String verdictText(Population p, Scenario s) {
        return verdict(p, s).summary();
    }

    /** The population's name, verdict, per-class verdicts and violated constraints, one a line. */
    static String details(Population p, Scenario s) {
        CandidateVerdict v = verdict(p, s);
        StringBuilder t = new StringBuilder(p.label()).append('\n').append(v.summary());
        v.classes().forEach(c -> t.append('\n').append(c.describe()));
        v.violations().forEach(c -> t.append("\n• ").append(c.describe()));
        return t.toString();
    }

    private static CandidateVerdict verdict(Population p, Scenario s) {
        return FigureOfMerit.evaluate(p, plane(p), s);
    }

    /**
     * The plane a population is given on, whose words its verdict uses (the gaps in dex are the same on both planes
     * for a curve): a table's own plane, the f_V plane for the paper's intermittent model (Fig. 3), else n_s.
     */
    static Plane plane(Population p) {
        if (p instanceof org.hillasexplorer.physics.TabulatedPopulation t) {
            return t.plane();
        }
        return p instanceof org.hillasexplorer.physics.IntermittentModelPopulation ? Plane.FILLING_FACTOR : Plane.NUMBER_DENSITY;
    }
}
