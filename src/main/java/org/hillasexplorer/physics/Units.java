package org.hillasexplorer.physics;

/** Physical constants (CODATA 2018 / IAU 2012) and unit conversions, all in cgs. */
public final class Units {
    /** Speed of light [cm s⁻¹]. */
    public static final double C_CM_PER_S = 2.99792458e10;
    /** Elementary charge [statC]. */
    public static final double E_STATC = 4.803204712570263e-10;
    /** One electron-volt [erg]. */
    public static final double ERG_PER_EV = 1.602176634e-12;
    /** One GeV [erg]. */
    public static final double ERG_PER_GEV = ERG_PER_EV * 1e9;
    /** Proton rest energy m_p c² [GeV]. */
    public static final double PROTON_REST_ENERGY_GEV = 0.93827208816;
    /** Mass of a hydrogen atom m_H [g]. */
    public static final double HYDROGEN_MASS_G = 1.6735575e-24;
    /** Astronomical unit [cm]. */
    public static final double AU_CM = 1.495978707e13;
    /** Parsec [cm]. */
    public static final double PC_CM = 3.0856775814913673e18;
    /** Julian year [s]. */
    public static final double YEAR_S = 365.25 * 86400.0;
    /** One microgauss [G]. */
    public static final double MICROGAUSS_G = 1e-6;
    /** log10(au / pc): add to log10(length in au) to get log10(length in pc). */
    public static final double LOG10_AU_PER_PC = Math.log10(AU_CM / PC_CM);

    private Units() {
    }

    /** Converts a length from au to pc. */
    public static double auToPc(double lengthAu) {
        return lengthAu * AU_CM / PC_CM;
    }

    /** Converts a length from pc to au. */
    public static double pcToAu(double lengthPc) {
        return lengthPc * PC_CM / AU_CM;
    }

    /** Converts a number density from pc⁻³ to cm⁻³. */
    public static double perPc3ToPerCm3(double numberDensityPerPc3) {
        return numberDensityPerPc3 / (PC_CM * PC_CM * PC_CM);
    }

    /**
     * Parses a kinetic energy such as {@code 1GeV}, {@code 10 MeV}, {@code 5e3keV}, {@code 1.5TeV} or {@code 1e-3 erg}
     * (any energy unit {@link UnitParser} reads; a bare number is GeV) and returns GeV.
     *
     * @throws IllegalArgumentException naming the text and the accepted forms, or if the energy is not positive
     */
    public static double parseEnergyGeV(String text) {
        double value;
        try {
            value = UnitParser.parse(text, Dimension.ENERGY, "GeV");
        } catch (UnitParser.Failure f) {
            throw switch (f.kind()) {
                case EMPTY, NOT_A_NUMBER -> new IllegalArgumentException("energy '" + UnitParser.shown(f.input())
                        + "' is not a number with a unit (e.g. 1GeV, 10 MeV)", f);
                case UNKNOWN_UNIT -> new IllegalArgumentException("energy '" + UnitParser.shown(f.input())
                        + "' has unknown unit '" + UnitParser.shown(f.unit()) + "'; use eV, keV, MeV, GeV, TeV or PeV (e.g. 10MeV)", f);
                default -> new IllegalArgumentException("energy '" + UnitParser.shown(f.input()) + "': " + f.getMessage(), f);
            };
        }
        if (!(value > 0)) {
            throw new IllegalArgumentException("energy '" + text.strip() + "' must be a positive, finite kinetic energy");
        }
        return value;
    }

    /**
     * Parses a rigidity such as {@code 10 GV}, {@code 1TV} or {@code 300 MV} (a bare number is GV) and returns GV.
     *
     * @throws IllegalArgumentException with {@link UnitParser}'s message (e.g. {@code GeV is an energy; this field is a rigidity})
     */
    public static double parseRigidityGV(String text) {
        return UnitParser.parse(text, Dimension.RIGIDITY, "GV");
    }

    /** Formats a kinetic energy given in GeV with the most natural unit, e.g. {@code 10 MeV}, {@code 1 TeV}. */
    public static String formatEnergy(double energyGeV) {
        String[] units = {"eV", "keV", "MeV", "GeV", "TeV", "PeV"};
        double[] scales = {1e-9, 1e-6, 1e-3, 1, 1e3, 1e6};
        int k = 0;
        for (int j = 0; j < scales.length; j++) {
            if (energyGeV >= scales[j] * 0.9999999) {
                k = j;
            }
        }
        return formatNumber(energyGeV / scales[k]) + " " + units[k];
    }

    /** Formats a number compactly with up to four significant digits ({@code 1e-09} → {@code 1e-9}). */
    public static String formatNumber(double value) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "NaN" : value > 0 ? "∞" : "-∞";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e6) {
            return Long.toString((long) value);
        }
        String s;
        double abs = Math.abs(value);
        if (abs != 0 && (abs < 1e-3 || abs >= 1e6)) {
            s = String.format(java.util.Locale.ROOT, "%.4g", value);
            if (!s.contains("e")) {
                s = String.format(java.util.Locale.ROOT, "%.3e", value);
            }
            String[] parts = s.split("e");
            String mantissa = stripZeros(parts[0]);
            int exponent = Integer.parseInt(parts[1]);
            return mantissa + "e" + exponent;
        }
        s = String.format(java.util.Locale.ROOT, "%.4g", value);
        if (s.contains("e")) {
            // %g turns 1e4 ≤ |v| < 1e6 into "2.120e+04": write it out as the integers of that range are
            s = new java.math.BigDecimal(value).round(new java.math.MathContext(4)).toPlainString();
        }
        return stripZeros(s);
    }

    /** The shortest text that parses back to exactly {@code v}: {@code 1.0E-9} → {@code 1e-9}, {@code 2.0} → {@code 2}. */
    public static String exactText(double v) {
        String s = Double.toString(v).replace("E", "e").replace(".0e", "e");
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /**
     * A kinetic energy [GeV] as text with a unit that {@link #parseEnergyGeV} reads back to exactly the same double: the
     * short form of {@link #formatEnergy} when it is exact (almost always, e.g. {@code 10 MeV}), else all digits in that
     * unit (or in GeV).
     */
    public static String exactEnergyText(double energyGeV) {
        String pretty = formatEnergy(energyGeV);
        try {
            if (parseEnergyGeV(pretty) == energyGeV) {
                return pretty;
            }
            String unit = pretty.substring(pretty.lastIndexOf(' ') + 1);
            double v = energyGeV / parseEnergyGeV("1 " + unit);
            // the division may round; one of the neighbours then multiplies back exactly
            for (double c : new double[] {v, Math.nextUp(v), Math.nextDown(v)}) {
                String text = exactText(c) + " " + unit;
                if (parseEnergyGeV(text) == energyGeV) {
                    return text;
                }
            }
        } catch (IllegalArgumentException unitNotReadable) {
            // a unit formatEnergy writes but parseEnergyGeV does not read: fall through to GeV
        }
        return exactText(energyGeV) + " GeV";
    }

    private static String stripZeros(String s) {
        if (!s.contains(".")) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
