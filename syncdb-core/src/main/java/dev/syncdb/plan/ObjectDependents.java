package dev.syncdb.plan;

import dev.syncdb.diff.ColumnAspect;
import dev.syncdb.diff.DiffHooks;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.*;
import dev.syncdb.model.Column;
import dev.syncdb.model.ObjectRef;
import dev.syncdb.model.Schema;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.SchemaObject.Kind;
import dev.syncdb.model.Table;
import dev.syncdb.model.View;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The objects and views a plan must drop before it changes what they need, and create again
 * afterwards when the desired schema keeps them: what needs an object that is replaced by dropping
 * it (a function whose result type changes), a view that is dropped (its INSTEAD OF triggers), a
 * column that is dropped or changes type (a policy or trigger that reads it), or an enum type that
 * is re-created (a function taking it); and, in turn, what needs those. The database refuses to drop
 * or retype an object others still need, and syncdb never drops with CASCADE.
 *
 * <p>Such an object's drop runs before the changes to tables, types and objects, right after the
 * views are dropped ({@link #expand} returns it among the refs to drop first); an in-place replacement of it becomes a drop and a create. Tables that need the object
 * (a column type, default, check or index) cannot be treated this way and stay a hazard
 * ({@link ObjectUsers}).
 */
final class ObjectDependents {

    private ObjectDependents() {
    }

    /**
     * Adds the drops and re-creates of dependents to {@code out}; returns the objects whose drop
     * must run before everything else.
     */
    static Set<ObjectRef> expand(List<SchemaChange> out, Schema current, Schema desired, DiffHooks hooks,
                                 Predicate<AlterEnum> recreates) {
        Set<ObjectRef> dropFirst = new LinkedHashSet<>();
        Set<ObjectRef> seen = new HashSet<>();
        Deque<ObjectRef> queue = new ArrayDeque<>();
        for (ObjectRef r : seeds(out, current, hooks, recreates)) {
            if (seen.add(r)) {
                queue.add(r);
            }
        }
        while (!queue.isEmpty()) {
            ObjectRef r = queue.pop();
            for (SchemaObject o : current.objects()) {
                if (o.dependsOn().contains(r) && dropFirst.add(o.ref())) {
                    dropAndCreate(out, o, desired);
                    if (seen.add(o.ref())) {
                        queue.add(o.ref());
                    }
                }
            }
            for (View v : viewsUsing(r, current)) {
                ObjectRef ref = new ObjectRef(Kind.VIEW, v.name());
                if (seen.add(ref)) {
                    recreateView(out, v, desired);
                    queue.add(ref);
                }
            }
        }
        return dropFirst;
    }

    /** What the plan drops or re-creates that other objects may need. */
    private static Set<ObjectRef> seeds(List<SchemaChange> out, Schema current, DiffHooks hooks,
                                        Predicate<AlterEnum> recreates) {
        Set<ObjectRef> seeds = new LinkedHashSet<>();
        for (SchemaChange c : out) {
            if (c instanceof ReplaceObject r && !hooks.replacesObjectInPlace(r.from(), r.to())) {
                seeds.add(r.from().ref());
            } else if (c instanceof DropView v) {
                seeds.add(new ObjectRef(Kind.VIEW, v.current().name()));
            } else if (c instanceof DropColumn d) {
                seeds.add(column(d.table(), d.column().name()));
            } else if (c instanceof AlterColumn a && (a.aspects().contains(ColumnAspect.TYPE)
                    || a.aspects().contains(ColumnAspect.GENERATED))) {
                seeds.add(column(a.table(), a.from().name()));
            } else if (c instanceof AlterEnum e && recreates.test(e)) {
                seeds.add(new ObjectRef(Kind.ENUM, e.from().name()));
                enumColumns(current, e.from().name()).forEach(seeds::add);
            }
        }
        return seeds;
    }

    private static ObjectRef column(String table, String column) {
        return new ObjectRef(Kind.COLUMN, table + "." + column);
    }

    /** The columns whose type is the enum (or an array of it), which its re-creation retypes. */
    private static List<ObjectRef> enumColumns(Schema current, String type) {
        List<ObjectRef> out = new java.util.ArrayList<>();
        for (Table t : current.tables()) {
            for (Column c : t.columns()) {
                String base = c.type().sql().replace("[]", "").replace("\"", "");
                if (base.equals(type)) {
                    out.add(column(t.name(), c.name()));
                }
            }
        }
        return out;
    }

    /** The views that read view {@code r}, or that use object {@code r} (a function in their query). */
    private static List<View> viewsUsing(ObjectRef r, Schema current) {
        if (r.kind() == Kind.VIEW) {
            return current.views().stream().filter(v -> v.dependsOn().contains(r.identity())).toList();
        }
        Set<String> names = new HashSet<>();
        current.objects().stream().filter(o -> o.ref().equals(r)).forEach(o -> o.usedBy().stream()
                .filter(u -> u.kind() == Kind.VIEW).forEach(u -> names.add(u.identity())));
        return current.views().stream().filter(v -> names.contains(v.name())).toList();
    }

    /**
     * Drops {@code o} and creates it again as desired: an in-place replacement becomes a drop and a
     * create; an object already dropped stays dropped.
     */
    private static void dropAndCreate(List<SchemaChange> out, SchemaObject o, Schema desired) {
        if (out.stream().anyMatch(c -> c instanceof DropObject d && d.current().ref().equals(o.ref()))) {
            return;
        }
        out.removeIf(c -> c instanceof ReplaceObject r && r.from().ref().equals(o.ref()));
        out.add(new DropObject(o));
        desired.objects().stream().filter(d -> d.ref().equals(o.ref())).findFirst()
                .ifPresent(d -> out.add(new CreateObject(d)));
    }

    private static void recreateView(List<SchemaChange> out, View v, Schema desired) {
        if (out.stream().noneMatch(c -> c instanceof DropView d && d.current().name().equals(v.name()))) {
            out.add(new DropView(v));
        }
        desired.view(v.name()).filter(d -> out.stream().noneMatch(c -> c instanceof CreateView cv
                && cv.desired().name().equals(d.name()))).ifPresent(d -> out.add(new CreateView(d)));
    }
}
