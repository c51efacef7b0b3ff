package dev.syncdb.engine.apply;

import dev.syncdb.SyncdbException;
import dev.syncdb.diff.Differ;
import dev.syncdb.diff.DiffOptions;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.session.Session;
import dev.syncdb.model.Schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The check made after a person confirmed a plan: the schema must still be the one the plan was
 * made from. Another tool (or a person at a SQL prompt) may have changed it meanwhile; the plan
 * would then fail half-way with a raw SQL error, or do the wrong thing. A change is refused (exit 3)
 * before anything runs, named.
 */
final class Recheck {

    private Recheck() {
    }

    static void unchanged(Session s, PlanResult planned) {
        Schema now = s.inspect();
        List<SchemaChange> meanwhile = new Differ(s.dialect().diffHooks()).diff(planned.current(), now, DiffOptions.DEFAULT);
        if (meanwhile.isEmpty()) {
            return;
        }
        String what = meanwhile.stream().limit(5).map(SchemaChange::describe).collect(Collectors.joining("; "));
        throw new SyncdbException(SyncdbException.REFUSED, "refused: the schema of " + s.target()
                + " changed after the plan was made (" + what + (meanwhile.size() > 5 ? "; ..." : "")
                + "); nothing was changed. Run again to plan from the schema as it is now.");
    }
}
