package dev.syncdb.engine.apply;

import dev.syncdb.engine.plan.OnlineOptions;
import dev.syncdb.plan.HazardCode;

import dev.syncdb.SyncdbException;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.plan.PreflightRun;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.engine.session.Session;
import dev.syncdb.engine.session.Timings;
import dev.syncdb.engine.verify.Verifier;
import dev.syncdb.plan.PlanStep;
import dev.syncdb.plan.PreflightFinding;
import dev.syncdb.plan.PreflightReport;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Takes the syncdb lock (two runs never change one database at once), plans, refuses steps the
 * role lacks the privileges for (one line each, nothing changed), steps the
 * live data would make fail (preflight) and data-losing steps without permission (exit 3), asks for
 * confirmation (and, when a person answered, checks nothing changed the schema meanwhile), takes the backup the options ask for (a failed backup
 * stops it before anything is touched), runs the plan in one transaction, then has the {@link Verifier}
 * inspect again and fail if any difference is left.
 */
public final class ApplyUseCase {

    public ApplyResult run(SyncRequest request, ApplyOptions options) {
        Timings t = request.timings();
        try (Session s = t.time("connect", () -> Session.open(request.target(), request.schemaName(), true, request.context()));
             HeldLock lock = t.time("lock", () -> HeldLock.take(s, request.lock()))) {
            PlanResult planned = PlanUseCase.plan(s, request);
            if (!planned.inSync()) {
                options.onPlanned().accept(planned);
            }
            if (planned.inSync()) {
                settleJournal(s);
                return new ApplyResult(planned, ApplyResult.Outcome.NOTHING_TO_DO, Duration.ZERO);
            }
            t.run("privileges", () -> PreflightRun.requirePrivileges(s, planned.changes()));
            refuseBlocked(planned);
            refuseDestructive(planned, options);
            refuseRewrites(planned, request.online());
            if (!options.confirm().test(planned)) {
                return new ApplyResult(planned, ApplyResult.Outcome.DECLINED, Duration.ZERO);
            }
            if (options.confirmWaits()) {
                t.run("recheck", () -> Recheck.unchanged(s, planned));
            }
            if (options.backup() != null) {
                t.run("backup", () -> options.backup().take(s));
            }
            long t0 = System.nanoTime();
            new PlanExecutor(s, request.online()).execute(planned.plan(), new TrackedProgress(options.progress(), s));
            long t1 = System.nanoTime();
            t.record("apply", t0, t1);
            Duration took = Duration.ofNanos(t1 - t0);
            t.run("verify", () -> new Verifier(s).verify(planned.desired(), request.diffOptions()));
            return new ApplyResult(planned, ApplyResult.Outcome.APPLIED, took);
        }
    }

    /** On a database whose DDL commits at once, closes an unfinished earlier apply that left nothing to run. */
    private static void settleJournal(Session s) {
        if (s.dialect().transactionalDdl()) {
            return;
        }
        try {
            ApplyJournal.settle(s);
        } catch (java.sql.SQLException e) {
            s.context().warn("could not read the apply journal in the history table: " + Session.oneLine(e.getMessage()));
        }
    }

    /** Refuses when a step would fail on the current rows; nothing has run yet. */
    private static void refuseBlocked(PlanResult planned) {
        List<PreflightReport> blocked = planned.blocked();
        if (blocked.isEmpty()) {
            return;
        }
        String what = blocked.stream().limit(5).map(r -> r.comment() + ": " + r.blocking().stream()
                .map(PreflightFinding::message).collect(Collectors.joining("; "))).collect(Collectors.joining("; "));
        throw new SyncdbException(SyncdbException.REFUSED, "refused: " + blocked.size()
                + " step(s) would fail on the current data (" + what + (blocked.size() > 5 ? "; ..." : "")
                + "); nothing was changed. Fix the rows, or give --using/--backfill for the column.");
    }

    /**
     * Refuses an online plan with a step that rewrites a table changed online (hazard LK301: nothing makes it online)
     * unless the options allow rewrites; the message names the online alternative.
     */
    static void refuseRewrites(PlanResult planned, OnlineOptions online) {
        if (!planned.plan().online() || online.allowRewrite()) {
            return;
        }
        List<PlanStep> rewrites = planned.plan().steps().stream()
                .filter(st -> st.statements().stream().anyMatch(x -> x.lock() != null))
                .filter(st -> st.hazards().stream().anyMatch(h -> h.code() == HazardCode.TABLE_REWRITE)).toList();
        if (!rewrites.isEmpty()) {
            String what = rewrites.stream().map(PlanStep::comment).limit(5).collect(Collectors.joining("; "));
            throw new SyncdbException(SyncdbException.REFUSED, "refused: " + rewrites.size()
                    + " step(s) rewrite a table under an exclusive lock, which cannot be made online (" + what
                    + "); nothing was changed. Online alternative: add a new column, backfill it in batches, switch"
                    + " the application to it, then drop the old one. Re-run with --allow-rewrite to accept the lock.");
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
}
