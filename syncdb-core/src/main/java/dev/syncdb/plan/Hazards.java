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
 * lock. Changes to tables created in the same plan carry no data hazards (they hold no rows yet).
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
        List<Hazard> out = new ArrayList<>();
        if (c.table() != null && newTables.contains(c.table()) && !(c instanceof CreateTable)) {
            return out;
        }
        if (c instanceof DropTable x) out.add(Hazard.of(HazardCode.DROP_TABLE, x.current().name()));
        else if (c instanceof DropColumn x) out.add(Hazard.of(HazardCode.DROP_COLUMN, x.table() + "." + x.column().name()));
        else if (c instanceof AlterColumn x) alterColumn(x, out);
        else if (c instanceof AddColumn x) addColumn(x, out);
        else if (c instanceof AddUniqueKey x) out.add(Hazard.of(HazardCode.ADD_UNIQUE, x.table() + x.key().columns()));
        else if (c instanceof AddPrimaryKey x) out.add(Hazard.of(HazardCode.ADD_PRIMARY_KEY, x.table() + x.key().columns()));
        else if (c instanceof AddIndex x) addIndex(x, out);
        else if (c instanceof AddForeignKey x) out.add(Hazard.of(HazardCode.ADD_FOREIGN_KEY, x.table() + x.key().columns() + " -> " + x.key().refTable()));
        else if (c instanceof AddCheck x) out.add(Hazard.of(HazardCode.ADD_CHECK, x.table() + " " + x.check().expression()));
        else if (c instanceof AlterEnum x) alterEnum(x, out);
        else if (c instanceof DropSequence x) out.add(Hazard.of(HazardCode.DROP_SEQUENCE, x.current().name()));
        else if (c instanceof RebuildTable x) rebuild(x, out);
        else if (c instanceof DropObject x) dropObject(x.current(), out);
        else if (c instanceof ReplaceObject x && x.to().kind() == SchemaObject.Kind.POLICY) {
            out.add(Hazard.of(HazardCode.ACCESS_CHANGE, x.to().identity()));
        }
        return out;
    }

    /**
     * A dropped policy of a kept table changes access. (A dropped object has no users left in the
     * desired schema; a replacement that drops is the dialect's hazard, see {@link ObjectUsers}.)
     */
    private void dropObject(SchemaObject o, List<Hazard> out) {
        if (o.kind() == SchemaObject.Kind.POLICY && desired.table(o.table()).isPresent()) {
            out.add(Hazard.of(HazardCode.ACCESS_CHANGE, o.identity()));
        }
    }

    private void alterColumn(AlterColumn x, List<Hazard> out) {
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
    }

    private static void addColumn(AddColumn x, List<Hazard> out) {
        Column c = x.column();
        if (!c.nullable() && c.defaultExpr() == null && c.identity() == null && c.generated() == null) {
            out.add(Hazard.of(HazardCode.ADD_NOT_NULL, x.table() + "." + c.name() + " (no default)"));
        }
    }

    private static void addIndex(AddIndex x, List<Hazard> out) {
        if (x.index().unique()) {
            out.add(Hazard.of(HazardCode.ADD_UNIQUE, x.table() + " " + x.index().name()));
        }
        out.add(Hazard.of(HazardCode.LONG_LOCK, "index " + x.index().name() + " on " + x.table()));
    }

    private static void alterEnum(AlterEnum x, List<Hazard> out) {
        List<String> removed = x.from().values().stream().filter(v -> !x.to().values().contains(v)).toList();
        if (!removed.isEmpty()) {
            out.add(Hazard.of(HazardCode.ENUM_VALUE_REMOVED, x.to().name() + " " + removed));
        }
    }

    private void rebuild(RebuildTable x, List<Hazard> out) {
        out.add(Hazard.of(HazardCode.TABLE_REWRITE, x.desired().name()));
        for (SchemaChange inner : x.replaces()) {
            for (Hazard h : of(inner)) {
                if (!out.contains(h)) {
                    out.add(h);
                }
            }
        }
    }
}
