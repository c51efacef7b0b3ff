package dev.syncdb.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table with everything that hangs off it. {@code primaryKey} and {@code comment} may be null.
 * {@code options} carries dialect-specific table properties (e.g. SQLite's WITHOUT ROWID) as
 * name/value text that dialects compare and render; shared code treats them as opaque.
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueKey> uniqueKeys,
                    List<Index> indexes, List<ForeignKey> foreignKeys, List<CheckConstraint> checks,
                    String comment, Map<String, String> options) {

    public Table {
        columns = List.copyOf(columns);
        uniqueKeys = List.copyOf(uniqueKeys);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        options = Map.copyOf(options);
    }

    public Optional<Column> column(String n) {
        return columns.stream().filter(c -> c.name().equals(n)).findFirst();
    }

    /** The same table under another name (what a rename leaves behind). */
    public Table withName(String newName) {
        return new Table(newName, columns, primaryKey, uniqueKeys, indexes, foreignKeys, checks, comment, options);
    }

    public static TableBuilder builder(String name) {
        return new TableBuilder(name);
    }

    public TableBuilder toBuilder() {
        return new TableBuilder(this);
    }
}
