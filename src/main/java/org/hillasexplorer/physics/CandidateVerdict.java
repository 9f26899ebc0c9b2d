package org.hillasexplorer.physics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The figure of merit of one candidate — a catalogue box or a modelled {@link Population} — on one plane: its verdict
 * for every energy class, the constraints of Section 3.1.1 it fails, and one plain-words line for people.
 *
 * @param id         the candidate's machine name
 * @param label      its human name
 * @param plane      the plane it was judged on
 * @param classes    one verdict per energy class, in the scenario's order
 * @param violations the constraints it fails (empty if none)
 * @param summary    e.g. {@code explains GeV scattering only; 3.1 dex too rare at TeV, 0.8 dex too abundant at MeV}
 */
public record CandidateVerdict(String id, String label, Plane plane, List<ClassVerdict> classes,
                               List<ConstraintViolation> violations, String summary) {
    public CandidateVerdict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(plane, "plane");
        classes = List.copyOf(classes);
        violations = List.copyOf(violations);
        Objects.requireNonNull(summary, "summary");
    }

    /** Whether the candidate reaches the band of every energy class. */
    public boolean explainsAll() {
        return !classes.isEmpty() && classes.stream().allMatch(v -> v.status() == ClassVerdict.Status.OVERLAPS);
    }

    /** The verdict for the class labelled {@code classLabel}, if there is one. */
    public Optional<ClassVerdict> forClass(String classLabel) {
        return classes.stream().filter(v -> v.energyClass().label().equals(classLabel)).findFirst();
    }
}
