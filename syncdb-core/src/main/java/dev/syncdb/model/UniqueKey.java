package dev.syncdb.model;

import java.util.List;

/**
 * A UNIQUE constraint (not a unique index): name, columns, and whether NULLs count as equal
 * ({@code nullsNotDistinct}, PostgreSQL 15+). {@code deferrable}/{@code initiallyDeferred} as in SQL.
 */
public record UniqueKey(String name, List<String> columns, boolean nullsNotDistinct,
                        boolean deferrable, boolean initiallyDeferred) {
    public UniqueKey {
        columns = List.copyOf(columns);
    }

    public static UniqueKey of(String name, List<String> columns) {
        return new UniqueKey(name, columns, false, false, false);
    }
}
