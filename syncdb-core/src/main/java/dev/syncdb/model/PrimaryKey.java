package dev.syncdb.model;

import java.util.List;

/**
 * A table's primary key: its constraint name (may be null where the database names none), columns,
 * and {@code deferrable}/{@code initiallyDeferred} as in SQL.
 */
public record PrimaryKey(String name, List<String> columns, boolean deferrable, boolean initiallyDeferred) {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }

    /** A key checked immediately (not deferrable). */
    public PrimaryKey(String name, List<String> columns) {
        this(name, columns, false, false);
    }

    /** The same key under another name. */
    public PrimaryKey withName(String newName) {
        return new PrimaryKey(newName, columns, deferrable, initiallyDeferred);
    }

    /** The same key over other columns (what a column rename leaves behind). */
    public PrimaryKey withColumns(List<String> newColumns) {
        return new PrimaryKey(name, newColumns, deferrable, initiallyDeferred);
    }
}
