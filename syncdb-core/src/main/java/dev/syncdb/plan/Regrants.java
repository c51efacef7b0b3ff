package dev.syncdb.plan;

import dev.syncdb.diff.DiffHooks;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.CreateObject;
import dev.syncdb.diff.SchemaChange.CreateSequence;
import dev.syncdb.diff.SchemaChange.CreateTable;
import dev.syncdb.diff.SchemaChange.CreateView;
import dev.syncdb.diff.SchemaChange.DropObject;
import dev.syncdb.diff.SchemaChange.DropSequence;
import dev.syncdb.diff.SchemaChange.DropTable;
import dev.syncdb.diff.SchemaChange.DropView;
import dev.syncdb.diff.SchemaChange.ReplaceObject;
import dev.syncdb.model.ObjectRef;
import dev.syncdb.model.Schema;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.SchemaObject.Kind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the privileges of objects the plan drops and creates again (a view whose query changes, a
 * routine whose result changes): dropping an object takes its privileges with it, so each privilege
 * on it becomes a reset to the default before the drop (whose reverse grants the current privileges
 * again once a down script has re-created the old object) and a grant from the default once it
 * exists again. Privileges are those of the two schemas' {@link Kind#PRIVILEGE} objects, linked to
 * their object by {@link SchemaObject#dependsOn()}; a schema without them (privileges not compared)
 * leaves the plan as it is.
 */
final class Regrants {

    private Regrants() {
    }

    static List<SchemaChange> expand(List<SchemaChange> changes, Schema current, Schema desired, DiffHooks hooks) {
        Set<ObjectRef> recreated = recreated(changes, hooks);
        if (recreated.isEmpty()) {
            return changes;
        }
        List<SchemaChange> out = new ArrayList<>(changes);
        out.removeIf(c -> privilegeOn(object(c), recreated));
        current.objects().stream().filter(o -> privilegeOn(o, recreated)).forEach(o -> out.add(new DropObject(o)));
        desired.objects().stream().filter(o -> privilegeOn(o, recreated)).forEach(o -> out.add(new CreateObject(o)));
        return out;
    }

    /** The objects the changes drop and create again. */
    private static Set<ObjectRef> recreated(List<SchemaChange> changes, DiffHooks hooks) {
        Set<ObjectRef> dropped = new HashSet<>();
        Set<ObjectRef> created = new HashSet<>();
        Set<ObjectRef> out = new HashSet<>();
        for (SchemaChange c : changes) {
            if (c instanceof DropView v) dropped.add(new ObjectRef(Kind.VIEW, v.current().name()));
            if (c instanceof CreateView v) created.add(new ObjectRef(Kind.VIEW, v.desired().name()));
            if (c instanceof DropTable t) dropped.add(new ObjectRef(Kind.TABLE, t.current().name()));
            if (c instanceof CreateTable t) created.add(new ObjectRef(Kind.TABLE, t.desired().name()));
            if (c instanceof DropSequence s) dropped.add(new ObjectRef(Kind.SEQUENCE, s.current().name()));
            if (c instanceof CreateSequence s) created.add(new ObjectRef(Kind.SEQUENCE, s.desired().name()));
            if (c instanceof ReplaceObject r && r.to().kind() != Kind.PRIVILEGE && !hooks.replacesObjectInPlace(r.from(), r.to())) {
                out.add(r.to().ref());
            }
        }
        dropped.retainAll(created);
        out.addAll(dropped);
        return out;
    }

    private static SchemaObject object(SchemaChange c) {
        if (c instanceof CreateObject x) return x.desired();
        if (c instanceof ReplaceObject x) return x.to();
        if (c instanceof DropObject x) return x.current();
        return null;
    }

    private static boolean privilegeOn(SchemaObject o, Set<ObjectRef> objects) {
        return o != null && o.kind() == Kind.PRIVILEGE && o.dependsOn().stream().anyMatch(objects::contains);
    }
}
