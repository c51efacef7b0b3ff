package dev.syncdb.testkit.corpus;

import dev.syncdb.testkit.scenario.Direction;

import java.time.Duration;
import java.util.List;

/** The outcomes of all corpus cases of one dialect, in corpus order, with the server and the running time. */
public record DialectRun(CorpusDialect dialect, String server, List<CaseOutcome> outcomes, Duration elapsed) {

    public DialectRun {
        outcomes = List.copyOf(outcomes);
    }

    public List<CaseOutcome> with(CaseOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).toList();
    }

    public long count(CaseOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** Cases not skipped: passed, failed or rejected by the database. */
    public long applicable() {
        return outcomes.size() - count(CaseOutcome.Status.SKIPPED);
    }

    /** Cases syncdb was judged on: passed or failed (the database accepted both SQL texts). */
    public long judged() {
        return count(CaseOutcome.Status.PASSED) + count(CaseOutcome.Status.FAILED);
    }

    /** How many applicable cases passed in one direction. */
    public long passed(Direction d) {
        return outcomes.stream().map(o -> o.direction(d)).filter(r -> r != null && r.passed()).count();
    }
}
