package dev.syncdb.mysql;

import dev.syncdb.diff.DiffHooks;
import dev.syncdb.diff.TypeChangeKind;
import dev.syncdb.diff.TypeChanges;
import dev.syncdb.model.DataType;
import dev.syncdb.model.View;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * MySQL's answers to the differ: both sides are printed by the same server, so the default text
 * comparisons hold (engine names compare without case); type changes know MySQL's families:
 * integer sizes and signedness, varchar into the text types, and enum/set labels (appending
 * labels keeps every value, removing or reordering one does not).
 */
public final class MysqlDiffHooks implements DiffHooks {

    @Override
    public boolean sameOptions(Map<String, String> from, Map<String, String> to) {
        return Objects.equals(from.get(MysqlInspector.COLLATION), to.get(MysqlInspector.COLLATION))
                && Objects.equals(from.get(MysqlPartitions.OPTION), to.get(MysqlPartitions.OPTION))
                && String.valueOf(from.get(MysqlInspector.ENGINE)).equalsIgnoreCase(String.valueOf(to.get(MysqlInspector.ENGINE)));
    }

    /**
     * MySQL has no CREATE OR REPLACE for triggers (MariaDB's is not MySQL's): a changed trigger is
     * dropped before its table changes and created after; a changed routine or event is dropped
     * and created in one step (its drop and create would otherwise fall on either side of the tables).
     */
    @Override
    public boolean replacesInPlace(dev.syncdb.model.SchemaObject from, dev.syncdb.model.SchemaObject to) {
        return !from.kind().onTable();
    }

    @Override
    public boolean sameView(View from, View to) {
        return from.definition().strip().equals(to.definition().strip());
    }

    @Override
    public TypeChangeKind classifyTypeChange(DataType from, DataType to) {
        String a = from.base();
        String b = to.base();
        if (MysqlTypes.INTEGER_BYTES.containsKey(a) && MysqlTypes.INTEGER_BYTES.containsKey(b)) {
            return MysqlTypes.integerFits(from, to) ? TypeChangeKind.WIDENING : TypeChangeKind.NARROWING;
        }
        if (a.equals(b) && MysqlTypes.isEnumOrSet(from)) {
            return labels(from, to);
        }
        Long ca = MysqlTypes.characters(from);
        Long cb = MysqlTypes.characters(to);
        if (ca != null && cb != null && !a.equals("char") && !b.equals("char")) {
            return cb >= ca ? TypeChangeKind.WIDENING : TypeChangeKind.NARROWING;
        }
        return TypeChanges.classify(from, to);
    }

    /** Appending labels widens; dropping or moving one narrows (stored values are label positions). */
    private static TypeChangeKind labels(DataType from, DataType to) {
        List<String> f = MysqlTypes.labels(from);
        List<String> t = MysqlTypes.labels(to);
        if (t.size() >= f.size() && t.subList(0, f.size()).equals(f)) {
            return TypeChangeKind.WIDENING;
        }
        return TypeChangeKind.NARROWING;
    }
}
