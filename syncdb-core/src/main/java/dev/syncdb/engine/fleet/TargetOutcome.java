package dev.syncdb.engine.fleet;

import java.time.Duration;
import java.time.Instant;

/**
 * The result of one target: its id, status, the hash of its plan (null when there was none), when it
 * finished, how long it took, the one-line error (null when none), and whether it was read from the
 * state file of an earlier run instead of being run now.
 */
public record TargetOutcome(String target, TargetStatus status, String planHash, Instant time, Duration took,
                            String error, boolean resumed) {

    /** A target the fleet did not get to. */
    public static TargetOutcome skipped(FleetTarget t) {
        return new TargetOutcome(t.id(), TargetStatus.SKIPPED, null, Instant.now(), Duration.ZERO, null, false);
    }
}
