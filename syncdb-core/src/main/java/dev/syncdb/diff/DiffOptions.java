package dev.syncdb.diff;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options of one diff: declared renames (old name -> new name) for tables, and for columns keyed
 * "table.old" -> "new", where table is the table's name in the desired schema (its old name is
 * accepted too). A declared rename replaces the drop + add the differ would otherwise see.
 */
public record DiffOptions(Map<String, String> tableRenames, Map<String, String> columnRenames) {
    public static final DiffOptions DEFAULT = new DiffOptions(Map.of(), Map.of());

    public DiffOptions {
        tableRenames = Map.copyOf(tableRenames);
        columnRenames = Map.copyOf(columnRenames);
    }

    /** These options plus the rename of table {@code from} to {@code to}. */
    public DiffOptions withTableRename(String from, String to) {
        Map<String, String> m = new LinkedHashMap<>(tableRenames);
        m.put(from, to);
        return new DiffOptions(m, columnRenames);
    }

    /** These options plus the rename of column {@code table.from} to {@code to}. */
    public DiffOptions withColumnRename(String table, String from, String to) {
        Map<String, String> m = new LinkedHashMap<>(columnRenames);
        m.put(table + "." + from, to);
        return new DiffOptions(tableRenames, m);
    }

    /** These options plus the rename a suggestion proposes (what a user accepts in the wizard). */
    public DiffOptions accepting(RenameCandidate c) {
        return c.kind() == RenameCandidate.Kind.TABLE ? withTableRename(c.from(), c.to())
                : withColumnRename(c.table(), c.from(), c.to());
    }

    /** Whether no rename is declared. */
    public boolean isEmpty() {
        return tableRenames.isEmpty() && columnRenames.isEmpty();
    }
}
