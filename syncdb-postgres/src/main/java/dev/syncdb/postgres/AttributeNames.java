package dev.syncdb.postgres;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The column names of the namespace's tables by table oid and attribute number, collected while
 * {@code columns.sql} is read, so that constraint key lists arrive as raw attribute numbers and are
 * named here instead of by a sub-query per constraint on the server.
 */
final class AttributeNames {
    private final Map<Long, Map<Integer, String>> byTable = new HashMap<>();

    void add(long table, int attnum, String name) {
        byTable.computeIfAbsent(table, t -> new HashMap<>()).put(attnum, name);
    }

    /** The names of the attribute numbers {@code attnums} of {@code table}, in their order. */
    java.util.List<String> names(long table, Object[] attnums) throws SQLException {
        Map<Integer, String> columns = byTable.getOrDefault(table, Map.of());
        String[] out = new String[attnums.length];
        for (int i = 0; i < attnums.length; i++) {
            int n = ((Number) attnums[i]).intValue();
            out[i] = columns.get(n);
            if (out[i] == null) {
                throw new SQLException("catalog: column " + n + " of table oid " + table + " was not read");
            }
        }
        return java.util.List.of(out);
    }
}
