package dev.syncdb.testkit.corpus;

import dev.syncdb.testkit.scenario.Direction;
import dev.syncdb.testkit.scenario.DirectionResult;

import java.time.Duration;
import java.util.List;

/**
 * The result of one corpus case on one dialect: its status, the reason (skip reason, database
 * rejection message or first failure), the result of each direction that ran, and the time taken.
 */
public record CaseOutcome(CorpusDialect dialect, CorpusCase corpusCase, Status status, String reason,
                          List<DirectionResult> directions, Duration elapsed) {

    /** How a case ended. */
    public enum Status {
        /** Both directions converged (or, for an {@code error} case, were refused without data loss). */
        PASSED,
        /** At least one direction did not converge, threw, or timed out. */
        FAILED,
        /** Not run, for the stated reason. */
        SKIPPED,
        /** The database itself refused the case's current or desired SQL. */
        REJECTED
    }

    public CaseOutcome {
        directions = List.copyOf(directions);
    }

    public static CaseOutcome skipped(CorpusDialect d, CorpusCase c, String reason) {
        return new CaseOutcome(d, c, Status.SKIPPED, reason, List.of(), Duration.ZERO);
    }

    /** {@code dialect/file/case}, the key of the known-failures list. */
    public String id() {
        return dialect.caseId(corpusCase);
    }

    /** Whether sqldef expects this case to be refused (an {@code error} case). */
    public boolean expectedRefusal() {
        return corpusCase.expectsError();
    }

    /** The kinds of objects syncdb reported as not managed in either direction, sorted. */
    public List<String> unmanagedKinds() {
        return directions.stream().flatMap(r -> r.unmanaged().stream()).distinct().sorted().toList();
    }

    /** The result of one direction, or null when it did not run. */
    public DirectionResult direction(Direction d) {
        return directions.stream().filter(r -> r.direction() == d).findFirst().orElse(null);
    }
}
