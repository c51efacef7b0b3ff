package dev.syncdb.mysql;

import dev.syncdb.diff.ColumnAspect;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.AlterColumn;
import dev.syncdb.diff.TypeChangeKind;
import dev.syncdb.model.DataType;
import dev.syncdb.plan.Hazard;
import dev.syncdb.plan.HazardCode;

import java.util.ArrayList;
import java.util.List;

/**
 * The hazards only MySQL knows, after its ALTER TABLE algorithms: a MODIFY COLUMN that changes the
 * stored type (other than appending enum/set labels or widening a varchar within its length-byte
 * size) copies the table (ALGORITHM=COPY) and blocks writes while it runs; removing enum or set
 * labels loses the values that use them; adding or dropping a primary key rebuilds the table.
 */
final class MysqlHazards {
    private static final MysqlDiffHooks HOOKS = new MysqlDiffHooks();

    private MysqlHazards() {
    }

    static List<Hazard> of(SchemaChange c) {
        List<Hazard> out = new ArrayList<>();
        if (c instanceof AlterColumn a) {
            alterColumn(a, out);
        } else if (c instanceof SchemaChange.AddPrimaryKey || c instanceof SchemaChange.DropPrimaryKey) {
            out.add(Hazard.of(HazardCode.TABLE_REWRITE, c.table() + " (a primary key change rebuilds the table)"));
        }
        return out;
    }

    private static void alterColumn(AlterColumn a, List<Hazard> out) {
        String col = a.table() + "." + a.to().name();
        DataType from = a.from().type();
        DataType to = a.to().type();
        if (a.aspects().contains(ColumnAspect.TYPE) && MysqlTypes.isEnumOrSet(from) && MysqlTypes.isEnumOrSet(to)) {
            List<String> removed = MysqlTypes.labels(from).stream().filter(l -> !MysqlTypes.labels(to).contains(l)).toList();
            if (!removed.isEmpty()) {
                out.add(Hazard.of(HazardCode.ENUM_VALUE_REMOVED, col + " " + removed));
            }
        }
        if (a.aspects().contains(ColumnAspect.GENERATED) && a.from().generated() == null) {
            out.add(Hazard.of(HazardCode.DROP_COLUMN, col + " (its values are replaced by the generated ones)"));
        }
        if ((a.aspects().contains(ColumnAspect.TYPE) && !inPlace(from, to)) || a.aspects().contains(ColumnAspect.COLLATION)) {
            out.add(Hazard.of(HazardCode.TABLE_REWRITE, a.table() + " (MODIFY COLUMN " + a.to().name()
                    + " copies the table, ALGORITHM=COPY)"));
        }
    }

    /** Type changes MySQL makes without copying the table. */
    private static boolean inPlace(DataType from, DataType to) {
        if (MysqlTypes.isEnumOrSet(from) && from.base().equals(to.base())) {
            return HOOKS.classifyTypeChange(from, to) == TypeChangeKind.WIDENING;
        }
        if (from.base().equals("varchar") && to.base().equals("varchar") && from.length() != null
                && to.length() != null && to.length() >= from.length()) {
            return (from.length() * 4 < 256) == (to.length() * 4 < 256);
        }
        return false;
    }
}
