package org.hillasexplorer.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hillasexplorer.figure.FigureOptions.Element;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
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
        assertThat(s.shownElements()).isEqualTo(EnumSet.allOf(Element.class));
        assertThat(s.layout()).isEqualTo(Layout.SIDE_BY_SIDE);
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
                EnumSet.allOf(Element.class), Layout.SIDE_BY_SIDE));
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
