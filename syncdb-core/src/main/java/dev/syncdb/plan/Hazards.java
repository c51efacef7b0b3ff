package dev.syncdb.plan;

import dev.syncdb.diff.ColumnAspect;
import dev.syncdb.diff.DiffHooks;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.*;
import dev.syncdb.diff.TypeChangeKind;
import dev.syncdb.model.Column;
import dev.syncdb.model.Schema;
import dev.syncdb.model.SchemaObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The generic hazard rules: which changes can lose data, which depend on the rows present, which
 * lock. Every change type states its rule (most have none), so a new type has to decide. Changes to
 * tables created in the same plan carry no data hazards (they hold no rows yet).
 */
final class Hazards {
    private final DiffHooks hooks;
    private final Set<String> newTables;
    private final Schema current;
    private final Schema desired;

    Hazards(DiffHooks hooks, Set<String> newTables, Schema current, Schema desired) {
        this.hooks = hooks;
        this.newTables = newTables;
        this.current = current;
        this.desired = desired;
    }

    List<Hazard> of(SchemaChange c) {
        if (c.table() != null && newTables.contains(c.table()) && !(c instanceof CreateTable)) {
            return List.of();
        }
        return c.accept(new Rules());
    }

    /** The generic hazard rule of each change type; most types have none. */
    private final class Rules implements SchemaChange.Visitor<List<Hazard>> {
        public List<Hazard> visit(DropTable x) { return one(HazardCode.DROP_TABLE, x.current().name()); }
        public List<Hazard> visit(DropColumn x) { return one(HazardCode.DROP_COLUMN, x.table() + "." + x.column().name()); }
        public List<Hazard> visit(AlterColumn x) { return alterColumn(x); }
        public List<Hazard> visit(AddColumn x) { return addColumn(x); }
        public List<Hazard> visit(AddUniqueKey x) { return one(HazardCode.ADD_UNIQUE, x.table() + x.key().columns()); }
        public List<Hazard> visit(AddPrimaryKey x) { return one(HazardCode.ADD_PRIMARY_KEY, x.table() + x.key().columns()); }
        public List<Hazard> visit(AddIndex x) { return addIndex(x); }
        public List<Hazard> visit(AddForeignKey x) {
            return one(HazardCode.ADD_FOREIGN_KEY, x.table() + x.key().columns() + " -> " + x.key().refTable());
        }
        public List<Hazard> visit(AddCheck x) { return one(HazardCode.ADD_CHECK, x.table() + " " + x.check().expression()); }
        public List<Hazard> visit(AlterEnum x) { return alterEnum(x); }
        public List<Hazard> visit(DropSequence x) { return one(HazardCode.DROP_SEQUENCE, x.current().name()); }
        public List<Hazard> visit(RebuildTable x) { return rebuild(x); }
        public List<Hazard> visit(CreateTable x) { return List.of(); }
        public List<Hazard> visit(RenameTable x) { return List.of(); }
        public List<Hazard> visit(RenameColumn x) { return List.of(); }
        public List<Hazard> visit(RenameConstraint x) { return List.of(); }
        public List<Hazard> visit(RenameIndex x) { return List.of(); }
        public List<Hazard> visit(RenameSequence x) { return List.of(); }
        public List<Hazard> visit(MoveObject x) { return move(x); }
        public List<Hazard> visit(DropPrimaryKey x) { return List.of(); }
        public List<Hazard> visit(DropUniqueKey x) { return List.of(); }
        public List<Hazard> visit(DropIndex x) { return List.of(); }
        public List<Hazard> visit(DropForeignKey x) { return List.of(); }
        public List<Hazard> visit(DropCheck x) { return List.of(); }
        public List<Hazard> visit(AddExclusion x) { return one(HazardCode.ADD_EXCLUSION, x.table() + " " + x.constraint().definition()); }
        public List<Hazard> visit(DropExclusion x) { return List.of(); }
        public List<Hazard> visit(AlterTableOptions x) { return List.of(); }
        public List<Hazard> visit(SetComment x) { return List.of(); }
        public List<Hazard> visit(CreateEnum x) { return List.of(); }
        public List<Hazard> visit(DropEnum x) { return List.of(); }
        public List<Hazard> visit(CreateSequence x) { return List.of(); }
        public List<Hazard> visit(AlterSequence x) { return List.of(); }
        public List<Hazard> visit(CreateView x) { return List.of(); }
        public List<Hazard> visit(DropView x) { return List.of(); }
        public List<Hazard> visit(CreateObject x) { return List.of(); }
        public List<Hazard> visit(DropObject x) { return dropObject(x.current()); }
        public List<Hazard> visit(ReplaceObject x) {
            return x.to().kind() == SchemaObject.Kind.POLICY ? one(HazardCode.ACCESS_CHANGE, x.to().identity()) : List.of();
        }
    }

    /**
     * A dropped namespace loses whatever it still holds; a dropped policy of a kept table changes access. (A dropped object has no users left in the
     * desired schema; a replacement that drops is the dialect's hazard, see {@link ObjectUsers}.)
     */
    private List<Hazard> dropObject(SchemaObject o) {
        if (o.kind() == SchemaObject.Kind.SCHEMA) {
            return one(HazardCode.DROP_SCHEMA, o.name());
        }
        if (o.kind() == SchemaObject.Kind.POLICY && desired.table(o.table()).isPresent()) {
            return one(HazardCode.ACCESS_CHANGE, o.identity());
        }
        return List.of();
    }

    /**
     * A move keeps the object's data but not the name code uses to find it; a table, view or
     * sequence moves under an exclusive lock. A sequence carried along with its table has neither.
     */
    private static List<Hazard> move(MoveObject x) {
        if (x.carried()) {
            return List.of();
        }
        String what = x.from() + " -> " + x.to();
        boolean relation = x.kind() == SchemaObject.Kind.TABLE || x.kind() == SchemaObject.Kind.VIEW
                || x.kind() == SchemaObject.Kind.SEQUENCE;
        return relation ? List.of(Hazard.of(HazardCode.MOVED_SCHEMA, what), Hazard.of(HazardCode.EXCLUSIVE_LOCK, what))
                : one(HazardCode.MOVED_SCHEMA, what);
    }

    private static List<Hazard> one(HazardCode code, String object) {
        return List.of(Hazard.of(code, object));
    }

    private List<Hazard> alterColumn(AlterColumn x) {
        List<Hazard> out = new ArrayList<>();
        String col = x.table() + "." + x.to().name();
        if (x.aspects().contains(ColumnAspect.TYPE)) {
            TypeChangeKind k = hooks.classifyTypeChange(x.from().type(), x.to().type());
            if (k == TypeChangeKind.NARROWING) {
                out.add(new Hazard(HazardCode.NARROW_TYPE, HazardCode.NARROW_TYPE.meaning() + ": " + col + " "
                        + x.from().type() + " -> " + x.to().type()));
            } else if (k == TypeChangeKind.CAST) {
                out.add(new Hazard(HazardCode.TYPE_CAST, HazardCode.TYPE_CAST.meaning() + ": " + col + " "
                        + x.from().type() + " -> " + x.to().type()));
            }
        }
        if (x.aspects().contains(ColumnAspect.NULLABLE) && !x.to().nullable()) {
            out.add(Hazard.of(HazardCode.ADD_NOT_NULL, col));
        }
        return out;
    }

    private static List<Hazard> addColumn(AddColumn x) {
        Column c = x.column();
        if (!c.nullable() && c.defaultExpr() == null && c.identity() == null && c.generated() == null) {
            return one(HazardCode.ADD_NOT_NULL, x.table() + "." + c.name() + " (no default)");
        }
        return List.of();
    }

    private static List<Hazard> addIndex(AddIndex x) {
        List<Hazard> out = new ArrayList<>();
        if (x.index().unique()) {
            out.add(Hazard.of(HazardCode.ADD_UNIQUE, x.table() + " " + x.index().name()));
        }
        out.add(Hazard.of(HazardCode.LONG_LOCK, "index " + x.index().name() + " on " + x.table()));
        return out;
    }

    private static List<Hazard> alterEnum(AlterEnum x) {
        List<String> removed = x.from().values().stream().filter(v -> !x.to().values().contains(v)).toList();
        return removed.isEmpty() ? List.of() : one(HazardCode.ENUM_VALUE_REMOVED, x.to().name() + " " + removed);
    }

    private List<Hazard> rebuild(RebuildTable x) {
        List<Hazard> out = new ArrayList<>();
        out.add(Hazard.of(HazardCode.TABLE_REWRITE, x.desired().name()));
        for (SchemaChange inner : x.replaces()) {
            for (Hazard h : of(inner)) {
                if (!out.contains(h)) {
                    out.add(h);
                }
            }
        }
        return out;
    }
}
