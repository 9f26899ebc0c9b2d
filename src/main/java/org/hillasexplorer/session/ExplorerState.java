package org.hillasexplorer.session;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.uncertainty.UncertaintySpec;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.Scenario;

/**
 * Everything needed to come back to an exploration: the physics, what each plane shows and how the window is laid
 * out. Immutable; every collection is copied on construction.
 *
 * @param scenario            the physical parameters, energy classes and species
 * @param views               the explicit (zoomed) view of each plane; a plane without an entry uses the automatic
 *                            view that shows every band and box
 * @param hiddenEnergyClasses labels of energy classes whose bands are not drawn (labels that match no class of the
 *                            scenario are kept and simply have no effect)
 * @param hiddenCandidates    ids of catalogue entries that are not drawn
 * @param shownElements       the optional figure elements that are drawn
 * @param layout              how the two planes are arranged
 * @param populations         candidate populations drawn as curves (power laws, tables, the intermittent model), in
 *                            the order they were added; their ids are distinct
 * @param catalogFiles        paths of the user catalogue files added in the window, in the order they were added,
 *                            exactly as given (not resolved or checked for existence); none is blank. A state read
 *                            from a scenario file or figure names them only: they are looked for beside that file
 *                            ({@link NamedCatalogs}), never opened as written
 * @param uncertainty         which scenario parameters are uncertain, and the levels and sample count of the envelope
 *                            bands drawn around the exact ones ({@link UncertaintySpec#NONE}: none)
 */
public record ExplorerState(Scenario scenario, Map<Plane, ViewRange> views, Set<String> hiddenEnergyClasses,
                            Set<String> hiddenCandidates, Set<FigureOptions.Element> shownElements, Layout layout,
                            List<Population> populations, List<String> catalogFiles, UncertaintySpec uncertainty) {

    public ExplorerState {
        Objects.requireNonNull(uncertainty, "uncertainty");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(views, "views");
        Objects.requireNonNull(hiddenEnergyClasses, "hiddenEnergyClasses");
        Objects.requireNonNull(hiddenCandidates, "hiddenCandidates");
        Objects.requireNonNull(shownElements, "shownElements");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(populations, "populations");
        Objects.requireNonNull(catalogFiles, "catalogFiles");
        views = Map.copyOf(views);
        hiddenEnergyClasses = Set.copyOf(hiddenEnergyClasses);
        hiddenCandidates = Set.copyOf(hiddenCandidates);
        shownElements = Set.copyOf(shownElements);
        populations = List.copyOf(populations); // throws NullPointerException for a null element
        Set<String> ids = new HashSet<>();
        for (Population p : populations) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("population id '" + p.id() + "' is used twice; population ids must be distinct");
            }
        }
        catalogFiles = List.copyOf(catalogFiles);
        for (String f : catalogFiles) {
            if (f.isBlank()) {
                throw new IllegalArgumentException("a catalogue file path must not be blank");
            }
        }
    }

    /** A state with nothing uncertain (the signature before uncertainties existed). */
    public ExplorerState(Scenario scenario, Map<Plane, ViewRange> views, Set<String> hiddenEnergyClasses,
                         Set<String> hiddenCandidates, Set<FigureOptions.Element> shownElements, Layout layout,
                         List<Population> populations, List<String> catalogFiles) {
        this(scenario, views, hiddenEnergyClasses, hiddenCandidates, shownElements, layout, populations, catalogFiles,
                UncertaintySpec.NONE);
    }

    /** A state without populations or user catalogue files (the signature before they existed). */
    public ExplorerState(Scenario scenario, Map<Plane, ViewRange> views, Set<String> hiddenEnergyClasses,
                         Set<String> hiddenCandidates, Set<FigureOptions.Element> shownElements, Layout layout) {
        this(scenario, views, hiddenEnergyClasses, hiddenCandidates, shownElements, layout, List.of(), List.of());
    }

    /**
     * The paper's scenario, automatic views, nothing hidden, every element shown, planes side by side, no populations
     * and no user catalogue files.
     */
    public static ExplorerState defaults() {
        return new ExplorerState(Scenario.defaults(), Map.of(), Set.of(), Set.of(),
                FigureOptions.defaults(org.hillasexplorer.physics.Plane.NUMBER_DENSITY).shown(), Layout.SIDE_BY_SIDE,
                List.of(), List.of(), UncertaintySpec.NONE);
    }

    /** The explicit view of {@code plane}, or empty for the automatic one. */
    public Optional<ViewRange> view(Plane plane) {
        return Optional.ofNullable(views.get(plane));
    }

    /** Whether the optional element {@code e} is drawn. */
    public boolean shows(FigureOptions.Element e) {
        return shownElements.contains(e);
    }

    /** A copy with another scenario. */
    public ExplorerState withScenario(Scenario other) {
        return new ExplorerState(other, views, hiddenEnergyClasses, hiddenCandidates, shownElements, layout,
                populations, catalogFiles, uncertainty);
    }

    /** A copy with an explicit view of {@code plane}, or the automatic one if {@code range} is null. */
    public ExplorerState withView(Plane plane, ViewRange range) {
        Objects.requireNonNull(plane, "plane");
        Map<Plane, ViewRange> m = new EnumMap<>(Plane.class);
        m.putAll(views);
        if (range == null) {
            m.remove(plane);
        } else {
            m.put(plane, range);
        }
        return new ExplorerState(scenario, m, hiddenEnergyClasses, hiddenCandidates, shownElements, layout,
                populations, catalogFiles, uncertainty);
    }

    /** A copy hiding the energy classes with these labels. */
    public ExplorerState withHiddenEnergyClasses(Set<String> labels) {
        return new ExplorerState(scenario, views, labels, hiddenCandidates, shownElements, layout,
                populations, catalogFiles, uncertainty);
    }

    /** A copy hiding the catalogue entries with these ids. */
    public ExplorerState withHiddenCandidates(Set<String> ids) {
        return new ExplorerState(scenario, views, hiddenEnergyClasses, ids, shownElements, layout,
                populations, catalogFiles, uncertainty);
    }

    /** A copy drawing exactly these optional elements. */
    public ExplorerState withShownElements(Set<FigureOptions.Element> elements) {
        return new ExplorerState(scenario, views, hiddenEnergyClasses, hiddenCandidates, elements, layout,
                populations, catalogFiles, uncertainty);
    }

    /** A copy with another layout. */
    public ExplorerState withLayout(Layout other) {
        return new ExplorerState(scenario, views, hiddenEnergyClasses, hiddenCandidates, shownElements, other,
                populations, catalogFiles, uncertainty);
    }

    /** A copy with these populations (ids must be distinct). */
    public ExplorerState withPopulations(List<Population> others) {
        return new ExplorerState(scenario, views, hiddenEnergyClasses, hiddenCandidates, shownElements, layout, others,
                catalogFiles, uncertainty);
    }

    /** A copy with these user catalogue files, in this order. */
    public ExplorerState withCatalogFiles(List<String> files) {
        return new ExplorerState(scenario, views, hiddenEnergyClasses, hiddenCandidates, shownElements, layout,
                populations,
                files, uncertainty);
    }

    /** A copy with another uncertainty (which parameters are uncertain, levels, sample count). */
    public ExplorerState withUncertainty(UncertaintySpec other) {
        return new ExplorerState(scenario, views, hiddenEnergyClasses, hiddenCandidates, shownElements, layout,
                populations,
                catalogFiles, other);
    }
}
