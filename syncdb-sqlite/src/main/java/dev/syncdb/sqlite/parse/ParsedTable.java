package dev.syncdb.sqlite.parse;

import dev.syncdb.model.CheckConstraint;
import dev.syncdb.model.Generated;

import java.util.List;
import java.util.Optional;

/**
 * What SQLite keeps only in a table's stored CREATE TABLE text: column collations, generated
 * columns and AUTOINCREMENT, constraint names, CHECK constraints, FK deferrability, and the
 * WITHOUT ROWID / STRICT options. Names are as written; look them up case-insensitively.
 */
public record ParsedTable(List<ParsedColumn> columns, String primaryKeyName, List<NamedColumns> uniques,
                   List<CheckConstraint> checks, List<ParsedForeignKey> foreignKeys,
                   boolean withoutRowid, boolean strict) {

    public ParsedTable {
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        checks = List.copyOf(checks);
        foreignKeys = List.copyOf(foreignKeys);
    }

    static final ParsedTable EMPTY = new ParsedTable(List.of(), null, List.of(), List.of(), List.of(), false, false);

    /** A column as declared: collation (null = default), generated expression, AUTOINCREMENT. */
    public record ParsedColumn(String name, String collation, Generated generated, boolean autoincrement) {
    }

    /** A named (or unnamed: null) constraint over columns. */
    public record NamedColumns(String name, List<String> columns) {
        public NamedColumns {
            columns = List.copyOf(columns);
        }
    }

    /** A foreign key's name and the parts the pragma does not report. */
    public record ParsedForeignKey(String name, List<String> columns, String refTable, boolean deferrable,
                            boolean initiallyDeferred) {
        public ParsedForeignKey {
            columns = List.copyOf(columns);
        }
    }

    public Optional<ParsedColumn> column(String name) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The name of the UNIQUE constraint over exactly these columns (case-insensitive), or null. */
    public String uniqueName(List<String> cols) {
        return uniques.stream().filter(u -> sameNames(u.columns(), cols)).map(NamedColumns::name)
                .filter(n -> n != null).findFirst().orElse(null);
    }

    public static boolean sameNames(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equalsIgnoreCase(b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
