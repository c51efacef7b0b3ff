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
 * them in place. Creates, drops and renames of whole tables are never folded.
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
        Map<String, String> renamedFrom = new LinkedHashMap<>();
        changes.stream().filter(c -> c instanceof RenameTable)
                .forEach(c -> renamedFrom.put(((RenameTable) c).to(), ((RenameTable) c).from()));
        List<SchemaChange> out = new ArrayList<>(changes);
        for (Map.Entry<String, List<SchemaChange>> e : byTable.entrySet()) {
            String name = e.getKey();
            Optional<Table> cur = current.table(renamedFrom.getOrDefault(name, name)).map(t -> t.withName(name));
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
                && !(c instanceof RenameTable) && !(c instanceof SetComment);
    }
}
