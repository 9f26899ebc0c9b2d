package org.hillasexplorer.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hillasexplorer.figure.FigureOptions.Element;
import org.hillasexplorer.io.AtomicFiles;
import org.hillasexplorer.io.BoundedFiles;
import org.hillasexplorer.io.ReadException;
import org.hillasexplorer.io.WriteException;
import org.hillasexplorer.physics.IntermittentModelPopulation;
import org.hillasexplorer.physics.Parameter;
import org.hillasexplorer.physics.Parameters;
import org.hillasexplorer.physics.Population;
import org.hillasexplorer.physics.PowerLawPopulation;
import org.hillasexplorer.physics.Scenario;
import org.hillasexplorer.physics.Species;
import org.hillasexplorer.physics.TabulatedPopulation;
import org.hillasexplorer.physics.Units;
import org.hillasexplorer.physics.uncertainty.Uncertain;
import org.hillasexplorer.physics.uncertainty.UncertaintySpec;

/**
 * Reads and writes an {@link ExplorerState} as a small, human-readable JSON "scenario file":
 *
 * <pre>{@code
 * {
 *   "format": "hillas-explorer-scenario",
 *   "version": 1,
 *   "scenario": {"delta": 0.5, "b-ug": 3.0, "nu0": 1.0E-9, "dim": 0, "aspect": 1.0, "n-ism": 1.0,
 *                "species": {"z": 1, "a": 1},
 *                "classes": [{"label": "MeV", "min": "1 MeV", "max": "10 MeV"}, ...]},
 *   "view": {"layout": "side-by-side", "ns": {"log10_ls_au": [-3.5, 9.5], "log10_value": [-13.5, 17]}},
 *   "visible": {"hidden_classes": [], "hidden_candidates": [], "elements": ["candidate-boxes", ...]},
 *   "candidates": {
 *     "populations": [
 *       {"type": "power-law", "id": "my-sheets", "label": "my sheets", "n0": "1000 pc^-3", "l0": "1 au", "alpha_n": 2.5,
 *        "min": "0.1 au", "max": "1000 au", "dim": 2, "aspect": 10.0, "nu_s": 1.0E-6},
 *       {"type": "tabulated", "id": "sim", "label": "simulation", "plane": "ns",
 *        "points": [[0.1, 1.0E12], [1.0, 1.0E9]], "dim": 0, "aspect": 1.0},
 *       {"type": "intermittent-model", "id": "intermittent_model", "label": "hypothetical intermittent model (ℓ_S = r_g)"}
 *     ],
 *     "catalog_files": ["/home/me/sim.csv"]
 *   }
 * }
 * }</pre>
 *
 * <p>Scalar scenario keys are the {@link Parameter#key()}s of {@link Parameters#SCENARIO}; energies are text with a
 * unit ({@code "10 MeV"}) or plain numbers in GeV; a plane without a view entry uses the automatic view; element
 * names are the {@link Element} names in lower case with dashes. Only {@code format} and {@code version} are
 * required; every other missing field takes its default ({@link ExplorerState#defaults()}).
 *
 * <p>{@code candidates} holds the {@link ExplorerState#populations()} and {@link ExplorerState#catalogFiles()}; it is
 * written only when one of them is not empty, so files without populations or user catalogues stay readable by
 * earlier versions of the program. Each population is an object whose {@code type} is {@code power-law}
 * ({@link PowerLawPopulation}), {@code tabulated} ({@link TabulatedPopulation}) or {@code intermittent-model}
 * ({@link IntermittentModelPopulation}):
 * <ul>
 *   <li>lengths ({@code l0}, {@code min}, {@code max}) are text with a unit, {@code "10 au"}, {@code "2 pc"},
 *       {@code "0.5 kpc"} or {@code "3e13 cm"}, or plain numbers of au; they are written in au;</li>
 *   <li>the number density {@code n0} = n_s(&gt;ℓ₀) is text with a unit, {@code "1e3 pc^-3"} or
 *       {@code "1e-52 cm^-3"} (also {@code pc-3}, {@code cm-3}), or a plain number of pc⁻³; it is written in pc⁻³;</li>
 *   <li>{@code alpha_n} is the slope of the cumulative distribution, {@code dim} is D ∈ {0, 1, 2} (default 0),
 *       {@code aspect} is ℓ_L/ℓ_S (default 1) and {@code nu_s} the internal scattering rate in s⁻¹ (a plain number;
 *       absent when unknown);</li>
 *   <li>a power law needs {@code id}, {@code n0}, {@code alpha_n}, {@code min} and {@code max}; {@code l0} defaults to
 *       1 au and {@code label} to the id;</li>
 *   <li>a table needs {@code id}, {@code plane} ({@code ns} or {@code fv}) and {@code points}
 *       {@code [[ℓ_S, value], …]}: ℓ_S a length as above, value n_s(&gt;ℓ_S) as a density as above on {@code ns}
 *       or the plain number f_V on {@code fv}; points are written as plain numbers (au, pc⁻³);</li>
 *   <li>the intermittent model has only {@code id} and {@code label}, which default to those of
 *       {@link IntermittentModelPopulation#paper()}.</li>
 * </ul>
 * Population ids must be distinct. {@code catalog_files} is a list of paths as given (not resolved here); a scenario
 * file may come from anyone, so they are never opened as written: {@link NamedCatalogs#ofScenario} looks only for a
 * file of the same name beside the scenario file.
 *
 * <p>{@code uncertainty} ({@link ExplorerState#uncertainty()}) is written only when it is not
 * {@link UncertaintySpec#NONE} (absent, it is NONE, so files without it read as before):
 * <pre>
 *   "uncertainty": {"parameters": {"delta": "0.3..0.7", "b-ug": "1..10 log", "nu0": "1e-9*&#47;3"},
 *                   "levels": [0.68, 0.95], "samples": 512}
 * </pre>
 * {@code parameters} maps scalar scenario keys (not the whole-number {@code dim}) to a distribution in the text
 * {@link Uncertain#parse} reads, in the parameter's unit: {@code A..B} uniform, {@code A..B log} log-uniform,
 * {@code M+-S} normal, <code>M*&#47;F</code> log-normal (a single value is refused: leave the key out); each must lie in
 * the parameter's allowed range. {@code levels} are the credible levels of the shaded regions, each strictly between
 * 0 and 1, none twice (default 0.68, 0.95); {@code samples} is the number of Sobol samples, a whole number from 1 to
 * {@link org.hillasexplorer.physics.uncertainty.ParameterDistribution#MAX_SAMPLES} (default 512). The scenario's own
 * value of an uncertain parameter is where the exact band is drawn.
 *
 * <p>Reading is strict, so that a typo never silently falls back to a default: unknown keys, wrong types, values
 * outside their range, unknown names and empty view ranges are all refused with a {@link ScenarioFileException}
 * naming the source, the JSON path of the field and what is allowed. No other exception escapes {@link #read} or
 * {@link #fromJson}, whatever the input. The species is stored as Z and A only; it is read back as
 * {@link Species#of(int, int)}. The text is bound by Jackson to {@link ScenarioDocument}'s records, which mirror the
 * file, and {@link StateReader} validates them from the descriptors into the state; writing is the other way round
 * ({@link StateWriter} fills the same records, Jackson writes them), so the shape is defined once. The {@code scenario}
 * object is also the shape in which every JSON output writes a scenario ({@link #scenarioTree},
 * {@link #scenarioFromJson}).
 */
public final class ScenarioFile {
    /** The value of the {@code format} field. */
    public static final String FORMAT = "hillas-explorer-scenario";
    /** The newest file version this program writes and understands. */
    public static final int VERSION = 1;
    /** Largest file accepted [bytes]; a real scenario file is about 1 kB, so anything bigger is the wrong file. */
    public static final long MAX_BYTES = 1L << 20;

    private static final ObjectMapper MAPPER = ScenarioDocument.MAPPER;

    private ScenarioFile() {
    }

    // ------------------------------------------------------------------------------------------------ writing

    /** The state as pretty-printed JSON (UTF-8 text, {@code \n} line ends, a final newline). */
    public static String toJson(ExplorerState state) {
        return StateWriter.json(state);
    }

    /**
     * The scenario as the {@code scenario} object of a scenario file: the one shape in which every JSON output of the
     * program ({@code quantities}/{@code evaluate --format json}, the state embedded in figures) writes a scenario;
     * {@link #scenarioFromJson} reads it back.
     */
    public static JsonNode scenarioTree(Scenario s) {
        return StateWriter.scenarioTree(s);
    }

    /**
     * Reads a {@code scenario} object as {@link #scenarioTree} writes it (e.g. the {@code scenario} member of
     * {@code quantities --format json}), as strictly as a scenario file.
     *
     * @throws ScenarioFileException for any problem, with a message {@code sourceName: scenario.path: what is wrong}
     */
    public static Scenario scenarioFromJson(String json, String sourceName) {
        String source = sourceName == null || sourceName.isBlank() ? "scenario" : sourceName;
        if (json == null || json.isBlank()) {
            throw new ScenarioFileException(source + ": is empty (no scenario in it)", null);
        }
        return fromJson("{\"format\": \"" + FORMAT + "\", \"version\": " + VERSION + ", \"scenario\": " + json + "\n}", source)
                .scenario();
    }

    /** The top-level key of the uncertainty. */
    static final String UNCERTAINTY = "uncertainty";

    /** The type names of populations in the file, in the order of {@link Population}'s permitted classes. */
    static final List<String> POPULATION_TYPES = List.of("power-law", "tabulated", "intermittent-model");

    /** A length [au] as text that reads back to exactly the same double, e.g. {@code 0.1 au}. */
    static String lengthText(double au) {
        return plainNumber(au) + " au";
    }

    /**
     * An energy as text with a unit that reads back to exactly the same double: the short form of
     * {@link Units#formatEnergy} when it is exact (almost always), else all digits.
     */
    static String energyText(double energyGeV) {
        String pretty = Units.formatEnergy(energyGeV);
        try {
            if (Units.parseEnergyGeV(pretty) == energyGeV) {
                return pretty;
            }
            String unit = pretty.substring(pretty.lastIndexOf(' ') + 1);
            double scale = Units.parseEnergyGeV("1 " + unit);
            double v = energyGeV / scale;
            // the division may round; one of the neighbours then multiplies back exactly
            for (double c : new double[] {v, Math.nextUp(v), Math.nextDown(v)}) {
                String text = plainNumber(c) + " " + unit;
                if (Units.parseEnergyGeV(text) == energyGeV) {
                    return text;
                }
            }
        } catch (IllegalArgumentException unitNotReadable) {
            // e.g. "EeV", which formatEnergy writes but parseEnergyGeV does not read: fall through to GeV
        }
        return plainNumber(energyGeV) + " GeV";
    }

    /** The shortest decimal text that parses back to {@code v}, without a needless ".0" ({@code 1.0E-4} → {@code 1e-4}). */
    private static String plainNumber(double v) {
        return Units.exactText(v);
    }

    /**
     * Writes the state to {@code file} atomically (a failed write leaves any existing file untouched).
     *
     * @throws ScenarioFileException naming the file and the reason (directory missing, not writable, disk full, …)
     */
    public static void write(ExplorerState state, Path file) {
        try {
            AtomicFiles.writeString(file, toJson(state));
        } catch (WriteException e) {
            throw new ScenarioFileException(e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------------------------------------ reading

    /**
     * Reads a scenario file.
     *
     * @throws ScenarioFileException for any problem: missing, unreadable, too big, empty, binary or invalid
     */
    public static ExplorerState read(Path file) {
        String source = file.toString();
        String text;
        try {
            text = BoundedFiles.readUtf8(file, MAX_BYTES);
        } catch (ReadException e) {
            throw new ScenarioFileException(source + ": " + switch (e.problem()) {
                case MISSING -> "cannot read: no such file";
                case ACCESS_DENIED -> "cannot read: permission denied";
                case UNREADABLE -> "cannot read: " + e.detail();
                case DIRECTORY -> "is a directory, not a scenario file";
                case NOT_REGULAR, SYMBOLIC_LINK -> "is not a regular file (a FIFO, device or socket?), so not a scenario "
                        + "file; it was not opened";
                case TOO_LARGE -> tooBig(e.size() >= 0 ? e.size() : e.limit() + 1);
                case NOT_UTF8 -> BINARY;
            }, e.getCause());
        }
        return fromJson(text, source);
    }

    /**
     * The state embedded in an exported PNG, SVG or PDF figure ({@link FigureState}): everything needed to continue
     * from the figure in the window or to re-render it ({@code render --from}).
     *
     * @throws ScenarioFileException for a figure that cannot be read, is not a PNG/SVG/PDF, has no Hillas Explorer
     *                               state, or whose state is damaged or hand-edited badly (naming the field); never
     *                               another exception
     */
    public static ExplorerState fromFigure(Path figure) {
        return FigureState.read(figure).state();
    }

    private static final String BINARY = StateReader.BINARY;

    static String tooBig(long bytes) {
        return String.format(Locale.ROOT, "is %.1f MB; a scenario file is at most 1 MB (this is not one)",
                bytes / (double) MAX_BYTES);
    }

    /**
     * Parses scenario-file text.
     *
     * @param json       the file's content
     * @param sourceName what to call the source in messages, usually the file name
     * @throws ScenarioFileException for any problem, with a message {@code sourceName: json.path: what is wrong}
     */
    public static ExplorerState fromJson(String json, String sourceName) {
        String source = sourceName == null || sourceName.isBlank() ? "scenario" : sourceName;
        if (json == null) {
            throw new ScenarioFileException(source + ": is empty (no scenario in it)", null);
        }
        try {
            return new StateReader(source).read(json);
        } catch (ScenarioFileException e) {
            throw e;
        } catch (RuntimeException e) { // a safety net: the checks above should make this unreachable
            throw new ScenarioFileException(source + ": cannot be read (" + e + ")", e);
        }
    }

    /** The file-format name of an element, e.g. {@code candidate-boxes}: its descriptor's key. */
    static String elementKey(Element e) {
        return org.hillasexplorer.figure.RenderOptions.of(e).key();
    }

    /** The names accepted in {@code visible.elements}, in display order. */
    public static List<String> elementKeys() {
        return Arrays.stream(Element.values()).map(ScenarioFile::elementKey).collect(Collectors.toUnmodifiableList());
    }
}
