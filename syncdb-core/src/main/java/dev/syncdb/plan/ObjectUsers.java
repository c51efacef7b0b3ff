package dev.syncdb.plan;

import dev.syncdb.model.ObjectRef;
import dev.syncdb.model.Schema;
import dev.syncdb.model.SchemaObject;

import java.util.ArrayList;
import java.util.List;

/**
 * The users of a schema object that outlive a plan: the tables that need it (a column type,
 * default, check or index) in the current schema and still need it in the desired one. Dropping an
 * object with such users (to re-create it) fails, as syncdb never drops with CASCADE; objects and
 * views that need it are dropped first and created again by the plan ({@code ObjectDependents}).
 */
public final class ObjectUsers {

    private ObjectUsers() {
    }

    /** The tables that use {@code o} in {@code current} and in {@code desired}. */
    public static List<ObjectRef> remaining(SchemaObject o, Schema current, Schema desired) {
        SchemaObject wanted = desired.objects().stream().filter(x -> x.ref().equals(o.ref())).findFirst().orElse(null);
        List<ObjectRef> out = new ArrayList<>();
        if (wanted == null) {
            return out;
        }
        for (ObjectRef u : o.usedBy()) {
            if (u.kind() == SchemaObject.Kind.TABLE && wanted.usedBy().contains(u) && !out.contains(u)) {
                out.add(u);
            }
        }
        return out;
    }
}
