package org.hillasexplorer.physics;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The outcome of one constraint for one structure and one cosmic ray.
 *
 * @param constraint which one
 * @param applicable false when it needs ν_s and none was given
 * @param satisfied  whether it holds (false when not applicable)
 * @param marginDex  log10 of the ratio by which it holds (positive) or fails (negative); NaN if not applicable
 */
public record ConstraintCheck(Constraint constraint, boolean applicable, boolean satisfied, double marginDex) {

    /**
     * Checks constraints (3)–(7) for structures of short axis ℓ_S [au] and a cosmic ray of kinetic energy
     * T [GeV]; (4) and (5)–(6) need the internal scattering rate ν_s [s⁻¹] and are marked not applicable without it.
     */
    public static List<ConstraintCheck> checkAll(Scenario s, double kineticEnergyGeV, double shortAxisAu,
                                                 OptionalDouble internalRatePerS) {
        Particle p = s.particle(kineticEnergyGeV);
        double rg = s.gyroradiusAu(p);
        double mfpAu = s.meanFreePathAu(p);
        double v = p.speedCmPerS();
        List<ConstraintCheck> out = new ArrayList<>(4);
        out.add(of(Constraint.LARGER_THAN_GYRORADIUS, Math.log10(shortAxisAu / rg)));
        if (internalRatePerS.isPresent()) {
            double nu = internalRatePerS.getAsDouble();
            out.add(of(Constraint.OPTICALLY_THICK, Math.log10(Geometry.opticalDepth(nu, shortAxisAu, v))));
            double allowedS = mfpAu * Units.AU_CM / v;
            out.add(of(Constraint.NOT_TRAPPING, Math.log10(allowedS / Geometry.trappingTimeS(shortAxisAu, v, nu))));
        } else {
            out.add(new ConstraintCheck(Constraint.OPTICALLY_THICK, false, false, Double.NaN));
            out.add(new ConstraintCheck(Constraint.NOT_TRAPPING, false, false, Double.NaN));
        }
        out.add(of(Constraint.SMALLER_THAN_MEAN_FREE_PATH, Math.log10(mfpAu / shortAxisAu)));
        return List.copyOf(out);
    }

    private static ConstraintCheck of(Constraint c, double marginDex) {
        boolean ok = c == Constraint.LARGER_THAN_GYRORADIUS || c == Constraint.OPTICALLY_THICK ? marginDex >= 0 : marginDex > 0;
        return new ConstraintCheck(c, true, ok, marginDex);
    }
}
