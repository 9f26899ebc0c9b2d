package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.figure.CandidateLayer;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.junit.jupiter.api.Test;

/** The status bar's and hover details' view model, without a window. */
class ReadoutViewModelTest {
    private final ExplorerModel model = new ExplorerModel(List.of(CatalogReader.readBuiltin()));
    private final PlotsViewModel plots = new PlotsViewModel(model, new Appearance());
    private final ReadoutViewModel vm = new ReadoutViewModel(model, plots);

    /** The centre of the GC-cores box (4e4–2e6 au, 1e-12–1e-10 pc⁻³). */
    private static final double LS = Math.sqrt(4.13e4 * 2.06e6);
    private static final double NS = 1e-11;

    @Test
    void withoutPointerOrNoticeTheStatusBarSaysHowToUseThePlots() {
        assertThat(vm.statusProperty().get()).isEqualTo(ReadoutViewModel.HINT).contains("wheel zooms");
        vm.notice("Added 3 entries");
        assertThat(vm.statusProperty().get()).isEqualTo("Added 3 entries");
        vm.pointerLeft();
        assertThat(vm.statusProperty().get()).isEqualTo(ReadoutViewModel.HINT);
    }

    @Test
    void thePointerIsReadOutForEveryClassAndTheBoxUnderItFound() {
        var hit = vm.pointerAt(Plane.NUMBER_DENSITY, LS, NS);
        assertThat(vm.statusProperty().get()).contains("ℓ_S =", "au", "pc", "n_s = 1e-11 pc⁻³", "MeV: ℓ_mfp", "GeV", "TeV",
                "ℓ_S>r_g");
        assertThat(hit).map(CandidateLayer::id).hasValue("gc_cores");
        model.setCandidateShown("gc_cores", false);
        assertThat(vm.pointerAt(Plane.NUMBER_DENSITY, LS, NS)).as("a hidden box is not hovered").isEmpty();
        model.setCandidateShown("gc_cores", true);
        plots.setShown(FigureOptions.Element.CANDIDATE_BOXES, false);
        assertThat(vm.pointerAt(Plane.NUMBER_DENSITY, LS, NS)).isEmpty();
    }

    @Test
    void aFillingFactorAboveOneIsUnphysical() {
        assertThat(ReadoutViewModel.readoutText(Scenario.defaults(), Plane.FILLING_FACTOR, 10, 2))
                .endsWith("f_V = 2  (f_V > 1 is unphysical)").doesNotContain("MeV");
    }

    @Test
    void theDetailsOfABoxNameItsRangesReferenceAndVerdicts() {
        CandidateLayer gc = vm.pointerAt(Plane.NUMBER_DENSITY, LS, NS).orElseThrow();
        String d = vm.details(gc);
        assertThat(d).contains("ℓ_S: ", " au (", " pc)", "n_s: ", "pc⁻³", "D = ", "Derivation: ", "Reference: ", "MeV", "TeV");
    }
}
