package dev.syncdb.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The size of a PostgreSQL server's shared lock table: {@code max_locks_per_transaction x
 * (max_connections + max_prepared_transactions)} slots, shared by every session. Every relation a
 * transaction creates or touches holds a slot until commit (a table with an identity column, a key
 * and two indexes about 14), so one transaction that creates thousands of tables fails with "out
 * of shared memory". Scripts are therefore committed in batches that use at most a quarter of the
 * table, at an assumed {@link #LOCKS_PER_STATEMENT} slots per statement.
 */
record PgLockTable(int maxLocksPerTransaction, int maxConnections, int maxPreparedTransactions) {
    /** A generous estimate of the lock slots one DDL statement holds (about 5 measured on typical DDL). */
    static final int LOCKS_PER_STATEMENT = 8;
    /** SQLSTATE out_of_memory, raised when the shared lock table is full. */
    static final String OUT_OF_MEMORY = "53200";

    /** Reads the three settings from the server. */
    static PgLockTable read(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT current_setting('max_locks_per_transaction')::int, current_setting('max_connections')::int,"
                        + " current_setting('max_prepared_transactions')::int")) {
            rs.next();
            return new PgLockTable(rs.getInt(1), rs.getInt(2), rs.getInt(3));
        }
    }

    /** The lock slots of the whole server. */
    long slots() {
        return (long) maxLocksPerTransaction * (maxConnections + maxPreparedTransactions);
    }

    /** Statements per transaction: a quarter of the lock table at {@link #LOCKS_PER_STATEMENT} each, at least 1. */
    int statementsPerTransaction() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, slots() / 4 / LOCKS_PER_STATEMENT));
    }

    /** Advice for an error raised because the lock table is full; empty for any other error. */
    static Optional<String> advice(SQLException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (!OUT_OF_MEMORY.equals(e.getSQLState()) || !msg.contains("shared memory")) {
            return Optional.empty();
        }
        return Optional.of("the transaction needs more locks than the server's lock table holds:"
                + " raise max_locks_per_transaction in postgresql.conf (the table has max_locks_per_transaction"
                + " x (max_connections + max_prepared_transactions) slots) and restart the server,"
                + " or apply the change in smaller parts");
    }
}
