package dev.syncdb.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A dialect's capability to change live tables without blocking the application, the one object
 * {@link Dialect#online()} returns: how many rows each table holds (an estimate from the statistics,
 * one query for the namespace), how long a schema statement may wait for a lock, how to recognise that
 * it gave up, who holds the locks it waited for, and what to clean up before a hand-written statement
 * is tried again. The defaults say the dialect has none of it ({@link #NONE}: plans are never made
 * online there).
 */
public interface OnlineDdl {

    /** A dialect without online changes. */
    OnlineDdl NONE = new OnlineDdl() {
    };

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

    /** Puts the session's lock wait back to the server's (or the connection's) default. */
    default void resetLockWaitTimeout(Connection c) throws SQLException {
    }

    /** Whether {@code e} says a statement gave up waiting for a lock (so it may be tried again). */
    default boolean isLockTimeout(SQLException e) {
        return false;
    }

    /**
     * Whether {@code e} says the server refused the way the statement asked to run (an algorithm or lock
     * clause it cannot honour for this change), so the next form the plan carries may be tried.
     */
    default boolean isFormRefused(SQLException e) {
        return false;
    }

    /**
     * The sessions other than this one that hold or wait for locks on {@code table} (null = on any
     * table of the namespace), one line each: pid, application, state, for how long, which lock; to
     * name them when a statement gave up.
     */
    default List<String> lockHolders(Connection c, String namespace, String table) throws SQLException {
        return List.of();
    }

    /**
     * What must run before a hand-written statement (a migration file's) is tried again after a lock
     * timeout, or null: e.g. dropping the invalid index a concurrent build that gave up left behind.
     */
    default String beforeRetry(String sql) {
        return null;
    }
}
