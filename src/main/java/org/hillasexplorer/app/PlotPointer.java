package org.hillasexplorer.app;

import java.awt.geom.Rectangle2D;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;
import org.hillasexplorer.figure.CandidateLayer;
import org.hillasexplorer.physics.Plane;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.MouseHandlerFX;
import org.jfree.chart.fx.interaction.PanHandlerFX;
import org.jfree.chart.fx.interaction.ZoomHandlerFX;
import org.jfree.chart.plot.XYPlot;

/**
 * The mouse on the planes of {@link PlotArea}: drag pans, Shift+drag zooms to a box, the wheel zooms in on wheel up,
 * a double click resets the view, each gesture (press to release, or a run of wheel clicks) one undo step; the pointer
 * position is read out ({@link ReadoutViewModel}) and a candidate box under it is highlighted, its details in a tooltip.
 */
final class PlotPointer {
    /** Wheel clicks closer together than this are one zoom (one undo step). */
    private static final Duration WHEEL_GESTURE = Duration.millis(600);

    private final ExplorerModel model;
    private final ReadoutViewModel readout;
    private final Function<Plane, ChartViewer> viewers;
    private final Function<Plane, CandidateLayer> hovered;
    private final BiConsumer<Plane, CandidateLayer> setHovered;
    private final Runnable resetView;
    private final Tooltip boxTip = new Tooltip();
    private final PauseTransition wheelQuiet = new PauseTransition(WHEEL_GESTURE);
    private ExplorerModel.Gesture pointerGesture;
    private ExplorerModel.Gesture wheelGesture;

    /**
     * @param viewers the chart viewer of a plane
     * @param hovered the candidate highlighted on a plane now, or null
     * @param setHovered highlights a candidate on a plane (null to clear)
     * @param resetView back to the automatic view
     */
    PlotPointer(ExplorerModel model, ReadoutViewModel readout, Function<Plane, ChartViewer> viewers,
            Function<Plane, CandidateLayer> hovered, BiConsumer<Plane, CandidateLayer> setHovered, Runnable resetView) {
        this.model = model;
        this.readout = readout;
        this.viewers = viewers;
        this.hovered = hovered;
        this.setHovered = setHovered;
        this.resetView = resetView;
        boxTip.setShowDelay(Duration.ZERO);
        boxTip.setWrapText(true);
        boxTip.setMaxWidth(460);
        wheelQuiet.setOnFinished(e -> {
            if (wheelGesture != null) {
                wheelGesture.end();
                wheelGesture = null;
            }
        });
    }

    /** Gives the viewer of plane {@code p} the pan, zoom, wheel, hover and double-click handling. */
    void configure(ChartViewer viewer, Plane p) {
        ChartCanvas canvas = viewer.getCanvas();
        for (String id : new String[] {"pan", "zoom"}) {
            MouseHandlerFX h = canvas.getMouseHandler(id);
            if (h != null) {
                canvas.removeMouseHandler(h);
            }
        }
        canvas.addMouseHandler(new PanHandlerFX("pan", false, false, false, false));
        canvas.addMouseHandler(new ZoomHandlerFX("zoom", viewer, false, false, false, true));
        replaceWheelZoom(canvas);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointerMoved(p, e));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointerLeft(p));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                resetView.run();
            }
        });
        // a pan or a zoom box, from press to release, is one undo step; so is a run of wheel clicks
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> pointerGesture = model.beginGesture());
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            ExplorerModel.Gesture g = pointerGesture;
            if (g != null) {
                Platform.runLater(g::end); // after the chart's own handler has applied a zoom box
            }
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (wheelGesture == null) {
                wheelGesture = model.beginGesture();
            }
            wheelQuiet.playFromStart();
        });
    }

    /** Wheel up zooms in, as in maps and GeoGebra ({@link WheelZoomHandler}), instead of JFreeChart's wheel-up zoom out. */
    private static void replaceWheelZoom(ChartCanvas canvas) {
        MouseHandlerFX theirs = canvas.getMouseHandler(WheelZoomHandler.ID);
        if (theirs != null) {
            canvas.removeAuxiliaryMouseHandler(theirs);
        }
        canvas.addAuxiliaryMouseHandler(new WheelZoomHandler());
    }

    /** Data coordinates (linear units) under a canvas point, or empty outside the data area. */
    Optional<double[]> dataAt(Plane p, double canvasX, double canvasY) {
        ChartCanvas canvas = viewers.apply(p).getCanvas();
        if (canvas.getRenderingInfo() == null) {
            return Optional.empty();
        }
        Rectangle2D area = canvas.getRenderingInfo().getPlotInfo().getDataArea();
        if (!area.contains(canvasX, canvasY)) {
            return Optional.empty();
        }
        XYPlot plot = viewers.apply(p).getChart().getXYPlot();
        double x = plot.getDomainAxis().java2DToValue(canvasX, area, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().java2DToValue(canvasY, area, plot.getRangeAxisEdge());
        return x > 0 && y > 0 && Double.isFinite(x) && Double.isFinite(y) ? Optional.of(new double[] {x, y}) : Optional.empty();
    }

    private void pointerMoved(Plane p, MouseEvent e) {
        Optional<double[]> at = dataAt(p, e.getX(), e.getY());
        if (at.isEmpty()) {
            pointerLeft(p);
            return;
        }
        CandidateLayer now = readout.pointerAt(p, at.get()[0], at.get()[1]).orElse(null);
        if (now != hovered.apply(p)) {
            setHovered.accept(p, now);
        }
        if (now != null) {
            Typeset.tooltip(boxTip, readout.details(now), 460);
            if (!boxTip.isShowing()) {
                boxTip.show(viewers.apply(p), e.getScreenX() + 14, e.getScreenY() + 14);
            } else {
                boxTip.setAnchorX(e.getScreenX() + 14);
                boxTip.setAnchorY(e.getScreenY() + 14);
            }
        } else {
            boxTip.hide();
        }
    }

    private void pointerLeft(Plane p) {
        readout.pointerLeft();
        boxTip.hide();
        if (hovered.apply(p) != null) {
            setHovered.accept(p, null);
        }
    }
}
