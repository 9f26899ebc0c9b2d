package org.hillasexplorer.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hillasexplorer.catalog.CatalogEntry;
import org.hillasexplorer.catalog.Range;
import org.hillasexplorer.export.BibTeX;
import org.hillasexplorer.export.ExportException;
import org.hillasexplorer.export.TableExporter;
import org.hillasexplorer.export.TableExporter.CandidateRow;
import org.hillasexplorer.physics.CandidateVerdict;
import org.hillasexplorer.physics.FigureOfMerit;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.uncertainty.ParameterDistribution;
import org.hillasexplorer.physics.uncertainty.RobustVerdict;
import org.hillasexplorer.physics.uncertainty.Robustness;

/**
 * What catalogue entries hand to {@code export}, as the plain values it takes: their literature for {@link BibTeX}, and
 * for the verdict table ({@link TableExporter#catalogueTable}) their fields and their verdicts against a scenario,
 * judged here by {@link FigureOfMerit}. The window and the command line both export through here, so the two read the
 * same fields off an entry; it lives in {@code session} because {@code export} neither sees the catalogue's types nor
 * draws conclusions.
 */
public final class CatalogueExports {
    private CatalogueExports() {
    }

    /** Each entry's name and literature (reference text, DOI, bibcode), in order. */
    public static List<BibTeX.Source> literature(List<CatalogEntry> entries) {
        return entries.stream().map(e -> new BibTeX.Source(e.name(), e.reference(), e.doi(), e.bibcode())).toList();
    }

    /** Writes the BibTeX of the entries' literature, the paper first, to {@code out} atomically ({@link BibTeX#write}). */
    public static void writeBibTeX(List<CatalogEntry> entries, Path out) throws ExportException {
        BibTeX.write(literature(entries), out);
    }

    /** Each entry as a row of the verdict table, judged on every plane it has a box on against {@code s}. */
    public static List<CandidateRow> verdictRows(List<CatalogEntry> entries, Scenario s) {
        return entries.stream().map(e -> {
            Map<Plane, CandidateVerdict> verdicts = new EnumMap<>(Plane.class);
            for (Plane p : Plane.values()) {
                e.box(p).ifPresent(b -> verdicts.put(p, FigureOfMerit.evaluate(e.id(), e.label(), b, s)));
            }
            return new CandidateRow(e.id(), e.name(), e.label(), e.category().key(), e.planes(), span(e.sizeAu()),
                    span(e.numberDensityPerPc3()), span(e.fillingFactor()), e.dimensionality(), e.derivation(),
                    e.reference(), e.doi(), e.bibcode(), verdicts);
        }).toList();
    }

    /**
     * Each entry as a row of the verdict table over a parameter distribution: the verdicts at its central scenario and,
     * on every plane it has a box on, over {@code samples} ({@link Robustness#ofBox}).
     */
    public static List<CandidateRow> robustVerdictRows(List<CatalogEntry> entries, ParameterDistribution.Samples samples) {
        Scenario central = samples.distribution().central();
        List<CandidateRow> plain = verdictRows(entries, central);
        List<CandidateRow> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CatalogEntry e = entries.get(i);
            CandidateRow r = plain.get(i);
            Map<Plane, RobustVerdict> robust = new EnumMap<>(Plane.class);
            for (Plane p : Plane.values()) {
                e.box(p).ifPresent(b -> robust.put(p, Robustness.ofBox(e.id(), e.label(), b, samples)));
            }
            out.add(new CandidateRow(r.id(), r.name(), r.label(), r.category(), r.planes(), r.sizeAu(), r.numberDensityPerPc3(),
                    r.fillingFactor(), r.dimensionality(), r.derivation(), r.reference(), r.doi(), r.bibcode(), r.verdicts(),
                    robust));
        }
        return out;
    }

    /**
     * Writes the entries with their verdicts over the distribution of {@code samples} (the robustness columns of
     * {@link TableExporter#catalogueTable(List, Scenario, TableExporter.Distribution)}) as ECSV or VOTable.
     */
    public static void writeRobustVerdictTable(List<CatalogEntry> entries, ParameterDistribution.Samples samples, Path out)
            throws ExportException {
        ParameterDistribution d = samples.distribution();
        Map<String, String> specs = new LinkedHashMap<>();
        d.marginals().forEach(u -> specs.put(u.parameter().key(), u.toSpec()));
        d.correlated().ifPresent(c -> specs.put(String.join("+", c.parameters().stream().map(p -> p.key()).toList()),
                c.describe()));
        TableExporter.writeCatalogueWithVerdicts(robustVerdictRows(entries, samples), d.central(),
                new TableExporter.Distribution(d.describe(), specs, samples.size()), out);
    }

    /** Writes the entries with their verdicts against {@code s} as ECSV or VOTable, by {@code out}'s extension. */
    public static void writeVerdictTable(List<CatalogEntry> entries, Scenario s, Path out) throws ExportException {
        TableExporter.writeCatalogueWithVerdicts(verdictRows(entries, s), s, out);
    }

    private static Optional<TableExporter.Span> span(Optional<Range> r) {
        return r.map(x -> new TableExporter.Span(x.min(), x.max()));
    }
}
