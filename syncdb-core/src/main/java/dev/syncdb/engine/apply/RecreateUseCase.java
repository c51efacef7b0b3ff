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
 * Refused (exit 3, nothing changed) when the confirmation is not given. On a database whose DDL
 * commits at once (MySQL, MariaDB) the drops cannot be rolled back: there a failure after them
 * (a seed statement, the connection) restores the backup taken first, and a recreate of a database
 * holding tables without a backup is refused before anything is dropped.
 */
public final class RecreateUseCase {
    static final String REFUSED = "refused: --force-recreate drops every table of %s (%d tables, schema %s) and all"
            + " their rows; nothing was changed. Type DELETE ALL DATA when asked, or pass --confirm \"DELETE ALL DATA\"";

    static final String NO_BACKUP = "refused: --force-recreate on %s cannot roll back its drops if a later statement"
            + " fails (this database commits each schema statement at once), so it needs the backup it takes first;"
            + " nothing was changed. Run it without --no-backup";

    public RecreateResult run(SyncRequest request, RecreateOptions options) {
        try (Session s = Session.open(request.target(), request.schemaName(), true, request.context());
             HeldLock lock = HeldLock.take(s, request.lock())) {
            Schema current = s.inspect();
            Schema desired = request.desired().load(s, request.timings());
            Plan plan = plan(s, current, desired, options.seed());
            if (!current.isEmpty() && !options.confirm().test(current)) {
                throw new SyncdbException(SyncdbException.REFUSED,
                        String.format(REFUSED, s.target(), current.tables().size(), s.schemaName()));
            }
            boolean undoable = s.dialect().transactionalDdl() || current.isEmpty();
            if (!undoable && options.backup() == null) {
                throw new SyncdbException(SyncdbException.REFUSED, String.format(NO_BACKUP, s.target()));
            }
            BackupResult backup = options.backup() != null && !current.isEmpty() ? options.backup().take(s) : null;
            long t0 = System.nanoTime();
            try {
                new PlanExecutor(s).execute(plan, new TrackedProgress(options.progress(), s));
            } catch (SyncdbException e) {
                throw undoable ? e : restored(s, backup, e);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            new Verifier(s).verify(desired);
            int seeded = (int) plan.steps().stream().filter(st -> st.change() == null)
                    .mapToLong(st -> st.statements().size()).sum();
            return new RecreateResult(s.target(), s.serverVersion(), backup, names(current), names(desired),
                    seeded, ms);
        }
    }

    /** Restores {@code backup} after a failed recreate on a database that cannot roll back its drops. */
    private static SyncdbException restored(Session s, BackupResult backup, SyncdbException failure) {
        String what = "recreate failed: " + failure.getMessage();
        try {
            s.connection().setAutoCommit(true);
            s.dialect().backupProvider().restore(s.connection(), s.url(), s.namespaces(), backup.file(), true);
            return new SyncdbException(SyncdbException.ERROR, what + "; the drops could not be rolled back on this"
                    + " database, so the backup taken before them was restored (" + backup.file() + ", "
                    + backup.tables() + " tables, " + backup.rows() + " rows): the database is as it was", failure);
        } catch (java.sql.SQLException | java.io.IOException | RuntimeException e) {
            return new SyncdbException(SyncdbException.ERROR, what + "; restoring the backup taken before the drops"
                    + " failed too (" + Session.oneLine(e.getMessage()) + "): run `syncdb restore " + backup.file()
                    + " --confirm RESTORE`", failure);
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
