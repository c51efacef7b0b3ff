package dev.syncdb.postgres;

import dev.syncdb.dialect.CatalogQuery;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's side of changing live tables: estimated row counts ({@code table_rows.sql}),
 * {@code lock_timeout}, SQLSTATE 55P03 (lock_not_available) as "gave up waiting for a lock", and the
 * sessions holding a table's locks from {@code pg_locks} and {@code pg_stat_activity}
 * ({@code lock_holders.sql}).
 */
final class PgOnlineDdl {
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private PgOnlineDdl() {
    }

    static Map<String, Long> estimatedRows(Connection c, String namespace) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        new CatalogQuery(PostgresInspector.class, c, namespace, Map.of()).run("table_rows",
                rs -> out.put(rs.getString("table_name"), rs.getLong("estimated_rows")));
        return out;
    }

    static void setLockTimeout(Connection c, Duration timeout) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("SET lock_timeout = '" + Math.max(1, timeout.toMillis()) + "ms'");
        }
    }

    static boolean isLockTimeout(SQLException e) {
        return LOCK_NOT_AVAILABLE.equals(e.getSQLState());
    }

    /** One line per session: "pid 4711 (application 'psql', idle in transaction for 42 s, holds RowExclusiveLock)". */
    static List<String> lockHolders(Connection c, String namespace, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        new CatalogQuery(PostgresInspector.class, c, namespace, Map.of("TABLE", PostgresQuote.literal(table)))
                .run("lock_holders", rs -> out.add("pid " + rs.getInt("pid") + " (application '"
                        + rs.getString("application_name") + "', " + rs.getString("state") + " for "
                        + rs.getLong("seconds") + " s, holds " + rs.getString("modes") + ", last query: "
                        + rs.getString("query") + ")"));
        return out;
    }
}
