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
 * One full 1600×1000 frame of a plane, as a slider step costs: update the existing chart for a new scenario
 * and draw it into an image (target: &lt; 10 ms median). Sampled mode gives the median (p0.50).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class RenderBenchmark {
    @Param({"ns", "fv"})
    public String plane;

    private JFreeChart chart;
    private List<CandidateLayer> boxes;
    private FigureOptions options;
    private BufferedImage image;
    private Graphics2D g2;
    private double delta = 0.3;

    @Setup
    public void setUp() {
        Plane p = Plane.fromKey(plane);
        List<Catalog> catalogs = List.of(CatalogReader.readBuiltin());
        boxes = CatalogLayers.on(p, catalogs);
        options = FigureOptions.defaults(p);
        chart = Figures.chart(FigureSpec.of(Scenario.defaults(), boxes, List.of(), options));
        image = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_ARGB);
        g2 = image.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    @TearDown
    public void tearDown() {
        g2.dispose();
    }

    /** Recompute for a new δ_s and redraw the whole frame. */
    @Benchmark
    public BufferedImage updateAndDrawFrame() {
        delta = delta >= 0.7 ? 0.3 : delta + 1e-3;
        Figures.update(chart, FigureSpec.of(Scenario.defaults().with(Parameters.DELTA_S, delta), boxes, List.of(), options));
        chart.draw(g2, new Rectangle2D.Double(0, 0, 1600, 1000));
        return image;
    }
}
