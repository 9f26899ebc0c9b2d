package org.hillasexplorer.app;

import java.util.List;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.RowConstraints;
import javafx.stage.Stage;
import org.hillasexplorer.catalog.Catalog;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.figure.CatalogLayers;
import org.hillasexplorer.figure.FigureBuilder;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.jfree.chart.fx.ChartViewer;

/** The main window: both planes of the paper's "Hillas plot" side by side at the paper's defaults. */
public final class HillasApp extends Application {

    @Override
    public void start(Stage stage) {
        Scenario scenario = Scenario.defaults();
        List<Catalog> catalogs = List.of(CatalogReader.readBuiltin());
        GridPane planes = new GridPane();
        int col = 0;
        for (Plane plane : Plane.values()) {
            ChartViewer viewer = new ChartViewer(FigureBuilder.build(scenario, CatalogLayers.on(plane, catalogs),
                    FigureOptions.defaults(plane)));
            viewer.setId("chart-" + plane.key());
            planes.add(viewer, col++, 0);
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(50);
            cc.setHgrow(Priority.ALWAYS);
            planes.getColumnConstraints().add(cc);
        }
        RowConstraints rc = new RowConstraints();
        rc.setVgrow(Priority.ALWAYS);
        planes.getRowConstraints().add(rc);
        Label status = new Label("Paper defaults: " + scenario.energyClasses().size() + " energy classes, "
                + catalogs.get(0).entries().size() + " catalogue entries (Butsky et al. 2024, Figs. 2–3)");
        status.setPadding(new Insets(4, 8, 4, 8));
        BorderPane root = new BorderPane(planes);
        root.setBottom(status);
        stage.setTitle("Hillas Explorer — patchy cosmic-ray scattering");
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(root, Math.min(1500, screen.getWidth()), Math.min(720, screen.getHeight())));
        stage.show();
    }
}
