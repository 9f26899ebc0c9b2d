package org.hillasexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.hillasexplorer.export.CompositeExporter;
import org.hillasexplorer.export.ExportException;
import org.hillasexplorer.export.Sweep;
import org.hillasexplorer.export.SweepSpec;
import org.hillasexplorer.figure.CandidateLayer;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.figure.FigureSpec;
import org.hillasexplorer.figure.Figures;
import org.hillasexplorer.figure.ViewRange;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.Scenario;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine;

/** {@code render --sweep}: the movie half of {@link RenderCommand}, kept apart so that command stays small. */
final class SweepRender {
    static final String OPTION = "--sweep";

    private SweepRender() {
    }

    /** Parses {@code --sweep} and checks {@code --out} suits a sweep; one-line usage errors (exit 2) otherwise. */
    static SweepSpec parse(CommandLine cl, String text, Path out) {
        SweepSpec s;
        try {
            s = SweepSpec.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, OPTION + ": " + e.getMessage() + "; use " + SweepSpec.FORM);
        }
        try {
            if (Sweep.output(out) == Sweep.Output.PNG_FRAMES) {
                Sweep.framePaths(out, s.frames());
            }
        } catch (ExportException e) {
            throw new CommandLine.ParameterException(cl, "--out: " + e.getMessage());
        }
        return s;
    }

    /**
     * Renders the sweep with the figure options of a normal render. Without an explicit view the axes are fixed to
     * the union of every frame's automatic view, so they do not jump between frames. Prints progress to {@code err}
     * every ~10 %.
     */
    static void run(SweepSpec sweep, Scenario base, boolean rigidity, List<CandidateLayer> boxes,
                    List<Population> populations, FigureOptions options, Path out, int width, int height,
                    double scale, PrintWriter err) {
        FigureOptions fixed = options.view().isPresent() ? options : options.withView(unionView(sweep, base, rigidity,
                boxes, populations, options));
        FigureOptions.View view = view(rigidity, options);
        Function<Scenario, List<JFreeChart>> charts = s -> List.of(Figures.chart(view, s, boxes, populations, fixed));
        Sweep.Progress progress = new Sweep.Progress() {
            private int lastTenth = -1;

            @Override
            public void frameDone(int done, int total) {
                int tenth = done * 10 / total;
                if (tenth != lastTenth) {
                    lastTenth = tenth;
                    err.println("sweep " + sweep.parameter().key() + ": frame " + done + "/" + total
                            + " (" + (done * 100 / total) + " %)");
                }
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        try {
            Sweep.render(base, sweep, charts, CompositeExporter.Arrangement.SIDE_BY_SIDE, width, height, scale, out,
                    progress);
        } catch (ExportException e) {
            throw new Cli.CliFailure(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cli.CliFailure("cannot write " + out + ": interrupted");
        }
    }

    private static ViewRange unionView(SweepSpec sweep, Scenario base, boolean rigidity, List<CandidateLayer> boxes,
                                       List<Population> populations, FigureOptions options) {
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        ViewRange first = null;
        for (double v : sweep.values()) {
            Scenario s = base.with(sweep.parameter(), v);
            ViewRange r = FigureSpec.autoRange(view(rigidity, options), s, boxes, populations, options);
            first = first == null ? r : first;
            b[0] = Math.min(b[0], r.log10XMin());
            b[1] = Math.max(b[1], r.log10XMax());
            b[2] = Math.min(b[2], r.log10YMin());
            b[3] = Math.max(b[3], r.log10YMax());
        }
        try {
            return new ViewRange(b[0], b[1], b[2], b[3]);
        } catch (IllegalArgumentException e) {
            return first; // too wide to show at once: the first frame's view
        }
    }

    /** The view a sweep draws: the rigidity view, or the plane of {@code options}. */
    private static FigureOptions.View view(boolean rigidity, FigureOptions options) {
        return rigidity ? FigureOptions.View.RIGIDITY : FigureOptions.View.of(options.plane());
    }
}
