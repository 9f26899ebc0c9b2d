package org.hillasexplorer.catalog;

import java.util.Locale;
import java.util.Optional;
import org.hillasexplorer.physics.Units;

/** Unit conversions for catalogue columns: lengths to au, number densities to pc⁻³, filling factors as they are. */
enum ColumnUnit {
    /** A length; converted to au. */
    LENGTH("au, pc, kpc or cm"),
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
     * Accepts astropy's spellings ({@code AU}, {@code pc-3}, {@code 1 / cm3}, {@code cm**-3}).
     */
    Optional<Double> factor(String unit) {
        String u = unit.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("**", "").replace("^", "");
        return switch (this) {
            case LENGTH -> switch (u) {
                case "au", "astronomicalunit" -> Optional.of(1.0);
                case "pc", "parsec" -> Optional.of(Units.pcToAu(1));
                case "kpc" -> Optional.of(Units.pcToAu(1e3));
                case "cm" -> Optional.of(1 / Units.AU_CM);
                default -> Optional.empty();
            };
            case NUMBER_DENSITY -> switch (u) {
                case "pc-3", "1/pc3", "/pc3" -> Optional.of(1.0);
                case "cm-3", "1/cm3", "/cm3" -> Optional.of(Units.PC_CM * Units.PC_CM * Units.PC_CM);
                default -> Optional.empty();
            };
            case DIMENSIONLESS -> u.isEmpty() || u.equals("dimensionless") || u.equals("1") ? Optional.of(1.0) : Optional.empty();
        };
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
