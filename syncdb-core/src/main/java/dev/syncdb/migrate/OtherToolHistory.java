package dev.syncdb.migrate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The history tables other migration tools keep in the databases they manage (Flyway, Alembic,
 * Liquibase). A team adopting syncdb arrives with one: syncdb never plans to change or drop it,
 * never counts it as a difference, and names it in {@code status}.
 */
public final class OtherToolHistory {
    private static final Map<String, String> TOOL_BY_TABLE = Map.of(
            "flyway_schema_history", "Flyway",
            "alembic_version", "Alembic",
            "databasechangelog", "Liquibase",
            "databasechangeloglock", "Liquibase");

    /** The table names, in lower case. */
    public static final Set<String> TABLES = TOOL_BY_TABLE.keySet();

    private OtherToolHistory() {
    }

    /** The tool whose history table {@code table} is (any case), if it is one. */
    public static Optional<String> tool(String table) {
        return Optional.ofNullable(TOOL_BY_TABLE.get(table.toLowerCase(Locale.ROOT)));
    }

    /** Whether {@code table} is another tool's history table. */
    public static boolean isHistory(String table) {
        return tool(table).isPresent();
    }

    /** "Tool (table, ...)" for each tool among {@code tables}, by tool name. */
    public static List<String> describe(List<String> tables) {
        Map<String, String> byTool = new TreeMap<>();
        tables.stream().sorted().forEach(t -> tool(t).ifPresent(tool -> byTool.merge(tool, t, (a, b) -> a + ", " + b)));
        return byTool.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
    }
}
