package org.hillasexplorer.teaching;

import java.util.List;
import java.util.Objects;
import org.hillasexplorer.session.ExplorerState;

/**
 * One step of a guided tour: what to say and exactly what the window should show while saying it.
 *
 * @param title            a short heading, not blank
 * @param text             a few plain sentences for students (no markup), not blank
 * @param state            the complete state the window switches to (scenario, layout, views, hidden and shown layers)
 * @param highlights       the regions to outline, in drawing order; a highlight on the rigidity view ({@code plane}
 *                         null) is only allowed when {@code showRigidityView} is set
 * @param showRigidityView whether the rigidity view (ℓ_mfp against R) is shown with the planes
 */
public record TourStep(String title, String text, ExplorerState state, List<Highlight> highlights, boolean showRigidityView) {

    public TourStep {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(highlights, "highlights");
        if (title.isBlank() || text.isBlank()) {
            throw new IllegalArgumentException("a tour step needs a title and a text");
        }
        highlights = List.copyOf(highlights);
        if (!showRigidityView && highlights.stream().anyMatch(Highlight::onRigidityView)) {
            throw new IllegalArgumentException("step '" + title + "' highlights the rigidity view without showing it");
        }
    }
}
