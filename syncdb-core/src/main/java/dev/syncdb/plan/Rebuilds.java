package dev.syncdb.plan;

import dev.syncdb.diff.DiffHooks;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.diff.SchemaChange.*;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Folds all changes of a table into one {@link RebuildTable} when the dialect cannot apply one of
 * them in place. Creates, drops and renames are never folded (a constraint rename may be, where
 * constraints cannot be renamed in place): renames run first, in place, so a rebuild works on the
 * renamed table ({@code current} is the schema as renamed).
 */
final class Rebuilds {

    private Rebuilds() {
    }

    static List<SchemaChange> fold(List<SchemaChange> changes, Schema current, Schema desired, DiffHooks hooks) {
        Map<String, List<SchemaChange>> byTable = new LinkedHashMap<>();
        for (SchemaChange c : changes) {
            if (foldable(c)) {
                byTable.computeIfAbsent(c.table(), k -> new ArrayList<>()).add(c);
            }
        }
        List<SchemaChange> out = new ArrayList<>(changes);
        for (Map.Entry<String, List<SchemaChange>> e : byTable.entrySet()) {
            String name = e.getKey();
            Optional<Table> cur = current.table(name);
            Optional<Table> want = desired.table(e.getKey());
            if (cur.isEmpty() || want.isEmpty()) {
                continue;
            }
            boolean needed = e.getValue().stream().anyMatch(c -> !hooks.canAlterInPlace(c, cur.get()));
            if (needed) {
                out.removeAll(e.getValue());
                out.add(new RebuildTable(cur.get(), want.get(), e.getValue()));
            }
        }
        return out;
    }

    private static boolean foldable(SchemaChange c) {
        return c.table() != null && !(c instanceof CreateTable) && !(c instanceof DropTable)
                && !(dev.syncdb.diff.RenamedSchema.isRename(c) && !(c instanceof RenameConstraint))
                && !(c instanceof SetComment);
    }
}
