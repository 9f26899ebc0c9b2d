package org.hillasexplorer.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hillasexplorer.physics.Band;
import org.hillasexplorer.physics.Polygon;
import org.hillasexplorer.physics.uncertainty.Envelope;

/**
 * Band outlines as CSV: header {@value #HEADER}, one explicitly closed polygon per energy class (the first vertex
 * repeated at the end, vertex index 0…n), log10 coordinates with six decimals (well below the drawing precision),
 * {@link Locale#ROOT} numbers. Bands without area are skipped.
 */
public final class BandCsv {
    /** The header line. */
    public static final String HEADER = "band,vertex,log10_ls_au,log10_value";

    private BandCsv() {
    }

    /** The CSV text, lines ending in {@code \n}. */
    public static String toCsv(List<Band> bands) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Band b : bands) {
            if (b.outline().isEmpty()) {
                continue;
            }
            Polygon p = b.outline().get();
            String label = quote(b.energyClass().label());
            for (int i = 0; i <= p.size(); i++) {
                int k = i % p.size();
                sb.append(label).append(',').append(i).append(',')
                        .append(String.format(Locale.ROOT, "%.6f", p.x(k))).append(',')
                        .append(String.format(Locale.ROOT, "%.6f", p.y(k))).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * The header of {@link #toEnvelopeCsv}: class, level, outline number within the level (0…), 1 for a hole, then
     * as {@link #HEADER}.
     */
    public static final String ENVELOPE_HEADER = "band,level,part,hole,vertex,log10_ls_au,log10_value";

    /**
     * Envelope regions as CSV (header {@value #ENVELOPE_HEADER}): per class and level in the order given, each outline
     * explicitly closed (first vertex repeated), holes (clockwise) marked 1; levels with no region are skipped.
     */
    public static String toEnvelopeCsv(List<Envelope> envelopes) {
        StringBuilder sb = new StringBuilder(ENVELOPE_HEADER).append('\n');
        for (Envelope e : envelopes) {
            String label = quote(e.energyClass().label());
            for (Envelope.Region r : e.regions()) {
                String level = java.math.BigDecimal.valueOf(r.level()).stripTrailingZeros().toPlainString();
                for (int part = 0; part < r.parts().size(); part++) {
                    Polygon p = r.parts().get(part);
                    String prefix = label + ',' + level + ',' + part + ',' + (Envelope.isHole(p) ? 1 : 0) + ',';
                    for (int i = 0; i <= p.size(); i++) {
                        int k = i % p.size();
                        sb.append(prefix).append(i).append(',')
                                .append(String.format(Locale.ROOT, "%.6f", p.x(k))).append(',')
                                .append(String.format(Locale.ROOT, "%.6f", p.y(k))).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Writes {@link #toEnvelopeCsv} to {@code path} atomically. */
    public static void writeEnvelopes(List<Envelope> envelopes, Path path) throws ExportException {
        AtomicExport.writeString(path, toEnvelopeCsv(envelopes));
    }

    /** Writes {@link #toCsv} to {@code path} atomically. */
    public static void write(List<Band> bands, Path path) throws ExportException {
        AtomicExport.writeString(path, toCsv(bands));
    }

    /** Labels are letters, digits, spaces and _.+- (EnergyClass validates this); quote defensively anyway. */
    private static String quote(String s) {
        return s.matches("[^,\"\\r\\n]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
