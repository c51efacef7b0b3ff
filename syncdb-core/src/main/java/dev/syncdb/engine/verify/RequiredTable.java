package dev.syncdb.engine.verify;

import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;

import java.util.List;

/**
 * A table the user requires to exist ({@code --require}, {@code require:} in syncdb.yaml) and
 * whether it does. A name matches exactly, or ignoring case when no table has the exact name.
 */
public record RequiredTable(String name, boolean present) {

    /** Checks each required name against the tables of {@code schema}. */
    public static List<RequiredTable> check(List<String> names, Schema schema) {
        List<String> tables = schema.tables().stream().map(Table::name).toList();
        return names.stream().map(n -> new RequiredTable(n, tables.contains(n)
                || tables.stream().anyMatch(t -> t.equalsIgnoreCase(n)))).toList();
    }

    /** The names of the required tables that are missing. */
    public static List<String> missing(List<RequiredTable> required) {
        return required.stream().filter(r -> !r.present()).map(RequiredTable::name).toList();
    }
}
