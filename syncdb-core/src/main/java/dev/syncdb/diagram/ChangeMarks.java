package dev.syncdb.diagram;

import dev.syncdb.diff.SchemaChange;
import dev.syncdb.model.Column;
import dev.syncdb.model.ForeignKey;
import dev.syncdb.model.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a list of the differ's changes does to each table, column and foreign key, as diagram
 * marks. Changes are read by type where a diagram shows them (tables, columns, foreign keys); any
 * other change of a table (an index, a check, a comment, ...) marks that table altered.
 */
final class ChangeMarks {
    final Map<String, Mark> tables = new HashMap<>();
    final Map<String, String> tableNotes = new HashMap<>();
    final Map<String, Map<String, String>> columns = new HashMap<>();
    final Map<String, Mark> columnMarks = new HashMap<>();
    final Map<String, List<Column>> droppedColumns = new LinkedHashMap<>();
    final List<Table> droppedTables = new ArrayList<>();
    final Set<String> addedKeys = new HashSet<>();
    final Map<String, ForeignKey> droppedKeys = new LinkedHashMap<>();
    final Map<String, String> droppedKeyTables = new HashMap<>();

    static ChangeMarks of(List<SchemaChange> changes) {
        ChangeMarks m = new ChangeMarks();
        changes.forEach(m::read);
        return m;
    }

    /** The key that identifies a foreign key of a table across both sides: its columns and target. */
    static String keyOf(String table, ForeignKey fk) {
        return table + "\u0000" + String.join("\u0001", fk.columns()) + "\u0000" + fk.refTable();
    }

    Mark table(String name) {
        return tables.getOrDefault(name, Mark.SAME);
    }

    Mark column(String table, String column) {
        return columnMarks.getOrDefault(table + "\u0000" + column, Mark.SAME);
    }

    String columnNote(String table, String column) {
        return columns.getOrDefault(table, Map.of()).get(column);
    }

    private void read(SchemaChange c) {
        if (c instanceof SchemaChange.CreateTable t) {
            tables.put(t.desired().name(), Mark.ADDED);
        } else if (c instanceof SchemaChange.DropTable t) {
            droppedTables.add(t.current());
        } else if (c instanceof SchemaChange.RenameTable r) {
            altered(r.to());
            tableNotes.put(r.to(), "renamed from " + r.from());
        } else if (c instanceof SchemaChange.RebuildTable r) {
            altered(r.table());
            r.replaces().forEach(this::read);
        } else if (c instanceof SchemaChange.AddColumn a) {
            column(a.table(), a.column().name(), Mark.ADDED, null);
        } else if (c instanceof SchemaChange.DropColumn d) {
            altered(d.table());
            droppedColumns.computeIfAbsent(d.table(), k -> new ArrayList<>()).add(d.column());
        } else if (c instanceof SchemaChange.RenameColumn r) {
            column(r.table(), r.to(), Mark.ALTERED, "renamed from " + r.from());
        } else if (c instanceof SchemaChange.AlterColumn a) {
            column(a.table(), a.to().name(), Mark.ALTERED, alteration(a));
        } else if (c instanceof SchemaChange.AddForeignKey a) {
            altered(a.table());
            addedKeys.add(keyOf(a.table(), a.key()));
        } else if (c instanceof SchemaChange.DropForeignKey d) {
            altered(d.table());
            droppedKeys.put(keyOf(d.table(), d.key()), d.key());
            droppedKeyTables.put(keyOf(d.table(), d.key()), d.table());
        } else if (c.table() != null) {
            altered(c.table());
        }
    }

    private void column(String table, String column, Mark mark, String note) {
        altered(table);
        columnMarks.merge(table + "\u0000" + column, mark, (old, now) -> old == Mark.ADDED ? old : now);
        if (note != null) {
            columns.computeIfAbsent(table, k -> new HashMap<>()).merge(column, note, (a, b) -> a + "; " + b);
        }
    }

    private void altered(String table) {
        tables.merge(table, Mark.ALTERED, (old, now) -> old == Mark.ADDED ? old : now);
    }

    private static String alteration(SchemaChange.AlterColumn a) {
        List<String> parts = new ArrayList<>();
        if (!a.from().type().equals(a.to().type())) {
            parts.add("type " + a.from().type().sql() + " → " + a.to().type().sql());
        }
        if (a.from().nullable() != a.to().nullable()) {
            parts.add(a.to().nullable() ? "now nullable" : "now NOT NULL");
        }
        if (parts.isEmpty() || a.aspects().size() > parts.size()) {
            a.aspects().stream().map(x -> x.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                    .filter(x -> !x.equals("type") && !x.equals("nullable")).sorted().forEach(parts::add);
        }
        return String.join(", ", parts);
    }
}
