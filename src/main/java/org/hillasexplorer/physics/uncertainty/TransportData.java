package org.hillasexplorer.physics.uncertainty;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A table of the mean free path against rigidity with 1σ errors, as read from ℓ_mfp(R), κ(R) or D(R) data (κ and D
 * are turned into ℓ_mfp = κ/v, the app's convention κ_eff = v²/ν_eff = v ℓ_mfp of {@link
 * org.hillasexplorer.physics.DerivedQuantities}, factor f = 1).
 *
 * @param source        where it came from (file name), for messages
 * @param quantity      what the file tabulated: {@code l_mfp}, {@code kappa} or {@code D}
 * @param points        the points, at least 3
 * @param haloHeightKpc the halo height [kpc] the file states for D(R) (D scales with it), if any
 */
public record TransportData(String source, String quantity, List<Point> points, OptionalDouble haloHeightKpc) {

    /**
     * One point.
     *
     * @param rigidityGV R [GV], &gt; 0
     * @param mfpPc      ℓ_mfp [pc], &gt; 0
     * @param sigmaPc    its 1σ error [pc], &gt; 0
     * @param line       the file line it came from (1-based; 0 if synthetic)
     */
    public record Point(double rigidityGV, double mfpPc, double sigmaPc, int line) {
        public Point {
            if (!(rigidityGV > 0 && Double.isFinite(rigidityGV) && mfpPc > 0 && Double.isFinite(mfpPc)
                    && sigmaPc > 0 && Double.isFinite(sigmaPc))) {
                throw new IllegalArgumentException("a transport point needs positive finite R, ℓ_mfp and error (line " + line + ")");
            }
        }
    }

    public TransportData {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quantity, "quantity");
        points = List.copyOf(points);
        Objects.requireNonNull(haloHeightKpc, "haloHeightKpc");
    }
}
