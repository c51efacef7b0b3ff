package dev.syncdb.spring;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.DialectContext;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.desired.DesiredSource;
import dev.syncdb.engine.plan.CheckUseCase;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.engine.session.RunLock;
import dev.syncdb.plan.PlanStep;
import dev.syncdb.plan.Statement;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The diff-based start-up run: validate (compare and fail on any difference, listing them) or apply
 * (plan and run under the syncdb lock; data-losing steps only when allowed), on the engine's
 * check and apply use cases.
 */
final class SchemaSync {
    private final SyncRequest request;
    private final String what;

    /** {@code what} names the desired schema in messages ("entities in com.shop", "classpath:db/schema.sql"). */
    SchemaSync(DatabaseUrl target, String namespace, DesiredSource desired, String what, DialectContext context,
               RunLock lock) {
        // entities that name schemas of their own (@Table(schema = ...)) have them managed beside the run's own
        String managed = dev.syncdb.engine.desired.NamedSchemas.managed(target, blankToNull(namespace), desired);
        this.request = new SyncRequest(target, managed, desired, null, null, null, context, lock);
        this.what = what;
    }

    /** What this run compares the database with ("entities in com.shop", "classpath:db/schema.sql"). */
    String what() {
        return what;
    }

    SyncdbRun.Outcome validate() {
        PlanResult result = new CheckUseCase().run(request);
        logFindings(result);
        if (result.inSync()) {
            return inSync(result);
        }
        throw new SyncdbStartupException("syncdb.mode=validate: " + where(result) + " differs from " + what + " ("
                + result.plan().steps().size() + " step(s) to apply):\n" + list(result.plan().steps()),
                "Set syncdb.mode=apply to apply these steps at start-up (data-losing ones also need"
                        + " syncdb.allow-destructive=true), or apply them with the syncdb command line.");
    }

    SyncdbRun.Outcome apply(boolean allowDestructive) {
        ApplyOptions options = new ApplyOptions(allowDestructive, planned -> refuseDestructive(planned, allowDestructive),
                ApplyOptions.AUTO);
        ApplyResult result = new ApplyUseCase().run(request, options);
        PlanResult planned = result.planned();
        logFindings(planned);
        if (result.outcome() != ApplyResult.Outcome.APPLIED) {
            return inSync(planned);
        }
        SyncdbStartup.LOG.info("syncdb: applied to " + where(planned) + ":\n" + list(planned.plan().steps()));
        int steps = planned.plan().steps().size();
        return new SyncdbRun.Outcome(SyncdbRun.Result.APPLIED, steps, "applied " + steps + " step(s) to "
                + where(planned) + " in " + result.elapsed().toMillis() + " ms; it is in sync with " + what);
    }

    private SyncdbRun.Outcome inSync(PlanResult result) {
        return new SyncdbRun.Outcome(SyncdbRun.Result.IN_SYNC, 0, where(result) + " is in sync with " + what);
    }

    private void refuseDestructive(PlanResult planned, boolean allowDestructive) {
        List<PlanStep> destructive = planned.plan().destructiveSteps();
        if (allowDestructive || destructive.isEmpty()) {
            return;
        }
        throw new SyncdbStartupException("syncdb.mode=apply refused: " + destructive.size() + " of "
                + planned.plan().steps().size() + " step(s) on " + where(planned) + " would lose data; nothing was changed:\n"
                + list(destructive), "Set syncdb.allow-destructive=true to apply them, or change the desired schema.");
    }

    private void logFindings(PlanResult result) {
        if (result.source().summary() != null) {
            SyncdbStartup.LOG.info("syncdb: " + result.source().summary());
        }
        result.source().warnings().forEach(w -> SyncdbStartup.LOG.warn("syncdb: " + w));
    }

    private static String where(PlanResult r) {
        return r.dialect() + " " + r.serverVersion() + " (" + r.schemaName() + ")";
    }

    /** One line per step ("  - Add column ...  [data loss: ...]"), its SQL indented below it. */
    static String list(List<PlanStep> steps) {
        return steps.stream().map(SchemaSync::line).collect(Collectors.joining("\n"));
    }

    private static String line(PlanStep step) {
        String hazards = step.hazards().stream().filter(h -> h.destructive()).map(h -> h.code() + " " + h.message())
                .collect(Collectors.joining("; "));
        String sql = step.statements().stream().map(Statement::sql).map(s -> "      " + s.strip().replace("\n", "\n      "))
                .collect(Collectors.joining("\n"));
        return "  - " + step.comment() + (hazards.isEmpty() ? "" : "  [" + hazards + "]") + (sql.isEmpty() ? "" : "\n" + sql);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
