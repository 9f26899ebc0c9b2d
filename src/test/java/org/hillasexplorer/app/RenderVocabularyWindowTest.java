package org.hillasexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.hillasexplorer.figure.ElementSwitch;
import org.hillasexplorer.figure.RenderOption;
import org.hillasexplorer.figure.RenderOptions;
import org.hillasexplorer.physics.EnergyClassField;
import org.hillasexplorer.physics.EnergyClassFields;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The window's side of one vocabulary: every render option has a control in the export-figure dialog with the
 * descriptor's id and tooltip, every element switch a View menu item with its label, and every energy-class field a
 * column header with its tooltip in the energy-class panel. The CLI's side is {@code cli.RenderVocabularyTest}.
 */
class RenderVocabularyWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static List<Node> all(Node root) {
        List<Node> out = new ArrayList<>(List.of(root));
        if (root instanceof Parent p) {
            for (Node n : p.getChildrenUnmodifiable()) {
                out.addAll(all(n));
            }
        }
        return out;
    }

    private static String tooltip(Node n) {
        return n instanceof Control c && c.getTooltip() != null ? c.getTooltip().getText() : "";
    }

    @Test
    void everyRenderOptionHasAControlInTheExportDialogWithItsTooltip() {
        AtomicReference<List<Node>> nodes = new AtomicReference<>();
        FigureExportForm form = new FigureExportForm(new int[] {640, 480});
        fx(() -> nodes.set(all(ExportDialogs.figureForm(form, new ChoiceBox<>(), "paper"))));
        for (RenderOption o : RenderOptions.VALUED) {
            List<Node> mine = nodes.get().stream().filter(n -> o.controlId().equals(n.getId())).toList();
            boolean described = nodes.get().stream().anyMatch(n -> tooltip(n).contains(o.tooltip()));
            assertThat(described).as("a tooltip of %s", o.key()).isTrue();
            if (o != RenderOptions.R_RANGE && o != RenderOptions.Y_RANGE) { // the view range's row holds all three
                assertThat(mine).as(o.key()).hasSize(1);
            }
        }
        TextField width = (TextField) nodes.get().stream().filter(n -> "render-width".equals(n.getId())).findFirst().orElseThrow();
        Label error = (Label) nodes.get().stream().filter(n -> "render-width-error".equals(n.getId())).findFirst().orElseThrow();
        assertThat(width.getText()).isEqualTo("640");
        assertThat(error.isVisible()).isFalse();
        fx(() -> width.setText("50"));
        assertThat(error.getText()).isEqualTo(RenderOptions.WIDTH.rejection(50));
        assertThat(error.isVisible()).isTrue();
        assertThat(form.validProperty().get()).isFalse();
    }

    @Test
    void everyElementSwitchIsAViewMenuItemWithItsLabel(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<MenuItem> items = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            items.addAll(m.getItems());
        }
        for (ElementSwitch e : RenderOptions.ELEMENTS) {
            assertThat(items).as(e.key()).filteredOn(i -> e.controlId().equals(i.getId()))
                    .singleElement().satisfies(i -> assertThat(i.getText()).isEqualTo(e.menuLabel()));
        }
    }

    @Test
    void everyEnergyClassFieldIsAColumnHeaderWithItsTooltip(FxRobot robot) {
        for (EnergyClassField f : EnergyClassFields.ALL) {
            Label header = robot.lookup("#class-header-" + f.key()).queryAs(Label.class);
            assertThat(header.getTooltip().getText()).isEqualTo(f.tooltip());
        }
        TextField lo = robot.lookup("#class-GeV-lo").queryAs(TextField.class);
        assertThat(lo.getTooltip().getText()).startsWith(EnergyClassFields.T_LO.tooltip());
    }
}
