package dev.syncdb.engine.plan;

import dev.syncdb.SyncdbException;
import dev.syncdb.plan.OnlineTables;

import dev.syncdb.diff.DiffHooks;
import dev.syncdb.diff.DiffOptions;
import dev.syncdb.diff.Differ;
import dev.syncdb.diff.RenameDetector;
import dev.syncdb.diff.RenamedSchema;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.engine.desired.SourceFindings;
import dev.syncdb.dialect.Namespaces;
import dev.syncdb.engine.session.Session;
import dev.syncdb.engine.session.Timings;
import dev.syncdb.model.Schema;
import dev.syncdb.plan.Plan;
import dev.syncdb.plan.Planner;
import dev.syncdb.plan.PreflightReport;
import dev.syncdb.sql.RenameDirective;

import java.util.List;

/**
 * Plans the changes that bring the target to the desired schema, changing nothing. Each phase
 * (connect, inspect current, the desired source's phases, diff, plan, preflight) is recorded in
 * the request's {@link Timings}.
 */
public final class PlanUseCase {

    public PlanResult run(SyncRequest request) {
        Timings t = request.timings();
        try (Session s = t.time("connect", () -> Session.open(request.target(), request.schemaName(), false, request.context()))) {
            return plan(s, request);
        }
    }

    /** Plans on an already open session (used by apply, which goes on with the same session). */
    public static PlanResult plan(Session s, SyncRequest request) {
        Timings t = request.timings();
        List<RenameDirective> declared = request.desired().declaredRenames();
        BothSchemas.Read both = BothSchemas.read(s, request);
        boolean privileges = request.diffOptions().privileges();
        Schema current = privileges ? both.current() : both.current().withoutPrivileges();
        Schema desired = privileges ? both.desired() : both.desired().withoutPrivileges();
        DiffOptions options = RenameResolution.resolve(request.diffOptions(), declared, current, desired);
        DiffHooks hooks = s.dialect().diffHooks();
        // the run's own namespace, when missing, is created first; verification compares with the plain desired schema
        Schema creating = s.withOwnNamespace(desired);
        List<SchemaChange> changes = t.time("diff", () -> new Differ(hooks).diff(current, creating, options));
        SourceFindings found = request.desired().findings(current, desired);
        OnlineTables online = changes.isEmpty() ? OnlineTables.NONE : t.time("table sizes", () -> onlineTables(s, request, current));
        Plan plan = t.time("plan", () -> RowsAfterCreate.attach(new Planner(hooks, s.dialect().renderer())
                .plan(current, creating, changes, request.fixes(), online), found.rowsAfterCreate()));
        List<PreflightReport> preflight = t.time("preflight", () -> {
            PreflightRun.requireServerSupport(s, changes);
            return PreflightRun.run(s, plan, RenamedSchema.of(current, changes), request.fixes());
        });
        return new PlanResult(s.target(), s.dialect().name(), s.serverVersion(), Namespaces.display(s.namespaces()),
                current, desired, changes, plan, preflight, new RenameDetector(hooks).detect(changes), found);
    }

    /** Which tables to change online: none where the dialect cannot, else as the options say from the estimated rows. */
    public static OnlineTables onlineTables(Session s, SyncRequest request, Schema current) {
        OnlineOptions o = request.online();
        if (o.mode() == OnlineOptions.Mode.OFF || !s.dialect().online().supportsOnline()) {
            return OnlineTables.NONE;
        }
        try {
            return o.tables(current, s.dialect().online().estimatedRows(s.connection(), s.schemaName()), s.serverVersion());
        } catch (java.sql.SQLException e) {
            throw SyncdbException.error("cannot read the tables' sizes: " + Session.oneLine(e.getMessage()));
        }
    }
}
