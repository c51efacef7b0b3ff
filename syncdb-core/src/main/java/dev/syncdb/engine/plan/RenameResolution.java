package dev.syncdb.engine.plan;

import dev.syncdb.SyncdbException;
import dev.syncdb.diff.DiffOptions;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;
import dev.syncdb.sql.RenameDirective;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The renames of one run, checked against both schemas: those the user gives ({@code --rename},
 * or accepted in the wizard) must name an old object that is in the database and a new one that
 * is in the desired schema, else the run fails (exit 1) before anything changes. Those a schema
 * file declares are skipped once applied (old name gone), so the comment can stay in the file.
 * Column renames come back keyed by the table's new name.
 */
public final class RenameResolution {
    private final Schema current;
    private final Schema desired;
    private final Map<String, String> tables = new LinkedHashMap<>();
    private final Map<String, String> columns = new LinkedHashMap<>();

    private RenameResolution(Schema current, Schema desired) {
        this.current = current;
        this.desired = desired;
    }

    /** The diff options of the run: the given and declared renames that apply, checked against both schemas. */
    public static DiffOptions resolve(DiffOptions given, List<RenameDirective> declared, Schema current, Schema desired) {
        RenameResolution r = new RenameResolution(current, desired);
        given.tableRenames().forEach((from, to) -> r.table(from, to, "--rename " + from + "=" + to, true));
        declared.stream().filter(RenameDirective::isTable)
                .forEach(d -> r.table(d.from(), d.to(), d.where() + ": " + d.describe(), false));
        given.columnRenames().forEach((key, to) -> {
            int dot = key.indexOf('.');
            r.column(key.substring(0, dot), key.substring(dot + 1), to, "--rename " + key + "=" + to, true);
        });
        declared.stream().filter(d -> !d.isTable())
                .forEach(d -> r.column(d.table(), d.from(), d.to(), d.where() + ": " + d.describe(), false));
        return new DiffOptions(r.tables, r.columns, given.privileges());
    }

    private void table(String from, String to, String what, boolean strict) {
        if (tables.containsKey(from)) {
            return;
        }
        boolean hasOld = current.table(from).isPresent();
        if (desired.table(to).isEmpty()) {
            throw fail(what, "there is no table " + to + " in the desired schema");
        }
        if (!hasOld && !strict) {
            return;
        }
        if (!hasOld) {
            throw fail(what, "there is no table " + from + " in the database");
        }
        if (current.table(to).isPresent()) {
            throw fail(what, "table " + to + " already exists in the database");
        }
        tables.put(from, to);
    }

    private void column(String table, String from, String to, String what, boolean strict) {
        String newTable = tables.getOrDefault(table, table);
        String oldTable = tables.entrySet().stream().filter(e -> e.getValue().equals(newTable)).map(Map.Entry::getKey)
                .findFirst().orElse(newTable);
        if (columns.containsKey(newTable + "." + from)) {
            return;
        }
        if (desired.table(newTable).flatMap(t -> t.column(to)).isEmpty()) {
            throw fail(what, "there is no column " + newTable + "." + to + " in the desired schema");
        }
        Optional<Table> cur = current.table(oldTable);
        boolean hasOld = cur.flatMap(t -> t.column(from)).isPresent();
        if (!hasOld && !strict) {
            return;
        }
        if (!hasOld) {
            throw fail(what, cur.isEmpty() ? "there is no table " + oldTable + " in the database"
                    : "there is no column " + oldTable + "." + from + " in the database");
        }
        if (cur.get().column(to).isPresent()) {
            throw fail(what, "column " + oldTable + "." + to + " already exists in the database");
        }
        columns.put(newTable + "." + from, to);
    }

    private static SyncdbException fail(String what, String why) {
        return SyncdbException.error("cannot rename: " + what + ": " + why + "; nothing was changed");
    }
}
