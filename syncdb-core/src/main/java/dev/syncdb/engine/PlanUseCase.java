package dev.syncdb.engine;

import dev.syncdb.diff.Differ;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.model.Schema;
import dev.syncdb.plan.Plan;
import dev.syncdb.plan.Planner;

import java.util.List;

/** Plans the changes that bring the target to the desired schema, changing nothing. */
public final class PlanUseCase {

    public PlanResult run(SyncRequest request) {
        try (Session s = Session.open(request.target(), request.schemaName(), false)) {
            return plan(s, request);
        }
    }

    /** Plans on an already open session (used by apply, which goes on with the same session). */
    static PlanResult plan(Session s, SyncRequest request) {
        Schema current = s.inspect();
        Schema desired = request.desired().load(s);
        List<SchemaChange> changes = new Differ(s.dialect().diffHooks()).diff(current, desired, request.diffOptions());
        SourceFindings found = request.desired().findings(current, desired);
        Plan plan = RowsAfterCreate.attach(new Planner(s.dialect().diffHooks(), s.dialect().renderer())
                .plan(current, desired, changes, request.fixes()), found.rowsAfterCreate());
        return new PlanResult(s.url().masked(), s.dialect().name(), s.serverVersion(), s.schemaName(),
                current, desired, changes, plan, PreflightRun.run(s, plan, current, request.fixes()), found);
    }
}
