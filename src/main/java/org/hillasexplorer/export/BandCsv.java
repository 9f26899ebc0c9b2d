package org.hillasexplorer.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hillasexplorer.physics.Band;
import org.hillasexplorer.physics.Polygon;

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

    /** Writes {@link #toCsv} to {@code path} atomically. */
    public static void write(List<Band> bands, Path path) throws ExportException {
        AtomicExport.writeString(path, toCsv(bands));
    }

    /** Labels are letters, digits, spaces and _.+- (EnergyClass validates this); quote defensively anyway. */
    private static String quote(String s) {
        return s.matches("[^,\"\\r\\n]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
