package org.hillasexplorer.app;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hillasexplorer.catalog.CatalogEntry;
import org.hillasexplorer.figure.CandidateLayer;
import org.hillasexplorer.figure.FigureBuilder;
import org.hillasexplorer.figure.FigureOptions;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.PointReadout;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Units;

/**
 * The status bar and the hover details without the window: what the pointer is over (ℓ_S, the value and, per
 * class, the implied against the required ℓ_mfp), the box under it, and short notices.
 */
final class ReadoutViewModel {
    /** The status bar when the pointer is over no plot and no notice is up. */
    static final String HINT = "Move the pointer over a plane for a readout · drag pans · Shift+drag zooms to a box · "
            + "wheel zooms · double-click resets";

    private final ExplorerModel model;
    private final PlotsViewModel plots;
    private final StringProperty readout = new SimpleStringProperty(this, "readout", "");
    private final StringBinding status = Bindings.createStringBinding(() -> readout.get().isEmpty() ? HINT : readout.get(),
            readout);

    ReadoutViewModel(ExplorerModel model, PlotsViewModel plots) {
        this.model = model;
        this.plots = plots;
    }

    /** The pointer readout or the last notice; empty when there is neither. */
    StringProperty readoutProperty() {
        return readout;
    }

    /** What the status bar says. */
    StringBinding statusProperty() {
        return status;
    }

    /** Shows a short notice in the status bar (until the pointer moves over a plot). */
    void notice(String message) {
        readout.set(message);
    }

    /**
     * The pointer is at (ℓ_S [au], value) on {@code p}: reads it out, and returns the drawn candidate box under it,
     * if any.
     */
    Optional<CandidateLayer> pointerAt(Plane p, double lsAu, double value) {
        readout.set(readoutText(model.scenario(), p, lsAu, value));
        FigureOptions o = plots.options(p, null);
        if (!o.shows(FigureOptions.Element.CANDIDATE_BOXES)) {
            return Optional.empty();
        }
        return FigureBuilder.candidateAt(model.layers(p).stream().filter(l -> o.showsCandidate(l.id())).toList(), p, lsAu, value);
    }

    /** The pointer left the plots. */
    void pointerLeft() {
        readout.set("");
    }

    /** The hover text of a box: name, ranges, dimensionality, derivation, reference and verdicts. */
    String details(CandidateLayer layer) {
        Optional<CatalogEntry> entry = model.catalogs().stream().flatMap(c -> c.entries().stream())
                .filter(e -> e.id().equals(layer.id())).findFirst();
        var b = layer.box();
        StringBuilder s = new StringBuilder();
        s.append(entry.map(CatalogEntry::name).orElse(layer.label())).append('\n');
        s.append("ℓ_S: ").append(Units.formatNumber(b.minShortAxisAu())).append("–").append(Units.formatNumber(b.maxShortAxisAu()))
                .append(" au (").append(Units.formatNumber(Units.auToPc(b.minShortAxisAu()))).append("–")
                .append(Units.formatNumber(Units.auToPc(b.maxShortAxisAu()))).append(" pc)\n");
        s.append(b.plane() == Plane.NUMBER_DENSITY ? "n_s: " : "f_V: ").append(Units.formatNumber(b.minValue())).append("–")
                .append(Units.formatNumber(b.maxValue())).append(b.plane() == Plane.NUMBER_DENSITY ? " pc⁻³\n" : "\n");
        entry.ifPresent(e -> e.provenance().forEach(line -> s.append(line).append('\n')));
        for (var v : org.hillasexplorer.physics.CandidateEvaluation.evaluate(b, model.scenario())) {
            s.append(v.describe()).append('\n');
        }
        return s.toString().strip();
    }

    /** The status-bar text for a pointer at (ℓ_S [au], value) on plane {@code p}. */
    static String readoutText(Scenario s, Plane p, double lsAu, double value) {
        StringBuilder b = new StringBuilder();
        b.append("ℓ_S = ").append(Units.formatNumber(lsAu)).append(" au = ").append(Units.formatNumber(Units.auToPc(lsAu)))
                .append(" pc,  ").append(p == Plane.NUMBER_DENSITY ? "n_s = " + Units.formatNumber(value) + " pc⁻³"
                        : "f_V = " + Units.formatNumber(value));
        if (p == Plane.FILLING_FACTOR && value > 1) {
            return b.append("  (f_V > 1 is unphysical)").toString();
        }
        String sep = "\n";
        for (PointReadout.ClassReadout c : PointReadout.at(s, p, lsAu, value).classes()) {
            b.append(sep).append(c.statusLine(p));
            sep = "  │  ";
        }
        return b.toString();
    }
}
