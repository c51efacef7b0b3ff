package dev.syncdb.plan;

import dev.syncdb.model.ObjectRef;
import dev.syncdb.model.Schema;
import dev.syncdb.model.SchemaObject;

import java.util.ArrayList;
import java.util.List;

/**
 * The users of a schema object that outlive a plan: the tables, views and other objects that need it
 * in the current schema and still need it in the desired one. Dropping an object with such users (to
 * re-create it) fails, as syncdb never drops with CASCADE; users that stop needing it are changed
 * first by the plan's ordering.
 */
public final class ObjectUsers {

    private ObjectUsers() {
    }

    /** The users of {@code o} in {@code current} that use it in {@code desired} too. */
    public static List<ObjectRef> remaining(SchemaObject o, Schema current, Schema desired) {
        SchemaObject wanted = desired.objects().stream().filter(x -> x.ref().equals(o.ref())).findFirst().orElse(null);
        List<ObjectRef> out = new ArrayList<>();
        if (wanted == null) {
            return out;
        }
        for (ObjectRef u : o.usedBy()) {
            if (wanted.usedBy().contains(u) && !out.contains(u)) {
                out.add(u);
            }
        }
        for (SchemaObject other : current.objects()) {
            if (other.kind() != SchemaObject.Kind.PRIVILEGE && other.dependsOn().contains(o.ref()) && stillUses(other.ref(), o.ref(), desired) && !out.contains(other.ref())) {
                out.add(other.ref());
            }
        }
        return out;
    }

    private static boolean stillUses(ObjectRef user, ObjectRef used, Schema desired) {
        return desired.objects().stream().anyMatch(x -> x.ref().equals(user) && x.dependsOn().contains(used));
    }
}
