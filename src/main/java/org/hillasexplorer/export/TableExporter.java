package org.hillasexplorer.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hillasexplorer.physics.Band;
import org.hillasexplorer.physics.CandidateVerdict;
import org.hillasexplorer.physics.ClassVerdict;
import org.hillasexplorer.physics.DerivedQuantities;
import org.hillasexplorer.physics.EnergyClass;
import org.hillasexplorer.physics.Plane;
import org.hillasexplorer.physics.Polygon;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.uncertainty.ClassRobustness;
import org.hillasexplorer.physics.uncertainty.RobustVerdict;
import org.jspecify.annotations.Nullable;
import uk.ac.starlink.ecsv.EcsvTableWriter;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.DefaultValueInfo;
import uk.ac.starlink.table.DescribedValue;
import uk.ac.starlink.table.RowListStarTable;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableWriter;
import uk.ac.starlink.votable.DataFormat;
import uk.ac.starlink.votable.VOTableVersion;
import uk.ac.starlink.votable.VOTableWriter;

/**
 * Tables with units, written through STIL: ECSV 1.0 (comma-delimited, readable by astropy's {@code Table.read} with
 * the units attached) or VOTable 1.4 (TABLEDATA), chosen by the file extension ({@link #EXTENSIONS}). Units are
 * astropy/VOUnit strings: {@code AU}, {@code pc}, {@code pc-3}, {@code GeV}, {@code GV}, {@code s-1},
 * {@code cm2 s-1}, {@code yr}, {@code g cm-2}, {@code cm-2}; a dimensionless column has none. The scenario goes into
 * the table parameters (ECSV {@code meta}, VOTable {@code PARAM}). Missing values are blank (masked in astropy).
 * Every write is atomic ({@link org.hillasexplorer.io.AtomicFiles}).
 */
public final class TableExporter {

    /** The table formats. */
    public enum Format {
        /** ECSV 1.0, comma-delimited. */
        ECSV,
        /** VOTable 1.4, TABLEDATA serialisation. */
        VOTABLE
    }

    /** The extensions understood, lower case: {@code .ecsv} is ECSV, the others VOTable. */
    public static final List<String> EXTENSIONS = List.of(".ecsv", ".vot", ".votable", ".xml");

    /** A closed interval [min, max] of a quantity, in the unit its holder's name states. */
    public record Span(double min, double max) {
    }

    /**
     * One candidate (a catalogue entry) as a row of {@link #catalogueTable}: its text fields, ranges and literature as
     * plain values, and its verdict on each plane it has a box on. The caller computes the verdicts; this package only
     * writes them down.
     *
     * @param category            {@code macroscopic}, {@code small-scale}, {@code theoretical} or {@code user}
     * @param planes              the planes it is drawn on (not empty)
     * @param sizeAu              short-axis size ℓ_S [au], if known
     * @param numberDensityPerPc3 number density n_s(&gt;ℓ_S) [pc⁻³], if known
     * @param fillingFactor       volume-filling factor f_V, if known
     * @param dimensionality      D: 0, 1, 2, a range such as {@code 0-1}, or {@code ?}
     * @param verdicts            the verdict on each plane the candidate has a box on (absent: no box there)
     * @param robustness          the verdict over a parameter distribution on each plane it has a box on, when some
     *                            parameter is uncertain (empty otherwise)
     */
    public record CandidateRow(String id, String name, String label, String category, Set<Plane> planes,
                               Optional<Span> sizeAu, Optional<Span> numberDensityPerPc3, Optional<Span> fillingFactor,
                               String dimensionality, String derivation, String reference, Optional<String> doi,
                               Optional<String> bibcode, Map<Plane, CandidateVerdict> verdicts,
                               Map<Plane, RobustVerdict> robustness) {

        /** A row judged at one point of parameter space only. */
        public CandidateRow(String id, String name, String label, String category, Set<Plane> planes,
                            Optional<Span> sizeAu, Optional<Span> numberDensityPerPc3, Optional<Span> fillingFactor,
                            String dimensionality, String derivation, String reference, Optional<String> doi,
                            Optional<String> bibcode, Map<Plane, CandidateVerdict> verdicts) {
            this(id, name, label, category, planes, sizeAu, numberDensityPerPc3, fillingFactor, dimensionality, derivation,
                    reference, doi, bibcode, verdicts, Map.of());
        }

        public CandidateRow {
            robustness = Map.copyOf(robustness);
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(sizeAu, "sizeAu");
            Objects.requireNonNull(numberDensityPerPc3, "numberDensityPerPc3");
            Objects.requireNonNull(fillingFactor, "fillingFactor");
            Objects.requireNonNull(dimensionality, "dimensionality");
            Objects.requireNonNull(derivation, "derivation");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(doi, "doi");
            Objects.requireNonNull(bibcode, "bibcode");
            planes = Set.copyOf(planes);
            verdicts = Map.copyOf(verdicts);
            if (planes.isEmpty()) {
                throw new IllegalArgumentException("candidate " + id + ": planes must name ns, fv or both");
            }
        }
    }

    private TableExporter() {
    }

    /** Whether {@code file}'s name ends in one of {@link #EXTENSIONS} (any case). */
    public static boolean isTableFile(@Nullable Path file) {
        return format(file).isPresent();
    }

    /** The format {@code file}'s extension asks for, if it is one of {@link #EXTENSIONS}. */
    public static Optional<Format> format(@Nullable Path file) {
        Path name = file == null ? null : file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".ecsv")) {
            return Optional.of(Format.ECSV);
        }
        if (n.endsWith(".vot") || n.endsWith(".votable") || n.endsWith(".xml")) {
            return Optional.of(Format.VOTABLE);
        }
        return Optional.empty();
    }

    /**
     * Band outlines: one closed polygon per energy class with an outline (the first vertex repeated at the end), columns
     * {@code band}, {@code vertex}, {@code ls} [AU], {@code value} [pc-3 on the n_s plane, none for f_V] and their
     * {@code log10_ls_au}, {@code log10_value}.
     */
    public static StarTable bandsTable(List<Band> bands, Plane plane, @Nullable Scenario scenario) {
        boolean ns = plane == Plane.NUMBER_DENSITY;
        ColumnInfo value = column("value", Double.class, ns ? "Cumulative number density n_s(>l_S) of the band edge"
                : "Volume-filling factor f_V of the band edge", ns ? "pc-3" : null);
        RowListStarTable t = new RowListStarTable(new ColumnInfo[] {
                column("band", String.class, "Energy class", null),
                column("vertex", Integer.class, "Vertex index along the closed outline (0..n, the last repeats the first)", null),
                column("ls", Double.class, "Short-axis size l_S of the structures", "AU"),
                value,
                column("log10_ls_au", Double.class, "log10 of l_S in au", null),
                column("log10_value", Double.class, ns ? "log10 of n_s in pc-3" : "log10 of f_V", null)});
        t.setName("bands_" + plane.key());
        for (Band b : bands) {
            if (b.outline().isEmpty()) {
                continue;
            }
            Polygon p = b.outline().get();
            for (int i = 0; i <= p.size(); i++) {
                int k = i % p.size();
                t.addRow(new Object[] {b.energyClass().label(), i, Math.pow(10, p.x(k)), Math.pow(10, p.y(k)), p.x(k), p.y(k)});
            }
        }
        t.setParameter(param("plane", plane.key(), "ns: l_S-n_s plane (paper Fig. 2); fv: l_S-f_V plane (Fig. 3)", null));
        scenarioParameters(t, scenario);
        return t;
    }

    /** Writes {@link #bandsTable} at the paper's default scenario parameters. */
    public static void writeBands(List<Band> bands, Plane plane, Path out) throws ExportException {
        writeBands(bands, plane, null, out);
    }

    /** Writes {@link #bandsTable} with the scenario's parameters (if not null) in the table parameters. */
    public static void writeBands(List<Band> bands, Plane plane, @Nullable Scenario scenario, Path out) throws ExportException {
        write(bandsTable(bands, plane, scenario), out);
    }

    /**
     * One row per candidate (catalogue entry): its ranges with units ({@code size_min_au}/{@code size_max_au} [AU],
     * {@code ns_min_pc3}/{@code ns_max_pc3} [pc-3], {@code fv_min}/{@code fv_max}), text fields, {@code doi},
     * {@code bibcode}, then for each plane ({@code ns}, {@code fv}) and energy class {@code <plane>_<class>_status}
     * ({@code overlaps}, {@code too_rare}, {@code too_abundant}, {@code too_small}, {@code too_large}, {@code no_band};
     * blank when the entry has no box on that plane) and {@code <plane>_<class>_gap_dex} (orders of magnitude), and a
     * plain-words {@code <plane>_summary}. The table parameters carry the scenario and how many entries reach a band.
     * The table is itself a catalogue the catalogue reader reads back. The verdicts are the rows' own, judged against
     * {@code s} by the caller ({@code session.CatalogueExports}).
     */
    public static StarTable catalogueTable(List<CandidateRow> entries, Scenario s) {
        return catalogueTable(entries, s, null);
    }

    /**
     * What the robustness columns of {@link #catalogueTable(List, Scenario, Distribution)} were computed over.
     *
     * @param description the uncertain parameters in words, e.g. {@code δ_s 0.3–0.7, B 1–10 μG (log-uniform)}
     * @param specs       each uncertain parameter's key and distribution as text ({@code delta} → {@code 0.3..0.7})
     * @param samples     the number of Sobol samples
     */
    public record Distribution(String description, Map<String, String> specs, int samples) {
        public Distribution {
            Objects.requireNonNull(description, "description");
            specs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(specs));
        }
    }

    /**
     * {@link #catalogueTable(List, Scenario)} with, when {@code distribution} is not null, the verdicts taken over it:
     * the status and gap columns are then those at its central scenario {@code s}, and for each plane and class follow
     * {@code <plane>_<class>_reach_fraction} (the fraction 0–1 of the samples in which the entry reaches the band),
     * {@code <plane>_<class>_smallest_miss_dex} (its smallest miss over them, 0 when some sample reaches it) and
     * {@code <plane>_<class>_median_miss_dex}, and per plane {@code <plane>_robust_summary} in plain words; the table
     * parameters add {@code uncertainty} (in words), {@code samples}, {@code sequence} ({@code sobol}) and
     * {@code uncertain_<key>} per parameter (its distribution as the command line takes it).
     */
    public static StarTable catalogueTable(List<CandidateRow> entries, Scenario s, @Nullable Distribution distribution) {
        List<ColumnInfo> cols = new ArrayList<>(List.of(
                column("id", String.class, "Unique identifier", null),
                column("name", String.class, "Full name of the candidate population", null),
                column("label", String.class, "Short plot label", null),
                column("category", String.class, "macroscopic, small-scale, theoretical or user", null),
                column("planes", String.class, "Plane(s) the entry is drawn on: ns, fv or ns+fv", null),
                column("size_min_au", Double.class, "Smallest short-axis size l_S", "AU"),
                column("size_max_au", Double.class, "Largest short-axis size l_S", "AU"),
                column("ns_min_pc3", Double.class, "Lowest number density n_s(>l_S)", "pc-3"),
                column("ns_max_pc3", Double.class, "Highest number density n_s(>l_S)", "pc-3"),
                column("fv_min", Double.class, "Lowest volume-filling factor f_V", null),
                column("fv_max", Double.class, "Highest volume-filling factor f_V", null),
                column("dimensionality", String.class, "Dimensionality D (0, 1, 2, a range, or ?)", null),
                column("derivation", String.class, "How the numbers were obtained", null),
                column("reference", String.class, "Literature sources", null),
                column("doi", String.class, "DOI of the main literature source", null),
                column("bibcode", String.class, "ADS bibcode of the main literature source", null)));
        List<EnergyClass> classes = s.energyClasses();
        for (Plane p : Plane.values()) {
            for (EnergyClass c : classes) {
                String stem = p.key() + "_" + safe(c.label());
                cols.add(column(stem + "_status", String.class, "Verdict on the " + p.key() + " plane for " + c.label()
                        + " CRs (" + c.describe() + ")", null));
                cols.add(column(stem + "_gap_dex", Double.class, "Orders of magnitude by which the entry misses the "
                        + c.label() + " band on the " + p.key() + " plane (0 when it reaches it)"
                        + (distribution == null ? "" : ", at the central values"), null));
            }
            cols.add(column(p.key() + "_summary", String.class, "The verdict on the " + p.key() + " plane in plain words"
                    + (distribution == null ? "" : ", at the central values"), null));
            if (distribution != null) {
                for (EnergyClass c : classes) {
                    String stem = p.key() + "_" + safe(c.label());
                    cols.add(column(stem + "_reach_fraction", Double.class, "Fraction of the " + distribution.samples()
                            + " parameter samples in which the entry reaches the " + c.label() + " band on the " + p.key()
                            + " plane", null));
                    cols.add(column(stem + "_smallest_miss_dex", Double.class, "Smallest miss of the " + c.label()
                            + " band on the " + p.key() + " plane over the samples, orders of magnitude (0 when reached)", null));
                    cols.add(column(stem + "_median_miss_dex", Double.class, "Median miss of the " + c.label()
                            + " band on the " + p.key() + " plane over the samples, orders of magnitude", null));
                }
                cols.add(column(p.key() + "_robust_summary", String.class, "The verdict on the " + p.key()
                        + " plane over the parameter distribution, in plain words", null));
            }
        }
        RowListStarTable t = new RowListStarTable(cols.toArray(new ColumnInfo[0]));
        t.setName("catalogue_verdicts");
        int reachesAny = 0;
        int withBox = 0;
        for (CandidateRow e : entries) {
            List<@Nullable Object> row = new ArrayList<>(List.of(e.id(), e.name(), e.label(), e.category(), planes(e)));
            addRange(row, e.sizeAu());
            addRange(row, e.numberDensityPerPc3());
            addRange(row, e.fillingFactor());
            row.add(e.dimensionality());
            row.add(e.derivation());
            row.add(e.reference());
            row.add(e.doi().orElse(null));
            row.add(e.bibcode().orElse(null));
            boolean any = false;
            boolean boxed = false;
            for (Plane p : Plane.values()) {
                CandidateVerdict v = e.verdicts().get(p);
                boxed |= v != null;
                for (EnergyClass c : classes) {
                    Optional<ClassVerdict> cv = v == null ? Optional.empty() : v.forClass(c.label());
                    row.add(cv.map(x -> x.status().name().toLowerCase(Locale.ROOT)).orElse(null));
                    row.add(cv.map(ClassVerdict::gapDex).filter(Double::isFinite).orElse(null));
                    any |= cv.isPresent() && cv.get().status() == ClassVerdict.Status.OVERLAPS;
                }
                row.add(v == null ? null : v.summary());
                if (distribution != null) {
                    RobustVerdict r = e.robustness().get(p);
                    for (EnergyClass c : classes) {
                        Optional<ClassRobustness> cr = r == null ? Optional.empty() : r.forClass(c.label());
                        row.add(cr.map(ClassRobustness::reachFraction).orElse(null));
                        row.add(cr.map(ClassRobustness::smallestMissDex).filter(Double::isFinite).orElse(null));
                        row.add(cr.map(ClassRobustness::medianMissDex).filter(Double::isFinite).orElse(null));
                    }
                    row.add(r == null ? null : ascii(r.summary()));
                }
            }
            reachesAny += any ? 1 : 0;
            withBox += boxed ? 1 : 0;
            t.addRow(row.toArray());
        }
        t.setParameter(param("n_entries", entries.size(), "Number of catalogue entries", null));
        t.setParameter(param("n_with_box", withBox, "Entries with a size and n_s or f_V range on some plane", null));
        t.setParameter(param("n_reaching_a_band", reachesAny, "Entries that reach the band of at least one energy class", null));
        t.setParameter(param("summary", reachesAny + " of " + withBox + " entries with numbers reach at least one band", null, null));
        t.setParameter(param("gap_rule", "n_s plane: gap at the smallest size inside the band's size range; f_V plane: any overlap counts",
                null, null));
        scenarioParameters(t, s);
        if (distribution != null) {
            t.setParameter(param("uncertainty", ascii(distribution.description()), "The uncertain scenario parameters; the "
                    + "scenario parameters above are their central values", null));
            t.setParameter(param("samples", distribution.samples(), "Quasi-random parameter samples behind the robustness columns", null));
            t.setParameter(param("sequence", "sobol", "How the samples were drawn", null));
            distribution.specs().forEach((key, spec) -> t.setParameter(param("uncertain_" + safe(key), ascii(spec),
                    "Distribution of " + key + " (A..B uniform, A..B log log-uniform, M+-S normal, M*/F log-normal)", null)));
        }
        return t;
    }

    /** Writes {@link #catalogueTable}. */
    public static void writeCatalogueWithVerdicts(List<CandidateRow> entries, Scenario s, Path out) throws ExportException {
        write(catalogueTable(entries, s), out);
    }

    /** Writes {@link #catalogueTable(List, Scenario, Distribution)} with the robustness columns. */
    public static void writeCatalogueWithVerdicts(List<CandidateRow> entries, Scenario s, Distribution distribution, Path out)
            throws ExportException {
        write(catalogueTable(entries, s, Objects.requireNonNull(distribution, "distribution")), out);
    }

    /** One row per kinetic energy with the derived quantities of {@code s} (the columns of the {@code quantities} command). */
    public static StarTable quantitiesTable(Scenario s, List<Double> energiesGeV) {
        RowListStarTable t = new RowListStarTable(new ColumnInfo[] {
                column("kinetic_energy_gev", Double.class, "Kinetic energy T per particle", "GeV"),
                column("rigidity_gv", Double.class, "Rigidity R = p c/(Z e)", "GV"),
                column("beta", Double.class, "v/c", null),
                column("r_g_au", Double.class, "Gyroradius p c/(Z e B), eq. (3)", "AU"),
                column("l_mfp_pc", Double.class, "Mean free path (c/nu0) R^delta_s, eq. (2)", "pc"),
                column("nu_eff_per_s", Double.class, "Effective scattering rate nu0 beta R^-delta_s, eq. (1)", "s-1"),
                column("t_mfp_yr", Double.class, "Scattering time 1/nu_eff", "yr"),
                column("kappa_eff_cm2_per_s", Double.class, "v^2/nu_eff (the paper's kappa_eff, f = 1)", "cm2 s-1"),
                column("kappa_iso_cm2_per_s", Double.class, "v^2/(3 nu_eff) (isotropic diffusion)", "cm2 s-1"),
                column("f_v_min", Double.class, "r_g/l_mfp, the smallest allowed f_V, eq. (11)", null),
                column("sigma_max_g_per_cm2", Double.class, "Upper limit on Sigma_s: rho_ISM l_mfp, eqs. (9)-(10)", "g cm-2"),
                column("column_max_per_cm2", Double.class, "Upper limit on the column: n_ISM l_mfp", "cm-2")});
        t.setName("quantities");
        for (double e : energiesGeV) {
            DerivedQuantities q = s.at(e);
            t.addRow(new Object[] {q.kineticEnergyGeV(), q.rigidityGV(), q.beta(), q.gyroradiusAu(), q.meanFreePathPc(),
                    q.effectiveRatePerS(), q.scatteringTimeYr(), q.kappaEffCm2PerS(), q.kappaIsotropicCm2PerS(),
                    q.minFillingFactor(), q.maxSurfaceDensityGPerCm2(), q.maxColumnDensityPerCm2()});
        }
        scenarioParameters(t, s);
        return t;
    }

    /** Writes {@link #quantitiesTable}. */
    public static void writeQuantities(Scenario s, List<Double> energiesGeV, Path out) throws ExportException {
        write(quantitiesTable(s, energiesGeV), out);
    }

    /**
     * Writes {@code table} in the format of {@code out}'s extension, atomically.
     *
     * @throws ExportException if the extension is not one of {@link #EXTENSIONS} (naming them) or the write fails
     */
    public static void write(StarTable table, Path out) throws ExportException {
        Format f = format(out).orElseThrow(() -> new ExportException(out, "unknown table format; use one of "
                + String.join(", ", EXTENSIONS) + " (.ecsv is ECSV, the others VOTable)", null));
        StarTableWriter w = writer(f);
        AtomicExport.write(out, stream -> w.writeStarTable(table, stream));
    }

    /** A STIL writer of {@code format}: comma-delimited ECSV, or VOTable 1.4 TABLEDATA without a date stamp. */
    public static StarTableWriter writer(Format format) {
        if (format == Format.ECSV) {
            return EcsvTableWriter.COMMA_WRITER;
        }
        VOTableWriter w = new VOTableWriter(DataFormat.TABLEDATA, true, VOTableVersion.V14);
        w.setWriteDate(false);
        return w;
    }

    private static void scenarioParameters(RowListStarTable t, @Nullable Scenario s) {
        if (s == null) {
            return;
        }
        t.setParameter(param("delta_s", s.deltaS(), "Rigidity index of scattering, nu_eff ~ R^-delta_s (eqs. 1-2)", null));
        t.setParameter(param("b", s.bMicroGauss(), "Diffuse magnetic field B (eq. 3)", "uG"));
        t.setParameter(param("nu0", s.nu0PerS(), "Scattering-rate normalisation at 1 GV (eqs. 1-2)", "s-1"));
        t.setParameter(param("dimensionality", s.dimensionality(), "D: 0 spheres, 1 filaments, 2 sheets (eq. 8)", null));
        t.setParameter(param("aspect", s.aspect(), "Aspect ratio l_L/l_S (eq. 8)", null));
        t.setParameter(param("n_ism", s.nIsmPerCm3(), "ISM density for the Sigma_s limit (eqs. 9-10)", "cm-3"));
        t.setParameter(param("species", s.species().name() + " (Z=" + s.species().chargeNumber() + ", A="
                + s.species().massNumber() + ")", "Cosmic-ray nucleus", null));
        List<String> specs = s.energyClasses().stream().map(EnergyClass::toSpec).toList();
        t.setParameter(param("energy_classes", String.join(",", specs), "Energy classes LABEL=TLO..THI (kinetic energy)", null));
        t.setParameter(param("paper", "Butsky, Hopkins, Kempski, Ponnada, Quataert & Squire 2024, MNRAS 528, 4245",
                "The paper whose Figs. 2-3 this reproduces", null));
    }

    private static ColumnInfo column(String name, Class<?> type, String description, @Nullable String unit) {
        ColumnInfo c = new ColumnInfo(name, type, description);
        if (unit != null) {
            c.setUnitString(unit);
        }
        return c;
    }

    private static DescribedValue param(String name, Object value, String description, @Nullable String unit) {
        DefaultValueInfo info = new DefaultValueInfo(name, value.getClass(), description);
        if (unit != null) {
            info.setUnitString(unit);
        }
        return new DescribedValue(info, value);
    }

    private static void addRange(List<@Nullable Object> row, Optional<Span> r) {
        row.add(r.map(Span::min).orElse(null));
        row.add(r.map(Span::max).orElse(null));
    }

    private static String planes(CandidateRow e) {
        boolean ns = e.planes().contains(Plane.NUMBER_DENSITY);
        boolean fv = e.planes().contains(Plane.FILLING_FACTOR);
        return ns && fv ? "ns+fv" : ns ? "ns" : "fv";
    }

    /**
     * Text of the robustness columns and parameters in ASCII, as the other descriptions of these tables are (ECSV
     * headers are written in ASCII): the symbols of the paper spelt out ({@code δ_s} → {@code delta_s}, {@code ν̄₀} →
     * {@code nu0}, {@code μG} → {@code uG}), dashes, signs and {@code ≥} in ASCII; anything else non-ASCII becomes
     * {@code ?}.
     */
    static String ascii(String text) {
        String t = text.replace("δ_s", "delta_s").replace("ν̄₀", "nu0").replace("μ", "u").replace("–", "-").replace("−", "-")
                .replace("×/÷", "*/").replace("±", "+-").replace("≥", ">=").replace("≤", "<=").replace("⁻¹", "^-1")
                .replace("ℓ_S", "l_S").replace("ℓ", "l");
        StringBuilder b = new StringBuilder(t.length());
        t.codePoints().forEach(c -> b.append(c < 128 ? (char) c : '?'));
        return b.toString();
    }

    /** A class label as part of a column name: letters, digits and {@code _}. */
    static String safe(String label) {
        String s = label.replaceAll("[^A-Za-z0-9_]", "_");
        return s.isEmpty() ? "class" : s;
    }
}
