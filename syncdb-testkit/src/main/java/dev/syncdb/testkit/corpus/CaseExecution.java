package dev.syncdb.testkit.corpus;

import dev.syncdb.testkit.scenario.Direction;
import dev.syncdb.testkit.scenario.DirectionResult;
import dev.syncdb.testkit.scenario.Scenario;
import dev.syncdb.testkit.scenario.ScenarioDatabases;
import dev.syncdb.testkit.scenario.ScenarioOptions;
import dev.syncdb.testkit.scenario.ScenarioResult;
import dev.syncdb.testkit.scenario.ScenarioRunner;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

/**
 * Runs one corpus case in both directions with the {@link ScenarioRunner}, the way the CLI's
 * {@code apply} would: destructive steps allowed, a second plan must be empty, and the tables and
 * columns read from the catalog must equal those of the other side's SQL loaded directly.
 * {@code error} cases run without permission for destructive steps: a refusal passes, as does
 * converging (nothing data-losing was needed). The databases made are recorded in {@code handles}
 * so a timed-out case can be cleaned up from outside.
 */
final class CaseExecution {
    private final CorpusDialect dialect;
    private final ScenarioDatabases dbs;
    private final List<String> handles;

    CaseExecution(CorpusDialect dialect, ScenarioDatabases dbs, List<String> handles) {
        this.dialect = dialect;
        this.dbs = dbs;
        this.handles = handles;
    }

    CaseOutcome run(CorpusCase c) {
        long t0 = System.nanoTime();
        Scenario scenario = Scenario.of(dialect.caseId(c), c.current(), c.desired());
        ScenarioResult r = new ScenarioRunner(dbs, ScenarioOptions.corpus(c.expectsError()))
                .run(scenario, EnumSet.allOf(Direction.class), handles);
        if (r.rejected() != null) {
            return outcome(c, CaseOutcome.Status.REJECTED, r.rejected(), List.of(), t0);
        }
        String reason = r.directions().stream().filter(d -> !d.passed()).findFirst()
                .map(d -> d.direction().label() + ": " + d.message()).orElse(null);
        return outcome(c, r.passed() ? CaseOutcome.Status.PASSED : CaseOutcome.Status.FAILED, reason,
                r.directions(), t0);
    }

    private CaseOutcome outcome(CorpusCase c, CaseOutcome.Status s, String reason, List<DirectionResult> r,
                                long t0) {
        return new CaseOutcome(dialect, c, s, reason, r, Duration.ofNanos(System.nanoTime() - t0));
    }
}
