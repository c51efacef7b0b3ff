package dev.syncdb.diff;

import java.util.Map;

/**
 * Options of one diff: declared renames (old name -> new name) for tables, and for columns keyed
 * "table.old" -> "new". A declared rename replaces the drop + add the differ would otherwise see.
 */
public record DiffOptions(Map<String, String> tableRenames, Map<String, String> columnRenames) {
    public static final DiffOptions DEFAULT = new DiffOptions(Map.of(), Map.of());

    public DiffOptions {
        tableRenames = Map.copyOf(tableRenames);
        columnRenames = Map.copyOf(columnRenames);
    }
}
