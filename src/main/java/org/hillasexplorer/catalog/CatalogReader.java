package org.hillasexplorer.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads catalogues of candidate structures. The format is recognised from the content, not the file name:
 *
 * <ul>
 * <li><b>ECSV 1.0</b> (the format astropy writes, and that of the built-in catalogue): a {@code # %ECSV 1.0} first line,
 *     {@code # ---}, a YAML header whose {@code datatype} list names the columns with their units, then CSV. Required
 *     columns: {@code id}, {@code name}, {@code category}, {@code size_min}/{@code size_max} (with a unit in the header
 *     or a suffix such as {@code size_min_au}). Optional: {@code label}, {@code planes}, {@code ns_min}/{@code ns_max}
 *     (e.g. {@code ns_min_pc3}), {@code fv_min}/{@code fv_max}, {@code dimensionality}, {@code derivation},
 *     {@code reference}, {@code doi}, {@code bibcode}; other columns are ignored. Sizes and number densities must
 *     state their unit. ECSV is read by this package's own parser rather than STIL's, because STIL reports a bad cell
 *     for the whole table while this one names the line and column and still loads the good rows.</li>
 * <li><b>JSON</b> (first non-blank character {@code {} or {@code [}): either
 *     {@code {"units": {"size": "pc", "ns": "cm-3"}, "entries": [{...}, ...]}} or a top-level array of entry objects.
 *     Each entry has the same keys as the plain-CSV columns below, with numbers or numeric strings as values; a key may
 *     state its unit ({@code "size_min_pc"}, {@code "size_min [pc]"}), else the {@code units} object may (by key, or for
 *     a whole kind by {@code size}, {@code ns} or {@code fv}). Other top-level keys are ignored. Example:
 *     <pre>{@code
 * {"units": {"size": "pc", "ns": "cm^-3"},
 *  "entries": [{"name": "Cold clumps", "size_min": 0.1, "size_max": 1, "ns_min": 1e-60, "ns_max": 1e-58,
 *               "fv_min": 1e-4, "fv_max": 1e-3, "reference": "my run 42"}]}
 * }</pre></li>
 * <li><b>VOTable</b> (first non-blank line {@code <?xml ...} or a {@code <VOTABLE} element; versions 1.0–1.5, any
 *     serialisation), read with STIL: the first TABLE is the catalogue. FIELD names follow the plain-CSV column rules
 *     below and a FIELD's {@code unit} attribute states the unit ({@code <FIELD name="size_min" unit="pc">} is
 *     {@code size_min [pc]}). Row problems name the line of the row's {@code <TR>} (TABLEDATA) or of the
 *     {@code <TABLE>} element (binary serialisations). A catalogue comes from other people, so a VOTable with a
 *     {@code <!DOCTYPE>} (the only place entities and external DTDs can be declared) or with a {@code <STREAM href>}
 *     (BINARY, BINARY2 or FITS data in another file or on the network) is refused, naming the line, before STIL sees
 *     it; binary data must be inline (base64). See {@link VoTableScreen}.</li>
 * <li><b>Plain CSV</b> (anything else): lines starting with {@code #} and blank lines are skipped; the first other line
 *     is the header row. The delimiter is {@code ,}, or {@code ;} or a tab when the header has more of those.</li>
 * </ul>
 *
 * <p>Plain-CSV columns and JSON keys are matched case-insensitively and without {@code _ - .} and blanks (so
 * {@code n_s_min}, {@code ns_min}, {@code NS-min} and {@code nsMin} are the same). A size or n_s column states its unit
 * in brackets or parentheses at the end ({@code size_min [pc]}, {@code n_s_min (cm^-3)}) or as a suffix
 * ({@code size_min_pc}, {@code ns_min_cm3}). Accepted names, where {@code MIN} is any of {@code min, minimum, low, lower}
 * before or after the stem and {@code MAX} any of {@code max, maximum, high, upper}:
 * <ul>
 * <li>size ℓ_S: stems {@code size, ls, l_s, l, ℓ, ell, short_axis, length} — {@code size_MIN} and {@code size_MAX}, or a
 *     single {@code size} column for a single value; units {@code au}, {@code pc}, {@code kpc}, {@code km},
 *     {@code cm} (any case); <b>default au</b> when no unit is stated (reported as a note);</li>
 * <li>n_s: stems {@code ns, n_s, n, number_density}; units {@code pc-3}, {@code pc^-3}, {@code pc**-3}, {@code pc⁻³},
 *     {@code 1/pc3}, {@code /pc3}, {@code per_pc3} and the same for {@code cm}; as a suffix also {@code pc3}, {@code cm3};
 *     <b>default pc⁻³</b> when no unit is stated (reported as a note);</li>
 * <li>f_V: stems {@code fv, f_v, filling, filling_factor, volume_filling_factor}; no unit (≤ 1);</li>
 * <li>{@code id} (also {@code key}, {@code identifier}): optional; made from the name ({@code Cold clumps} →
 *     {@code cold-clumps}) or {@code row-N} for the N-th data row;</li>
 * <li>{@code name} (also {@code structure}, {@code population}): optional, defaults to the label or the id;
 *     {@code label} ({@code short_name}) defaults to the name;</li>
 * <li>{@code category}: optional, defaults to {@code user}; {@code planes} ({@code plane}): {@code ns}, {@code fv} or
 *     {@code ns+fv}, defaults to the planes the row gives numbers for;</li>
 * <li>{@code dimensionality} ({@code dim}, {@code d}), {@code derivation} ({@code notes}, {@code comment},
 *     {@code method}), {@code reference} ({@code ref}, {@code citation}, {@code source}): optional;</li>
 * <li>{@code doi} and {@code bibcode} ({@code ads_bibcode}) of the main literature source: optional. A DOI may be given
 *     bare or as {@code doi:…} / {@code https://doi.org/…}; a value that is not a DOI ({@code 10.NNNN/…}) or a
 *     19-character ADS bibcode is left out with a note, and the row still loads.</li>
 * </ul>
 * Other columns are ignored. A size column is required, and an n_s or f_V column.
 *
 * <p>Sizes become au (1 pc = 206264.806 au), number densities pc⁻³ (1 cm⁻³ = 2.938×10⁵⁵ pc⁻³).
 *
 * <p>A bad row becomes {@link CatalogProblem}s naming the line and column, and the other rows still load
 * ({@link CatalogProblem#report(List)} words them as one block). A file that is not a catalogue at all (empty, binary,
 * not UTF-8, larger than 10 MB, without a recognisable size column, broken JSON or ECSV header) raises one
 * {@link CatalogException}; no other exception leaves these methods.
 */
public final class CatalogReader {
    /** Largest file accepted [bytes]; a catalogue of candidate populations is tiny, so more means a wrong file. */
    public static final long MAX_BYTES = TextInput.MAX_BYTES;
    /** Class-path location of the built-in catalogue (the build copies the top-level {@code catalog/} there). */
    public static final String BUILTIN_RESOURCE = "/org/hillasexplorer/catalog/builtin/candidates.ecsv";
    /** The name the built-in catalogue goes by in messages. */
    public static final String BUILTIN_SOURCE = "candidates.ecsv";

    static final String WHAT = "catalogue";
    static final String EXPECTED = "expected ECSV, JSON, or CSV with a header row naming the columns";

    private CatalogReader() {
    }

    /**
     * Reads the built-in catalogue shipped in the jar.
     *
     * @throws CatalogException if the resource is missing or unreadable (a packaging error)
     */
    public static Catalog readBuiltin() {
        try (InputStream in = CatalogReader.class.getResourceAsStream(BUILTIN_RESOURCE)) {
            if (in == null) {
                throw new CatalogException(BUILTIN_SOURCE, "the built-in catalogue is missing from the class path (" + BUILTIN_RESOURCE + ")");
            }
            return read(in, BUILTIN_SOURCE);
        } catch (IOException e) {
            throw new CatalogException(BUILTIN_SOURCE, "the built-in catalogue cannot be read (" + oneLine(e.getMessage()) + ")", e);
        }
    }

    /**
     * Reads a catalogue file (ECSV, plain CSV or JSON); messages name it as given. Reading the same path again after
     * it changed gives the new content.
     *
     * @throws CatalogException if the file is missing, unreadable, larger than {@link #MAX_BYTES}, not UTF-8 text or
     *                          not a catalogue
     */
    public static Catalog read(Path file) {
        String source = file == null ? "(no file)" : file.toString();
        String text = TextInput.read(file, source, WHAT);
        return parseGuarded(text, source);
    }

    /**
     * Reads a catalogue from UTF-8 bytes (at most {@link #MAX_BYTES}); the stream is not closed.
     *
     * @throws CatalogException if it is too large, not UTF-8 text or not a catalogue
     */
    public static Catalog read(InputStream in, String sourceName) {
        String source = TextInput.sourceName(sourceName, WHAT);
        return parseGuarded(TextInput.read(in, source, WHAT), source);
    }

    /**
     * Reads a catalogue from characters (at most {@link #MAX_BYTES} of them); the reader is not closed.
     *
     * @param sourceName the name messages use for this input, e.g. a file name
     * @throws CatalogException if it is too large, binary or not a catalogue
     */
    public static Catalog read(Reader r, String sourceName) {
        String source = TextInput.sourceName(sourceName, WHAT);
        return parseGuarded(TextInput.read(r, source, WHAT), source);
    }

    /** First line of {@code message}, at most 160 characters, for one-line messages. */
    static String oneLine(String message) {
        return TextInput.oneLine(message);
    }

    private static Catalog parseGuarded(String text, String source) {
        try {
            return parse(text, source);
        } catch (CatalogException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // the contract is "CatalogException or a catalogue", so an unforeseen failure still reaches the user as one line
            throw new CatalogException(source, "could not be read (" + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()) + ")", e);
        }
    }

    private static Catalog parse(String text, String source) {
        List<String> lines = TextInput.lines(text);
        if (lines.stream().allMatch(String::isBlank)) {
            throw new CatalogException(source, "is empty, not a catalogue (" + EXPECTED + ")");
        }
        TextInput.refuseBinary(lines, source, WHAT);
        if (lines.get(0).strip().startsWith("# %ECSV")) {
            return new EcsvParser(lines, source).run();
        }
        String first = lines.stream().filter(l -> !l.isBlank()).findFirst().orElseThrow().strip();
        if (VoTableParser.looksLikeXml(first)) {
            return new VoTableParser(text, source).run();
        }
        if (first.startsWith("{") || first.startsWith("[")) {
            return new JsonCatalogParser(text, source).run();
        }
        return new PlainCsvParser(lines, source).run();
    }
}
