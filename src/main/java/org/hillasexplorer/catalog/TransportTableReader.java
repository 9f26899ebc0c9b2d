package org.hillasexplorer.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hillasexplorer.physics.Dimension;
import org.hillasexplorer.physics.Particle;
import org.hillasexplorer.physics.Species;
import org.hillasexplorer.physics.UnitParser;
import org.hillasexplorer.physics.Units;
import org.hillasexplorer.physics.uncertainty.TransportData;

/**
 * Reads a table of transport data for the δ_s/ν̄₀ fit: a plain CSV with units in the header ({@code rigidity [GV],
 * l_mfp [pc], err [pc]}) or an ECSV file (units in its YAML header), {@code #} comment lines, and three columns:
 * <ul>
 *   <li>the abscissa: {@code rigidity} (GV, MV, TV; default GV) or {@code energy}/{@code T} (kinetic energy per particle,
 *   protons unless {@code # species: Z,A}; eV…PeV; default GeV);</li>
 *   <li>the quantity: {@code l_mfp} (a length; default pc), or {@code kappa} or {@code D} (a diffusion coefficient
 *   length²/time, default cm²/s; turned into ℓ_mfp = κ/v, the app's κ_eff = v ℓ_mfp convention). D(R) depends on the
 *   halo height assumed by the propagation fit, so a file of D must state it: {@code # halo_height: 4 kpc};</li>
 *   <li>its 1σ error: {@code err}, {@code error}, {@code sigma} or NAME{@code _err} (the quantity's unit unless it has its
 *   own).</li>
 * </ul>
 * Every bad cell is refused with its line and column; nothing is guessed.
 */
public final class TransportTableReader {
    static final String WHAT = "transport table";
    private static final Pattern NAME_UNIT = Pattern.compile("^\\s*([^\\[(]+?)\\s*(?:[\\[(]\\s*([^\\])]*)\\s*[\\])])?\\s*$");
    private static final Pattern DIFFUSION_UNIT = Pattern.compile("^([a-zμ]+)\\^?2\\s*(?:/|\\s+|\\*)\\s*([a-z]+)(?:\\^?-1)?$");

    private TransportTableReader() {
    }

    /** Reads {@code file} (at most {@link CatalogReader#MAX_BYTES}). */
    public static TransportData read(Path file) {
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return parse(TextInput.read(file, source, WHAT), source);
    }

    /** Parses text (for tests and pipes). */
    public static TransportData parse(String text, String source) {
        List<String> lines = TextInput.lines(text);
        TextInput.refuseBinary(lines, source, WHAT);
        Map<String, String> meta = new HashMap<>();
        Map<String, Integer> metaLine = new HashMap<>();
        StringBuilder yaml = new StringBuilder();
        boolean ecsv = !lines.isEmpty() && lines.get(0).startsWith("# %ECSV");
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("#")) {
                if (ecsv && i > 0) {
                    yaml.append(l.startsWith("# ") ? l.substring(2) : l.substring(1)).append('\n');
                }
                int colon = l.indexOf(':');
                if (!ecsv && colon > 0) {
                    String key = l.substring(1, colon).strip().toLowerCase(Locale.ROOT);
                    meta.put(key, l.substring(colon + 1).strip());
                    metaLine.put(key, i + 1);
                }
                continue;
            }
            if (!l.isBlank()) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            throw new CatalogException(source, "has no header row; expected e.g. 'rigidity [GV],l_mfp [pc],err [pc]'");
        }
        if (ecsv) {
            // metadata of an ECSV file: its 'meta' mapping, flattened by the same "key: value" reading
            for (String y : yaml.toString().lines().toList()) {
                String t = y.strip();
                int colon = t.indexOf(':');
                if (colon > 0 && !t.startsWith("-")) {
                    meta.putIfAbsent(t.substring(0, colon).strip().toLowerCase(Locale.ROOT), t.substring(colon + 1).strip());
                }
            }
        }
        char delimiter = ecsv ? EcsvHeader.parse(yaml.toString(), source).delimiter() : CsvCells.guessDelimiter(lines.get(header));
        List<String> names = split(lines.get(header), delimiter);
        Map<String, String> ecsvUnits = new HashMap<>();
        if (ecsv) {
            for (EcsvHeader.Column c : EcsvHeader.parse(yaml.toString(), source).columns()) {
                c.unit().ifPresent(u -> ecsvUnits.put(c.name(), u));
            }
        }
        int lineNo = header + 1;
        int xCol = -1, yCol = -1, eCol = -1;
        String xKind = "", yKind = "";
        String[] units = new String[names.size()];
        for (int c = 0; c < names.size(); c++) {
            Matcher m = NAME_UNIT.matcher(names.get(c));
            String name = m.matches() ? m.group(1) : names.get(c).strip();
            String unit = m.matches() && m.group(2) != null ? m.group(2).strip() : ecsvUnits.getOrDefault(names.get(c).strip(), "");
            units[c] = unit;
            String key = name.toLowerCase(Locale.ROOT).replace(' ', '_');
            String role = switch (key) {
                case "rigidity", "r", "r_gv" -> "rigidity";
                case "energy", "t", "kinetic_energy", "ekin", "e_kin" -> "energy";
                case "l_mfp", "mfp", "lambda", "lambda_mfp", "ell_mfp", "mean_free_path" -> "l_mfp";
                case "kappa", "kappa_eff" -> "kappa";
                case "d", "d_xx", "diffusion_coefficient" -> "D";
                case "err", "error", "sigma", "dy", "uncertainty" -> "err";
                default -> key.endsWith("_err") || key.endsWith("_error") || key.startsWith("sigma_") || key.startsWith("err_")
                        ? "err" : "";
            };
            switch (role) {
                case "rigidity", "energy" -> {
                    if (xCol >= 0) {
                        throw new CatalogException(source, "line " + lineNo + ": two abscissa columns ('" + names.get(xCol).strip()
                                + "' and '" + names.get(c).strip() + "'); give rigidity or energy");
                    }
                    xCol = c;
                    xKind = role;
                }
                case "l_mfp", "kappa", "D" -> {
                    if (yCol >= 0) {
                        throw new CatalogException(source, "line " + lineNo + ": two quantity columns ('" + names.get(yCol).strip()
                                + "' and '" + names.get(c).strip() + "'); give one of l_mfp, kappa, D");
                    }
                    yCol = c;
                    yKind = role;
                }
                case "err" -> eCol = c;
                default -> {
                }
            }
        }
        if (xCol < 0 || yCol < 0 || eCol < 0) {
            throw new CatalogException(source, "line " + lineNo + ": the header needs a rigidity (or energy) column, an l_mfp, "
                    + "kappa or D column and an error column, e.g. 'rigidity [GV],l_mfp [pc],err [pc]'; found "
                    + String.join(", ", names.stream().map(String::strip).toList()));
        }
        OptionalDouble halo = OptionalDouble.empty();
        String haloText = meta.getOrDefault("halo_height", meta.get("halo_height_kpc"));
        if (haloText != null) {
            try {
                double h = UnitParser.parse(meta.containsKey("halo_height") ? haloText : haloText + " kpc", Dimension.LENGTH, "pc") / 1e3;
                if (!(h > 0)) {
                    throw new IllegalArgumentException("must be positive");
                }
                halo = OptionalDouble.of(h);
            } catch (IllegalArgumentException e) {
                throw new CatalogException(source, "line " + metaLine.getOrDefault("halo_height", 0) + ": halo_height '" + haloText
                        + "': " + e.getMessage());
            }
        }
        if (yKind.equals("D") && halo.isEmpty()) {
            throw new CatalogException(source, "column '" + names.get(yCol).strip() + "' is D(R), which scales with the halo height "
                    + "of the propagation fit; state it in the header, e.g. '# halo_height: 4 kpc'");
        }
        Species species = Species.PROTON;
        if (meta.containsKey("species")) {
            String[] za = meta.get("species").split("[,\\s]+");
            try {
                species = Species.of(Integer.parseInt(za[0]), Integer.parseInt(za[1]));
            } catch (RuntimeException e) {
                throw new CatalogException(source, "line " + metaLine.getOrDefault("species", 0) + ": species '" + meta.get("species")
                        + "' is not 'Z,A' (e.g. '2,4' for helium)");
            }
        }
        String yUnit = units[yCol].isEmpty() ? (yKind.equals("l_mfp") ? "pc" : "cm2/s") : units[yCol];
        String eUnit = units[eCol].isEmpty() ? yUnit : units[eCol];
        double yFactor = factor(source, lineNo, names.get(yCol), yKind, yUnit);
        double eFactor = factor(source, lineNo, names.get(eCol), yKind, eUnit);
        String xUnit = units[xCol].isEmpty() ? (xKind.equals("rigidity") ? "GV" : "GeV") : units[xCol];
        Dimension xDim = xKind.equals("rigidity") ? Dimension.RIGIDITY : Dimension.ENERGY;
        double xFactor;
        try {
            xFactor = UnitParser.parse("1 " + xUnit, xDim, xKind.equals("rigidity") ? "GV" : "GeV");
        } catch (IllegalArgumentException e) {
            throw new CatalogException(source, "line " + lineNo + ", column '" + names.get(xCol).strip() + "': unit '" + xUnit + "': "
                    + e.getMessage());
        }
        List<TransportData.Point> points = new ArrayList<>();
        for (int i = header + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            List<String> cells = split(l, delimiter);
            if (cells.size() != names.size()) {
                throw new CatalogException(source, "line " + (i + 1) + ": " + cells.size() + " cells, the header has " + names.size());
            }
            double x = positive(source, i + 1, names.get(xCol), cells.get(xCol)) * xFactor;
            double y = positive(source, i + 1, names.get(yCol), cells.get(yCol)) * yFactor;
            double e = positive(source, i + 1, names.get(eCol), cells.get(eCol)) * eFactor;
            double rigidityGV = xKind.equals("rigidity") ? x : new Particle(species, x).rigidityGV();
            double mfpPc;
            double sigmaPc;
            if (yKind.equals("l_mfp")) {
                mfpPc = y;
                sigmaPc = e;
            } else {
                // κ = v ℓ_mfp (f = 1): ℓ = κ / (β c); y, e in cm² s⁻¹
                double beta = beta(species, rigidityGV);
                mfpPc = y / (beta * Units.C_CM_PER_S) / Units.PC_CM;
                sigmaPc = e / (beta * Units.C_CM_PER_S) / Units.PC_CM;
            }
            points.add(new TransportData.Point(rigidityGV, mfpPc, sigmaPc, i + 1));
        }
        if (points.isEmpty()) {
            throw new CatalogException(source, "has a header but no data rows");
        }
        return new TransportData(source, yKind, points, halo);
    }

    /** v/c of a nucleus of rigidity R [GV]: β = Z R / sqrt((Z R)² + (m c²)²). */
    private static double beta(Species s, double rigidityGV) {
        double pc = s.chargeNumber() * rigidityGV;
        double m = s.restEnergyGeV();
        return pc / Math.sqrt(pc * pc + m * m);
    }

    /** The factor from the column's unit to pc (ℓ_mfp) or cm² s⁻¹ (κ, D). */
    private static double factor(String source, int line, String column, String kind, String unit) {
        try {
            if (kind.equals("l_mfp")) {
                return UnitParser.parse("1 " + unit, Dimension.LENGTH, "pc");
            }
            String u = unit.strip().toLowerCase(Locale.ROOT).replace("²", "2").replace("⁻¹", "-1").replace("−", "-").replace("**", "^");
            double scale = 1;
            Matcher lead = Pattern.compile("^([0-9.]+(?:e[+-]?[0-9]+)?)\\s*(.*)$").matcher(u);
            if (lead.matches()) {
                scale = Double.parseDouble(lead.group(1));
                u = lead.group(2).strip();
            }
            Matcher m = DIFFUSION_UNIT.matcher(u);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a diffusion coefficient (length²/time), e.g. cm2/s, cm^2 s^-1, 1e28 cm2/s, kpc2/Myr");
            }
            double len = UnitParser.parse("1 " + m.group(1), Dimension.LENGTH, "pc") * Units.PC_CM;
            double time = UnitParser.parse("1 " + m.group(2), Dimension.TIME, "s");
            return scale * len * len / time;
        } catch (IllegalArgumentException e) {
            throw new CatalogException(source, "line " + line + ", column '" + column.strip() + "': unit '" + unit + "': "
                    + e.getMessage());
        }
    }

    private static double positive(String source, int line, String column, String cell) {
        String t = cell.strip();
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new CatalogException(source, "line " + line + ", column '" + column.strip() + "': '" + TextInput.shorten(t)
                    + "' is not a number");
        }
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new CatalogException(source, "line " + line + ", column '" + column.strip() + "': " + t
                    + " must be a positive finite number");
        }
        return v;
    }

    private static List<String> split(String line, char delimiter) {
        List<String> out = new ArrayList<>();
        String[] parts = delimiter == ' ' ? line.strip().split("\\s+") : line.split(Pattern.quote(String.valueOf(delimiter)), -1);
        for (String s : parts) {
            String t = s.strip();
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                t = t.substring(1, t.length() - 1);
            }
            out.add(t);
        }
        return out;
    }

}
