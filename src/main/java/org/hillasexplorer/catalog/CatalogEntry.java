package org.hillasexplorer.catalog;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hillasexplorer.physics.CandidateBox;
import org.hillasexplorer.physics.Plane;

/**
 * One candidate population of CR-scattering structures, with order-of-magnitude ranges of its short-axis size
 * ℓ_S [au], number density n_s(&gt;ℓ_S) [pc⁻³] and volume-filling factor f_V (Butsky et al. 2024, Section 4).
 *
 * @param id                   unique identifier: letters, digits, {@code _ . -}
 * @param name                 full name
 * @param label                short plot label, e.g. {@code GMCs}
 * @param category             macroscopic, small-scale or theoretical
 * @param planes               the figure(s) the entry is drawn on (non-empty)
 * @param sizeAu               ℓ_S range [au]; required unless theoretical
 * @param numberDensityPerPc3  n_s range [pc⁻³], if known
 * @param fillingFactor        f_V range (≤ 1), if known
 * @param dimensionality       D as text: {@code 0}, {@code 1}, {@code 2}, a range such as {@code 1-2}, or {@code ?}
 * @param derivation           one line: how the numbers were obtained
 * @param reference            short literature reference (free text; several sources separated by {@code ;})
 * @param doi                  DOI of the main literature source, bare ({@code 10.1088/0067-0049/212/1/1}), if known
 * @param bibcode              ADS bibcode (19 characters, e.g. {@code 2014ApJS..212....1A}) of the main source, if known
 */
public record CatalogEntry(String id, String name, String label, Category category, Set<Plane> planes,
                           Optional<Range> sizeAu, Optional<Range> numberDensityPerPc3, Optional<Range> fillingFactor,
                           String dimensionality, String derivation, String reference, Optional<String> doi,
                           Optional<String> bibcode) {

    /** Identifiers: what a file name or a CLI argument can carry without quoting. */
    public static final Pattern ID_PATTERN = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");
    /** D ∈ {0, 1, 2}, an ascending range of them, or unknown. */
    public static final Pattern DIMENSIONALITY_PATTERN = Pattern.compile("\\?|[0-2]|0-1|0-2|1-2");
    /** A bare DOI: {@code 10.}, a registrant code of 4–9 digits (optionally with sub-codes), {@code /}, a suffix. */
    public static final Pattern DOI_PATTERN = Pattern.compile("10\\.\\d{4,9}(\\.\\d+)*/\\S+");
    /** An ADS bibcode: 19 characters, {@code YYYYJJJJJVVVVMPPPPA}, starting with the year. */
    public static final Pattern BIBCODE_PATTERN = Pattern.compile("\\d{4}[A-Za-z0-9&.:'+\\-]{14}[A-Za-z.]");

    /** An entry without DOI or bibcode. */
    public CatalogEntry(String id, String name, String label, Category category, Set<Plane> planes,
                        Optional<Range> sizeAu, Optional<Range> numberDensityPerPc3, Optional<Range> fillingFactor,
                        String dimensionality, String derivation, String reference) {
        this(id, name, label, category, planes, sizeAu, numberDensityPerPc3, fillingFactor, dimensionality, derivation,
                reference, Optional.empty(), Optional.empty());
    }

    public CatalogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(planes, "planes");
        Objects.requireNonNull(sizeAu, "sizeAu");
        Objects.requireNonNull(numberDensityPerPc3, "numberDensityPerPc3");
        Objects.requireNonNull(fillingFactor, "fillingFactor");
        Objects.requireNonNull(dimensionality, "dimensionality");
        Objects.requireNonNull(derivation, "derivation");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(doi, "doi");
        Objects.requireNonNull(bibcode, "bibcode");
        if (doi.isPresent() && !DOI_PATTERN.matcher(doi.get()).matches()) {
            throw new IllegalArgumentException("entry " + id + ": doi '" + doi.get() + "' is not a DOI such as 10.1093/mnras/stu2525");
        }
        if (bibcode.isPresent() && !BIBCODE_PATTERN.matcher(bibcode.get()).matches()) {
            throw new IllegalArgumentException("entry " + id + ": bibcode '" + bibcode.get()
                    + "' is not a 19-character ADS bibcode such as 2014ApJS..212....1A");
        }
        if (!ID_PATTERN.matcher(id).matches()) {
            throw new IllegalArgumentException("id '" + id + "' must be 1–64 letters, digits, _ . or -");
        }
        if (name.isBlank() || label.isBlank()) {
            throw new IllegalArgumentException("entry " + id + ": name and label must not be blank");
        }
        if (planes.isEmpty()) {
            throw new IllegalArgumentException("entry " + id + ": planes must name ns, fv or both");
        }
        planes = Collections.unmodifiableSet(EnumSet.copyOf(planes));
        if (!DIMENSIONALITY_PATTERN.matcher(dimensionality).matches()) {
            throw new IllegalArgumentException("entry " + id + ": dimensionality '" + dimensionality
                    + "' must be 0, 1, 2, 0-1, 0-2, 1-2 or ?");
        }
        if (derivation.contains("\n") || derivation.contains("\r")) {
            throw new IllegalArgumentException("entry " + id + ": derivation must be one line");
        }
        if (fillingFactor.isPresent() && fillingFactor.get().max() > 1) {
            throw new IllegalArgumentException("entry " + id + ": f_V = " + fillingFactor.get().max() + " must be at most 1");
        }
        if (category != Category.THEORETICAL) {
            // an observed population is only useful as a box: it needs sizes and the values of each plane it is drawn on
            if (sizeAu.isEmpty()) {
                throw new IllegalArgumentException("entry " + id + ": a " + category.key() + " entry needs a size range");
            }
            for (Plane p : planes) {
                if (values(p, numberDensityPerPc3, fillingFactor).isEmpty()) {
                    throw new IllegalArgumentException("entry " + id + ": drawn on plane " + p.key() + " but has no "
                            + p.symbol() + " range");
                }
            }
        }
    }

    /**
     * What the entry says about itself, one line each, leaving out what its catalogue does not know: {@code D = 1-2}
     * (omitted when D is {@code ?}), {@code Derivation: …} and {@code Reference: …} (omitted when blank). A user's
     * file that gives only names and numbers thus shows no {@code D = ?} and no empty {@code Derivation:}.
     */
    public java.util.List<String> provenance() {
        java.util.List<String> out = new java.util.ArrayList<>(3);
        if (!dimensionality.equals("?")) {
            out.add("D = " + dimensionality);
        }
        if (!derivation.isBlank()) {
            out.add("Derivation: " + derivation.strip());
        }
        if (!reference.isBlank()) {
            out.add("Reference: " + reference.strip());
        }
        return java.util.List.copyOf(out);
    }

    /** The entry as a box on {@code plane}, when it has a size range and that plane's value range. */
    public Optional<CandidateBox> box(Plane plane) {
        Optional<Range> values = values(plane, numberDensityPerPc3, fillingFactor);
        if (sizeAu.isEmpty() || values.isEmpty()) {
            return Optional.empty();
        }
        Range s = sizeAu.get();
        Range v = values.get();
        return Optional.of(new CandidateBox(plane, s.min(), s.max(), v.min(), v.max()));
    }

    /**
     * The DOI as given in a file, normalised: {@code doi:10.x/y}, {@code https://doi.org/10.x/y} and
     * {@code http://dx.doi.org/10.x/y} become {@code 10.x/y}; empty if {@code text} is blank or not a DOI.
     */
    public static Optional<String> normaliseDoi(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        for (String prefix : new String[] {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"}) {
            if (lower.startsWith(prefix)) {
                t = t.substring(prefix.length()).strip();
                break;
            }
        }
        return DOI_PATTERN.matcher(t).matches() ? Optional.of(t) : Optional.empty();
    }

    /** The bibcode in {@code text} (stripped), or empty if it is blank or not a 19-character ADS bibcode. */
    public static Optional<String> normaliseBibcode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return BIBCODE_PATTERN.matcher(t).matches() ? Optional.of(t) : Optional.empty();
    }

    /** Whether the entry is drawn on {@code plane}. */
    public boolean isOn(Plane plane) {
        return planes.contains(plane);
    }

    private static Optional<Range> values(Plane plane, Optional<Range> ns, Optional<Range> fv) {
        return plane == Plane.NUMBER_DENSITY ? ns : fv;
    }
}
