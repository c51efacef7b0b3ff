package dev.syncdb.engine.desired;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.ScriptBatching;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The open transaction of a script run on a scratch connection: queues statements, sends them in round trips of
 * the batching's size, commits at its transaction size, and keeps a journal of what the open
 * transaction ran. When a round trip fails, the transaction is rolled back and the journal replayed
 * one statement at a time: the statement that fails then is the one reported; when none fails (a
 * driver that cannot batch a statement), the run simply goes on.
 */
final class ScriptTransaction {
    /** Turns a statement that failed into the error to report (naming the file and line). */
    @FunctionalInterface
    interface Failure {
        SyncdbException of(ScriptStatement statement, SQLException cause);
    }

    private final Connection connection;
    private final ScriptBatching batching;
    private final Failure locate;
    private final List<ScriptStatement> journal = new ArrayList<>();
    private final List<ScriptStatement> queued = new ArrayList<>();

    ScriptTransaction(Connection connection, ScriptBatching batching, Failure locate) {
        this.connection = connection;
        this.batching = batching;
        this.locate = locate;
    }

    /** Adds a statement; {@code batchable} when it returns no rows and may share a round trip. */
    void add(ScriptStatement st, boolean batchable) throws SQLException {
        if (!batchable || batching.statementsPerRoundTrip() == 1) {
            send();
            journal.add(st);
            executeOne(st);
        } else {
            journal.add(st);
            queued.add(st);
            if (queued.size() >= batching.statementsPerRoundTrip()) {
                send();
            }
        }
        int perTransaction = batching.statementsPerTransaction();
        if (perTransaction > 0 && journal.size() >= perTransaction) {
            commit();
        }
    }

    /** Runs a statement the database refuses inside a transaction block on its own, in autocommit. */
    void runAlone(ScriptStatement st) throws SQLException {
        commit();
        connection.setAutoCommit(true);
        try {
            executeOne(st);
        } finally {
            connection.setAutoCommit(false);
        }
    }

    /** Sends what is queued and commits the open transaction. */
    void commit() throws SQLException {
        send();
        connection.commit();
        journal.clear();
    }

    private void send() throws SQLException {
        if (queued.isEmpty()) {
            return;
        }
        try (java.sql.Statement st = connection.createStatement()) {
            for (ScriptStatement q : queued) {
                st.addBatch(q.sql());
            }
            st.executeBatch();
        } catch (SQLException e) {
            connection.rollback();
            replay();
        } finally {
            queued.clear();
        }
    }

    /** Runs the journal again one statement at a time, after a failed round trip was rolled back. */
    private void replay() {
        for (ScriptStatement st : journal) {
            executeOne(st);
        }
    }

    private void executeOne(ScriptStatement statement) {
        try (java.sql.Statement st = connection.createStatement()) {
            st.execute(statement.sql());
        } catch (SQLException e) {
            rollbackQuietly();
            throw locate.of(statement, e);
        }
    }

    private void rollbackQuietly() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is already unusable; the error being reported is the one that matters
        }
    }
}
