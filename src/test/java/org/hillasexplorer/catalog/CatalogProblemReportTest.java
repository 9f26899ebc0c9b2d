package org.hillasexplorer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The problems of one or more files read as one block. */
class CatalogProblemReportTest {

    @Test
    void theOldConstructorStillWorksAndHasNoColumn() {
        CatalogProblem p = new CatalogProblem("a.ecsv", 3, "id", "bad");
        assertThat(p.column()).isZero();
        assertThat(p.warning()).isFalse();
        assertThat(p).hasToString("a.ecsv:3: id: bad");
        assertThat(new CatalogProblem("a.csv", 3, "id", "bad", 2).column()).isEqualTo(2);
        assertThatThrownBy(() -> new CatalogProblem("a.csv", 0, "id", "bad")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CatalogProblem("a.csv", 1, "id", "bad", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rowsAreCountedOncePerLineAndFilesAreKeptApart() {
        List<CatalogProblem> ps = List.of(
                new CatalogProblem("my.csv", 4, "n_s_min", "'-3' must be a positive number", 5),
                new CatalogProblem("my.csv", 4, "size_max", "'x' must be a positive number", 4),
                new CatalogProblem("my.csv", 7, "row", "has 5 values but the header names 8 columns"),
                CatalogProblem.warningAt("my.csv", 1, "size_min", "and size_max state no unit; their values were read as au", 3),
                new CatalogProblem("other.json", 2, "fv", "'2' must be at most 1 (a volume-filling factor)"));
        assertThat(CatalogProblem.report(ps)).isEqualTo("""
                2 rows of my.csv were skipped:
                  line 4, column n_s_min: '-3' must be a positive number
                  line 4, column size_max: 'x' must be a positive number
                  line 7: has 5 values but the header names 8 columns
                1 note on my.csv:
                  line 1, column size_min: and size_max state no unit; their values were read as au
                1 row of other.json was skipped:
                  line 2, column fv: '2' must be at most 1 (a volume-filling factor)""");
    }

    @Test
    void nothingToReportIsEmptyAndLongListsAreCut() {
        assertThat(CatalogProblem.report(List.of())).isEmpty();
        List<CatalogProblem> many = new ArrayList<>();
        for (int i = 1; i <= 250; i++) {
            many.add(new CatalogProblem("big.csv", i + 1, "row", "bad"));
        }
        String r = CatalogProblem.report(many);
        assertThat(r).startsWith("250 rows of big.csv were skipped:\n").endsWith("\n  … and 150 more");
        assertThat(r.lines()).hasSize(1 + CatalogProblem.MAX_REPORTED_PER_FILE + 1);
    }
}
