package dev.syncdb.engine.apply;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.BackupResult;
import dev.syncdb.diff.Differ;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.engine.session.Session;
import dev.syncdb.engine.verify.Verifier;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;
import dev.syncdb.plan.Plan;
import dev.syncdb.plan.PlanStep;
import dev.syncdb.plan.Planner;
import dev.syncdb.plan.Statement;
import dev.syncdb.sql.SqlChunk;
import dev.syncdb.sql.SqlScript;
import dev.syncdb.sql.SqlSplitter;

import java.util.ArrayList;
import java.util.List;

/**
 * Recreates a database from the desired schema: after confirmation and a backup (a failed backup
 * stops it), drops every managed object, creates the desired schema and runs the seed scripts, all
 * in one transaction, then verifies. Objects syncdb does not manage and its own history table stay.
 * Refused (exit 3, nothing changed) when the confirmation is not given.
 */
public final class RecreateUseCase {
    static final String REFUSED = "refused: --force-recreate drops every table of %s (%d tables, schema %s) and all"
            + " their rows; nothing was changed. Type DELETE ALL DATA when asked, or pass --confirm \"DELETE ALL DATA\"";

    public RecreateResult run(SyncRequest request, RecreateOptions options) {
        try (Session s = Session.open(request.target(), request.schemaName(), true, request.context());
             HeldLock lock = HeldLock.take(s, request.lock())) {
            Schema current = s.inspect();
            Schema desired = request.desired().load(s, request.timings());
            Plan plan = plan(s, current, desired, options.seed());
            if (!current.isEmpty() && !options.confirm().test(current)) {
                throw new SyncdbException(SyncdbException.REFUSED,
                        String.format(REFUSED, s.url().masked(), current.tables().size(), s.schemaName()));
            }
            BackupResult backup = options.backup() != null && !current.isEmpty() ? options.backup().take(s) : null;
            long t0 = System.nanoTime();
            new PlanExecutor(s).execute(plan, new TrackedProgress(options.progress(), s));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            new Verifier(s).verify(desired);
            int seeded = (int) plan.steps().stream().filter(st -> st.change() == null)
                    .mapToLong(st -> st.statements().size()).sum();
            return new RecreateResult(s.url().masked(), s.serverVersion(), backup, names(current), names(desired),
                    seeded, ms);
        }
    }

    /** One plan: the drops of everything there is, the creates of everything desired, then the seed scripts. */
    private static Plan plan(Session s, Schema current, Schema desired, List<SqlScript> seed) {
        Differ differ = new Differ(s.dialect().diffHooks());
        Planner planner = new Planner(s.dialect().diffHooks(), s.dialect().renderer());
        Schema empty = Schema.empty(current.name());
        List<SchemaChange> drops = differ.diff(current, empty);
        Plan drop = planner.plan(current, empty, drops);
        Plan create = planner.plan(empty, desired, differ.diff(empty, desired));
        List<PlanStep> steps = new ArrayList<>(drop.steps());
        steps.addAll(create.steps());
        steps.addAll(seedSteps(s, seed));
        return new Plan(steps, create.notices());
    }

    /** Each seed script as a step of its own (no change, no hazard), statement by statement. */
    private static List<PlanStep> seedSteps(Session s, List<SqlScript> seed) {
        List<PlanStep> out = new ArrayList<>();
        SqlSplitter splitter = new SqlSplitter(s.dialect().splitOptions());
        for (SqlScript script : seed) {
            List<Statement> sql = new ArrayList<>();
            for (SqlChunk chunk : splitter.split(script.text())) {
                sql.add(Statement.of(chunk.sql()));
            }
            out.add(new PlanStep(null, "seed " + script.source(), List.of(), sql, List.of()));
        }
        return out;
    }

    private static List<String> names(Schema schema) {
        return schema.tables().stream().map(Table::name).toList();
    }
}
