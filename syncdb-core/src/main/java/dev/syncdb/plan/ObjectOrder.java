package dev.syncdb.plan;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.CreateObject;
import dev.syncdb.diff.SchemaChange.DropObject;
import dev.syncdb.diff.SchemaChange.ReplaceObject;
import dev.syncdb.model.ObjectRef;
import dev.syncdb.model.SchemaObject;
import dev.syncdb.model.SchemaObject.Kind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places the changes of schema objects compared by definition: an object that needs a table or a
 * view (directly, or through another object of the plan) is created once the tables (or views) exist
 * and dropped before any of them goes; an object that a replaced object stops using is dropped after
 * the replacement; an object that needs something the plan drops or retypes is dropped before
 * every change to tables, types and other objects; within each phase, objects come after the objects they depend on (creates) or
 * before them (drops).
 */
final class ObjectOrder {

    private ObjectOrder() {
    }

    static void place(Map<Phase, List<SchemaChange>> phases, Set<ObjectRef> dropFirst) {
        moveLate(phases, Phase.CREATE_OBJECTS, Phase.CREATE_TABLE_OBJECTS, Phase.CREATE_VIEW_OBJECTS);
        moveLate(phases, Phase.CREATE_TABLE_OBJECTS, Phase.CREATE_TABLE_OBJECTS, Phase.CREATE_VIEW_OBJECTS);
        moveLate(phases, Phase.DROP_OBJECTS, Phase.DROP_TABLE_OBJECTS, Phase.DROP_VIEW_OBJECTS);
        moveLate(phases, Phase.DROP_TABLE_OBJECTS, Phase.DROP_TABLE_OBJECTS, Phase.DROP_VIEW_OBJECTS);
        releaseFirst(phases);
        dropFirst(phases, dropFirst);
        for (Phase p : List.of(Phase.CREATE_EXTENSIONS, Phase.CREATE_OBJECTS, Phase.CREATE_TABLE_OBJECTS,
                Phase.CREATE_VIEW_OBJECTS)) {
            phases.computeIfPresent(p, (k, v) -> sorted(v, false));
        }
        for (Phase p : List.of(Phase.DROP_VIEW_OBJECTS, Phase.DROP_TABLE_OBJECTS, Phase.DROP_OBJECTS,
                Phase.DROP_EXTENSIONS, Phase.DROP_RELEASED_OBJECTS)) {
            phases.computeIfPresent(p, (k, v) -> sorted(v, true));
        }
    }

    /** The object a change creates, replaces or drops, or null for other changes. */
    static SchemaObject object(SchemaChange c) {
        if (c instanceof CreateObject x) return x.desired();
        if (c instanceof ReplaceObject x) return x.to();
        if (c instanceof DropObject x) return x.current();
        return null;
    }

    /**
     * Moves the drop of an object that a replaced object uses now (a trigger's old function) after
     * the replacements, which release it.
     */
    private static void releaseFirst(Map<Phase, List<SchemaChange>> phases) {
        Set<ObjectRef> heldByReplaced = new HashSet<>();
        phases.values().forEach(list -> list.stream().filter(c -> c instanceof ReplaceObject)
                .forEach(c -> heldByReplaced.addAll(((ReplaceObject) c).from().dependsOn())));
        for (Phase p : List.of(Phase.DROP_VIEW_OBJECTS, Phase.DROP_TABLE_OBJECTS, Phase.DROP_OBJECTS)) {
            List<SchemaChange> cs = phases.get(p);
            if (cs == null) {
                continue;
            }
            List<SchemaChange> held = cs.stream().filter(c -> c instanceof DropObject d
                    && heldByReplaced.contains(d.current().ref())).toList();
            cs.removeAll(held);
            phases.computeIfAbsent(Phase.DROP_RELEASED_OBJECTS, k -> new ArrayList<>()).addAll(held);
        }
    }

    /**
     * Moves the drops of objects that need something the plan drops or retypes (see
     * {@code ObjectDependents}) before every change to tables, types and objects: right after the
     * views go (a view may use such an object), or before them when the object needs a view.
     */
    private static void dropFirst(Map<Phase, List<SchemaChange>> phases, Set<ObjectRef> refs) {
        if (refs.isEmpty()) {
            return;
        }
        List<SchemaChange> first = phases.computeIfAbsent(Phase.DROP_TABLE_OBJECTS, k -> new ArrayList<>());
        for (Phase p : List.of(Phase.DROP_OBJECTS, Phase.DROP_RELEASED_OBJECTS)) {
            List<SchemaChange> cs = phases.get(p);
            if (cs != null) {
                List<SchemaChange> moved = cs.stream().filter(c -> c instanceof DropObject d
                        && refs.contains(d.current().ref())).toList();
                cs.removeAll(moved);
                first.addAll(moved);
            }
        }
    }

    /** Moves the changes of {@code from} that need a table to {@code tables}, or a view to {@code views}. */
    private static void moveLate(Map<Phase, List<SchemaChange>> phases, Phase from, Phase tables, Phase views) {
        List<SchemaChange> cs = phases.get(from);
        if (cs == null) {
            return;
        }
        Map<ObjectRef, SchemaObject> all = new LinkedHashMap<>();
        phases.values().forEach(list -> list.stream().map(ObjectOrder::object).filter(o -> o != null)
                .forEach(o -> all.put(o.ref(), o)));
        Set<ObjectRef> onViews = needing(all, Kind.VIEW);
        Set<ObjectRef> onTables = needing(all, Kind.TABLE);
        List<SchemaChange> stay = new ArrayList<>();
        for (SchemaChange c : cs) {
            ObjectRef r = object(c).ref();
            Phase p = onViews.contains(r) ? views : onTables.contains(r) ? tables : from;
            (p == from ? stay : phases.computeIfAbsent(p, k -> new ArrayList<>())).add(c);
        }
        phases.put(from, stay);
    }

    /** The objects that need an object of {@code kind}, directly or through other objects of {@code all}. */
    private static Set<ObjectRef> needing(Map<ObjectRef, SchemaObject> all, Kind kind) {
        Set<ObjectRef> out = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (SchemaObject o : all.values()) {
                if (!out.contains(o.ref()) && o.dependsOn().stream().anyMatch(d -> d.kind() == kind || out.contains(d))) {
                    out.add(o.ref());
                    grew = true;
                }
            }
        }
        return out;
    }

    /**
     * The changes with each object after (or, reversed, before) the objects of the list it depends
     * on; otherwise by kind, then identity, so a plan reads the same every time.
     */
    private static List<SchemaChange> sorted(List<SchemaChange> cs, boolean reverse) {
        Map<ObjectRef, SchemaChange> byRef = new LinkedHashMap<>();
        List<SchemaChange> others = new ArrayList<>();
        for (SchemaChange c : cs) {
            SchemaObject o = object(c);
            if (o == null) {
                others.add(c);
            } else {
                byRef.put(o.ref(), c);
            }
        }
        List<SchemaChange> out = new ArrayList<>();
        Set<ObjectRef> done = new HashSet<>();
        List<ObjectRef> refs = new ArrayList<>(byRef.keySet());
        refs.sort(java.util.Comparator.comparing(ObjectRef::kind).thenComparing(ObjectRef::identity));
        for (ObjectRef r : refs) {
            visit(r, byRef, done, new HashSet<>(), out);
        }
        if (reverse) {
            Collections.reverse(out);
        }
        out.addAll(others);
        return out;
    }

    private static void visit(ObjectRef r, Map<ObjectRef, SchemaChange> byRef, Set<ObjectRef> done,
                              Set<ObjectRef> onPath, List<SchemaChange> out) {
        if (done.contains(r) || !onPath.add(r)) {
            return;
        }
        for (ObjectRef dep : object(byRef.get(r)).dependsOn()) {
            if (byRef.containsKey(dep)) {
                visit(dep, byRef, done, onPath, out);
            }
        }
        done.add(r);
        out.add(byRef.get(r));
    }
}
