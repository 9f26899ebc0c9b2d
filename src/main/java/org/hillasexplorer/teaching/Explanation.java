package org.hillasexplorer.teaching;

import java.util.Objects;

/**
 * A "why?" card: the equation behind one feature of the figures and one sentence a student understands.
 *
 * @param key      stable machine name, e.g. {@code constraint.larger-than-gyroradius}, {@code edge.smallest-size},
 *                 {@code parameter.delta}
 * @param title    a short heading naming the feature and the paper's equation, e.g. {@code Bigger than the gyroradius (eq. 3)}
 * @param equation the relation in plain Unicode, e.g. {@code n_s = 1/(ℓ_mfp ℓ_L^D ℓ_S^(2−D))}
 * @param sentence one plain sentence saying why it holds or what it does
 */
public record Explanation(String key, String title, String equation, String sentence) {

    public Explanation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(equation, "equation");
        Objects.requireNonNull(sentence, "sentence");
        if (key.isBlank() || title.isBlank() || equation.isBlank() || sentence.isBlank()) {
            throw new IllegalArgumentException("an explanation needs a key, title, equation and sentence");
        }
    }
}
