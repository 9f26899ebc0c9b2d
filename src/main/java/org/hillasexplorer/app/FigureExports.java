package org.hillasexplorer.app;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.hillasexplorer.catalog.CatalogEntry;
import org.hillasexplorer.export.BandCsv;
import org.hillasexplorer.export.CompositeExporter;
import org.hillasexplorer.export.ExportException;
import org.hillasexplorer.export.FigureExporter;
import org.hillasexplorer.export.TableExporter;
import org.hillasexplorer.physics.BandGeometry;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.session.CatalogueExports;
import org.hillasexplorer.session.FigureState;
import org.hillasexplorer.session.RenderCommandLine;
import org.hillasexplorer.session.ScenarioFileException;
import org.jfree.chart.JFreeChart;

/**
 * Everything the window writes of what it shows, without asking where: figures that restore themselves, band CSV,
 * tables, references, the clipboard, and the {@code render} command that makes the same figure.
 */
final class FigureExports {
    /** What a table export holds. */
    enum TableContent {
        BANDS_NS("band polygons, ℓ_S–n_s plane"), BANDS_FV("band polygons, ℓ_S–f_V plane"),
        CATALOGUE("catalogue with verdicts"), QUANTITIES("derived quantities (1 MeV–10 TeV)");

        final String text;

        TableContent(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * The sizes the export dialog offers, in pt (1/72 in; the units of the CLI's {@code --width/--height}, and pixels of
     * a PNG at scale 1). A journal column sets the width and stacks the plots; a slide is 16:9 with the plots side by
     * side. Each plot of a journal figure gets a square: a landscape plot (about 3:2) with its legend under it, which
     * a plot this small cannot hold inside ({@code LegendBelow}).
     */
    enum SizePreset {
        SCREEN("as on screen"), SINGLE_COLUMN("journal single column, 3.5 in (252 pt)"),
        DOUBLE_COLUMN("journal double column, 7 in (504 pt)"), SLIDE("slide 16:9, 13.33 × 7.5 in (960 × 540 pt)"),
        CUSTOM("custom width × height");

        final String text;

        SizePreset(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** A figure of {@code charts} plots at a size: the whole figure [pt], and how the plots are arranged. */
    record FigureSize(double widthPt, double heightPt, CompositeExporter.Arrangement arrangement, SizePreset preset) {
        FigureSize {
            if (!(widthPt >= 72 && widthPt <= 10000 && heightPt >= 72 && heightPt <= 10000)) {
                throw new IllegalArgumentException("figure size " + Math.round(widthPt) + " × " + Math.round(heightPt)
                        + " pt is outside 72–10000 pt (1–139 in) per side");
            }
        }

        int columns(int charts) {
            return arrangement == CompositeExporter.Arrangement.STACKED ? 1 : charts;
        }

        int rows(int charts) {
            return arrangement == CompositeExporter.Arrangement.STACKED ? charts : 1;
        }

        /** Width of one plot [pt]. */
        double chartWidth(int charts) {
            return widthPt / columns(charts);
        }

        /** Height of one plot [pt]. */
        double chartHeight(int charts) {
            return heightPt / rows(charts);
        }

        /**
         * How much the window's fonts and lines shrink for this size: in proportion to a plot of 560 × 420 pt (the
         * size below which the window drops its legend), never below 0.62 (so a journal column keeps 7–8 pt type) nor
         * above 1; a slide keeps the window's sizes.
         */
        double styleScale(int charts) {
            if (preset == SizePreset.SLIDE) {
                return 1;
            }
            double k = Math.min(chartWidth(charts) / PlotsViewModel.LEGEND_MIN_WIDTH, chartHeight(charts) / 420);
            return Math.max(0.62, Math.min(1, k));
        }
    }

    /**
     * The size of {@code preset} for {@code charts} plots; {@code screen} (the size per plot on screen [px]) and the
     * window's {@code arrangement} serve {@link SizePreset#SCREEN} and {@link SizePreset#CUSTOM}.
     */
    static FigureSize size(SizePreset preset, int charts, int[] screen, CompositeExporter.Arrangement arrangement) {
        int n = Math.max(1, charts);
        return switch (preset) {
            case SINGLE_COLUMN -> new FigureSize(252, 252.0 * n, CompositeExporter.Arrangement.STACKED, preset);
            case DOUBLE_COLUMN -> new FigureSize(504, 252, CompositeExporter.Arrangement.SIDE_BY_SIDE, preset);
            case SLIDE -> new FigureSize(960, 540, CompositeExporter.Arrangement.SIDE_BY_SIDE, preset);
            case SCREEN, CUSTOM -> {
                boolean stacked = arrangement == CompositeExporter.Arrangement.STACKED;
                yield new FigureSize(screen[0] * (stacked ? 1 : n), screen[1] * (stacked ? n : 1), arrangement, preset);
            }
        };
    }

    private final ExplorerModel model;
    private final ShownFigures figures;
    private final CatalogueViewModel catalogue;
    private final UserCatalogs userCatalogs;
    private final Appearance look;
    private final Notices notices;

    FigureExports(ExplorerModel model, ShownFigures figures, CatalogueViewModel catalogue, UserCatalogs userCatalogs,
                  Appearance look, Notices notices) {
        this.model = model;
        this.figures = figures;
        this.catalogue = catalogue;
        this.userCatalogs = userCatalogs;
        this.look = look;
        this.notices = notices;
    }

    ShownFigures figures() {
        return figures;
    }

    /** The figure style shown, as {@code render --style} names it. */
    String styleName() {
        return look.styleName();
    }

    /** Writes the figure; the format follows the extension (.png, .svg, .pdf). Throws with a clear message on failure. */
    void exportFigure(ShownFigures.Target target, Path file, int widthPerChart, int heightPerChart, double scale)
            throws ExportException {
        List<JFreeChart> charts = figures.charts(target);
        var metadata = figureMetadata(target, charts.size(), widthPerChart, heightPerChart, scale);
        if (charts.size() == 1) {
            FigureExporter.write(charts.get(0), file, widthPerChart, heightPerChart, scale, metadata);
        } else {
            CompositeExporter.write(charts, figures.arrangement(), file, widthPerChart, heightPerChart, scale, metadata);
        }
    }

    /**
     * Writes the figure laid out for {@code size} (the whole figure, all plots): each plot gets its share, fonts and
     * lines in proportion ({@link FigureSize#styleScale}), and the legend whenever View → Legend is on, however small
     * the plots are on screen (in the plot, or under it when the plot has no room); a journal size leaves out the
     * titles, which the caption replaces. The format follows the extension (.png, .svg, .pdf); {@code pngScale} multiplies the
     * pixels of a PNG.
     */
    void exportFigure(ShownFigures.Target target, Path file, FigureSize size, double pngScale) throws ExportException {
        int n = figures.charts(target).size();
        double k = size.styleScale(n);
        boolean legend = model.shownElements().contains(org.hillasexplorer.figure.FigureOptions.Element.LEGEND);
        // a journal figure's caption says what the title would: the plots get its room
        boolean journal = size.preset() == SizePreset.SINGLE_COLUMN || size.preset() == SizePreset.DOUBLE_COLUMN;
        List<JFreeChart> charts = figures.charts(target, o -> {
            var sized = o.withStyle(o.style().scaled(k)).with(org.hillasexplorer.figure.FigureOptions.Element.LEGEND, legend);
            return journal ? sized.with(org.hillasexplorer.figure.FigureOptions.Element.TITLE, false) : sized;
        });
        int w = (int) Math.round(size.chartWidth(n));
        int h = (int) Math.round(size.chartHeight(n));
        var metadata = figureMetadata(target, charts.size(), w, h, pngScale);
        if (charts.size() == 1) {
            FigureExporter.write(charts.get(0), file, w, h, pngScale, metadata);
        } else {
            CompositeExporter.write(charts, size.arrangement(), file, w, h, pngScale, metadata);
        }
    }

    /** The state a figure carries, so that opening it restores this window. */
    private Map<String, String> figureMetadata(ShownFigures.Target target, int charts, int w, int h, double scale) {
        List<Plane> planes = figures.visiblePlanes();
        String view = charts > 1 ? "composite" : switch (target) {
            case NUMBER_DENSITY -> "ns";
            case FILLING_FACTOR -> "fv";
            case RIGIDITY -> "rigidity";
            case BOTH -> figures.rigidityShown() && planes.isEmpty() ? "rigidity" : planes.get(0).key();
        };
        return FigureState.metadata(figures.stateWithViews(), view, w, h, scale, look.styleName(), catalogIdentities());
    }

    private List<FigureState.CatalogIdentity> catalogIdentities() {
        List<FigureState.CatalogIdentity> out = new ArrayList<>();
        out.add(FigureState.CatalogIdentity.ofBuiltin());
        for (Path f : userCatalogs.files()) {
            try {
                out.add(FigureState.CatalogIdentity.ofFile(f));
            } catch (ScenarioFileException gone) {
                // a catalogue deleted since it was added: the figure simply does not name it
            }
        }
        return out;
    }

    /** The exact {@code render} command that reproduces the current {@code view} ("ns", "fv", "rigidity"). */
    String commandForCurrentView(String view) {
        int[] size = figures.size(figures.firstPlane(), 400, 300);
        return RenderCommandLine.of(figures.stateWithViews(), view, size[0], size[1], 2, look.styleName(),
                "hillas-" + view + ".png");
    }

    /** Puts the render command for the first visible plot on the clipboard. */
    void copyCommand() {
        String cmd = commandForCurrentView(figures.firstPlane().key());
        ClipboardContent content = new ClipboardContent();
        content.putString(cmd);
        Clipboard.getSystemClipboard().setContent(content);
        notices.notice("Copied: " + cmd);
    }

    /** Puts the figure on the clipboard as an image, at twice the on-screen size for crisp pasting. */
    void copyFigure(ShownFigures.Target target) {
        List<JFreeChart> charts = figures.charts(target);
        Plane first = charts.size() == 1 && target == ShownFigures.Target.FILLING_FACTOR ? Plane.FILLING_FACTOR : figures.firstPlane();
        int[] size = figures.size(first, 400, 300);
        BufferedImage img = charts.size() == 1 ? FigureExporter.render(charts.get(0), size[0], size[1], 2)
                : CompositeExporter.render(charts, figures.arrangement(), size[0], size[1], 2);
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(img, null));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Writes the band polygons of {@code plane} as CSV (the CLI's {@code bands} format). */
    void exportBands(Plane plane, Path file) throws ExportException {
        BandCsv.write(BandGeometry.bands(model.scenario(), plane), file);
    }

    /** The catalogue entries visible on the plots now (the references a figure needs). */
    List<CatalogEntry> visibleEntries() {
        return catalogue.visibleEntries(figures.visiblePlanes());
    }

    /** Writes a BibTeX file of every catalogue entry visible on the plots, plus the paper itself. */
    void exportReferences(Path file) throws ExportException {
        CatalogueExports.writeBibTeX(visibleEntries(), file);
    }

    /** Writes a table with units; ECSV or VOTable by the extension (.ecsv, .vot, .votable, .xml). */
    void exportTable(TableContent what, Path file) throws ExportException {
        var s = model.scenario();
        switch (what) {
            case BANDS_NS -> TableExporter.writeBands(BandGeometry.bands(s, Plane.NUMBER_DENSITY), Plane.NUMBER_DENSITY, s, file);
            case BANDS_FV -> TableExporter.writeBands(BandGeometry.bands(s, Plane.FILLING_FACTOR), Plane.FILLING_FACTOR, s, file);
            case CATALOGUE -> CatalogueExports.writeVerdictTable(
                    model.catalogs().stream().flatMap(c -> c.entries().stream()).toList(), s, file);
            case QUANTITIES -> TableExporter.writeQuantities(s, List.of(1e-3, 1e-2, 0.1, 1.0, 10.0, 100.0, 1e3, 1e4), file);
        }
    }
}
