package dev.syncdb.engine.plan;

import dev.syncdb.diagram.Diagram;
import dev.syncdb.diagram.DiagramBuilder;
import dev.syncdb.diff.DiffOptions;
import dev.syncdb.diff.Differ;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.engine.session.Session;
import dev.syncdb.engine.session.Timings;
import dev.syncdb.model.Schema;

import java.util.List;

/**
 * Builds the diagram of the current database, of the desired schema, or of the change between
 * them, changing nothing. The change is the differ's (declared renames included), as a plan would
 * see it, but nothing is planned or checked against the data.
 */
public final class DiagramUseCase {

    /** The diagram of {@code subject}; the request's desired source is read only when the subject needs it. */
    public Diagram run(SyncRequest request, Diagram.Subject subject) {
        Timings t = request.timings();
        try (Session s = t.time("connect", () -> Session.open(request.target(), request.schemaName(), false, request.context()))) {
            String where = s.target() + (s.schemaName() == null ? "" : " (" + s.schemaName() + ")");
            if (subject == Diagram.Subject.CURRENT) {
                Schema current = t.time("inspect current", s::inspect).withoutPrivileges();
                return DiagramBuilder.of(current, subject, "current schema of " + where);
            }
            if (subject == Diagram.Subject.DESIRED) {
                Schema desired = request.desired().load(s, t).withoutPrivileges();
                return DiagramBuilder.of(desired, subject, "desired schema for " + where);
            }
            BothSchemas.Read both = BothSchemas.read(s, request);
            Schema current = both.current().withoutPrivileges();
            Schema desired = both.desired().withoutPrivileges();
            return ofChange(s, request, current, desired, "change of " + where);
        }
    }

    /** The diagram of the change from {@code current} to {@code desired} on an open session. */
    static Diagram ofChange(Session s, SyncRequest request, Schema current, Schema desired, String title) {
        DiffOptions options = RenameResolution.resolve(request.diffOptions(), request.desired().declaredRenames(), current, desired);
        List<SchemaChange> changes = request.timings().time("diff",
                () -> new Differ(s.dialect().diffHooks()).diff(current, desired, options));
        return DiagramBuilder.ofChange(current, desired, changes, title);
    }
}
