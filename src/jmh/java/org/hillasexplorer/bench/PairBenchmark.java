package org.hillasexplorer.bench;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hillasexplorer.catalog.Catalog;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.figure.CandidateLayer;
import org.hillasexplorer.figure.CatalogLayers;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.FigureSpec;
import org.hillasexplorer.figure.Figures;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One slider step of the window's plots (issue 11: "slider step → both planes updated and drawn at 1600×1000:
 * ≤ 3 ms median for the pair, ≤ 5 ms p99; with the rigidity view ≤ 4 ms"): a new scenario (δ_s moved), a
 * {@link FigureSpec} for each shown plot, {@link Figures#update} of each existing chart, and each chart drawn into
 * an image with antialiasing on.
 *
 * <p>{@code views}: {@code pair} (ℓ_S–n_s and ℓ_S–f_V) or {@code pair+rigidity} (and ℓ_mfp against R).
 * {@code size}: {@code each} draws every plot at 1600×1000 (the sum of two full frames); {@code split} shares
 * one 1600×1000 frame as the window lays them out (two 800×1000 side by side; with the rigidity view the planes
 * 800×500 on top and the rigidity view 1600×500 below). {@code info}: whether the draw collects a
 * {@link ChartRenderingInfo} (entities for tooltips and clicks), as JFreeChart-FX's {@code ChartCanvas} does on
 * every draw. Sampled mode gives the median (p0.50) and p0.99.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class PairBenchmark {
    @Param({"pair", "pair+rigidity"})
    public String views;

    @Param({"each", "split"})
    public String size;

    @Param({"false", "true"})
    public boolean info;

    private List<CandidateLayer> nsBoxes;
    private List<CandidateLayer> fvBoxes;
    private FigureOptions nsOptions;
    private FigureOptions fvOptions;
    private JFreeChart ns;
    private JFreeChart fv;
    private JFreeChart rigidity;
    private BufferedImage[] images;
    private Graphics2D[] g2;
    private Rectangle2D[] areas;
    private double delta = 0.3;

    @Setup
    public void setUp() {
        List<Catalog> catalogs = List.of(CatalogReader.readBuiltin());
        nsBoxes = CatalogLayers.on(Plane.NUMBER_DENSITY, catalogs);
        fvBoxes = CatalogLayers.on(Plane.FILLING_FACTOR, catalogs);
        nsOptions = FigureOptions.defaults(Plane.NUMBER_DENSITY);
        fvOptions = FigureOptions.defaults(Plane.FILLING_FACTOR);
        Scenario s = Scenario.defaults();
        ns = Figures.chart(FigureSpec.of(s, nsBoxes, List.of(), nsOptions));
        fv = Figures.chart(FigureSpec.of(s, fvBoxes, List.of(), fvOptions));
        boolean withRigidity = views.equals("pair+rigidity");
        if (withRigidity) {
            rigidity = Figures.chart(FigureOptions.View.RIGIDITY, s, nsBoxes, List.of(), nsOptions);
        }
        int n = withRigidity ? 3 : 2;
        areas = new Rectangle2D[n];
        if (size.equals("each")) {
            for (int i = 0; i < n; i++) {
                areas[i] = new Rectangle2D.Double(0, 0, 1600, 1000);
            }
        } else if (withRigidity) {
            areas[0] = new Rectangle2D.Double(0, 0, 800, 500);
            areas[1] = new Rectangle2D.Double(0, 0, 800, 500);
            areas[2] = new Rectangle2D.Double(0, 0, 1600, 500);
        } else {
            areas[0] = new Rectangle2D.Double(0, 0, 800, 1000);
            areas[1] = new Rectangle2D.Double(0, 0, 800, 1000);
        }
        images = new BufferedImage[n];
        g2 = new Graphics2D[n];
        for (int i = 0; i < n; i++) {
            images[i] = new BufferedImage((int) areas[i].getWidth(), (int) areas[i].getHeight(), BufferedImage.TYPE_INT_ARGB);
            g2[i] = images[i].createGraphics();
            g2[i].setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2[i].setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        }
    }

    @TearDown
    public void tearDown() {
        for (Graphics2D g : g2) {
            g.dispose();
        }
    }

    /** Move δ_s one step, recompute every shown plot's spec and redraw them all. */
    @Benchmark
    public BufferedImage[] sliderStep() {
        delta = delta >= 0.7 ? 0.3 : delta + 1e-3;
        Scenario s = Scenario.defaults().with(Parameters.DELTA_S, delta);
        Figures.update(ns, FigureSpec.of(s, nsBoxes, List.of(), nsOptions));
        Figures.update(fv, FigureSpec.of(s, fvBoxes, List.of(), fvOptions));
        draw(ns, 0);
        draw(fv, 1);
        if (rigidity != null) {
            Figures.update(rigidity, FigureSpec.of(FigureOptions.View.RIGIDITY, s, nsBoxes, List.of(), nsOptions));
            draw(rigidity, 2);
        }
        return images;
    }

    private void draw(JFreeChart chart, int i) {
        chart.draw(g2[i], areas[i], null, info ? new ChartRenderingInfo() : null);
    }
}
