package dev.syncdb.mysql;

import dev.syncdb.dialect.CatalogQuery;
import dev.syncdb.dialect.OnlineDdl;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * MySQL's and MariaDB's side of changing live tables: estimated row counts ({@code table_rows.sql}),
 * the session's {@code lock_wait_timeout} (whole seconds, at least 1), error 1205 (lock wait timeout
 * exceeded) as "gave up waiting for a lock", errors 1845 and 1846 (ALGORITHM or LOCK not supported for
 * the operation) as "try the next form", and the sessions with an open transaction
 * ({@code lock_holders.sql}), which keep the metadata locks a schema change waits for.
 */
final class MysqlOnlineDdl implements OnlineDdl {
    static final MysqlOnlineDdl INSTANCE = new MysqlOnlineDdl();
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    /** ER_ALTER_OPERATION_NOT_SUPPORTED and ER_ALTER_OPERATION_NOT_SUPPORTED_REASON. */
    private static final java.util.Set<Integer> FORM_REFUSED = java.util.Set.of(1845, 1846);

    private MysqlOnlineDdl() {
    }

    @Override
    public boolean supportsOnline() {
        return true;
    }

    @Override
    public Map<String, Long> estimatedRows(Connection c, String namespace) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        new CatalogQuery(MysqlInspector.class, c, namespace, Map.of()).run("table_rows",
                rs -> out.put(rs.getString("table_name"), rs.getLong("estimated_rows")));
        return out;
    }

    @Override
    public void setLockWaitTimeout(Connection c, Duration timeout) throws SQLException {
        long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
        try (var st = c.createStatement()) {
            st.execute("SET SESSION lock_wait_timeout = " + seconds);
        }
    }

    @Override
    public void resetLockWaitTimeout(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("SET SESSION lock_wait_timeout = DEFAULT");
        }
    }

    @Override
    public boolean isFormRefused(SQLException e) {
        return FORM_REFUSED.contains(e.getErrorCode());
    }

    @Override
    public boolean isLockTimeout(SQLException e) {
        return e.getErrorCode() == LOCK_WAIT_TIMEOUT;
    }

    /** One line per session: "id 12 (user app@host, Sleep, transaction open for 42 s, last query: ...)". */
    @Override
    public List<String> lockHolders(Connection c, String namespace, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        new CatalogQuery(MysqlInspector.class, c, namespace, Map.of()).run("lock_holders", rs -> out.add("id "
                + rs.getLong("pid") + " (user " + rs.getString("user_name") + "@" + rs.getString("host") + ", "
                + rs.getString("command") + (rs.getString("state").isEmpty() ? "" : " " + rs.getString("state"))
                + ", transaction open for " + rs.getLong("seconds") + " s, last query: "
                + (rs.getString("query").isEmpty() ? "none running" : rs.getString("query")) + ")"));
        return out;
    }
}
