package dev.syncdb.engine;

import dev.syncdb.SyncdbException;
import dev.syncdb.diff.Differ;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.model.Schema;
import dev.syncdb.plan.PlanStep;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Plans, refuses steps the live data would make fail (preflight) and data-losing steps without
 * permission (exit 3), asks for confirmation, takes the backup the options ask for (a failed backup
 * stops it before anything is touched), runs the plan in one transaction, then inspects again and
 * fails if any difference is left.
 */
public final class ApplyUseCase {

    public ApplyResult run(SyncRequest request, ApplyOptions options) {
        Timings t = request.timings();
        try (Session s = t.time("connect", () -> Session.open(request.target(), request.schemaName(), true, request.context()))) {
            PlanResult planned = PlanUseCase.plan(s, request);
            if (!planned.inSync()) {
                options.onPlanned().accept(planned);
            }
            if (planned.inSync()) {
                return new ApplyResult(planned, ApplyResult.Outcome.NOTHING_TO_DO, Duration.ZERO);
            }
            PreflightRun.refuseBlocked(planned);
            refuseDestructive(planned, options);
            if (!options.confirm().test(planned)) {
                return new ApplyResult(planned, ApplyResult.Outcome.DECLINED, Duration.ZERO);
            }
            if (options.backup() != null) {
                t.run("backup", () -> options.backup().take(s));
            }
            long t0 = System.nanoTime();
            new PlanExecutor(s).execute(planned.plan(), options.progress());
            long t1 = System.nanoTime();
            t.record("apply", t0, t1);
            Duration took = Duration.ofNanos(t1 - t0);
            t.run("verify", () -> verify(s, planned.desired()));
            return new ApplyResult(planned, ApplyResult.Outcome.APPLIED, took);
        }
    }

    private static void refuseDestructive(PlanResult planned, ApplyOptions options) {
        List<PlanStep> destructive = planned.plan().destructiveSteps();
        if (!destructive.isEmpty() && !options.allowDestructive()) {
            String what = destructive.stream().map(PlanStep::comment).limit(5).collect(Collectors.joining("; "));
            throw new SyncdbException(SyncdbException.REFUSED, "refused: " + destructive.size()
                    + " step(s) would lose data (" + what + (destructive.size() > 5 ? "; ..." : "")
                    + "); nothing was changed. Re-run with --allow-destructive to apply them.");
        }
    }

    /** Inspects the target again; any difference left is an error naming what is left. */
    static void verify(Session s, Schema desired) {
        Schema after = s.inspect();
        List<SchemaChange> left = new Differ(s.dialect().diffHooks()).diff(after, desired);
        if (!left.isEmpty()) {
            String what = left.stream().map(SchemaChange::describe).limit(10).collect(Collectors.joining("; "));
            throw SyncdbException.error("applied, but verification found " + left.size()
                    + " difference(s) left: " + what);
        }
    }
}
