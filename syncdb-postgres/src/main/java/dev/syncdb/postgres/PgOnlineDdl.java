package dev.syncdb.postgres;

import dev.syncdb.dialect.CatalogQuery;
import dev.syncdb.dialect.OnlineDdl;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's side of changing live tables: estimated row counts ({@code table_rows.sql}),
 * {@code lock_timeout}, SQLSTATE 55P03 (lock_not_available) as "gave up waiting for a lock", and the
 * sessions holding a table's locks from {@code pg_locks} and {@code pg_stat_activity}
 * ({@code lock_holders.sql}); before a hand-written {@code CREATE INDEX CONCURRENTLY} is tried again,
 * the invalid index its failed try left is dropped.
 */
final class PgOnlineDdl implements OnlineDdl {
    static final PgOnlineDdl INSTANCE = new PgOnlineDdl();
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final Pattern CONCURRENT_INDEX = Pattern.compile("^\\s*CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY"
            + "\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?((?:(?:\"[^\"]+\"|[\\w$]+)\\.)?(?:\"[^\"]+\"|[\\w$]+))\\s+ON\\b",
            Pattern.CASE_INSENSITIVE);

    private PgOnlineDdl() {
    }

    @Override
    public boolean supportsOnline() {
        return true;
    }

    @Override
    public Map<String, Long> estimatedRows(Connection c, String namespace) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        new CatalogQuery(PostgresInspector.class, c, namespace, Map.of()).run("table_rows",
                rs -> out.put(rs.getString("table_name"), rs.getLong("estimated_rows")));
        return out;
    }

    @Override
    public void setLockWaitTimeout(Connection c, Duration timeout) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("SET lock_timeout = '" + Math.max(1, timeout.toMillis()) + "ms'");
        }
    }

    @Override
    public void resetLockWaitTimeout(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("RESET lock_timeout");
        }
    }

    @Override
    public boolean isLockTimeout(SQLException e) {
        return LOCK_NOT_AVAILABLE.equals(e.getSQLState());
    }

    /** One line per session: "pid 4711 (application 'psql', idle in transaction for 42 s, holds RowExclusiveLock)". */
    @Override
    public List<String> lockHolders(Connection c, String namespace, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        String literal = table == null ? "NULL::text" : PostgresQuote.literal(table);
        new CatalogQuery(PostgresInspector.class, c, namespace, Map.of("TABLE", literal))
                .run("lock_holders", rs -> out.add("pid " + rs.getInt("pid") + " (application '"
                        + rs.getString("application_name") + "', " + rs.getString("state") + " for "
                        + rs.getLong("seconds") + " s, holds " + rs.getString("modes") + ", last query: "
                        + rs.getString("query") + ")"));
        return out;
    }

    /** A concurrent build that gave up leaves an INVALID index of its name: dropped before the next try. */
    @Override
    public String beforeRetry(String sql) {
        Matcher m = CONCURRENT_INDEX.matcher(sql.replaceAll("(?m)^\\s*--.*$", "").strip());
        return m.find() ? "DROP INDEX CONCURRENTLY IF EXISTS " + m.group(1) : null;
    }
}
