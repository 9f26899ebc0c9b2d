package org.hillasexplorer.figure;

import java.awt.Color;

/**
 * How far apart two colours look, with normal vision and the three dichromacies: CIELAB (D65) after the simulation
 * matrices of Machado, Oliveira &amp; Fernandes (2009, IEEE TVCG 15, 1291), severity 1, applied in linear sRGB.
 */
final class ColourVision {
    private static final double[][][] SIMULATIONS = {
        {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
        // protanopia
        {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}},
        // deuteranopia
        {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}},
        // tritanopia
        {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}};

    private ColourVision() {
    }

    /** CIELAB of {@code c} as seen with normal vision, protanopia, deuteranopia and tritanopia (one row each). */
    static double[][] labUnderAllVisions(Color c) {
        double[] rgb = {lin(c.getRed()), lin(c.getGreen()), lin(c.getBlue())};
        double[][] out = new double[SIMULATIONS.length][];
        for (int s = 0; s < SIMULATIONS.length; s++) {
            double[] v = new double[3];
            for (int i = 0; i < 3; i++) {
                double x = 0;
                for (int j = 0; j < 3; j++) {
                    x += SIMULATIONS[s][i][j] * rgb[j];
                }
                v[i] = Math.max(0, Math.min(1, x));
            }
            out[s] = lab(v);
        }
        return out;
    }

    /** The smallest CIE76 distance ΔE between two colours over the four visions of {@link #labUnderAllVisions}. */
    static double distance(double[][] a, double[][] b) {
        double d = Double.POSITIVE_INFINITY;
        for (int s = 0; s < a.length; s++) {
            d = Math.min(d, Math.sqrt(sq(a[s][0] - b[s][0]) + sq(a[s][1] - b[s][1]) + sq(a[s][2] - b[s][2])));
        }
        return d;
    }

    /** The smallest distance between two colours over the four visions. */
    static double distance(Color a, Color b) {
        return distance(labUnderAllVisions(a), labUnderAllVisions(b));
    }

    private static double sq(double x) {
        return x * x;
    }

    private static double lin(int v) {
        double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    /** Linear sRGB → CIELAB (D65 white). */
    private static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }
}
