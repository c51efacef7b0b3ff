package dev.syncdb.plan;

import dev.syncdb.diff.ColumnAspect;
import dev.syncdb.diff.DiffHooks;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.*;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.ObjectRef;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;
import dev.syncdb.model.View;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds the changes that other changes force: views that read a table whose columns change are
 * dropped and recreated, objects and views that need something the plan drops or retypes are
 * dropped first and created again ({@link ObjectDependents}), and foreign keys that point at a key
 * or column being changed are dropped and added back.
 */
final class Dependents {

    private Dependents() {
    }

    /** The changes with what they force added, and the objects whose drop must run before everything else. */
    record Expanded(List<SchemaChange> changes, Set<ObjectRef> dropFirst) {
    }

    static Expanded expand(List<SchemaChange> changes, Schema current, Schema desired, DiffHooks hooks) {
        java.util.function.Predicate<AlterEnum> recreates = e -> hooks.recreatesEnum(e, desired);
        List<SchemaChange> out = new ArrayList<>(changes);
        out.removeIf(c -> c instanceof DropSequence d && becomesIdentity(d, changes));
        Set<String> retyped = EnumUses.tablesRetypedByEnumRecreation(out, current, recreates);
        EnumUses.recreateExpressionsOver(out, current, desired, retyped, recreates);
        recreateViews(out, current, desired, retyped);
        Set<ObjectRef> dropFirst = ObjectDependents.expand(out, current, desired, hooks, recreates);
        recreateReferencingKeys(out, current, desired);
        return new Expanded(out, dropFirst);
    }

    /**
     * Whether a dropped sequence belongs to a serial column that becomes an identity column in the
     * same plan: the column's change takes the sequence over, so there is nothing left to drop.
     */
    private static boolean becomesIdentity(DropSequence d, List<SchemaChange> changes) {
        var s = d.current();
        return s.ownedByTable() != null && changes.stream().anyMatch(c -> c instanceof AlterColumn a
                && a.table().equals(s.ownedByTable()) && a.to().name().equals(s.ownedByColumn())
                && a.from().identity() == null && a.to().identity() != null);
    }

    private static void recreateViews(List<SchemaChange> out, Schema current, Schema desired, Set<String> retyped) {
        Set<String> touched = new HashSet<>(retyped);
        for (SchemaChange c : out) {
            if (reshapesTable(c)) {
                touched.add(c.table());
            }
            if (c instanceof DropView v) {
                touched.add(v.current().name());
            }
        }
        Set<String> dropped = new HashSet<>();
        out.stream().filter(c -> c instanceof DropView).forEach(c -> dropped.add(((DropView) c).current().name()));
        Map<String, List<View>> readers = new HashMap<>();
        for (View v : current.views()) {
            for (String d : new HashSet<>(v.dependsOn())) {
                readers.computeIfAbsent(d, k -> new ArrayList<>()).add(v);
            }
        }
        Deque<String> queue = new ArrayDeque<>(touched);
        while (!queue.isEmpty()) {
            String name = queue.pop();
            for (View v : readers.getOrDefault(name, List.of())) {
                if (dropped.add(v.name())) {
                    out.add(new DropView(v));
                    desired.view(v.name()).filter(d -> out.stream().noneMatch(c -> c instanceof CreateView cv
                            && cv.desired().name().equals(d.name()))).ifPresent(d -> out.add(new CreateView(d)));
                    queue.add(v.name());
                }
            }
        }
    }

    private static boolean reshapesTable(SchemaChange c) {
        return c instanceof DropColumn || c instanceof RenameColumn || c instanceof RebuildTable
                || c instanceof DropTable || c instanceof RenameTable
                || (c instanceof AlterColumn a && (a.aspects().contains(ColumnAspect.TYPE)
                || a.aspects().contains(ColumnAspect.COLLATION) || a.aspects().contains(ColumnAspect.GENERATED)));
    }

    private static void recreateReferencingKeys(List<SchemaChange> out, Schema current, Schema desired) {
        Map<String, List<SchemaChange>> causes = new HashMap<>();
        for (SchemaChange c : out) {
            if (c.table() != null) {
                causes.computeIfAbsent(c.table(), k -> new ArrayList<>()).add(c);
            }
        }
        for (Table t : current.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.refSchema() == null && causes.getOrDefault(fk.refTable(), List.of()).stream()
                        .anyMatch(c -> touchesReferencedKey(c, fk))
                        && !alreadyDropped(out, t.name(), fk)) {
                    out.add(new DropForeignKey(t.name(), fk));
                    boolean kept = !tableDropped(out, t.name());
                    desired.table(t.name()).filter(d -> kept && d.foreignKeys().contains(fk))
                            .ifPresent(d -> out.add(new AddForeignKey(t.name(), fk)));
                }
            }
        }
    }

    /** Whether a change drops or retypes the key a foreign key points at. */
    private static boolean touchesReferencedKey(SchemaChange c, ForeignKey fk) {
        if (!fk.refTable().equals(c.table())) {
            return false;
        }
        Set<String> refCols = Set.copyOf(fk.refColumns());
        if (c instanceof DropPrimaryKey p) {
            return Set.copyOf(p.key().columns()).equals(refCols);
        }
        if (c instanceof DropUniqueKey u) {
            return Set.copyOf(u.key().columns()).equals(refCols);
        }
        if (c instanceof DropIndex i && i.index().unique()) {
            return i.index().keys().stream().map(k -> k.expression()).collect(java.util.stream.Collectors.toSet())
                    .equals(refCols);
        }
        return c instanceof AlterColumn a && a.aspects().contains(ColumnAspect.TYPE) && refCols.contains(a.to().name());
    }

    private static boolean alreadyDropped(List<SchemaChange> out, String table, ForeignKey fk) {
        return out.stream().anyMatch(c -> (c instanceof DropForeignKey d && d.table().equals(table) && d.key().equals(fk))
                || (c instanceof RebuildTable r && r.table().equals(table)));
    }

    private static boolean tableDropped(List<SchemaChange> out, String table) {
        return out.stream().anyMatch(c -> c instanceof DropTable d && d.current().name().equals(table));
    }
}
