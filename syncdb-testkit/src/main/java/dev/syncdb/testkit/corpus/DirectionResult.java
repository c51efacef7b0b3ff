package dev.syncdb.testkit.corpus;

import java.util.List;

/**
 * How one direction of a case ended: passed (converged, or refused where sqldef expects an error)
 * or failed, with a one-line message (null when it simply converged), and the kinds of objects
 * syncdb reported as not managed (triggers, functions, ...), which a pass does not cover.
 */
public record DirectionResult(Direction direction, boolean passed, String message, List<String> unmanaged) {

    public DirectionResult {
        unmanaged = unmanaged == null ? List.of() : List.copyOf(unmanaged);
    }

    public static DirectionResult converged(Direction d, List<String> unmanaged) {
        return new DirectionResult(d, true, null, unmanaged);
    }

    public static DirectionResult failed(Direction d, String message) {
        return new DirectionResult(d, false, message, List.of());
    }
}
