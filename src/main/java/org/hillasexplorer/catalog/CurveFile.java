package org.hillasexplorer.catalog;

import java.util.List;
import java.util.Objects;
import org.hillasexplorer.physics.TabulatedPopulation;

/**
 * A tabulated population curve as read by {@link CurveReader}: the curve of its valid points, and the problems of the
 * lines that were skipped (and notes such as an assumed unit).
 *
 * @param population the curve, with at least two points
 * @param problems   skipped lines and notes, in file order
 */
public record CurveFile(TabulatedPopulation population, List<CatalogProblem> problems) {
    public CurveFile {
        Objects.requireNonNull(population, "population");
        problems = List.copyOf(problems);
    }

    /** Whether some lines were skipped or something was assumed. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The problems as one readable block ({@link CatalogProblem#report(List)}); empty when there are none. */
    public String report() {
        return CatalogProblem.report(problems);
    }
}
