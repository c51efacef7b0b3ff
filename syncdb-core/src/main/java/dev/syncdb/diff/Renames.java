package dev.syncdb.diff;

import dev.syncdb.model.Column;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;

import java.util.List;
import java.util.Map;

/** Applies declared renames to the current side before diffing, emitting the rename changes. */
final class Renames {

    private Renames() {
    }

    static Schema applyTableRenames(Schema current, DiffOptions options, List<SchemaChange> out) {
        if (options.tableRenames().isEmpty()) {
            return current;
        }
        List<Table> tables = current.tables().stream().map(t -> {
            String to = options.tableRenames().get(t.name());
            if (to == null) {
                return t;
            }
            out.add(new SchemaChange.RenameTable(t.name(), to));
            return t.withName(to);
        }).toList();
        return new Schema(current.name(), tables, current.enums(), current.sequences(), current.views(),
                current.unsupported());
    }

    static Table applyColumnRenames(Table t, DiffOptions options, List<SchemaChange> out) {
        if (options.columnRenames().isEmpty()) {
            return t;
        }
        List<Column> cols = t.columns().stream().map(c -> {
            String to = options.columnRenames().get(t.name() + "." + c.name());
            if (to == null) {
                return c;
            }
            out.add(new SchemaChange.RenameColumn(t.name(), c.name(), to));
            return c.withName(to);
        }).toList();
        return new Table(t.name(), cols, t.primaryKey(), t.uniqueKeys(), t.indexes(), t.foreignKeys(),
                t.checks(), t.comment(), t.options());
    }
}
