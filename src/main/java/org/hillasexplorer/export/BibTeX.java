package org.hillasexplorer.export;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hillasexplorer.catalog.CatalogEntry;

/**
 * The literature behind catalogue entries as BibTeX: always the paper (Butsky et al. 2024) first, then one entry per
 * distinct main source of the given entries, in their order. A source is known when its bibcode or DOI is in the small
 * bibliography kept here (the main sources of the built-in catalogue, checked against the journals' records): it
 * becomes a full {@code @article}. Any other reference (a user catalogue, a source without identifiers) becomes a
 * {@code @misc} whose author and year are read from the entry's {@code reference} text and whose note keeps that text.
 *
 * <p>Keys are {@code SurnameYear} in ASCII ({@code Green2019}, {@code MivilleDeschenes2017}, {@code HESS2018}), made
 * unique with {@code a}, {@code b}, …; accented letters are written as TeX accents ({@code Miville-Desch{\`{e}}nes}),
 * and {@code & % $ # _ { } ~ ^ \} are escaped. Lines end in {@code \n}.
 */
public final class BibTeX {

    /**
     * One bibliographic record.
     *
     * @param authors "Surname, I. J." each; a name without a comma is a collaboration, kept as one unit; a last
     *                element {@code others} gives "et al."
     */
    record Work(String type, List<String> authors, String title, String journal, String volume, String pages, int year,
                String doi, String bibcode, String eprint) {
    }

    /** The paper the program reproduces. */
    static final Work PAPER = new Work("article",
            List.of("Butsky, I. S.", "Hopkins, P. F.", "Kempski, P.", "Ponnada, S. B.", "Quataert, E.", "Squire, J."),
            "Galactic cosmic-ray scattering due to intermittent structures", "Monthly Notices of the Royal Astronomical Society",
            "528", "4245", 2024, "10.1093/mnras/stae276", "2024MNRAS.528.4245B", "2308.06316");

    /** Main sources of the built-in catalogue, by bibcode or (when it has none) DOI. */
    private static final Map<String, Work> KNOWN = new HashMap<>();

    static {
        known(new Work("article", List.of("Reyl\u00e9, C.", "others"), "The 10 parsec sample in the Gaia era",
                "Astronomy \\& Astrophysics", "650", "A201", 2021, "", "2021A&A...650A.201R", ""));
        known(new Work("article", List.of("Walder, R.", "Folini, D.", "Meynet, G."),
                "Magnetic Fields in Massive Stars, Their Winds, and Their Nebulae", "Space Science Reviews", "166", "145", 2012,
                "", "2012SSRv..166..145W", ""));
        known(new Work("article", List.of("Anderson, L. D.", "others"), "The WISE Catalog of Galactic H II Regions",
                "The Astrophysical Journal Supplement Series", "212", "1", 2014, "10.1088/0067-0049/212/1/1",
                "2014ApJS..212....1A", ""));
        known(new Work("article", List.of("Miville-Desch\u00eanes, M.-A.", "Murray, N.", "Lee, E. J."),
                "Physical Properties of Molecular Clouds for the Entire Milky Way Disk", "The Astrophysical Journal", "834", "57",
                2017, "10.3847/1538-4357/834/1/57", "2017ApJ...834...57M", ""));
        known(new Work("article", List.of("Moe, M.", "De Marco, O."),
                "Do Most Planetary Nebulae Derive from Binaries? I. Population Synthesis Model of the Galactic Planetary "
                        + "Nebula Population Produced by Single Stars and Binaries",
                "The Astrophysical Journal", "650", "916", 2006, "", "2006ApJ...650..916M", ""));
        known(new Work("article", List.of("Green, D. A."), "A revised catalogue of 294 Galactic supernova remnants",
                "Journal of Astrophysics and Astronomy", "40", "36", 2019, "", "2019JApA...40...36G", "1907.02638"));
        known(new Work("article", List.of("Reid, M. J.", "others"),
                "Trigonometric Parallaxes of High Mass Star Forming Regions: The Structure and Kinematics of the Milky Way",
                "The Astrophysical Journal", "783", "130", 2014, "10.1088/0004-637X/783/2/130", "2014ApJ...783..130R", ""));
        known(new Work("article", List.of("Clemens, D. P.", "Barvainis, R."),
                "A Catalog of Small, Optically Selected Molecular Clouds: Optical, Infrared, and Millimeter Properties",
                "The Astrophysical Journal Supplement Series", "68", "257", 1988, "", "1988ApJS...68..257C", ""));
        known(new Work("article", List.of("H.E.S.S. Collaboration"),
                "The population of TeV pulsar wind nebulae in the H.E.S.S. Galactic Plane Survey", "Astronomy \\& Astrophysics",
                "612", "A2", 2018, "", "2018A&A...612A...2H", ""));
        known(new Work("article", List.of("Harris, W. E."), "A Catalog of Parameters for Globular Clusters in the Milky Way",
                "The Astronomical Journal", "112", "1487", 1996, "10.1086/118116", "1996AJ....112.1487H", ""));
        known(new Work("article", List.of("Rosslowe, C. K.", "Crowther, P. A."),
                "Spatial distribution of Galactic Wolf-Rayet stars and implications for the global population",
                "Monthly Notices of the Royal Astronomical Society", "447", "2322", 2015, "10.1093/mnras/stu2525",
                "2015MNRAS.447.2322R", ""));
        known(new Work("article", List.of("Stanimirovi\u0107, S.", "Zweibel, E. G."),
                "Atomic and Ionized Microstructures in the Diffuse Interstellar Medium",
                "Annual Review of Astronomy and Astrophysics", "56", "489", 2018, "", "2018ARA&A..56..489S", ""));
        known(new Work("article", List.of("Fiedler, R. L.", "Dennison, B.", "Johnston, K. J.", "Hewish, A."),
                "Extreme scattering events caused by compact structures in the interstellar medium", "Nature", "326", "675",
                1987, "", "1987Natur.326..675F", ""));
        known(new Work("article", List.of("McClure-Griffiths, N. M.", "others"),
                "Magnetically Dominated Strands of Cold Hydrogen in the Riegel-Crutcher Cloud", "The Astrophysical Journal",
                "652", "1339", 2006, "", "2006ApJ...652.1339M", ""));
        known(new Work("article", List.of("Dong, C.", "Wang, L.", "Huang, Y.-M.", "Comisso, L.", "Sandstrom, T. A.",
                "Bhattacharjee, A."), "Reconnection-driven energy cascade in magnetohydrodynamic turbulence",
                "Science Advances", "8", "eabn7627", 2022, "10.1126/sciadv.abn7627", "", ""));
        known(new Work("article", List.of("Ji, S.", "Oh, S. P.", "Masterson, P."), "Simulations of radiative turbulent mixing layers",
                "Monthly Notices of the Royal Astronomical Society", "487", "737", 2019, "10.1093/mnras/stz1248",
                "2019MNRAS.487..737J", ""));
        known(new Work("article", List.of("Fielding, D. B.", "Ripperda, B.", "Philippov, A. A."),
                "Plasmoid Instability in the Multiphase Interstellar Medium", "The Astrophysical Journal Letters", "949", "L5",
                2023, "", "2023ApJ...949L...5F", ""));
        known(new Work("article", List.of("Squire, J.", "Hopkins, P. F.", "Quataert, E.", "Kempski, P."),
                "The impact of astrophysical dust grains on the confinement of cosmic rays",
                "Monthly Notices of the Royal Astronomical Society", "502", "2630", 2021, "", "2021MNRAS.502.2630S", ""));
        known(new Work("article", List.of("Quataert, E.", "Thompson, T. A.", "Jiang, Y.-F."),
                "The physics of galactic winds driven by cosmic rays II: Isothermal streaming solutions",
                "Monthly Notices of the Royal Astronomical Society", "510", "1184", 2022, "", "2022MNRAS.510.1184Q", ""));
    }

    private static final Pattern YEAR = Pattern.compile("\\b(1[6-9]\\d\\d|20\\d\\d)[a-z]?\\b");
    private static final Pattern ARXIV = Pattern.compile("(?:arXiv:|astro-ph/)(\\d{4}\\.\\d{4,5}|\\d{7})");

    private BibTeX() {
    }

    private static void known(Work w) {
        KNOWN.put(w.bibcode().isEmpty() ? w.doi() : w.bibcode(), w);
    }

    /** The BibTeX text: the paper, then one record per distinct main source of {@code entries}. */
    public static String of(List<CatalogEntry> entries) {
        Map<String, Work> works = new LinkedHashMap<>();
        works.put(identity(PAPER), PAPER);
        for (CatalogEntry e : entries) {
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
    public static void write(List<CatalogEntry> entries, Path path) throws ExportException {
        AtomicFiles.writeString(path, of(entries));
    }

    /**
     * A short citation of the entry's main source, e.g. {@code Blitz & Rosolowsky 2005}, {@code Green 2019} or
     * {@code Anderson et al. 2014}: from the known bibliography when the entry's bibcode or DOI is in it, else the first
     * source of its {@code reference} text up to its year. Empty when the entry has no reference.
     */
    public static String shortCitation(CatalogEntry e) {
        Optional<Work> known = knownWork(e);
        if (known.isPresent()) {
            return shortCitation(known.get());
        }
        String first = firstSource(e.reference());
        Matcher m = YEAR.matcher(first);
        return m.find() ? first.substring(0, m.end()).strip() : first;
    }

    /** The key {@link #of} gives the entry's main source before making keys unique, e.g. {@code Green2019}. */
    public static String citeKey(CatalogEntry e) {
        return work(e).map(BibTeX::baseKey).orElse("");
    }

    /** The paper's key, {@code Butsky2024}. */
    public static String paperKey() {
        return baseKey(PAPER);
    }

    private static Optional<Work> knownWork(CatalogEntry e) {
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
    private static Optional<Work> work(CatalogEntry e) {
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
        String r = reference == null ? "" : reference.strip();
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

    private static String accent(char combining) {
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
