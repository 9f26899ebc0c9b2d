package org.hillasexplorer.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The literature behind catalogue entries as BibTeX: always the paper (Butsky et al. 2024) first, then one entry per
 * distinct main source of the given {@link Source}s, in their order. A source is known when its bibcode or DOI is in the small
 * bibliography {@value #RESOURCE} next to this class (the main sources of the built-in catalogue, checked against the
 * journals' records), read once: it becomes a full {@code @article}. Any other reference (a user catalogue, a source without identifiers) becomes a
 * {@code @misc} whose author and year are read from the entry's {@code reference} text and whose note keeps that text.
 * The entries arrive as plain {@link Source} values (the caller reads them off its catalogue entries), so this package
 * does not depend on the catalogue's types.
 *
 * <p>Keys are {@code SurnameYear} in ASCII ({@code Green2019}, {@code MivilleDeschenes2017}, {@code HESS2018}), made
 * unique with {@code a}, {@code b}, …; accented letters are written as TeX accents ({@code Miville-Desch{\`{e}}nes}),
 * and {@code & % $ # _ { } ~ ^ \} are escaped. Lines end in {@code \n}.
 */
public final class BibTeX {

    /**
     * What BibTeX needs of one catalogue entry.
     *
     * @param name      the entry's full name (quoted in the title of a record read from the reference text)
     * @param reference free-text literature reference, several sources separated by {@code ;}; may be empty
     * @param doi       bare DOI of the main source, if known
     * @param bibcode   ADS bibcode of the main source, if known
     */
    public record Source(String name, String reference, Optional<String> doi, Optional<String> bibcode) {
        public Source {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(doi, "doi");
            Objects.requireNonNull(bibcode, "bibcode");
        }
    }

    /**
     * One bibliographic record, as in {@value #RESOURCE}; absent text fields are empty.
     *
     * @param authors "Surname, I. J." each; a name without a comma is a collaboration, kept as one unit; a last
     *                element {@code others} gives "et al."
     * @param journal already TeX ({@code Astronomy \& Astrophysics})
     */
    record Work(String type, List<String> authors, String title, String journal, String volume, String pages, int year,
                String doi, String bibcode, String eprint) {
        Work {
            Objects.requireNonNull(type, "type");
            authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
            Objects.requireNonNull(title, "title");
            journal = Objects.requireNonNullElse(journal, "");
            volume = Objects.requireNonNullElse(volume, "");
            pages = Objects.requireNonNullElse(pages, "");
            doi = Objects.requireNonNullElse(doi, "");
            bibcode = Objects.requireNonNullElse(bibcode, "");
            eprint = Objects.requireNonNullElse(eprint, "");
        }
    }

    /** The bibliography file: the paper, and the main sources of the built-in catalogue. */
    private record Bibliography(String format, int version, String note, Work paper,
                                @JsonProperty("catalogue_sources") List<Work> catalogueSources) {
    }

    /** The bibliography, a resource next to this class. */
    static final String RESOURCE = "references.json";
    private static final String FORMAT = "hillas-explorer-bibliography";

    private static final Bibliography BIBLIOGRAPHY = load();

    /** The paper the program reproduces. */
    static final Work PAPER = BIBLIOGRAPHY.paper();

    /** Main sources of the built-in catalogue, by bibcode or (when it has none) DOI, in the file's order. */
    private static final Map<String, Work> KNOWN = new LinkedHashMap<>();

    static {
        for (Work w : BIBLIOGRAPHY.catalogueSources()) {
            String id = w.bibcode().isEmpty() ? w.doi() : w.bibcode();
            if (id.isEmpty() || KNOWN.put(id, w) != null) {
                throw new IllegalStateException(RESOURCE + ": '" + w.title() + "' needs a bibcode or DOI of its own");
            }
        }
    }

    private static final Pattern YEAR = Pattern.compile("\\b(1[6-9]\\d\\d|20\\d\\d)[a-z]?\\b");
    private static final Pattern ARXIV = Pattern.compile("(?:arXiv:|astro-ph/)(\\d{4}\\.\\d{4,5}|\\d{7})");

    private BibTeX() {
    }

    /** Reads {@value #RESOURCE} (strictly: unknown or duplicate fields are errors). */
    private static Bibliography load() {
        try (InputStream in = BibTeX.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bibliography " + RESOURCE + " is missing next to " + BibTeX.class.getName());
            }
            Bibliography b = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readValue(in, Bibliography.class);
            if (!FORMAT.equals(b.format()) || b.version() != 1 || b.paper() == null || b.catalogueSources() == null) {
                throw new IllegalStateException(RESOURCE + " is not a version 1 " + FORMAT + " with a paper and catalogue_sources");
            }
            List<Work> all = new ArrayList<>(b.catalogueSources());
            all.add(0, b.paper());
            for (Work w : all) {
                if (w.authors().isEmpty() || w.title().isBlank() || w.year() <= 0) {
                    throw new IllegalStateException(RESOURCE + ": '" + w.title() + "' needs authors, a title and a year");
                }
            }
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bibliography " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The BibTeX text: the paper, then one record per distinct main source of {@code entries}. */
    public static String of(List<Source> entries) {
        Map<String, Work> works = new LinkedHashMap<>();
        works.put(identity(PAPER), PAPER);
        for (Source e : entries) {
            Optional<Work> w = work(e);
            if (w.isPresent()) {
                works.putIfAbsent(identity(w.get()), w.get());
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("% Literature of the Hillas Explorer catalogue entries; written by Hillas Explorer.\n");
        Map<String, Integer> used = new HashMap<>();
        List<String> keys = new ArrayList<>();
        List<Work> list = new ArrayList<>(works.values());
        for (Work w : list) {
            keys.add(baseKey(w));
        }
        Map<String, Integer> counts = new HashMap<>();
        keys.forEach(k -> counts.merge(k, 1, Integer::sum));
        for (int i = 0; i < list.size(); i++) {
            String base = keys.get(i);
            String key = base;
            if (counts.get(base) > 1) {
                int n = used.merge(base, 1, Integer::sum);
                key = base + suffix(n);
            }
            sb.append('\n').append(entry(list.get(i), key));
        }
        return sb.toString();
    }

    /** Writes {@link #of} to {@code path} atomically (UTF-8). */
    public static void write(List<Source> entries, Path path) throws ExportException {
        AtomicExport.writeString(path, of(entries));
    }

    /**
     * A short citation of the entry's main source, e.g. {@code Blitz & Rosolowsky 2005}, {@code Green 2019} or
     * {@code Anderson et al. 2014}: from the known bibliography when the entry's bibcode or DOI is in it, else the first
     * source of its {@code reference} text up to its year. Empty when the entry has no reference.
     */
    public static String shortCitation(Source e) {
        Optional<Work> known = knownWork(e);
        if (known.isPresent()) {
            return shortCitation(known.get());
        }
        String first = firstSource(e.reference());
        Matcher m = YEAR.matcher(first);
        return m.find() ? first.substring(0, m.end()).strip() : first;
    }

    /** The key {@link #of} gives the entry's main source before making keys unique, e.g. {@code Green2019}. */
    public static String citeKey(Source e) {
        return work(e).map(BibTeX::baseKey).orElse("");
    }

    /** The paper's key, {@code Butsky2024}. */
    public static String paperKey() {
        return baseKey(PAPER);
    }

    private static Optional<Work> knownWork(Source e) {
        Work w = e.bibcode().map(KNOWN::get).orElse(null);
        if (w == null) {
            w = e.doi().map(KNOWN::get).orElse(null);
        }
        if (w == null && e.doi().isPresent()) {
            String doi = e.doi().get();
            w = KNOWN.values().stream().filter(k -> k.doi().equalsIgnoreCase(doi)).findFirst().orElse(null);
        }
        return Optional.ofNullable(w);
    }

    /** The entry's main source: known, or read from its reference text; empty without reference or identifiers. */
    private static Optional<Work> work(Source e) {
        Optional<Work> known = knownWork(e);
        if (known.isPresent()) {
            return known;
        }
        String first = firstSource(e.reference());
        if (first.isEmpty() && e.doi().isEmpty() && e.bibcode().isEmpty()) {
            return Optional.empty();
        }
        Matcher y = YEAR.matcher(first);
        int year = 0;
        String authorText = first;
        if (y.find()) {
            year = Integer.parseInt(y.group(1));
            authorText = first.substring(0, y.start());
        }
        List<String> authors = authors(authorText.strip().replaceAll("[,(]+$", "").strip());
        if (authors.isEmpty()) {
            authors = List.of("Anonymous");
        }
        Matcher ax = ARXIV.matcher(e.reference());
        String eprint = ax.find() ? ax.group(1) : "";
        String title = "Source of the catalogue entry \u201c" + e.name() + "\u201d: " + e.reference();
        return Optional.of(new Work("misc", authors, title, "", "", "", year, e.doi().orElse(""), e.bibcode().orElse(""), eprint));
    }

    /** "Walder, Folini & Meynet" → [Walder, Folini, Meynet]; "Stone et al." → [Stone, others]. */
    private static List<String> authors(String text) {
        List<String> out = new ArrayList<>();
        boolean etAl = text.contains("et al");
        String t = text.replace("et al.", "").replace("et al", "").strip();
        if (t.toLowerCase(Locale.ROOT).endsWith("collaboration")) {
            out.add(t);
        } else {
            for (String part : t.split("\\s*(?:,|&|\\band\\b)\\s*")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        if (etAl && !out.isEmpty()) {
            out.add("others");
        }
        return out;
    }

    /** The first {@code ;}-separated source of a reference text, stripped. */
    private static String firstSource(String reference) {
        String r = reference.strip();
        int semi = r.indexOf(';');
        return (semi >= 0 ? r.substring(0, semi) : r).strip();
    }

    private static String identity(Work w) {
        if (!w.bibcode().isEmpty()) {
            return "bib:" + w.bibcode();
        }
        if (!w.doi().isEmpty()) {
            return "doi:" + w.doi().toLowerCase(Locale.ROOT);
        }
        return "text:" + w.title();
    }

    private static String surname(String author) {
        int comma = author.indexOf(',');
        return comma < 0 ? author : author.substring(0, comma);
    }

    private static String shortCitation(Work w) {
        List<String> names = w.authors().stream().filter(a -> !a.equals("others")).map(BibTeX::surname).toList();
        boolean others = w.authors().contains("others");
        String who;
        if (names.size() >= 3 || (others && !names.isEmpty())) {
            who = names.get(0) + " et al.";
        } else if (names.size() == 2) {
            who = names.get(0) + " & " + names.get(1);
        } else {
            who = names.isEmpty() ? "Anonymous" : names.get(0);
        }
        return w.year() > 0 ? who + " " + w.year() : who;
    }

    private static String baseKey(Work w) {
        String name = w.authors().isEmpty() ? "Anon" : surname(w.authors().get(0));
        name = name.replace("Collaboration", "");
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9]", "");
        if (ascii.isEmpty()) {
            ascii = "Anon";
        }
        return ascii + (w.year() > 0 ? Integer.toString(w.year()) : "");
    }

    private static String suffix(int n) {
        StringBuilder sb = new StringBuilder();
        int k = n;
        while (k > 0) {
            k--;
            sb.insert(0, (char) ('a' + k % 26));
            k /= 26;
        }
        return sb.toString();
    }

    private static String entry(Work w, String key) {
        StringBuilder sb = new StringBuilder("@").append(w.type()).append('{').append(key).append(",\n");
        List<String> authors = new ArrayList<>();
        for (String a : w.authors()) {
            authors.add(a.equals("others") ? "others" : a.contains(",") ? escape(a) : "{" + escape(a) + "}");
        }
        field(sb, "author", String.join(" and ", authors));
        field(sb, "title", "{" + escape(w.title()) + "}");
        if (!w.journal().isEmpty()) {
            // journal names are stored already escaped (A\&A)
            field(sb, "journal", w.journal());
        }
        if (w.year() > 0) {
            field(sb, "year", Integer.toString(w.year()));
        }
        if (!w.volume().isEmpty()) {
            field(sb, "volume", escape(w.volume()));
        }
        if (!w.pages().isEmpty()) {
            field(sb, "pages", escape(w.pages()));
        }
        if (!w.doi().isEmpty()) {
            field(sb, "doi", w.doi().replace("{", "").replace("}", ""));
        }
        if (!w.bibcode().isEmpty()) {
            field(sb, "adsurl", "https://ui.adsabs.harvard.edu/abs/" + w.bibcode().replace("&", "%26"));
        }
        if (!w.eprint().isEmpty()) {
            field(sb, "eprint", w.eprint());
            field(sb, "archivePrefix", "arXiv");
        }
        int last = sb.length() - 2;
        if (sb.charAt(last) == ',') {
            sb.deleteCharAt(last);
        }
        return sb.append("}\n").toString();
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** TeX-escapes {@code text}: special characters, and accented Latin letters as TeX accents. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            char next = i + 1 < nfd.length() ? nfd.charAt(i + 1) : 0;
            String accent = accent(next);
            if (accent != null && Character.isLetter(c) && c < 128) {
                sb.append("{\\").append(accent).append('{').append(c == 'i' ? "\\i" : String.valueOf(c)).append("}}");
                i++;
                continue;
            }
            switch (c) {
                case '&', '%', '$', '#', '_', '{', '}' -> sb.append('\\').append(c);
                case '~' -> sb.append("\\textasciitilde{}");
                case '^' -> sb.append("\\textasciicircum{}");
                case '\\' -> sb.append("\\textbackslash{}");
                case '\u201c' -> sb.append("``");
                case '\u201d' -> sb.append("''");
                case '\u2013' -> sb.append("--");
                case '\u2014' -> sb.append("---");
                default -> sb.append(c);
            }
        }
        return Normalizer.normalize(sb.toString(), Normalizer.Form.NFC);
    }

    private static @Nullable String accent(char combining) {
        return switch (combining) {
            case '\u0301' -> "'";
            case '\u0300' -> "`";
            case '\u0308' -> "\"";
            case '\u0302' -> "^";
            case '\u0303' -> "~";
            case '\u030C' -> "v";
            case '\u0327' -> "c";
            case '\u0304' -> "=";
            case '\u0306' -> "u";
            case '\u030A' -> "r";
            case '\u030B' -> "H";
            case '\u0307' -> ".";
            case '\u0328' -> "k";
            default -> null;
        };
    }
}
