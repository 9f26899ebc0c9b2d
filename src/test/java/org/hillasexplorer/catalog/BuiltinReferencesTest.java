package org.hillasexplorer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The DOIs and bibcodes of the built-in catalogue are well formed and consistent. */
class BuiltinReferencesTest {
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");

    private final Catalog builtin = CatalogReader.readBuiltin();

    @Test
    void doisAreSyntacticallyValidAndBibcodesHave19Characters() {
        int dois = 0;
        int bibcodes = 0;
        for (CatalogEntry e : builtin.entries()) {
            if (e.doi().isPresent()) {
                dois++;
                assertThat(e.doi().get()).as(e.id()).matches(DOI);
            }
            if (e.bibcode().isPresent()) {
                bibcodes++;
                String b = e.bibcode().get();
                assertThat(b).as(e.id()).hasSize(19);
                assertThat(b.substring(0, 4)).as(e.id()).matches("1[89]\\d\\d|20\\d\\d");
                assertThat(e.reference()).as(e.id() + ": the bibcode's year is one of the reference's")
                        .contains(b.substring(0, 4));
            }
            assertThat(e.reference()).as(e.id()).isNotBlank();
        }
        assertThat(dois).isGreaterThanOrEqualTo(6);
        assertThat(bibcodes).isGreaterThanOrEqualTo(15);
    }

    @Test
    void identifiersAreNotSharedByUnrelatedEntries() {
        Set<String> seen = new HashSet<>();
        for (CatalogEntry e : builtin.entries()) {
            e.bibcode().ifPresent(b -> assertThat(seen.add(b)).as(b).isTrue());
        }
    }

    @Test
    void theReaderNormalisesDoiSpellings() {
        assertThat(CatalogEntry.normaliseDoi("doi:10.1086/118116")).contains("10.1086/118116");
        assertThat(CatalogEntry.normaliseDoi(" https://doi.org/10.1086/118116 ")).contains("10.1086/118116");
        assertThat(CatalogEntry.normaliseDoi("10.1086")).isEmpty();
        assertThat(CatalogEntry.normaliseBibcode("1996AJ....112.1487H")).contains("1996AJ....112.1487H");
        assertThat(CatalogEntry.normaliseBibcode("1996AJ...112.1487H")).isEmpty();
    }
}
