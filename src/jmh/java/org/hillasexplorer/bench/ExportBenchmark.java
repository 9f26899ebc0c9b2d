package org.hillasexplorer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.export.ExportException;
import org.hillasexplorer.export.FigureExporter;
import org.hillasexplorer.figure.CandidateLayer;
import org.hillasexplorer.figure.CatalogLayers;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.Figures;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.jfree.chart.JFreeChart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process export of the ℓ_S–n_s plane at render's default 1000×720, the peer of matplotlib's {@code savefig} timed
 * inside Python (benchmarks/matplotlib_peer.py --savefig-bench): the chart exists, each call draws every element into
 * a new SVG/PDF document, embeds the figure state and writes the file atomically. Sampled: the median is p0.50.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class ExportBenchmark {
    private JFreeChart chart;
    private Path dir;
    private Path svg;
    private Path pdf;
    private final Map<String, String> metadata = Map.of("hillas-explorer.state", "{\"view\":\"ns\"}");

    @Setup
    public void setUp() throws IOException {
        Plane p = Plane.NUMBER_DENSITY;
        List<CandidateLayer> boxes = CatalogLayers.on(p, List.of(CatalogReader.readBuiltin()));
        chart = Figures.chart(FigureOptions.View.NUMBER_DENSITY, Scenario.defaults(), boxes, List.of(), FigureOptions.defaults(p));
        dir = Files.createTempDirectory("hx-export-bench");
        svg = dir.resolve("b.svg");
        pdf = dir.resolve("b.pdf");
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(svg);
        Files.deleteIfExists(pdf);
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public Path svg() throws ExportException {
        FigureExporter.write(chart, svg, 1000, 720, 2, metadata);
        return svg;
    }

    @Benchmark
    public Path pdf() throws ExportException {
        FigureExporter.write(chart, pdf, 1000, 720, 2, metadata);
        return pdf;
    }
}
