package org.hillasexplorer.catalog;

import java.util.Locale;
import java.util.Optional;
import org.hillasexplorer.physics.Units;

/** Unit conversions for catalogue columns: lengths to au, number densities to pc⁻³, filling factors as they are. */
enum ColumnUnit {
    /** A length; converted to au. */
    LENGTH("au, pc, kpc, km or cm"),
    /** A number density; converted to pc⁻³. */
    NUMBER_DENSITY("pc-3 or cm-3"),
    /** A dimensionless fraction. */
    DIMENSIONLESS("no unit");

    private final String allowed;

    ColumnUnit(String allowed) {
        this.allowed = allowed;
    }

    /** The units this kind accepts, for messages. */
    String allowed() {
        return allowed;
    }

    /**
     * The factor that converts a value in {@code unit} to this kind's internal unit, or empty if the unit is unknown.
     * Accepts astropy's spellings ({@code AU}, {@code pc-3}, {@code 1 / cm3}, {@code cm**-3}) and typographic ones
     * ({@code pc⁻³}, {@code cm^-3}, {@code cm−3} with a Unicode minus).
     */
    Optional<Double> factor(String unit) {
        String u = normalise(unit);
        return switch (this) {
            case LENGTH -> switch (u) {
                case "au", "astronomicalunit" -> Optional.of(1.0);
                case "pc", "parsec" -> Optional.of(Units.pcToAu(1));
                case "kpc" -> Optional.of(Units.pcToAu(1e3));
                case "km" -> Optional.of(1e5 / Units.AU_CM);
                case "cm" -> Optional.of(1 / Units.AU_CM);
                default -> Optional.empty();
            };
            case NUMBER_DENSITY -> switch (u) {
                case "pc-3", "1/pc3", "/pc3", "perpc3" -> Optional.of(1.0);
                case "cm-3", "1/cm3", "/cm3", "percm3" -> Optional.of(Units.PC_CM * Units.PC_CM * Units.PC_CM);
                default -> Optional.empty();
            };
            case DIMENSIONLESS -> u.isEmpty() || u.equals("dimensionless") || u.equals("1") ? Optional.of(1.0) : Optional.empty();
        };
    }

    /** Lower case without blanks, {@code **}, {@code ^} or {@code _}; Unicode superscripts and minus made ASCII. */
    static String normalise(String unit) {
        return unit.strip().toLowerCase(Locale.ROOT).replace("\u2212", "-").replace("\u207B", "-").replace("\u00B3", "3")
                .replace(" ", "").replace("_", "").replace("**", "").replace("^", "");
    }

    /**
     * The unit a plain-CSV or JSON name suffix means ({@code pc}, {@code pc3} → {@code pc-3}, {@code cm3} →
     * {@code cm-3}), if it is one this kind knows; a volume such as {@code cm3} can only be meant as "per cm³" here.
     */
    Optional<Double> suffixFactor(String suffix) {
        String u = normalise(suffix);
        if (this == NUMBER_DENSITY) {
            u = switch (u) {
                case "pc3" -> "pc-3";
                case "cm3" -> "cm-3";
                default -> u;
            };
        }
        return u.isEmpty() ? Optional.empty() : factor(u);
    }

    /** The unit a column name implies by its suffix ({@code size_min_pc} → pc), if any. */
    Optional<String> unitFromSuffix(String columnName, String stem) {
        if (columnName.length() <= stem.length() + 1) {
            return Optional.empty();
        }
        String suffix = columnName.substring(stem.length() + 1);
        return switch (this) {
            case LENGTH -> Optional.of(suffix);
            case NUMBER_DENSITY -> switch (suffix) {
                case "pc3" -> Optional.of("pc-3");
                case "cm3" -> Optional.of("cm-3");
                default -> Optional.of(suffix);
            };
            case DIMENSIONLESS -> Optional.of(suffix);
        };
    }
}
