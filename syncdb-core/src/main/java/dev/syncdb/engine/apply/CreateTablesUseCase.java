package dev.syncdb.engine.apply;

import dev.syncdb.SyncdbException;
import dev.syncdb.diff.Differ;
import dev.syncdb.diff.SchemaChange.CreateEnum;
import dev.syncdb.diff.SchemaChange.CreateSequence;
import dev.syncdb.diff.SchemaChange.CreateTable;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.engine.session.Session;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;
import dev.syncdb.plan.Plan;
import dev.syncdb.plan.PlanStep;
import dev.syncdb.plan.Planner;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates the tables of the desired schema that the database lacks, in foreign-key order, with the
 * types and sequences they need, in one transaction. A table that exists is adopted as it is:
 * never dropped, altered or filled. Unless {@code missingOnly}, the existing tables are then
 * compared with their desired definition and the differences returned (not applied).
 */
public final class CreateTablesUseCase {

    public CreateTablesResult run(SyncRequest request, boolean missingOnly, ApplyProgress progress) {
        try (Session s = Session.open(request.target(), request.schemaName(), true, request.context());
             HeldLock lock = HeldLock.take(s, request.lock())) {
            Schema current = s.inspect();
            Schema desired = request.desired().load(s, request.timings());
            Differ differ = new Differ(s.dialect().diffHooks());
            List<SchemaChange> changes = differ.diff(current, desired, request.diffOptions());
            Set<String> missing = changes.stream().filter(c -> c instanceof CreateTable)
                    .map(SchemaChange::table).collect(Collectors.toSet());
            List<SchemaChange> picked = changes.stream().filter(c -> creates(c, missing)).toList();
            Plan plan = new Planner(s.dialect().diffHooks(), s.dialect().renderer()).plan(current, desired, picked);
            long t0 = System.nanoTime();
            if (!plan.isEmpty()) {
                new PlanExecutor(s).execute(plan, new TrackedProgress(progress, s));
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            Schema after = s.inspect();
            List<SchemaChange> left = differ.diff(after, desired, request.diffOptions());
            refuseUnfinished(left, missing);
            List<String> created = plan.steps().stream().map(PlanStep::change)
                    .filter(c -> c instanceof CreateTable).map(SchemaChange::table).toList();
            List<String> skipped = desired.tables().stream().map(Table::name).filter(n -> !missing.contains(n)).toList();
            List<String> extra = current.tables().stream().map(Table::name)
                    .filter(n -> desired.table(n).isEmpty()).toList();
            List<SchemaChange> differences = missingOnly ? List.of()
                    : left.stream().filter(c -> c.table() != null && skipped.contains(c.table())).toList();
            return new CreateTablesResult(s.target(), s.serverVersion(), created, skipped, extra, differences, ms);
        }
    }

    /** What create-tables does: new tables with what hangs off them, and the types and sequences they may use. */
    private static boolean creates(SchemaChange c, Set<String> missing) {
        if (c instanceof CreateTable || c instanceof CreateEnum || c instanceof CreateSequence) {
            return true;
        }
        return c.table() != null && missing.contains(c.table());
    }

    /** A created table that still differs from its definition means the creation did not work. */
    private static void refuseUnfinished(List<SchemaChange> left, Set<String> created) {
        List<String> wrong = left.stream().filter(c -> c.table() != null && created.contains(c.table()))
                .map(SchemaChange::describe).limit(5).toList();
        if (!wrong.isEmpty()) {
            throw SyncdbException.error("created the missing tables, but verification found differences left: "
                    + String.join("; ", wrong));
        }
    }
}
