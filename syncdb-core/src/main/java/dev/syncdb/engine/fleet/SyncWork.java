package dev.syncdb.engine.fleet;

import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.backup.Backup;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.engine.session.Timings;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * The fleet works that compare a target with the desired schema: check/plan (changes nothing) and
 * apply (with the single-target {@link ApplyUseCase}: its own lock, preflight, optional backup,
 * one transaction, verification; targets sharing a lock take turns, see {@link DatabaseTurns}). Every
 * target gets the base request with its own URL and schema name, a fresh {@link Timings} and the
 * shared desired model.
 */
public final class SyncWork {

    private SyncWork() {
    }

    /** The base request aimed at {@code t}: its URL, its schema (else the base's), the desired model shared. */
    public static SyncRequest forTarget(SyncRequest base, FleetTarget t) {
        return new SyncRequest(t.url(), t.schemaName() != null ? t.schemaName() : base.schemaName(), base.desired(),
                base.diffOptions(), base.fixes(), new Timings(), base.context(), base.lock(), base.online());
    }

    /** The same request with its desired source wrapped in a {@link SharedDesired} (call once per fleet run). */
    public static SyncRequest shared(SyncRequest base) {
        SharedDesired desired = new SharedDesired(base.desired(), base.diffOptions().privileges());
        return new SyncRequest(base.target(), base.schemaName(), desired, base.diffOptions(),
                base.fixes(), base.timings(), base.context(), base.lock(), base.online());
    }

    /** Plans each target: in sync, or differences with the plan's hash; its phases are added to {@code totals}. */
    public static TargetWork check(SyncRequest base, PhaseTotals totals) {
        return t -> {
            SyncRequest request = forTarget(base, t);
            PlanResult r;
            try {
                r = new PlanUseCase().run(request);
            } finally {
                totals.add(request.timings());
            }
            if (r.inSync()) {
                return new TargetWork.Done(TargetStatus.IN_SYNC, null, null);
            }
            String text = PlanHash.text(r.plan());
            return new TargetWork.Done(TargetStatus.DIFFERENT, PlanHash.of(text), text);
        };
    }

    /**
     * Applies to each target without asking: destructive steps only with {@code allowDestructive};
     * {@code backups} gives the backup folder of a target (null function = no backups); the phases of
     * each are added to {@code totals}.
     */
    public static TargetWork apply(SyncRequest base, boolean allowDestructive, Function<FleetTarget, Path> backups,
                                   PhaseTotals totals) {
        DatabaseTurns turns = new DatabaseTurns(base.context());
        return t -> turns.run(t, t.schemaName() != null ? t.schemaName() : base.schemaName(), () -> {
            ApplyOptions o = ApplyOptions.auto(allowDestructive);
            if (backups != null) {
                o = o.withBackup(Backup.into(backups.apply(t), r -> { }));
            }
            SyncRequest request = forTarget(base, t);
            ApplyResult r;
            try {
                r = new ApplyUseCase().run(request, o);
            } finally {
                totals.add(request.timings());
            }
            if (r.outcome() == ApplyResult.Outcome.NOTHING_TO_DO) {
                return new TargetWork.Done(TargetStatus.IN_SYNC, null, null);
            }
            String text = PlanHash.text(r.planned().plan());
            return new TargetWork.Done(TargetStatus.APPLIED, PlanHash.of(text), text);
        });
    }
}
