package org.hillasexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hillasexplorer.catalog.CatalogEntry;
import org.hillasexplorer.catalog.CatalogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BibTeX of the catalogue's literature: parseable, complete, unique keys, and always the paper. */
class BibTeXTest {
    @TempDir
    Path dir;

    /** One parsed entry: type, key and fields (lower-case names, values without the outer braces). */
    record Entry(String type, String key, Map<String, String> fields) {
    }

    /** A small BibTeX parser: {@code @type{key, name = {value}, ...}} with balanced braces; fails on anything else. */
    static List<Entry> parse(String text) {
        List<Entry> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (true) {
            int at = text.indexOf('@', i);
            if (at < 0) {
                break;
            }
            int open = text.indexOf('{', at);
            String type = text.substring(at + 1, open).strip().toLowerCase(Locale.ROOT);
            assertThat(type).matches("[a-z]+");
            int comma = text.indexOf(',', open);
            String key = text.substring(open + 1, comma).strip();
            assertThat(key).as("key").matches("[A-Za-z0-9:_.-]+");
            Map<String, String> fields = new LinkedHashMap<>();
            int p = comma + 1;
            while (true) {
                while (p < n && Character.isWhitespace(text.charAt(p))) {
                    p++;
                }
                if (text.charAt(p) == '}') {
                    p++;
                    break;
                }
                int eq = text.indexOf('=', p);
                String name = text.substring(p, eq).strip().toLowerCase(Locale.ROOT);
                assertThat(name).matches("[a-z]+");
                int v = eq + 1;
                while (Character.isWhitespace(text.charAt(v))) {
                    v++;
                }
                assertThat(text.charAt(v)).as("value of " + name + " in " + key).isEqualTo('{');
                int depth = 0;
                int end = v;
                for (; end < n; end++) {
                    char c = text.charAt(end);
                    if (c == '\\') {
                        end++;
                        continue;
                    }
                    if (c == '{') {
                        depth++;
                    } else if (c == '}' && --depth == 0) {
                        break;
                    }
                }
                assertThat(depth).as("braces of " + name + " in " + key).isZero();
                assertThat(fields.put(name, text.substring(v + 1, end))).as("duplicate field " + name).isNull();
                p = end + 1;
                while (Character.isWhitespace(text.charAt(p))) {
                    p++;
                }
                if (text.charAt(p) == ',') {
                    p++;
                }
            }
            out.add(new Entry(type, key, fields));
            i = p;
        }
        return out;
    }

    @Test
    void theBuiltinCatalogueGivesValidBibTeXWithThePaperFirst() {
        List<BibTeX.Source> entries = sources(CatalogReader.readBuiltin().entries());
        List<Entry> bib = parse(BibTeX.of(entries));
        assertThat(bib).isNotEmpty();
        Set<String> keys = new HashSet<>();
        for (Entry e : bib) {
            assertThat(keys.add(e.key())).as("unique key " + e.key()).isTrue();
            assertThat(e.fields()).as(e.key()).containsKeys("author", "title", "year");
            assertThat(e.fields().get("year")).matches("\\d{4}");
        }
        Entry paper = bib.get(0);
        assertThat(paper.key()).isEqualTo("Butsky2024").isEqualTo(BibTeX.paperKey());
        assertThat(paper.fields()).containsEntry("volume", "528").containsEntry("pages", "4245")
                .containsEntry("doi", "10.1093/mnras/stae276").containsEntry("year", "2024");
        assertThat(paper.fields().get("title")).containsIgnoringCase("Galactic cosmic-ray scattering due to intermittent structures");
        assertThat(paper.fields().get("author")).startsWith("Butsky").contains("Squire");
        assertThat(keys).contains("Green2019", "Anderson2014", "Harris1996", "MivilleDeschenes2017");
        String text = BibTeX.of(entries);
        assertThat(text).contains("Miville-Desch{\\^{e}}nes").contains("Stanimirovi{\\'{c}}").contains("Astronomy \\& Astrophysics");
    }

    @Test
    void onlyThePaperForNoEntriesAndOneRecordPerDistinctSource() {
        assertThat(parse(BibTeX.of(List.of()))).extracting(Entry::key).containsExactly("Butsky2024");
        BibTeX.Source a = entry("a", "Green 2019 JApA 40 36", Optional.empty(), Optional.of("2019JApA...40...36G"));
        BibTeX.Source b = entry("b", "Green 2019", Optional.empty(), Optional.of("2019JApA...40...36G"));
        BibTeX.Source c = entry("c", "Sm{i}th & O'Neil_2 2019 100% {weird}", Optional.of("10.1234/abc_def"), Optional.empty());
        BibTeX.Source d = entry("d", "Smith et al. 2019b; Other 2001", Optional.empty(), Optional.empty());
        List<Entry> bib = parse(BibTeX.of(List.of(a, b, c, d)));
        assertThat(bib).extracting(Entry::key).containsExactly("Butsky2024", "Green2019", "Smith2019a", "Smith2019b");
        assertThat(bib.get(2).type()).isEqualTo("misc");
        assertThat(bib.get(2).fields()).containsEntry("doi", "10.1234/abc_def").containsEntry("year", "2019");
        assertThat(bib.get(3).fields().get("author")).endsWith("and others");
        assertThat(BibTeX.shortCitation(a)).isEqualTo("Green 2019");
        assertThat(BibTeX.shortCitation(d)).isEqualTo("Smith et al. 2019b");
        assertThat(BibTeX.citeKey(a)).isEqualTo("Green2019");
    }

    @Test
    void shortCitationsOfTheBuiltinCatalogue() {
        var cat = CatalogReader.readBuiltin();
        assertThat(BibTeX.shortCitation(source(cat.byId("hii_regions").orElseThrow()))).isEqualTo("Anderson et al. 2014");
        assertThat(BibTeX.shortCitation(source(cat.byId("colliding_wind_binaries").orElseThrow()))).isEqualTo("Rosslowe & Crowther 2015");
        assertThat(BibTeX.shortCitation(source(cat.byId("weak_shocks").orElseThrow()))).isEqualTo("Kadomtsev & Petviashvili 1973");
    }

    /**
     * Byte-for-byte the output of version 0.1.0, whose bibliography was Java code: its built-in catalogue's sources and
     * some awkward user references (frozen in {@code bibtex-sources-0.1.0.json}) give the same BibTeX, short citations
     * and keys now that the bibliography is the resource {@value BibTeX#RESOURCE}.
     */
    @Test
    void sameOutputAsVersion010() throws Exception {
        List<Map<String, String>> sources;
        try (InputStream in = BibTeXTest.class.getResourceAsStream("bibtex-sources-0.1.0.json")) {
            sources = new ObjectMapper().readValue(in, new TypeReference<List<Map<String, String>>>() { });
        }
        List<BibTeX.Source> entries = new ArrayList<>();
        for (Map<String, String> s : sources) {
            BibTeX.Source e = new BibTeX.Source(s.get("name"), s.get("reference"), nonEmpty(s.get("doi")), nonEmpty(s.get("bibcode")));
            assertThat(BibTeX.shortCitation(e)).as(s.get("reference")).isEqualTo(s.get("shortCitation"));
            assertThat(BibTeX.citeKey(e)).as(s.get("reference")).isEqualTo(s.get("citeKey"));
            entries.add(e);
        }
        String expected;
        try (InputStream in = BibTeXTest.class.getResourceAsStream("bibtex-0.1.0.bib")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(sources).hasSize(30);
        assertThat(BibTeX.of(entries)).isEqualTo(expected);
    }

    private static Optional<String> nonEmpty(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    @Test
    void writesAtomically() throws Exception {
        Path f = dir.resolve("refs.bib");
        BibTeX.write(sources(CatalogReader.readBuiltin().entries()), f);
        assertThat(parse(Files.readString(f))).hasSizeGreaterThan(10);
    }

    private static BibTeX.Source entry(String id, String reference, Optional<String> doi, Optional<String> bibcode) {
        return new BibTeX.Source("Entry " + id, reference, doi, bibcode);
    }

    /** A catalogue entry's literature, as the window and the CLI hand it over ({@code session.CatalogueExports}). */
    static BibTeX.Source source(CatalogEntry e) {
        return new BibTeX.Source(e.name(), e.reference(), e.doi(), e.bibcode());
    }

    static List<BibTeX.Source> sources(List<CatalogEntry> entries) {
        return entries.stream().map(BibTeXTest::source).toList();
    }
}
