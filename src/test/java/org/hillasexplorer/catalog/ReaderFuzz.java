package org.hillasexplorer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.function.Supplier;

/** The contract every reader's fuzz property checks: a result, or a one-line CatalogException, within 5 s. */
final class ReaderFuzz {
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private ReaderFuzz() {
    }

    /** Runs {@code read}; anything thrown other than CatalogException (or a hang) fails the property. */
    static <T> T readOrNull(Supplier<T> read) {
        return assertTimeoutPreemptively(PATIENCE, () -> {
            try {
                return read.get();
            } catch (CatalogException e) {
                assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
                return null;
            }
        });
    }
}
