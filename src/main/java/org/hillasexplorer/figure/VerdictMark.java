package org.hillasexplorer.figure;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.Objects;
import java.util.function.Predicate;
import org.hillasexplorer.physics.CandidateVerdict;
import org.hillasexplorer.physics.ClassVerdict;

/**
 * The small marker drawn next to a candidate's label when {@link FigureOptions.Element#VERDICT_MARKERS} is on: does it
 * reach at least one visible energy class's band, or by how much does it miss? Colour-blind safe (in the paper palette
 * Okabe–Ito bluish green, orange, vermillion; each palette has its own, {@link #colour(Palette)}) and told apart by
 * shape too (circle, triangle, cross).
 */
public enum VerdictMark {
    /** Reaches the band of at least one visible class: bluish-green circle. */
    REACHES("reaches a band", new Color(0x009E73)),
    /** Misses every visible band, the closest by less than {@link #NEAR_MISS_DEX}: orange triangle. */
    NEAR_MISS("misses by < 1 dex", new Color(0xE69F00)),
    /** Misses every visible band by {@link #NEAR_MISS_DEX} or more: vermillion cross. */
    FAR_MISS("misses by ≥ 1 dex", new Color(0xD55E00)),
    /** No visible class has a band to compare with: grey cross. */
    NO_BAND("no band to compare", new Color(0x9A9A9A));

    /** A best miss below this [dex] is a near miss. */
    public static final double NEAR_MISS_DEX = 1.0;

    private final String words;
    private final Color colour;

    VerdictMark(String words, Color colour) {
        this.words = words;
        this.colour = colour;
    }

    /** Legend text, e.g. {@code misses by < 1 dex}. */
    public String words() {
        return words;
    }

    /** Fill colour in the paper palette ({@link Palette#OKABE_ITO}); figures use {@link #colour(Palette)}. */
    public Color colour() {
        return colour;
    }

    /** Fill colour in {@code palette} (its {@link Palette#verdictColour verdict colours}). */
    public Color colour(Palette palette) {
        return palette.verdictColour(this);
    }

    /**
     * The mark of {@code verdict} counting only the classes {@code visibleClass} accepts (by label): it reaches when any
     * of them overlaps; otherwise the smallest gap in n_s or f_V (too rare / too abundant) decides near or far, and a
     * candidate that only misses by size (too small / too large in ℓ_S) is a far miss.
     */
    public static VerdictMark of(CandidateVerdict verdict, Predicate<String> visibleClass) {
        Objects.requireNonNull(verdict, "verdict");
        double best = Double.POSITIVE_INFINITY;
        boolean any = false;
        for (ClassVerdict v : verdict.classes()) {
            if (!visibleClass.test(v.energyClass().label()) || v.status() == ClassVerdict.Status.NO_BAND) {
                continue;
            }
            any = true;
            if (v.status() == ClassVerdict.Status.OVERLAPS) {
                return REACHES;
            }
            // only a gap in n_s or f_V can be a near miss: a box too small or too large (in ℓ_S) for a class fails a
            // constraint of Section 3.1.1 however abundant it is
            boolean vertical = v.status() == ClassVerdict.Status.TOO_RARE || v.status() == ClassVerdict.Status.TOO_ABUNDANT;
            if (vertical && Double.isFinite(v.gapDex())) {
                best = Math.min(best, v.gapDex());
            }
        }
        if (!any) {
            return NO_BAND;
        }
        return best < NEAR_MISS_DEX ? NEAR_MISS : FAR_MISS;
    }

    /** The marker's outline centred on (cx, cy), {@code size} across: circle, triangle or a filled cross. */
    public Shape shape(double cx, double cy, double size) {
        double r = size / 2;
        switch (this) {
            case REACHES:
                return new Ellipse2D.Double(cx - r * 0.92, cy - r * 0.92, 1.84 * r, 1.84 * r);
            case NEAR_MISS: {
                Path2D.Double p = new Path2D.Double();
                p.moveTo(cx, cy - r * 1.05);
                p.lineTo(cx + r * 1.05, cy + r * 0.8);
                p.lineTo(cx - r * 1.05, cy + r * 0.8);
                p.closePath();
                return p;
            }
            default: {
                // an "×" of two bars, as one filled outline
                double w = r * 0.32;
                Path2D.Double p = new Path2D.Double();
                double[][] pts = {{0, w}, {r - w, r}, {r, r - w}, {w, 0}, {r, -r + w}, {r - w, -r}, {0, -w},
                    {-r + w, -r}, {-r, -r + w}, {-w, 0}, {-r, r - w}, {-r + w, r}};
                for (int i = 0; i < pts.length; i++) {
                    double x = cx + pts[i][0] * 0.95;
                    double y = cy + pts[i][1] * 0.95;
                    if (i == 0) {
                        p.moveTo(x, y);
                    } else {
                        p.lineTo(x, y);
                    }
                }
                p.closePath();
                return p;
            }
        }
    }
}
