package org.hillasexplorer.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.hillasexplorer.figure.FigureOptions.Element;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.TabulatedPopulation;
import org.hillasexplorer.physics.Scenario;
import org.junit.jupiter.api.Test;

class ExplorerStateTest {
    @Test
    void defaultsShowEverythingAutomaticallySideBySide() {
        ExplorerState s = ExplorerState.defaults();
        assertThat(s.scenario()).isEqualTo(Scenario.defaults());
        assertThat(s.views()).isEmpty();
        assertThat(s.view(Plane.NUMBER_DENSITY)).isEmpty();
        assertThat(s.hiddenEnergyClasses()).isEmpty();
        assertThat(s.hiddenCandidates()).isEmpty();
        assertThat(s.shownElements()).isEqualTo(EnumSet.complementOf(EnumSet.of(Element.CITATIONS)));
        assertThat(s.layout()).isEqualTo(Layout.SIDE_BY_SIDE);
        assertThat(s.populations()).isEmpty();
        assertThat(s.catalogFiles()).isEmpty();
    }

    private static final Population SHEETS =
            new PowerLawPopulation("sheets", "sheets", 1e3, 1, 2.5, 0.1, 1000, 2, 10, OptionalDouble.of(1e-6));
    private static final Population TABLE =
            TabulatedPopulation.spheres("sim", "simulation", Plane.FILLING_FACTOR, List.of(1.0, 10.0), List.of(1e-6, 1e-4));

    @Test
    void theSixArgumentConstructorHasNoPopulationsOrCatalogueFiles() {
        ExplorerState s = new ExplorerState(Scenario.defaults(), Map.of(), Set.of(), Set.of(), EnumSet.complementOf(EnumSet.of(Element.CITATIONS)),
                Layout.SIDE_BY_SIDE);
        assertThat(s).isEqualTo(ExplorerState.defaults());
        assertThat(s.populations()).isEmpty();
        assertThat(s.catalogFiles()).isEmpty();
    }

    @Test
    void populationsAndCatalogueFilesKeepTheirOrderAndAreCopied() {
        List<Population> pops = new ArrayList<>(List.of(TABLE, IntermittentModelPopulation.paper(), SHEETS));
        List<String> files = new ArrayList<>(List.of("b.csv", "/a/a.ecsv", "b.csv"));
        ExplorerState s = ExplorerState.defaults().withPopulations(pops).withCatalogFiles(files);
        pops.clear();
        files.add("c.csv");
        assertThat(s.populations()).containsExactly(TABLE, IntermittentModelPopulation.paper(), SHEETS);
        assertThat(s.catalogFiles()).containsExactly("b.csv", "/a/a.ecsv", "b.csv");
        assertThatThrownBy(() -> s.populations().add(SHEETS)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.catalogFiles().add("x")).isInstanceOf(UnsupportedOperationException.class);
        // the other withers keep them
        ExplorerState t = s.withLayout(Layout.STACKED).withScenario(Scenario.defaults().with(Parameters.DELTA_S, 0.2))
                .withView(Plane.NUMBER_DENSITY, new ViewRange(0, 1, 0, 1)).withHiddenCandidates(Set.of("x"))
                .withHiddenEnergyClasses(Set.of("GeV")).withShownElements(Set.of());
        assertThat(t.populations()).isEqualTo(s.populations());
        assertThat(t.catalogFiles()).isEqualTo(s.catalogFiles());
        assertThat(s.withPopulations(List.of()).withCatalogFiles(List.of())).isEqualTo(ExplorerState.defaults());
    }

    @Test
    void populationIdsMustBeDistinctAndNothingMayBeNullOrBlank() {
        Population otherSheets = PowerLawPopulation.spheres("sheets", "other", 1, 1, 2, 1, 10);
        assertThatThrownBy(() -> ExplorerState.defaults().withPopulations(List.of(SHEETS, TABLE, otherSheets)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("population id 'sheets' is used twice; population ids must be distinct");
        assertThatThrownBy(() -> ExplorerState.defaults().withCatalogFiles(List.of("a.csv", " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a catalogue file path must not be blank");
        assertThatThrownBy(() -> ExplorerState.defaults().withPopulations(null))
                .isInstanceOf(NullPointerException.class).hasMessage("populations");
        assertThatThrownBy(() -> ExplorerState.defaults().withCatalogFiles(null))
                .isInstanceOf(NullPointerException.class).hasMessage("catalogFiles");
        List<Population> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> ExplorerState.defaults().withPopulations(withNull)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void collectionsAreCopiedAndImmutable() {
        Map<Plane, ViewRange> views = new HashMap<>(Map.of(Plane.FILLING_FACTOR, new ViewRange(0, 1, -3, 0)));
        Set<String> hidden = new HashSet<>(Set.of("GeV"));
        EnumSet<Element> shown = EnumSet.of(Element.LEGEND);
        ExplorerState s = new ExplorerState(Scenario.defaults(), views, hidden, Set.of(), shown, Layout.STACKED);
        views.clear();
        hidden.add("TeV");
        shown.add(Element.TITLE);
        assertThat(s.views()).containsOnlyKeys(Plane.FILLING_FACTOR);
        assertThat(s.hiddenEnergyClasses()).containsExactly("GeV");
        assertThat(s.shownElements()).containsExactly(Element.LEGEND);
        assertThatThrownBy(() -> s.hiddenCandidates().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.views().put(Plane.NUMBER_DENSITY, new ViewRange(0, 1, 0, 1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withersChangeOneThingOnly() {
        ExplorerState base = ExplorerState.defaults();
        ViewRange r = new ViewRange(-2, 6, -10, 2);
        ExplorerState zoomed = base.withView(Plane.NUMBER_DENSITY, r);
        assertThat(zoomed.view(Plane.NUMBER_DENSITY)).contains(r);
        assertThat(zoomed.view(Plane.FILLING_FACTOR)).isEmpty();
        assertThat(zoomed.withView(Plane.NUMBER_DENSITY, null)).isEqualTo(base);
        assertThat(base.withLayout(Layout.FILLING_FACTOR_ONLY).layout()).isEqualTo(Layout.FILLING_FACTOR_ONLY);
        assertThat(base.withShownElements(Set.of()).shows(Element.LEGEND)).isFalse();
        Scenario other = Scenario.defaults().with(Parameters.B_MICROGAUSS, 10);
        assertThat(base.withScenario(other)).isEqualTo(new ExplorerState(other, Map.of(), Set.of(), Set.of(),
                EnumSet.complementOf(EnumSet.of(Element.CITATIONS)), Layout.SIDE_BY_SIDE));
        assertThat(base.withHiddenCandidates(Set.of("gmc")).hiddenCandidates()).containsExactly("gmc");
        assertThat(base.withHiddenEnergyClasses(Set.of("MeV")).hiddenEnergyClasses()).containsExactly("MeV");
    }

    @Test
    void nullsAreRefusedByName() {
        assertThatThrownBy(() -> new ExplorerState(null, Map.of(), Set.of(), Set.of(), Set.of(), Layout.STACKED))
                .isInstanceOf(NullPointerException.class).hasMessage("scenario");
        assertThatThrownBy(() -> ExplorerState.defaults().withLayout(null))
                .isInstanceOf(NullPointerException.class).hasMessage("layout");
    }

    @Test
    void layoutKeysRoundTripAndUnknownOnesAreNamed() {
        for (Layout l : Layout.values()) {
            assertThat(Layout.fromKey(l.key())).isSameAs(l);
        }
        assertThat(Layout.NUMBER_DENSITY_ONLY.key()).isEqualTo("ns-only");
        assertThatThrownBy(() -> Layout.fromKey("grid"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("layout 'grid' is not one of side-by-side, stacked, ns-only, fv-only");
    }
}
