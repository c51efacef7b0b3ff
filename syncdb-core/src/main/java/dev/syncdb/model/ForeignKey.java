package dev.syncdb.model;

import java.util.List;

/**
 * A FOREIGN KEY constraint. {@code refSchema} is null when the referenced table is in the managed
 * schema. Actions are SQL words ("NO ACTION", "CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT").
 */
public record ForeignKey(String name, List<String> columns, String refSchema, String refTable,
                         List<String> refColumns, String onDelete, String onUpdate,
                         boolean deferrable, boolean initiallyDeferred, String match) {
    public ForeignKey {
        columns = List.copyOf(columns);
        refColumns = List.copyOf(refColumns);
    }

    public static ForeignKey of(String name, List<String> columns, String refTable, List<String> refColumns) {
        return new ForeignKey(name, columns, null, refTable, refColumns, "NO ACTION", "NO ACTION", false, false, "SIMPLE");
    }

    /** Whether the referenced table is this managed schema's table {@code table}. */
    public boolean references(String table) {
        return refSchema == null && refTable.equals(table);
    }
}
