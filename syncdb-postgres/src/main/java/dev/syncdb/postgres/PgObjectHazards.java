package dev.syncdb.postgres;

import dev.syncdb.diff.SchemaChange.ReplaceObject;
import dev.syncdb.model.ObjectRef;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.plan.Hazard;
import dev.syncdb.plan.HazardCode;
import dev.syncdb.plan.ObjectUsers;
import dev.syncdb.plan.RenderContext;

import java.util.List;

/**
 * The hazards of replacing an object compared by definition the PostgreSQL way: a replacement that
 * drops the object fails while kept tables or objects use it; a domain that gains a CHECK or NOT NULL
 * fails if a stored value breaks it, and every column of that domain is scanned; a unique index on a
 * materialized view fails if the view's rows are duplicated.
 */
final class PgObjectHazards {

    private PgObjectHazards() {
    }

    static void replace(ReplaceObject r, RenderContext ctx, List<Hazard> out) {
        SchemaObject from = r.from();
        SchemaObject to = r.to();
        if (!PgObjectSql.inPlace(from, to)) {
            List<ObjectRef> users = ObjectUsers.remaining(from, ctx.current(), ctx.desired());
            if (!users.isEmpty()) {
                out.add(Hazard.of(HazardCode.OBJECT_IN_USE, from.identity() + " (used by " + users + ")"));
            }
            return;
        }
        if (to.kind() != SchemaObject.Kind.DOMAIN) {
            return;
        }
        PgObjectSql.addedDomainChecks(from, to).forEach((name, check) ->
                out.add(Hazard.of(HazardCode.ADD_CHECK, "domain " + to.name() + " " + check)));
        if (from.property(CatalogTypeObjects.NOT_NULL) == null && to.property(CatalogTypeObjects.NOT_NULL) != null) {
            out.add(Hazard.of(HazardCode.ADD_NOT_NULL, "domain " + to.name()));
        }
    }

    /** DD202 for a unique index created on a materialized view: the view's rows may hold duplicates. */
    static void uniqueViewIndex(SchemaObject o, List<Hazard> out) {
        if (o.kind() == SchemaObject.Kind.VIEW_INDEX && o.definition().startsWith("CREATE UNIQUE ")) {
            out.add(Hazard.of(HazardCode.ADD_UNIQUE, o.identity()));
        }
    }
}
