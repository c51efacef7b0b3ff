package dev.syncdb.model;

import java.util.List;

/** A table's primary key: its constraint name (may be null where the database names none) and columns. */
public record PrimaryKey(String name, List<String> columns) {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }
}
