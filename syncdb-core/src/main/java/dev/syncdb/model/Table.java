package dev.syncdb.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table with everything that hangs off it. {@code primaryKey} and {@code comment} may be null.
 * {@code options} carries dialect-specific table properties (e.g. SQLite's WITHOUT ROWID) as
 * name/value text that dialects compare and render; shared code treats them as opaque.
 *
 * <p>{@code parents} names the tables of the same schema this table derives from (the parent of a
 * partition, the parents of an inheritance child), in the database's order; empty for most tables.
 * What a table takes over from its parents (columns, and for a partition also keys, indexes and
 * checks cloned from the parent's) is not listed on it: the database creates those with the table
 * and changes them with the parent, so only the table's own parts are compared and planned. A
 * parent is created before its derived tables and dropped after them. {@code exclusions} are the
 * table's exclusion constraints (none where the database has no such thing).
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueKey> uniqueKeys,
                    List<Index> indexes, List<ForeignKey> foreignKeys, List<CheckConstraint> checks,
                    String comment, Map<String, String> options, List<String> parents,
                    List<ExclusionConstraint> exclusions) {

    public Table {
        columns = List.copyOf(columns);
        uniqueKeys = List.copyOf(uniqueKeys);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        options = Map.copyOf(options);
        parents = List.copyOf(parents);
        exclusions = List.copyOf(exclusions);
    }

    public Optional<Column> column(String n) {
        return columns.stream().filter(c -> c.name().equals(n)).findFirst();
    }

    /** The same table under another name (what a rename leaves behind). */
    public Table withName(String newName) {
        return new Table(newName, columns, primaryKey, uniqueKeys, indexes, foreignKeys, checks, comment, options, parents, exclusions);
    }

    public static TableBuilder builder(String name) {
        return new TableBuilder(name);
    }

    public TableBuilder toBuilder() {
        return new TableBuilder(this);
    }
}
