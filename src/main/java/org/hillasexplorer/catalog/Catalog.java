package org.hillasexplorer.catalog;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hillasexplorer.physics.Plane;

/**
 * A read catalogue: the entries that passed validation, in file order, and the problems of the rows that did not.
 *
 * @param source   the file's name as shown to the user
 * @param entries  valid entries with distinct ids
 * @param problems rejected values, in file order
 */
public record Catalog(String source, List<CatalogEntry> entries, List<CatalogProblem> problems) {
    public Catalog {
        Objects.requireNonNull(source, "source");
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
        Set<String> ids = new HashSet<>();
        for (CatalogEntry e : entries) {
            if (!ids.add(e.id())) {
                throw new IllegalArgumentException("catalogue " + source + ": id '" + e.id() + "' appears twice");
            }
        }
    }

    /** The entry with this id, if any. */
    public Optional<CatalogEntry> byId(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The entries drawn on {@code plane}, in file order. */
    public List<CatalogEntry> entriesOn(Plane plane) {
        return entries.stream().filter(e -> e.isOn(plane)).toList();
    }

    /** The categories that occur, in enum order. */
    public Set<Category> categories() {
        Set<Category> out = EnumSet.noneOf(Category.class);
        entries.forEach(e -> out.add(e.category()));
        return Collections.unmodifiableSet(out);
    }

    /** Whether some rows were rejected. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
