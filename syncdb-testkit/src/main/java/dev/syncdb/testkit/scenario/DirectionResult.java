package dev.syncdb.testkit.scenario;

import java.util.List;

/**
 * How one direction of a scenario ended: passed (converged, or refused where a refusal is expected)
 * or failed, with a one-line message (null when it simply converged), every problem found in full
 * ({@code detail}, for test failures; null when there is none), and the kinds of objects syncdb
 * reported as not managed (triggers, functions, ...), which a pass does not cover.
 */
public record DirectionResult(Direction direction, boolean passed, String message, String detail,
                              List<String> unmanaged) {

    public DirectionResult {
        unmanaged = unmanaged == null ? List.of() : List.copyOf(unmanaged);
    }

    public static DirectionResult converged(Direction d, List<String> unmanaged) {
        return new DirectionResult(d, true, null, null, unmanaged);
    }

    /** Passed with a note (an expected refusal). */
    public static DirectionResult passedWith(Direction d, String message) {
        return new DirectionResult(d, true, message, null, List.of());
    }

    public static DirectionResult failed(Direction d, String message) {
        return failed(d, message, message);
    }

    public static DirectionResult failed(Direction d, String message, String detail) {
        return new DirectionResult(d, false, message, detail, List.of());
    }
}
