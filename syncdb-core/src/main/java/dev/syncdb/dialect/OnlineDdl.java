package dev.syncdb.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A dialect's capability to change live tables without blocking the application: how many rows each
 * table holds (an estimate from the statistics, one query for the namespace), how long a schema
 * statement may wait for a lock, how to recognise that it gave up, and who holds the lock it waited
 * for. The defaults say the dialect has none of it (plans are never made online there).
 */
public interface OnlineDdl {

    /** Whether this dialect plans online changes at all. */
    default boolean supportsOnline() {
        return false;
    }

    /** Each table's estimated row count in {@code namespace}, from the statistics (one query). */
    default Map<String, Long> estimatedRows(Connection c, String namespace) throws SQLException {
        return Map.of();
    }

    /** Makes the session's schema statements wait at most {@code timeout} for a lock. */
    default void setLockWaitTimeout(Connection c, Duration timeout) throws SQLException {
    }

    /** Whether {@code e} says a statement gave up waiting for a lock (so it may be tried again). */
    default boolean isLockTimeout(SQLException e) {
        return false;
    }

    /**
     * The sessions other than this one that hold or wait for locks on {@code table} (one line each:
     * pid, application, state, for how long, which lock), to name them when a statement gave up.
     */
    default List<String> lockHolders(Connection c, String namespace, String table) throws SQLException {
        return List.of();
    }
}
