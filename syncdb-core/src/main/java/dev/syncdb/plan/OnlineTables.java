package dev.syncdb.plan;

import java.util.Map;
import java.util.Set;

/**
 * Which tables a plan changes without blocking the application ({@code --online}, or tables above the
 * size threshold), every table's estimated row count (for the duration estimates of the plan), and the
 * server's version as the dialect prints it (some online forms depend on it; null = not known).
 */
public record OnlineTables(Set<String> tables, Map<String, Long> rows, String serverVersion) {
    public static final OnlineTables NONE = new OnlineTables(Set.of(), Map.of(), null);

    public OnlineTables {
        tables = Set.copyOf(tables);
        rows = Map.copyOf(rows);
    }

    /** Whether changes to {@code table} are planned online. */
    public boolean covers(String table) {
        return table != null && tables.contains(table);
    }

    /** The table's estimated row count, 0 when not known. */
    public long rows(String table) {
        return table == null ? 0 : rows.getOrDefault(table, 0L);
    }

    public boolean any() {
        return !tables.isEmpty();
    }
}
