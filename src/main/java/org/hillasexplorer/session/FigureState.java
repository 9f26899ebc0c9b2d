package org.hillasexplorer.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.hillasexplorer.catalog.CatalogReader;
import org.hillasexplorer.export.ExportException;
import org.hillasexplorer.export.FigureMetadata;
import org.hillasexplorer.figure.ViewRange;

/**
 * The provenance block embedded in every exported figure ({@link FigureMetadata}): the complete {@link ExplorerState}
 * as a scenario file, the program version, which plot was drawn, how (size, scale, style, the rigidity view's
 * range) and the identity of the catalogues drawn (names and SHA-256 checksums, the built-in one included). It is
 * stored under these keys:
 * <ul>
 *   <li>{@value FigureMetadata#STATE_KEY}: the scenario file JSON ({@link ScenarioFile#toJson}); extracted as is it
 *       opens as a scenario file;</li>
 *   <li>{@value FigureMetadata#VERSION_KEY}: e.g. {@code 0.1.0} or {@code development};</li>
 *   <li>{@value FigureMetadata#VIEW_KEY}: {@code ns}, {@code fv}, {@code rigidity} or {@code composite} (both planes
 *       arranged by the state's layout: stacked, or side by side otherwise);</li>
 *   <li>{@value FigureMetadata#CATALOGS_KEY}: {@code [{"name": "candidates.ecsv", "builtin": true, "sha256": "…"},
 *       {"name": "/home/me/sim.csv", "builtin": false, "sha256": "…"}]};</li>
 *   <li>{@value FigureMetadata#RENDER_KEY}: {@code {"format": "hillas-explorer-render", "version": 1, "width": 1000,
 *       "height": 720, "scale": 2.0, "style": "paper", "rigidity_view": {"log10_r_gv": [-3, 5],
 *       "log10_lmfp_pc": [-4, 6]}}} ({@code rigidity_view} only when the rigidity view has an explicit range; width
 *       and height are per chart for a composite).</li>
 * </ul>
 * Reading is as strict as {@link ScenarioFile}'s: a damaged or hand-edited block is refused with a
 * {@link ScenarioFileException} naming the figure, the key and the field.
 *
 * @param state        everything the figure shows
 * @param view         {@code ns}, {@code fv}, {@code rigidity} or {@code composite}
 * @param width        width in points (per chart for a composite), 16 … 20000
 * @param height       height in points (per chart for a composite), 16 … 20000
 * @param scale        PNG pixels per point (&gt; 0; recorded for vector formats too)
 * @param style        the figure style's name, e.g. {@code paper}
 * @param rigidityView explicit range of the rigidity view (log10 R [GV], log10 ℓ_mfp [pc]), or empty for automatic
 * @param catalogs     the catalogues drawn, in order
 * @param appVersion   the version of Hillas Explorer that made the figure
 */
public record FigureState(ExplorerState state, String view, int width, int height, double scale, String style,
                          Optional<ViewRange> rigidityView, List<CatalogIdentity> catalogs, String appVersion) {

    /** The views a figure can show. */
    public static final List<String> VIEWS = List.of("ns", "fv", "rigidity", "composite");
    /** The value of {@code format} in the render block. */
    public static final String RENDER_FORMAT = "hillas-explorer-render";

    private static final ObjectMapper MAPPER = ScenarioDocument.MAPPER;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public FigureState {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(rigidityView, "rigidityView");
        Objects.requireNonNull(appVersion, "appVersion");
        if (!VIEWS.contains(view)) {
            throw new IllegalArgumentException("view '" + view + "' is not one of " + String.join(", ", VIEWS));
        }
        if (width < 16 || height < 16 || width > 20_000 || height > 20_000) {
            throw new IllegalArgumentException("size " + width + " × " + height + " is outside 16 … 20000 per side");
        }
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("scale " + scale + " must be a positive number");
        }
        if (style.isBlank()) {
            throw new IllegalArgumentException("style must not be blank");
        }
        catalogs = List.copyOf(catalogs);
    }

    /**
     * One catalogue drawn in a figure.
     *
     * @param name    the built-in catalogue's name ({@link CatalogReader#BUILTIN_SOURCE}) or the file path as given
     *                (when the figure is read back, its checksum is what lets {@link NamedCatalogs#ofFigure} take
     *                the file of that name beside the figure)
     * @param builtin whether it is the catalogue built into the program
     * @param sha256  SHA-256 of the file's bytes, 64 lower-case hex digits
     */
    public record CatalogIdentity(String name, boolean builtin, String sha256) {
        public CatalogIdentity {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sha256, "sha256");
            if (name.isBlank()) {
                throw new IllegalArgumentException("a catalogue name must not be blank");
            }
            if (!SHA256.matcher(sha256).matches()) {
                throw new IllegalArgumentException("'" + sha256 + "' is not a SHA-256 checksum (64 lower-case hex digits)");
            }
        }

        /**
         * The built-in catalogue of this program.
         *
         * @throws ScenarioFileException if it is missing from the class path
         */
        public static CatalogIdentity ofBuiltin() {
            try (InputStream in = CatalogReader.class.getResourceAsStream(CatalogReader.BUILTIN_RESOURCE)) {
                if (in == null) {
                    throw new ScenarioFileException("the built-in catalogue is missing from the class path", null);
                }
                return new CatalogIdentity(CatalogReader.BUILTIN_SOURCE, true, FigureState.sha256(in));
            } catch (IOException e) {
                throw new ScenarioFileException("the built-in catalogue cannot be read: " + e.getMessage(), e);
            }
        }

        /**
         * A catalogue file, named {@code name} (the path as given), its checksum taken from {@code file}.
         *
         * @throws ScenarioFileException naming the file if it cannot be read
         */
        public static CatalogIdentity ofFile(String name, Path file) {
            try (InputStream in = Files.newInputStream(file)) {
                return new CatalogIdentity(name, false, FigureState.sha256(in));
            } catch (IOException | RuntimeException e) {
                throw new ScenarioFileException(file + ": cannot read (" + e.getMessage() + ")", e);
            }
        }

        /** A catalogue file named by its path as given. */
        public static CatalogIdentity ofFile(Path file) {
            return ofFile(file.toString(), file);
        }
    }

    /** SHA-256 of everything {@code in} yields, as 64 lower-case hex digits. */
    public static String sha256(InputStream in) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        try (DigestInputStream d = new DigestInputStream(in, md)) {
            d.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** This program's version: the jar manifest's, or {@code development} when run from classes. */
    public static String currentVersion() {
        String v = FigureState.class.getPackage() == null ? null : FigureState.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /**
     * The metadata of a figure the window or the CLI exports, made with this program's version and no explicit
     * rigidity range: pass it to {@code FigureExporter.write(…, metadata)} or {@code CompositeExporter.write(…, metadata)}.
     */
    public static Map<String, String> metadata(ExplorerState state, String view, int width, int height, double scale,
                                               String style, List<CatalogIdentity> catalogs) {
        return new FigureState(state, view, width, height, scale, style, Optional.empty(), catalogs, currentVersion())
                .toMetadata();
    }

    /** A copy with another view, size, scale and style (e.g. re-rendered with overrides). */
    public FigureState withRendering(String otherView, int otherWidth, int otherHeight, double otherScale, String otherStyle) {
        return new FigureState(state, otherView, otherWidth, otherHeight, otherScale, otherStyle, rigidityView, catalogs,
                appVersion);
    }

    /** The metadata entries, in the order STATE, VERSION, VIEW, CATALOGS, RENDER. */
    public Map<String, String> toMetadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(FigureMetadata.STATE_KEY, ScenarioFile.toJson(state));
        m.put(FigureMetadata.VERSION_KEY, appVersion);
        m.put(FigureMetadata.VIEW_KEY, view);
        m.put(FigureMetadata.CATALOGS_KEY, json(catalogs.stream()
                .map(c -> new CatalogBlock(node(c.name()), node(c.builtin()), node(c.sha256()))).toList()));
        RigidityViewBlock rv = rigidityView.map(v -> new RigidityViewBlock(List.of(node(v.log10XMin()), node(v.log10XMax())),
                List.of(node(v.log10YMin()), node(v.log10YMax())))).orElse(null);
        m.put(FigureMetadata.RENDER_KEY, json(new RenderBlock(node(RENDER_FORMAT), node(1), node(width), node(height),
                node(scale), node(style), rv)));
        return m;
    }

    private static JsonNode node(Object value) {
        return MAPPER.valueToTree(value);
    }

    private static String json(Object block) {
        try {
            return MAPPER.writeValueAsString(block);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a figure block cannot be written", e);
        }
    }

    // ------------------------------------------------------------------------------------------------ reading

    /**
     * The state embedded in a PNG, SVG or PDF figure.
     *
     * @throws ScenarioFileException for a figure that cannot be read, is not a PNG/SVG/PDF, has no Hillas Explorer
     *                               state, or whose state is damaged or hand-edited badly (the message names the
     *                               figure, the key and the field); never another exception
     */
    public static FigureState read(Path figure) {
        Map<String, String> md;
        try {
            md = FigureMetadata.read(figure);
        } catch (ExportException e) {
            throw new ScenarioFileException(e.getMessage(), e);
        } catch (RuntimeException e) { // a safety net: FigureMetadata.read throws only ExportException
            throw new ScenarioFileException(figure + ": cannot be read (" + e + ")", e);
        }
        return fromMetadata(md, figure.toString());
    }

    /**
     * The state in metadata entries as {@link #toMetadata} writes them.
     *
     * @param source what to call the figure in messages
     * @throws ScenarioFileException for a missing state or a damaged block, naming the key and the field
     */
    public static FigureState fromMetadata(Map<String, String> metadata, String source) {
        String src = source == null || source.isBlank() ? "figure" : source;
        try {
            return new Reader(src).read(metadata);
        } catch (ScenarioFileException e) {
            throw e;
        } catch (RuntimeException e) { // a safety net: the checks should make this unreachable
            throw new ScenarioFileException(src + ": the Hillas Explorer state cannot be read (" + e + ")", e);
        }
    }

    /**
     * The {@value FigureMetadata#RENDER_KEY} block as it is in the figure: the values as given, checked by the
     * {@link Reader}; the components are named exactly as the keys, so the allowed keys of a message come from here.
     */
    record RenderBlock(JsonNode format, JsonNode version, JsonNode width, JsonNode height, JsonNode scale, JsonNode style,
                       @JsonInclude(JsonInclude.Include.NON_NULL) RigidityViewBlock rigidity_view) {
    }

    /** The rigidity view's explicit range: log10 R [GV] and log10 ℓ_mfp [pc], each {@code [lo, hi]}. */
    record RigidityViewBlock(List<JsonNode> log10_r_gv, List<JsonNode> log10_lmfp_pc) {
    }

    /** One entry of the {@value FigureMetadata#CATALOGS_KEY} block as it is in the figure. */
    record CatalogBlock(JsonNode name, JsonNode builtin, JsonNode sha256) {
    }

    private static final TypeReference<List<CatalogBlock>> CATALOG_LIST = new TypeReference<>() { };

    private static final class Reader {
        private static final String RIGIDITY_SHAPE = "must be an object {\"log10_r_gv\": [lo, hi], \"log10_lmfp_pc\": [lo, hi]}";
        private final String source;

        Reader(String source) {
            this.source = source;
        }

        private ScenarioFileException fail(String key, String path, String problem) {
            return new ScenarioFileException(source + ": " + key + (path.isEmpty() ? "" : ": " + path) + ": " + problem, null);
        }

        FigureState read(Map<String, String> md) {
            String json = md.get(FigureMetadata.STATE_KEY);
            if (json == null) {
                throw new ScenarioFileException(source + ": no Hillas Explorer state in this figure (no \""
                        + FigureMetadata.STATE_KEY + "\" entry)", null);
            }
            ExplorerState state = ScenarioFile.fromJson(json, source + ": " + FigureMetadata.STATE_KEY);
            String version = md.getOrDefault(FigureMetadata.VERSION_KEY, "unknown");
            String view = md.get(FigureMetadata.VIEW_KEY);
            if (view == null) {
                throw fail(FigureMetadata.VIEW_KEY, "", "is missing; it must be one of " + String.join(", ", VIEWS));
            }
            if (!VIEWS.contains(view)) {
                throw fail(FigureMetadata.VIEW_KEY, "", "'" + shorten(view) + "' is not one of " + String.join(", ", VIEWS));
            }
            List<CatalogIdentity> catalogs = md.containsKey(FigureMetadata.CATALOGS_KEY)
                    ? catalogs(md.get(FigureMetadata.CATALOGS_KEY)) : List.of();
            if (!md.containsKey(FigureMetadata.RENDER_KEY)) {
                return new FigureState(state, view, 1000, 720, 2, "paper", Optional.empty(), catalogs, version);
            }
            return render(bind(FigureMetadata.RENDER_KEY, md.get(FigureMetadata.RENDER_KEY), RenderBlock.class, this::renderShape),
                    state, view, catalogs, version);
        }

        /** What the render block's value at {@code path} must be, when it is not (Jackson's shape complaints). */
        private String renderShape(String path) {
            return switch (path) {
                case "" -> "must be a JSON object {…}";
                case "rigidity_view" -> RIGIDITY_SHAPE;
                default -> "must be [lo, hi]"; // rigidity_view.log10_r_gv, rigidity_view.log10_lmfp_pc
            };
        }

        private FigureState render(RenderBlock r, ExplorerState state, String view, List<CatalogIdentity> catalogs,
                                   String version) {
            String key = FigureMetadata.RENDER_KEY;
            if (r.format() == null || !r.format().isTextual() || !RENDER_FORMAT.equals(r.format().textValue())) {
                throw fail(key, "format", "must be \"" + RENDER_FORMAT + "\"");
            }
            if (r.version() == null || !r.version().isNumber() || r.version().doubleValue() != 1) {
                throw fail(key, "version", "must be 1 (the only version this program understands)");
            }
            int width = r.width() == null ? 1000 : whole(key, "width", r.width(), 16, 20_000);
            int height = r.height() == null ? 720 : whole(key, "height", r.height(), 16, 20_000);
            double scale = r.scale() == null ? 2 : number(key, "scale", r.scale());
            if (!(scale > 0)) {
                throw fail(key, "scale", Double.toString(scale) + " must be positive");
            }
            String style = "paper";
            if (r.style() != null) {
                if (!r.style().isTextual() || r.style().textValue().isBlank()) {
                    throw fail(key, "style", "must be a style name such as \"paper\"");
                }
                style = r.style().textValue();
            }
            Optional<ViewRange> rigidity = Optional.ofNullable(r.rigidity_view()).map(v -> rigidityView(key, v));
            return new FigureState(state, view, width, height, scale, style, rigidity, catalogs, version);
        }

        private List<CatalogIdentity> catalogs(String json) {
            String key = FigureMetadata.CATALOGS_KEY;
            String entryShape = "must be an object {\"name\": …, \"builtin\": …, \"sha256\": …}";
            List<CatalogBlock> blocks = bind(key, json, CATALOG_LIST.getType(), path -> path.isEmpty() ? "must be a JSON array […]" : entryShape);
            List<CatalogIdentity> out = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                String path = "[" + i + "]";
                CatalogBlock c = blocks.get(i);
                if (c.name() == null || !c.name().isTextual() || c.name().textValue().isBlank()) {
                    throw fail(key, path + ".name", "must be a non-blank string");
                }
                if (c.builtin() != null && !c.builtin().isBoolean()) {
                    throw fail(key, path + ".builtin", "must be true or false");
                }
                if (c.sha256() == null || !c.sha256().isTextual() || !SHA256.matcher(c.sha256().textValue()).matches()) {
                    throw fail(key, path + ".sha256", "must be a SHA-256 checksum (64 lower-case hex digits)");
                }
                out.add(new CatalogIdentity(c.name().textValue(), c.builtin() != null && c.builtin().booleanValue(),
                        c.sha256().textValue()));
            }
            return out;
        }

        /**
         * Parses a block and binds it to {@code type} with the scenario file's strict mapper; a value of the wrong
         * shape (an array for an object, a null for a record) is refused with what {@code shape} says it must be at
         * its path, an unknown key with the keys allowed there.
         */
        private <T> T bind(String key, String json, Type type, UnaryOperator<String> shape) {
            JsonNode root;
            try {
                root = MAPPER.readTree(json);
            } catch (JsonProcessingException e) {
                throw fail(key, "", StrictReader.notJson(e, 40));
            }
            if (root == null || root.isMissingNode()) { // no JSON value at all: not of the shape either
                throw fail(key, "", shape.apply(""));
            }
            ScenarioDocument.Problem nul = ScenarioDocument.firstNull(root, type);
            if (nul != null) {
                throw fail(key, nul.path(), shape.apply(nul.path()));
            }
            try {
                return MAPPER.treeToValue(root, MAPPER.constructType(type));
            } catch (UnrecognizedPropertyException e) {
                List<JsonMappingException.Reference> refs = new ArrayList<>(e.getPath());
                refs.remove(refs.size() - 1); // the unknown key itself
                throw fail(key, ScenarioDocument.path(refs), "unknown key \"" + shorten(e.getPropertyName()) + "\"; allowed: "
                        + String.join(", ", ScenarioDocument.keysOf(e.getReferringClass())));
            } catch (JsonMappingException e) {
                String path = ScenarioDocument.path(e.getPath());
                throw fail(key, path, shape.apply(path));
            } catch (JsonProcessingException e) {
                throw fail(key, "", StrictReader.notJson(e, 40));
            }
        }

        private ViewRange rigidityView(String key, RigidityViewBlock n) {
            double[] x = pair(key, "rigidity_view.log10_r_gv", n.log10_r_gv());
            double[] y = pair(key, "rigidity_view.log10_lmfp_pc", n.log10_lmfp_pc());
            try {
                return new ViewRange(x[0], x[1], y[0], y[1]);
            } catch (IllegalArgumentException e) {
                throw fail(key, "rigidity_view", e.getMessage());
            }
        }

        private double[] pair(String key, String path, List<JsonNode> n) {
            if (n == null || n.size() != 2) {
                throw fail(key, path, "must be [lo, hi]");
            }
            return new double[] {number(key, path + "[0]", n.get(0)), number(key, path + "[1]", n.get(1))};
        }

        private double number(String key, String path, JsonNode n) {
            if (n == null || !n.isNumber() || !Double.isFinite(n.doubleValue())) {
                throw fail(key, path, "must be a finite number, not " + (n == null ? "nothing" : shorten(n.toString())));
            }
            return n.doubleValue();
        }

        private int whole(String key, String path, JsonNode n, int min, int max) {
            double v = number(key, path, n);
            if (v != Math.rint(v) || v < min || v > max) {
                throw fail(key, path, shorten(n.toString()) + " must be a whole number in [" + min + ", " + max + "]");
            }
            return (int) v;
        }

        private static String shorten(String s) {
            return StrictReader.shorten(s);
        }
    }
}
