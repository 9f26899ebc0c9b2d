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
    void theStatusBarSignsAMissAsTheCatalogueDoesAndGivesEveryLengthAUnit() {
        // GC cores are far too rare: the catalogue says "−x", and so must the status bar
        String status = ReadoutViewModel.readoutText(Scenario.defaults(), Plane.NUMBER_DENSITY, LS, NS);
        var gc = model.catalogs().get(0).byId("gc_cores").orElseThrow();
        assertThat(CatalogueViewModel.verdictText(gc, Scenario.defaults())).contains("GeV −");
        assertThat(status).contains("GeV: ℓ_mfp ", " pc, needs ", "n_s −", "dex, too rare").doesNotContain("+", "e+");
        assertThat(status.split("\n")[1].split("  │  ")).hasSize(3)
                .allSatisfy(part -> assertThat(part).matches("\\w+: ℓ_mfp \\S+ pc, needs \\S+ pc → n_s −\\S+ dex, too rare; .*"));
    }

    @Test
    void aBoxOnTheFillingFactorPlaneIsJudgedInFillingFactorWords() {
        // CNM sheets (f_V plane): above the TeV band
        CandidateLayer cnm = model.layers(Plane.FILLING_FACTOR).stream().filter(l -> l.id().equals("cnm_filaments")).findFirst()
                .orElseThrow();
        String d = vm.details(cnm);
        assertThat(d).contains("f_V: ", "TeV: f_V +", "dex, too abundant").doesNotContain("n_s");
    }

    @Test
    void theDetailsOfAUserEntryLeaveOutWhatItsFileDoesNotSay() {
        var user = new org.hillasexplorer.catalog.CatalogEntry("mine", "My clumps", "mine",
                org.hillasexplorer.catalog.Category.USER, java.util.Set.of(Plane.FILLING_FACTOR),
                java.util.Optional.of(new org.hillasexplorer.catalog.Range(1e3, 1e4)), java.util.Optional.empty(),
                java.util.Optional.of(new org.hillasexplorer.catalog.Range(1e-4, 1e-3)), "?", "", "");
        model.catalogs().add(new org.hillasexplorer.catalog.Catalog("mine.csv", List.of(user), List.of()));
        CandidateLayer mine = model.layers(Plane.FILLING_FACTOR).stream().filter(l -> l.id().equals("mine")).findFirst().orElseThrow();
        assertThat(vm.details(mine)).startsWith("My clumps\n").doesNotContain("D = ?", "Derivation:", "Reference:");
        assertThat(CataloguePanel.tooltipText(user)).isEqualTo("My clumps\nCategory: user");
    }

    @Test
    void theDetailsOfABoxNameItsRangesReferenceAndVerdicts() {
        CandidateLayer gc = vm.pointerAt(Plane.NUMBER_DENSITY, LS, NS).orElseThrow();
        String d = vm.details(gc);
        assertThat(d).contains("ℓ_S: ", " au (", " pc)", "n_s: ", "pc⁻³", "D = ", "Derivation: ", "Reference: ", "MeV", "TeV");
    }
}
