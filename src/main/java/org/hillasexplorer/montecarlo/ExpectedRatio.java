package org.hillasexplorer.montecarlo;

import java.util.Locale;

/**
 * What measured/expected of a Monte Carlo measurement should come out as, when the analytic expectation is only the
 * paper's order-of-magnitude value: e.g. Δt_s, for which eq. (5) (ℓ_S/v)² ν_s is twice the exact 1-D mean, so a
 * ratio near 0.5 is the right answer, not a failure.
 *
 * @param value the ratio a correct simulation gives (NaN when there is no closed form in this regime)
 * @param basis why, in a few words, e.g. {@code τ_s ≫ 1: conditioned first passage}
 */
public record ExpectedRatio(double value, String basis) {

    /** A ratio of exactly 1: the expectation is exact. */
    static ExpectedRatio exact(String basis) {
        return new ExpectedRatio(1, basis);
    }

    /** Whether there is a number to compare with. */
    public boolean known() {
        return Double.isFinite(value);
    }

    /** The ratio for people: {@code 0.5 (τ_s ≫ 1: …)}, or the basis alone when there is no number. */
    public String describe() {
        if (!known()) {
            return basis;
        }
        String v = String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.3g", value);
        return (basis.isEmpty() ? v : v + " (" + basis + ")");
    }
}
