package dev.syncdb.plan;

import java.util.Map;
import java.util.Optional;

/**
 * The user's fixes for data a step cannot carry on its own, keyed {@code "table.column"}: a
 * conversion expression for a type change ({@code --using}, e.g. {@code ALTER COLUMN c TYPE t USING
 * (expr)}) and a value that replaces NULLs before NOT NULL is set ({@code --backfill}). The texts are
 * SQL of the target database, used as given.
 */
public record DataFixes(Map<String, String> using, Map<String, String> backfill) {
    public static final DataFixes NONE = new DataFixes(Map.of(), Map.of());

    public DataFixes {
        using = Map.copyOf(using);
        backfill = Map.copyOf(backfill);
    }

    /** The conversion expression for {@code table.column}, if the user gave one. */
    public Optional<String> using(String table, String column) {
        return Optional.ofNullable(using.get(table + "." + column));
    }

    /** The value that replaces NULLs in {@code table.column}, if the user gave one. */
    public Optional<String> backfill(String table, String column) {
        return Optional.ofNullable(backfill.get(table + "." + column));
    }

    /**
     * Parses one {@code "table.column=SQL"} option value into its key and SQL text.
     *
     * @throws IllegalArgumentException when there is no {@code table.column=} part or no SQL
     */
    public static Map.Entry<String, String> parseOption(String text) {
        int eq = text.indexOf('=');
        String key = eq < 0 ? "" : text.substring(0, eq).strip();
        String sql = eq < 0 ? "" : text.substring(eq + 1).strip();
        if (key.indexOf('.') <= 0 || key.endsWith(".") || sql.isEmpty()) {
            throw new IllegalArgumentException("expected table.column=SQL, got: " + text);
        }
        return Map.entry(key, sql);
    }
}
