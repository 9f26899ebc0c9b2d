package org.hillasexplorer.app;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.hillasexplorer.figure.CandidateLayer;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.FigureSpec;
import org.hillasexplorer.figure.Shading;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.session.Layout;
import org.hillasexplorer.teaching.Highlight;

/**
 * The plots without their charts: the layout, the third plot, each plane's view (ℓ_S ranges linked), the optional
 * figure elements, the figure options they make, the ghost of an earlier scenario, the tour's highlights and the
 * envelopes shaded around the bands when a parameter is uncertain.
 */
final class PlotsViewModel {
    /**
     * Below this size [px] a legend would hide much of the plot, so the window leaves it out (and so does an export).
     * The plot area arranges the plots ({@link PlotArrangement}) so that from a 1280 × 720 window up each plane is at
     * least this big.
     */
    static final double LEGEND_MIN_WIDTH = 420;
    static final double LEGEND_MIN_HEIGHT = 250;

    private final ExplorerModel model;
    private final Appearance look;
    private final BooleanProperty rigidityView = new SimpleBooleanProperty(this, "rigidityView", false);
    private final BooleanProperty ghostShown = new SimpleBooleanProperty(this, "ghostShown", false);
    private final BooleanProperty ghostPinned = new SimpleBooleanProperty(this, "ghostPinned", false);
    private final ReadOnlyObjectWrapper<Scenario> ghost = new ReadOnlyObjectWrapper<>(this, "ghost");
    private final ObjectProperty<List<Highlight>> highlights = new SimpleObjectProperty<>(this, "highlights", List.of());
    private final ReadOnlyObjectWrapper<Shading> shading = new ReadOnlyObjectWrapper<>(this, "shading", Shading.NONE);
    private EnvelopeService envelopes;
    private final BooleanProperty lockAxes = new SimpleBooleanProperty(this, "lockAxes", false);
    private final ReadOnlyObjectWrapper<Map<Plane, ViewRange>> frozen = new ReadOnlyObjectWrapper<>(this, "frozenViews");
    /** The lock setting of the window and of presentation mode (each remembered; presentation locks by default). */
    private final boolean[] lockByMode = {false, true};
    private AppPreferences prefs;

    PlotsViewModel(ExplorerModel model, Appearance look) {
        this.model = model;
        this.look = look;
        // the frame holds still while a slider (or anything else) is dragged; it refits on release unless locked
        model.gestureUnderWayProperty().addListener((o, was, is) -> {
            if (is) {
                freeze();
            } else if (!lockAxes.get()) {
                frozen.set(null);
            }
        });
        lockAxes.set(lockByMode[look.presentationProperty().get() ? 1 : 0]);
        lockAxes.addListener((o, was, is) -> {
            int mode = look.presentationProperty().get() ? 1 : 0;
            lockByMode[mode] = is;
            if (prefs != null) {
                prefs.saveLockAxes(mode == 1, is);
            }
            if (is) {
                freeze();
            } else if (!model.inGesture()) {
                frozen.set(null);
            }
        });
        look.presentationProperty().addListener((o, was, is) -> lockAxes.set(lockByMode[is ? 1 : 0]));
        // unless pinned, the ghost is the scenario before the last step that changed it (a whole drag is one step)
        model.scenarioProperty().addListener((o, a, b) -> {
            if (!ghostPinned.get()) {
                ghost.set(model.stepStart().scenario());
            }
        });
    }

    ExplorerModel model() {
        return model;
    }

    Appearance appearance() {
        return look;
    }

    // ---------------------------------------------------------------- layout

    ReadOnlyObjectProperty<Layout> layoutProperty() {
        return model.layoutProperty();
    }

    void setLayout(Layout l) {
        model.update(s -> s.withLayout(l));
    }

    /** Planes visible in the current layout. */
    List<Plane> visiblePlanes() {
        return planes(model.layout());
    }

    /** Planes visible in {@code layout}, in the order they are drawn. */
    static List<Plane> planes(Layout layout) {
        return switch (layout) {
            case NUMBER_DENSITY_ONLY -> List.of(Plane.NUMBER_DENSITY);
            case FILLING_FACTOR_ONLY -> List.of(Plane.FILLING_FACTOR);
            default -> List.of(Plane.NUMBER_DENSITY, Plane.FILLING_FACTOR);
        };
    }

    /** Whether the third plot, ℓ_mfp against rigidity, is shown (a window setting, not saved). */
    BooleanProperty rigidityViewProperty() {
        return rigidityView;
    }

    // ---------------------------------------------------------------- views

    ReadOnlyObjectProperty<Map<Plane, ViewRange>> viewsProperty() {
        return model.viewsProperty();
    }

    /** Back to the automatic view on both planes (one undo step); with the axes locked, they lock at that view. */
    void resetView() {
        frozen.set(null);
        model.update(s -> ExplorerModel.withViews(s, Map.of()));
        if (lockAxes.get() || model.inGesture()) {
            freeze();
        }
    }

    // ---------------------------------------------------------------- lock axes

    /**
     * View → Lock axes: the automatic view stays where it is when the state changes — during a drag and after it —
     * until the view is reset. Off, the axes still hold still during a drag (so a band is seen moving against a
     * fixed frame) and refit when it ends. Remembered apart for presentation mode, where it is on by default.
     */
    BooleanProperty lockAxesProperty() {
        return lockAxes;
    }

    /** Loads and from now on saves the lock setting in {@code p}. */
    void usePreferences(AppPreferences p) {
        lockByMode[0] = p.lockAxes(false);
        lockByMode[1] = p.lockAxes(true);
        lockAxes.set(lockByMode[look.presentationProperty().get() ? 1 : 0]);
        prefs = p;
    }

    /**
     * The views the automatic ones are frozen at (during a drag, or while the axes are locked), or null when the
     * automatic view follows the state.
     */
    ReadOnlyObjectProperty<Map<Plane, ViewRange>> frozenViewsProperty() {
        return frozen.getReadOnlyProperty();
    }

    /** Freezes the automatic views as they are now (if not frozen already). */
    private void freeze() {
        if (frozen.get() == null) {
            Map<Plane, ViewRange> v = new EnumMap<>(Plane.class);
            for (Plane p : Plane.values()) {
                v.put(p, effectiveView(p));
            }
            frozen.set(Map.copyOf(v));
        }
    }

    /** The user zoomed or panned {@code plane} to {@code range}: the other plane gets the same ℓ_S range. */
    void moveView(Plane plane, ViewRange range) {
        Plane other = plane == Plane.NUMBER_DENSITY ? Plane.FILLING_FACTOR : Plane.NUMBER_DENSITY;
        ViewRange theirs = effectiveView(other);
        Map<Plane, ViewRange> v = new EnumMap<>(Plane.class);
        v.put(plane, range);
        v.put(other, new ViewRange(range.log10XMin(), range.log10XMax(), theirs.log10YMin(), theirs.log10YMax()));
        model.update(s -> ExplorerModel.withViews(s, v));
    }

    /**
     * The view {@code p} shows now: the explicit one, else the frozen one (during a drag, or with the axes locked),
     * else the automatic one with the ℓ_S ranges of both made equal.
     */
    ViewRange effectiveView(Plane p) {
        ViewRange explicit = model.view(p);
        if (explicit != null) {
            return explicit;
        }
        if (frozen.get() != null) {
            return frozen.get().get(p);
        }
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        ViewRange own = null;
        for (Plane q : Plane.values()) {
            ViewRange auto = model.view(q) != null ? model.view(q)
                    : FigureSpec.autoRange(FigureOptions.View.of(q), model.scenario(), model.layers(q), List.of(), options(q, null));
            xMin = Math.min(xMin, auto.log10XMin());
            xMax = Math.max(xMax, auto.log10XMax());
            if (q == p) {
                own = auto;
            }
        }
        return new ViewRange(xMin, xMax, own.log10YMin(), own.log10YMax());
    }

    // ---------------------------------------------------------------- what is drawn

    ReadOnlyObjectProperty<Set<FigureOptions.Element>> shownElementsProperty() {
        return model.shownElementsProperty();
    }

    boolean shows(FigureOptions.Element e) {
        return model.shownElements().contains(e);
    }

    void setShown(FigureOptions.Element e, boolean shown) {
        model.update(s -> s.withShownElements(ExplorerModel.with(s.shownElements(), e, shown)));
    }

    /** The figure options of {@code plane}, with {@code view} as the explicit view (null: automatic). */
    FigureOptions options(Plane plane, ViewRange view) {
        FigureOptions o = FigureOptions.defaults(plane).withHiddenEnergyClasses(model.hiddenEnergyClasses())
                .withHiddenCandidates(model.hiddenCandidates()).withView(view).withStyle(look.style());
        for (FigureOptions.Element e : FigureOptions.Element.values()) {
            o = o.with(e, shows(e));
        }
        return o;
    }

    /**
     * {@code o} for a plot of {@code width} × {@code height} px: no legend on a small plot (it would cover most of
     * it) nor in presentation mode (the bands are labelled on the plot, and the legend's large type would cover data).
     * A plot not laid out yet (0 × 0) keeps it.
     */
    static FigureOptions fitLegend(FigureOptions o, double width, double height, boolean presentation) {
        return !legendFits(width, height) || presentation ? o.with(FigureOptions.Element.LEGEND, false) : o;
    }

    /** Where a plot's legend goes. */
    enum LegendPlace {
        /** In the plot's emptiest corner (the figure's own placement). */
        INSIDE,
        /** Beside the plot, in the room a cell wider than a landscape figure leaves. */
        RIGHT,
        /** Under the plot, its entries in rows. */
        BELOW,
        /** Nowhere: presentation mode, or no room at all. */
        NONE
    }

    /** Height [px] of one legend row, and width of one entry, at the paper's legend size (scale 1). */
    static final double LEGEND_ROW_PX = 14.5;
    static final double LEGEND_ENTRY_PX = 215;

    /**
     * Where the legend of {@code entries} entries goes on a plot of {@code width} × {@code height} px that has
     * {@code spare} px free beside it, its fonts scaled by {@code fontScale}: beside the plot if there is room, else
     * inside when it covers at most a sixth of the data area, else below it if the plot stays high enough for four
     * decade labels, else inside all the same (never dropped for want of room). Presentation mode has none: the
     * bands are labelled on the plot and its type is large. A plot not laid out yet keeps it inside.
     */
    static LegendPlace legendPlace(int entries, double width, double height, double spare, double fontScale,
                                   boolean presentation) {
        if (presentation || entries == 0) {
            return LegendPlace.NONE;
        }
        if (!(width > 0 && height > 0)) {
            return LegendPlace.INSIDE;
        }
        double rowPx = LEGEND_ROW_PX * fontScale;
        double legendW = LEGEND_ENTRY_PX * fontScale;
        double legendH = entries * rowPx + 12;
        double dataW = Math.max(1, width - 120);
        double dataH = Math.max(1, height - 115);
        if (spare >= legendW + 8 && legendH <= height - 20) {
            return LegendPlace.RIGHT; // room the landscape cap leaves anyway: the legend covers nothing there
        }
        if (legendW * legendH <= dataW * dataH / 6 && legendH <= 0.6 * dataH) {
            return LegendPlace.INSIDE;
        }
        int perRow = Math.max(1, (int) (dataW / legendW));
        double belowH = Math.ceil((double) entries / perRow) * rowPx + 16;
        if (height - belowH >= PlotArrangement.MIN_HEIGHT) {
            return LegendPlace.BELOW;
        }
        return LegendPlace.INSIDE;
    }

    /** Whether a plot of {@code width} × {@code height} px has room for a legend; a plot not laid out yet (0 × 0) has. */
    static boolean legendFits(double width, double height) {
        boolean laidOut = width > 0 && height > 0;
        return !laidOut || width >= LEGEND_MIN_WIDTH && height >= LEGEND_MIN_HEIGHT;
    }

    List<CandidateLayer> layers(Plane plane) {
        return model.layers(plane);
    }

    // ---------------------------------------------------------------- envelopes

    /** Shades the envelopes {@code service} computes (without it, none are drawn). */
    void showShading(EnvelopeService service) {
        envelopes = service;
        shading.bind(javafx.beans.binding.Bindings.createObjectBinding(() -> service.result().shading(),
                service.resultProperty()));
    }

    /** The envelopes drawn now: the latest computed (during a drag, from fewer samples), {@link Shading#NONE} if none. */
    ReadOnlyObjectProperty<Shading> shadingProperty() {
        return shading.getReadOnlyProperty();
    }

    Shading shading() {
        return shading.get();
    }

    /** The envelopes of the state now at its full sample count, computed now if need be (for exports). */
    Shading exactShading() {
        return envelopes == null ? Shading.NONE : envelopes.current();
    }

    // ---------------------------------------------------------------- ghost and highlights

    /** Whether the faint outline of an earlier scenario is drawn. */
    BooleanProperty ghostShownProperty() {
        return ghostShown;
    }

    /** Whether the ghost is a pinned reference rather than the scenario before the last change. */
    BooleanProperty ghostPinnedProperty() {
        return ghostPinned;
    }

    /** The scenario the ghost outlines (null before any change). */
    ReadOnlyObjectProperty<Scenario> ghostProperty() {
        return ghost.getReadOnlyProperty();
    }

    /** Pins the current scenario as the reference the ghost shows until unpinned. */
    void pinGhost() {
        ghost.set(model.scenario());
        ghostPinned.set(true);
        ghostShown.set(true);
    }

    /** Regions a tour step outlines; empty for none. */
    ObjectProperty<List<Highlight>> highlightsProperty() {
        return highlights;
    }
}
