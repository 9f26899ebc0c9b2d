package org.hillasexplorer.session;

/**
 * A scenario file that cannot be read or written. The message is meant for the user as is: it names the source
 * (file or stream), the JSON path of the offending field and what is allowed, e.g.
 * {@code saved.json: scenario.delta: δ_s = 2 is outside [0, 1.5]}.
 */
public final class ScenarioFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the complete, user-facing message
     * @param cause   the underlying exception, or null
     */
    public ScenarioFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
