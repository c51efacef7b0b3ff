package dev.syncdb.diff;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options of one diff: declared renames (old name -> new name) for tables, and for columns keyed
 * "table.old" -> "new", where table is the table's name in the desired schema (its old name is
 * accepted too), and whether privileges (which role may do what on which object) are compared. A
 * declared rename replaces the drop + add the differ would otherwise see. Privileges are left out by
 * default: many teams manage roles and grants elsewhere.
 */
public record DiffOptions(Map<String, String> tableRenames, Map<String, String> columnRenames, boolean privileges) {
    public static final DiffOptions DEFAULT = new DiffOptions(Map.of(), Map.of(), false);

    public DiffOptions {
        tableRenames = Map.copyOf(tableRenames);
        columnRenames = Map.copyOf(columnRenames);
    }

    /** Options with these renames, privileges not compared. */
    public DiffOptions(Map<String, String> tableRenames, Map<String, String> columnRenames) {
        this(tableRenames, columnRenames, false);
    }

    /** These options plus the rename of table {@code from} to {@code to}. */
    public DiffOptions withTableRename(String from, String to) {
        Map<String, String> m = new LinkedHashMap<>(tableRenames);
        m.put(from, to);
        return new DiffOptions(m, columnRenames, privileges);
    }

    /** These options plus the rename of column {@code table.from} to {@code to}. */
    public DiffOptions withColumnRename(String table, String from, String to) {
        Map<String, String> m = new LinkedHashMap<>(columnRenames);
        m.put(table + "." + from, to);
        return new DiffOptions(tableRenames, m, privileges);
    }

    /** These options, comparing privileges or not. */
    public DiffOptions withPrivileges(boolean compare) {
        return new DiffOptions(tableRenames, columnRenames, compare);
    }

    /** These options without any rename (what comparing after the renames ran needs). */
    public DiffOptions withoutRenames() {
        return new DiffOptions(Map.of(), Map.of(), privileges);
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
