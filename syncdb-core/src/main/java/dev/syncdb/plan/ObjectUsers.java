package dev.syncdb.plan;

import dev.syncdb.model.ObjectRef;
import dev.syncdb.model.Schema;
import dev.syncdb.model.SchemaObject;

import java.util.ArrayList;
import java.util.List;

/**
 * The users of a schema object that outlive a plan: the tables, views and other objects of the
 * current schema that need it and still exist in the desired one. Dropping an object with such users
 * fails (syncdb never drops with CASCADE) unless the plan changes them first.
 */
public final class ObjectUsers {

    private ObjectUsers() {
    }

    /** The users of {@code o} in {@code current} that {@code desired} keeps. */
    public static List<ObjectRef> remaining(SchemaObject o, Schema current, Schema desired) {
        List<ObjectRef> out = new ArrayList<>();
        for (ObjectRef u : o.usedBy()) {
            if (kept(u, desired) && !out.contains(u)) {
                out.add(u);
            }
        }
        for (SchemaObject other : current.objects()) {
            if (other.dependsOn().contains(o.ref()) && kept(other.ref(), desired) && !out.contains(other.ref())) {
                out.add(other.ref());
            }
        }
        return out;
    }

    private static boolean kept(ObjectRef r, Schema desired) {
        return switch (r.kind()) {
            case TABLE -> desired.table(r.identity()).isPresent();
            case VIEW -> desired.view(r.identity()).isPresent();
            case ENUM -> desired.enums().stream().anyMatch(e -> e.name().equals(r.identity()));
            case SEQUENCE -> desired.sequences().stream().anyMatch(s -> s.name().equals(r.identity()));
            default -> desired.objects().stream().anyMatch(x -> x.ref().equals(r));
        };
    }
}
