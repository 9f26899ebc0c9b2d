package org.hillasexplorer.physics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A population given as a table, as read from a file: points (ℓ_S [au], n_s(&gt;ℓ_S) [pc⁻³]) on the number-density
 * plane or (ℓ_S [au], f_V) on the filling-factor plane, interpolated linearly in log–log between the points and
 * undefined outside them. The other plane's value follows from V_s = a^D ℓ_S³ (f_V = n_s V_s, ℓ_S in pc).
 *
 * @param id               stable machine name, not blank
 * @param label            human name
 * @param plane            which quantity {@code values} holds
 * @param shortAxisAu      ℓ_S [au] of each point: ≥ 2 points, positive, finite, strictly increasing
 * @param values           n_s(&gt;ℓ_S) [pc⁻³] or f_V at each point: positive and finite (f_V ≤ 1)
 * @param dimensionality   D ∈ {0, 1, 2}
 * @param aspect           a = ℓ_L/ℓ_S in [1, 1e6]
 * @param internalRatePerS ν_s [s⁻¹] if known, positive and finite
 */
public record TabulatedPopulation(String id, String label, Plane plane, List<Double> shortAxisAu, List<Double> values,
                                  int dimensionality, double aspect, OptionalDouble internalRatePerS) implements Population {

    /** How messages name a table: {@code table ID: …}. */
    public static final String KIND = "table";

    public TabulatedPopulation {
        PopulationSupport.validateCommon(KIND, id, label, dimensionality, aspect, internalRatePerS);
        String who = "table " + id + ": ";
        Objects.requireNonNull(plane, who + "plane");
        Objects.requireNonNull(shortAxisAu, who + "shortAxisAu");
        Objects.requireNonNull(values, who + "values");
        if (shortAxisAu.size() != values.size()) {
            throw new IllegalArgumentException(who + shortAxisAu.size() + " sizes but " + values.size()
                    + " values; every point needs both");
        }
        if (shortAxisAu.size() < 2) {
            throw new IllegalArgumentException(who + shortAxisAu.size() + " point(s) given, at least 2 needed to draw a curve");
        }
        String symbol = plane.symbol() + (plane.unit().isEmpty() ? "" : " [" + plane.unit() + "]");
        for (int i = 0; i < shortAxisAu.size(); i++) {
            Double ls = shortAxisAu.get(i);
            Double v = values.get(i);
            String at = "point " + (i + 1) + ": ";
            if (ls == null || !(ls > 0) || !Double.isFinite(ls)) {
                throw new IllegalArgumentException(who + at + "ℓ_S = " + (ls == null ? "missing" : Units.formatNumber(ls))
                        + " au is outside (0, ∞)");
            }
            if (i > 0 && !(ls > shortAxisAu.get(i - 1))) {
                throw new IllegalArgumentException(who + at + "ℓ_S = " + Units.formatNumber(ls) + " au must exceed the previous ℓ_S = "
                        + Units.formatNumber(shortAxisAu.get(i - 1)) + " au (sizes strictly increasing)");
            }
            if (v == null || !(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException(who + at + symbol + " = " + (v == null ? "missing" : Units.formatNumber(v))
                        + " is outside " + (plane == Plane.FILLING_FACTOR ? "(0, 1]" : "(0, ∞)"));
            }
            if (plane == Plane.FILLING_FACTOR && v > 1) {
                throw new IllegalArgumentException(who + at + "f_V = " + Units.formatNumber(v) + " is outside (0, 1]");
            }
        }
        shortAxisAu = List.copyOf(shortAxisAu);
        values = List.copyOf(values);
    }

    /** A D = 0 table without an internal rate. */
    public static TabulatedPopulation spheres(String id, String label, Plane plane, List<Double> shortAxisAu, List<Double> values) {
        return new TabulatedPopulation(id, label, plane, shortAxisAu, values, 0, 1, OptionalDouble.empty());
    }

    /** Number of points. */
    public int size() {
        return shortAxisAu.size();
    }

    @Override
    public double minShortAxisAu(Scenario s) {
        return shortAxisAu.get(0);
    }

    @Override
    public double maxShortAxisAu(Scenario s) {
        return shortAxisAu.get(shortAxisAu.size() - 1);
    }

    /** log10 of the tabulated quantity at ℓ_S [au], linear in log–log between points; NaN outside the table. */
    private double log10Tabulated(double ls) {
        int n = shortAxisAu.size();
        if (!PopulationSupport.inRange(ls, shortAxisAu.get(0), shortAxisAu.get(n - 1))) {
            return Double.NaN;
        }
        ls = Math.min(Math.max(ls, shortAxisAu.get(0)), shortAxisAu.get(n - 1));
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (shortAxisAu.get(mid) <= ls) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double x0 = Math.log10(shortAxisAu.get(lo));
        double x1 = Math.log10(shortAxisAu.get(hi));
        double y0 = Math.log10(values.get(lo));
        double y1 = Math.log10(values.get(hi));
        double x = Math.log10(ls);
        // the nodes exactly, so a table read back from its own points reproduces them
        if (x == x0) {
            return y0;
        }
        if (x == x1) {
            return y1;
        }
        return y0 + (x - x0) * (y1 - y0) / (x1 - x0);
    }

    @Override
    public double log10NumberDensityPerPc3(Scenario s, double ls) {
        double y = log10Tabulated(ls);
        return plane == Plane.NUMBER_DENSITY ? y : y - PopulationSupport.log10VolumePc3(dimensionality, aspect, ls);
    }

    @Override
    public double log10FillingFactor(Scenario s, double ls) {
        double y = log10Tabulated(ls);
        return plane == Plane.FILLING_FACTOR ? y : y + PopulationSupport.log10VolumePc3(dimensionality, aspect, ls);
    }

    /** The table's own points on {@code plane} (converted through V_s on the other plane); there is no resampling. */
    @Override
    public Optional<Curve> curve(Plane onPlane, Scenario s) {
        double[] xs = new double[shortAxisAu.size()];
        double[] ys = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = Math.log10(shortAxisAu.get(i));
            ys[i] = log10ValueOn(onPlane, s, shortAxisAu.get(i));
        }
        return Optional.of(new Curve(xs, ys));
    }

    /** The table's sizes as log10 ℓ_S/au (the interpolation nodes), for code that needs the breakpoints. */
    List<Double> log10Nodes() {
        List<Double> out = new ArrayList<>(shortAxisAu.size());
        for (double ls : shortAxisAu) {
            out.add(Math.log10(ls));
        }
        return out;
    }
}
